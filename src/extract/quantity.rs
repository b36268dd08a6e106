//! Figures in context: turns the numbers found by `number` into claims by
//! reading the words around them: the hedge before ("about", "more than"),
//! the counted noun after (or before, or inherited), whose figure it is
//! (possessive, demonym, sentence subject), where it applies ("in West
//! Africa"), when it holds (a date in the clause, else the article's now),
//! and whether it is one end of a change ("from X to Y"), of a range, or a
//! plan or target.

use std::ops::Range;

use crate::claim::{Claim, ClaimKind, Context, Quantity, QuantityKind, Role, Value};
use crate::extract::name::NameMention;
use crate::extract::number::{Num, NumKind};
use crate::extract::time::{Day, TimeExpr, TimeKind};
use crate::lexicon::{singular, Lexicon};
use crate::segment::{Doc, TokKind};
use crate::text::is_dash;

/// Everything the context readers need about one article.
pub struct ArticleView<'a> {
    pub source: usize,
    pub doc: &'a Doc,
    pub scan: &'a str,
    pub lex: &'a Lexicon,
    pub times: &'a [TimeExpr],
    pub names: &'a [NameMention],
    /// The article's date, or the estimate used for it.
    pub reference: Option<Day>,
    pub estimated: bool,
    /// The place of the article's dateline, if any.
    pub home: Option<&'a str>,
}

impl ArticleView<'_> {
    fn word(&self, i: usize) -> Option<&str> {
        self.doc
            .tokens
            .get(i)
            .filter(|t| t.is_word())
            .map(|t| t.lower.as_str())
    }
    fn same_sentence(&self, a: usize, b: usize) -> bool {
        match (self.doc.tokens.get(a), self.doc.tokens.get(b)) {
            (Some(x), Some(y)) => x.sentence == y.sentence,
            _ => false,
        }
    }
    /// A name mention starting at token i.
    fn name_at(&self, i: usize) -> Option<&NameMention> {
        self.names.iter().find(|m| m.tokens.start == i)
    }
    /// A name mention covering token i.
    pub fn name_covering(&self, i: usize) -> Option<&NameMention> {
        self.names.iter().find(|m| m.tokens.contains(&i))
    }
    fn entity_name(m: &NameMention) -> String {
        m.place.clone().unwrap_or_else(|| m.text.clone())
    }
    fn is_calendar(t: &TimeExpr) -> bool {
        t.kind == TimeKind::Calendar && t.start.is_some()
    }
}

struct Draft {
    num: Num,
    first: usize,
    last: usize,
    hedge_start: usize,
    noun_end: Option<usize>,
    q: Quantity,
    ctx: Context,
    inherited_unit: bool,
    /// A length of time read from a duration expression.
    duration: bool,
}

/// Number claims of one article.
pub fn claims(view: &ArticleView, nums: Vec<Num>, out: &mut Vec<Claim>) {
    let doc = view.doc;
    let mut drafts: Vec<Draft> = Vec::new();
    for num in nums {
        if num.kind == NumKind::Ordinal {
            continue;
        }
        if view
            .times
            .iter()
            .any(|t| t.span.start < num.span.end && num.span.start < t.span.end)
        {
            continue;
        }
        let toks = doc.tokens_in(&num.span);
        if toks.is_empty() {
            continue;
        }
        let (first, last) = (toks.start, toks.end - 1);
        drafts.push(draft(view, num, first, last));
    }
    // Lengths of time are figures too ("after more than 62 hours
    // underground"), in hours, measuring what their clause says.
    for t in view.times.iter().filter(|t| t.kind == TimeKind::Duration) {
        let (Some(days), toks) = (t.length_days, doc.tokens_in(&t.span)) else {
            continue;
        };
        if toks.is_empty() || !days.is_finite() || days <= 0.0 {
            continue;
        }
        let hours = days * 24.0;
        let num = Num {
            span: t.span.clone(),
            value: hours,
            low: hours,
            high: hours,
            kind: NumKind::Cardinal,
            glued_unit: None,
            in_words: false,
            vague: false,
        };
        let (first, last) = (toks.start, toks.end - 1);
        let mut d = draft(view, num, first, last);
        d.q.unit = Some("hours".into());
        d.q.comparable = true;
        d.q.precision = 0.0;
        // "for the past nine years", "after 62 hours", "two weeks into":
        // anchored to the writing date, it grows with it. "14 years in
        // prison" does not.
        let anchor = (first.saturating_sub(3)..first)
            .any(|k| matches!(view.word(k), Some("for" | "after" | "past" | "last")))
            || view.word(last + 1) == Some("into");
        d.q.elapsed = anchor;
        d.q.duration = true;
        d.duration = true;
        // A fixed length ("14 years in prison") belongs to the person
        // named nearest before it.
        if !anchor {
            if let Some(person) = person_before(view, first) {
                d.ctx.subject = vec![person];
            }
        }
        // What a length of time measures is the word right after it
        // ("62 hours underground", "14 years in prison"); with none, it is
        // not compared.
        d.q.measure = (last + 1..(last + 4).min(doc.tokens.len()))
            .take_while(|&k| view.same_sentence(last, k) && doc.tokens[k].is_word())
            .find(|&k| is_content(view, k) && !view.lex.is_scope_preposition(&doc.tokens[k].lower))
            .map(|k| vec![stem(&doc.tokens[k].lower)])
            .unwrap_or_default();
        d.noun_end = None;
        drafts.push(d);
    }
    drafts.sort_by_key(|d| d.num.span.start);
    link_pairs(view, &mut drafts);
    inherit(view, &mut drafts);
    let base = out.len();
    for (i, d) in drafts.iter().enumerate() {
        let start = doc.tokens[d.hedge_start].span.start;
        let end = d
            .noun_end
            .map(|k| doc.tokens[k].surface.end)
            .unwrap_or(d.num.span.end)
            .max(d.num.span.end);
        let sent = &doc.sentences[doc.tokens[d.first].sentence];
        let mut ctx = d.ctx.clone();
        ctx.link = ctx.link.map(|j| base + j);
        let _ = i;
        out.push(Claim {
            source: view.source,
            kind: ClaimKind::Number,
            span: start..end,
            sentence: sent.span.clone(),
            text: view.scan[start..end].to_string(),
            value: Value::Quantity(d.q.clone()),
            ctx,
        });
    }
}

