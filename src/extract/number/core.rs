//! Cores: the value part of a number before its suffixes, exact or vague.

use super::*;

#[derive(Debug, Clone, Copy)]
pub(super) struct Core<'a> {
    pub(super) value: f64,
    pub(super) low: f64,
    pub(super) high: f64,
    pub(super) words: bool,
    pub(super) vague: bool,
    /// Letters glued to the digits ("km" in "15km").
    pub(super) unit: Option<&'a str>,
}

impl<'a> Core<'a> {
    pub(super) fn exact(value: f64, words: bool) -> Self {
        Core {
            value,
            low: value,
            high: value,
            words,
            vague: false,
            unit: None,
        }
    }

    pub(super) fn vague(low: f64, high: f64, value: f64) -> Self {
        Core {
            value,
            low,
            high,
            words: true,
            vague: true,
            unit: None,
        }
    }
}

pub(super) struct Lead<'a> {
    pub(super) value: f64,
    pub(super) words: bool,
    pub(super) small: bool,
    pub(super) article: bool,
    pub(super) glued: Glued<'a>,
}

/// "a" standing for one before "hundred", "thousand", "dozen", "million".
pub(super) fn article_lead(i: &str) -> Res<'_, f64> {
    let (r, _) = kw("a").parse(i)?;
    peek(preceded(
        sp,
        verify(word, |w: &str| {
            w.eq_ignore_ascii_case("hundred") || big_scale(w).is_some()
        }),
    ))
    .parse(r)?;
    Ok((r, 1.0))
}

pub(super) fn lead(i: &str) -> Res<'_, Lead<'_>> {
    alt((
        digit_number.map(|d| Lead {
            value: d.value,
            words: false,
            small: d.small,
            article: false,
            glued: d.glued,
        }),
        word_below_hundred.map(|v| Lead {
            value: v,
            words: true,
            small: true,
            article: false,
            glued: Glued::Nothing,
        }),
        article_lead.map(|v| Lead {
            value: v,
            words: true,
            small: true,
            article: true,
            glued: Glued::Nothing,
        }),
    ))
    .parse(i)
}

/// "hundred" with no number before it, when a bigger scale follows:
/// "hundred thousand dollars" (a lone "hundred" is left alone).
fn bare_hundred(i: &str) -> Res<'_, f64> {
    let (r, _) = kw("hundred").parse(i)?;
    peek(preceded(sp, big_scale_only)).parse(r)?;
    Ok((r, 100.0))
}

/// A single-letter scale after a space, read only after a decimal figure
/// ("2.33 k", "1,674,200.5 M"): after an integer "10 k" is a race and a
/// spaced "M" as often a size or a grade.
fn spaced_letter_scale(i: &str) -> Res<'_, f64> {
    let (r, w) = preceded(sp, word).parse(i)?;
    match w {
        "k" | "K" => Ok((r, 1e3)),
        "M" => Ok((r, 1e6)),
        _ => fail(i),
    }
}

/// An exact number: digits or words, with hundreds, "and a half" and scales.
pub(super) fn regular_core(i: &str) -> Res<'_, Core<'_>> {
    let (r, ld) = alt((
        lead,
        bare_hundred.map(|v| Lead {
            value: v,
            words: true,
            small: false,
            article: true,
            glued: Glued::Nothing,
        }),
    ))
    .parse(i)?;
    let decimal = !ld.words && i[..i.offset(r)].contains('.');
    let v = ld.value;
    match ld.glued {
        Glued::Ordinal => return fail(i),
        Glued::Unit(u) => {
            return Ok((
                r,
                Core {
                    unit: Some(u),
                    ..Core::exact(v, false)
                },
            ));
        }
        Glued::Scale(s) => return Ok((r, Core::exact(scale_mul(v, s), false))),
        Glued::Nothing => {}
    }
    // Every tail (hundreds, decimals in words, "and a half", scales) opens
    // with a word of its own after a space or a hyphen; most figures are
    // followed by another word, and are read without trying each tail.
    if !tail_word_ahead(r) {
        debug_assert!(
            matches!(tails(r, &ld, decimal), Ok((rt, c)) if rt.len() == r.len() && c.value == v && c.words == ld.words),
            "a tail of a number's core after {i:?}"
        );
        return Ok((r, Core::exact(v, ld.words)));
    }
    tails(r, &ld, decimal)
}

