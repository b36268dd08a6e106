//! What a figure counts: the counted noun written after it ("50 cars",
//! "100 Danish soldiers"), a unit of measure with its power ("17 km", "5
//! km^2") or its sign ("45°C"), a rate ("$15.4/hour", "20 J/m^2 per
//! year"), the verb that says what is counted ("40 people were killed"),
//! and the noun a figure without one refers back to.

use super::ArticleView;
use crate::extract::number::{TENS, UNITS};
use crate::lexicon::class;
use crate::lexicon::singular;
use crate::segment::TokKind;

/// The noun a figure counts, right after it: skipping demonyms and names
/// used as modifiers ("100 Danish soldiers", "15,000 UN blue helmets").
/// Returns (last token of the noun, lexicon unit, raw unit, modifiers).
pub(super) type NounAfter = (usize, Option<usize>, Option<String>, Vec<String>);

pub(super) fn noun_after(view: &ArticleView, last: usize) -> Option<NounAfter> {
    let doc = view.doc;
    let lex = view.lex;
    let mut mods = Vec::new();
    let mut i = last + 1;
    let mut skipped = 0;
    // (Room is made when a phrase is joined in it: most figures' nouns
    // open no phrase of the lexicon, and need none.)
    let mut phrase = String::new();
    while i < doc.tokens.len() && view.same_sentence(last, i) && skipped < 3 {
        let t = &doc.tokens[i];
        let lower = doc.lower(t);
        // A figure glued to its unit right after the figure describes the
        // noun after it: "2.35 million 60-kilogram bags" counts bags.
        if i == last + 1 && t.kind == TokKind::Digits && glued_to_unit(lower) {
            i += 1;
            skipped += 1;
            continue;
        }
        if !t.is_word() {
            // "27-minute" style hyphen joins are inside tokens; other
            // punctuation ends the noun phrase, unless it is a unit sign.
            return sign_unit(view, i).map(|(k, u)| (k, Some(u), None, mods));
        }
        // "in" straight after a figure with nothing after it in the
        // sentence has no object, so it is no preposition but the inch
        // ("the pencil is 2 in."); "2 in 5", "3 in the morning" go on.
        if lower == "in" && i == last + 1 && sentence_ends_after(view, i) {
            return lex.unit_of_noun("inch").map(|u| (i, Some(u), None, mods));
        }
        // A unit written with a slash ("km/h"), the three tokens glued.
        if let Some((k, u)) = slash_unit(view, i) {
            return Some((k, Some(u), None, mods));
        }
        // Longer nouns first ("miles per hour", "blue helmets", "death toll").
        if let Some((k, u)) = unit_phrase_at(view, i, &[2, 1], &mut phrase) {
            return Some((k, Some(u), None, mods));
        }
        // A symbol written like a name ("Ma", not "MW") that opens a longer
        // name is part of it: "3 Ma Rainey songs" counts songs, "66 Ma ago"
        // is millions of years, "a 5 MW Siemens turbine" is megawatts.
        let titled = || {
            view.scan[t.span.clone()]
                .chars()
                .skip(1)
                .all(char::is_lowercase)
        };
        let opens_name = t.cap
            && titled()
            && t.span.len() > 1
            && view.name_covering(i).is_some_and(|m| m.tokens.end > i + 1);
        if let Some(u) = lex.unit_of_noun(lower).filter(|_| !opens_name) {
            return Some(match power_after(view, i) {
                Some((k, u2)) => (k, Some(u2), None, mods),
                None => (i, Some(u), None, mods),
            });
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
        // A participle before a noun of the lexicon describes it: "83
        // confirmed infections", "300 striking workers" count cases and
        // workers (a verb of saying among them). Before any other word it
        // is a verb: "12 injured in the blast" has its noun already, "5
        // reported" none.
        let participle = is_participle(lower);
        if participle
            && i == last + 1
            && unit_phrase_at(view, i + 1, &[2, 1, 0], &mut phrase).is_some()
        {
            i += 1;
            skipped += 1;
            continue;
        }
        // A verb of saying that is also a plural noun ("states", "reports",
        // "claims", "points") is the noun straight after a figure.
        let plural_noun = i == last + 1 && looks_plural(lower);
        if t.is(class::STOPWORD | class::SCOPE_PREPOSITION) && !plural_noun {
            return None;
        }
        if participle || lower.ends_with("ly") {
            return None;
        }
        // A number word starts another figure ("20 three years ago").
        if UNITS.contains(&lower) || TENS.contains(&lower) {
            return None;
        }
        // A raw noun: prefer a plural-looking second word ("oil companies").
        let next_plural = view
            .word(i + 1)
            .filter(|w| {
                !view.word_is(i + 1, class::STOPWORD) && looks_plural(w) && !w.ends_with("ed")
            })
            .is_some()
            && doc.tokens.get(i + 1).is_some_and(|t| !t.cap);
        if next_plural && lex.unit_of_noun(lower).is_none() {
            // A compound noun keeps its modifier: "health centres" and
            // "accommodation centres" count different things.
            let w = doc.lower_at(i + 1);
            let raw = format!("{} {}", lower, singular(w));
            return Some((
                i + 1,
                lex.unit_of_noun(&raw).or(lex.unit_of_noun(w)),
                Some(raw),
                mods,
            ));
        }
        return Some((i, None, Some(singular(lower).into_owned()), mods));
    }
    None
}

/// A word that reads as a participle ("confirmed", "striking"): before a
/// noun of the lexicon it describes it (see [`noun_after`]).
pub(super) fn is_participle(w: &str) -> bool {
    w.ends_with("ed") || w.ends_with("ing")
}

/// A noun of the lexicon's units written from token `i` over one more
/// word than each of `extra`, tried in that order: its last token and
/// its unit. `phrase` is the buffer the words are joined in.
fn unit_phrase_at(
    view: &ArticleView,
    i: usize,
    extra: &[usize],
    phrase: &mut String,
) -> Option<(usize, usize)> {
    // A phrase of several words is a unit only when its first word opens
    // one (the singular of a phrase changes its last word alone).
    let head = view.word_is(i, class::UNIT_HEAD);
    extra.iter().find_map(|&n| {
        if n > 0 && !head {
            debug_assert!(
                !view.phrase_into(i..=i + n, phrase) || view.lex.unit_of_noun(phrase).is_none(),
                "the unit {phrase:?} opens with a word not marked as opening one"
            );
            return None;
        }
        view.phrase_into(i..=i + n, phrase)
            .then(|| view.lex.unit_of_noun(phrase))
            .flatten()
            .map(|u| (i + n, u))
    })
}

/// A figure and a word joined by a hyphen, the word all letters:
/// "60-kilogram", "360-megawatt" (not "2-1", not "4.5").
fn glued_to_unit(word: &str) -> bool {
    word.rsplit_once('-').is_some_and(|(figure, unit)| {
        figure
            .bytes()
            .all(|b| b.is_ascii_digit() || matches!(b, b'.' | b','))
            && !unit.is_empty()
            && unit.chars().all(char::is_alphabetic)
    })
}

/// A unit verb near a generic noun: "killed 19 civilians", "killed at
/// least 19", "40 people were killed", "civilians, soldiers and fighters
/// were killed". A verb with a figure of its own after it counts that
/// figure ("left 260,000 customers without power and killed 23 people").
pub(super) fn verb_unit(view: &ArticleView, hedge_start: usize, noun_end: usize) -> Option<usize> {
    if let Some(u) = hedge_start.checked_sub(1).and_then(|k| view.unit_verb(k)) {
        return Some(u);
    }
    for i in noun_end + 1..(noun_end + 9).min(view.doc.tokens.len()) {
        if !view.same_sentence(noun_end, i) {
            break;
        }
        let t = &view.doc.tokens[i];
        if t.kind == TokKind::Digits {
            break;
        }
        if let Some(u) = view.unit_verb(i) {
            return (!figure_follows(view, i)).then_some(u);
        }
    }
    None
}

/// A figure stands within two words after token `i`, past hedges
/// ("killed 23", "killed at least 23", "injuring three").
fn figure_follows(view: &ArticleView, i: usize) -> bool {
    (i + 1..(i + 4).min(view.doc.tokens.len()))
        .take_while(|&k| view.same_sentence(i, k))
        .find(|&k| !view.word_is(k, class::HEDGE))
        .is_some_and(|k| {
            let t = &view.doc.tokens[k];
            t.kind == TokKind::Digits
                || crate::extract::number::parse_number(&view.scan[t.span.start..]).is_ok()
        })
}

/// The nearest lexicon noun before a figure in its sentence ("troop numbers
/// ... from 4,500", "the Norwegian forces — which stood at 5,100"). A unit of
/// measure is written with its own figure, so it is no such noun ("a
/// gallon of beer, and 3 to 4 L of wine": the 3 is litres).
pub(super) fn noun_before(view: &ArticleView, first: usize) -> Option<(usize, usize)> {
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
                if view.lex.units[u].compare && view.lex.units[u].dimension.is_none() {
                    return Some((i, u));
                }
            }
        }
    }
    None
}

