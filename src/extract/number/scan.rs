//! Scanning a whole text for numbers: where a parse is tried (a digit, a
//! sign, a currency sign, or a word a number may start with) and which
//! readings are kept in their context ("no one", "one of", a figure glued
//! into a code or a list).

use super::*;
use crate::segment::{Doc, TokKind, Token};
use crate::text::{ascii_letters, letters_end};

/// Skip a digit token with its inner punctuation: "10:25", "2022-02-17", "1.2.3".
fn skip_numeric_token(text: &str, i: usize) -> usize {
    let mut j = alnum_end(text, i);
    loop {
        let mut cs = text[j..].chars();
        match (cs.next(), cs.next()) {
            (Some(s), Some(d))
                if (matches!(s, '.' | ',' | ':' | '/') || is_hyphen(s) || is_thin_sep(s))
                    && d.is_alphanumeric() =>
            {
                j = alnum_end(text, j + s.len_utf8());
            }
            _ => return j,
        }
    }
}

/// The letters just before byte `i` (not crossing any other character).
fn letters_before(text: &str, i: usize) -> &str {
    chars_before(text, i, char::is_alphabetic)
}

/// The letters and digits just before byte `i`.
fn letters_and_digits_before(text: &str, i: usize) -> &str {
    chars_before(text, i, char::is_alphanumeric)
}

/// The chars that pass `keep` just before byte `i`.
fn chars_before(text: &str, i: usize, keep: fn(char) -> bool) -> &str {
    let start = text[..i]
        .char_indices()
        .rev()
        .take_while(|&(_, c)| keep(c))
        .last()
        .map_or(i, |(k, _)| k);
    &text[start..i]
}

/// Is the previous character a hyphen preceded by a letter? Returns those letters.
fn hyphen_letters_before(text: &str, i: usize) -> Option<&str> {
    let mut back = text[..i].chars().rev();
    let h = back.next()?;
    if !is_hyphen(h) || !back.next()?.is_alphabetic() {
        return None;
    }
    Some(letters_before(text, i - h.len_utf8()))
}

/// A digit at `i` that belongs to something else: "COVID-19", "F-16",
/// the "25" of an unparsed "10:25".
fn bad_digit_context(text: &str, i: usize) -> bool {
    let mut back = text[..i].chars().rev();
    if matches!(text[..i].chars().next_back(), Some('%' | '=' | '&' | '_')) {
        return true; // "%20", "?id=305"
    }
    if let (Some(p), Some(pp)) = (back.next(), back.next()) {
        // "1.2.3", "24/7", "J1149.5+6663": digits after a digit and a
        // joining sign belong to a code or a formula
        if matches!(p, '.' | ',' | ':' | '/' | '+') && pp.is_ascii_digit() {
            return true;
        }
        // "km^2", "J/m^2": the power of a unit, not a figure
        if p == '^' && pp.is_alphabetic() {
            return true;
        }
        if is_hyphen(p) && pp.is_ascii_digit() {
            // a code of letters and figures before the hyphen: "I7-860BOX"
            let code = letters_and_digits_before(text, i - p.len_utf8());
            return code.chars().any(char::is_alphabetic);
        }
    }
    if unit_power_before(text, i) {
        return true;
    }
    match hyphen_letters_before(text, i) {
        Some(w) => {
            let upper = w.chars().filter(|c| c.is_uppercase()).count();
            (upper > 0 && (upper >= 2 || w.chars().count() <= 2))
                || eq_any(w, &["covid", "sars", "mers"])
        }
        None => false,
    }
}

/// The digit at `i` is the negative power of a unit written after its
/// figure: the "1" of "4e14 s-1" or "5 fb−1". One digit, after a hyphen or
/// minus sign glued to a symbol of one or two letters that follows a figure.
fn unit_power_before(text: &str, i: usize) -> bool {
    let Some(sign) = text[..i].chars().next_back() else {
        return false;
    };
    if !(is_hyphen(sign) || sign == '\u{2212}') {
        return false;
    }
    let at = i - sign.len_utf8();
    let unit = letters_before(text, at);
    let one_digit = !text[i..]
        .chars()
        .nth(1)
        .is_some_and(|c| c.is_alphanumeric());
    let after_figure = text[..at - unit.len()]
        .trim_end_matches(is_space)
        .ends_with(|c: char| c.is_ascii_digit());
    (1..=2).contains(&unit.chars().count()) && one_digit && after_figure
}