fn draft(view: &ArticleView, num: Num, first: usize, last: usize) -> Draft {
    let lex = view.lex;
    // Hedge: the longest lexicon phrase right before the number.
    let mut hedge = None;
    let mut hedge_start = first;
    for k in (1..=lex.max_hedge_words.min(first)).rev() {
        if !view.same_sentence(first - k, first) {
            continue;
        }
        let words: Option<Vec<&str>> = (first - k..first).map(|i| view.word(i)).collect();
        let Some(words) = words else { continue };
        let phrase = words.join(" ");
        if let Some(h) = lex.hedge(&phrase) {
            hedge = Some((phrase, h));
            hedge_start = first - k;
            break;
        }
    }
    let (mut low, mut high) = (num.low, num.high);
    if let Some((_, h)) = &hedge {
        let lo = if h.low <= -1.0 {
            0.0
        } else {
            num.low * (1.0 + h.low)
        };
        let hi = if h.high.is_infinite() {
            f64::INFINITY
        } else {
            num.high * (1.0 + h.high)
        };
        low = lo.min(num.low);
        high = hi.max(num.high);
        if h.high <= 0.0 {
            high = num.high;
        }
        if h.low >= 0.0 {
            low = num.low;
        }
    }
    let kind = match &num.kind {
        NumKind::Percent => QuantityKind::Percent,
        NumKind::Money(c) => QuantityKind::Money(c.clone()),
        NumKind::Fraction => QuantityKind::Fraction,
        _ => QuantityKind::Count,
    };
    let precision = implied_precision(num.value);
    let mut q = Quantity {
        value: num.value,
        low,
        high,
        precision,
        kind: kind.clone(),
        unit: None,
        comparable: true,
        hedge: hedge.map(|(p, _)| p),
        vague: num.vague,
        population: None,
        measure: Vec::new(),
        duration: false,
        elapsed: false,
    };
    let mut ctx = Context::default();
    let mut noun_end = None;
    let mut subject: Vec<String> = Vec::new();

    // The counted noun.
    let mut unit_idx: Option<usize> = None;
    if let Some(g) = &num.glued_unit {
        unit_idx = lex.unit_of_noun(&crate::text::fold_word(g));
        if unit_idx.is_none() {
            q.unit = Some(singular(&crate::text::fold_word(g)));
        }
    }
    match kind {
        QuantityKind::Percent | QuantityKind::Fraction => {
            q.unit = Some(
                if kind == QuantityKind::Percent {
                    "percent"
                } else {
                    "fraction"
                }
                .to_string(),
            );
            q.population = population_after(view, last);
        }
        QuantityKind::Money(ref c) => q.unit = Some(c.clone()),
        QuantityKind::Count if unit_idx.is_none() && q.unit.is_none() => {
            if let Some((k, idx, raw, mods)) = noun_after(view, last) {
                noun_end = Some(k);
                subject.extend(mods);
                match idx {
                    Some(u) => unit_idx = Some(u),
                    None => q.unit = raw,
                }
            }
            // The verb says what is counted: "40 people were killed",
            // "27 police officers were injured".
            {
                if let Some(u) = verb_unit(view, first, noun_end.unwrap_or(last)) {
                    unit_idx = Some(u);
                    q.unit = None;
                }
            }
            if unit_idx.is_none() && q.unit.is_none() {
                if let Some((k, u)) = noun_before(view, first) {
                    // "the number of people killed rose to 52": the verb
                    // after a generic noun says what is counted.
                    let verb =
                        (k + 1..k + 3).find_map(|i| view.word(i).and_then(|w| lex.unit_of_verb(w)));
                    unit_idx = Some(match verb {
                        Some(v) if lex.units[u].generic => v,
                        _ => u,
                    });
                    subject.extend(modifier_subject(view, k));
                }
            }
        }
        _ => {}
    }
    if let Some(u) = unit_idx {
        q.unit = Some(lex.units[u].name.clone());
        // A bare "12 people" says nothing of what happened to them.
        q.comparable = lex.units[u].compare && !lex.units[u].generic;
    }
    if matches!(
        q.kind,
        QuantityKind::Percent | QuantityKind::Money(_) | QuantityKind::Fraction
    ) {
        q.measure = measure_words(view, first, last, q.population.as_deref());
    }

    // Whose figure: a possessive or demonym right before, else the sentence subject.
    if subject.is_empty() {
        subject.extend(possessive_before(view, hedge_start));
    }
    if subject.is_empty() {
        subject.extend(demonym_before(view, hedge_start));
    }
    if subject.is_empty() {
        subject.extend(sentence_subject(view, hedge_start));
    }
    if subject.is_empty() {
        subject.extend(previous_sentence_subject(view, hedge_start));
    }
    subject.dedup();
    ctx.subject = subject;
    ctx.scope = scope_of(view, first, noun_end.unwrap_or(last));
    let (time, text) = time_of(view, hedge_start, noun_end.unwrap_or(last));
    ctx.target = is_target(view, hedge_start, noun_end.unwrap_or(last));
    // A plan with no date of its own holds at no known time, not "now".
    ctx.time = if ctx.target && text.is_none() {
        None
    } else {
        time
    };
    ctx.time_text = text;
    ctx.time_estimated = view.estimated;
    ctx.qualifier = qualifier(view, first);
    Draft {
        num,
        first,
        last,
        hedge_start,
        noun_end,
        q,
        ctx,
        inherited_unit: false,
        duration: false,
    }
}