/// A glued "m" counts millions, not metres, before a plural noun or a
/// counted noun of the lexicon: "1.8m people", "4.2m litres"; "a 4m
/// wall", "1.8m tall" and "300m above" stay lengths.
pub(super) fn counts_millions(view: &ArticleView, last: usize) -> bool {
    noun_after(view, last).is_some_and(|(k, unit, _, _)| {
        looks_plural(view.doc.lower_at(k))
            || unit.is_some_and(|u| view.lex.units[u].dimension.is_none())
    })
}

/// A power written against the unit at token `i` ("km^2", "m^3"): the
/// power's last token and the unit the lexicon lists for it ("km^2" is an
/// area). The tokenizer splits the caret and the digit off the word.
fn power_after(view: &ArticleView, i: usize) -> Option<(usize, usize)> {
    let toks = &view.doc.tokens;
    let (caret, digit) = (toks.get(i + 1)?, toks.get(i + 2)?);
    let glued = caret.is_punct('^')
        && caret.span.start == toks[i].span.end
        && digit.span.start == caret.span.end;
    let power = view.scan.get(digit.span.clone())?;
    if !glued || !matches!(power, "2" | "3") {
        return None;
    }
    let u = view
        .lex
        .unit_of_noun(&format!("{}^{power}", view.doc.lower_at(i)))?;
    Some((i + 2, u))
}

