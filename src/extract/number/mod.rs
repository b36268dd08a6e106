//! Numbers in English newswire text.
//!
//! This module owns finding and parsing numeric expressions: digit strings
//! ("5,100", "26.1", "12,34,567"), number words ("twenty-one", "one hundred
//! and five", "two and a half million"), scale words and abbreviations
//! ("21 million", "3.4bn", "Rs 5 crore"), percentages ("40%", "12 per cent",
//! "1.5 percentage points"), money ("$3.4bn", "500 euros"), fractions ("half",
//! "two-thirds"), ordinals ("second", "21st"), vague quantities ("hundreds
//! of", "several thousand", "tens of thousands") and units glued to a number
//! by a hyphen or directly ("44-year-old", "15km"). It does not own clock
//! times, dates or ranges: clock times ("10:25", "10.25 am") and ISO dates
//! ("2022-02-17") are skipped, bare years are returned as plain cardinals for
//! the caller to reconcile with its date finder, and the two ends of "10-15"
//! come back as two separate numbers.
//!
//! Everything is built from small private nom 8 combinators over `&str`; the
//! public surface is [`find_numbers`] (scan a whole text, linear time) and
//! [`parse_number`] (one number at the start of the input).

use std::cell::OnceCell;
use std::ops::Range;

use crate::text::{alnum_end, is_alnum, is_alpha, run_end};

use nom::branch::alt;
use nom::bytes::complete::{tag, tag_no_case, take_while, take_while1};
use nom::character::complete::satisfy;
use nom::combinator::{opt, peek, verify};
use nom::error::{Error, ErrorKind};
use nom::sequence::preceded;
use nom::{IResult, Offset, Parser};

/// What sort of quantity a [`Num`] is.
#[derive(Debug, Clone, PartialEq)]
pub enum NumKind {
    /// A plain count or amount: "5,100", "21 million", "three", "a dozen", "3.4bn".
    Cardinal,
    /// A percentage: "26.1 percent", "40%", "12 per cent", "40 pc".
    Percent,
    /// An amount of money, with an ISO-like currency code ("USD", "EUR", "INR").
    Money(String),
    /// A fraction in 0..=1: "half", "a third", "two-thirds", "three-quarters".
    Fraction,
    /// An ordinal: "second", "21st", "twentieth".
    Ordinal,
}

/// One number found in a text.
#[derive(Debug, Clone, PartialEq)]
pub struct Num {
    /// Byte range in the input text, covering currency sign, scale word,
    /// percent word and glued unit.
    pub span: Range<usize>,
    /// Point value (for vague words, a representative value).
    pub value: f64,
    /// Low end of the inherent interval (== `value` for exact numbers).
    pub low: f64,
    /// High end of the inherent interval (== `value` for exact numbers).
    pub high: f64,
    /// What sort of quantity this is.
    pub kind: NumKind,
    /// Byte range of the figure alone, without a currency sign or word
    /// around it: "20" in "$20", "3 hundred and 21" in "3 hundred and 21
    /// yuan". Equal to `span` for everything but money.
    pub figure: Range<usize>,
    /// A unit glued by a hyphen or written straight after the digits:
    /// "27-minute" -> "minute", "44-year-old" -> "year-old", "15km" -> "km".
    /// For "percentage points" this is `Some("percentage points")`.
    pub glued_unit: Option<String>,
    /// Written wholly or partly in words.
    pub in_words: bool,
    /// A vague quantity ("hundreds of", "several thousand", "a few dozen").
    pub vague: bool,
}

impl Num {
    /// Reads the glued unit as a scale instead: a glued "m" is millions
    /// where what follows shows it counts ("1.8m people"), which only the
    /// words after the figure can tell.
    pub fn glued_unit_as_scale(&mut self, scale: f64) {
        self.glued_unit = None;
        for v in [&mut self.value, &mut self.low, &mut self.high] {
            *v = scale_mul(*v, scale);
        }
    }
}

type Res<'a, T> = IResult<&'a str, T>;

fn fail<T>(i: &str) -> Res<'_, T> {
    Err(nom::Err::Error(Error::new(i, ErrorKind::Verify)))
}

mod core;
mod digits;
mod fraction;
mod lex;
pub(crate) mod memo;
mod ordinal;
mod spelled;
mod suffix;
mod tables;
#[cfg(test)]
mod tests;
#[cfg(test)]
mod tests_forms;

use self::core::*;
use digits::*;
use fraction::*;
use lex::*;
use ordinal::*;
use spelled::*;
use suffix::*;
use tables::*;

pub use suffix::{share_mentions, PERCENTAGE_POINTS};
pub(crate) use tables::{trigger_words, ORD_UNITS, TENS, UNITS};