/// Half the unit of the last non-zero digit when a figure has two or more
/// trailing zeros (5,100 -> 50; 21 million -> 500,000).
fn implied_precision(v: f64) -> f64 {
    if v.fract() != 0.0 || !(100.0..=1e15).contains(&v) {
        return 0.0;
    }
    let mut n = v as u64;
    let mut zeros = 0;
    while n > 0 && n.is_multiple_of(10) {
        n /= 10;
        zeros += 1;
    }
    if zeros >= 2 {
        0.5 * 10f64.powi(zeros)
    } else {
        0.0
    }
}

fn is_content(view: &ArticleView, i: usize) -> bool {
    let t = &view.doc.tokens[i];
    t.is_word() && !t.cap && !view.lex.is_stopword(&t.lower)
}

/// The noun a figure counts, right after it: skipping demonyms and names
/// used as modifiers ("100 Danish soldiers", "15,000 UN blue helmets").
/// Returns (last token of the noun, lexicon unit, raw unit, modifiers).
type NounAfter = (usize, Option<usize>, Option<String>, Vec<String>);

fn noun_after(view: &ArticleView, last: usize) -> Option<NounAfter> {
    let doc = view.doc;
    let lex = view.lex;
    let mut mods = Vec::new();
    let mut i = last + 1;
    let mut skipped = 0;
    while i < doc.tokens.len() && view.same_sentence(last, i) && skipped < 3 {
        let t = &doc.tokens[i];
        if !t.is_word() {
            // "27-minute" style hyphen joins are inside tokens; other punctuation ends the noun phrase.
            return None;
        }
        // Two-word nouns first ("blue helmets", "death toll").
        if let Some(w2) = view.word(i + 1) {
            let phrase = format!("{} {}", t.lower, w2);
            if let Some(u) = lex.unit_of_noun(&phrase) {
                return Some((i + 1, Some(u), None, mods));
            }
        }
        if let Some(u) = lex.unit_of_noun(&t.lower) {
            return Some((i, Some(u), None, mods));
        }
        if t.cap {
            if let Some(m) = view.name_covering(i) {
                mods.push(ArticleView::entity_name(m));
                i = m.tokens.end;
                skipped += 1;
                continue;
            }
            return None;
        }
        if lex.is_stopword(&t.lower) || lex.is_scope_preposition(&t.lower) {
            return None;
        }
        if t.lower.ends_with("ed") || t.lower.ends_with("ing") || t.lower.ends_with("ly") {
            return None;
        }
        // A raw noun: prefer a plural-looking second word ("oil companies").
        let next_plural = view
            .word(i + 1)
            .filter(|w| !lex.is_stopword(w) && looks_plural(w) && !w.ends_with("ed"))
            .is_some()
            && doc.tokens.get(i + 1).is_some_and(|t| !t.cap);
        if next_plural && lex.unit_of_noun(&t.lower).is_none() {
            // A compound noun keeps its modifier: "health centres" and
            // "accommodation centres" count different things.
            let w = doc.tokens[i + 1].lower.clone();
            let raw = format!("{} {}", t.lower, singular(&w));
            return Some((
                i + 1,
                lex.unit_of_noun(&raw).or(lex.unit_of_noun(&w)),
                Some(raw),
                mods,
            ));
        }
        return Some((i, None, Some(singular(&t.lower)), mods));
    }
    None
}

fn looks_plural(w: &str) -> bool {
    w.len() > 3 && w.ends_with('s') && !w.ends_with("ss") && !w.ends_with("us")
}