/// A figure inside a list written without spaces ("nos. 22,24,26,31"):
/// three or more comma-separated groups of one to three digits that are
/// not a thousands grouping. One comma alone ("1,3", "5,00") stays unread:
/// it may be a decimal comma.
fn in_comma_list(text: &str, i: usize) -> bool {
    let list_byte = |b: &u8| b.is_ascii_digit() || *b == b',';
    let bytes = text.as_bytes();
    let start = bytes[..i]
        .iter()
        .rposition(|b| !list_byte(b))
        .map_or(0, |k| k + 1);
    let end = bytes[i..]
        .iter()
        .position(|b| !list_byte(b))
        .map_or(text.len(), |k| i + k);
    let groups: Vec<&str> = text[start..end].trim_end_matches(',').split(',').collect();
    groups.len() >= 3
        && groups.iter().all(|g| (1..=3).contains(&g.len()))
        && !groups[1..].iter().all(|g| g.len() == 3)
}

/// A number word in a hyphen-joined run of digit words read one by one
/// ("three-nought-four", "nine-one-one"): at least three of them, so that
/// "a one-two finish" stays a single "one".
fn in_digit_word_chain(text: &str, i: usize) -> bool {
    let digit_word = |w: &str| unit_value(w).is_some_and(|v| v < 10.0);
    let start = text[..i]
        .char_indices()
        .rev()
        .find(|&(_, c)| !(c.is_alphabetic() || is_hyphen(c)))
        .map_or(0, |(k, c)| k + c.len_utf8());
    let end = text[i..]
        .char_indices()
        .find(|&(_, c)| !(c.is_alphabetic() || is_hyphen(c)))
        .map_or(text.len(), |(k, _)| i + k);
    let parts: Vec<&str> = text[start..end].split(is_hyphen).collect();
    parts.len() >= 3 && parts.iter().all(|w| digit_word(w))
}

fn prev_word(text: &str, i: usize) -> &str {
    let trimmed = text[..i].trim_end_matches(is_space);
    letters_before(text, trimmed.len())
}

fn next_word(text: &str, i: usize) -> &str {
    let rest = text[i..].trim_start_matches(is_space);
    let n = rest
        .char_indices()
        .find(|&(_, c)| !c.is_alphabetic())
        .map_or(rest.len(), |(k, _)| k);
    &rest[..n]
}

/// Context checks that `parse_number` cannot make on its own.
fn accept(text: &str, start: usize, n: &Num, out: &[Num]) -> bool {
    let (a, b) = (start + n.span.start, start + n.span.end);
    let s = &text[a..b];
    if n.kind == NumKind::Cardinal && s.eq_ignore_ascii_case("one") {
        let pw = prev_word(text, a);
        if eq_any(
            pw,
            &[
                "no", "any", "every", "each", "some", "the", "this", "that", "which", "another",
            ],
        ) {
            return false;
        }
        if eq_any(next_word(text, b), &["another", "of", "day", "by", "or"]) {
            return false;
        }
        let after = &text[b..];
        if after.starts_with("'s") || after.starts_with("\u{2019}s") {
            return false;
        }
    }
    let starts_with_word = s.starts_with(|c: char| c.is_alphabetic());
    if n.kind == NumKind::Percent && starts_with_word && s[..3].eq_ignore_ascii_case("per") {
        let before = text[..a].trim_end_matches(is_space);
        if !(before.is_empty() || before.ends_with(['.', '!', '?', ':', ';', '\n'])) {
            return false; // "the percent of 18-year-olds"
        }
    }
    if starts_with_word && eq_any(prev_word(text, a), &["a", "an", "the"]) {
        let first = next_word(text, a);
        if eq_any(first, &["minus", "negative"]) {
            return false; // "a negative one"
        }
    }
    if s.contains('/') && eq_any(prev_word(text, a), &["on"]) {
        return false; // "on 3/4" is a day, read by the date parser
    }
    if n.in_words && eq_any(prev_word(text, a), &["at"]) && s.contains("point") {
        return false; // "at one point two men..."
    }
    if n.kind == NumKind::Ordinal && s.eq_ignore_ascii_case("second") {
        if let Some(last) = out.last() {
            let gap = &text[last.span.end..a];
            if !gap.is_empty() && gap.chars().all(is_space) {
                return false; // "one second"
            }
        }
    }
    true
}

