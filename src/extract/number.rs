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

use std::ops::Range;

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
    /// A unit glued by a hyphen or written straight after the digits:
    /// "27-minute" -> "minute", "44-year-old" -> "year-old", "15km" -> "km".
    /// For "percentage points" this is `Some("percentage points")`.
    pub glued_unit: Option<String>,
    /// Written wholly or partly in words.
    pub in_words: bool,
    /// A vague quantity ("hundreds of", "several thousand", "a few dozen").
    pub vague: bool,
}

type Res<'a, T> = IResult<&'a str, T>;

fn fail<T>(i: &str) -> Res<'_, T> {
    Err(nom::Err::Error(Error::new(i, ErrorKind::Verify)))
}

// ---------------------------------------------------------------------------
// Character classes and tiny building blocks
// ---------------------------------------------------------------------------

fn is_space(c: char) -> bool {
    matches!(
        c,
        ' ' | '\t' | '\n' | '\r' | '\u{a0}' | '\u{2000}'
            ..='\u{200a}' | '\u{202f}' | '\u{205f}' | '\u{3000}'
    )
}

/// Thin spaces used as thousands separators ("5 100").
fn is_thin_sep(c: char) -> bool {
    matches!(c, '\u{2009}' | '\u{202f}' | '\u{2007}' | '\u{a0}')
}

fn is_hyphen(c: char) -> bool {
    matches!(c, '-' | '\u{2010}' | '\u{2011}')
}

fn is_currency_char(c: char) -> bool {
    matches!(c, '$' | '\u{a2}'..='\u{a5}' | '\u{20a0}'..='\u{20cf}')
}

fn ascii_digits(s: &str) -> usize {
    s.bytes().take_while(u8::is_ascii_digit).count()
}

/// Whitespace between the words of one number (at most one line break).
fn sp(i: &str) -> Res<'_, &str> {
    verify(take_while1(is_space), |s: &str| {
        s.len() <= 16 && s.bytes().filter(|&b| b == b'\n').count() <= 1
    })
    .parse(i)
}

fn hyphen(i: &str) -> Res<'_, char> {
    satisfy(is_hyphen).parse(i)
}

/// A space or a hyphen between two parts ("twenty-one", "1.2-billion").
fn sp_or_hyphen(i: &str) -> Res<'_, &str> {
    alt((sp, |i| {
        let (r, _) = hyphen(i)?;
        Ok((r, &i[..i.offset(r)]))
    }))
    .parse(i)
}

/// A whole alphabetic word (not followed by a digit).
fn word(i: &str) -> Res<'_, &str> {
    let (r, w) = take_while1(|c: char| c.is_alphabetic()).parse(i)?;
    if r.starts_with(|c: char| c.is_alphanumeric()) {
        return fail(i);
    }
    Ok((r, w))
}

/// A given word, ASCII case-insensitively.
fn kw<'a>(k: &'static str) -> impl Fn(&'a str) -> Res<'a, &'a str> {
    move |i| verify(word, |w: &str| w.eq_ignore_ascii_case(k)).parse(i)
}

/// A word looked up in a table by `f`.
fn word_in<'a, T>(f: impl Fn(&str) -> Option<T>) -> impl Fn(&'a str) -> Res<'a, T> {
    move |i| {
        let (r, w) = word(i)?;
        match f(w) {
            Some(v) => Ok((r, v)),
            None => fail(i),
        }
    }
}

fn find_ci(table: &[&str], w: &str) -> Option<usize> {
    table.iter().position(|t| t.eq_ignore_ascii_case(w))
}

fn eq_any(w: &str, set: &[&str]) -> bool {
    find_ci(set, w).is_some()
}

/// Multiply by a scale and drop the float noise ("3.4" * 1e9).
fn scale_mul(v: f64, s: f64) -> f64 {
    let x = v * s;
    let r = x.round();
    if (x - r).abs() <= 1e-6 * x.abs().max(1.0) {
        r
    } else {
        x
    }
}

// ---------------------------------------------------------------------------
// Word tables
// ---------------------------------------------------------------------------

/// Number words zero..nineteen (shared with the date parser).
pub(crate) const UNITS: [&str; 20] = [
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
];

/// Number words for the tens (shared with the date parser).
pub(crate) const TENS: [&str; 8] = [
    "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
];

const ORD_UNITS: [&str; 20] = [
    "zeroth",
    "first",
    "second",
    "third",
    "fourth",
    "fifth",
    "sixth",
    "seventh",
    "eighth",
    "ninth",
    "tenth",
    "eleventh",
    "twelfth",
    "thirteenth",
    "fourteenth",
    "fifteenth",
    "sixteenth",
    "seventeenth",
    "eighteenth",
    "nineteenth",
];

const ORD_TENS: [&str; 8] = [
    "twentieth",
    "thirtieth",
    "fortieth",
    "fiftieth",
    "sixtieth",
    "seventieth",
    "eightieth",
    "ninetieth",
];

fn unit_value(w: &str) -> Option<f64> {
    find_ci(&UNITS, w).map(|n| n as f64)
}

fn tens_value(w: &str) -> Option<f64> {
    find_ci(&TENS, w).map(|n| (n as f64 + 2.0) * 10.0)
}

/// Scale words that multiply what precedes them.
fn big_scale(w: &str) -> Option<f64> {
    const T: [(&str, f64); 12] = [
        ("dozens", 12.0),
        ("thousand", 1e3),
        ("million", 1e6),
        ("billion", 1e9),
        ("trillion", 1e12),
        ("lakh", 1e5),
        ("lakhs", 1e5),
        ("lac", 1e5),
        ("lacs", 1e5),
        ("crore", 1e7),
        ("crores", 1e7),
        ("dozen", 12.0),
    ];
    T.iter()
        .find(|(k, _)| k.eq_ignore_ascii_case(w))
        .map(|&(_, v)| v)
}

/// Abbreviated scales; single letters only when glued to the digits.
fn abbr_scale(w: &str, glued: bool) -> Option<f64> {
    match w {
        "k" | "K" if glued => Some(1e3),
        // A bare glued "m" is metres ("a depth of 617m"); after a currency
        // sign it is millions ("€20m"), see `money_prefixed`.
        "b" | "B" if glued => Some(1e9),
        "mn" | "mln" | "Mn" | "MN" | "MLN" => Some(1e6),
        "mil" | "MM" if glued => Some(1e6),
        "bn" | "bln" | "Bn" | "BN" | "BLN" => Some(1e9),
        "tn" | "trn" | "Tn" | "TN" => Some(1e12),
        _ => None,
    }
}

/// Plural scale words used vaguely ("hundreds", "thousands of").
fn plural_scale(w: &str) -> Option<f64> {
    const T: [(&str, f64); 9] = [
        ("tens", 10.0),
        ("dozens", 12.0),
        ("hundreds", 100.0),
        ("thousands", 1e3),
        ("lakhs", 1e5),
        ("millions", 1e6),
        ("crores", 1e7),
        ("billions", 1e9),
        ("trillions", 1e12),
    ];
    T.iter()
        .find(|(k, _)| k.eq_ignore_ascii_case(w))
        .map(|&(_, v)| v)
}

