//! Dates, times of day and durations in English newswire text.
//!
//! This module owns the recognition and resolution of time expressions: calendar
//! expressions ("May 19, 2017", "last year", "the second quarter of 2021", "Monday"),
//! clock times ("10:25 a.m.", "0447 GMT", "noon") and durations ("nine and a half
//! years", "27-minute").  Calendar expressions are resolved to an inclusive interval of
//! [`Day`]s (days since 1970-01-01, proleptic Gregorian), relative ones against the
//! article's publication date when it is known.  It also owns the small calendar
//! arithmetic the rest of the crate uses ([`days_from_civil`], [`civil_from_days`],
//! [`parse_iso_date`]).  Ages ("44-year-old") are deliberately not durations here.
//!
//! The scanner ([`find_times`]) is linear: it only attempts a parse at word starts that
//! begin with a digit or are one of a small set of trigger words, and each attempt looks
//! ahead a bounded number of tokens.

use std::ops::Range;

use nom::{
    branch::alt,
    bytes::complete::{tag_no_case, take_while, take_while1, take_while_m_n},
    character::complete::{char as nom_char, digit1, satisfy},
    combinator::{opt, recognize},
    error::{Error, ErrorKind},
    sequence::{preceded, terminated},
    IResult, Offset, Parser,
};

/// Days since 1970-01-01 in the proleptic Gregorian calendar.
pub type Day = i32;

/// Days since 1970-01-01 of the civil date `y-m-d` (Howard Hinnant's algorithm).
/// Out-of-range months or days are not checked; the function never panics.
pub fn days_from_civil(y: i32, m: u32, d: u32) -> Day {
    let m = i64::from(m);
    let d = i64::from(d);
    let y = i64::from(y) - i64::from(m <= 2);
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (m + 9).rem_euclid(12);
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    (era * 146_097 + doe - 719_468) as Day
}

/// Civil date `(year, month, day)` of a [`Day`].
pub fn civil_from_days(z: Day) -> (i32, u32, u32) {
    let z = i64::from(z) + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let y = yoe + era * 400;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    ((y + i64::from(m <= 2)) as i32, m as u32, d as u32)
}

