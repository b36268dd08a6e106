//! Digit numbers: thousands separators, decimals, glued scales, units and ordinal suffixes.

use super::*;

/// Letters written straight after the digits.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(super) enum Glued<'a> {
    Nothing,
    Scale(f64),
    Ordinal,
    Unit(&'a str),
}

#[derive(Debug, Clone, Copy)]
pub(super) struct Digits<'a> {
    pub(super) value: f64,
    /// An integer below 100 written with at most two digits ("3" in "3 hundred").
    pub(super) small: bool,
    pub(super) glued: Glued<'a>,
}

/// A separator plus a group of exactly `len` digits at `pos`.
pub(super) fn group_at(
    s: &str,
    pos: usize,
    sep: Option<char>,
    len: usize,
) -> Option<(char, usize)> {
    let rest = s.get(pos..)?;
    let c = rest.chars().next()?;
    // a plain space groups thousands only ("40 000", "1 414 021 100")
    let space = c == ' ' && len == 3;
    if !(c == ',' || is_thin_sep(c) || space) || sep.is_some_and(|sc| sc != c) {
        return None;
    }
    let after = &rest[c.len_utf8()..];
    (ascii_digits(after) == len).then_some((c, pos + c.len_utf8() + len))
}

/// The integer part, with western ("1,200,000") or Indian ("12,34,567")
/// grouping. Returns the figure as written, separators included (empty
/// before a bare decimal point), and whether any separators were seen.
pub(super) fn int_part(i: &str) -> Res<'_, (&str, bool)> {
    let n0 = ascii_digits(i);
    if n0 == 0 {
        // ".08": an empty integer part before a decimal point
        return match i.strip_prefix('.') {
            Some(d) if d.starts_with(|c: char| c.is_ascii_digit()) => Ok((i, ("", false))),
            _ => fail(i),
        };
    }
    let mut best_end = n0;
    if n0 <= 3 {
        let (mut pos, mut sep) = (n0, None);
        while let Some((c, np)) = group_at(i, pos, sep, 3) {
            sep = Some(c);
            pos = np;
        }
        best_end = pos;
        if n0 <= 2 {
            let (mut pos, mut sep, mut twos) = (n0, None, 0);
            while let Some((c, np)) = group_at(i, pos, sep, 2) {
                sep = Some(c);
                pos = np;
                twos += 1;
            }
            if twos > 0 {
                if let Some((_, np)) = group_at(i, pos, sep, 3) {
                    if np > best_end {
                        best_end = np;
                    }
                }
            }
        }
    }
    Ok((&i[best_end..], (&i[..best_end], best_end > n0)))
}

/// The value of a figure from its integer part (separators skipped) and
/// its decimal digits. A figure of news has at most 15 or so digits: it is
/// read as an integer over a power of ten, both exact in an `f64`, so the
/// one division rounds as the standard parser would (Clinger's fast path;
/// checked in debug builds). Longer figures go through the parser.
pub(crate) fn figure_value(int: &str, dec: &str) -> Option<f64> {
    const EXACT: u64 = 1 << 53;
    const TENS: [f64; 23] = [
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16,
        1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
    ];
    let parsed = || {
        let mut s: String = int.chars().filter(char::is_ascii_digit).collect();
        if !dec.is_empty() {
            s.push('.');
            s.push_str(dec);
        }
        s.parse::<f64>().ok().filter(|v| v.is_finite())
    };
    let mut m: u64 = 0;
    for part in [int, dec] {
        for b in part.bytes().filter(u8::is_ascii_digit) {
            m = m * 10 + u64::from(b - b'0');
            if m > EXACT {
                return parsed();
            }
        }
    }
    let Some(&ten) = TENS.get(dec.len()) else {
        return parsed();
    };
    let v = m as f64 / ten;
    debug_assert_eq!(Some(v), parsed(), "figure {int:?} . {dec:?}");
    Some(v)
}

/// A decimal comma: one comma and one or two digits that end the figure
/// ("5,00", "1,3", "1,5 million"), as outlets writing in the continental
/// style put it. A thousands group has three digits, and a list without
/// spaces goes on ("1,2,3"), so neither reads here.
fn decimal_comma(r: &str) -> Option<(&str, &str)> {
    let after = r.strip_prefix(',')?;
    let n = ascii_digits(after);
    let rest = &after[n..];
    let mut cs = rest.chars();
    let goes_on =
        matches!((cs.next(), cs.next()), (Some(',' | '.'), Some(d)) if d.is_ascii_digit());
    ((1..=2).contains(&n) && !goes_on).then(|| (&after[..n], rest))
}