/// A unit verb near a generic noun: "killed 19 civilians", "40 people were
/// killed", "civilians, soldiers and fighters were killed".
fn verb_unit(view: &ArticleView, first: usize, noun_end: usize) -> Option<usize> {
    let lex = view.lex;
    if first > 0 {
        if let Some(w) = view
            .word(first - 1)
            .or_else(|| first.checked_sub(2).and_then(|k| view.word(k)))
        {
            if let Some(u) = lex.unit_of_verb(w) {
                return Some(u);
            }
        }
    }
    for i in noun_end + 1..(noun_end + 9).min(view.doc.tokens.len()) {
        if !view.same_sentence(noun_end, i) {
            break;
        }
        let t = &view.doc.tokens[i];
        if t.kind == TokKind::Digits {
            break;
        }
        if let Some(u) = view.word(i).and_then(|w| lex.unit_of_verb(w)) {
            return Some(u);
        }
    }
    None
}

/// The nearest lexicon noun before a figure in its sentence ("troop numbers
/// ... from 4,500", "the French forces — which stood at 5,100").
fn noun_before(view: &ArticleView, first: usize) -> Option<(usize, usize)> {
    let lo = first.saturating_sub(12);
    for i in (lo..first).rev() {
        if !view.same_sentence(i, first) {
            break;
        }
        if view.doc.tokens[i].kind == TokKind::Digits {
            break;
        }
        if let Some(w) = view.word(i) {
            if let Some(u) = view.lex.unit_of_noun(w) {
                if view.lex.units[u].compare {
                    return Some((i, u));
                }
            }
        }
    }
    None
}

/// A demonym or name right before a noun ("French forces" -> France).
fn modifier_subject(view: &ArticleView, noun: usize) -> Vec<String> {
    let mut out = Vec::new();
    let mut i = noun;
    while i > 0 && noun - i < 3 {
        i -= 1;
        let t = &view.doc.tokens[i];
        if !t.is_word() {
            break;
        }
        if let Some(m) = view.name_covering(i) {
            if m.entity != crate::claim::EntityKind::Person {
                out.push(ArticleView::entity_name(m));
            }
            break;
        }
    }
    out
}

/// "of Kolvar residents" after a percentage: the population it is a share of.
fn population_after(view: &ArticleView, last: usize) -> Option<String> {
    if view.word(last + 1) != Some("of") {
        return None;
    }
    let mut noun = None;
    for i in last + 2..(last + 6).min(view.doc.tokens.len()) {
        let t = &view.doc.tokens[i];
        if !t.is_word() {
            break;
        }
        if t.cap || matches!(t.lower.as_str(), "the" | "all" | "its" | "their") {
            continue;
        }
        if view.lex.is_stopword(&t.lower) {
            break;
        }
        noun = Some(singular(&t.lower));
        if looks_plural(&t.lower) {
            break;
        }
    }
    noun
}

/// Content words of the figure's segment: what a share or amount measures.
fn measure_words(
    view: &ArticleView,
    first: usize,
    last: usize,
    population: Option<&str>,
) -> Vec<String> {
    let doc = view.doc;
    let seg = &doc.segments[doc.tokens[first].segment];
    let mut out: Vec<String> = Vec::new();
    for i in seg.tokens.clone() {
        if (first..=last).contains(&i) || !is_content(view, i) {
            continue;
        }
        let w = &doc.tokens[i].lower;
        if view.lex.is_role(w)
            || view.lex.hedge(w).is_some()
            || w.chars().any(|c| c.is_ascii_digit())
        {
            continue;
        }
        let s = stem(w);
        if Some(singular(w).as_str()) == population
            || view
                .times
                .iter()
                .any(|t| t.span.contains(&doc.tokens[i].span.start))
        {
            continue;
        }
        if !out.contains(&s) {
            out.push(s);
        }
    }
    out
}

/// A crude stem so that word forms meet ("fined"/"fine", "closing"/"close").
fn stem(w: &str) -> String {
    let mut s = w.to_string();
    for suffix in ["ing", "ed", "es", "s"] {
        if s.len() > suffix.len() + 2 && s.ends_with(suffix) {
            s.truncate(s.len() - suffix.len());
            break;
        }
    }
    if s.len() > 3 && s.ends_with('e') {
        s.pop();
    }
    s
}

/// "France’s 5,100 troops", "its troop numbers" (its -> the sentence subject).
fn possessive_before(view: &ArticleView, start: usize) -> Vec<String> {
    if start == 0 {
        return Vec::new();
    }
    let t = &view.doc.tokens[start - 1];
    if !view.same_sentence(start - 1, start) {
        return Vec::new();
    }
    if t.possessive {
        if let Some(m) = view.name_covering(start - 1) {
            return vec![ArticleView::entity_name(m)];
        }
    }
    Vec::new()
}

/// "A French contingent of 2,400 troops": a demonym a few words before.
fn demonym_before(view: &ArticleView, start: usize) -> Vec<String> {
    let lo = start.saturating_sub(4);
    for i in (lo..start).rev() {
        if !view.same_sentence(i, start) || !view.doc.tokens[i].is_word() {
            break;
        }
        if let Some(m) = view.name_covering(i) {
            if m.demonym {
                return vec![ArticleView::entity_name(m)];
            }
            break;
        }
        let w = view.doc.tokens[i].lower.as_str();
        if !(matches!(w, "a" | "an" | "the" | "of") || is_content(view, i)) {
            break;
        }
    }
    Vec::new()
}

