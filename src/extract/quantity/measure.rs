//! What a share, sum or fraction measures ("net profit", "revenue"): the
//! words of its segment nearest to it; what a count in a unit of measure is
//! of ("tonnes of fuel oil"); and whether a figure is the amount of a change
//! ("rose 2.3%", "fell by $2bn") rather than a level.

use super::{ArticleView, Draft};
use crate::claim::QuantityKind;
use crate::extract::context::is_content;
use crate::lexicon::{class, singular};

/// "rose 2.3%", "fell by $2bn", "grew by 1,200": the amount of a change is
/// no level, so it is qualified as a change and compared only with other
/// changes. Without "by" only shares and sums are read so: "cut 450 jobs"
/// counts jobs.
pub(super) fn change_amount(
    view: &ArticleView,
    hedge_start: usize,
    kind: &QuantityKind,
) -> Option<String> {
    let word = |k: usize| k.checked_sub(1).and_then(|k| view.word(k));
    let verb = |w: Option<&str>| w.is_some_and(|w| view.lex.is_change_verb(w));
    let by = word(hedge_start) == Some("by") && verb(word(hedge_start - 1));
    let sum = matches!(kind, QuantityKind::Percent | QuantityKind::Money(_));
    (by || (sum && verb(word(hedge_start)))).then(|| "change".to_string())
}

/// A qualifier word of a figure's own segment belongs to the figure
/// nearest to it there (at equal distance, the one before it) and to that
/// figure's other end: "peaked at 7.9 metres and fell to 5.2" qualifies
/// the 7.9 alone, "four were seriously hurt and 30 slightly" the four.
///
/// A figure right before "of them" ("15 stations, 11 of them
/// underground") is a part of the count before it, qualified as a part
/// unless a qualifier word says which ("eight of them seriously").
pub(super) fn own_qualifiers(view: &ArticleView, drafts: &mut [Draft]) {
    let doc = view.doc;
    for d in drafts.iter_mut() {
        let end = d.tail();
        let whole = matches!(
            view.word(end + 2),
            Some("them" | "whom" | "which" | "those")
        );
        if view.word(end + 1) == Some("of") && whole {
            d.ctx.qualifier = Some("part".to_string());
        }
    }
    let segment = |d: &Draft| doc.tokens[d.first].segment();
    let mut k = 0;
    while k < drafts.len() {
        // the drafts are in text order, so a segment's figures are adjacent
        let seg = segment(&drafts[k]);
        let group = k..k + drafts[k..].iter().take_while(|d| segment(d) == seg).count();
        for i in doc.segments[seg].tokens.clone() {
            let Some(name) = view.qualifier_at(i) else {
                continue;
            };
            let from = |d: &Draft| gap(i, (d.hedge_start, d.tail()));
            let Some(j) = group.clone().min_by_key(|&j| from(&drafts[j])) else {
                continue;
            };
            let partner = drafts[j].ctx.link.filter(|p| group.contains(p));
            for d in [Some(j), partner].into_iter().flatten() {
                drafts[d].ctx.qualifier = Some(name.to_string());
            }
        }
        k = group.end;
    }
}

/// How many tokens token `i` stands outside the span `a..=b` (0 inside).
fn gap(i: usize, (a, b): (usize, usize)) -> usize {
    a.saturating_sub(i) + i.saturating_sub(b)
}

/// What each share, sum or fraction measures: the content words of its
/// segment that stand nearer to it, or to the other end of its change or
/// range, than to any other share, sum or fraction there, and outside
/// them ("a net profit of $1.84bn on revenue of $9.6bn": profit, then
/// revenue). A figure left with no word takes its segment's.
pub(super) fn measures(view: &ArticleView, drafts: &mut [Draft]) {
    let doc = view.doc;
    let segment: Vec<usize> = drafts
        .iter()
        .map(|d| doc.tokens[d.first].segment())
        .collect();
    // (first token, last token) of each figure with its hedge, noun and
    // "of" phrase; counts measure nothing and take no word from the others
    let spans: Vec<Option<(usize, usize)>> = drafts
        .iter()
        .map(|d| {
            let end = of_phrase_end(view, d.tail());
            (d.q.kind != QuantityKind::Count).then_some((d.hedge_start, end))
        })
        .collect();
    for (k, d) in drafts.iter_mut().enumerate() {
        let Some(mut own) = spans[k] else {
            // a length of time keeps the measure its reader gave it
            if !d.duration {
                d.q.measure = material(view, d);
            }
            continue;
        };
        let partner = d.ctx.link.filter(|&j| segment[j] == segment[k]);
        if let Some(p) = partner.and_then(|j| spans[j]) {
            own = (own.0.min(p.0), own.1.max(p.1));
        }
        // the drafts are in text order, so a segment's figures are adjacent
        let same = |j: &usize| segment[*j] == segment[k];
        let lo = (0..k).rev().take_while(same).last().unwrap_or(k);
        let hi = (k + 1..segment.len()).take_while(same).last().unwrap_or(k);
        let others: Vec<_> = (lo..=hi)
            .filter(|&j| j != k && Some(j) != d.ctx.link)
            .filter_map(|j| spans[j])
            .collect();
        // At equal distance a word goes to the figure after it when "of"
        // binds it there ("revenue of $9.6bn"), else to the one before it
        // ("$5bn in profit and").
        let nearest = |i: usize| {
            let forward = view.word(i + 1) == Some("of");
            others.iter().all(|&o| {
                let (mine, theirs) = (gap(i, own), gap(i, o));
                let before = own.0 < o.0;
                theirs > 0 && (mine < theirs || (mine == theirs && before != forward))
            })
        };
        let population = d.q.population.as_deref();
        d.q.measure = measure_words(view, d.first, d.last, population, nearest);
        // With no word of its own ("fell from 94% in 2019 to 81% last
        // year"), a figure measures what its segment does.
        if d.q.measure.is_empty() {
            d.q.measure = measure_words(view, d.first, d.last, population, |_| true);
        }
    }
}

