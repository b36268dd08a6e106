//! Suffixes and glue: percent, currency words and hyphen-glued units ("27-minute").

use super::*;

/// The unit [`percent_suffix`] reads in "1.5 percentage points": a change
/// of a share, not a share.
pub const PERCENTAGE_POINTS: &str = "percentage points";

/// "%", " percent", " per cent", " pc", " percentage points".
pub(super) fn percent_suffix(i: &str) -> Res<'_, Option<&'static str>> {
    // After the spaces or the hyphen, each reading begins with a percent
    // sign or one of these words: test that first (checked in debug builds).
    const FIRST: [&str; 6] = ["percentage", "percent", "percents", "pct", "pc", "per"];
    let after = i.trim_start_matches(|c| is_space(c) || is_hyphen(c));
    let letters = after.bytes().take_while(u8::is_ascii_alphabetic).count();
    if !after.starts_with(['%', '\u{ff05}'])
        && !FIRST
            .iter()
            .any(|w| after[..letters].eq_ignore_ascii_case(w))
    {
        debug_assert!(percent_readings(i).is_err(), "percent suffix {i:?}");
        return fail(i);
    }
    percent_readings(i)
}

/// [`percent_suffix`] without its first test.
fn percent_readings(i: &str) -> Res<'_, Option<&'static str>> {
    let sign = preceded(opt(sp), alt((tag("%"), tag("\u{ff05}")))).map(|_| None);
    let pc_exact = verify(word, |w: &str| w == "pc");
    let words = preceded(
        sp_or_hyphen,
        alt((
            (
                kw("percentage"),
                sp_or_hyphen,
                alt((kw("points"), kw("point"))),
            )
                .map(|_| Some(PERCENTAGE_POINTS)),
            kw("percentage").map(|_| None), // "100 percentage"
            kw("percent").map(|_| None),
            kw("percents").map(|_| None),
            kw("pct").map(|_| None),
            pc_exact.map(|_| None),
            (kw("per"), sp_or_hyphen, kw("cent")).map(|_| None),
        )),
    );
    alt((sign, words)).parse(i)
}

/// One word of a currency phrase (words with dots compared literally).
pub(super) fn phrase_word<'a>(i: &'a str, w: &str) -> Res<'a, ()> {
    if w.contains('.') {
        let (r, _) = tag_no_case(w).parse(i)?;
        return Ok((r, ()));
    }
    let (r, got) = word(i)?;
    if got.eq_ignore_ascii_case(w) {
        Ok((r, ()))
    } else {
        fail(i)
    }
}

/// A currency name or ISO code after the number: "euros", "CFA francs", "USD".
pub(super) fn currency_suffix(i: &str) -> Res<'_, &'static str> {
    let (r1, w1) = word(i)?;
    if let Some(code) = currency_code(w1) {
        return Ok((r1, code));
    }
    let found = currency_phrase(i, currency_entries(w1).iter().map(|&k| usize::from(k)));
    // Checked in debug builds (every test): the entries left out match
    // nothing here.
    debug_assert_eq!(
        found.as_ref().ok(),
        currency_phrase(i, 0..CURRENCY_WORDS.len()).as_ref().ok(),
        "currency_entries({w1:?})"
    );
    found
}

/// The first entry of [`CURRENCY_WORDS`] among `entries` that `i` opens with.
fn currency_phrase(i: &str, entries: impl Iterator<Item = usize>) -> Res<'_, &'static str> {
    'entries: for k in entries {
        let (words, code) = &CURRENCY_WORDS[k];
        let mut r = i;
        for (k, w) in words.iter().enumerate() {
            if k > 0 {
                match sp(r) {
                    Ok((r2, _)) => r = r2,
                    Err(_) => continue 'entries,
                }
            }
            match phrase_word(r, w) {
                Ok((r2, _)) => r = r2,
                Err(_) => continue 'entries,
            }
        }
        return Ok((r, code));
    }
    fail(i)
}