/// Fraction denominators: (denominator, is_plural).
fn denominator(w: &str) -> Option<(f64, bool)> {
    const T: [(&str, f64, bool); 26] = [
        ("hundredth", 1e2, false),
        ("hundredths", 1e2, true),
        ("thousandth", 1e3, false),
        ("thousandths", 1e3, true),
        ("millionth", 1e6, false),
        ("millionths", 1e6, true),
        ("half", 2.0, false),
        ("halves", 2.0, true),
        ("third", 3.0, false),
        ("thirds", 3.0, true),
        ("quarter", 4.0, false),
        ("quarters", 4.0, true),
        ("fourth", 4.0, false),
        ("fourths", 4.0, true),
        ("fifth", 5.0, false),
        ("fifths", 5.0, true),
        ("sixth", 6.0, false),
        ("sixths", 6.0, true),
        ("seventh", 7.0, false),
        ("sevenths", 7.0, true),
        ("eighth", 8.0, false),
        ("eighths", 8.0, true),
        ("ninth", 9.0, false),
        ("ninths", 9.0, true),
        ("tenth", 10.0, false),
        ("tenths", 10.0, true),
    ];
    T.iter()
        .find(|(k, _, _)| k.eq_ignore_ascii_case(w))
        .map(|&(_, d, p)| (d, p))
}

const CURRENCY_PREFIXES: [(&str, &str); 28] = [
    ("US$", "USD"),
    ("U.S.$", "USD"),
    ("A$", "AUD"),
    ("AU$", "AUD"),
    ("C$", "CAD"),
    ("CA$", "CAD"),
    ("HK$", "HKD"),
    ("S$", "SGD"),
    ("NZ$", "NZD"),
    ("NT$", "TWD"),
    ("R$", "BRL"),
    ("MX$", "MXN"),
    ("$", "USD"),
    ("€", "EUR"),
    ("£", "GBP"),
    ("¥", "JPY"),
    ("₹", "INR"),
    ("₦", "NGN"),
    ("₩", "KRW"),
    ("₽", "RUB"),
    ("₱", "PHP"),
    ("₺", "TRY"),
    ("₪", "ILS"),
    ("₴", "UAH"),
    ("₫", "VND"),
    ("Rs.", "INR"),
    ("Rs", "INR"),
    ("Rp", "IDR"),
];

const CURRENCY_CODES: [&str; 34] = [
    "USD", "EUR", "GBP", "JPY", "CNY", "INR", "AUD", "CAD", "CHF", "HKD", "SGD", "NZD", "ZAR",
    "NGN", "KES", "RUB", "BRL", "MXN", "KRW", "TRY", "SAR", "AED", "PKR", "BDT", "IDR", "MYR",
    "THB", "PHP", "VND", "EGP", "ILS", "UAH", "XOF", "XAF",
];

fn currency_code(w: &str) -> Option<&'static str> {
    if w == "RMB" {
        return Some("CNY");
    }
    CURRENCY_CODES.iter().find(|&&c| c == w).copied()
}

/// Currency names written after the number, longest phrases first.
const CURRENCY_WORDS: [(&[&str], &str); 63] = [
    (&["new", "taiwan", "dollars"], "TWD"),
    (&["hong", "kong", "dollars"], "HKD"),
    (&["new", "zealand", "dollars"], "NZD"),
    (&["south", "african", "rand"], "ZAR"),
    (&["sri", "lankan", "rupees"], "LKR"),
    (&["us", "dollars"], "USD"),
    (&["us", "dollar"], "USD"),
    (&["u.s.", "dollars"], "USD"),
    (&["american", "dollars"], "USD"),
    (&["australian", "dollars"], "AUD"),
    (&["canadian", "dollars"], "CAD"),
    (&["singapore", "dollars"], "SGD"),
    (&["taiwan", "dollars"], "TWD"),
    (&["cfa", "francs"], "XOF"),
    (&["swiss", "francs"], "CHF"),
    (&["kenyan", "shillings"], "KES"),
    (&["ugandan", "shillings"], "UGX"),
    (&["tanzanian", "shillings"], "TZS"),
    (&["pounds", "sterling"], "GBP"),
    (&["british", "pounds"], "GBP"),
    (&["egyptian", "pounds"], "EGP"),
    (&["indian", "rupees"], "INR"),
    (&["pakistani", "rupees"], "PKR"),
    (&["nepalese", "rupees"], "NPR"),
    (&["saudi", "riyals"], "SAR"),
    (&["mexican", "pesos"], "MXN"),
    (&["philippine", "pesos"], "PHP"),
    (&["argentine", "pesos"], "ARS"),
    (&["chinese", "yuan"], "CNY"),
    (&["japanese", "yen"], "JPY"),
    (&["dollars"], "USD"),
    (&["dollar"], "USD"),
    (&["euros"], "EUR"),
    (&["euro"], "EUR"),
    (&["pounds"], "GBP"),
    (&["pound"], "GBP"),
    (&["sterling"], "GBP"),
    (&["yen"], "JPY"),
    (&["yuan"], "CNY"),
    (&["renminbi"], "CNY"),
    (&["rupees"], "INR"),
    (&["rupee"], "INR"),
    (&["francs"], "FRANC"),
    (&["rand"], "ZAR"),
    (&["naira"], "NGN"),
    (&["cedis"], "GHS"),
    // Bare "pesos" and "francs" name several currencies: keep the word.
    (&["pesos"], "PESO"),
    (&["peso"], "PESO"),
    (&["won"], "KRW"),
    (&["som"], "KGS"),
    (&["roubles"], "RUB"),
    (&["rubles"], "RUB"),
    (&["riyals"], "SAR"),
    (&["dirhams"], "AED"),
    (&["ringgit"], "MYR"),
    (&["baht"], "THB"),
    (&["rupiah"], "IDR"),
    (&["shekels"], "ILS"),
    (&["lira"], "TRY"),
    (&["hryvnia"], "UAH"),
    (&["hryvnias"], "UAH"),
    (&["reais"], "BRL"),
    (&["zloty"], "PLN"),
];

