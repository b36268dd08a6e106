//! Number words: "twenty-one", "3 hundred and 21", "one and a half", "a dozen".

use super::*;

/// 0..=99 in words: "nine", "twenty", "twenty-one", "twenty one".
pub(crate) fn word_below_hundred(i: &str) -> Res<'_, f64> {
    let (r, w) = word(i)?;
    if let Some(t) = tens_value(w) {
        let u = || verify(word_in(unit_value), |&u: &f64| (1.0..10.0).contains(&u));
        // "twenty-one", "twenty one", "fifty - two"
        let mut unit = alt((
            preceded(sp_or_hyphen, u()),
            preceded((opt(sp), hyphen, sp), u()),
        ));
        if let Ok((r2, u)) = unit.parse(r) {
            return Ok((r2, t + u));
        }
        return Ok((r, t));
    }
    match unit_value(w) {
        Some(u) => Ok((r, u)),
        None => fail(i),
    }
}

/// What may follow "hundred (and)": 1..=99 in words or two digits.
pub(super) fn tail_below_hundred(i: &str) -> Res<'_, f64> {
    alt((
        word_below_hundred,
        verify(digit_number, |d: &Digits| {
            d.small && d.glued == Glued::Nothing && d.value >= 1.0
        })
        .map(|d| d.value),
    ))
    .parse(i)
}

/// "point zero three", "point seventy-one", "point nought four": the
/// decimals of a number in words, digit by digit or as one word below 100.
pub(super) fn point_decimals(i: &str) -> Res<'_, f64> {
    let (mut r, _) = preceded(sp, kw("point")).parse(i)?;
    let digit = |i| preceded(sp, verify(word_in(unit_value), |&u: &f64| u < 10.0)).parse(i);
    let mut digits = String::from("0.");
    while let Ok((r2, d)) = digit(r) {
        digits.push(char::from(b'0' + d as u8));
        r = r2;
    }
    if digits.len() == 2 {
        let (r2, v) = preceded(sp, word_below_hundred).parse(r)?;
        digits.push_str(&format!("{v}"));
        r = r2;
    }
    match digits.parse() {
        Ok(v) => Ok((r, v)),
        Err(_) => fail(i),
    }
}

/// "<n> hundred [and] <m>" after a lead already parsed; returns new value.
pub(super) fn hundred_part(i: &str, lead: f64) -> Res<'_, f64> {
    let (mut r, _) = preceded(sp_or_hyphen, kw("hundred")).parse(i)?;
    let mut v = lead * 100.0;
    let and = alt((kw("and"), tag("&").map(|_| "&")));
    if let Ok((r2, t)) = preceded((opt((sp, and)), sp), tail_below_hundred).parse(r) {
        // not "3 hundred and 2 hundred", nor "and three quarters"
        let more = preceded(
            sp_or_hyphen,
            verify(word, |w: &str| {
                w.eq_ignore_ascii_case("hundred") || denominator(w).is_some()
            }),
        )
        .parse(r2);
        if more.is_err() {
            v += t;
            r = r2;
        }
    }
    Ok((r, v))
}

/// A words-only group below a thousand: "three hundred and twenty-one".
pub(super) fn word_group(i: &str) -> Res<'_, (f64, bool)> {
    let (r, v) = word_below_hundred(i)?;
    match hundred_part(r, v) {
        Ok((r2, v2)) => Ok((r2, (v2, true))),
        Err(_) => Ok((r, (v, false))),
    }
}

/// A group after a scale: words ("three hundred and twenty-one") or
/// small digits with "hundred" ("3 hundred and 21").
pub(super) fn digit_or_word_group(i: &str) -> Res<'_, (f64, bool)> {
    if let Ok((r, d)) = digit_number(i) {
        if d.small && d.glued == Glued::Nothing {
            let (r2, v) = hundred_part(r, d.value)?;
            return Ok((r2, (v, true)));
        }
        return fail(i);
    }
    word_group(i)
}

/// A simple fraction in words: "a half", "one quarter", "three quarters",
/// "two thirds", "a fifth" (numerator below denominator).
pub(super) fn simple_fraction(i: &str) -> Res<'_, f64> {
    let (r, n) = alt((
        alt((kw("a"), kw("an"))).map(|_| 1.0),
        verify(word_in(unit_value), |&n: &f64| (1.0..=10.0).contains(&n)),
    ))
    .parse(i)?;
    let (r, (d, plural)) = preceded(sp_or_hyphen, word_in(denominator)).parse(r)?;
    if n >= d || plural != (n > 1.0) {
        return fail(i);
    }
    Ok((r, n / d))
}

/// "and a half", "and a quarter", "and three quarters", "and two thirds".
pub(super) fn and_fraction(i: &str) -> Res<'_, f64> {
    preceded((sp_or_hyphen, kw("and"), sp_or_hyphen), simple_fraction).parse(i)
}

/// A scale after a number: ("million", true) or spaced abbreviation ("bn", false).
pub(super) fn scale_word(i: &str) -> Res<'_, (f64, bool)> {
    let (r, w) = word(i)?;
    if let Some(s) = big_scale(w) {
        return Ok((r, (s, true)));
    }
    match abbr_scale(w, false) {
        Some(s) => Ok((r, (s, false))),
        None => fail(i),
    }
}

/// A big scale word excluding "dozen".
pub(super) fn big_scale_only(i: &str) -> Res<'_, f64> {
    verify(word_in(big_scale), |&s: &f64| s >= 1000.0).parse(i)
}
