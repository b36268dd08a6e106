//! Ordinals as numbers: "first", "twenty-first", "hundredth", "one hundred
//! and twenty-fifth", "5th".

use super::*;

/// "first", "twenty-first", "twentieth", "hundredth".
pub(super) fn ordinal_words(i: &str) -> Res<'_, f64> {
    let (r, w) = word(i)?;
    if let Some(t) = tens_value(w) {
        let (r2, u) = preceded(
            sp_or_hyphen,
            verify(word_in(|w| find_ci(&ORD_UNITS, w)), |&u: &usize| {
                (1..10).contains(&u)
            }),
        )
        .parse(r)?;
        return Ok((r2, t + u as f64));
    }
    if let Some(n) = find_ci(&ORD_TENS, w) {
        return Ok((r, (n as f64 + 2.0) * 10.0));
    }
    if let Some(n) = find_ci(&ORD_UNITS, w) {
        return Ok((r, n as f64));
    }
    let big = [
        ("hundredth", 1e2),
        ("thousandth", 1e3),
        ("millionth", 1e6),
        ("billionth", 1e9),
    ];
    match big.iter().find(|(k, _)| k.eq_ignore_ascii_case(w)) {
        Some(&(_, v)) => Ok((r, v)),
        None => fail(i),
    }
}

/// "one hundred and twenty-fifth", "two hundredth", "five thousandth".
pub(super) fn ordinal_compound(i: &str) -> Res<'_, f64> {
    let (r, lead) = word_below_hundred(i)?;
    let hundredth = preceded(
        sp_or_hyphen,
        alt((
            kw("hundredth").map(|_| 1e2),
            kw("thousandth").map(|_| 1e3),
            kw("millionth").map(|_| 1e6),
        )),
    )
    .map(move |s| lead * s);
    let hundred_and = preceded(
        (sp_or_hyphen, kw("hundred"), opt((sp, kw("and"))), sp),
        verify(ordinal_words, |&o: &f64| o < 100.0),
    )
    .map(move |o| lead * 100.0 + o);
    alt((hundredth, hundred_and)).parse(r)
}

pub(super) fn ordinal_num(i: &str) -> Res<'_, Num> {
    let (r, (v, words)) = alt((
        ordinal_compound.map(|v| (v, true)),
        ordinal_words.map(|v| (v, true)),
        verify(digit_number, |d: &Digits| d.glued == Glued::Ordinal).map(|d| (d.value, false)),
    ))
    .parse(i)?;
    let (r, glue) = opt(hyphen_glue).parse(r)?;
    Ok((r, make_num(Core::exact(v, words), NumKind::Ordinal, glue)))
}