/// Unicode vulgar fractions: '½' -> 0.5.
pub(super) fn vulgar_fraction(c: char) -> Option<f64> {
    Some(match c {
        '½' => 1.0 / 2.0,
        '⅓' => 1.0 / 3.0,
        '⅔' => 2.0 / 3.0,
        '¼' => 1.0 / 4.0,
        '¾' => 3.0 / 4.0,
        '⅕' => 1.0 / 5.0,
        '⅖' => 2.0 / 5.0,
        '⅗' => 3.0 / 5.0,
        '⅘' => 4.0 / 5.0,
        '⅙' => 1.0 / 6.0,
        '⅚' => 5.0 / 6.0,
        '⅛' => 1.0 / 8.0,
        '⅜' => 3.0 / 8.0,
        '⅝' => 5.0 / 8.0,
        '⅞' => 7.0 / 8.0,
        _ => return None,
    })
}

/// "am", "pm", "a.m.", "p.m." after a clock-like number.
pub(super) fn clock_suffix(i: &str) -> bool {
    let readings = |i| {
        preceded(
            opt(sp),
            alt((kw("am"), kw("pm"), tag_no_case("a.m."), tag_no_case("p.m."))),
        )
        .parse(i)
        .is_ok()
    };
    // Each reading begins with "a" or "p" and then "m" or a stop after the
    // spaces: test that first (checked in debug builds).
    let b = i.trim_start_matches(is_space).as_bytes();
    if !(b.len() >= 2
        && matches!(b[0], b'a' | b'A' | b'p' | b'P')
        && matches!(b[1], b'm' | b'M' | b'.'))
    {
        debug_assert!(!readings(i), "clock suffix {i:?}");
        return false;
    }
    readings(i)
}

/// A number written in digits, with whatever letters are glued to it.
/// A capital C glued to a figure is degrees Celsius as newswire writes it
/// ("temperatures hit 44.6C"): the unit with its degree sign, as the
/// lexicon lists it. An F stays a code ("a Boeing 777F", "the 13F filing").
fn temperature_letter(letters: &str) -> Option<&'static str> {
    (letters == "C").then_some("°c")
}

