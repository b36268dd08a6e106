//! Years named by their number and the longest calendar units: a year in words
//! standing alone after a word that introduces a date ("in nineteen twenty eight",
//! "since two thousand and five"), a small year after the word "year" ("year 247",
//! "the year two hundred and sixty seven") and centuries ("the 15th century",
//! "the nineteenth century", "21st-century").

use super::*;
use crate::extract::number::{parse_number, NumKind};

/// Words after which a year in words standing alone is a year.
const YEAR_PREPS: [&str; 10] = [
    "in", "since", "until", "till", "by", "before", "after", "during", "of", "year",
];

pub(in super::super) const YEAR_WORDS_ALONE: Starts = NUMBER;

/// "in nineteen twenty eight", "in one thousand seven hundred and eighty nine": a
/// year in words after a word that introduces a date. A round thousand ("one in two
/// thousand") is as often a count.
pub(in super::super) fn year_words_alone<'a>(c: &Ctx<'_>, i: &'a str) -> Res<'a, TimeExpr> {
    if !YEAR_PREPS.iter().any(|p| c.prev.eq_ignore_ascii_case(p)) {
        return fail(i);
    }
    let (r, y) = year_in_words(i)?;
    let text = &i[..i.offset(r)];
    if y % 100 == 0 && text.to_ascii_lowercase().contains("thousand") {
        return fail(i);
    }
    Ok((r, year_ex(y, false)))
}

pub(in super::super) const YEAR_NUMBERED: Starts = starts(0, &["year"]);

/// "year 247", "Year two hundred and sixty seven": a year below 1000 named after the
/// word "year" (the word is what makes the number a year; four-digit years are read
/// alone). Not before another word ("year 300 people") and not below 100 ("year 10"
/// is a school year or the tenth year of something).
pub(in super::super) fn year_numbered<'a>(_c: &Ctx<'_>, i: &'a str) -> Res<'a, TimeExpr> {
    let (r, _) = kw_sp(i, "year")?;
    let (r, y) = if let Ok((r2, d)) = digits(r) {
        (r2, to_u32(d))
    } else {
        let (r2, n) = parse_number(r).map_err(|_| err(i))?;
        if !n.in_words || n.kind != NumKind::Cardinal || n.value.fract() != 0.0 {
            return fail(i);
        }
        (r2, n.value as u32)
    };
    let (_, _) = end_word(r)?;
    if !(100..1000).contains(&y) || numberish_follows(r) || (sp1, word).parse(r).is_ok() {
        return fail(i);
    }
    Ok((r, year_ex(y as i32, false)))
}

/// An ordinal 1..=30 in figures ("15th") or words ("nineteenth", "twenty-first").
fn century_ordinal(i: &str) -> Res<'_, u32> {
    if let Ok((r, d)) = digits(i) {
        let (r, _) = ordinal_suffix(r)?;
        let (r, _) = end_word(r)?;
        return Ok((r, to_u32(d)));
    }
    let (r, n) = parse_number(i).map_err(|_| err(i))?;
    if n.kind != NumKind::Ordinal || !n.in_words || n.value.fract() != 0.0 {
        return fail(i);
    }
    Ok((r, n.value as u32))
}

pub(in super::super) const CENTURY: Starts = starts(DIGIT | NUMBER | THE_BEFORE, &[]);

/// "the 15th century" (the hundred years 1400-1499, as the phrase is used),
/// "the nineteenth century", "21st-century".
pub(in super::super) fn century<'a>(_c: &Ctx<'_>, i: &'a str) -> Res<'a, TimeExpr> {
    let (r, _) = opt(|i| kw_sp(i, "the")).parse(i)?;
    let (r, n) = century_ordinal(r)?;
    let (r, _) = alt((sp1, recognize(dash))).parse(r)?;
    let (r, _) = kw(r, "century")?;
    // "the 5th century BC" runs backwards: not read.
    let era = preceded(sp1, |i| kw_idx(i, &["BC", "BCE", "B"])).parse(r);
    if !(1..=30).contains(&n) || era.is_ok() {
        return fail(i);
    }
    let y0 = 100 * (n as i32 - 1);
    Ok((
        r,
        cal(
            Granularity::Century,
            days_from_civil(y0, 1, 1),
            days_from_civil(y0 + 99, 12, 31),
            false,
            format!("{:02}", n - 1),
        ),
    ))
}
