//! Fractions in words and ratios: "two fifths", "twenty-three fifths",
//! "a hundredth of", "two and fifty-four hundredths", "two thirds of a
//! million", "one over three", "one out of five", "one in twenty-one".

use super::*;

#[derive(Debug, Clone, Copy, PartialEq)]
enum Tok {
    /// A cardinal word or compound ("twenty-three", "hundred", "a").
    Card(f64),
    /// "and" between parts.
    And,
    /// The closing ordinal, with its value and whether it is plural.
    Ord(f64, bool),
}

/// "fifth" -> (5, false), "thirds" -> (3, true), "halves" -> (2, true).
/// "first" and "second" only count inside a compound ("twenty-first"):
/// "wait one second" is a duration, not a half.
fn ordinal_word(w: &str, in_compound: bool) -> Option<(f64, bool)> {
    const HALVES_AND_QUARTERS: [(&str, f64, bool); 4] = [
        ("half", 2.0, false),
        ("halves", 2.0, true),
        ("quarter", 4.0, false),
        ("quarters", 4.0, true),
    ];
    if let Some(&(_, v, plural)) = HALVES_AND_QUARTERS
        .iter()
        .find(|(k, ..)| k.eq_ignore_ascii_case(w))
    {
        return Some((v, plural));
    }
    let (base, plural) = match w.strip_suffix(['s', 'S']) {
        Some(b) => (b, true),
        None => (w, false),
    };
    if let Some(n) = find_ci(&ORD_UNITS, base) {
        return (n >= 3 || (n >= 1 && in_compound)).then_some((n as f64, plural));
    }
    if let Some(n) = find_ci(&ORD_TENS, base) {
        return Some(((n as f64 + 2.0) * 10.0, plural));
    }
    const ROUND: [(&str, f64); 5] = [
        ("hundredth", 1e2),
        ("thousandth", 1e3),
        ("millionth", 1e6),
        ("billionth", 1e9),
        ("trillionth", 1e12),
    ];
    ROUND
        .iter()
        .find(|(k, _)| k.eq_ignore_ascii_case(base))
        .map(|&(_, v)| (v, plural))
}

/// A hyphen, with or without spaces around it ("ninety - five").
fn dash(i: &str) -> Res<'_, ()> {
    let (r, _) = (opt(sp), hyphen, opt(sp)).parse(i)?;
    Ok((r, ()))
}

/// One token: its value and where it ends.
fn token(i: &str, first: bool, after_and: bool) -> Res<'_, Tok> {
    let (r, w) = word(i)?;
    if (first || after_and) && eq_any(w, &["a", "an"]) {
        return Ok((r, Tok::Card(1.0)));
    }
    if !first && !after_and && w.eq_ignore_ascii_case("and") {
        return Ok((r, Tok::And));
    }
    if let Some(t) = tens_value(w) {
        let unit = verify(word_in(unit_value), |&u: &f64| (1.0..10.0).contains(&u));
        if let Ok((r2, u)) = preceded(dash, unit).parse(r) {
            return Ok((r2, Tok::Card(t + u)));
        }
        // "twenty-first", "thirty-fifths", and spaced "twenty firsts"
        // (a lone "first" or "second" is never a denominator)
        let ord = |i| word_in(|w| ordinal_word(w, true)).parse(i);
        if let Ok((r2, (o, p))) = preceded(dash, ord).parse(r) {
            if o < 10.0 {
                return Ok((r2, Tok::Ord(t + o, p)));
            }
        }
        if let Ok((r2, (o, p))) = preceded(sp, ord).parse(r) {
            if o <= 2.0 {
                return Ok((r2, Tok::Ord(t + o, p)));
            }
        }
        return Ok((r, Tok::Card(t)));
    }
    if let Some(u) = unit_value(w) {
        return Ok((r, Tok::Card(u)));
    }
    if w.eq_ignore_ascii_case("hundred") {
        return Ok((r, Tok::Card(100.0)));
    }
    if let Some(s) = big_scale(w).filter(|&s| s >= 1000.0) {
        return Ok((r, Tok::Card(s)));
    }
    match ordinal_word(w, false) {
        Some((o, p)) => Ok((r, Tok::Ord(o, p))),
        None => fail(i),
    }
}

/// The tokens up to and including the closing ordinal, with their spans
/// relative to `i`.
fn tokens(i: &str) -> Option<Vec<(Range<usize>, Tok)>> {
    let mut out: Vec<(Range<usize>, Tok)> = Vec::new();
    let mut r = i;
    loop {
        if !out.is_empty() {
            r = alt((dash, sp_or_hyphen.map(|_| ()))).parse(r).ok()?.0;
        }
        let after_and = out.last().is_some_and(|t| t.1 == Tok::And);
        let (r2, t) = token(r, out.is_empty(), after_and).ok()?;
        out.push((i.offset(r)..i.offset(r2), t));
        r = r2;
        if matches!(t, Tok::Ord(..)) {
            return Some(out);
        }
        if out.len() > 16 {
            return None;
        }
    }
}