/// Where [`find_numbers`] goes on after the word of ASCII letters at `i`
/// when that word opens no number, read by bytes; None when the word has
/// other chars near it (the general tests of [`find_numbers`] decide) or
/// may open one. A word inside a run of letters and digits ("G7") opens
/// none. Else, with an ASCII char other than ":", "." or "$" after it (no
/// URL, "www.", "US$" or "Rs." can start there, and no digit is glued to
/// it), it opens one only as a trigger word not hyphened to letters before
/// (`trigger` tells whether the word at a span is one).
fn plain_word_skip(
    text: &str,
    i: usize,
    trigger: &mut impl FnMut(Range<usize>) -> bool,
) -> Option<usize> {
    let b = text.as_bytes();
    match i.checked_sub(1).map(|k| b[k]) {
        Some(p) if p.is_ascii_alphanumeric() => return Some(alnum_end(text, i)),
        Some(p) if !p.is_ascii() => return None,
        _ => {}
    }
    let mut e = i + 1;
    while e < b.len() && b[e].is_ascii_alphabetic() {
        e += 1;
    }
    match b.get(e) {
        Some(&x) if !x.is_ascii() || x.is_ascii_digit() || matches!(x, b':' | b'.' | b'$') => {
            return None
        }
        _ => {}
    }
    let opens =
        trigger(i..e) && (hyphen_letters_before(text, i).is_none() || in_digit_word_chain(text, i));
    (!opens).then_some(e)
}

/// All numbers in `text`, in order, non-overlapping, each as long as possible.
///
/// Runs in time linear in the text: a parse is only attempted at the start of
/// a word beginning with a digit or currency sign, or whose word is a number,
/// fraction, ordinal, vague quantity or currency code.
pub fn find_numbers(text: &str) -> Vec<Num> {
    scan(text, |r| is_trigger(&text[r]), |i| i)
}

/// [`find_numbers`] over the text `doc` was cut from: whether a word of
/// ASCII letters may open a number is read off its token, found by the
/// lookup that gave its other classes ([`crate::segment::Token::class`]),
/// instead of looking the word up again.
///
/// The tokens it would pass over unread (see [`passed_over`]) are passed
/// over by the doc's tokens, not byte by byte. Debug builds compare the
/// numbers found with those [`find_numbers`] finds.
pub fn find_numbers_in(doc: &Doc, text: &str) -> Vec<Num> {
    // The words asked about, and the places skipped from, come in text
    // order.
    let (mut t, mut next) = (0, 0);
    let found = scan(
        text,
        |r| {
            let found = match doc.whole_ascii_token(&mut t, &r) {
                Some(k) => k.class.number,
                None => is_trigger(&text[r.clone()]),
            };
            debug_assert_eq!(found, is_trigger(&text[r]), "the doc is not the text's");
            found
        },
        |i| skip_by_tokens(doc, text, &mut next, i),
    );
    debug_assert_eq!(found, find_numbers(text), "numbers found by the tokens");
    found
}

/// Where [`scan`] has anything to read at or after byte `i`, found by the
/// doc's tokens (`cursor` being a token index that only moves on): inside
/// a token, `i` itself; else the start of the next token, over the spaces
/// between tokens (which the scan passes over unread) and the tokens it
/// would pass over unread ([`passed_over`]).
fn skip_by_tokens(doc: &Doc, text: &str, cursor: &mut usize, mut i: usize) -> usize {
    while let Some(k) = doc.tokens.get(*cursor) {
        if k.span.end <= i {
            *cursor += 1;
        } else if k.span.start < i || !passed_over(k, text.as_bytes()) {
            return i.max(k.span.start);
        } else {
            i = k.span.end;
            *cursor += 1;
        }
    }
    // Only spaces are left.
    text.len()
}

/// Whether [`scan`], at the start of token `k` of `text`, passes over the
/// whole token and reads nothing: a mark of ASCII punctuation other than
/// a dash, a stop or "$" (which may open a figure: "-5", ".5", "$5"), or a
/// word of ASCII letters that is not a trigger word, with an ASCII char
/// other than ":", "." or "$" after it (where the scan looks for a URL,
/// "www." or "US$") or nothing.
fn passed_over(k: &Token, text: &[u8]) -> bool {
    match k.kind {
        TokKind::Punct(c) => c.is_ascii() && !matches!(c, '-' | '.' | '$'),
        TokKind::Word => {
            !k.class.number
                && text
                    .get(k.span.end)
                    .is_none_or(|&x| x.is_ascii() && !matches!(x, b':' | b'.' | b'$'))
                && ascii_letters(text, k.span.clone())
        }
        TokKind::Digits => false,
    }
}