/// Cheap test (no allocation) whether a word can start a number.
fn is_trigger(w: &str) -> bool {
    let mut buf = [0u8; 12];
    if w.len() > buf.len() || !w.is_ascii() {
        return false;
    }
    for (d, s) in buf.iter_mut().zip(w.bytes()) {
        *d = s.to_ascii_lowercase();
    }
    let l = std::str::from_utf8(&buf[..w.len()]).unwrap_or("");
    matches!(
        l,
        "zero"
            | "one"
            | "two"
            | "three"
            | "four"
            | "five"
            | "six"
            | "seven"
            | "eight"
            | "nine"
            | "ten"
            | "eleven"
            | "twelve"
            | "thirteen"
            | "fourteen"
            | "fifteen"
            | "sixteen"
            | "seventeen"
            | "eighteen"
            | "nineteen"
            | "twenty"
            | "thirty"
            | "forty"
            | "fifty"
            | "sixty"
            | "seventy"
            | "eighty"
            | "ninety"
            | "first"
            | "second"
            | "third"
            | "fourth"
            | "fifth"
            | "sixth"
            | "seventh"
            | "eighth"
            | "ninth"
            | "tenth"
            | "eleventh"
            | "twelfth"
            | "thirteenth"
            | "fourteenth"
            | "fifteenth"
            | "sixteenth"
            | "seventeenth"
            | "eighteenth"
            | "nineteenth"
            | "twentieth"
            | "thirtieth"
            | "fortieth"
            | "fiftieth"
            | "sixtieth"
            | "seventieth"
            | "eightieth"
            | "ninetieth"
            | "hundredth"
            | "thousandth"
            | "millionth"
            | "billionth"
            | "a"
            | "an"
            | "half"
            | "several"
            | "few"
            | "tens"
            | "dozens"
            | "scores"
            | "hundreds"
            | "thousands"
            | "lakhs"
            | "millions"
            | "crores"
            | "billions"
            | "trillions"
            | "rs"
            | "rp"
            | "usd"
            | "eur"
            | "gbp"
            | "jpy"
            | "cny"
            | "inr"
            | "rmb"
            | "aud"
            | "cad"
            | "chf"
            | "hkd"
            | "sgd"
            | "nzd"
            | "zar"
            | "ngn"
            | "kes"
            | "rub"
            | "brl"
            | "mxn"
            | "krw"
            | "try"
            | "sar"
            | "aed"
            | "pkr"
            | "bdt"
            | "idr"
            | "myr"
            | "thb"
            | "php"
            | "vnd"
            | "egp"
            | "ils"
            | "uah"
            | "xof"
            | "xaf"
    )
}

// ---------------------------------------------------------------------------
// Digits
// ---------------------------------------------------------------------------

/// Letters written straight after the digits.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Glued<'a> {
    Nothing,
    Scale(f64),
    Ordinal,
    Unit(&'a str),
}

#[derive(Debug, Clone, Copy)]
struct Digits<'a> {
    value: f64,
    /// An integer below 100 written with at most two digits ("3" in "3 hundred").
    small: bool,
    glued: Glued<'a>,
}

/// A separator plus a group of exactly `len` digits at `pos`.
fn group_at(s: &str, pos: usize, sep: Option<char>, len: usize) -> Option<(char, usize)> {
    let rest = s.get(pos..)?;
    let c = rest.chars().next()?;
    if !(c == ',' || is_thin_sep(c)) || sep.is_some_and(|sc| sc != c) {
        return None;
    }
    let after = &rest[c.len_utf8()..];
    (ascii_digits(after) == len).then_some((c, pos + c.len_utf8() + len))
}

/// The integer part, with western ("1,200,000") or Indian ("12,34,567")
/// grouping. Returns the digits without separators and whether any were seen.
fn int_part(i: &str) -> Res<'_, (String, bool)> {
    let n0 = ascii_digits(i);
    if n0 == 0 {
        // ".08": an empty integer part before a decimal point
        return match i.strip_prefix('.') {
            Some(d) if d.starts_with(|c: char| c.is_ascii_digit()) => {
                Ok((i, ("0".to_string(), false)))
            }
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
    let text = &i[..best_end];
    let digits: String = text.chars().filter(char::is_ascii_digit).collect();
    Ok((&i[best_end..], (digits, best_end > n0)))
}

/// Unicode vulgar fractions: '½' -> 0.5.
fn vulgar_fraction(c: char) -> Option<f64> {
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
fn clock_suffix(i: &str) -> bool {
    preceded(
        opt(sp),
        alt((kw("am"), kw("pm"), tag_no_case("a.m."), tag_no_case("p.m."))),
    )
    .parse(i)
    .is_ok()
}

/// A number written in digits, with whatever letters are glued to it.
/// Fails on clock times, dates, versions and codes like "4x4" or "5G".
fn digit_number(i: &str) -> Res<'_, Digits<'_>> {
    let (mut r, (mut s, grouped)) = int_part(i)?;
    let int_len = s.len();
    let mut int = true;
    if let Some(after) = r.strip_prefix('.') {
        let n = ascii_digits(after);
        if n > 0 {
            s.push('.');
            s.push_str(&after[..n]);
            r = &after[n..];
            int = false;
        }
    }
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
    let value: f64 = match s.parse::<f64>() {
        Ok(v) if v.is_finite() => v + vulgar,
        _ => return fail(i),
    };
    let (r2, letters) = take_while(|c: char| c.is_alphabetic()).parse(r)?;
    let glued = if letters.is_empty() {
        if int_len <= 2 && !grouped && clock_suffix(r) {
            return fail(i);
        }
        Glued::Nothing
    } else if r2.starts_with(|c: char| c.is_alphanumeric()) || eq_any(letters, &["am", "pm"]) {
        return fail(i);
    } else if int && eq_any(letters, &["st", "nd", "rd", "th"]) {
        Glued::Ordinal
    } else if let Some(sc) = abbr_scale(letters, true) {
        Glued::Scale(sc)
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

// ---------------------------------------------------------------------------
// Number words
// ---------------------------------------------------------------------------

/// 0..=99 in words: "nine", "twenty", "twenty-one", "twenty one".
fn word_below_hundred(i: &str) -> Res<'_, f64> {
    let (r, w) = word(i)?;
    if let Some(t) = tens_value(w) {
        let mut unit = preceded(
            sp_or_hyphen,
            verify(word_in(unit_value), |&u: &f64| (1.0..10.0).contains(&u)),
        );
        if let Ok((r2, u)) = unit.parse(r) {
            return Ok((r2, t + u));
        }
        return Ok((r, t));
    }
    match unit_value(w) {
        Some(u) => Ok((r, u)),
        None => fail(i),
    }
}

/// What may follow "hundred (and)": 1..=99 in words or two digits.
fn tail_below_hundred(i: &str) -> Res<'_, f64> {
    alt((
        word_below_hundred,
        verify(digit_number, |d: &Digits| {
            d.small && d.glued == Glued::Nothing
        })
        .map(|d| d.value),
    ))
    .parse(i)
}

/// "<n> hundred [and] <m>" after a lead already parsed; returns new value.
fn hundred_part(i: &str, lead: f64) -> Res<'_, f64> {
    let (mut r, _) = preceded(sp_or_hyphen, kw("hundred")).parse(i)?;
    let mut v = lead * 100.0;
    if let Ok((r2, t)) = preceded((opt((sp, kw("and"))), sp), tail_below_hundred).parse(r) {
        // not "3 hundred and 2 hundred", nor "and three quarters"
        let more = preceded(
            sp_or_hyphen,
            verify(word, |w: &str| {
                w.eq_ignore_ascii_case("hundred") || denominator(w).is_some()
            }),
        )
        .parse(r2);
        if more.is_err() {
            v += t;
            r = r2;
        }
    }
    Ok((r, v))
}

/// A words-only group below a thousand: "three hundred and twenty-one".
fn word_group(i: &str) -> Res<'_, (f64, bool)> {
    let (r, v) = word_below_hundred(i)?;
    match hundred_part(r, v) {
        Ok((r2, v2)) => Ok((r2, (v2, true))),
        Err(_) => Ok((r, (v, false))),
    }
}