fn make_num(core: Core<'_>, kind: NumKind, glued: Option<&str>) -> Num {
    Num {
        span: 0..0,
        value: core.value,
        low: core.low,
        high: core.high,
        kind,
        figure: 0..0,
        glued_unit: glued.map(str::to_string),
        in_words: core.words,
        vague: core.vague,
    }
}

/// "$3.4bn", "US$1.2 billion", "€20m", "Rs 5 crore", "USD 5m".
fn money_prefixed(i: &str) -> Res<'_, Num> {
    let (r, code) = currency_prefix(i)?;
    let (r, _) = opt(sp).parse(r)?;
    let figure_start = i.offset(r);
    // a sign after the currency: "$-99.99"
    let (r, negative) = opt(sign_glued).parse(r)?;
    if !r.starts_with(|c: char| c.is_ascii_digit() || c.is_alphabetic()) {
        return fail(i);
    }
    let (r, mut core) = alt((regular_core, trillion_t)).parse(r)?;
    let figure = figure_start..i.offset(r);
    // after a currency a glued "m" is millions ("€20m", not metres)
    if matches!(core.unit, Some("m" | "M")) {
        core = Core::exact(scale_mul(core.value, 1e6), false);
    }
    if negative.is_some() {
        (core.value, core.low, core.high) = (-core.value, -core.high, -core.low);
    }
    if core.unit.is_some() {
        return fail(i);
    }
    let (r, glue) = opt(hyphen_glue).parse(r)?;
    let mut n = make_num(core, NumKind::Money(code.to_string()), glue);
    n.figure = figure;
    Ok((r, n))
}

/// "2.174T" after a currency: a glued capital T is trillions there (a lone
/// capital letter after figures is otherwise a code: "5G", "3D").
fn trillion_t(i: &str) -> Res<'_, Core<'_>> {
    let len = i
        .find(|c: char| !(c.is_ascii_digit() || c == '.' || c == ','))
        .unwrap_or(i.len());
    let r = i[len..]
        .strip_prefix('T')
        .ok_or_else(|| nom::Err::Error(Error::new(i, ErrorKind::Verify)))?;
    if r.starts_with(char::is_alphanumeric) {
        return fail(i);
    }
    let (left, d) = digit_number(&i[..len])?;
    if !left.is_empty() || d.glued != Glued::Nothing {
        return fail(i);
    }
    Ok((r, Core::exact(scale_mul(d.value, 1e12), false)))
}

/// A cardinal core followed by percent / currency suffixes and glue.
fn with_suffixes<'a>(i: &'a str, r: &'a str, core: Core<'a>) -> Res<'a, Num> {
    if let Some(u) = core.unit {
        // "250m kroner": a glued "m" before a currency name is millions.
        if let ("m" | "M", Ok((r2, code))) = (u, preceded(sp, currency_suffix).parse(r)) {
            let mut n = make_num(core, NumKind::Money(code.to_string()), Some(u));
            n.glued_unit_as_scale(1e6);
            n.figure = 0..i.offset(r);
            return Ok((r2, n));
        }
        return Ok((r, make_num(core, NumKind::Cardinal, Some(u))));
    }
    if let Ok((r2, pp)) = percent_suffix(r) {
        return Ok((r2, make_num(core, NumKind::Percent, pp)));
    }
    let of = if core.vague {
        opt((sp, kw("of"))).parse(r)?.0
    } else {
        r
    };
    if let Ok((r2, code)) = alt((preceded(sp, currency_suffix), currency_symbol_after)).parse(of) {
        let mut n = make_num(core, NumKind::Money(code.to_string()), None);
        n.figure = 0..i.offset(r);
        return Ok((r2, n));
    }
    let (r2, glue) = opt(hyphen_glue).parse(r)?;
    Ok((r2, make_num(core, NumKind::Cardinal, glue)))
}

fn half_a_num(i: &str) -> Res<'_, Num> {
    let (r, core) = half_a_core(i)?;
    with_suffixes(i, r, core)
}

/// A cardinal, `regular` giving the regular core read at `i`.
fn cardinal_num<'a>(i: &'a str, regular: impl Fn() -> Res<'a, Core<'a>>) -> Res<'a, Num> {
    let (r, core) = alt((vague_plural, vague_multiplier, |_| regular())).parse(i)?;
    with_suffixes(i, r, core)
}