/// The first place or organisation of the sentence before the figure that
/// is not the object of a preposition, outside parentheticals.
fn sentence_subject(view: &ArticleView, start: usize) -> Vec<String> {
    let doc = view.doc;
    let sent = &doc.sentences[doc.tokens[start].sentence];
    // Tokens between the entity and the figure, parentheticals not counted.
    let gap = |from: usize| {
        (from..start)
            .filter(|&k| !doc.segments[doc.tokens[k].segment].paren && doc.tokens[k].is_word())
            .count()
    };
    let boundary = |from: usize| {
        (from..start).any(|k| {
            let w = doc.tokens[k].lower.as_str();
            // "X said that it would give": the pronoun carries X across.
            let carried = w == "that"
                && matches!(
                    view.word(k + 1),
                    Some("it" | "they" | "he" | "she" | "its" | "their")
                );
            !doc.segments[doc.tokens[k].segment].paren
                && !carried
                && matches!(
                    w,
                    "that"
                        | "when"
                        | "while"
                        | "as"
                        | "because"
                        | "after"
                        | "before"
                        | "if"
                        | "but"
                        | "although"
                        | "where"
                )
        })
    };

    let mut found = None;
    for m in view
        .names
        .iter()
        .filter(|m| m.sentence == doc.tokens[start].sentence && m.tokens.end <= start)
    {
        let seg = &doc.segments[doc.tokens[m.tokens.start].segment];
        if seg.paren || m.entity == crate::claim::EntityKind::Person {
            continue;
        }
        let prev = m
            .tokens
            .start
            .checked_sub(1)
            .filter(|&p| p >= sent.tokens.start);
        let after_prep = prev.and_then(|p| view.word(p)).is_some_and(|w| {
            view.lex.is_scope_preposition(w)
                || matches!(
                    w,
                    "of" | "to" | "from" | "by" | "with" | "against" | "for" | "on" | "at" | "near"
                )
        });
        if !after_prep {
            found = Some(m);
            break;
        }
    }
    if let Some(m) = found.filter(|m| gap(m.tokens.end) <= 12 && !boundary(m.tokens.end)) {
        return vec![ArticleView::entity_name(m)];
    }
    // A common noun of an organisation as the subject ("the shipping
    // company said it would pay", "a family-owned firm ... said").
    (sent.tokens.start..start)
        .take_while(|&k| {
            !matches!(
                doc.tokens[k].lower.as_str(),
                "when" | "while" | "as" | "because"
            )
        })
        .find(|&k| {
            let t = &doc.tokens[k];
            let det = |j: Option<usize>| {
                j.and_then(|j| view.word(j))
                    .is_some_and(|w| matches!(w, "the" | "its" | "a" | "an"))
            };
            t.is_word()
                && !t.cap
                && view.lex.org_class(&t.lower).is_some()
                && (det(k.checked_sub(1)) || det(k.checked_sub(2)))
        })
        .map(|k| vec![doc.tokens[k].lower.clone()])
        .unwrap_or_default()
}

/// The nearest name of a person (or an unplaced name) before a figure in
/// its sentence, within twelve words.
fn person_before(view: &ArticleView, first: usize) -> Option<String> {
    let si = view.doc.tokens[first].sentence;
    view.names
        .iter()
        .rev()
        .filter(|m| m.sentence == si && m.tokens.end <= first && first - m.tokens.end <= 14)
        .find(|m| {
            matches!(
                m.entity,
                crate::claim::EntityKind::Person | crate::claim::EntityKind::Other
            )
        })
        .map(|m| m.text.clone())
}

/// The subject of the previous sentence of the paragraph: a figure with
/// none of its own ("the 800 soldiers deployed") is about what the
/// paragraph was about.
fn previous_sentence_subject(view: &ArticleView, start: usize) -> Vec<String> {
    let doc = view.doc;
    let si = doc.tokens[start].sentence;
    if si == 0 || doc.sentences[si - 1].paragraph != doc.sentences[si].paragraph {
        return Vec::new();
    }
    let prev = &doc.sentences[si - 1];
    if prev.tokens.is_empty() {
        return Vec::new();
    }
    sentence_subject(view, prev.tokens.end - 1)
}

