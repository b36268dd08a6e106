//! Context readers: whose figure or date it is (possessive, demonym,
//! sentence subject, the person before a term), where it applies (scope
//! phrases, "the region" resolved to a named place), when it holds (a date
//! in its clause, else the article's now), and the words that make it a
//! plan or a qualified measure. Shared by `quantity` and `dates`.

use std::ops::Range;

use compact_str::CompactString;

use crate::extract::name::NameMention;
use crate::extract::number::{TENS, UNITS};
use crate::extract::time::{Day, TimeExpr, TimeKind};
use crate::lexicon::class;
use crate::lexicon::{singular, Lexicon};
use crate::segment::{Doc, TokKind};

/// [`ArticleView::time_over`] without a search per question: the first
/// date that does not end before the range asked about moves on from the
/// last answer, either way (dates come in text order and do not overlap,
/// so their ends are in order too).
pub struct TimeCursor<'a> {
    times: &'a [TimeExpr],
    /// The first date that does not end before the last range asked about.
    at: usize,
}

impl<'a> TimeCursor<'a> {
    /// The time expression overlapping `r`, if any.
    #[inline]
    pub fn over(&mut self, r: &Range<usize>) -> Option<&'a TimeExpr> {
        let t = self.times;
        while t.get(self.at).is_some_and(|u| u.span.end <= r.start) {
            self.at += 1;
        }
        while self.at > 0 && t[self.at - 1].span.end > r.start {
            self.at -= 1;
        }
        debug_assert_eq!(self.at, t.partition_point(|u| u.span.end <= r.start));
        t.get(self.at)
            .filter(|u| u.span.start < r.end.max(r.start + 1))
    }
}

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
    pub fn word(&self, i: usize) -> Option<&str> {
        self.doc
            .tokens
            .get(i)
            .filter(|t| t.is_word())
            .map(|t| self.doc.lower(t))
    }
    /// Whether token `i` is a word in a lexicon list of class `bit`.
    pub fn word_is(&self, i: usize, bit: u32) -> bool {
        self.doc.tokens.get(i).is_some_and(|t| t.word_is(bit))
    }
    /// The unit that the verb at token `i` counts ("killed": people), if
    /// it is one (told by its class bits first; only such words are read).
    #[inline]
    pub fn unit_verb(&self, i: usize) -> Option<usize> {
        self.word_is(i, class::UNIT_VERB)
            .then(|| self.word(i).and_then(|w| self.lex.unit_of_verb(w)))
            .flatten()
    }
    /// What the qualifier word at token `i` says of a figure ("height":
    /// peak), if it is one (told by its class bits, as in `unit_verb`).
    pub fn qualifier_at(&self, i: usize) -> Option<&str> {
        self.word_is(i, class::QUALIFIER)
            .then(|| self.word(i).and_then(|w| self.lex.qualifier(w)))
            .flatten()
    }
    /// The words of tokens `range`, joined by single spaces, into `buf`
    /// (cleared first): the form the lexicon's phrases are looked up in,
    /// built without a list. False when one of the tokens is no word.
    pub fn phrase_into(&self, range: impl IntoIterator<Item = usize>, buf: &mut String) -> bool {
        buf.clear();
        // (Room for a few words at once, not grown word by word.)
        buf.reserve(64);
        for k in range {
            let Some(w) = self.word(k) else {
                return false;
            };
            if !buf.is_empty() {
                buf.push(' ');
            }
            buf.push_str(w);
        }
        true
    }
    pub fn same_sentence(&self, a: usize, b: usize) -> bool {
        match (self.doc.tokens.get(a), self.doc.tokens.get(b)) {
            (Some(x), Some(y)) => x.sentence() == y.sentence(),
            _ => false,
        }
    }
    /// A name mention starting at token i (names are in text order).
    pub fn name_at(&self, i: usize) -> Option<&NameMention> {
        let k = self.names.partition_point(|m| m.tokens.start < i);
        self.names.get(k).filter(|m| m.tokens.start == i)
    }
    /// A name mention covering token i.
    pub fn name_covering(&self, i: usize) -> Option<&NameMention> {
        let k = self.names.partition_point(|m| m.tokens.start <= i);
        k.checked_sub(1)
            .map(|k| &self.names[k])
            .filter(|m| m.tokens.contains(&i))
    }
    /// The name mentions of sentence `si`.
    pub fn names_in(&self, si: usize) -> &[NameMention] {
        let a = self.names.partition_point(|m| m.sentence < si);
        let b = self.names.partition_point(|m| m.sentence <= si);
        &self.names[a..b]
    }
    /// The time expression overlapping a byte range, if any (times are in
    /// text order and do not overlap).
    pub fn time_over(&self, r: &Range<usize>) -> Option<&TimeExpr> {
        self.time_cursor(r.start).over(r)
    }
    /// [`ArticleView::time_over`] for ranges asked about in text order or
    /// against it, placed first at byte `at` by one search.
    pub fn time_cursor(&self, at: usize) -> TimeCursor<'_> {
        TimeCursor {
            times: self.times,
            at: self.times.partition_point(|t| t.span.end <= at),
        }
    }
    /// The time expressions lying inside a byte range.
    pub fn times_in(&self, r: &Range<usize>) -> &[TimeExpr] {
        let a = self.times.partition_point(|t| t.span.start < r.start);
        let b = self.times.partition_point(|t| t.span.start < r.end);
        &self.times[a..b.max(a)]
    }
    pub fn entity_name(m: &NameMention) -> String {
        m.place.clone().unwrap_or_else(|| m.text.clone())
    }
    pub fn is_calendar(t: &TimeExpr) -> bool {
        t.kind == TimeKind::Calendar && t.start.is_some()
    }
}