/// Parse "YYYY-MM-DD" (also used for article metadata); None if invalid.
/// A trailing time part ("2017-05-19T10:00:00Z" or "2017-05-19 10:00") is ignored.
pub fn parse_iso_date(s: &str) -> Option<Day> {
    let s = s.trim();
    let b = s.as_bytes();
    if b.len() < 10 || (b.len() > 10 && b[10] != b'T' && b[10] != b' ') {
        return None;
    }
    if b[4] != b'-' || b[7] != b'-' {
        return None;
    }
    let num = |r: Range<usize>| -> Option<u32> {
        b[r.clone()]
            .iter()
            .all(u8::is_ascii_digit)
            .then(|| s[r].parse().ok())
            .flatten()
    };
    let (y, m, d) = (num(0..4)? as i32, num(5..7)?, num(8..10)?);
    valid_ymd(y, m, d).then(|| days_from_civil(y, m, d))
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Granularity {
    Century,
    Decade,
    Year,
    Half,
    Quarter,
    Season,
    Month,
    Week,
    Day,
    Minute,
}

#[derive(Debug, Clone, PartialEq)]
pub enum TimeKind {
    Calendar,
    Duration,
    Clock,
}

#[derive(Debug, Clone, PartialEq)]
pub struct TimeExpr {
    /// Byte range in the input.
    pub span: Range<usize>,
    pub kind: TimeKind,
    pub granularity: Granularity,
    /// Resolved calendar interval, inclusive, when resolvable.
    pub start: Option<Day>,
    pub end: Option<Day>,
    /// Depends on the reference date ("last year", "Monday", "February" without a year).
    pub relative: bool,
    /// Durations: year = 365.25 days, month = 30.4375, week 7.
    pub length_days: Option<f64>,
    /// Clock: minutes after midnight.
    pub clock_minutes: Option<u32>,
    /// "GMT", "UTC", "EST", "local" ...
    pub zone: Option<String>,
    /// TIMEX-like value: "2013", "2013-01", "2017-05-19", "2020-H1", "2021-SP", "2027-W03",
    /// "P9.5Y", "PT27M", "T10:25", "XXXX-02" when unresolved.
    pub timex: String,
}

/// All time expressions in `text`, in order, non-overlapping, each as long as possible.
/// `reference` is the article's publication date when known; relative expressions are resolved against it,
/// and left unresolved (start/end None, relative true) without it.
pub fn find_times(text: &str, reference: Option<Day>) -> Vec<TimeExpr> {
    let reference = sane_reference(reference);
    let mut out = Vec::new();
    let mut i = 0usize;
    let (mut p1, mut p2) = (' ', ' ');
    let mut prev_word: &str = "";
    while let Some(c) = text[i..].chars().next() {
        if !c.is_alphanumeric() {
            p2 = p1;
            p1 = c;
            i += c.len_utf8();
            continue;
        }
        let wlen = text[i..]
            .find(|ch: char| !ch.is_alphanumeric())
            .unwrap_or(text.len() - i);
        let word = &text[i..i + wlen];
        let word_start = !p1.is_alphanumeric();
        if word_start {
            let attempt = if c.is_ascii_digit() {
                digit_start_ok(p1, p2)
            } else {
                (is_trigger(word)
                    || word.ends_with(|d: char| d.is_ascii_digit())
                        && is_trigger(word.trim_end_matches(|d: char| d.is_ascii_digit())))
                    && (!is_weak_trigger(word) || anchor_ahead(&text[i..], anchor_window(word)))
            };
            if attempt {
                let ctx = Ctx {
                    reference,
                    prev: prev_word,
                };
                if let Ok((rest, mut ex)) = parse_core(&ctx, &text[i..]) {
                    let end = text.len() - rest.len();
                    if end > i {
                        ex.span = i..end;
                        out.push(ex);
                        let mut back = text[..end].chars().rev();
                        p1 = back.next().unwrap_or(' ');
                        p2 = back.next().unwrap_or(' ');
                        prev_word = "";
                        i = end;
                        continue;
                    }
                }
            }
            prev_word = word;
        }
        let mut back = word.chars().rev();
        let last = back.next().unwrap_or(' ');
        p2 = back.next().unwrap_or(p1);
        p1 = last;
        i += wlen;
    }
    out
}

/// The old and the new date of a change written as a range: in "postponed
/// the vote from May 5 to June 10", `input` being "from May 5 to June 10",
/// May 5 and June 10 each on its own, spans relative to `input`. None when
/// `input` is not "from X to Y".
pub fn change_ends(input: &str, reference: Option<Day>) -> Option<[TimeExpr; 2]> {
    from_to_ends(input, reference)
}

/// Parse one time expression at the start of `input` (nom style; the public parser of this claim type).
/// The returned span is relative to `input`.  Without the preceding word, an ambiguous month
/// name such as "May" alone is not taken as a month.
pub fn parse_time(input: &str, reference: Option<Day>) -> IResult<&str, TimeExpr> {
    let ctx = Ctx {
        reference: sane_reference(reference),
        prev: "",
    };
    let (rest, mut ex) = parse_core(&ctx, input)?;
    ex.span = 0..input.offset(rest);
    Ok((rest, ex))
}

mod anchored;
mod calendar;
mod clock;
mod duration;
mod lex;
mod math;
mod numeric;
mod period;
mod relative;
#[cfg(test)]
mod tests;
mod written;

use anchored::*;
use calendar::*;
use clock::*;
use duration::*;
use lex::*;
use math::*;
use numeric::*;
use period::*;
use relative::*;
use written::*;

pub use lex::WEEKDAYS;
pub use math::days_in_month;

// ---------------------------------------------------------------------------------------
// Calendar parsers
// ---------------------------------------------------------------------------------------

type P = for<'a, 'b, 'c> fn(&'c Ctx<'b>, &'a str) -> Res<'a, TimeExpr>;

const ALL: [P; 21] = [
    iso_date,
    weekday_date,
    date_md,
    date_dm,
    month_year,
    month_alone,
    boundary,
    year_range,
    year_expr,
    decade,
    part_of_year,
    q_notation,
    season,
    rel_unit,
    day_word,
    weekday_expr,
    single_day,
    ago,
    clock_expr,
    duration,
    period,
];

const DAY_PARSERS: [P; 7] = [
    iso_date,
    weekday_date,
    date_md,
    date_dm,
    day_word,
    weekday_expr,
    single_day,
];

