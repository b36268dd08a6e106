//! Figures in context: turns the numbers found by `number` into claims by
//! reading the words around them: the hedge before ("about", "more than"),
//! the counted noun after (or before, or inherited), whose figure it is
//! (possessive, demonym, sentence subject), where it applies ("in West
//! Africa"), when it holds (a date in the clause, else the article's now),
//! and whether it is one end of a change ("from X to Y"), of a range, or a
//! plan or target.

use compact_str::CompactString;

use crate::claim::{Claim, ClaimKind, Context, Quantity, QuantityKind, Value};
pub use crate::extract::context::ArticleView;
use crate::extract::context::{
    demonym_before, is_content, is_target, modifier_subject, person_before, possessive_before,
    previous_sentence_subject, qualifier, scope_of, sentence_subject, time_of,
};
use crate::extract::number::{Num, NumKind, PERCENTAGE_POINTS};
use crate::extract::time::TimeKind;
use crate::lexicon::class;
use crate::lexicon::singular;
use crate::lexicon::Hedge;
use crate::segment::{TokKind, Token};

mod age;
mod measure;
mod one;
mod range;
mod unit;

use age::{age_holder, appositive};
use measure::{change_amount, measures, own_qualifiers, stem};
use unit::{looks_plural, noun_after, noun_before, rate_after, verb_unit};

struct Draft {
    num: Num,
    first: usize,
    last: usize,
    /// First token and first byte of the hedge, else of the figure.
    hedge_start: usize,
    hedge_byte: usize,
    hedge: Option<Hedge>,
    noun_end: Option<usize>,
    q: Quantity,
    ctx: Context,
    inherited_unit: bool,
    /// A length of time read from a duration expression.
    duration: bool,
}

impl Draft {
    /// The last token of the figure with its noun ("400-metre", "58
    /// people").
    fn tail(&self) -> usize {
        self.noun_end.unwrap_or(self.last).max(self.last)
    }
}

/// Number claims of one article.
pub fn claims(view: &ArticleView, nums: Vec<Num>, out: &mut Vec<Claim>) {
    let doc = view.doc;
    // (Drafts are large: room for one per number up front, rather than
    // copying them all as the list grows.)
    let mut drafts: Vec<Draft> = Vec::with_capacity(nums.len());
    let mut phrase = String::with_capacity(64);
    for num in nums {
        if num.kind == NumKind::Ordinal {
            continue;
        }
        if view.time_over(&num.span).is_some() {
            continue;
        }
        let toks = doc.tokens_in(&num.span);
        if toks.is_empty() {
            continue;
        }
        let (first, last) = (toks.start, toks.end - 1);
        drafts.push(draft(view, num, first, last));
    }
    // "a gallon", "an inch": the article as one before a unit of measure,
    // where no figure or its noun has taken the token (marked once here:
    // asking every draft for every "a" grew with the square of the text).
    let mut taken = vec![false; doc.tokens.len()];
    for d in &drafts {
        let end = d.tail() + 1;
        if let Some(run) = taken.get_mut(d.first..end.min(doc.tokens.len())) {
            run.fill(true);
        }
    }
    let taken = |k: usize| taken.get(k).copied().unwrap_or(false);
    for (num, i) in one::articles_as_one(view, taken) {
        if view.time_over(&num.span).is_none() {
            let d = draft(view, num, i, i);
            drafts.push(d);
        }
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
            figure: t.span.clone(),
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
            .find(|&k| is_content(view, k) && !doc.tokens[k].is(class::SCOPE_PREPOSITION))
            .map(|k| vec![stem(doc.lower_at(k))])
            .unwrap_or_default();
        d.noun_end = None;
        // "three months old", "6 weeks of age": the age words are part of
        // the figure as written.
        for n in [2, 1] {
            let age = view
                .phrase_into(last..=last + n, &mut phrase)
                .then(|| view.lex.unit_of_noun(&phrase))
                .flatten();
            if age.is_some_and(|u| view.lex.units[u].dimension.as_deref() == Some("age")) {
                d.q.figure.end = doc.tokens[last + n].surface().end;
                break;
            }
        }
        drafts.push(d);
    }
    drafts.sort_by_key(|d| d.num.span.start);
    range::margins(view, &mut drafts);
    range::share_token(&mut drafts);
    range::read_after(view, &mut drafts);
    range::link_pairs(view, &mut drafts);
    own_qualifiers(view, &mut drafts);
    measures(view, &mut drafts);
    inherit(view, &mut drafts);
    let base = out.len();
    for d in drafts {
        let start = d.hedge_byte;
        let end = d
            .noun_end
            .map(|k| doc.tokens[k].surface().end)
            .unwrap_or(d.num.span.end)
            .max(d.num.span.end);
        let sent = doc.sentence_of(d.first);
        let mut ctx = d.ctx;
        ctx.link = ctx.link.map(|j| base + j);
        out.push(Claim {
            source: view.source,
            kind: ClaimKind::Number,
            span: start..end,
            sentence: sent.span.clone(),
            text: CompactString::new(&view.scan[start..end]),
            value: Value::Quantity(d.q),
            ctx,
        });
    }
}