/// A simple fraction in words: "a half", "one quarter", "three quarters",
/// "two thirds", "a fifth" (numerator below denominator).
fn simple_fraction(i: &str) -> Res<'_, f64> {
    let (r, n) = alt((
        alt((kw("a"), kw("an"))).map(|_| 1.0),
        verify(word_in(unit_value), |&n: &f64| (1.0..=10.0).contains(&n)),
    ))
    .parse(i)?;
    let (r, (d, plural)) = preceded(sp_or_hyphen, word_in(denominator)).parse(r)?;
    if n >= d || plural != (n > 1.0) {
        return fail(i);
    }
    Ok((r, n / d))
}

/// "and a half", "and a quarter", "and three quarters", "and two thirds".
fn and_fraction(i: &str) -> Res<'_, f64> {
    preceded((sp_or_hyphen, kw("and"), sp_or_hyphen), simple_fraction).parse(i)
}

/// A scale after a number: ("million", true) or spaced abbreviation ("bn", false).
fn scale_word(i: &str) -> Res<'_, (f64, bool)> {
    let (r, w) = word(i)?;
    if let Some(s) = big_scale(w) {
        return Ok((r, (s, true)));
    }
    match abbr_scale(w, false) {
        Some(s) => Ok((r, (s, false))),
        None => fail(i),
    }
}

/// A big scale word excluding "dozen".
fn big_scale_only(i: &str) -> Res<'_, f64> {
    verify(word_in(big_scale), |&s: &f64| s >= 1000.0).parse(i)
}

// ---------------------------------------------------------------------------
// Cores: the value part of a number, before suffixes
// ---------------------------------------------------------------------------

#[derive(Debug, Clone, Copy)]
struct Core<'a> {
    value: f64,
    low: f64,
    high: f64,
    words: bool,
    vague: bool,
    /// Letters glued to the digits ("km" in "15km").
    unit: Option<&'a str>,
}

impl<'a> Core<'a> {
    fn exact(value: f64, words: bool) -> Self {
        Core {
            value,
            low: value,
            high: value,
            words,
            vague: false,
            unit: None,
        }
    }