fn composable(big: f64, small: f64) -> bool {
    let base = if small > 10.0 { 100.0 } else { 10.0 };
    big % base == 0.0 && big / base >= 1.0
}

/// Where the numerator ends and the denominator begins: walk back from the
/// ordinal while the words compose one number with it ("thirty fifths",
/// "one hundred fifth"), and stop where a round number opens the numerator
/// ("one hundred | thirty fifths"). The rule of Recognizers-Text's parser.
fn split_point(vals: &[Option<f64>]) -> usize {
    let n = vals.len();
    let mut split = n - 1;
    let mut cur = vals[n - 1].unwrap_or(0.0);
    let mut round = 1.0;
    for k in (0..n - 1).rev() {
        let Some(v) = vals[k] else { continue };
        let prev = cur;
        cur = v;
        if (prev >= 100.0 && prev > cur) || (prev < 100.0 && composable(cur, prev)) {
            if prev < 100.0 && cur >= round {
                round = cur;
            } else if prev < 100.0 && cur < round {
                return k + 1;
            }
            if k == 0 {
                let mut s = 1;
                while s + 1 < n {
                    let big = vals[s].is_some_and(|v| v >= 100.0);
                    if big && vals[s + 1].is_some_and(|v| v < 100.0) {
                        return s + 1;
                    }
                    s += 1;
                }
                return s;
            }
            continue;
        }
        split = k + 1;
        break;
    }
    split
}

/// A whole cardinal in words, exactly `s` ("one hundred and thirty").
fn whole(s: &str) -> Option<f64> {
    if eq_any(s, &["a", "an"]) {
        return Some(1.0);
    }
    match regular_core(s) {
        Ok(("", c)) if c.unit.is_none() => Some(c.value),
        _ => None,
    }
}

/// The value of tokens as numerator / denominator, with its plural check.
fn ratio_of(i: &str, toks: &[(Range<usize>, Tok)]) -> Option<(f64, f64)> {
    let vals: Vec<Option<f64>> = toks
        .iter()
        .map(|(_, t)| match t {
            Tok::Card(v) | Tok::Ord(v, _) => Some(*v),
            Tok::And => None,
        })
        .collect();
    let split = split_point(&vals);
    let num_toks = &toks[..split];
    let num_toks = match num_toks.last() {
        Some((_, Tok::And)) => &num_toks[..num_toks.len() - 1],
        _ => num_toks,
    };
    let (first, last) = (num_toks.first()?, num_toks.last()?);
    let num = whole(&i[first.0.start..last.0.end])?;
    let (_, Tok::Ord(o, plural)) = toks.last()? else {
        return None;
    };
    let cards: Vec<&(Range<usize>, Tok)> = toks[split..toks.len() - 1]
        .iter()
        .filter(|t| t.1 != Tok::And)
        .collect();
    let den = match (cards.first(), cards.last()) {
        (Some(a), Some(b)) => {
            let c = whole(&i[a.0.start..b.0.end])?;
            if *o >= 100.0 {
                c * o
            } else {
                c + o
            }
        }
        _ => *o,
    };
    (den > 0.0 && (num == 1.0) != *plural).then_some((num, den))
}

/// "two fifths", "a twenty-first", "one hundred thirty-fifths", "two and
/// fifty-four hundredths": the value, or fail. A lone "a fifth" or "one
/// hundredth" is a fraction only before "of" or at the end of a clause
/// ("a fifth consecutive title" is an ordinal).
pub(super) fn word_fraction(i: &str) -> Res<'_, Core<'_>> {
    let Some(toks) = tokens(i) else {
        return fail(i);
    };
    if toks.len() < 2 {
        return fail(i);
    }
    let end = toks[toks.len() - 1].0.end;
    // "two hundred and fifty-four hundredths": a whole and a proper fraction
    let and_at = toks.iter().rposition(|t| t.1 == Tok::And);
    if and_at.is_some_and(|k| matches!(toks[k - 1].1, Tok::Card(v) if v >= 1000.0)) {
        return fail(i); // "two million and one half": the scale takes the half
    }
    let and_split = and_at.and_then(|k| {
        let left = whole(&i[toks.first()?.0.start..toks[k - 1].0.end])?;
        let (n, d) = ratio_of(i, &toks[k + 1..]).filter(|&(n, d)| n < d)?;
        Some(left + n / d)
    });
    let (v, single) = match and_split {
        Some(v) => (v, false),
        None => match ratio_of(i, &toks) {
            Some((n, d)) => (n / d, n == 1.0 && d != 2.0 && d != 4.0),
            None => return fail(i),
        },
    };
    let r = &i[end..];
    if single {
        let of = (sp, kw("of")).parse(r).is_ok();
        let next = r.trim_start_matches(is_space);
        let clause_end = !next.starts_with(|c: char| c.is_alphanumeric() || is_hyphen(c));
        if !of && !clause_end {
            return fail(i);
        }
    }
    // "two thirds of a million", "three quarters million"
    let scaled = preceded((opt((sp, kw("of"), sp, kw("a"))), sp), big_scale_only).parse(r);
    if let Ok((r2, s)) = scaled {
        return Ok((r2, Core::exact(scale_mul(v, s), true)));
    }
    Ok((r, Core::exact(v, true)))
}