/// Where a figure applies: a scope preposition and a place after its noun
/// ("4,000 soldiers in West Africa", "troops based in Chad"), or a short
/// lead-in segment ("In Kessel province, 1,200 homes ...").
fn scope_of(view: &ArticleView, first: usize, end: usize) -> Vec<String> {
    let doc = view.doc;
    // After the figure's noun, within its segment: the first scope phrase,
    // passing over auxiliaries, participles and other phrases, stopping
    // where another clause or action begins (an -ing form, "to", "that").
    let seg = doc.tokens[end].segment;
    let mut words = 0;
    for i in end + 1..doc.tokens.len() {
        if doc.tokens[i].segment != seg || words >= 10 {
            break;
        }
        let Some(w) = view.word(i) else { continue };
        if let Some(s) = scope_phrase(view, i) {
            return vec![s];
        }
        let clause = (w.len() > 4 && w.ends_with("ing"))
            || matches!(
                w,
                "to" | "that"
                    | "which"
                    | "who"
                    | "when"
                    | "while"
                    | "after"
                    | "before"
                    | "because"
                    | "as"
                    | "but"
                    | "and"
                    | "or"
                    | "than"
                    | "with"
                    | "for"
                    | "from"
                    | "of"
                    | "if"
                    | "since"
                    | "until"
            );
        if clause {
            break;
        }
        words += 1;
    }
    // "the region had registered 1,684 cases": a definite generic place
    // before the figure, as its clause's subject, is the place last named
    // with that word.
    for k in doc.segments[doc.tokens[first].segment]
        .tokens
        .clone()
        .take_while(|&k| k < first)
    {
        if view.word(k) == Some("the") && k > 0 {
            let prev = view.word(k - 1);
            if prev.is_some_and(|w| view.lex.is_stopword(w) && !matches!(w, "as" | "and" | "but")) {
                continue;
            }
            if let Some(s) = definite_place(view, k + 1) {
                return vec![s];
            }
        }
    }
    // Lead-in segments of the sentence, and the figure's own segment before it.
    let sent_idx = doc.tokens[first].sentence;
    let own_seg = doc.tokens[first].segment;
    for (gi, seg) in doc.segments.iter().enumerate() {
        if seg.sentence != sent_idx || gi > own_seg {
            continue;
        }
        let short = seg.tokens.len() <= 5 && gi < own_seg && !seg.paren;
        if !(short || gi == own_seg) {
            continue;
        }
        for k in seg.tokens.clone() {
            if gi == own_seg && k >= first {
                break;
            }
            if let Some(s) = scope_phrase(view, k) {
                return vec![s];
            }
        }
    }
    Vec::new()
}

/// "in West Africa", "across the country", "nationwide" at token i.
fn scope_phrase(view: &ArticleView, i: usize) -> Option<String> {
    let lex = view.lex;
    let w = view.word(i)?;
    if matches!(w, "nationwide" | "countrywide") {
        return Some("nationwide".into());
    }
    if !lex.is_scope_preposition(w) {
        return None;
    }
    let mut k = i + 1;
    if matches!(view.word(k), Some("the")) {
        k += 1;
    }
    // "in the southern Jalal-Abad region": adjectives before the name.
    for skip in 0..2 {
        let adjective = view.doc.tokens.get(k + skip).is_some_and(|t| {
            t.is_word() && !t.cap && !lex.is_stopword(&t.lower) && !lex.is_generic_place(&t.lower)
        });
        if adjective && view.name_at(k + skip + 1).is_some() {
            k += skip + 1;
            break;
        }
        if !adjective {
            break;
        }
    }
    // "in the (Dravenian) capital, Kolvar": the name in apposition.
    let mut j = k;
    if let Some(m) = view.name_at(j) {
        j = m.tokens.end;
    }
    if view.word(j).is_some_and(|g| lex.is_generic_place(g))
        && view.doc.tokens.get(j + 1).is_some_and(|t| t.is_punct(','))
    {
        if let Some(m) = view
            .name_at(j + 2)
            .filter(|m| m.entity != crate::claim::EntityKind::Person)
        {
            return Some(ArticleView::entity_name(m));
        }
    }
    if let Some(m) = view.name_at(k) {
        if m.entity != crate::claim::EntityKind::Person {
            return Some(ArticleView::entity_name(m));
        }
    }
    if matches!(w, "across" | "throughout") && matches!(view.word(k), Some("country" | "nation")) {
        return Some("nationwide".into());
    }
    // "in the province": the place last named with that word.
    if view.word(k - 1) != Some("the") {
        return None;
    }
    definite_place(view, k)
}

/// "the province" at token k: the place last named with that word
/// ("Zambezia province") earlier in the article; with none, the
/// place of the article's dateline ("JALAL-ABAD —").
fn definite_place(view: &ArticleView, k: usize) -> Option<String> {
    let generic = view.word(k).filter(|g| view.lex.is_generic_place(g))?;
    view.names
        .iter()
        .rev()
        .filter(|m| m.tokens.end <= k && m.entity != crate::claim::EntityKind::Person)
        .find(|m| {
            // "Zambezia province", or "the region of Jalal-Abad".
            let after = view
                .word(m.tokens.end)
                .is_some_and(|n| singular(n) == singular(generic));
            let before = m.tokens.start >= 2
                && view.word(m.tokens.start - 1) == Some("of")
                && view
                    .word(m.tokens.start - 2)
                    .is_some_and(|n| singular(n) == singular(generic));
            after || before
        })
        .map(ArticleView::entity_name)
        .or_else(|| view.home.map(str::to_string))
}

