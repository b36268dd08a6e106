//! Lexical primitives shared by every time parser: spaces, dashes, digits, keywords, month and weekday names, day numbers and years.

use super::*;
use crate::extract::number::word_below_hundred;
use crate::text::{ascii_letters_end, opens_with_word, starts_alnum};

pub(super) type Res<'a, T> = IResult<&'a str, T>;

pub(super) fn err(i: &str) -> nom::Err<Error<&str>> {
    nom::Err::Error(Error::new(i, ErrorKind::Verify))
}

pub(super) fn fail<T>(i: &str) -> Res<'_, T> {
    Err(err(i))
}

#[derive(Clone, Copy)]
pub(super) struct Ctx<'s> {
    pub(super) reference: Option<Day>,
    /// The word before the candidate, for context rules ("in May", "twice a day").
    pub(super) prev: &'s str,
}

/// Whitespace, including non-breaking and thin spaces; curly quotes count as spaces.
pub(super) fn is_sp(c: char) -> bool {
    c.is_whitespace()
        || matches!(
            c,
            '\u{200b}' | '\u{feff}' | '\u{2018}' | '\u{2019}' | '\u{201c}' | '\u{201d}'
        )
}

pub(super) fn is_dash(c: char) -> bool {
    matches!(
        c,
        '-' | '\u{2010}' | '\u{2011}' | '\u{2012}' | '\u{2013}' | '\u{2014}' | '\u{2212}'
    )
}

/// The length of the spaces ([`is_sp`]) `i` opens with. Every grammar
/// steps over spaces between its words, so ASCII bytes are told by their
/// code (`text::is_space`, which agrees with [`is_sp`] on them) and only
/// other chars are decoded.
fn sp_len(i: &str) -> usize {
    let b = i.as_bytes();
    let mut k = 0;
    while let Some(&x) = b.get(k) {
        if x.is_ascii() {
            if !crate::text::is_space(char::from(x)) {
                break;
            }
            k += 1;
        } else {
            match i[k..].chars().next() {
                Some(c) if is_sp(c) => k += c.len_utf8(),
                _ => break,
            }
        }
    }
    debug_assert_eq!(k, i.find(|c: char| !is_sp(c)).unwrap_or(i.len()), "{i:?}");
    k
}

pub(super) fn sp1(i: &str) -> Res<'_, &str> {
    match sp_len(i) {
        0 => Err(nom::Err::Error(Error::new(i, ErrorKind::TakeWhile1))),
        n => Ok((&i[n..], &i[..n])),
    }
}

pub(super) fn sp0(i: &str) -> Res<'_, &str> {
    let n = sp_len(i);
    Ok((&i[n..], &i[..n]))
}

pub(super) fn dash(i: &str) -> Res<'_, char> {
    satisfy(is_dash).parse(i)
}

pub(super) fn comma(i: &str) -> Res<'_, char> {
    nom_char(',').parse(i)
}

/// The ASCII digits `i` opens with (one at least), read as bytes.
pub(super) fn digits(i: &str) -> Res<'_, &str> {
    match i.bytes().take_while(u8::is_ascii_digit).count() {
        0 => Err(nom::Err::Error(Error::new(i, ErrorKind::Digit))),
        n => Ok((&i[n..], &i[..n])),
    }
}

/// Exactly two digits, no third after them.
pub(super) fn two_digits(i: &str) -> Res<'_, u32> {
    let (r, d) = digits(i)?;
    if d.len() != 2 {
        return fail(i);
    }
    Ok((r, to_u32(d)))
}

pub(super) fn to_u32(d: &str) -> u32 {
    d.bytes().fold(0u32, |a, b| {
        a.wrapping_mul(10).wrapping_add(u32::from(b - b'0'))
    })
}

/// Succeeds (consuming nothing) at the end of a word.
#[inline]
pub(super) fn end_word(i: &str) -> Res<'_, ()> {
    if starts_alnum(i) {
        fail(i)
    } else {
        Ok((i, ()))
    }
}

/// An ASCII word, followed by a word boundary. Every grammar reads its first
/// word with this, so it works on bytes.
pub(super) fn word(i: &str) -> Res<'_, &str> {
    let n = ascii_letters_end(i.as_bytes(), 0);
    if n == 0 {
        return Err(nom::Err::Error(Error::new(i, ErrorKind::TakeWhile1)));
    }
    let (w, r) = i.split_at(n);
    end_word(r)?;
    Ok((r, w))
}