/// A currency sign after the number, as much of Europe writes it: "-15€",
/// "20 €". Not when a figure follows ("15 $20 bills": the sign is that
/// figure's).
pub(super) fn currency_symbol_after(i: &str) -> Res<'_, &'static str> {
    let (r, _) = opt(sp).parse(i)?;
    if !r.starts_with(is_currency_char) {
        return fail(i);
    }
    let (r2, code) = currency_prefix(r)?;
    let next = r2.trim_start_matches(is_space);
    if next.starts_with(|c: char| c.is_ascii_digit() || c == '.') || starts_alnum(r2) {
        return fail(i);
    }
    Ok((r2, code))
}

/// A currency sign or code before the number: "$", "US$", "€", "Rs.", "USD ".
pub(super) fn currency_prefix(i: &str) -> Res<'_, &'static str> {
    // Every prefix and code begins with a capital or a sign (a unit test
    // checks the table): a figure or a word in lower case is none.
    if !i.starts_with(|c: char| c.is_ascii_uppercase() || !c.is_alphanumeric()) {
        return fail(i);
    }
    for (p, code) in CURRENCY_PREFIXES.iter() {
        // (The first byte compared first: most prefixes differ there.)
        if p.as_bytes()[0] != i.as_bytes()[0] {
            continue;
        }
        if let Ok((r, _)) = tag::<_, _, Error<&str>>(*p).parse(i) {
            if p.ends_with(|c: char| c.is_alphabetic()) && r.starts_with(char::is_alphabetic) {
                continue;
            }
            return Ok((r, code));
        }
    }
    let (r, w) = take_while1(|c: char| c.is_ascii_uppercase()).parse(i)?;
    match currency_code(w) {
        Some(code) if !r.starts_with(char::is_alphabetic) => Ok((r, code)),
        _ => fail(i),
    }
}

/// A unit glued by a hyphen: "-year-old", "-minute", "-strong".
pub(super) fn hyphen_glue(i: &str) -> Res<'_, &str> {
    const STOP: [&str; 14] = [
        "a", "an", "the", "to", "and", "or", "of", "by", "in", "on", "for", "per", "plus", "from",
    ];
    let seg = |i| {
        verify(word, |w: &str| {
            !eq_any(w, &STOP) && unit_value(w).is_none() && tens_value(w).is_none()
        })
        .parse(i)
    };
    let (start, _) = hyphen(i)?;
    let (mut r, _) = seg(start)?;
    while let Ok((r2, _)) = preceded(hyphen, seg).parse(r) {
        r = r2;
    }
    Ok((r, &start[..start.offset(r)]))
}

/// Shares named without a figure: "a small percent", "the % of increase",
/// "how to calculate a percentage". The word says a share is meant but not
/// how large, so it is no [`Num`] and never becomes a comparable claim;
/// it is what the peers report as a percentage with a null value. A word
/// inside one of `nums` (the figure's own "40 percent", "percent of 10")
/// is not one, nor a "%" glued to anything (URL escapes like "%20").
pub fn share_mentions(text: &str, nums: &[Num]) -> Vec<Range<usize>> {
    let inside = |a: usize| nums.iter().any(|n| n.span.contains(&a));
    let mut out = Vec::new();
    let mut i = 0;
    while let Some(c) = text[i..].chars().next() {
        let prev = text[..i].chars().next_back();
        let start_ok = prev.is_none_or(|p| !p.is_alphanumeric());
        if c.is_alphabetic() && start_ok {
            let rest = &text[i..];
            let len = alt((
                (kw("per"), sp, kw("cent")).map(|_| ()),
                kw("percentage").map(|_| ()),
                kw("percent").map(|_| ()),
            ))
            .parse(rest)
            .map(|(r, _)| rest.offset(r));
            match len {
                Ok(len) if !inside(i) => {
                    out.push(i..i + len);
                    i += len;
                }
                _ => {
                    i += rest
                        .find(|c: char| !c.is_alphanumeric())
                        .unwrap_or(rest.len())
                }
            }
            continue;
        }
        let after = text[i + c.len_utf8()..].chars().next();
        let alone = prev.is_none_or(is_space) && after.is_none_or(|a| !a.is_alphanumeric());
        if matches!(c, '%' | '\u{ff05}') && alone && !inside(i) {
            out.push(i..i + c.len_utf8());
        }
        i += c.len_utf8();
    }
    out
}
