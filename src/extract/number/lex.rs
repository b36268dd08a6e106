//! Character classes and the small nom building blocks the number parsers share.

use super::*;
use crate::text::{letters_end, opens_with_word};

pub(super) fn is_space(c: char) -> bool {
    matches!(
        c,
        ' ' | '\t' | '\n' | '\r' | '\u{a0}' | '\u{2000}'
            ..='\u{200a}' | '\u{202f}' | '\u{205f}' | '\u{3000}'
    )
}

/// Thin spaces used as thousands separators ("5 100").
pub(super) fn is_thin_sep(c: char) -> bool {
    matches!(c, '\u{2009}' | '\u{202f}' | '\u{2007}' | '\u{a0}')
}

pub(super) fn is_hyphen(c: char) -> bool {
    matches!(c, '-' | '\u{2010}' | '\u{2011}')
}

pub(super) fn is_currency_char(c: char) -> bool {
    matches!(c, '$' | '\u{a2}'..='\u{a5}' | '\u{20a0}'..='\u{20cf}')
}

pub(super) fn ascii_digits(s: &str) -> usize {
    s.bytes().take_while(u8::is_ascii_digit).count()
}

/// Whitespace between the words of one number (at most one line break).
pub(super) fn sp(i: &str) -> Res<'_, &str> {
    let fits = |s: &str| s.len() <= 16 && s.bytes().filter(|&b| b == b'\n').count() <= 1;
    // The ASCII spaces of [`is_space`] byte by byte; a run that stops at a
    // byte that is not ASCII goes to the char reader, as it may go on in
    // other spaces.
    let b = i.as_bytes();
    let n = b
        .iter()
        .take_while(|&&x| matches!(x, b' ' | b'\t' | b'\n' | b'\r'))
        .count();
    if b.get(n).is_none_or(u8::is_ascii) {
        let kind = match n {
            0 => ErrorKind::TakeWhile1,
            _ if !fits(&i[..n]) => ErrorKind::Verify,
            _ => return Ok((&i[n..], &i[..n])),
        };
        return Err(nom::Err::Error(Error::new(i, kind)));
    }
    verify(take_while1(is_space), fits).parse(i)
}

pub(super) fn hyphen(i: &str) -> Res<'_, char> {
    satisfy(is_hyphen).parse(i)
}

/// A space or a hyphen between two parts ("twenty-one", "1.2-billion").
pub(super) fn sp_or_hyphen(i: &str) -> Res<'_, &str> {
    alt((sp, |i| {
        let (r, _) = hyphen(i)?;
        Ok((r, &i[..i.offset(r)]))
    }))
    .parse(i)
}

/// A whole alphabetic word (not followed by a digit).
pub(super) fn word(i: &str) -> Res<'_, &str> {
    let n = letters_end(i, 0);
    if n == 0 {
        return Err(nom::Err::Error(Error::new(i, ErrorKind::TakeWhile1)));
    }
    let (w, r) = i.split_at(n);
    if starts_alnum(r) {
        return fail(i);
    }
    Ok((r, w))
}

/// A given word of ASCII letters, ASCII case-insensitively: the same match
/// as [`word`] equal to `k`, see [`opens_with_word`].
pub(super) fn kw<'a>(k: &'static str) -> impl Fn(&'a str) -> Res<'a, &'a str> {
    move |i| {
        if !opens_with_word(i, k) {
            return fail(i);
        }
        let (w, r) = i.split_at(k.len());
        debug_assert_eq!(word(i).ok(), Some((r, w)));
        Ok((r, w))
    }
}

/// A word looked up in a table by `f`.
pub(super) fn word_in<'a, T>(f: impl Fn(&str) -> Option<T>) -> impl Fn(&'a str) -> Res<'a, T> {
    move |i| {
        let (r, w) = word(i)?;
        match f(w) {
            Some(v) => Ok((r, v)),
            None => fail(i),
        }
    }
}

pub(super) fn find_ci(table: &[&str], w: &str) -> Option<usize> {
    table.iter().position(|t| t.eq_ignore_ascii_case(w))
}

pub(super) fn eq_any(w: &str, set: &[&str]) -> bool {
    find_ci(set, w).is_some()
}

/// Multiply by a scale and drop the float noise ("3.4" * 1e9).
pub(super) fn scale_mul(v: f64, s: f64) -> f64 {
    let x = v * s;
    let r = x.round();
    if (x - r).abs() <= 1e-9 * x.abs().max(1.0) {
        r
    } else {
        x
    }
}