/// The word `w` (ASCII letters), ASCII case-insensitively: the same match as
/// [`word`] equal to `w`, see [`opens_with_word`].
pub(super) fn kw<'a>(i: &'a str, w: &str) -> Res<'a, &'a str> {
    if !opens_with_word(i, w) {
        return fail(i);
    }
    let (s, r) = i.split_at(w.len());
    debug_assert_eq!(word(i).ok(), Some((r, s)));
    Ok((r, s))
}

pub(super) fn kw_idx<'a>(i: &'a str, ws: &[&str]) -> Res<'a, usize> {
    let (r, s) = word(i)?;
    match ws.iter().position(|w| s.eq_ignore_ascii_case(w)) {
        Some(k) => Ok((r, k)),
        None => fail(i),
    }
}

/// A number below a hundred in words: "seven", "nineteen", "forty",
/// "forty-two", "forty two"; the number parser's reading, so the two
/// parsers know the same number words.
pub(super) fn words_below_hundred(i: &str) -> Res<'_, u32> {
    let (r, v) = word_below_hundred(i)?;
    Ok((r, v as u32))
}

/// Keyword followed by whitespace.
pub(super) fn kw_sp<'a>(i: &'a str, w: &str) -> Res<'a, ()> {
    let (r, _) = kw(i, w)?;
    let (r, _) = sp1(r)?;
    Ok((r, ()))
}

/// ", " or " " between the parts of a date.
pub(super) fn csp(i: &str) -> Res<'_, ()> {
    alt(((sp0, comma, sp0).map(|_| ()), sp1.map(|_| ()))).parse(i)
}

/// "last" / "this" / "next" as a month delta -1 / 0 / 1.
pub(super) fn rel_word(i: &str) -> Res<'_, i32> {
    let (r, k) = kw_idx(i, &["last", "this", "next"])?;
    Ok((r, k as i32 - 1))
}

pub(super) fn rel_word_sp(i: &str) -> Res<'_, i32> {
    terminated(rel_word, sp1).parse(i)
}

/// Text that continues a number: "%", ",5", ".5", ":5", "/5".
pub(super) fn numberish_follows(r: &str) -> bool {
    let mut cs = r.chars();
    match (cs.next(), cs.next()) {
        (Some('%'), _) => true,
        (Some(',' | '.' | ':' | '/'), Some(c)) => c.is_ascii_digit(),
        _ => false,
    }
}

pub(super) fn capitalised(w: &str) -> bool {
    let mut cs = w.chars();
    match cs.next() {
        Some(c) if c.is_ascii_uppercase() => {
            let rest = cs.as_str();
            rest.bytes().all(|b| b.is_ascii_lowercase())
                || rest.bytes().all(|b| b.is_ascii_uppercase())
        }
        _ => false,
    }
}

/// Early / mid / late modifier with its separator ("early ", "mid-", "late ").
pub(super) fn part_mod(i: &str) -> Res<'_, Part> {
    let (r, k) = kw_idx(i, &["early", "mid", "late"])?;
    let (r, _) = alt((sp1, recognize(dash))).parse(r)?;
    Ok((r, [Part::Early, Part::Mid, Part::Late][k]))
}

pub(super) const MONTHS: [&str; 12] = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

/// Whether a word, in lower case, names a month, in full or cut short
/// ("sept").
pub fn names_month(w: &str) -> bool {
    let w = w.trim_end_matches('.');
    MONTHS.contains(&w) || MONTH_ABBR.iter().any(|&(a, _)| a == w)
}

pub(super) const MONTH_ABBR: [(&str, u32); 12] = [
    ("jan", 1),
    ("feb", 2),
    ("mar", 3),
    ("apr", 4),
    ("jun", 6),
    ("jul", 7),
    ("aug", 8),
    ("sep", 9),
    ("sept", 9),
    ("oct", 10),
    ("nov", 11),
    ("dec", 12),
];

#[derive(Clone, Copy)]
pub(super) struct MonthTok {
    pub(super) month: u32,
    /// May, March, April, June, August (also verbs, nouns or given names).
    pub(super) ambiguous: bool,
    pub(super) abbr: bool,
}