/// A sign that is a unit of measure, alone ("85°") or with the letter
/// written against it ("-18 °C", "45°F"): the tokenizer leaves the sign
/// as punctuation, the lexicon lists "°", "°c" and "°f".
fn sign_unit(view: &ArticleView, i: usize) -> Option<(usize, usize)> {
    let doc = view.doc;
    let t = &doc.tokens[i];
    let sign = view.scan.get(t.span.clone())?;
    if sign.chars().any(char::is_alphanumeric) {
        return None;
    }
    let next = doc
        .tokens
        .get(i + 1)
        .filter(|n| n.is_word() && n.span.start == t.span.end && view.same_sentence(i, i + 1));
    if let Some(u) = next.and_then(|n| view.lex.unit_of_noun(&format!("{sign}{}", doc.lower(n)))) {
        return Some((i + 1, u));
    }
    view.lex
        .unit_of_noun(sign)
        .filter(|&u| view.lex.units[u].dimension.is_some())
        .map(|u| (i, u))
}

/// "per week", "/hour" or "a day" right after token `k`: the last token
/// of the rate and the unit it is per (singular). A slash counts only
/// written against both words, as in "$15.4/hour". A unit of measure may
/// be a one-letter symbol and carry a power ("J/m^2"). An "a" is "per"
/// before a singular noun ("$80 a barrel", "€18m a day") that no word of
/// time relates to something else ("40 people a day after the storm", "a
/// week ago") and that is no quantifier ("a few", "a total of").
pub(super) fn rate_after(view: &ArticleView, k: usize) -> Option<(usize, String)> {
    let toks = &view.doc.tokens;
    let (sep, den) = (toks.get(k + 1)?, toks.get(k + 2)?);
    let w = view.word(k + 2)?;
    let per = match view.word(k + 1) {
        Some("per") => true,
        Some("a" | "an") => {
            let relative = matches!(
                view.word(k + 3),
                Some(
                    "ago"
                        | "after"
                        | "before"
                        | "later"
                        | "earlier"
                        | "from"
                        | "into"
                        | "on"
                        | "of"
                )
            );
            // "a few hours later", "a total of": no unit after "a"
            let quantifier = matches!(w, "few" | "little" | "lot" | "couple" | "total" | "number");
            !looks_plural(w) && !relative && !quantifier
        }
        _ => sep.is_punct('/') && sep.span.start == toks[k].span.end,
    };
    let measure = view
        .lex
        .unit_of_noun(w)
        .is_some_and(|u| view.lex.units[u].dimension.is_some());
    let noun = !den.cap && (w.len() >= 2 || measure) && !den.is(class::STOPWORD);
    if !(per && noun && den.span.start >= sep.span.end && view.same_sentence(k, k + 2)) {
        return None;
    }
    // A unit of measure by its name, however written ("a kilo", "per
    // kilogram"); a unit of time as written ("per day", "an hour").
    let named = view.lex.unit_of_noun(w).filter(|&u| {
        let dimension = view.lex.units[u].dimension.as_deref();
        dimension.is_some_and(|d| d != "time")
    });
    Some(match (power_after(view, k + 2), named) {
        (Some((end, u)), _) => (end, view.lex.units[u].name.clone()),
        (None, Some(u)) => (k + 2, view.lex.units[u].name.clone()),
        (None, None) => (k + 2, singular(w).into_owned()),
    })
}