/// Fails on clock times, dates, versions and codes like "4x4" or "5G".
pub(super) fn digit_number(i: &str) -> Res<'_, Digits<'_>> {
    let (mut r, (int_text, grouped)) = int_part(i)?;
    let int_len = if grouped {
        int_text.bytes().filter(u8::is_ascii_digit).count()
    } else {
        int_text.len()
    };
    let mut int = true;
    // Digits after the point or comma: a clock reading has none or two.
    let mut dec = "";
    if let Some((d, rest)) = decimal_comma(r).filter(|_| !grouped && int_len <= 3) {
        (dec, r) = (d, rest);
        int = false;
    } else if let Some(after) = r.strip_prefix('.') {
        let n = ascii_digits(after);
        if n > 0 {
            (dec, r) = (&after[..n], &after[n..]);
            int = false;
        }
    }
    let decimals = dec.len();
    let mut vulgar = 0.0;
    if int {
        if let Some(f) = r.chars().next().and_then(vulgar_fraction) {
            vulgar = f; // "2½"
            r = &r[r.chars().next().map_or(0, char::len_utf8)..];
            int = false;
        }
    }
    let mut cs = r.chars();
    if let (Some(c), Some(d)) = (cs.next(), cs.next()) {
        if matches!(c, ':' | '/' | '.') && d.is_ascii_digit() {
            return fail(i); // 10:25, 24/7, 1.2.3
        }
        if c == ',' && d.is_ascii_digit() && !int {
            return fail(i); // 1.111,11
        }
        if is_hyphen(c) && d.is_ascii_digit() {
            let after = &r[c.len_utf8()..];
            let mut c2 = after[ascii_digits(after)..].chars();
            if let (Some(e), Some(f)) = (c2.next(), c2.next()) {
                if is_hyphen(e) && f.is_ascii_digit() {
                    return fail(i); // 2022-02-17
                }
            }
        }
    }
    let Some(value) = figure_value(int_text, dec).map(|v| v + vulgar) else {
        return fail(i);
    };
    if let Ok((r2, v)) = exponent(r, value) {
        let glued = Glued::Nothing;
        let small = false;
        return Ok((
            r2,
            Digits {
                value: v,
                small,
                glued,
            },
        ));
    }
    let (r2, letters) = take_while(|c: char| c.is_alphabetic()).parse(r)?;
    // A unit raised to a power is one unit: "4km^2", "40m³".
    let (r2, letters) = match unit_power(r2) {
        Some(n) if !letters.is_empty() => (&r2[n..], &r[..letters.len() + n]),
        _ => (r2, letters),
    };
    // "5 pm", "10.30am" are clock times, the date parser's; "2.1 pm" or
    // "2.123 am" cannot be, so "pm" and "am" there are units of length.
    let clock = (decimals == 0 || decimals == 2) && vulgar == 0.0;
    let glued = if letters.is_empty() {
        if clock && int_len <= 2 && !grouped && clock_suffix(r) {
            return fail(i);
        }
        Glued::Nothing
    } else if starts_alnum(r2) || (clock && eq_any(letters, &["am", "pm"])) {
        return fail(i);
    } else if int && eq_any(letters, &["st", "nd", "rd", "th"]) {
        Glued::Ordinal
    } else if let Some(sc) = abbr_scale(letters, true) {
        Glued::Scale(sc)
    } else if let Some(degrees) = temperature_letter(letters) {
        Glued::Unit(degrees) // "44.6C"
    } else if letters.chars().count() == 1 && letters.chars().all(char::is_uppercase) {
        return fail(i); // 5G, 3D
    } else {
        Glued::Unit(letters)
    };
    let rest = if letters.is_empty() { r } else { r2 };
    Ok((
        rest,
        Digits {
            value,
            small: int && !grouped && int_len <= 2,
            glued,
        },
    ))
}

/// The length of a power written after a unit ("^2", "^3", "²", "³") when
/// nothing alphanumeric follows it: areas and volumes ("km^2", "m³").
pub(super) fn unit_power(r: &str) -> Option<usize> {
    let n = ["^2", "^3", "²", "³"]
        .iter()
        .find(|p| r.starts_with(*p))?
        .len();
    (!starts_alnum(&r[n..])).then_some(n)
}

/// A signed exponent: "+14", "-4", "--23" (signs multiply).
fn signed_power(i: &str) -> Res<'_, f64> {
    let (r, signs) = take_while(|c: char| c == '+' || c == '-' || c == '\u{2212}').parse(i)?;
    let n = ascii_digits(r);
    if n == 0 || n > 3 || starts_alnum(&r[n..]) {
        return fail(i);
    }
    let e: f64 = r[..n].parse().unwrap_or(0.0);
    let neg = signs.chars().filter(|&c| c != '+').count() % 2 == 1;
    Ok((&r[n..], if neg { -e } else { e }))
}

/// Scientific notation and powers after a mantissa: "1e10", "12.32e+14",
/// "1.3x10^6", "6.23×10^-4", "1.1^23", "2.5^-1".
fn exponent(i: &str, mantissa: f64) -> Res<'_, f64> {
    // Each notation below begins with one of these: test that first.
    if !i.starts_with(['e', 'E', 'x', '\u{d7}', '^']) {
        return fail(i);
    }
    let tens = alt((tag("e"), tag("E"), tag("x10^"), tag("×10^"), tag("x 10^")));
    // "2.48×10−5": a superscript exponent flattened onto the line, read
    // only after the multiplication sign and with its minus ("×10-5")
    let flat = preceded(tag("×10"), verify(signed_power, |&e: &f64| e < 0.0));
    if let Ok((r, e)) = alt((preceded(tens, signed_power), flat)).parse(i) {
        let v = mantissa * 10f64.powf(e);
        let v = if e >= 0.0 {
            scale_mul(mantissa, 10f64.powf(e))
        } else {
            v
        };
        if v.is_finite() {
            return Ok((r, v));
        }
    }
    let (r, e) = preceded(tag("^"), signed_power).parse(i)?;
    let v = mantissa.powf(e);
    if v.is_finite() {
        Ok((r, v))
    } else {
        fail(i)
    }
}