/// What a count in a unit of measure is of: the content words of the "of"
/// phrase after it ("2,400 tonnes of fertiliser", "30 tonnes of fuel
/// oil"), or of the noun phrase that the figure glued to its unit
/// modifies ("a 400-metre concrete bridge", "two 360-megawatt units"),
/// else none. Counted nouns ("40 people of the region") and ages ("the
/// 66-year-old minister" is the minister's) measure nothing.
fn material(view: &ArticleView, d: &Draft) -> Vec<String> {
    let unit = d.q.unit.as_deref().and_then(|u| view.lex.unit_named(u));
    let measured = |dim: &str| dim != "age";
    if !unit.is_some_and(|u| u.compare && u.dimension.as_deref().is_some_and(measured)) {
        return Vec::new();
    }
    // the noun phrase only: "the", then content words up to a function
    // word or a verb ("30 tonnes of fuel oil had leaked", "of grain sank")
    let phrase = |from: usize, to: usize| {
        (from..(to + 1).min(view.doc.tokens.len()))
            .skip_while(|&i| view.word(i) == Some("the"))
            .take_while(|&i| {
                let t = &view.doc.tokens[i];
                is_content(view, i) && !t.is(class::PAST) && !view.doc.lower(t).ends_with("ed")
            })
            .collect::<Vec<_>>()
    };
    let mut words = match d.noun_end {
        Some(noun) => phrase(noun + 2, of_phrase_end(view, noun)),
        None => Vec::new(),
    };
    // the unit inside the figure's own word, as the number parser read it:
    // "400-metre"
    let end = d.tail();
    if words.is_empty() && d.num.glued_unit.is_some() && view.word(end + 1) != Some("of") {
        words = phrase(end + 1, end + 3);
    }
    let mut out: Vec<String> = Vec::new();
    for i in words {
        let s = stem(view.doc.lower_at(i));
        if !out.contains(&s) {
            out.push(s);
        }
    }
    out
}

/// The last token of an "of" phrase right after token `end`, which
/// belongs to the figure before it ("12 percent of the country's
/// economy"), else `end`: up to five words, not past "and", "or" or a
/// clause opener.
fn of_phrase_end(view: &ArticleView, end: usize) -> usize {
    if view.word(end + 1) != Some("of") {
        return end;
    }
    (end + 2..end + 7)
        .take_while(|&k| {
            view.same_sentence(end, k)
                && view
                    .word(k)
                    .is_some_and(|w| !matches!(w, "and" | "or" | "but"))
                && !view.word_is(k, class::CLAUSE_OPENER)
        })
        .last()
        .unwrap_or(end + 1)
}

/// Content words of the figure's segment that `keep` keeps: what a share
/// or amount measures.
fn measure_words(
    view: &ArticleView,
    first: usize,
    last: usize,
    population: Option<&str>,
    keep: impl Fn(usize) -> bool,
) -> Vec<String> {
    let doc = view.doc;
    let seg = doc.segment_of(first);
    let mut out: Vec<String> = Vec::new();
    for i in seg.tokens.clone() {
        if (first..=last).contains(&i) || !is_content(view, i) || !keep(i) {
            continue;
        }
        let w = &doc.lower_at(i);
        if view.lex.is_role(w)
            || doc.tokens[i].is(class::HEDGE)
            || w.chars().any(|c| c.is_ascii_digit())
        {
            continue;
        }
        let s = stem(w);
        if Some(&*singular(w)) == population || view.time_over(&doc.tokens[i].span).is_some() {
            continue;
        }
        if !out.contains(&s) {
            out.push(s);
        }
    }
    out
}