/// "one over three", "1 over 20", "one out of three", "1 in twenty-one".
/// "over" only when nothing is counted after it ("$2000 over 3 years" is a
/// span of time); "in" only after one ("one in five adults"). `numerator`
/// is the regular core read at `i` (the caller reads it once for this and
/// for a cardinal).
pub(super) fn ratio<'a>(i: &'a str, numerator: Res<'a, Core<'a>>) -> Res<'a, Core<'a>> {
    let plain = |c: &Core| !c.vague && c.unit.is_none();
    let (r, num) = numerator?;
    if !plain(&num) {
        return fail(i);
    }
    let (r, how) = preceded(
        sp,
        alt((
            kw("over").map(|_| 0),
            (kw("out"), sp, kw("of")).map(|_| 1),
            kw("in").map(|_| 2),
        )),
    )
    .parse(r)?;
    let (r2, _) = sp(r)?;
    let (mut r3, mut den) = verify(regular_core, plain).parse(r2)?;
    if how == 1 {
        // "two out of five hundreds": a plural scale after the denominator
        let plural = verify(word_in(plural_scale), |&s: &f64| s >= 100.0);
        if let Ok((r4, s)) = preceded(sp, plural).parse(r3) {
            den.value = scale_mul(den.value, s);
            r3 = r4;
        }
    }
    let den_text = &r2[..r2.offset(r3)];
    let next = r3.trim_start_matches(is_space);
    let ok = match how {
        0 => !next.starts_with(|c: char| c.is_alphanumeric()),
        1 => num.value <= den.value, // not a rating: "12 out of 10"
        _ => {
            num.value == 1.0
                && !(den_text.len() == 4 && den_text.bytes().all(|b| b.is_ascii_digit()))
        }
    };
    if !ok || den.value == 0.0 {
        return fail(i);
    }
    Ok((r3, Core::exact(num.value / den.value, true)))
}

/// Denominators a fraction in figures is read with: the usual ones, and any
/// above 31 (never a day of the month). "9/11" and "7/12" stay unread: they
/// are dates and fixed expressions far more often than fractions.
fn slash_denominator(d: u32) -> bool {
    matches!(d, 2 | 3 | 4 | 5 | 6 | 8 | 10 | 16) || (32..=1000).contains(&d)
}

/// "3/4", "1/40": a proper fraction in figures standing alone; not
/// "5/17/2018", "24/7", "9/11", "50/50", "1/04".
fn slash_fraction(i: &str) -> Res<'_, f64> {
    let n_len = ascii_digits(i);
    let Some(r) = i.get(n_len..).and_then(|r| r.strip_prefix('/')) else {
        return fail(i);
    };
    let d_len = ascii_digits(r);
    let rest = &r[d_len..];
    let mut cs = rest.chars();
    let continues = match (cs.next(), cs.next()) {
        (Some(c), _) if c.is_alphanumeric() => true,
        (Some(c), Some(d)) => {
            (matches!(c, '/' | '.' | ':' | ',') || is_hyphen(c)) && d.is_ascii_digit()
        }
        _ => false,
    };
    if !(1..=3).contains(&n_len) || !(1..=4).contains(&d_len) || r.starts_with('0') || continues {
        return fail(i);
    }
    let (n, d): (u32, u32) = (
        i[..n_len].parse().unwrap_or(0),
        r[..d_len].parse().unwrap_or(0),
    );
    if n == 0 || n >= d || !slash_denominator(d) {
        return fail(i);
    }
    Ok((rest, f64::from(n) / f64::from(d)))
}

/// A fraction in figures, after a whole number or alone: "2 1/2", "2  1/4",
/// "3/4".
pub(super) fn slash_core(i: &str) -> Res<'_, Core<'_>> {
    let whole = verify(take_while1(|c: char| c.is_ascii_digit()), |w: &str| {
        w.len() <= 3
    });
    let (r, v) = alt((
        (whole, sp, slash_fraction).map(|(w, _, f)| w.parse::<f64>().unwrap_or(0.0) + f),
        slash_fraction,
    ))
    .parse(i)?;
    Ok((r, Core::exact(v, false)))
}