/// [`find_numbers`], `trigger` telling whether a word of ASCII letters may
/// open a number, and `skip` where there is anything to read at or after a
/// byte (the byte itself when it does not know).
fn scan(
    text: &str,
    mut trigger: impl FnMut(Range<usize>) -> bool,
    mut skip: impl FnMut(usize) -> usize,
) -> Vec<Num> {
    let mut out: Vec<Num> = Vec::new();
    let mut i = 0;
    loop {
        i = skip(i);
        let Some(&b) = text.as_bytes().get(i) else {
            break;
        };
        // Spaces and most ASCII punctuation start nothing: passed over
        // without decoding a char (the tests below would each fail).
        if b.is_ascii() && !b.is_ascii_alphanumeric() && !matches!(b, b'-' | b'.' | b'$') {
            i += 1;
            continue;
        }
        // Most words of prose, ASCII letters between ASCII neighbours, are
        // passed over by bytes (the tests below, read off the bytes).
        if b.is_ascii_alphabetic() {
            if let Some(end) = plain_word_skip(text, i, &mut trigger) {
                i = end;
                continue;
            }
        }
        // An ASCII char and the one before it are read as bytes.
        let c = if b.is_ascii() {
            char::from(b)
        } else {
            let Some(c) = text[i..].chars().next() else {
                break;
            };
            c
        };
        let clen = c.len_utf8();
        let prev = match i.checked_sub(1).map(|k| text.as_bytes()[k]) {
            Some(p) if p.is_ascii() => Some(char::from(p)),
            Some(_) => text[..i].chars().next_back(),
            None => None,
        };
        if is_alnum(c) && prev.is_some_and(is_alnum) {
            i = alnum_end(text, i); // "G7", "someone"
            continue;
        }
        if c.is_ascii_digit() {
            if bad_digit_context(text, i) && !in_comma_list(text, i) {
                i = skip_numeric_token(text, i);
                continue;
            }
        } else if is_alpha(c) {
            // The letters that open the word, then the rest of its run of
            // letters and digits (read on from them, not again).
            let wend = letters_end(text, i);
            let word_end = alnum_end(text, wend);
            debug_assert_eq!(word_end, alnum_end(text, i));
            let w = &text[i..wend];
            let after = &text[wend..];
            // (The cheap test of what follows first: this runs on every word.)
            if (after.starts_with("://") && eq_any(w, &["http", "https", "ftp"]))
                || (after.starts_with('.') && w.eq_ignore_ascii_case("www"))
            {
                // a URL: skip to the next space
                i = text[i..].find(is_space).map_or(text.len(), |k| i + k);
                continue;
            }
            let dollar = w.len() <= 3 && after.starts_with('$');
            let money_code =
                text[wend..].starts_with(|c: char| c.is_ascii_digit()) && matches!(w, "Rs" | "Rp");
            if !(dollar || money_code || (wend == word_end && is_trigger(w)))
                || (hyphen_letters_before(text, i).is_some() && !in_digit_word_chain(text, i))
            {
                i = word_end;
                continue;
            }
        } else if c == '-' || c == '\u{2212}' {
            let before = text[..i].trim_end_matches(is_space);
            let minus = text[i + clen..].starts_with(|d: char| d.is_ascii_digit() || d == '.')
                // (A comparison sign before it bounds a negative figure:
                // "<-30", "≥-5".)
                && prev.is_none_or(|p| is_space(p) || "([{\"'\u{201c}\u{2018}=<>\u{2264}\u{2265}".contains(p))
                && !before.ends_with(|p: char| p.is_ascii_digit());
            if !minus {
                i += clen;
                continue;
            }
        } else if c == '.' {
            let dot_decimal = text[i + 1..].starts_with(|d: char| d.is_ascii_digit())
                && !prev.is_some_and(|p| p.is_alphanumeric() || matches!(p, ',' | ':' | '/'));
            if !dot_decimal {
                i += clen;
                continue;
            }
        } else if !is_currency_char(c) && vulgar_fraction(c).is_none() {
            i += clen;
            continue;
        }
        // In a list without spaces ("1,2,3") a comma ends each figure,
        // never a decimal comma.
        let mut parsed = parse_number(&text[i..]);
        if let Ok((_, n)) = &parsed {
            let s = &text[i..i + n.span.end];
            let tail = s.rsplit(',').next().map_or(3, ascii_digits);
            if s.contains(',') && tail < 3 && in_comma_list(text, i) {
                let end = text[i..].find(',').map_or(text.len(), |k| i + k);
                parsed = parse_number(&text[i..end]);
            }
        }
        match parsed {
            Ok((_, mut n)) if n.span.end > 0 && accept(text, i, &n, &out) => {
                n.span = i + n.span.start..i + n.span.end;
                n.figure = i + n.figure.start..i + n.figure.end;
                i = n.span.end;
                out.push(n);
            }
            _ => {
                i = if c.is_ascii_digit() || c == '.' {
                    skip_numeric_token(text, i).max(i + clen)
                } else if c.is_alphanumeric() {
                    alnum_end(text, i)
                } else {
                    i + clen
                };
            }
        }
    }
    out
}
