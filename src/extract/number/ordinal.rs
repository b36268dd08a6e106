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
        ordinal_figure.map(|v| (v, false)),
    ))
    .parse(i)?;
    let (r, glue) = opt(hyphen_glue).parse(r)?;
    Ok((r, make_num(Core::exact(v, words), NumKind::Ordinal, glue)))
}

/// An ordinal in figures: "5th", "21st", "1,000th".
fn ordinal_figure(i: &str) -> Res<'_, f64> {
    let mut read = verify(digit_number, |d: &Digits| d.glued == Glued::Ordinal).map(|d| d.value);
    if !suffix_ahead(i) {
        // Checked in debug builds (every test): the figure is not read
        // for nothing, and nothing is missed.
        debug_assert!(read.parse(i).is_err(), "an ordinal missed: {i:?}");
        return fail(i);
    }
    read.parse(i)
}

/// Whether "st", "nd", "rd" or "th" is glued to a digit of the figure that
/// starts `i` (its digits and the separators of their groups: commas,
/// spaces, thin spaces), as an ordinal in figures needs. Most figures are
/// cardinals: told by their bytes before they are read twice.
pub(super) fn suffix_ahead(i: &str) -> bool {
    for (k, c) in i.char_indices() {
        if c.is_ascii_digit() {
            if let Some(&[s, t]) = i.as_bytes().get(k + 1..k + 3) {
                let pair = [s.to_ascii_lowercase(), t.to_ascii_lowercase()];
                if matches!(&pair, b"st" | b"nd" | b"rd" | b"th") {
                    return true;
                }
            }
        } else if !(c == ',' || c == ' ' || is_thin_sep(c)) {
            return false;
        }
    }
    false
}