/// A unit of the lexicon written as two words joined by a slash with no
/// space ("km/h", "m/s") from token `i`: its last token and the unit.
fn slash_unit(view: &ArticleView, i: usize) -> Option<(usize, usize)> {
    let toks = &view.doc.tokens;
    let (a, sep, b) = (toks.get(i)?, toks.get(i + 1)?, toks.get(i + 2)?);
    let glued = sep.is_punct('/') && a.span.end == sep.span.start && sep.span.end == b.span.start;
    if !glued {
        return None;
    }
    let written = format!("{}/{}", view.word(i)?, view.word(i + 2)?);
    view.lex.unit_of_noun(&written).map(|u| (i + 2, u))
}

/// Nothing but closing punctuation follows token `i` in its sentence.
fn sentence_ends_after(view: &ArticleView, i: usize) -> bool {
    match view.doc.tokens.get(i + 1) {
        None => true,
        Some(n) => {
            !view.same_sentence(i, i + 1) || ['.', '!', '?', ';'].iter().any(|&c| n.is_punct(c))
        }
    }
}

pub(super) fn looks_plural(w: &str) -> bool {
    w.len() > 3 && w.ends_with('s') && !w.ends_with("ss") && !w.ends_with("us")
}

#[cfg(test)]
mod tests {
    /// (value, unit) of each figure.
    fn values(text: &str) -> Vec<(f64, Option<String>)> {
        crate::extract::quantity::quantities_in(text)
            .into_iter()
            .map(|(q, _)| (q.value, q.unit))
            .collect()
    }

    /// The unit of the figure written as `figure` in `text`.
    fn unit_of(text: &str, figure: &str) -> Option<String> {
        crate::extract::quantity::quantities_in(text)
            .into_iter()
            .find(|(q, _)| &text[q.figure.clone()] == figure)
            .unwrap_or_else(|| panic!("{figure} in {text}"))
            .0
            .unit
    }