    fn vague(low: f64, high: f64, value: f64) -> Self {
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

struct Lead<'a> {
    value: f64,
    words: bool,
    small: bool,
    article: bool,
    glued: Glued<'a>,
}

/// "a" standing for one before "hundred", "thousand", "dozen", "million".
fn article_lead(i: &str) -> Res<'_, f64> {
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

fn lead(i: &str) -> Res<'_, Lead<'_>> {
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

/// An exact number: digits or words, with hundreds, "and a half" and scales.
fn regular_core(i: &str) -> Res<'_, Core<'_>> {
    let (mut r, ld) = lead(i)?;
    let mut v = ld.value;
    let mut words = ld.words;
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
    if ld.small {
        if let Ok((r2, v2)) = hundred_part(r, v) {
            v = v2;
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
    if let Ok((r2, (s, is_word))) = preceded(sp_or_hyphen, scale_word).parse(r) {
        v = scale_mul(v, s);
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
        // "3 million and a half"
        if last >= 1000.0 {
            if let Ok((r3, f)) = and_fraction(r) {
                return Ok((r3, Core::exact(v + scale_mul(f, last), true)));
            }
        }
        // "two thousand three hundred", "one million two hundred thousand"
        while ld.words && last >= 1000.0 {
            let Ok((r3, (and, (g, hund)))) = (
                opt((sp, kw("and"))).map(|a| a.is_some()),
                preceded(sp, word_group),
            )
                .parse(r)
            else {
                break;
            };
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
fn vague_plural(i: &str) -> Res<'_, Core<'_>> {
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
fn vague_multiplier(i: &str) -> Res<'_, Core<'_>> {
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
fn half_a_core(i: &str) -> Res<'_, Core<'_>> {
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

// ---------------------------------------------------------------------------
// Suffixes and glue
// ---------------------------------------------------------------------------

/// "%", " percent", " per cent", " pc", " percentage points".
fn percent_suffix(i: &str) -> Res<'_, Option<&'static str>> {
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
                .map(|_| Some("percentage points")),
            kw("percent").map(|_| None),
            kw("pct").map(|_| None),
            pc_exact.map(|_| None),
            (kw("per"), sp_or_hyphen, kw("cent")).map(|_| None),
        )),
    );
    alt((sign, words)).parse(i)
}

/// One word of a currency phrase (words with dots compared literally).
fn phrase_word<'a>(i: &'a str, w: &str) -> Res<'a, ()> {
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
fn currency_suffix(i: &str) -> Res<'_, &'static str> {
    let (r1, w1) = word(i)?;
    if let Some(code) = currency_code(w1) {
        return Ok((r1, code));
    }
    'entries: for (words, code) in CURRENCY_WORDS.iter() {
        let first = words[0];
        if !first.contains('.') && !first.eq_ignore_ascii_case(w1) {
            continue;
        }
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

/// A currency sign or code before the number: "$", "US$", "€", "Rs.", "USD ".
fn currency_prefix(i: &str) -> Res<'_, &'static str> {
    for (p, code) in CURRENCY_PREFIXES.iter() {
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
fn hyphen_glue(i: &str) -> Res<'_, &str> {
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

// ---------------------------------------------------------------------------
// Whole numbers
// ---------------------------------------------------------------------------

fn make_num(core: Core<'_>, kind: NumKind, glued: Option<&str>) -> Num {
    Num {
        span: 0..0,
        value: core.value,
        low: core.low,
        high: core.high,
        kind,
        glued_unit: glued.map(str::to_string),
        in_words: core.words,
        vague: core.vague,
    }
}

/// "$3.4bn", "US$1.2 billion", "€20m", "Rs 5 crore", "USD 5m".
fn money_prefixed(i: &str) -> Res<'_, Num> {
    let (r, code) = currency_prefix(i)?;
    let (r, _) = opt(sp).parse(r)?;
    if !r.starts_with(|c: char| c.is_ascii_digit() || c.is_alphabetic()) {
        return fail(i);
    }
    let (r, mut core) = regular_core(r)?;
    if matches!(core.unit, Some("m" | "M")) {
        core.unit = None;
        core = Core {
            unit: None,
            ..Core::exact(core.value * 1e6, false)
        };
    }
    if core.unit.is_some() {
        return fail(i);
    }
    let (r, glue) = opt(hyphen_glue).parse(r)?;
    Ok((r, make_num(core, NumKind::Money(code.to_string()), glue)))
}

/// A cardinal core followed by percent / currency suffixes and glue.
fn with_suffixes<'a>(r: &'a str, core: Core<'a>) -> Res<'a, Num> {
    if let Some(u) = core.unit {
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
    if let Ok((r2, code)) = preceded(sp, currency_suffix).parse(of) {
        return Ok((r2, make_num(core, NumKind::Money(code.to_string()), None)));
    }
    let (r2, glue) = opt(hyphen_glue).parse(r)?;
    Ok((r2, make_num(core, NumKind::Cardinal, glue)))
}

fn half_a_num(i: &str) -> Res<'_, Num> {
    let (r, core) = half_a_core(i)?;
    with_suffixes(r, core)
}

fn cardinal_num(i: &str) -> Res<'_, Num> {
    let (r, core) = alt((vague_plural, vague_multiplier, regular_core)).parse(i)?;
    with_suffixes(r, core)
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

/// "first", "twenty-first", "twentieth", "hundredth".
fn ordinal_words(i: &str) -> Res<'_, f64> {
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
fn ordinal_compound(i: &str) -> Res<'_, f64> {
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

fn ordinal_num(i: &str) -> Res<'_, Num> {
    let (r, (v, words)) = alt((
        ordinal_compound.map(|v| (v, true)),
        ordinal_words.map(|v| (v, true)),
        verify(digit_number, |d: &Digits| d.glued == Glued::Ordinal).map(|d| (d.value, false)),
    ))
    .parse(i)?;
    let (r, glue) = opt(hyphen_glue).parse(r)?;
    Ok((r, make_num(Core::exact(v, words), NumKind::Ordinal, glue)))
}

/// Parse one number at the start of `input`. The returned span is relative
/// to `input`. Context-dependent filtering ("no one", "one of") is done by
/// [`find_numbers`], not here.
pub fn parse_number(input: &str) -> IResult<&str, Num> {
    let (rest, mut n) = alt((
        money_prefixed,
        half_a_num,
        fraction_num,
        ordinal_num,
        cardinal_num,
    ))
    .parse(input)?;
    n.span = 0..input.offset(rest);
    Ok((rest, n))
}

// ---------------------------------------------------------------------------
// Scanning a whole text
// ---------------------------------------------------------------------------

fn skip_alnum(text: &str, i: usize) -> usize {
    text[i..]
        .char_indices()
        .find(|&(_, c)| !c.is_alphanumeric())
        .map_or(text.len(), |(k, _)| i + k)
}

/// Skip a digit token with its inner punctuation: "10:25", "2022-02-17", "1.2.3".
fn skip_numeric_token(text: &str, i: usize) -> usize {
    let mut j = skip_alnum(text, i);
    loop {
        let mut cs = text[j..].chars();
        match (cs.next(), cs.next()) {
            (Some(s), Some(d))
                if (matches!(s, '.' | ',' | ':' | '/') || is_hyphen(s) || is_thin_sep(s))
                    && d.is_alphanumeric() =>
            {
                j = skip_alnum(text, j + s.len_utf8());
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
        if matches!(p, '.' | ',' | ':' | '/') && pp.is_ascii_digit() {
            return true;
        }
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

/// All numbers in `text`, in order, non-overlapping, each as long as possible.
///
/// Runs in time linear in the text: a parse is only attempted at the start of
/// a word beginning with a digit or currency sign, or whose word is a number,
/// fraction, ordinal, vague quantity or currency code.
pub fn find_numbers(text: &str) -> Vec<Num> {
    let mut out: Vec<Num> = Vec::new();
    let mut i = 0;
    while let Some(c) = text[i..].chars().next() {
        let clen = c.len_utf8();
        let prev = text[..i].chars().next_back();
        if c.is_alphanumeric() && prev.is_some_and(char::is_alphanumeric) {
            i = skip_alnum(text, i); // "G7", "someone"
            continue;
        }
        if c.is_ascii_digit() {
            if bad_digit_context(text, i) {
                i = skip_numeric_token(text, i);
                continue;
            }
        } else if c.is_alphabetic() {
            let wend = text[i..]
                .char_indices()
                .find(|&(_, c)| !c.is_alphabetic())
                .map_or(text.len(), |(k, _)| i + k);
            let w = &text[i..wend];
            let after = &text[wend..];
            if (eq_any(w, &["http", "https", "ftp"]) && after.starts_with("://"))
                || (w.eq_ignore_ascii_case("www") && after.starts_with('.'))
            {
                // a URL: skip to the next space
                i = text[i..].find(is_space).map_or(text.len(), |k| i + k);
                continue;
            }
            let dollar = w.len() <= 3 && after.starts_with('$');
            let money_code =
                text[wend..].starts_with(|c: char| c.is_ascii_digit()) && matches!(w, "Rs" | "Rp");
            if !(dollar || money_code || (wend == skip_alnum(text, i) && is_trigger(w)))
                || hyphen_letters_before(text, i).is_some()
            {
                i = skip_alnum(text, i);
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
        match parse_number(&text[i..]) {
            Ok((_, mut n)) if n.span.end > 0 && accept(text, i, &n, &out) => {
                n.span = i + n.span.start..i + n.span.end;
                i = n.span.end;
                out.push(n);
            }
            _ => {
                i = if c.is_ascii_digit() || c == '.' {
                    skip_numeric_token(text, i).max(i + clen)
                } else if c.is_alphanumeric() {
                    skip_alnum(text, i)
                } else {
                    i + clen
                };
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn approx(a: f64, b: f64) -> bool {
        (a - b).abs() <= 1e-9 * b.abs().max(1.0)
    }

    fn show(text: &str) -> Vec<(String, f64, NumKind)> {
        find_numbers(text)
            .into_iter()
            .map(|n| (text[n.span.clone()].to_string(), n.value, n.kind))
            .collect()
    }

    /// `text` yields exactly these numbers (span text, value, kind).
    fn exactly(text: &str, want: &[(&str, f64, NumKind)]) {
        let got = show(text);
        let ok = got.len() == want.len()
            && got
                .iter()
                .zip(want)
                .all(|(g, w)| g.0 == w.0 && approx(g.1, w.1) && g.2 == w.2);
        assert!(ok, "{text:?}\n got: {got:?}\nwant: {want:?}");
    }

    /// `text` yields a number with this span text, value and kind; returns it.
    fn has(text: &str, span: &str, value: f64, kind: NumKind) -> Num {
        let nums = find_numbers(text);
        let found = nums
            .iter()
            .find(|n| &text[n.span.clone()] == span && approx(n.value, value) && n.kind == kind);
        match found {
            Some(n) => n.clone(),
            None => panic!(
                "{text:?}: no {span:?}={value} {kind:?}; got {:?}",
                show(text)
            ),
        }
    }

    fn none(text: &str) {
        let got = show(text);
        assert!(got.is_empty(), "{text:?}: expected nothing, got {got:?}");
    }

    use NumKind::{Cardinal as C, Fraction as F, Ordinal as O, Percent as P};

    fn m(code: &str) -> NumKind {
        NumKind::Money(code.to_string())
    }

    #[test]
    fn digits_basic() {
        exactly(
            "The company employs 5,100 people in 26 countries.",
            &[("5,100", 5100.0, C), ("26", 26.0, C)],
        );
        exactly(
            "The estate sold for 1,200,000 last year.",
            &[("1,200,000", 1.2e6, C)],
        );
        exactly("Inflation rose to 26.1 in March.", &[("26.1", 26.1, C)]);
        exactly("a margin of 0.5", &[("0.5", 0.5, C)]);
        exactly(
            "between 4,500 to 5,100 protesters",
            &[("4,500", 4500.0, C), ("5,100", 5100.0, C)],
        );
        exactly("The death toll rose to 2,400.", &[("2,400", 2400.0, C)]);
        exactly("Police said 37.", &[("37", 37.0, C)]);
        exactly(
            "10-15 people were hurt",
            &[("10", 10.0, C), ("15", 15.0, C)],
        );
        exactly("aged 20–30 years", &[("20", 20.0, C), ("30", 30.0, C)]);
        exactly("The final score was 3-1.", &[("3", 3.0, C), ("1", 1.0, C)]);
        exactly(
            "the population was 12,34,567 in the census",
            &[("12,34,567", 1234567.0, C)],
        );
        exactly(
            "a budget of 5\u{2009}100 units",
            &[("5\u{2009}100", 5100.0, C)],
        );
        exactly("numbers 1,2,3 in a list", &[("1", 1.0, C)]);
        exactly("In 2013, the firm was founded.", &[("2013", 2013.0, C)]);
        exactly("Temperatures fell to -5 overnight", &[("5", 5.0, C)]);
    }

    #[test]
    fn number_words() {
        for (w, v) in [
            ("zero", 0.0),
            ("three", 3.0),
            ("eleven", 11.0),
            ("nineteen", 19.0),
            ("forty", 40.0),
            ("ninety", 90.0),
            ("twenty-one", 21.0),
            ("twenty one", 21.0),
            ("Sixty-six", 66.0),
            ("one hundred and five", 105.0),
            ("one hundred five", 105.0),
            ("3 hundred and 21", 321.0),
            ("two thousand", 2000.0),
            ("a hundred", 100.0),
            ("a thousand", 1000.0),
            ("a dozen", 12.0),
            ("two dozen", 24.0),
            ("half a dozen", 6.0),
            ("one and a half", 1.5),
            ("nine and a half", 9.5),
            ("two and a half million", 2.5e6),
            ("half a million", 5e5),
            ("a million", 1e6),
            ("nineteen hundred", 1900.0),
            ("two thousand and five", 2005.0),
            ("two thousand three hundred", 2300.0),
            ("one million two hundred thousand", 1.2e6),
            ("three hundred and twenty-one thousand", 321000.0),
            ("a hundred and fifty", 150.0),
            ("ten thousand", 1e4),
        ] {
            let text = format!("Officials said {w} people attended.");
            let n = has(&text, w, v, C);
            assert!(n.in_words, "{w}");
            assert!(!n.vague, "{w}");
        }
    }

    /// A bare glued "m" is metres, not millions: "a depth of 617m" read as
    /// 617 million made a mine's depth look like a count of miners.
    #[test]
    fn glued_m_without_currency_is_metres() {
        let n = has("at a depth of 617m.", "617m", 617.0, NumKind::Cardinal);
        assert_eq!(n.glued_unit.as_deref(), Some("m"));
        has("a €20m fund", "€20m", 20e6, NumKind::Money("EUR".into()));
    }

    #[test]
    fn scales() {
        for (s, v) in [
            ("21 million", 21e6),
            ("2.5 million", 2.5e6),
            ("5k", 5e3),
            ("3.4bn", 3.4e9),
            ("3.4 bn", 3.4e9),
            ("2tn", 2e12),
            ("1.5mn", 1.5e6),
            ("10 bln", 1e10),
            ("5 lakh", 5e5),
            ("2 lakhs", 2e5),
            ("3 crore", 3e7),
            ("40 crores", 4e8),
            ("1.5 lakh crore", 1.5e12),
            ("1.2-billion", 1.2e9),
            ("two trillion", 2e12),
            ("1,674.5 million", 1674.5e6),
        ] {
            let text = format!("The deficit reached {s} last year.");
            has(&text, s, v, C);
        }
        assert!(!find_numbers("reached 3.4bn")[0].in_words);
        assert!(find_numbers("reached 21 million")[0].in_words);
    }

    #[test]
    fn percents() {
        for (s, v) in [
            ("26.1 percent", 26.1),
            ("40%", 40.0),
            ("40 %", 40.0),
            ("12 per cent", 12.0),
            ("40 pc", 40.0),
            ("3 pct", 3.0),
            ("five percent", 5.0),
            ("Ten per cent", 10.0),
            ("half a percentage point", 0.5),
            ("5-percent", 5.0),
        ] {
            let text = format!("Prices rose {s} in the quarter.");
            has(&text, s, v, P);
        }
        let n = has(
            "The bank raised rates by 1.5 percentage points on Tuesday.",
            "1.5 percentage points",
            1.5,
            P,
        );
        assert_eq!(n.glued_unit.as_deref(), Some("percentage points"));
        let n = has("up 1 percentage point", "1 percentage point", 1.0, P);
        assert_eq!(n.glued_unit.as_deref(), Some("percentage points"));
        exactly(
            "Unemployment fell from 8.2% to 7.9% in May.",
            &[("8.2%", 8.2, P), ("7.9%", 7.9, P)],
        );
    }

    #[test]
    fn money() {
        for (s, v, code) in [
            ("$3.4bn", 3.4e9, "USD"),
            ("$1.2 billion", 1.2e9, "USD"),
            ("US$1.2 billion", 1.2e9, "USD"),
            ("US$ 5 million", 5e6, "USD"),
            ("€20m", 20e6, "EUR"),
            ("£5", 5.0, "GBP"),
            ("£5.50", 5.5, "GBP"),
            ("¥100", 100.0, "JPY"),
            ("₹5 crore", 5e7, "INR"),
            ("Rs 5 crore", 5e7, "INR"),
            ("Rs. 2,500", 2500.0, "INR"),
            ("Rs1.5 lakh", 1.5e5, "INR"),
            ("USD 5m", 5e6, "USD"),
            ("A$300 million", 3e8, "AUD"),
            ("HK$2.5bn", 2.5e9, "HKD"),
            ("500 euros", 500.0, "EUR"),
            ("1.2 billion dollars", 1.2e9, "USD"),
            ("a billion dollars", 1e9, "USD"),
            ("30 pounds", 30.0, "GBP"),
            ("2 trillion yen", 2e12, "JPY"),
            ("10 billion yuan", 1e10, "CNY"),
            ("900 rupees", 900.0, "INR"),
            ("5 billion CFA francs", 5e9, "XOF"),
            ("20 million US dollars", 2e7, "USD"),
            ("3 million Australian dollars", 3e6, "AUD"),
            ("45 million USD", 45e6, "USD"),
            ("half a million dollars", 5e5, "USD"),
            ("$10", 10.0, "USD"),
            ("$10-million", 1e7, "USD"),
        ] {
            let text = format!("The deal is worth {s}, sources said.");
            has(&text, s, v, m(code));
        }
        let n = has(
            "a fine of hundreds of thousands of dollars",
            "hundreds of thousands of dollars",
            5e5,
            m("USD"),
        );
        assert!(n.vague);
        assert_eq!((n.low, n.high), (2e5, 999_999.0));
    }

    #[test]
    fn fractions() {
        for (s, v) in [
            ("half", 0.5),
            ("a half", 0.5),
            ("a quarter", 0.25),
            ("two-thirds", 2.0 / 3.0),
            ("two thirds", 2.0 / 3.0),
            ("three-quarters", 0.75),
            ("three quarters", 0.75),
            ("one-fifth", 0.2),
            ("one-half", 0.5),
            ("one third", 1.0 / 3.0),
        ] {
            let text = format!("Nearly {s} of voters backed the plan.");
            let n = has(&text, s, v, F);
            assert!(n.in_words);
        }
        has(
            "About a third of the 800 staff left.",
            "a third",
            1.0 / 3.0,
            F,
        );
        has("a hundredth of a second", "a hundredth", 0.01, F);
        has("three hundredths of a second", "three hundredths", 0.03, F);
        has("the one hundredth anniversary", "one hundredth", 100.0, O);
        exactly(
            "nearly half of the 800 passengers",
            &[("half", 0.5, F), ("800", 800.0, C)],
        );
        // "a third term" is an ordinal, not a fraction
        exactly("He won a third term.", &[("third", 3.0, O)]);
        exactly("She won a fifth consecutive title", &[("fifth", 5.0, O)]);
    }

    #[test]
    fn ordinals() {
        for (s, v) in [
            ("first", 1.0),
            ("second", 2.0),
            ("third", 3.0),
            ("twelfth", 12.0),
            ("twentieth", 20.0),
            ("thirtieth", 30.0),
            ("twenty-first", 21.0),
            ("forty-fourth", 44.0),
            ("hundredth", 100.0),
            ("two hundredth", 200.0),
            ("one hundred and twenty-fifth", 125.0),
            ("1st", 1.0),
            ("2nd", 2.0),
            ("3rd", 3.0),
            ("21st", 21.0),
            ("44th", 44.0),
        ] {
            let text = format!("It was the {s} time this year.");
            has(&text, s, v, O);
        }
        let n = has("the 21st-century economy", "21st-century", 21.0, O);
        assert_eq!(n.glued_unit.as_deref(), Some("century"));
        has(
            "the world's second-largest economy",
            "second-largest",
            2.0,
            O,
        );
    }

    #[test]
    fn hyphen_glue() {
        for (text, span, v, unit) in [
            ("a 27-minute delay", "27-minute", 27.0, "minute"),
            ("a 44-year-old man", "44-year-old", 44.0, "year-old"),
            ("the boy, 4-years-old, was", "4-years-old", 4.0, "years-old"),
            (
                "ending a 34-year-long feud",
                "34-year-long",
                34.0,
                "year-long",
            ),
            ("the nine-year mission", "nine-year", 9.0, "year"),
            ("a 100-strong crowd", "100-strong", 100.0, "strong"),
            ("a 15km walk", "15km", 15.0, "km"),
            ("the 200-metre final", "200-metre", 200.0, "metre"),
            (
                "a twenty-one-year-old",
                "twenty-one-year-old",
                21.0,
                "year-old",
            ),
            ("the 1990s", "1990s", 1990.0, "s"),
            ("a 100MW plant", "100MW", 100.0, "MW"),
            (
                "a two-and-a-half-year deal",
                "two-and-a-half-year",
                2.5,
                "year",
            ),
        ] {
            let n = has(text, span, v, C);
            assert_eq!(n.glued_unit.as_deref(), Some(unit), "{text}");
        }
        // no glue onto a following number or preposition
        exactly("won 5-to-4 on penalties", &[("5", 5.0, C), ("4", 4.0, C)]);
        assert_eq!(find_numbers("27 minutes")[0].glued_unit, None);
    }

    #[test]
    fn vague() {
        for (s, lo, hi) in [
            ("hundreds", 200.0, 999.0),
            ("thousands", 2000.0, 9999.0),
            ("dozens", 24.0, 99.0),
            ("tens of thousands", 20000.0, 99999.0),
            ("hundreds of thousands", 2e5, 999_999.0),
            ("millions", 2e6, 9_999_999.0),
            ("several hundred", 300.0, 900.0),
            ("several thousand", 3000.0, 9000.0),
            ("a few dozen", 24.0, 60.0),
            ("a few hundred", 200.0, 500.0),
            ("several hundred thousand", 3e5, 9e5),
        ] {
            let text = format!("Police said {s} of people marched.");
            let text = text.replace(" of people", " people");
            let n = find_numbers(&text)
                .into_iter()
                .find(|n| &text[n.span.clone()] == s)
                .unwrap_or_else(|| panic!("{text}: {:?}", show(&text)));
            assert!(n.vague, "{s}");
            assert_eq!((n.low, n.high), (lo, hi), "{s}");
            assert!(n.low <= n.value && n.value <= n.high, "{s}");
            assert_eq!(n.kind, C);
        }
        let n = has("Hundreds of people were detained.", "Hundreds", 500.0, C);
        assert!(n.vague);
        none("The tens of people"); // "tens" alone is not a number
        let n = has("a dozen eggs", "a dozen", 12.0, C);
        assert!(!n.vague);
    }

    #[test]
    fn not_numbers() {
        none("No one was hurt.");
        none("Someone called the police and anyone could see it.");
        none("They helped one another.");
        none("One of the victims was a child.");
        none("one day he left");
        none("The one who left.");
        none("It was a good day and a fine result.");
        none("no-one knows");
        none("The G7 summit and the A320 jet.");
        none("The COVID-19 pandemic, Covid-19, F-16 jets, MiG-29s and SARS-CoV-2.");
        none("The meeting started at 10:25 on Friday.");
        none("The train left at 10.25 am and 7 p.m. and 3pm.");
        none("Released on 2022-02-17 officially.");
        none("The 5G network and 3D printing in the 4x4.");
        none("version 1.2.3 ships");
        none("open 24/7");
        none("see https://example.com/a?id=305&x=20%25%2020 and www.example.com/2020/05/story");
        exactly("visit http://x.org/1 today, 5 people", &[("5", 5.0, C)]);
        exactly("One of the 800 victims", &[("800", 800.0, C)]);
        exactly("Only one person died.", &[("one", 1.0, C)]);
        exactly("wait one second", &[("one", 1.0, C)]);
    }

    #[test]
    fn newswire_sentences() {
        exactly(
            "KABUL (Reuters) - A suicide bomber killed 21 people and wounded 44 others on Tuesday.",
            &[("21", 21.0, C), ("44", 44.0, C)],
        );
        exactly(
            "The government said 3.4 million people, or 26.1 percent of the population, need aid.",
            &[("3.4 million", 3.4e6, C), ("26.1 percent", 26.1, P)],
        );
        exactly(
            "Apple reported revenue of $89.5 billion, up 8% from a year earlier.",
            &[("$89.5 billion", 89.5e9, m("USD")), ("8%", 8.0, P)],
        );
        exactly(
            "Tens of thousands of people rallied in the capital for a third day.",
            &[("Tens of thousands", 50000.0, C), ("third", 3.0, O)],
        );
        exactly(
            "The 44-year-old was sentenced to nine years in prison.",
            &[("44-year-old", 44.0, C), ("nine", 9.0, C)],
        );
        exactly(
            "The ministry approved Rs 5 crore for the project, 12 per cent more than last year.",
            &[("Rs 5 crore", 5e7, m("INR")), ("12 per cent", 12.0, P)],
        );
        exactly(
            "Shares fell 2.3% to €20.15 in Frankfurt.",
            &[("2.3%", 2.3, P), ("€20.15", 20.15, m("EUR"))],
        );
        exactly(
            "Two-thirds of the 1,500 respondents said they were worried.",
            &[("Two-thirds", 2.0 / 3.0, F), ("1,500", 1500.0, C)],
        );
        exactly(
            "More than 5,000 troops and 100 tanks were deployed on the second day.",
            &[("5,000", 5000.0, C), ("100", 100.0, C), ("second", 2.0, O)],
        );
        exactly(
            "The fund lost £1.2bn in the first half of 2020.",
            &[
                ("£1.2bn", 1.2e9, m("GBP")),
                ("first", 1.0, O),
                ("half", 0.5, F),
                ("2020", 2020.0, C),
            ],
        );
        exactly(
            "Growth slowed to 6.1 pc, its weakest pace in 29 years.",
            &[("6.1 pc", 6.1, P), ("29", 29.0, C)],
        );
        exactly(
            "About 1.5mn barrels a day, or roughly a quarter of output.",
            &[("1.5mn", 1.5e6, C), ("a quarter", 0.25, F)],
        );
        exactly(
            "The ¥500 billion package was approved.",
            &[("¥500 billion", 5e11, m("JPY"))],
        );
        exactly(
            "He scored his 21st goal of the season in the 44th minute.",
            &[("21st", 21.0, O), ("44th", 44.0, O)],
        );
        exactly(
            "Several hundred people gathered; a few dozen were arrested.",
            &[("Several hundred", 500.0, C), ("a few dozen", 36.0, C)],
        );
        exactly(
            "Rain fell on 3 of the 7 days.",
            &[("3", 3.0, C), ("7", 7.0, C)],
        );
        exactly(
            "“Twenty-five,” he said, ‘not 30’.",
            &[("Twenty-five", 25.0, C), ("30", 30.0, C)],
        );
        exactly(
            "It cost\u{a0}$5\u{a0}million.",
            &[("$5\u{a0}million", 5e6, m("USD"))],
        );
    }

    #[test]
    fn odd_forms() {
        for (s, v, kind) in [
            ("half a million", 5e5, C),
            ("half million", 5e5, C),
            ("a half-million", 5e5, C),
            ("a quarter million", 2.5e5, C),
            ("a quarter of a million", 2.5e5, C),
            ("3 million and a half", 3.5e6, C),
            ("two million and one half", 2.5e6, C),
            ("one and a fourth", 1.25, C),
            ("three and a fifth", 3.2, C),
            ("three dozens", 36.0, C),
            ("2½", 2.5, C),
            ("½", 0.5, F),
            ("¾", 0.75, F),
            (".08", 0.08, C),
            ("2mil", 2e6, C),
        ] {
            let text = format!("They said {s} were counted.");
            has(&text, s, v, kind);
        }
        exactly(
            "five billion and three quarters",
            &[("five billion and three quarters", 5.75e9, C)],
        );
        exactly(
            "3 hundred and 2 hundred",
            &[("3 hundred", 300.0, C), ("2 hundred", 200.0, C)],
        );
        none("prices like 1.111,11 in Europe");
        let n = has("Scores of people", "Scores", 100.0, C);
        assert!(n.vague);
        none("the final scores were");
    }

    #[test]
    fn parse_number_api() {
        let (rest, n) = parse_number("$3.4bn deal").unwrap();
        assert_eq!(rest, " deal");
        assert_eq!(n.span, 0..6);
        assert_eq!(n.kind, m("USD"));
        assert!(approx(n.value, 3.4e9));
        assert!(parse_number("hello").is_err());
        assert!(parse_number("a").is_err());
        let (_, n) = parse_number("twenty-one trillion three hundred").unwrap();
        assert!(approx(n.value, 21e12 + 300.0));
    }

    #[test]
    fn robustness() {
        let nines = "9".repeat(400);
        let inputs = [
            "",
            "$",
            "bn",
            "..5",
            "1,2,3",
            "€",
            "-",
            "5-",
            "5.",
            "a a a a a",
            "half",
            "half a",
            "one and a",
            "Rs",
            "Rs.",
            "US$",
            "USD",
            "%",
            "5%%",
            "२३ ٣٤ 五",
            "🙂5🙂 5🙂 e\u{301}5 ５",
            "\u{2009}5\u{2009}\u{2009}100\u{202f}",
            "1,\u{2009}",
            "12,34",
            "12,34,5",
            "ninety-",
            "twenty one-",
            "one hundred and",
            "$$$5$",
            "5 \u{2010}\u{2011}year",
            nines.as_str(),
        ];
        for s in inputs {
            for n in find_numbers(s) {
                assert!(s.is_char_boundary(n.span.start) && s.is_char_boundary(n.span.end));
                assert!(n.span.start < n.span.end);
            }
            let _ = parse_number(s);
        }
        // a cheap deterministic fuzz over a mixed alphabet
        let alphabet: Vec<char> = "0123456789 ,.-–:/$€£¥₹%aehlnortuwy\u{a0}\u{2009}’\"é🙂bnkm"
            .chars()
            .collect();
        let mut seed: u64 = 0x2545_f491_4f6c_dd1d;
        for _ in 0..3000 {
            let len = (seed % 24) as usize;
            let mut s = String::new();
            for _ in 0..len {
                seed ^= seed << 13;
                seed ^= seed >> 7;
                seed ^= seed << 17;
                s.push(alphabet[(seed % alphabet.len() as u64) as usize]);
            }
            let mut prev_end = 0;
            for n in find_numbers(&s) {
                assert!(s.is_char_boundary(n.span.start) && s.is_char_boundary(n.span.end));
                assert!(
                    n.span.start >= prev_end && n.span.start < n.span.end,
                    "{s:?}"
                );
                assert!(n.value.is_finite());
                prev_end = n.span.end;
            }
        }
    }

    #[test]
    fn linear_on_large_input() {
        let para = "KABUL - At least 21 people, including a 44-year-old, died; \
                    two-thirds of the $3.4bn budget (26.1 percent) went to hundreds of \
                    projects on 2022-02-17 at 10:25. No one said anything. ";
        let text = para.repeat(2_000); // ~360 kB
        let n = find_numbers(&text).len();
        assert_eq!(n, 6 * 2_000);
        let lots_of_a = "a ".repeat(50_000);
        assert!(find_numbers(&lots_of_a).is_empty());
        let digits = "1".repeat(1_000_000);
        assert!(find_numbers(&digits).len() <= 1);
    }
}