fn draft(view: &ArticleView, mut num: Num, first: usize, last: usize) -> Draft {
    let lex = view.lex;
    if num.glued_unit.as_deref() == Some("m") && unit::counts_millions(view, last) {
        num.glued_unit_as_scale(1e6);
    }
    let (hedge_start, hedge_byte, hedge) = match range::before(view, first, num.span.start) {
        Some((tok, byte, phrase, h)) => (tok, byte, Some((phrase, h))),
        None => (first, num.span.start, None),
    };
    let (low, high) = match &hedge {
        Some((_, h)) => range::widen(&num, *h),
        None => (num.low, num.high),
    };
    let phrase = hedge
        .as_ref()
        .filter(|(_, h)| h.is_bound())
        .map(|_| hedge_byte..num.span.end);
    // "one-half miles" is a length, not a share.
    let measured = |u: Option<usize>| u.is_some_and(|u| lex.units[u].dimension.is_some());
    let kind = match &num.kind {
        // "0.3 percentage points": a change of a share, in its own unit
        // (the glued unit below), not a share.
        NumKind::Percent if num.glued_unit.as_deref() == Some(PERCENTAGE_POINTS) => {
            QuantityKind::Count
        }
        NumKind::Percent => QuantityKind::Percent,
        NumKind::Money(c) => QuantityKind::Money(c.clone()),
        NumKind::Fraction if !noun_after(view, last).is_some_and(|n| measured(n.1)) => {
            QuantityKind::Fraction
        }
        _ => QuantityKind::Count,
    };
    let precision = range::implied_precision(&num, view.scan);
    let mut q = Quantity {
        value: num.value,
        low,
        high,
        precision,
        kind: kind.clone(),
        unit: None,
        comparable: true,
        hedge: hedge.as_ref().map(|(p, _)| p.clone()),
        vague: num.vague,
        population: None,
        measure: Vec::new(),
        duration: false,
        elapsed: false,
        figure: num.span.clone(),
        phrase,
    };
    let mut ctx = Context::default();
    let mut noun_end = None;
    let mut subject: Vec<String> = Vec::new();

    // The counted noun.
    let mut unit_idx: Option<usize> = None;
    let mut noun_unit: Option<usize> = None;
    if let Some(g) = &num.glued_unit {
        unit_idx = lex.unit_of_noun(&crate::text::fold_word(g));
        if unit_idx.is_none() {
            q.unit = Some(singular(&crate::text::fold_word(g)).into_owned());
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
                noun_unit = idx;
                subject.extend(mods);
                match idx {
                    Some(u) => unit_idx = Some(u),
                    None => q.unit = raw,
                }
            }
            // The verb says what is counted: "40 people were killed",
            // "27 police officers were injured".
            {
                if let Some(u) = verb_unit(view, hedge_start, noun_end.unwrap_or(last)) {
                    unit_idx = Some(u);
                    q.unit = None;
                }
            }
            if unit_idx.is_none() && q.unit.is_none() {
                if let Some((k, u)) = noun_before(view, first) {
                    // "the number of people killed rose to 52": the verb
                    // after a generic noun says what is counted.
                    let verb = (k + 1..k + 3).find_map(|i| view.unit_verb(i));
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
        // A unit of measure is part of the figure as written ("17 km"); a
        // counted noun ("50 cars") is not.
        if let (Some(k), true) = (noun_end, noun_unit == Some(u)) {
            if lex.units[u].dimension.is_some() {
                q.figure.end = view.doc.tokens[k].surface().end;
            }
        }
        q.unit = Some(lex.units[u].name.clone());
        // A bare "12 people" says nothing of what happened to them.
        q.comparable = lex.units[u].compare && !lex.units[u].generic;
    }
    // A word hyphened to a figure that is no unit of measure is no part of
    // it ("a 6.0-sigma result", "a 27-member team"); "16-meter",
    // "44-year-old" and letters glued to digits ("0.8rad") are.
    if let (Some(g), QuantityKind::Count) = (&num.glued_unit, &q.kind) {
        let text = &view.scan[num.span.clone()];
        let unit = lex.unit_of_noun(&crate::text::fold_word(g));
        let cut = text.len().checked_sub(g.len()).and_then(|k| text.get(..k));
        if let (false, Some(cut)) = (measured(unit), cut.filter(|c| c.ends_with('-'))) {
            q.figure.end = num.span.start + cut.trim_end_matches('-').len();
        }
    }
    // A rate is one unit: "$15.4/hour", "45 cents per share", "four times
    // per week", "20 J/m^2 per year". It is not the bare amount, so it
    // keeps its own unit.
    while let Some((k, per)) = rate_after(view, noun_end.unwrap_or(last)) {
        let what = q.unit.clone().unwrap_or_default();
        q.unit = Some(format!("{what} per {per}").trim_start().to_string());
        q.figure.end = view.doc.tokens[k].surface().end;
        noun_end = Some(k);
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
    ctx.qualifier = qualifier(view, first).or_else(|| change_amount(view, hedge_start, &kind));
    Draft {
        num,
        first,
        last,
        hedge_start,
        hedge_byte,
        hedge: hedge.map(|(_, h)| h),
        noun_end,
        q,
        ctx,
        inherited_unit: false,
        duration: false,
    }
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
        if t.cap || matches!(view.doc.lower(t), "the" | "all" | "its" | "their") {
            continue;
        }
        if t.is(class::STOPWORD) {
            break;
        }
        noun = Some(singular(view.doc.lower(t)).into_owned());
        if looks_plural(view.doc.lower(t)) {
            break;
        }
    }
    noun
}

/// A figure with no noun of its own takes the noun and subject of the
/// previous figure in its paragraph when it stands as its clause's subject
/// ("By February, about 4,000 remained"; not "It now employs 340", nor
/// "Flight BA 286"), and, in the same sentence, its scope ("118,400 people
/// in the province were affected and 41,300 were displaced").
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
    let age = view
        .lex
        .units
        .iter()
        .position(|u| u.dimension.as_deref() == Some("age"));
    let age_name = age.map(|u| view.lex.units[u].name.as_str());
    for i in 0..drafts.len() {
        if age_name.is_some() && drafts[i].q.unit.as_deref() == age_name {
            if let Some(person) = age_holder(view, &drafts[i]) {
                drafts[i].ctx.subject = vec![person];
            }
        }
        if drafts[i].q.unit.is_some() || drafts[i].q.kind != QuantityKind::Count {
            continue;
        }
        if let (Some(u), Some(person)) = (age, appositive(view, &drafts[i])) {
            drafts[i].q.unit = Some(view.lex.units[u].name.clone());
            drafts[i].q.comparable = view.lex.units[u].compare;
            drafts[i].ctx.subject = vec![person];
            // a person's age is no count for the figures after it
            drafts[i].inherited_unit = true;
            continue;
        }
        if i == 0 || !continues_count(view, drafts[i].first) {
            continue;
        }
        let para = doc.sentence_of(drafts[i].first).paragraph;
        let prev = (0..i).rev().find(|&j| {
            drafts[j].q.kind == QuantityKind::Count
                && !drafts[j].duration
                && drafts[j].q.unit.is_some()
                && !drafts[j].inherited_unit
                && doc.sentence_of(drafts[j].first).paragraph == para
        });
        // Things counted are whole: "the median age rose to 38.2" counts
        // no homes, where "rose to 7.9" may be metres.
        let counted = |j: usize| {
            let unit = drafts[j]
                .q
                .unit
                .as_deref()
                .and_then(|u| view.lex.unit_named(u));
            unit.is_none_or(|u| u.dimension.is_none())
        };
        let prev = prev.filter(|&j| drafts[i].q.value.fract() == 0.0 || !counted(j));
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

/// Whether the figure at token `first` continues the count before it:
/// it opens its clause (between it and the start of its segment, or a
/// word that joins clauses: "and", "but", "while", stand only function
/// words and hedges: "about 4,000 remained", "and 41,300 were
/// displaced"), or it is the level a change verb leads to ("reduce the
/// number to about 2,500"). Not the object or label of a word before it
/// ("employs 340", "lost 3.4bn", "Flight BA 286").
fn continues_count(view: &ArticleView, first: usize) -> bool {
    let doc = view.doc;
    let segment = doc.tokens[first].segment();
    // The words before the figure in its segment, nearest first, hedges
    // left out.
    let mut words = doc.tokens[..first]
        .iter()
        .rev()
        .take_while(|t| t.segment() == segment)
        .filter(|t| matches!(t.kind, TokKind::Word | TokKind::Digits) && !t.is(class::HEDGE));
    let joins = |t: &Token| {
        t.is_word() && (t.is(class::CLAUSE_OPENER) || matches!(doc.lower(t), "and" | "or" | "but"))
    };
    let level = words.clone().next().is_some_and(|t| doc.lower(t) == "to")
        && words.clone().any(|t| view.lex.is_change_verb(doc.lower(t)));
    level
        || words
            .find(|t| joins(t) || !t.word_is(class::STOPWORD))
            .is_none_or(joins)
}

/// The figure claims of one article written as `text`, read with the
/// built-in lexicon, each with its quantity (for the tests of this module
/// and its submodules, and of `context`).
#[cfg(test)]
pub(super) fn quantities_in(text: &str) -> Vec<(Quantity, Claim)> {
    let lex = crate::lexicon::Lexicon::builtin_for_tests();
    let a = crate::article::parse("t.txt", text.to_string()).unwrap();
    let ex = crate::extract::extract_all(std::slice::from_ref(&a), &lex);
    ex.claims
        .into_iter()
        .filter_map(|c| match &c.value {
            Value::Quantity(q) => Some((q.clone(), c)),
            _ => None,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    /// (figure as written, value, unit) of every figure claim.
    fn figures(text: &str) -> Vec<(String, f64, Option<String>)> {
        super::quantities_in(text)
            .into_iter()
            .map(|(q, _)| (text[q.figure.clone()].to_string(), q.value, q.unit))
            .collect()
    }

    #[test]
    fn a_figure_a_length_of_time_earlier_holds_that_long_before() {
        let text = "date: 2024-04-10\n\nSome 987 migrants landed this year, down from 1,640 a year earlier. Costs were 20 three years earlier. It had 1,432 cases, nearly double the 742 recorded in the same period last year.";
        let time = |f: &str| {
            let all = super::quantities_in(text);
            let c = all.into_iter().find(|(q, _)| text[q.figure.clone()] == *f);
            let c = c.unwrap_or_else(|| panic!("{f}")).1;
            (
                c.ctx
                    .time
                    .map(|(a, _)| crate::extract::time::civil_from_days(a).0),
                c.ctx.time_text,
            )
        };
        assert_eq!(time("1,640"), (Some(2023), Some("a year earlier".into())));
        assert_eq!(time("20"), (Some(2021), Some("three years earlier".into())));
        assert_eq!(time("987").0, Some(2024));
        // a time up to eight words after the figure is its own
        assert_eq!(time("742").0, Some(2023));
        // a number word after a figure is no noun of it
        let got = figures(text);
        assert!(got.iter().any(|g| g.0 == "20" && g.2.is_none()), "{got:?}");
    }

    #[test]
    fn a_count_of_things_is_whole_and_a_measured_count_says_what_of() {
        let text = "The city added 58,000 homes. The median age rose to 38.2 from 35. The river rose to 7.4 metres and then to 7.9. A ship carrying 2,400 tonnes of the fertiliser sank and 30 tonnes of fuel oil had leaked.";
        let got = super::quantities_in(text);
        let find = |f: &str| {
            let q = got.iter().find(|(q, _)| text[q.figure.clone()] == *f);
            q.unwrap_or_else(|| panic!("{f} in {got:?}")).0.clone()
        };
        assert_eq!(find("38.2").unit, None);
        assert_eq!(find("7.9").unit.as_deref(), Some("metres"));
        assert_eq!(find("2,400 tonnes").measure, ["fertiliser"]);
        assert_eq!(find("30 tonnes").measure, ["fuel", "oil"]);
        assert!(find("58,000").measure.is_empty());
    }

    #[test]
    fn a_figure_without_a_noun_continues_the_count_only_as_its_subject_or_level() {
        let unit_of = |text: &str, figure: &str| {
            let f = figures(text);
            let got = f
                .iter()
                .find(|x| x.0 == figure)
                .unwrap_or_else(|| panic!("{figure} in {f:?}"));
            got.2.clone()
        };
        let troops = Some("troops".to_string());
        let text = "Some 5,100 troops were deployed. By February, about 4,000 remained. \
                    They planned to reduce the number to about 2,500.";
        assert_eq!(unit_of(text, "4,000"), troops);
        assert_eq!(unit_of(text, "2,500"), troops);
        let text = "In all, 1,800 troops were deployed and 400 were sent home.";
        assert_eq!(unit_of(text, "400"), troops);
        // the object or label of another word counts something else
        let text = "The firm hired 12 engineers last year. It now employs 340.";
        assert_eq!(unit_of(text, "340"), None);
        let text = "Rescuers found 12 survivors. Flight BA 286 was diverted.";
        assert_eq!(unit_of(text, "286"), None);
        let text = "Officials said 30 troops were hurt. The fund lost 3.4bn.";
        assert_eq!(unit_of(text, "3.4bn"), None);
    }

    #[test]
    fn percentage_points_are_no_percentage() {
        let f = figures("Unemployment rose 0.3 percentage points to 7.8%.");
        assert_eq!(
            f[0],
            (
                "0.3 percentage points".into(),
                0.3,
                Some("percentage points".into())
            )
        );
        assert_eq!(f[1], ("7.8%".into(), 7.8, Some("percent".into())));
        let f = figures("The bank raised rates by 50 basis points.");
        assert_eq!(
            f,
            [("50 basis points".into(), 50.0, Some("basis points".into()))]
        );
    }

    #[test]
    fn degree_signs_are_units() {
        let f = figures("Temperatures in the capital reached 45°C on Tuesday.");
        assert_eq!(f, [("45°C".into(), 45.0, Some("celsius".into()))]);
        let f = figures("Overnight lows fell to -18 °C in the north.");
        assert_eq!(f, [("-18 °C".into(), -18.0, Some("celsius".into()))]);
        let f = figures("It was 98 °F in the shade.");
        assert_eq!(f[0].2.as_deref(), Some("fahrenheit"));
    }

    #[test]
    fn symbols_of_units_after_figures() {
        let f = figures("The grid has a size of 2.1 pm.");
        assert_eq!(f, [("2.1 pm".into(), 2.1, Some("picometres".into()))]);
        let f = figures("Workers there are exposed to 20 J/m^2 per year.");
        let unit = "joules per sq metres per year";
        assert_eq!(f, [("20 J/m^2 per year".into(), 20.0, Some(unit.into()))]);
        let f = figures("The turbine gives -1e-3 W/min, no more.");
        let unit = "watts per min";
        assert_eq!(f, [("-1e-3 W/min".into(), -0.001, Some(unit.into()))]);
        // a symbol written like a name that opens a longer name is the name
        let f = figures("The species thrived 66 Ma ago.");
        assert_eq!(f, [("66 Ma".into(), 66.0, Some("million years".into()))]);
        let f = figures("The band played 3 Ma Rainey songs.");
        assert_eq!(f, [("3".into(), 3.0, Some("song".into()))]);
        let f = figures("They installed a 5 MW Siemens turbine.");
        assert_eq!(f, [("5 MW".into(), 5.0, Some("megawatts".into()))]);
    }

    #[test]
    fn a_symbol_inside_a_figure_is_no_name() {
        let lex = crate::lexicon::Lexicon::builtin_for_tests();
        let text = "The minister announced a C$2.5 million grant for Kolvar.";
        let a = crate::article::parse("t.txt", text.to_string()).unwrap();
        let ex = crate::extract::extract_all(std::slice::from_ref(&a), &lex);
        let names: Vec<&str> = ex
            .claims
            .iter()
            .filter(|c| matches!(c.value, super::Value::Name(_)))
            .map(|c| c.text.as_str())
            .collect();
        assert_eq!(names, ["Kolvar"]);
    }

    #[test]
    fn a_margin_is_the_interval_of_its_figure() {
        let q = super::quantities_in("Support stood at 48% ± 3 points in the poll.");
        assert_eq!(q.len(), 1, "the margin is no figure of its own: {q:?}");
        assert_eq!((q[0].0.value, q[0].0.low, q[0].0.high), (48.0, 45.0, 51.0));
        let text = "The rod is 12 +/- 0.5 cm long.";
        let f = figures(text);
        assert_eq!(f, [("12 +/- 0.5 cm".into(), 12.0, Some("cm".into()))]);
        let q = super::quantities_in(text);
        assert_eq!((q[0].0.low, q[0].0.high), (11.5, 12.5));
    }

    #[test]
    fn rates_are_one_unit() {
        let f = figures("Cleaners are paid $15.4/hour in the city.");
        assert_eq!(
            f,
            [("$15.4/hour".into(), 15.4, Some("USD per hour".into()))]
        );
        let f = figures("The firm earned 45 cents per share in the quarter.");
        assert_eq!(f[0].0, "45 cents per share");
        let f = figures("Ferries sail four times per week.");
        assert_eq!(
            f,
            [(
                "four times per week".into(),
                4.0,
                Some("time per week".into())
            )]
        );
        // "per cent" is a percentage, not a rate
        let f = figures("Inflation rose 5 per cent.");
        assert_eq!(f[0].2.as_deref(), Some("percent"));
        // "a" is "per" before a singular noun; a unit of measure by its name
        let f = figures("Growers get $4.70 a kilo. The strike costs €18m a day.");
        assert_eq!(f[0].2.as_deref(), Some("USD per kg"));
        assert_eq!(f[1].2.as_deref(), Some("EUR per day"));
        let f = figures("Growers get $4.10 per kilogram.");
        assert_eq!(f[0].2.as_deref(), Some("USD per kg"));
        // not before a word of time that relates the noun, nor a quantifier
        let f = figures("It rose 4.1 metres a few hours later, and $5 a year ago.");
        assert_eq!(f[0].2.as_deref(), Some("metres"));
        assert_eq!(f[1].2.as_deref(), Some("USD"));
    }

    #[test]
    fn a_final_in_is_the_inch() {
        let f = figures("The crack in the wall is 2 in.");
        assert_eq!(f, [("2 in".into(), 2.0, Some("inches".into()))]);
        // with an object "in" is the preposition
        let f = figures("Only 2 in 5 voters backed the plan.");
        assert!(f.iter().all(|x| x.2.as_deref() != Some("inches")), "{f:?}");
        let f = figures("The blast came at 3 in the morning.");
        assert!(f.iter().all(|x| x.2.as_deref() != Some("inches")), "{f:?}");
    }

    #[test]
    fn areas_and_volumes_are_their_own_units() {
        let unit = |t: &str| {
            figures(t)
                .into_iter()
                .map(|x| (x.0, x.2.unwrap_or_default()))
        };
        let f: Vec<_> = unit("The fire burned 40 square kilometres and 4 km^2 more.").collect();
        assert_eq!(
            f,
            [
                ("40 square kilometres".into(), "sq km".into()),
                ("4 km^2".into(), "sq km".into())
            ]
        );
        let f: Vec<_> = unit("The dam holds 4km^3, or 4 km cubed, of water.").collect();
        assert_eq!(
            f,
            [
                ("4km^3".into(), "cubic km".into()),
                ("4 km cubed".into(), "cubic km".into())
            ]
        );
        // "cubic" is no modifier of a length: a volume is not kilometres
        let f: Vec<_> = unit("Glaciers lost 40 cubic kilometres of ice.").collect();
        assert_eq!(f, [("40 cubic kilometres".into(), "cubic km".into())]);
    }

    #[test]
    fn a_measure_before_is_no_counted_noun() {
        // the 3 is litres, not the gallon of the clause before
        let f = figures("I want a gallon of beer, and 3 to 4 L of wine.");
        assert!(
            f.iter()
                .all(|x| x.2.as_deref() != Some("gallons") || x.0 == "a gallon"),
            "{f:?}"
        );
    }
}