/// "half", "a half", "a third of", "two-thirds", "three quarters", "one-fifth".
fn fraction(i: &str) -> Res<'_, f64> {
    if let Some(c) = i.chars().next() {
        if let Some(f) = vulgar_fraction(c) {
            return Ok((&i[c.len_utf8()..], f));
        }
    }
    let (r, w) = word(i)?;
    if w.eq_ignore_ascii_case("half") {
        return Ok((r, 0.5));
    }
    let article = eq_any(w, &["a", "an"]);
    let n = if article {
        1.0
    } else {
        match unit_value(w) {
            Some(n) if (1.0..=10.0).contains(&n) => n,
            _ => return fail(i),
        }
    };
    let sep = if article { sp } else { sp_or_hyphen };
    let (r2, (d, plural)) = preceded(sep, word_in(denominator)).parse(r)?;
    if n >= d || plural != (n > 1.0) {
        return fail(i);
    }
    let needs_of = (article && d != 2.0 && d != 4.0) || d >= 100.0;
    if needs_of && preceded(sp, kw("of")).parse(r2).is_err() {
        return fail(i); // "a third term", "one hundredth anniversary" are ordinals
    }
    Ok((r2, n / d))
}

fn fraction_num(i: &str) -> Res<'_, Num> {
    let (r, v) = fraction(i)?;
    let (r, glue) = opt(hyphen_glue).parse(r)?;
    Ok((r, make_num(Core::exact(v, true), NumKind::Fraction, glue)))
}

/// Parse one number at the start of `input`. The returned span is relative
/// to `input`. Context-dependent filtering ("no one", "one of") is done by
/// [`find_numbers`], not here.
pub fn parse_number(input: &str) -> IResult<&str, Num> {
    if !may_start(input) {
        // Checked in debug builds (every test): the first test only
        // rejects what the parsers would reject anyway.
        debug_assert!(
            parse_any(input).is_err(),
            "may_start rejected a number: {input:?}"
        );
        return fail(input);
    }
    memo::read(input, parse_any)
}

/// [`parse_number`] without its first test.
fn parse_any(input: &str) -> IResult<&str, Num> {
    let (after, negative) = match sign(input) {
        Ok((r, _)) => (r, true),
        Err(_) => (input, false),
    };
    // A ratio and a cardinal both begin with a regular core: read it once.
    let core = OnceCell::new();
    let regular = || core.get_or_init(|| regular_core(after)).clone();
    let (rest, mut n) = alt((
        money_prefixed,
        slash_num,
        half_a_num,
        word_fraction_num,
        |i| ratio_num(i, regular()),
        fraction_num,
        ordinal_num,
        |i| cardinal_num(i, regular),
        percent_of,
    ))
    .parse(after)?;
    if negative {
        if n.kind == NumKind::Ordinal {
            return fail(input);
        }
        (n.value, n.low, n.high) = (-n.value, -n.high, -n.low);
    }
    n.span = 0..input.offset(rest);
    let shift = input.offset(after);
    n.figure = if n.figure.is_empty() {
        n.span.clone()
    } else if negative && n.figure.start == 0 {
        0..shift + n.figure.end // the sign is part of the figure: "-15 euros"
    } else {
        shift + n.figure.start..shift + n.figure.end
    };
    Ok((rest, n))
}

/// Whether a number can start at `input`: anything but a letter may (a
/// digit, a sign, a currency sign); a word must be one of the trigger words
/// (number words, scales, currency codes) or the letters that open a
/// currency prefix ("US$", "U.S.$", "Rs.", [`prefix_letters`]). Most words
/// of prose fail here at once, which keeps the parsers that try a number
/// first (dates) cheap.
pub(crate) fn may_start(input: &str) -> bool {
    if !input.starts_with(is_alpha) {
        return true;
    }
    let end = input.find(|c: char| !is_alpha(c)).unwrap_or(input.len());
    let word = &input[..end];
    if input[end..].starts_with(['$', '.']) && prefix_letters(word) {
        return true;
    }
    if eq_any(word, &["a", "an"]) {
        // "a" is one only before a number word: "a dozen", "a third", "a
        // few hundred", "a-half", "a trillionth".
        let next = sp_or_hyphen(&input[end..]).map_or("", |(r, _)| {
            let n = r.find(|c: char| !c.is_alphabetic()).unwrap_or(r.len());
            &r[..n]
        });
        return may_continue(next);
    }
    is_trigger(word)
}

/// Whether `word` may stand in a number after a word that opens one: a
/// word a number may start with, a scale ("dozen"), a denominator or an
/// ordinal ("thirds", "hundredth").
pub(crate) fn may_continue(word: &str) -> bool {
    let b = word.as_bytes();
    let ordinal = ["th", "ths"]
        .iter()
        .any(|t| b.len() > t.len() && b[b.len() - t.len()..].eq_ignore_ascii_case(t.as_bytes()));
    is_trigger(word)
        || big_scale(word).is_some()
        || denominator(word).is_some()
        || unit_value(word).is_some()
        || ordinal
}

