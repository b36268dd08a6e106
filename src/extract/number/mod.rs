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

use crate::text::{alnum_end, is_alnum, is_alpha, letters_end, starts_alnum};

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
mod scan;
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

pub(crate) use digits::figure_value;
pub use scan::{find_numbers, find_numbers_in};
pub(crate) use spelled::word_below_hundred;
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
    if starts_alnum(r) {
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
    // Each alternative runs only where it may start, told by the first
    // byte or the first ASCII word (most inputs are number words, which
    // most alternatives would read again only to fail).
    let digit = after.starts_with(|c: char| c.is_ascii_digit());
    let word = &after[..after.bytes().take_while(u8::is_ascii_alphabetic).count()];
    // An ordinal, a fraction in words and a fraction read a cardinal word
    // ("two", "twenty") only with more number words after it ("two
    // thirds", "twenty-first", "one and a half", "two hundredth"): before
    // any other word ("two people", "one of them") each would read the
    // word only to fail. In figures, an ordinal needs its suffix ("5th").
    let cardinal = |w| unit_value(w).is_some() || tens_value(w).is_some();
    let in_words = !digit && (!cardinal(word) || number_may_go_on(&after[word.len()..]));
    let ordinal = if digit { suffix_ahead(after) } else { in_words };
    let (rest, mut n) = alt((
        money_prefixed,
        // "1/2", "3 1/2".
        gated(digit, slash_num),
        gated(eq_any(word, &["a", "half", "quarter"]), half_a_num),
        // A fraction in words, a vulgar fraction ("½").
        gated(in_words, word_fraction_num),
        |i| ratio_num(i, regular()),
        gated(in_words, fraction_num),
        gated(ordinal, ordinal_num),
        |i| cardinal_num(i, regular),
        gated(eq_any(word, &["percent", "percents", "per"]), percent_of),
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

/// `p` where `admits`; elsewhere a failure, which `p` would be too
/// (checked in debug builds, so over every test).
fn gated<'a>(
    admits: bool,
    p: impl Fn(&'a str) -> Res<'a, Num>,
) -> impl Fn(&'a str) -> Res<'a, Num> {
    move |i| {
        if admits {
            return p(i);
        }
        debug_assert!(p(i).is_err(), "a number reading left out: {i:?}");
        fail(i)
    }
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
    let end = letters_end(input, 0);
    let word = &input[..end];
    if input[end..].starts_with(['$', '.']) && prefix_letters(word) {
        return true;
    }
    if eq_any(word, &["a", "an"]) {
        // "a" is one only before a number word: "a dozen", "a third", "a
        // few hundred", "a-half", "a trillionth".
        let next = sp_or_hyphen(&input[end..]).map_or("", |(r, _)| &r[..letters_end(r, 0)]);
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
    let found = is_continuation(word) || ordinal;
    debug_assert_eq!(
        found,
        is_trigger(word)
            || big_scale(word).is_some()
            || denominator(word).is_some()
            || unit_value(word).is_some()
            || ordinal,
        "{word:?}"
    );
    found
}

/// Whether the text after a number word (`rest`) may go on with another
/// one: past spaces and dashes, a word that [`may_continue`] a number or
/// "and" ("and a half"), or anything but a letter. (A superset of what
/// the readers of ordinals and fractions take: it only spares them words
/// that end a number.)
fn number_may_go_on(rest: &str) -> bool {
    let r = rest
        .trim_start_matches(|c: char| c.is_whitespace() || is_hyphen(c) || crate::text::is_dash(c));
    let n = letters_end(r, 0);
    if n == 0 {
        return !r.is_empty();
    }
    let next = &r[..n];
    next.eq_ignore_ascii_case("and") || may_continue(next)
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