/// Whether the word after `r` (past a space or a hyphen) may open a tail of
/// a number's core ([`tails`]): "hundred", "point", "and", a scale.
fn tail_word_ahead(r: &str) -> bool {
    let Ok((_, w)) = preceded(sp_or_hyphen, word).parse(r) else {
        return false;
    };
    eq_any(w, &["hundred", "point", "and", "k", "m"])
        || big_scale(w).is_some()
        || abbr_scale(w, false).is_some()
}

/// What may follow the lead `ld` of a number's core, read up to `r`:
/// hundreds, decimals in words, "and a half", scales and the groups after
/// them.
fn tails<'a>(mut r: &'a str, ld: &Lead<'a>, decimal: bool) -> Res<'a, Core<'a>> {
    let mut v = ld.value;
    let mut words = ld.words;
    // "three hundred and two": the hundreds and the part after them, so that
    // a following "dozen" multiplies only that part (300 + 2 dozen)
    let mut hundreds: Option<(f64, f64)> = None;
    if ld.small {
        if let Ok((r2, v2)) = hundred_part(r, v) {
            hundreds = Some((v * 100.0, v2 - v * 100.0));
            v = v2;
            words = true;
            r = r2;
        }
    }
    if ld.words && !ld.article {
        if let Ok((r2, d)) = point_decimals(r) {
            return Ok((r2, Core::exact(v + d, true))); // "nine point nought four"
        }
    }
    if !ld.small && !ld.article {
        // "322 hundred", "2.12 hundred"
        if let Ok((r2, _)) = preceded(sp, kw("hundred")).parse(r) {
            v = scale_mul(v, 100.0);
            words = true;
            r = r2;
        }
    }
    if !ld.article {
        if let Ok((r2, f)) = and_fraction(r) {
            v += f;
            words = true;
            r = r2;
        }
    }
    if decimal {
        if let Ok((r2, s)) = spaced_letter_scale(r) {
            return Ok((r2, Core::exact(scale_mul(v, s), false)));
        }
    }
    if let Ok((r2, (s, is_word))) = preceded(sp_or_hyphen, scale_word).parse(r) {
        v = match hundreds {
            Some((h, tail)) if s == 12.0 && tail > 0.0 => h + tail * 12.0,
            _ => scale_mul(v, s),
        };
        words |= is_word;
        r = r2;
        let mut last = s;
        // "1.5 lakh crore", "20 thousand crore"
        if let Ok((r3, s2)) = preceded(sp, big_scale_only).parse(r) {
            if s2 > s && s >= 1000.0 {
                v = scale_mul(v, s2);
                r = r3;
                last = s2;
            }
        }
        // "3 million and a half", "one billion and a half million"
        if last >= 1000.0 {
            if let Ok((r3, f)) = and_fraction(r) {
                let mut smaller = preceded(sp, verify(big_scale_only, |&s: &f64| s < last));
                if let Ok((r4, s2)) = smaller.parse(r3) {
                    return Ok((r4, Core::exact(v + scale_mul(f, s2), true)));
                }
                return Ok((r3, Core::exact(v + scale_mul(f, last), true)));
            }
        }
        // "two thousand three hundred", "one million two hundred thousand",
        // "4 thousand 3 hundred and 21", "6 crore and two hundred"
        while last >= 1000.0 {
            // "three million, two hundred and forty": in words a comma may
            // part the groups, but a comma often ends a list item ("three
            // million, two hundred were"), so only a group with its own
            // tail or a smaller scale after it goes on (below).
            let comma = ld.words && r.starts_with(',') && r[1..].starts_with(is_space);
            let Ok((r3, (and, (g, hund)))) = (
                opt((sp, kw("and"))).map(|a| a.is_some()),
                preceded(sp, digit_or_word_group),
            )
                .parse(if comma { &r[1..] } else { r })
            else {
                break;
            };
            let after_comma = r.len() - r3.len();
            if comma
                && (and
                    || r[1..after_comma]
                        .trim_start()
                        .starts_with(|c: char| c.is_ascii_digit()))
            {
                break;
            }
            if preceded(sp_or_hyphen, word_in(denominator))
                .parse(r3)
                .is_ok()
            {
                break; // "five billion and three quarters"
            }
            let sc = preceded(sp_or_hyphen, verify(big_scale_only, |&s: &f64| s < last))
                .parse(r3)
                .ok();
            match sc {
                Some((r4, s2)) => {
                    v += scale_mul(g, s2);
                    r = r4;
                    last = s2;
                }
                None if comma && !(hund && g % 100.0 != 0.0) => break,
                // "two million and one million": two figures, not 2,000,001
                None if preceded(sp_or_hyphen, big_scale_only).parse(r3).is_ok() => break,
                None => {
                    if and || hund || g >= 10.0 {
                        v += g;
                        r = r3;
                    }
                    break;
                }
            }
        }
    }
    Ok((r, Core::exact(v, words)))
}