/// A crude stem so that word forms meet ("fined"/"fine", "closing"/"close").
pub(super) fn stem(w: &str) -> String {
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

#[cfg(test)]
mod tests {
    /// (figure as written, measure words, qualifier) of each figure.
    fn read(text: &str) -> Vec<(String, Vec<String>, Option<String>)> {
        crate::extract::quantity::quantities_in(text)
            .into_iter()
            .map(|(q, c)| {
                (
                    text[q.figure.clone()].to_string(),
                    q.measure,
                    c.ctx.qualifier,
                )
            })
            .collect()
    }

    fn measure_of(text: &str, figure: &str) -> Vec<String> {
        let all = read(text);
        let found = all.iter().find(|(f, _, _)| f == figure);
        found
            .unwrap_or_else(|| panic!("{figure} in {all:?}"))
            .1
            .clone()
    }

    #[test]
    fn two_sums_in_one_segment_measure_the_words_nearest_each() {
        let text = "It made a net profit of $1.84bn on revenue of $9.6bn.";
        assert_eq!(measure_of(text, "$1.84bn"), ["mad", "net", "profit"]);
        assert_eq!(measure_of(text, "$9.6bn"), ["revenu"]);
        let text = "It earned $5bn in profit and $20bn in revenue.";
        assert_eq!(measure_of(text, "$5bn"), ["earn", "profit"]);
        assert_eq!(measure_of(text, "$20bn"), ["revenu"]);
        // an "of" phrase belongs to the figure before it
        let text = "Its copper accounts for 12 percent of the economy and half of its exports.";
        assert_eq!(measure_of(text, "12 percent"), ["copper", "account"]);
        // "economy" is not the half's: with no word left, it measures its segment
        assert!(measure_of(text, "half").contains(&"account".to_string()));
        // with no word of its own, a figure measures its segment
        let text = "Coverage fell from 94 percent in 2019 to 81 percent last year.";
        assert_eq!(
            measure_of(text, "81 percent"),
            measure_of(text, "94 percent")
        );
    }

    #[test]
    fn a_figure_glued_to_its_unit_measures_the_noun_it_modifies() {
        let text =
            "The 400-metre concrete bridge lost a 60-metre section. Two 360-megawatt units closed.";
        assert_eq!(measure_of(text, "400-metre"), ["concret", "bridg"]);
        assert_eq!(measure_of(text, "60-metre"), ["section"]);
        assert_eq!(measure_of(text, "360-megawatt"), ["unit"]);
        // written apart from its unit, a figure says nothing of the noun after
        let text = "The 1,470 kg lander touched down.";
        assert!(measure_of(text, "1,470 kg").is_empty());
        // nor at the end of the text, nor as an age
        assert!(measure_of("The span is 400-metre", "400-metre").is_empty());
        let text = "The 66-year-old minister resigned.";
        assert!(measure_of(text, "66-year-old").is_empty());
    }

    fn qualifier(text: &str, figure: &str) -> Option<String> {
        let all = read(text);
        let q = all.iter().find(|(f, _, _)| f == figure);
        q.unwrap_or_else(|| panic!("{figure} in {all:?}")).2.clone()
    }

    #[test]
    fn a_qualifier_word_goes_to_the_nearest_figure_of_its_segment() {
        let text = "The river peaked at 7.9 metres on Monday and fell to 5.2 metres.";
        assert_eq!(qualifier(text, "7.9 metres").as_deref(), Some("peak"));
        assert_eq!(qualifier(text, "5.2 metres"), None);
        let text = "Four people were seriously injured and 30 were hurt.";
        assert_eq!(qualifier(text, "Four").as_deref(), Some("serious"));
        assert_eq!(qualifier(text, "30"), None);
        // the part of a count, in a segment of its own
        let text = "The crash injured 58 people, eight of them seriously.";
        assert_eq!(qualifier(text, "eight").as_deref(), Some("serious"));
        assert_eq!(qualifier(text, "58"), None);
        // a part of the count before, with no word to say which
        let text = "The line has 15 stations, 11 of them underground.";
        assert_eq!(qualifier(text, "11").as_deref(), Some("part"));
        assert_eq!(qualifier(text, "15"), None);
        // a short lead-in qualifies the figures after it
        let text = "At its height, the strike involved 1,100 workers and 40 shops.";
        assert_eq!(qualifier(text, "40").as_deref(), Some("peak"));
    }

    #[test]
    fn the_amount_of_a_change_is_qualified_as_one() {
        for (text, figure) in [
            ("Shares rose 4.3% in early trading.", "4.3%"),
            ("Reserves fell by $2bn to $40bn.", "$2bn"),
            ("The population grew by 1,200 last year.", "1,200"),
        ] {
            assert_eq!(qualifier(text, figure).as_deref(), Some("change"), "{text}");
        }
        for (text, figure) in [
            ("Reserves fell by $2bn to $40bn.", "$40bn"),
            ("The firm will cut 450 jobs.", "450"),
            ("Inflation rose to 3.1% in May.", "3.1%"),
        ] {
            assert_eq!(qualifier(text, figure), None, "{text}");
        }
    }
}