fn longest<'a>(c: &Ctx<'_>, i: &'a str, ps: &[P]) -> Res<'a, TimeExpr> {
    let mut best: Option<(&'a str, TimeExpr)> = None;
    for p in ps {
        match p(c, i) {
            Ok((r, ex))
                if r.len() < i.len() && best.as_ref().is_none_or(|(br, _)| r.len() < br.len()) =>
            {
                best = Some((r, ex));
            }
            _ => {}
        }
    }
    best.ok_or_else(|| err(i))
}

fn parse_core<'a>(c: &Ctx<'_>, i: &'a str) -> Res<'a, TimeExpr> {
    let (r, ex) = longest(c, i, &ALL)?;
    if ex.kind == TimeKind::Calendar && is_single_day(&ex) {
        // "May 19, 2017, at 10:25 GMT", "Monday at 9 a.m."
        let attached = (opt((sp0, comma)), sp1, opt(|i| kw_sp(i, "at")), clock_core).parse(r);
        if let Ok((r2, (_, _, _, (mins, zone)))) = attached {
            return Ok((r2, with_clock(ex, mins, zone)));
        }
    }
    Ok((r, ex))
}

fn is_single_day(ex: &TimeExpr) -> bool {
    ex.is_single_day()
}

impl TimeExpr {
    /// One day (resolved or not), as opposed to a period: a range of days
    /// ("from 4 to 22", TIMEX with `/`) or a span counted in days and left
    /// unresolved ("the next 3 days", TIMEX "P3D") is a period even at day
    /// granularity.
    pub fn is_single_day(&self) -> bool {
        self.granularity == Granularity::Day
            && self.start == self.end
            && !self.timex.contains('/')
            && !self.timex.starts_with(['(', 'P'])
    }
}

fn with_clock(day: TimeExpr, mins: u32, zone: Option<&str>) -> TimeExpr {
    let clock = clock_ex(mins, zone);
    TimeExpr {
        start: day.start,
        end: day.end,
        relative: day.relative,
        timex: format!("{}{}", day.timex, clock.timex),
        ..clock
    }
}

// ---------------------------------------------------------------------------------------
// Scanner support
// ---------------------------------------------------------------------------------------

/// A digit may start an expression unless it continues a number, a price or a tag
/// ("2,013", "2013.5", "$2013", "#2013", "1/5").
fn digit_start_ok(p1: char, p2: char) -> bool {
    match p1 {
        '$' | '\u{a3}' | '\u{20ac}' | '\u{a5}' | '#' | '+' => false,
        ',' | '.' | ':' | '/' => !p2.is_ascii_digit(),
        c if is_dash(c) => !p2.is_ascii_digit(),
        _ => true,
    }
}

/// Common words that open a time expression only together with a time word
/// ("the", "a", "next", "two"): "the 27th", "two sundays from now", "the
/// first half of 2017". Most of their occurrences in prose open none, so a
/// parse is attempted only when a time word stands in the next few words.
fn is_weak_trigger(w: &str) -> bool {
    const WEAK: [&str; 29] = [
        "the",
        "for",
        "a",
        "an",
        "on",
        "this",
        "last",
        "next",
        "from",
        "between",
        "past",
        "early",
        "mid",
        "late",
        "earlier",
        "later",
        "beginning",
        "start",
        "middle",
        "end",
        "final",
        "half",
        "coming",
        "upcoming",
        "current",
        "following",
        "previous",
        "within",
        "rest",
    ];
    // Number and ordinal words: "two sundays from now", "the first half of 2017".
    use crate::extract::number::{ORD_UNITS, TENS, UNITS};
    WEAK.iter()
        .chain(UNITS.iter())
        .chain(TENS.iter())
        .chain(ORD_UNITS.iter())
        .any(|x| w.eq_ignore_ascii_case(x))
}

/// How far ahead the time word of an expression opened by a weak trigger
/// stands: right after an article or "on" ("a year ago", "on Monday", "on
/// the 5th"), within four words otherwise ("the two thousand and tens").
fn anchor_window(trigger: &str) -> usize {
    if ["a", "an", "on"]
        .iter()
        .any(|w| trigger.eq_ignore_ascii_case(w))
    {
        2
    } else {
        4
    }
}

/// Whether a time word (a figure, a trigger that is not weak, or a unit of
/// time, singular or plural) stands within the next words of `text`, which
/// starts at a weak trigger.
fn anchor_ahead(text: &str, window: usize) -> bool {
    const UNITS: [&str; 20] = [
        "day",
        "week",
        "weekend",
        "fortnight",
        "month",
        "year",
        "decade",
        "century",
        "centuries",
        "quarter",
        "half",
        "halves",
        "morning",
        "afternoon",
        "evening",
        "night",
        "hour",
        "minute",
        "season",
        "millennium",
    ];
    let mut words = text
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty());
    words.next();
    // A number in several words may be a year ("nineteen twenty eight").
    use crate::extract::number::{TENS, UNITS as ONES};
    let mut words = words.peekable();
    if words.peek().is_some_and(|w| {
        ONES.iter()
            .chain(TENS.iter())
            .chain(["hundred", "thousand"].iter())
            .any(|x| w.eq_ignore_ascii_case(x))
    }) {
        return true;
    }
    for w in words.take(window) {
        if w.starts_with(|c: char| c.is_ascii_digit()) {
            return true;
        }
        let stem = w.strip_suffix(['s', 'S']).unwrap_or(w);
        if (is_trigger(w) && !is_weak_trigger(w))
            || (is_trigger(stem) && !is_weak_trigger(stem))
            || UNITS
                .iter()
                .any(|u| stem.eq_ignore_ascii_case(u) || w.eq_ignore_ascii_case(u))
            || is_decade_word(w)
            || is_weak_trigger(w) && ordinal_like(w)
        {
            return true;
        }
    }
    false
}

