//! The article as one before a unit of measure or money: "a gallon of
//! beer", "an inch of rain", "not a penny more", "a square mile". The
//! number parser cannot read these (it knows no units: "a second coup",
//! "a day", "a few" are no figures), so the claim layer reads an "a" or
//! "an" right before a lexicon unit of measure as the figure 1.
//!
//! Not read: lengths of time and ages (dates' business: "a day", "a
//! year-old"), angles ("to a degree", "a turn of events"), a rate's "a"
//! after a figure ("$80 a barrel", "5 cents a gallon"), and a unit used as
//! a modifier ("a foot soldier", "a yard sale", "a gallon jug").

use super::unit::{is_participle, NounAfter};
use super::{noun_after, ArticleView};
use crate::extract::number::{Num, NumKind};
use crate::lexicon::class;

/// Dimensions whose units are not read after an article (see above).
const NOT_AFTER_ARTICLE: [&str; 3] = ["time", "age", "angle"];

/// The figures of 1 written as an article: the [`Num`] (its span is the
/// article; the claim's figure takes the unit after it) and its token.
/// `taken` says whether a token is already part of a figure or its noun.
pub(super) fn articles_as_one(
    view: &ArticleView,
    taken: impl Fn(usize) -> bool,
) -> Vec<(Num, usize)> {
    let doc = view.doc;
    let lex = view.lex;
    let mut out = Vec::new();
    for (i, t) in doc.tokens.iter().enumerate() {
        // (Told by the span's length first: this runs at every token, and
        // the string compared costs more.)
        if t.span.len() > 2 || !t.is_word() || !matches!(doc.lower(t), "a" | "an") {
            continue;
        }
        // "$80 a barrel", "80 dollars a barrel": a rate's "a" means "per".
        if taken(i) || i > 0 && view.same_sentence(i - 1, i) && taken(i - 1) {
            continue;
        }
        // A one-letter abbreviation ("m", "t", "l") after "a" is more
        // likely a letter than a unit; no final "in" ("Plan A in.").
        let Some(next) = view
            .word(i + 1)
            .filter(|w| *w != "in" && w.chars().nth(1).is_some())
        else {
            continue;
        };
        // A lexicon unit straight after the article: no name skipped, no
        // raw noun ("a big gallons"). Only a word that is a unit, opens
        // one, is glued to a slash or is a participle ("a confirmed case")
        // may start one (see `noun_after`): most words after "a" are none,
        // and are told by one lookup.
        let unit = |found: &Option<NounAfter>| matches!(found, Some((_, Some(_), None, mods)) if mods.is_empty());
        let may_be_unit = lex.unit_of_noun(next).is_some()
            || view.word_is(i + 1, class::UNIT_HEAD)
            || view.doc.tokens.get(i + 2).is_some_and(|t| t.is_punct('/'))
            || is_participle(next);
        if !may_be_unit {
            debug_assert!(
                !unit(&noun_after(view, i)),
                "a unit after {:?} left out",
                &view.scan[t.span.start..]
            );
            continue;
        }
        let Some((k, Some(u), None, mods)) = noun_after(view, i) else {
            continue;
        };
        let dimension = lex.units[u].dimension.as_deref();
        if !mods.is_empty()
            || dimension.is_none_or(|d| NOT_AFTER_ARTICLE.contains(&d))
            || modifier_after(view, k)
        {
            continue;
        }
        out.push((
            Num {
                span: t.span.clone(),
                value: 1.0,
                low: 1.0,
                high: 1.0,
                kind: NumKind::Cardinal,
                figure: t.span.clone(),
                glued_unit: None,
                in_words: true,
                vague: false,
            },
            i,
        ));
    }
    out
}

/// A word after the unit that makes it a modifier of a noun ("a foot
/// soldier", "a gallon jug"): a plain lower-case word that is neither a
/// stopword nor a preposition, nor a verb form ("a gallon costs", "a
/// mile separated").
fn modifier_after(view: &ArticleView, k: usize) -> bool {
    let Some(t) = view.doc.tokens.get(k + 1) else {
        return false;
    };
    let Some(w) = view.word(k + 1) else {
        return false;
    };
    view.same_sentence(k, k + 1)
        && !t.cap
        && !t.is(class::STOPWORD | class::SCOPE_PREPOSITION)
        && !w.ends_with('s')
        && !w.ends_with("ed")
}

#[cfg(test)]
mod tests {
    /// (figure as written, value, unit) of every figure claim.
    fn figures(text: &str) -> Vec<(String, f64, String)> {
        crate::extract::quantity::quantities_in(text)
            .into_iter()
            .map(|(q, _)| {
                let figure = text[q.figure.clone()].to_string();
                (figure, q.value, q.unit.unwrap_or_default())
            })
            .collect()
    }

    fn one(text: &str, figure: &str, unit: &str) {
        let f = figures(text);
        assert!(
            f.iter().any(|x| x.0 == figure && x.1 == 1.0 && x.2 == unit),
            "{text:?}: no {figure:?} in {f:?}"
        );
    }

    #[test]
    fn an_article_before_a_unit_is_one() {
        one(
            "The storm dropped an inch of rain overnight.",
            "an inch",
            "inches",
        );
        one("Not a penny was spent on the road.", "a penny", "pennies");
        one("A gallon costs $4 in the state.", "A gallon", "gallons");
        one(
            "Rebels held a square mile of the city.",
            "a square mile",
            "sq miles",
        );
        one(
            "Residents were moved a kilometre from the river.",
            "a kilometre",
            "km",
        );
        // A unit written with a slash, and one after a participle.
        one("The convoy slowed by a km/h in the town.", "a km/h", "km/h");
        one(
            "The rebels held an estimated tonne of fuel.",
            "an estimated tonne",
            "tonnes",
        );
    }

    #[test]
    fn an_article_that_is_not_one() {
        let none = |text: &str| {
            let f = figures(text);
            assert!(f.iter().all(|x| x.1 != 1.0), "{text:?}: {f:?}");
        };
        // a rate's "a" is "per"
        none("Brent traded at $80 a barrel on Monday.");
        none("Petrol rose by 5 cents a gallon.");
        // not a unit of measure, or a unit as a modifier
        none("It was the second coup, and a few soldiers were seen.");
        none("A foot soldier and a yard sale were filmed.");
        // angles and lengths of time are not read so
        none("He agreed to a degree with the plan.");
        // a letter, not a unit
        none("Vitamins a and b, then grade a m and a t were listed.");
    }
}