/// When a figure holds: a date in its clause, a short lead-in date
/// ("By February, ..."), else the article's now.
fn time_of(view: &ArticleView, start: usize, end: usize) -> (Option<(Day, Day)>, Option<String>) {
    let doc = view.doc;
    let seg_idx = doc.tokens[start].segment;
    let seg = &doc.segments[seg_idx];
    let seg_range =
        doc.tokens[seg.tokens.start].span.start..doc.tokens[seg.tokens.end - 1].span.end;
    let pos = doc.tokens[start].span.start;
    let after_limit = doc
        .tokens
        .get(end + 6)
        .map(|t| t.span.end)
        .unwrap_or(usize::MAX);
    let end_byte = doc.tokens[end].span.end;
    let mut best: Option<&TimeExpr> = None;
    for t in view
        .times
        .iter()
        .filter(|t| ArticleView::is_calendar(t) && !possessive(view.scan, t))
    {
        let inside = seg_range.start <= t.span.start && t.span.end <= seg_range.end;
        if !inside {
            continue;
        }
        let k = doc.token_at(t.span.start);
        let w1 = k.checked_sub(1).and_then(|p| view.word(p));
        let w2 = k.checked_sub(2).and_then(|p| view.word(p));
        // "said on Wednesday that ...": the date of the report.
        let report = [w1, w2].iter().flatten().any(|w| {
            matches!(
                *w,
                "said" | "says" | "told" | "announced" | "reported" | "added" | "stated"
            )
        });
        if report {
            continue;
        }
        let as_of = w1 == Some("of") && w2 == Some("as");
        let before = t.span.end <= pos;
        let near_after = t.span.start >= pos && (t.span.end <= after_limit || as_of);
        if before || near_after {
            // Distance from the figure's words: before its start, after its noun.
            let near = |sp: &Range<usize>| {
                if sp.end <= pos {
                    pos - sp.end
                } else {
                    sp.start.saturating_sub(end_byte)
                }
            };
            let better = match best {
                None => true,
                Some(b) => as_of || near(&t.span) < near(&b.span),
            };
            if better {
                best = Some(t);
            }
        }
    }
    if best.is_none() {
        let sent_idx = doc.tokens[start].sentence;
        for (gi, g) in doc.segments.iter().enumerate() {
            if g.sentence != sent_idx || gi >= seg_idx || g.tokens.len() > 5 {
                continue;
            }
            let r = doc.tokens[g.tokens.start].span.start..doc.tokens[g.tokens.end - 1].span.end;
            if let Some(t) = view.times.iter().find(|t| {
                ArticleView::is_calendar(t) && r.start <= t.span.start && t.span.end <= r.end
            }) {
                best = Some(t);
            }
        }
    }
    match best {
        Some(t) => (
            Some(resolved(t)),
            Some(view.scan[t.span.clone()].to_string()),
        ),
        None => (
            view.reference
                .map(|r| (r - view.lex.current_window_days as Day, r)),
            None,
        ),
    }
}

/// A time expression's first and last day.
pub fn resolved(t: &TimeExpr) -> (Day, Day) {
    (t.start.unwrap_or(0), t.end.or(t.start).unwrap_or(0))
}

/// "Friday’s closing price": a time expression in the possessive dates
/// the noun after it, not the clause.
pub fn possessive(scan: &str, t: &TimeExpr) -> bool {
    let rest = &scan[t.span.end.min(scan.len())..];
    rest.starts_with("'s") || rest.starts_with("’s")
}

/// "At its height, ... 1,100 workers": a qualifier word of the lexicon in
/// the figure's segment or a short lead-in segment.
fn qualifier(view: &ArticleView, first: usize) -> Option<String> {
    let doc = view.doc;
    let si = doc.tokens[first].sentence;
    let own = doc.tokens[first].segment;
    doc.segments
        .iter()
        .enumerate()
        .filter(|(gi, g)| g.sentence == si && (*gi == own || (*gi < own && g.tokens.len() <= 5)))
        .flat_map(|(_, g)| g.tokens.clone())
        .find_map(|i| view.word(i).and_then(|w| view.lex.qualifier(w)))
        .map(str::to_string)
}

/// A plan, goal or forecast: a target word earlier in the sentence with no
/// figure in between, or a future word right after the figure's noun.
fn is_target(view: &ArticleView, start: usize, end: usize) -> bool {
    let doc = view.doc;
    let sent = &doc.sentences[doc.tokens[start].sentence];
    for i in (sent.tokens.start..start).rev() {
        let t = &doc.tokens[i];
        if t.kind == TokKind::Digits {
            break;
        }
        if t.is_word() && view.lex.is_target_word(&t.lower) {
            return true;
        }
    }
    for i in end + 1..(end + 3).min(sent.tokens.end) {
        if let Some(w) = view.word(i) {
            if view.lex.is_future_word(w) {
                return true;
            }
            if !matches!(w, "now" | "also" | "still" | "then") {
                break;
            }
        } else {
            break;
        }
    }
    false
}