    #[test]
    fn a_verb_with_a_figure_of_its_own_counts_that_figure() {
        let text = "The storm left 260,000 customers without power and killed 23 people.";
        assert_eq!(unit_of(text, "260,000").as_deref(), Some("customers"));
        assert_eq!(unit_of(text, "23").as_deref(), Some("deaths"));
        // a hedge between the verb and its figure
        let text = "Boats pulled about 200 people from the water.";
        assert_eq!(unit_of(text, "200").as_deref(), Some("rescued"));
        assert_eq!(
            unit_of("Some 40 people were killed.", "40").as_deref(),
            Some("deaths")
        );
    }

    #[test]
    fn a_unit_written_with_a_slash_is_one_unit() {
        let text = "Winds reached 150 km/h. The fare is $2.50/hour. It ran 12 km / h.";
        assert_eq!(unit_of(text, "150 km/h").as_deref(), Some("km/h"));
        // a slash to a word that is no unit of the lexicon makes a rate
        assert_eq!(unit_of(text, "$2.50/hour").as_deref(), Some("USD per hour"));
        // with spaces, the slash joins nothing
        assert_eq!(unit_of(text, "12 km").as_deref(), Some("km"));
    }

    #[test]
    fn a_figure_glued_to_its_unit_describes_the_noun_counted() {
        let text = "Farmers will pick 2.35 million 60-kilogram bags, in two 360-megawatt units.";
        assert_eq!(unit_of(text, "2.35 million").as_deref(), Some("bag"));
        assert_eq!(unit_of(text, "two").as_deref(), Some("unit"));
        // a score is no figure with a unit
        assert!(!super::glued_to_unit("2-1") && !super::glued_to_unit("4.5"));
        assert!(super::glued_to_unit("20-foot"));
    }

    #[test]
    fn a_participle_before_a_noun_of_the_lexicon_describes_it() {
        let text = "Officials recorded 83 confirmed infections and 300 striking workers.";
        assert_eq!(unit_of(text, "83").as_deref(), Some("cases"));
        assert_eq!(unit_of(text, "300").as_deref(), Some("workers"));
        let text = "Rescuers said 9 reported missing were found.";
        assert_eq!(unit_of(text, "9").as_deref(), Some("missing"));
        // before any other word the participle may be a verb: no noun
        assert_eq!(unit_of("Of the 40 surveyed, 12 agreed.", "40"), None);
        assert_eq!(unit_of("Of the 40 surveyed boats, 12 sank.", "40"), None);
    }

    #[test]
    fn jobs_and_positions_count_workers_and_residents_people() {
        let text =
            "It will cut 2,300 jobs. It will cut 3,200 positions. Some 4,300 residents fled.";
        assert_eq!(unit_of(text, "2,300").as_deref(), Some("workers"));
        assert_eq!(unit_of(text, "3,200").as_deref(), Some("workers"));
        assert_eq!(unit_of(text, "4,300").as_deref(), Some("people"));
    }

    #[test]
    fn a_plural_noun_that_is_also_a_verb_of_saying_is_counted() {
        let text = "At least 19 people were killed across three states.";
        assert_eq!(unit_of(text, "three").as_deref(), Some("state"));
        let text = "Two officials told the paper about it.";
        assert_eq!(unit_of(text, "Two").as_deref(), Some("official"));
        // not after the noun's place
        let text = "The 40 people it reports on were moved.";
        assert_eq!(unit_of(text, "40").as_deref(), Some("people"));
    }

    #[test]
    fn a_glued_m_counts_millions_only_before_a_plural_noun() {
        for (text, value, unit) in [
            ("The ministry said 1.8m people lack power.", 1.8e6, "people"),
            (
                "Some 2.5m residents live in the flood zone.",
                2.5e6,
                "people",
            ),
            (
                "About 4.2m litres of water were pumped out.",
                4.2e6,
                "litres",
            ),
            ("The wall is 1.8m high.", 1.8, "metres"),
            ("They built a 4m wall.", 4.0, "metres"),
            ("The tower stands 300m above the town.", 300.0, "metres"),
        ] {
            assert_eq!(values(text), [(value, Some(unit.to_string()))], "{text}");
        }
    }
}