fn ends_with_ci(w: &str, suffix: &str) -> bool {
    w.len() >= suffix.len()
        && w.is_char_boundary(w.len() - suffix.len())
        && w[w.len() - suffix.len()..].eq_ignore_ascii_case(suffix)
}

/// "first", "fifth", "twentieth": ordinal words that may name a day.
fn ordinal_like(w: &str) -> bool {
    ["th", "st", "nd", "rd"].iter().any(|x| ends_with_ci(w, x))
}

/// Words at which a parse is attempted (case-insensitive); allocation-free.
fn is_trigger(w: &str) -> bool {
    let b = w.as_bytes();
    if b.is_empty() || b.len() > 11 {
        return false;
    }
    if b.len() == 2 && matches!(b[0], b'Q' | b'H') && b[1].is_ascii_digit() {
        return true;
    }
    let mut buf = [0u8; 11];
    for (k, x) in b.iter().enumerate() {
        buf[k] = x.to_ascii_lowercase();
    }
    matches!(
        &buf[..b.len()],
        b"january"
            | b"february"
            | b"march"
            | b"april"
            | b"may"
            | b"june"
            | b"july"
            | b"august"
            | b"september"
            | b"october"
            | b"november"
            | b"december"
            | b"jan"
            | b"feb"
            | b"mar"
            | b"apr"
            | b"jun"
            | b"jul"
            | b"aug"
            | b"sep"
            | b"sept"
            | b"oct"
            | b"nov"
            | b"dec"
            | b"monday"
            | b"tuesday"
            | b"wednesday"
            | b"thursday"
            | b"friday"
            | b"saturday"
            | b"sunday"
            | b"mon"
            | b"tue"
            | b"tues"
            | b"wed"
            | b"thu"
            | b"thur"
            | b"thurs"
            | b"fri"
            | b"sat"
            | b"sun"
            | b"the"
            | b"last"
            | b"this"
            | b"next"
            | b"early"
            | b"mid"
            | b"late"
            | b"earlier"
            | b"later"
            | b"from"
            | b"between"
            | b"beginning"
            | b"start"
            | b"middle"
            | b"end"
            | b"yesterday"
            | b"today"
            | b"tonight"
            | b"tomorrow"
            | b"noon"
            | b"midday"
            | b"midnight"
            | b"spring"
            | b"summer"
            | b"autumn"
            | b"fall"
            | b"winter"
            | b"first"
            | b"second"
            | b"third"
            | b"fourth"
            | b"fifth"
            | b"final"
            | b"a"
            | b"an"
            | b"half"
            | b"one"
            | b"two"
            | b"three"
            | b"four"
            | b"five"
            | b"six"
            | b"seven"
            | b"eight"
            | b"nine"
            | b"ten"
            | b"eleven"
            | b"twelve"
            | b"thirteen"
            | b"fourteen"
            | b"fifteen"
            | b"sixteen"
            | b"seventeen"
            | b"eighteen"
            | b"nineteen"
            | b"twenty"
            | b"thirty"
            | b"forty"
            | b"fifty"
            | b"sixty"
            | b"seventy"
            | b"eighty"
            | b"ninety"
            | b"on"
            | b"past"
            | b"tmrw"
            | b"sixth"
            | b"seventh"
            | b"eighth"
            | b"ninth"
            | b"tenth"
            | b"eleventh"
            | b"twelfth"
            | b"thirteenth"
            | b"fourteenth"
            | b"fifteenth"
            | b"sixteenth"
            | b"seventeenth"
            | b"eighteenth"
            | b"nineteenth"
            | b"twentieth"
            | b"thirtieth"
    ) || PERIOD_TRIGGERS.contains(&std::str::from_utf8(&buf[..b.len()]).unwrap_or(""))
}