/// A minus sign glued to digits: "-5", "−0.3".
fn sign_glued(i: &str) -> Res<'_, ()> {
    let (r, _) = (
        satisfy(|c| c == '-' || c == '\u{2212}'),
        peek(satisfy(|c| c.is_ascii_digit() || c == '.')),
    )
        .parse(i)?;
    Ok((r, ()))
}

/// A minus sign glued to digits ("-5", "−0.3") or the word "minus" /
/// "negative" before a number.
fn sign(i: &str) -> Res<'_, ()> {
    let word = (alt((kw("minus"), kw("negative"))), sp);
    alt((sign_glued, word.map(|_| ()))).parse(i)
}

/// A fraction core as a number: below one a fraction, else a cardinal.
fn fraction_core_num<'a>(i: &'a str, r: &'a str, core: Core<'a>) -> Res<'a, Num> {
    let (r, mut n) = with_suffixes(i, r, core)?;
    if n.kind == NumKind::Cardinal && n.value < 1.0 {
        n.kind = NumKind::Fraction;
    }
    Ok((r, n))
}

fn word_fraction_num(i: &str) -> Res<'_, Num> {
    let (r, core) = word_fraction(i)?;
    fraction_core_num(i, r, core)
}

fn slash_num(i: &str) -> Res<'_, Num> {
    let (r, core) = slash_core(i)?;
    fraction_core_num(i, r, core)
}

/// A ratio, `numerator` being the regular core read at `i`.
fn ratio_num<'a>(i: &'a str, numerator: Res<'a, Core<'a>>) -> Res<'a, Num> {
    let (r, core) = ratio(i, numerator)?;
    fraction_core_num(i, r, core)
}

/// "percent of 10", "per cent of twenty-two": the percent word first, as a
/// heading or a question starts (accepted only at the start of a clause).
fn percent_of(i: &str) -> Res<'_, Num> {
    let (r, _) = (
        alt((
            kw("percent"),
            kw("percents"),
            (kw("per"), sp, kw("cent")).map(|_| ""),
        )),
        sp,
        kw("of"),
        sp,
    )
        .parse(i)?;
    let (r, core) = verify(regular_core, |c: &Core| !c.vague && c.unit.is_none()).parse(r)?;
    Ok((r, make_num(core, NumKind::Percent, None)))
}

// ---------------------------------------------------------------------------
// Scanning a whole text
// ---------------------------------------------------------------------------

/// The end of the letters that open the word `text[i..end]` (its first
/// digit, or `end`).
fn alpha_end(text: &str, i: usize, end: usize) -> usize {
    run_end(
        &text[..end],
        i,
        u8::is_ascii_alphabetic,
        char::is_alphabetic,
    )
}

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
    let start = text[..i]
        .char_indices()
        .rev()
        .take_while(|&(_, c)| c.is_alphabetic())
        .last()
        .map_or(i, |(k, _)| k);
    &text[start..i]
}

/// The letters and digits just before byte `i`.
fn letters_and_digits_before(text: &str, i: usize) -> &str {
    let start = text[..i]
        .char_indices()
        .rev()
        .take_while(|&(_, c)| c.is_alphanumeric())
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
/// it), it opens one only as a trigger word not hyphened to letters before.
fn plain_word_skip(text: &str, i: usize) -> Option<usize> {
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
    let opens = is_trigger(&text[i..e])
        && (hyphen_letters_before(text, i).is_none() || in_digit_word_chain(text, i));
    (!opens).then_some(e)
}

/// All numbers in `text`, in order, non-overlapping, each as long as possible.
///
/// Runs in time linear in the text: a parse is only attempted at the start of
/// a word beginning with a digit or currency sign, or whose word is a number,
/// fraction, ordinal, vague quantity or currency code.
pub fn find_numbers(text: &str) -> Vec<Num> {
    let mut out: Vec<Num> = Vec::new();
    let mut i = 0;
    while let Some(&b) = text.as_bytes().get(i) {
        // Spaces and most ASCII punctuation start nothing: passed over
        // without decoding a char (the tests below would each fail).
        if b.is_ascii() && !b.is_ascii_alphanumeric() && !matches!(b, b'-' | b'.' | b'$') {
            i += 1;
            continue;
        }
        // Most words of prose, ASCII letters between ASCII neighbours, are
        // passed over by bytes (the tests below, read off the bytes).
        if b.is_ascii_alphabetic() {
            if let Some(end) = plain_word_skip(text, i) {
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
            let word_end = alnum_end(text, i);
            let wend = alpha_end(text, i, word_end);
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
