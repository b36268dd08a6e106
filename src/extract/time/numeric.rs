//! Dates in figures: "02/22/2016", "21/04/16", "9-18-15", "13.5.2015", "2015/08/12",
//! "2015.5.13", "2018-7-6", "2019-sep-1", "11/12,2016"; without a year ("4/22", "22/04",
//! "4.22", "4-22") only after "on" or "in", since a bare pair of figures is as often a
//! score, a fraction or a decimal.
//!
//! Month first unless the first figure cannot be a month ("21/04/2016"); two-digit years
//! below 50 are this century's.

use super::*;

/// One or two digits, not followed by another digit.
fn small(i: &str) -> Res<'_, u32> {
    let (r, d) = take_while_m_n(1, 2, |c: char| c.is_ascii_digit()).parse(i)?;
    if r.starts_with(|c: char| c.is_ascii_digit()) {
        return fail(i);
    }
    Ok((r, to_u32(d)))
}

/// "/", "." or a dash (as '-').
fn date_sep(i: &str) -> Res<'_, char> {
    alt((nom_char('/'), nom_char('.'), dash.map(|_| '-'))).parse(i)
}

fn same_sep(s: char) -> impl Fn(&str) -> Res<'_, ()> {
    move |i| {
        let (r, t) = date_sep(i)?;
        if t == s {
            Ok((r, ()))
        } else {
            fail(i)
        }
    }
}

/// Nothing that continues the figures ("4/22/5", "4.22.1", "4-22a").
fn ends(r: &str) -> bool {
    !r.starts_with(|c: char| c.is_alphanumeric()) && !numberish_follows(r) && {
        let mut cs = r.chars();
        !matches!((cs.next(), cs.next()), (Some(c), Some(d)) if is_dash(c) && d.is_ascii_digit())
    }
}

/// Year first: "2015/08/12", "2015.5.13", "2018-7-6", "2019-sep-1", "2019/sep/01".
fn ymd(i: &str) -> Res<'_, Written> {
    let (r, y) = digits(i)?;
    if y.len() != 4 || !(1000..3000).contains(&to_u32(y)) {
        return fail(i);
    }
    let (r, s) = date_sep(r)?;
    let (r, month) = alt((small, |i| month_loose(i).map(|(r, (m, _))| (r, m)))).parse(r)?;
    let (r, _) = same_sep(s)(r)?;
    let (r, day) = small(r)?;
    let year = to_u32(y) as i32;
    if !ends(r) || !valid_ymd(year, month, day) {
        return fail(i);
    }
    Ok((
        r,
        Written {
            year: Some(year),
            month,
            day,
        },
    ))
}

/// Two-digit or four-digit year after a date.
fn short_or_long_year(i: &str) -> Res<'_, (i32, bool)> {
    if let Ok((r, y)) = any_year(i) {
        return Ok((r, (y, false)));
    }
    let (r, yy) = two_digits(i)?;
    let y = if yy < 50 { 2000 + yy } else { 1900 + yy };
    Ok((r, (y as i32, true)))
}

/// Month (or day) first: "02/22/2016", "21/04/16", "9-18-15", "13.5.2015", "11/12,2016",
/// "4/22".
fn mdy(i: &str) -> Res<'_, Written> {
    let (r, a) = small(i)?;
    let (r, s) = date_sep(r)?;
    let (r, b) = small(r)?;
    let (r, y) = opt(preceded(
        alt((same_sep(s), comma.map(|_| ()))),
        short_or_long_year,
    ))
    .parse(r)?;
    if !ends(r) || (s == '.' && y.is_some_and(|(_, short)| short)) {
        return fail(i);
    }
    let (month, day) = if a > 12 { (b, a) } else { (a, b) };
    let year = y.map(|(y, _)| y);
    if !valid_ymd(year.unwrap_or(2000), month, day) {
        return fail(i);
    }
    Ok((r, Written { year, month, day }))
}

/// A date in figures, whatever precedes it.
pub(super) fn numeric_parts(i: &str) -> Res<'_, Written> {
    alt((ymd, mdy)).parse(i)
}

pub(super) const NUMERIC_DATE: Starts = DIGIT;

/// The words after which a day in figures may stand without its year
/// ("on 4/22", "in 4.22"; the scanner tries a decimal after them).
pub(super) const BEFORE_DAY_IN_FIGURES: [&str; 2] = ["on", "in"];

/// A date in figures; without a year only after "on" or "in" and not before a unit.
pub(super) fn numeric_date<'a>(c: &Ctx<'_>, i: &'a str) -> Res<'a, TimeExpr> {
    let (r, w) = numeric_parts(i)?;
    let after_prep = BEFORE_DAY_IN_FIGURES
        .iter()
        .any(|p| c.prev.eq_ignore_ascii_case(p));
    if w.year.is_none() && (!after_prep || quantity_follows(r)) {
        return fail(i);
    }
    let ex = resolve_written(c, w).ok_or_else(|| err(i))?;
    Ok((r, ex))
}