/// "from X to Y" (a change when a change verb precedes, else a range),
/// "between X and Y", "X to Y", "X-Y": link the two figures.
fn link_pairs(view: &ArticleView, drafts: &mut [Draft]) {
    let doc = view.doc;
    for a in 0..drafts.len().saturating_sub(1) {
        let b = a + 1;
        if drafts[a].ctx.link.is_some() || !view.same_sentence(drafts[a].first, drafts[b].first) {
            continue;
        }
        let (a_start, a_last, b_start) = (
            drafts[a].hedge_start,
            drafts[a].noun_end.unwrap_or(drafts[a].last),
            drafts[b].hedge_start,
        );
        if b_start <= a_last || b_start - a_last > 3 {
            continue;
        }
        let between: Vec<&str> = (a_last + 1..b_start)
            .map(|i| {
                let t = &doc.tokens[i];
                match t.kind {
                    TokKind::Punct(c) if is_dash(c) => "-",
                    _ => t.lower.as_str(),
                }
            })
            .collect();
        let before = a_start.checked_sub(1).and_then(|i| view.word(i));
        // "87 votes to 41": a noun after the first figure only makes a tally.
        let tally = drafts[a].noun_end.is_some() && drafts[b].noun_end.is_none();
        let roles = match (before, between.as_slice()) {
            (Some("from"), ["to"]) => {
                let sent = &doc.sentences[doc.tokens[a_start].sentence];
                let change = (sent.tokens.start..a_start)
                    .any(|i| view.word(i).is_some_and(|w| view.lex.is_change_verb(w)));
                Some(if change {
                    (Role::Before, Role::After)
                } else {
                    (Role::RangeLow, Role::RangeHigh)
                })
            }
            (Some("between"), ["and"]) => Some((Role::RangeLow, Role::RangeHigh)),
            (_, ["to"]) | (_, ["-"]) if tally => Some((Role::TallyFirst, Role::TallySecond)),
            (_, ["to"]) | (_, ["-"]) => Some((Role::RangeLow, Role::RangeHigh)),
            _ => None,
        };
        let Some((ra, rb)) = roles else { continue };
        // The pair shares noun, subject, scope and time.
        if drafts[a].q.unit.is_none() {
            drafts[a].q.unit = drafts[b].q.unit.clone();
            drafts[a].q.comparable = drafts[b].q.comparable;
        }
        if drafts[b].q.unit.is_none() || drafts[b].q.kind != drafts[a].q.kind {
            drafts[b].q.unit = drafts[a].q.unit.clone();
            drafts[b].q.comparable = drafts[a].q.comparable;
            drafts[b].q.kind = drafts[a].q.kind.clone();
        }
        let ctx_a = drafts[a].ctx.clone();
        let ctx_b = drafts[b].ctx.clone();
        let subject = if ctx_a.subject.is_empty() {
            ctx_b.subject.clone()
        } else {
            ctx_a.subject.clone()
        };
        let scope = if ctx_a.scope.is_empty() {
            ctx_b.scope.clone()
        } else {
            ctx_a.scope.clone()
        };
        let (time, text) = if ctx_a.time_text.is_some() {
            (ctx_a.time, ctx_a.time_text.clone())
        } else {
            (ctx_b.time, ctx_b.time_text.clone())
        };
        for (k, r, other) in [(a, ra, b), (b, rb, a)] {
            let c = &mut drafts[k].ctx;
            c.subject = subject.clone();
            c.scope = scope.clone();
            c.time = time;
            c.time_text = text.clone();
            c.target = ctx_a.target || ctx_b.target;
            if c.target && c.time_text.is_none() {
                c.time = None;
            }
            c.role = r;
            c.link = Some(other);
        }
    }
}

/// A figure with no noun of its own takes the noun and subject of the
/// previous figure in its paragraph ("By February, about 4,000 remained"),
/// and, in the same sentence, its scope ("118,400 people in the province
/// were affected and 41,300 were displaced").
fn inherit(view: &ArticleView, drafts: &mut [Draft]) {
    let doc = view.doc;
    for i in 1..drafts.len() {
        let j = i - 1;
        let elliptical =
            drafts[i].noun_end.is_none() && drafts[i].ctx.link.is_none() && !drafts[i].duration;
        if elliptical
            && view.same_sentence(drafts[j].first, drafts[i].first)
            && drafts[i].q.kind == drafts[j].q.kind
        {
            if drafts[i].ctx.scope.is_empty() {
                drafts[i].ctx.scope = drafts[j].ctx.scope.clone();
            }
            if drafts[i].ctx.subject.is_empty() {
                drafts[i].ctx.subject = drafts[j].ctx.subject.clone();
            }
        }
    }
    for i in 1..drafts.len() {
        if drafts[i].q.unit.is_some() || drafts[i].q.kind != QuantityKind::Count {
            continue;
        }
        let para = doc.sentences[doc.tokens[drafts[i].first].sentence].paragraph;
        let prev = (0..i).rev().find(|&j| {
            drafts[j].q.kind == QuantityKind::Count
                && !drafts[j].duration
                && drafts[j].q.unit.is_some()
                && !drafts[j].inherited_unit
                && doc.sentences[doc.tokens[drafts[j].first].sentence].paragraph == para
        });
        if let Some(j) = prev {
            drafts[i].q.unit = drafts[j].q.unit.clone();
            drafts[i].q.comparable = drafts[j].q.comparable;
            if drafts[i].ctx.subject.is_empty() {
                drafts[i].ctx.subject = drafts[j].ctx.subject.clone();
            }
            drafts[i].inherited_unit = true;
        }
    }
}