/// "hundreds", "thousands of", "tens of thousands", "hundreds of millions".
pub(super) fn vague_plural(i: &str) -> Res<'_, Core<'_>> {
    if let Ok((r, _)) = (kw("scores"), peek((sp, kw("of")))).parse(i) {
        return Ok((r, Core::vague(40.0, 199.0, 100.0))); // "scores of"
    }
    let (r, s1) = word_in(plural_scale).parse(i)?;
    let chain = preceded(
        (sp, kw("of"), sp),
        verify(word_in(plural_scale), |&s: &f64| s >= 1000.0),
    )
    .parse(r);
    if let Ok((r2, s2)) = chain {
        let a = s1 * s2;
        return Ok((r2, Core::vague(2.0 * a, 10.0 * a - 1.0, 5.0 * a)));
    }
    if s1 == 10.0 {
        return fail(i);
    }
    if s1 == 12.0 {
        return Ok((r, Core::vague(24.0, 99.0, 48.0)));
    }
    Ok((r, Core::vague(2.0 * s1, 10.0 * s1 - 1.0, 5.0 * s1)))
}

/// "several hundred", "a few dozen", "several hundred thousand".
pub(super) fn vague_multiplier(i: &str) -> Res<'_, Core<'_>> {
    let (r, (lo, hi, rep)) = alt((
        (kw("a"), sp, kw("few")).map(|_| (2.0, 5.0, 3.0)),
        kw("few").map(|_| (2.0, 5.0, 3.0)),
        kw("several").map(|_| (3.0, 9.0, 5.0)),
    ))
    .parse(i)?;
    let (mut r, mut s) = preceded(
        sp,
        word_in(|w| {
            if w.eq_ignore_ascii_case("hundred") {
                Some(100.0)
            } else {
                big_scale(w)
            }
        }),
    )
    .parse(r)?;
    if s == 100.0 {
        if let Ok((r2, s2)) = preceded(sp, big_scale_only).parse(r) {
            s *= s2;
            r = r2;
        }
    }
    Ok((r, Core::vague(lo * s, hi * s, rep * s)))
}

/// "half a million", "half a dozen", "a half-dozen", "half million",
/// "a quarter million", "quarter of a million", and "half a" before
/// "percent"/"percentage point" (the suffix parser takes the percent word).
pub(super) fn half_a_core(i: &str) -> Res<'_, Core<'_>> {
    let part = (
        opt((kw("a"), sp)),
        alt((kw("half").map(|_| 0.5), kw("quarter").map(|_| 0.25))),
    )
        .map(|(_, f)| f);
    let link = opt(alt((
        (sp, kw("of"), sp, kw("a")).map(|_| ()),
        (sp, alt((kw("a"), kw("an")))).map(|_| ()),
    )));
    let scale = preceded(
        sp_or_hyphen,
        word_in(|w| {
            if w.eq_ignore_ascii_case("hundred") {
                Some(100.0)
            } else {
                big_scale(w)
            }
        }),
    );
    let percent_ahead = peek(preceded(
        sp_or_hyphen,
        alt((kw("percent"), kw("percentage"), kw("per"))),
    ));
    alt((
        (part, link, scale).map(|(f, _, s)| Core::exact(scale_mul(f, s), true)),
        (kw("half"), sp, kw("a"), percent_ahead).map(|_| Core::exact(0.5, true)),
    ))
    .parse(i)
}