/// "Norway’s 5,100 troops", "its troop numbers" (its -> the sentence subject).
pub fn possessive_before(view: &ArticleView, start: usize) -> Vec<String> {
    if start == 0 {
        return Vec::new();
    }
    let t = &view.doc.tokens[start - 1];
    if !view.same_sentence(start - 1, start) {
        return Vec::new();
    }
    if t.possessive() {
        if let Some(m) = view.name_covering(start - 1) {
            return vec![ArticleView::entity_name(m)];
        }
    }
    Vec::new()
}

/// "A Norwegian contingent of 2,400 troops": a demonym a few words before.
pub fn demonym_before(view: &ArticleView, start: usize) -> Vec<String> {
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
        let w = view.doc.lower_at(i);
        if !(matches!(w, "a" | "an" | "the" | "of") || is_content(view, i)) {
            break;
        }
    }
    Vec::new()
}

/// The first place or organisation of the sentence before the figure that
/// is not the object of a preposition, outside parentheticals.
pub fn sentence_subject(view: &ArticleView, start: usize) -> Vec<String> {
    let doc = view.doc;
    let sent = doc.sentence_of(start);
    // Tokens between the entity and the figure, parentheticals not counted.
    let gap = |from: usize| {
        (from..start)
            .filter(|&k| !doc.segment_of(k).paren && doc.tokens[k].is_word())
            .count()
    };
    let boundary = |from: usize| {
        (from..start).any(|k| {
            let w = doc.lower_at(k);
            // "X said that it would give": the pronoun carries X across.
            let carried = w == "that"
                && matches!(
                    view.word(k + 1),
                    Some("it" | "they" | "he" | "she" | "its" | "their")
                );
            !doc.segment_of(k).paren && !carried && doc.tokens[k].is(class::CLAUSE_OPENER)
        })
    };

    let mut found = None;
    for m in view
        .names_in(doc.tokens[start].sentence())
        .iter()
        .filter(|m| m.tokens.end <= start)
    {
        let seg = doc.segment_of(m.tokens.start);
        if seg.paren || m.entity == crate::claim::EntityKind::Person {
            continue;
        }
        let prev = m
            .tokens
            .start
            .checked_sub(1)
            .filter(|&p| p >= sent.tokens.start);
        const OTHER_PREPOSITIONS: [&str; 10] = [
            "of", "to", "from", "by", "with", "against", "for", "on", "at", "near",
        ];
        let after_prep = prev.is_some_and(|p| {
            view.word_is(p, class::SCOPE_PREPOSITION)
                || view
                    .word(p)
                    .is_some_and(|w| OTHER_PREPOSITIONS.contains(&w))
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
        .take_while(|&k| !doc.tokens[k].is(class::CLAUSE_OPENER))
        .find(|&k| {
            let t = &doc.tokens[k];
            let det = |j: Option<usize>| {
                j.and_then(|j| view.word(j))
                    .is_some_and(|w| matches!(w, "the" | "its" | "a" | "an"))
            };
            // (The word's class bit, from its one lookup at segmentation.)
            debug_assert_eq!(
                t.is(class::ORG_CLASS),
                view.lex.org_class(doc.lower(t)).is_some(),
                "the organisation class of {:?}",
                doc.lower(t)
            );
            t.is_word()
                && !t.cap
                && t.is(class::ORG_CLASS)
                && (det(k.checked_sub(1)) || det(k.checked_sub(2)))
        })
        .map(|k| vec![doc.lower_at(k).to_string()])
        .unwrap_or_default()
}

/// The nearest name of a person (or an unplaced name) before a figure in
/// its sentence, within twelve words.
pub fn person_before(view: &ArticleView, first: usize) -> Option<String> {
    let si = view.doc.tokens[first].sentence();
    view.names_in(si)
        .iter()
        .rev()
        .filter(|m| m.tokens.end <= first && first - m.tokens.end <= 14)
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
pub fn previous_sentence_subject(view: &ArticleView, start: usize) -> Vec<String> {
    let doc = view.doc;
    let si = doc.tokens[start].sentence();
    if si == 0 || doc.sentences[si - 1].paragraph != doc.sentences[si].paragraph {
        return Vec::new();
    }
    let prev = &doc.sentences[si - 1];
    if prev.tokens.is_empty() {
        return Vec::new();
    }
    sentence_subject(view, prev.tokens.end - 1)
}

/// A demonym or name right before a noun ("Norwegian forces" -> Norway).
pub fn modifier_subject(view: &ArticleView, noun: usize) -> Vec<String> {
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

/// Where a figure applies: a scope preposition and a place after its noun
/// ("4,000 soldiers in West Africa", "troops based in Chad"), or a short
/// lead-in segment ("In Kessel province, 1,200 homes ...").
pub fn scope_of(view: &ArticleView, first: usize, end: usize) -> Vec<String> {
    let doc = view.doc;
    // After the figure's noun, within its segment: the first scope phrase,
    // passing over auxiliaries, participles and other phrases, stopping
    // where another clause or action begins (an -ing form, "to", "that").
    let seg = doc.tokens[end].segment();
    let mut words = 0;
    for i in end + 1..doc.tokens.len() {
        if doc.tokens[i].segment() != seg || words >= 10 {
            break;
        }
        let Some(w) = view.word(i) else { continue };
        if let Some(s) = scope_phrase(view, i) {
            return vec![s];
        }
        let clause = (w.len() > 4 && w.ends_with("ing"))
            || view.word_is(i, class::CLAUSE_OPENER)
            || matches!(
                w,
                "to" | "which" | "who" | "and" | "or" | "than" | "with" | "for" | "from" | "of"
            );
        if clause {
            break;
        }
        words += 1;
    }
    // "the region had registered 1,684 cases": a definite generic place
    // before the figure, as its clause's subject, is the place last named
    // with that word.
    for k in doc
        .segment_of(first)
        .tokens
        .clone()
        .take_while(|&k| k < first)
    {
        // (The word's bytes are compared: no str is cut at every token.)
        if k > 0 && doc.tokens[k].is_word() && doc.lower_bytes(&doc.tokens[k]) == b"the" {
            if view.word_is(k - 1, class::STOPWORD)
                && !matches!(view.word(k - 1), Some("as" | "and" | "but"))
            {
                continue;
            }
            if let Some(s) = definite_place(view, k + 1) {
                return vec![s];
            }
        }
    }
    // Lead-in segments of the sentence, and the figure's own segment before it.
    let sent_idx = doc.tokens[first].sentence();
    let own_seg = doc.tokens[first].segment();
    for gi in doc.sentence_segments(sent_idx) {
        let seg = &doc.segments[gi];
        if gi > own_seg {
            continue;
        }
        let short = seg.tokens.len() <= 5 && gi < own_seg && !seg.paren;
        if !(short || gi == own_seg) {
            continue;
        }
        // In the figure's own segment, a place before a verb of saying is
        // the speaker's ("officials in the valley said that 400 homes
        // ..."), not the figure's.
        let mut found = None;
        for k in seg.tokens.clone() {
            if gi == own_seg && k >= first {
                break;
            }
            if gi == own_seg && view.word(k).is_some_and(is_saying) {
                found = None;
            } else if found.is_none() {
                found = scope_phrase(view, k);
            }
        }
        if let Some(s) = found {
            return vec![s];
        }
    }
    Vec::new()
}

/// "in West Africa", "across the country", "nationwide", "nationally" at
/// token i.
pub fn scope_phrase(view: &ArticleView, i: usize) -> Option<String> {
    let lex = view.lex;
    // (Asked at most words of a figure's sentence: told by the token's
    // bytes and class, before its word is cut from the text.)
    let t = view.doc.tokens.get(i).filter(|t| t.is_word())?;
    if matches!(
        view.doc.lower_bytes(t),
        b"nationwide" | b"countrywide" | b"nationally"
    ) {
        return Some("nationwide".into());
    }
    if !t.is(class::SCOPE_PREPOSITION) {
        return None;
    }
    let w = view.doc.lower(t);
    let mut k = i + 1;
    if matches!(view.word(k), Some("the")) {
        k += 1;
    }
    // "in the southern Jalal-Abad region": adjectives before the name.
    for skip in 0..2 {
        let adjective = view.doc.tokens.get(k + skip).is_some_and(|t| {
            t.is_word()
                && !t.cap
                && !t.is(class::STOPWORD)
                && !lex.is_generic_place(view.doc.lower(t))
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
pub fn definite_place(view: &ArticleView, k: usize) -> Option<String> {
    let generic = view.word(k).filter(|g| view.lex.is_generic_place(g))?;
    // The names before `k` (names are in order): a search, not a walk from
    // the article's last name.
    debug_assert!(view
        .names
        .windows(2)
        .all(|w| w[0].tokens.end <= w[1].tokens.end));
    let before_k = view.names.partition_point(|m| m.tokens.end <= k);
    view.names[..before_k]
        .iter()
        .rev()
        .filter(|m| m.entity != crate::claim::EntityKind::Person)
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

/// When a figure holds: a date in its clause (before it, or up to eight
/// words after it), a short lead-in date ("By February, ..."), else the
/// article's now; moved back by a length of time written after the figure
/// with "earlier" or "before" ("1,640 a year earlier").
pub fn time_of(
    view: &ArticleView,
    start: usize,
    end: usize,
) -> (Option<(Day, Day)>, Option<CompactString>) {
    let doc = view.doc;
    let seg_idx = doc.tokens[start].segment();
    let seg = &doc.segments[seg_idx];
    let seg_range =
        doc.tokens[seg.tokens.start].span.start..doc.tokens[seg.tokens.end - 1].span.end;
    let pos = doc.tokens[start].span.start;
    let after_limit = doc
        .tokens
        .get(end + 8)
        .map(|t| t.span.end)
        .unwrap_or(usize::MAX);
    let end_byte = doc.tokens[end].span.end;
    let mut best: Option<&TimeExpr> = None;
    for t in view
        .times_in(&seg_range)
        .iter()
        .filter(|t| ArticleView::is_calendar(t) && !possessive(view.scan, t))
    {
        let inside = seg_range.start <= t.span.start && t.span.end <= seg_range.end;
        if !inside {
            continue;
        }
        let k = doc.token_at(t.span.start);
        if reported_on(view, k) {
            continue;
        }
        let w1 = k.checked_sub(1).and_then(|p| view.word(p));
        let w2 = k.checked_sub(2).and_then(|p| view.word(p));
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
        let sent_idx = doc.tokens[start].sentence();
        for gi in doc.sentence_segments(sent_idx) {
            let g = &doc.segments[gi];
            if gi >= seg_idx || g.tokens.len() > 5 {
                continue;
            }
            let r = doc.tokens[g.tokens.start].span.start..doc.tokens[g.tokens.end - 1].span.end;
            if let Some(t) = view
                .times_in(&r)
                .iter()
                .find(|t| ArticleView::is_calendar(t) && t.span.end <= r.end)
            {
                best = Some(t);
            }
        }
    }
    let (time, text) = match best {
        Some(t) => (
            Some(resolved(t)),
            Some(CompactString::new(&view.scan[t.span.clone()])),
        ),
        None => (
            view.reference
                .map(|r| (r - view.lex.current_window_days as Day, r)),
            None,
        ),
    };
    // "down from 1,640 a year earlier": the figure holds that long before
    // the time it would otherwise have.
    let earlier = view
        .times_in(&(end_byte..after_limit))
        .iter()
        .find_map(|t| {
            let next = doc.token_at(t.span.end);
            let back = matches!(view.word(next), Some("earlier" | "before"));
            let close = doc.token_at(t.span.start) <= end + 2;
            let days = t
                .length_days
                .filter(|_| t.kind == TimeKind::Duration && back && close)?;
            Some((days, t.span.start..doc.tokens[next].span.end))
        });
    match (earlier, time) {
        (Some((days, span)), Some((a, b))) => {
            let days = days.round() as Day;
            (
                Some((a - days, b - days)),
                Some(CompactString::new(&view.scan[span])),
            )
        }
        _ => (time, text),
    }
}

/// Whether the date at token `k` follows a verb of saying ("said on
/// Wednesday", "told reporters on Friday"): the date of the report, not of
/// what it reports. In the passive the subject is what was said ("the deal
/// was announced last week").
pub fn reported_on(view: &ArticleView, k: usize) -> bool {
    (1..=2).any(|back| {
        let verb = k
            .checked_sub(back)
            .filter(|&v| view.word(v).is_some_and(is_saying));
        let passive = |v: usize| {
            v.checked_sub(1)
                .and_then(|p| view.word(p))
                .is_some_and(|w| matches!(w, "was" | "were" | "been" | "is" | "are"))
        };
        verb.is_some_and(|v| !passive(v))
    })
}

/// A verb of saying: what follows it is what was said.
fn is_saying(w: &str) -> bool {
    matches!(
        w,
        "said" | "says" | "told" | "announced" | "reported" | "added" | "stated"
    )
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
/// a short lead-in segment before the figure's. A qualifier word in the
/// figure's own segment goes to the nearest figure there (see
/// `quantity::measure::own_qualifiers`).
pub fn qualifier(view: &ArticleView, first: usize) -> Option<String> {
    let doc = view.doc;
    let si = doc.tokens[first].sentence();
    let own = doc.tokens[first].segment();
    doc.sentence_segments(si)
        .filter(|&gi| gi < own && doc.segments[gi].tokens.len() <= 5)
        .flat_map(|gi| doc.segments[gi].tokens.clone())
        .find_map(|i| view.qualifier_at(i))
        .map(str::to_string)
}

/// A plan, goal or forecast: a target word earlier in the sentence with no
/// figure in between, or a future word right after the figure's noun. A
/// target word right after a number other than a year is what that number
/// counts ("27 goals in 41 appearances"), so a figure stands in between.
pub fn is_target(view: &ArticleView, start: usize, end: usize) -> bool {
    let doc = view.doc;
    let sent = doc.sentence_of(start);
    for i in (sent.tokens.start..start).rev() {
        let t = &doc.tokens[i];
        if t.kind == TokKind::Digits {
            break;
        }
        if t.word_is(class::TARGET) {
            let counted = i > sent.tokens.start && counts_nouns(view, i - 1);
            return !counted;
        }
    }
    for i in end + 1..(end + 3).min(sent.tokens.end) {
        if let Some(w) = view.word(i) {
            if view.word_is(i, class::FUTURE) {
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

/// Whether token `i` is a number that counts the noun after it: figures
/// other than a year ("2030 target"), and number words.
fn counts_nouns(view: &ArticleView, i: usize) -> bool {
    let t = &view.doc.tokens[i];
    match t.kind {
        TokKind::Digits => !is_year_figure(view.doc.lower(t)),
        TokKind::Word => {
            let w = view.doc.lower(t);
            UNITS.contains(&w) || TENS.contains(&w)
        }
        TokKind::Punct(_) => false,
    }
}

/// Four digits from 1800 to 2199: a year, not a count.
fn is_year_figure(w: &str) -> bool {
    w.len() == 4 && w.parse::<u16>().is_ok_and(|y| (1800..2200).contains(&y))
}

/// A content word: no stopword, and in lower case unless it opens its
/// sentence as an ordinary word ("Retail prices rose": not a name, a
/// title or a possessive).
pub fn is_content(view: &ArticleView, i: usize) -> bool {
    let t = &view.doc.tokens[i];
    let opens = || {
        view.doc.sentences[t.sentence()].tokens.start == i
            && !t.possessive()
            && !t.is(class::TITLE_WORD | class::ORG_WORD)
            && view.name_covering(i).is_none()
    };
    t.is_word() && !t.is(class::STOPWORD) && (!t.cap || opens())
}

#[cfg(test)]
mod tests {
    use crate::claim::Context;
    use crate::extract::quantity::quantities_in;

    /// The context read for the figure claim written `claim` in `text`.
    fn context(text: &str, claim: &str) -> Context {
        let all = quantities_in(text);
        let found = all.iter().find(|(_, c)| c.text == claim);
        found
            .unwrap_or_else(|| panic!("{claim} in {all:?}"))
            .1
            .ctx
            .clone()
    }

    /// Whether the claim written `claim` in `text` is read as a plan.
    fn target(text: &str, claim: &str) -> bool {
        context(text, claim).target
    }

    /// The scope read for the claim written `claim` in `text`.
    fn scope(text: &str, claim: &str) -> Vec<String> {
        context(text, claim).scope
    }

    #[test]
    fn a_figures_scope_is_a_place_after_it_or_a_word_for_the_whole_country() {
        let text =
            "Floods destroyed 1,200 homes in West Africa. Some 400 schools closed nationwide. \
                    Police made 90 arrests countrywide. Prices rose 3% nationally. \
                    Workers built 70 wells for the villages. \
                    The 60 soldiers guarding Ghana fled.";
        assert_eq!(scope(text, "1,200 homes"), ["West Africa"]);
        assert_eq!(scope(text, "Some 400 schools"), ["nationwide"]);
        assert_eq!(scope(text, "90 arrests"), ["nationwide"]);
        assert_eq!(scope(text, "3%"), ["nationwide"]);
        assert!(scope(text, "70 wells").is_empty());
        // (A place after a word that is no scope preposition is not the
        // figure's.)
        assert!(scope(text, "60 soldiers").is_empty());
    }

    #[test]
    fn a_target_word_counted_by_a_figure_makes_no_plan() {
        let text = "He scored 27 goals in 41 appearances. The plan is to hire 300 staff. Its 2030 target of 45% stands. They set three goals for 12 months.";
        assert!(!target(text, "41 appearances"));
        assert!(target(text, "300 staff"));
        assert!(target(text, "45%"));
        assert!(!target(text, "12 months"));
    }

    #[test]
    fn a_figure_a_deal_needs_is_a_threshold_not_an_outcome() {
        let text = "The takeover needs the backing of 75% of shareholders. The law requires a turnout of 25%. Holders of 81% of shares backed it.";
        assert!(target(text, "75%"));
        assert!(target(text, "25%"));
        assert!(!target(text, "81%"));
    }
}