/// Month name: full (any case except lowercase "march"/"may"/"august"), or a capitalised
/// abbreviation with an optional period ("Jan.", "Sept.").
pub(super) fn month_name(i: &str) -> Res<'_, MonthTok> {
    let (r, w) = word(i)?;
    if let Some(k) = MONTHS.iter().position(|m| w.eq_ignore_ascii_case(m)) {
        let month = k as u32 + 1;
        let lower = w.bytes().all(|b| b.is_ascii_lowercase());
        if lower && matches!(month, 3 | 5 | 8) {
            return fail(i);
        }
        let ambiguous = matches!(month, 3 | 4 | 5 | 6 | 8);
        return Ok((
            r,
            MonthTok {
                month,
                ambiguous,
                abbr: false,
            },
        ));
    }
    if !capitalised(w) {
        return fail(i);
    }
    match MONTH_ABBR.iter().find(|(a, _)| w.eq_ignore_ascii_case(a)) {
        Some(&(_, month)) => {
            let (r, _) = opt(nom_char('.')).parse(r)?;
            Ok((
                r,
                MonthTok {
                    month,
                    ambiguous: true,
                    abbr: true,
                },
            ))
        }
        None => fail(i),
    }
}

/// Weekday names, Monday first.
pub const WEEKDAYS: [&str; 7] = [
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
];

pub(super) const WEEKDAY_ABBR: [(&str, i32); 10] = [
    ("mon", 0),
    ("tue", 1),
    ("tues", 1),
    ("wed", 2),
    ("thu", 3),
    ("thur", 3),
    ("thurs", 3),
    ("fri", 4),
    ("sat", 5),
    ("sun", 6),
];

/// The possessive determiners: "in his 70s" is an age, "rest of my week" a
/// period.
pub(super) const POSSESSIVES: [&str; 7] = ["his", "her", "their", "my", "your", "our", "its"];

/// Weekday, Monday = 0.  Abbreviations need a capital and a period ("Wed.").
pub(super) fn weekday_name(i: &str) -> Res<'_, i32> {
    let (r, w) = word(i)?;
    if let Some(k) = WEEKDAYS.iter().position(|d| w.eq_ignore_ascii_case(d)) {
        return Ok((r, k as i32));
    }
    let abbr = WEEKDAY_ABBR.iter().find(|(a, _)| w.eq_ignore_ascii_case(a));
    match abbr {
        Some(&(_, d)) if capitalised(w) && r.starts_with('.') => Ok((&r[1..], d)),
        _ => fail(i),
    }
}

/// Day of month, 1..=31, with an optional ordinal suffix ("19th").
pub(super) fn day_num(i: &str) -> Res<'_, u32> {
    let (r, d) = digits(i)?;
    if d.len() > 2 {
        return fail(i);
    }
    let v = to_u32(d);
    if !(1..=31).contains(&v) {
        return fail(i);
    }
    let (r, _) = opt(ordinal_suffix).parse(r)?;
    let (r, _) = end_word(r)?;
    if numberish_follows(r) {
        return fail(i);
    }
    Ok((r, v))
}

/// A four-digit year in `lo..=hi`, standing alone (not "2013.5", "2,013", "40%", "2000-year").
pub(super) fn year_in(i: &str, lo: u32, hi: u32) -> Res<'_, i32> {
    let (r, d) = digits(i)?;
    if d.len() != 4 {
        return fail(i);
    }
    let y = to_u32(d);
    if y < lo || y > hi {
        return fail(i);
    }
    let (r, _) = end_word(r)?;
    if numberish_follows(r) {
        return fail(i);
    }
    if (dash, |i| kw_idx(i, &["year", "years"])).parse(r).is_ok()
        || (sp1, |i| kw_idx(i, &["percent", "pct"])).parse(r).is_ok()
        || (sp1, |i| kw_sp(i, "per"), |i| kw(i, "cent"))
            .parse(r)
            .is_ok()
    {
        return fail(i);
    }
    Ok((r, y as i32))
}

pub(super) fn any_year(i: &str) -> Res<'_, i32> {
    year_in(i, 1000, 2999)
}

/// Previous words after which a capitalised ambiguous month name alone is a month.
pub(super) fn prev_allows_month(prev: &str) -> bool {
    const OK: [&str; 20] = [
        "in", "on", "since", "until", "by", "early", "late", "mid", "last", "next", "this", "of",
        "from", "to", "before", "after", "between", "during", "through", "till",
    ];
    OK.iter().any(|w| prev.eq_ignore_ascii_case(w))
}

/// The suffix of an ordinal day: "st", "nd", "rd", "th".
pub(super) fn ordinal_suffix(i: &str) -> Res<'_, &str> {
    match i.as_bytes() {
        [a, b, ..]
            if matches!(
                [a.to_ascii_lowercase(), b.to_ascii_lowercase()],
                [b's', b't'] | [b'n', b'd'] | [b'r', b'd'] | [b't', b'h']
            ) =>
        {
            Ok((&i[2..], &i[..2]))
        }
        _ => fail(i),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spaces_digits_and_ordinal_suffixes_read_as_the_grammars_expect() {
        // Spaces: ASCII white space, no-break and zero-width spaces, and
        // curly quotes; nothing else.
        assert_eq!(
            sp1(" \t\u{a0}\u{2019}\u{200b}May"),
            Ok(("May", " \t\u{a0}\u{2019}\u{200b}"))
        );
        assert_eq!(sp0("May"), Ok(("May", "")));
        assert!(sp1("May").is_err());
        assert!(sp1("\u{2014} May").is_err());
        // Digits are ASCII ones.
        assert_eq!(digits("2019, then"), Ok((", then", "2019")));
        assert!(digits("\u{663}\u{664}").is_err());
        assert!(digits("May").is_err());
        // Two digits and no third.
        assert_eq!(two_digits("05:30"), Ok((":30", 5)));
        assert!(two_digits("123").is_err());
        assert!(two_digits("1 ").is_err());
        // The suffix of an ordinal day, in any case.
        assert_eq!(ordinal_suffix("TH,"), Ok((",", "TH")));
        assert_eq!(ordinal_suffix("rd"), Ok(("", "rd")));
        assert!(ordinal_suffix("s").is_err());
        assert!(ordinal_suffix("sd").is_err());
    }

    #[test]
    fn a_keyword_matches_only_the_whole_word_in_any_case() {
        for (text, rest) in [
            ("year", ""),
            ("Year-end", "-end"),
            ("YEAR.", "."),
            ("year\u{a0}ago", "\u{a0}ago"),
        ] {
            assert_eq!(kw(text, "year"), Ok((rest, &text[..4])), "{text:?}");
        }
        // A longer word, a glued digit, a letter of another script after
        // it, a shorter word, or a space before are not the keyword.
        for text in ["years", "year2", "yearé", "yea", "", " year"] {
            assert!(kw(text, "year").is_err(), "{text:?}");
            let same = word(text).is_ok_and(|(_, w)| w.eq_ignore_ascii_case("year"));
            assert!(!same, "{text:?}");
        }
        assert_eq!(kw_sp("The year", "the"), Ok(("year", ())));
        assert!(kw_sp("them year", "the").is_err());
    }

    #[test]
    fn number_words_below_a_hundred_read_as_the_number_parser_reads_them() {
        use crate::extract::number::{TENS, UNITS};
        for (n, w) in (0..).zip(UNITS) {
            assert_eq!(words_below_hundred(w), Ok(("", n)), "{w}");
            assert_eq!(words_below_hundred(&w.to_uppercase()), Ok(("", n)), "{w}");
        }
        for (n, w) in (2..).zip(TENS) {
            assert_eq!(words_below_hundred(w), Ok(("", 10 * n)), "{w}");
        }
        for w in ["", "a", "hundred", "tenth", "fortyone", "twentys"] {
            assert!(words_below_hundred(w).is_err(), "{w:?}");
        }
        // The number parser's British zero is a number word here too.
        assert_eq!(words_below_hundred("nought"), Ok(("", 0)));
        for (text, rest, v) in [
            ("seven days", " days", 7),
            ("Nineteen years", " years", 19),
            ("forty", "", 40),
            ("Forty-Two years", " years", 42),
            ("ninety nine", "", 99),
            // A unit word after a tens word only: "twenty ten" is two numbers,
            // and "twenty-" is not followed by one.
            ("twenty ten", " ten", 20),
            ("thirty-", "-", 30),
        ] {
            assert_eq!(words_below_hundred(text), Ok((rest, v)), "{text:?}");
        }
        for text in ["hundred", "fortyish", "4", " five", "zeroes"] {
            assert!(words_below_hundred(text).is_err(), "{text:?}");
        }
    }
}
