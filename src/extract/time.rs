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
                is_trigger(word)
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

// ---------------------------------------------------------------------------------------
// Calendar helpers
// ---------------------------------------------------------------------------------------

fn sane_reference(r: Option<Day>) -> Option<Day> {
    // About ±8000 years around 1970: keeps every computation far from overflow.
    r.filter(|d| (-3_000_000..=3_000_000).contains(d))
}

fn is_leap(y: i32) -> bool {
    (y % 4 == 0 && y % 100 != 0) || y % 400 == 0
}

/// Days in month `m` of year `y`.
pub fn days_in_month(y: i32, m: u32) -> u32 {
    match m {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_leap(y) => 29,
        2 => 28,
        _ => 0,
    }
}

fn valid_ymd(y: i32, m: u32, d: u32) -> bool {
    (1..=12).contains(&m) && d >= 1 && d <= days_in_month(y, m)
}

/// Monday = 0 ... Sunday = 6.
fn weekday(z: Day) -> i32 {
    (z + 3).rem_euclid(7)
}

fn add_months(y: i32, m: u32, delta: i32) -> (i32, u32) {
    let idx = y * 12 + m as i32 - 1 + delta;
    (idx.div_euclid(12), idx.rem_euclid(12) as u32 + 1)
}

fn iso_week_monday(iso_year: i32, week: u32) -> Day {
    let jan4 = days_from_civil(iso_year, 1, 4);
    jan4 - weekday(jan4) + 7 * (week as i32 - 1)
}

fn iso_week_of(z: Day) -> (i32, u32) {
    let thursday = z - weekday(z) + 3;
    let iy = civil_from_days(thursday).0;
    (iy, ((thursday - days_from_civil(iy, 1, 1)) / 7 + 1) as u32)
}

fn iso_weeks_in_year(iy: i32) -> u32 {
    iso_week_of(days_from_civil(iy, 12, 28)).1
}

fn fmt_day(z: Day) -> String {
    let (y, m, d) = civil_from_days(z);
    format!("{y:04}-{m:02}-{d:02}")
}

fn month_start_end(y: i32, m: u32) -> (Day, Day) {
    (
        days_from_civil(y, m, 1),
        days_from_civil(y, m, days_in_month(y, m)),
    )
}

#[derive(Clone, Copy, PartialEq, Debug)]
enum Part {
    Early,
    Mid,
    Late,
}

impl Part {
    fn label(self) -> &'static str {
        match self {
            Part::Early => "START",
            Part::Mid => "MID",
            Part::Late => "END",
        }
    }
}

fn cal(g: Granularity, start: Day, end: Day, relative: bool, timex: String) -> TimeExpr {
    TimeExpr {
        span: 0..0,
        kind: TimeKind::Calendar,
        granularity: g,
        start: Some(start),
        end: Some(end),
        relative,
        length_days: None,
        clock_minutes: None,
        zone: None,
        timex,
    }
}

fn unres(g: Granularity, timex: String) -> TimeExpr {
    TimeExpr {
        start: None,
        end: None,
        relative: true,
        ..cal(g, 0, 0, true, timex)
    }
}

fn year_ex(y: i32, relative: bool) -> TimeExpr {
    cal(
        Granularity::Year,
        days_from_civil(y, 1, 1),
        days_from_civil(y, 12, 31),
        relative,
        format!("{y:04}"),
    )
}

fn month_ex(y: i32, m: u32, part: Option<Part>, relative: bool) -> TimeExpr {
    let (s, e) = month_start_end(y, m);
    let timex = format!("{y:04}-{m:02}");
    match part {
        None => cal(Granularity::Month, s, e, relative, timex),
        Some(p) => {
            let (a, b) = match p {
                Part::Early => (s, s + 9),
                Part::Mid => (s + 10, s + 19),
                Part::Late => (s + 20, e),
            };
            cal(
                Granularity::Month,
                a,
                b,
                relative,
                format!("{timex}-{}", p.label()),
            )
        }
    }
}

fn day_ex(z: Day, relative: bool) -> TimeExpr {
    cal(Granularity::Day, z, z, relative, fmt_day(z))
}

fn week_ex(any_day: Day, relative: bool) -> TimeExpr {
    let monday = any_day - weekday(any_day);
    let (iy, w) = iso_week_of(monday);
    cal(
        Granularity::Week,
        monday,
        monday + 6,
        relative,
        format!("{iy:04}-W{w:02}"),
    )
}

fn unres_timex(g: Granularity) -> String {
    match g {
        Granularity::Decade | Granularity::Year => "XXXX",
        Granularity::Week => "XXXX-WXX",
        Granularity::Day | Granularity::Minute => "XXXX-XX-XX",
        _ => "XXXX-XX",
    }
    .to_string()
}

// ---------------------------------------------------------------------------------------
// Lexical primitives (nom)
// ---------------------------------------------------------------------------------------

type Res<'a, T> = IResult<&'a str, T>;

fn err(i: &str) -> nom::Err<Error<&str>> {
    nom::Err::Error(Error::new(i, ErrorKind::Verify))
}

fn fail<T>(i: &str) -> Res<'_, T> {
    Err(err(i))
}

#[derive(Clone, Copy)]
struct Ctx<'s> {
    reference: Option<Day>,
    /// The word before the candidate, for context rules ("in May", "twice a day").
    prev: &'s str,
}

/// Whitespace, including non-breaking and thin spaces; curly quotes count as spaces.
fn is_sp(c: char) -> bool {
    c.is_whitespace()
        || matches!(
            c,
            '\u{200b}' | '\u{feff}' | '\u{2018}' | '\u{2019}' | '\u{201c}' | '\u{201d}'
        )
}

fn is_dash(c: char) -> bool {
    matches!(
        c,
        '-' | '\u{2010}' | '\u{2011}' | '\u{2012}' | '\u{2013}' | '\u{2014}' | '\u{2212}'
    )
}

fn sp1(i: &str) -> Res<'_, &str> {
    take_while1(is_sp).parse(i)
}

fn sp0(i: &str) -> Res<'_, &str> {
    take_while(is_sp).parse(i)
}

fn dash(i: &str) -> Res<'_, char> {
    satisfy(is_dash).parse(i)
}

fn comma(i: &str) -> Res<'_, char> {
    nom_char(',').parse(i)
}

fn digits(i: &str) -> Res<'_, &str> {
    digit1(i)
}

fn two_digits(i: &str) -> Res<'_, u32> {
    let (r, d) = take_while_m_n(2, 2, |c: char| c.is_ascii_digit()).parse(i)?;
    if r.starts_with(|c: char| c.is_ascii_digit()) {
        return fail(i);
    }
    Ok((r, to_u32(d)))
}

fn to_u32(d: &str) -> u32 {
    d.bytes().fold(0u32, |a, b| {
        a.wrapping_mul(10).wrapping_add(u32::from(b - b'0'))
    })
}

/// Succeeds (consuming nothing) at the end of a word.
fn end_word(i: &str) -> Res<'_, ()> {
    match i.chars().next() {
        Some(c) if c.is_alphanumeric() => fail(i),
        _ => Ok((i, ())),
    }
}

/// An ASCII word, followed by a word boundary.
fn word(i: &str) -> Res<'_, &str> {
    terminated(take_while1(|c: char| c.is_ascii_alphabetic()), end_word).parse(i)
}

fn kw<'a>(i: &'a str, w: &str) -> Res<'a, &'a str> {
    let (r, s) = word(i)?;
    if s.eq_ignore_ascii_case(w) {
        Ok((r, s))
    } else {
        fail(i)
    }
}

fn kw_idx<'a>(i: &'a str, ws: &[&str]) -> Res<'a, usize> {
    let (r, s) = word(i)?;
    match ws.iter().position(|w| s.eq_ignore_ascii_case(w)) {
        Some(k) => Ok((r, k)),
        None => fail(i),
    }
}

/// Keyword followed by whitespace.
fn kw_sp<'a>(i: &'a str, w: &str) -> Res<'a, ()> {
    let (r, _) = kw(i, w)?;
    let (r, _) = sp1(r)?;
    Ok((r, ()))
}

/// ", " or " " between the parts of a date.
fn csp(i: &str) -> Res<'_, ()> {
    alt(((sp0, comma, sp0).map(|_| ()), sp1.map(|_| ()))).parse(i)
}

/// "last" / "this" / "next" as a month delta -1 / 0 / 1.
fn rel_word(i: &str) -> Res<'_, i32> {
    let (r, k) = kw_idx(i, &["last", "this", "next"])?;
    Ok((r, k as i32 - 1))
}

fn rel_word_sp(i: &str) -> Res<'_, i32> {
    terminated(rel_word, sp1).parse(i)
}

/// Text that continues a number: "%", ",5", ".5", ":5", "/5".
fn numberish_follows(r: &str) -> bool {
    let mut cs = r.chars();
    match (cs.next(), cs.next()) {
        (Some('%'), _) => true,
        (Some(',' | '.' | ':' | '/'), Some(c)) => c.is_ascii_digit(),
        _ => false,
    }
}

fn capitalised(w: &str) -> bool {
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
fn part_mod(i: &str) -> Res<'_, Part> {
    let (r, k) = kw_idx(i, &["early", "mid", "late"])?;
    let (r, _) = alt((sp1, recognize(dash))).parse(r)?;
    Ok((r, [Part::Early, Part::Mid, Part::Late][k]))
}

const MONTHS: [&str; 12] = [
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

const MONTH_ABBR: [(&str, u32); 12] = [
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
struct MonthTok {
    month: u32,
    /// May, March, April, June, August (also verbs, nouns or given names).
    ambiguous: bool,
    abbr: bool,
}

/// Month name: full (any case except lowercase "march"/"may"/"august"), or a capitalised
/// abbreviation with an optional period ("Jan.", "Sept.").
fn month_name(i: &str) -> Res<'_, MonthTok> {
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

const WEEKDAY_ABBR: [(&str, i32); 10] = [
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

/// Weekday, Monday = 0.  Abbreviations need a capital and a period ("Wed.").
fn weekday_name(i: &str) -> Res<'_, i32> {
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
fn day_num(i: &str) -> Res<'_, u32> {
    let (r, d) = digits(i)?;
    if d.len() > 2 {
        return fail(i);
    }
    let v = to_u32(d);
    if !(1..=31).contains(&v) {
        return fail(i);
    }
    let (r, _) = opt(alt((
        tag_no_case("st"),
        tag_no_case("nd"),
        tag_no_case("rd"),
        tag_no_case("th"),
    )))
    .parse(r)?;
    let (r, _) = end_word(r)?;
    if numberish_follows(r) {
        return fail(i);
    }
    Ok((r, v))
}

/// A four-digit year in `lo..=hi`, standing alone (not "2013.5", "2,013", "40%", "2000-year").
fn year_in(i: &str, lo: u32, hi: u32) -> Res<'_, i32> {
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

fn any_year(i: &str) -> Res<'_, i32> {
    year_in(i, 1000, 2999)
}

/// Previous words after which a capitalised ambiguous month name alone is a month.
fn prev_allows_month(prev: &str) -> bool {
    const OK: [&str; 20] = [
        "in", "on", "since", "until", "by", "early", "late", "mid", "last", "next", "this", "of",
        "from", "to", "before", "after", "between", "during", "through", "till",
    ];
    OK.iter().any(|w| prev.eq_ignore_ascii_case(w))
}

// ---------------------------------------------------------------------------------------
// Calendar parsers
// ---------------------------------------------------------------------------------------

type P = for<'a, 'b, 'c> fn(&'c Ctx<'b>, &'a str) -> Res<'a, TimeExpr>;

const ALL: [P; 19] = [
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
    ago,
    clock_expr,
    duration,
];

const DAY_PARSERS: [P; 6] = [
    iso_date,
    weekday_date,
    date_md,
    date_dm,
    day_word,
    weekday_expr,
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
    ex.granularity == Granularity::Day && ex.start == ex.end && !ex.timex.contains('/')
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

/// "2022-02-17"
fn iso_date<'a>(_c: &Ctx<'_>, i: &'a str) -> Res<'a, TimeExpr> {
    let (r, y) = digits(i)?;
    if y.len() != 4 {
        return fail(i);
    }
    let (r, (_, m, _, d)) = (nom_char('-'), two_digits, nom_char('-'), two_digits).parse(r)?;
    if r.starts_with(|c: char| c.is_alphanumeric() && c != 'T') || numberish_follows(r) {
        return fail(i);
    }
    let y = to_u32(y) as i32;
    if !valid_ymd(y, m, d) {
        return fail(i);
    }
    Ok((r, day_ex(days_from_civil(y, m, d), false)))
}

/// "Tuesday, May 19, 2017", "Wed., 19 May"
fn weekday_date<'a>(c: &Ctx<'_>, i: &'a str) -> Res<'a, TimeExpr> {
    let (r, _) = weekday_name(i)?;
    let (r, _) = csp(r)?;
    alt((|i| date_md(c, i), |i| date_dm(c, i))).parse(r)
}

/// Range separator between two day numbers: "-", "to", "through", "until".
fn range_sep(i: &str) -> Res<'_, ()> {
    alt((
        (sp0, dash, sp0).map(|_| ()),
        (sp1, |i| kw_idx(i, &["to", "through", "until", "till"]), sp1).map(|_| ()),
    ))
    .parse(i)
}

/// A day (or day range) in month `m` of year `y` (or the most recent at or before the reference).
fn resolve_days(c: &Ctx<'_>, y: Option<i32>, m: u32, d1: u32, d2: Option<u32>) -> Option<TimeExpr> {
    if d2.is_some_and(|d2| d2 <= d1) {
        return None;
    }
    let dl = d2.unwrap_or(d1);
    let build = |y: i32, relative: bool| {
        let s = days_from_civil(y, m, d1);
        match d2 {
            None => day_ex(s, relative),
            Some(d2) => {
                let e = days_from_civil(y, m, d2);
                cal(
                    Granularity::Day,
                    s,
                    e,
                    relative,
                    format!("{}/{}", fmt_day(s), fmt_day(e)),
                )
            }
        }
    };
    match y {
        Some(y) => valid_ymd(y, m, dl).then(|| build(y, false)),
        None => {
            if dl > days_in_month(2000, m) {
                return None;
            }
            let Some(rf) = c.reference else {
                let mut timex = format!("XXXX-{m:02}-{d1:02}");
                if let Some(d2) = d2 {
                    timex.push_str(&format!("/XXXX-{m:02}-{d2:02}"));
                }
                return Some(unres(Granularity::Day, timex));
            };
            let (ry, rm, rd) = civil_from_days(rf);
            let mut y = if (m, d1) <= (rm, rd) { ry } else { ry - 1 };
            for _ in 0..8 {
                if valid_ymd(y, m, dl) {
                    return Some(build(y, true));
                }
                y -= 1;
            }
            None
        }
    }
}

/// "May 19, 2017", "Jan. 5", "May 4-22, 2017"
fn date_md<'a>(c: &Ctx<'_>, i: &'a str) -> Res<'a, TimeExpr> {
    let (r, mt) = month_name(i)?;
    let (r, _) = sp1(r)?;
    let (r, d1) = day_num(r)?;
    let (r, d2) = opt(preceded(range_sep, day_num)).parse(r)?;
    let (r, y) = opt(preceded(csp, any_year)).parse(r)?;
    let ex = resolve_days(c, y, mt.month, d1, d2).ok_or_else(|| err(i))?;
    Ok((r, ex))
}

/// "19 May 2017", "the 19th of May", "4-22 May", "from 4 to 22 this month"
fn date_dm<'a>(c: &Ctx<'_>, i: &'a str) -> Res<'a, TimeExpr> {
    let (r, lead) = opt(terminated(|i| kw_idx(i, &["from", "between"]), sp1)).parse(i)?;
    let (r, _) = opt(|i| kw_sp(i, "the")).parse(r)?;
    let (r, d1) = day_num(r)?;
    let sep = |i| match lead {
        Some(1) => (sp1, |i| kw(i, "and"), sp1).map(|_| ()).parse(i),
        _ => range_sep(i),
    };
    let (r, d2) = opt(preceded(sep, day_num)).parse(r)?;
    if lead.is_some() && d2.is_none() {
        return fail(i);
    }
    let (r, _) = sp1(r)?;
    if let Ok((r2, mt)) = preceded(opt(|i| kw_sp(i, "of")), month_name).parse(r) {
        let (r2, y) = opt(preceded(csp, any_year)).parse(r2)?;
        let ex = resolve_days(c, y, mt.month, d1, d2).ok_or_else(|| err(i))?;
        return Ok((r2, ex));
    }
    // "4 to 22 this month": only for ranges.
    let Some(d2) = d2 else { return fail(i) };
    let (r, delta) = rel_word_sp(r)?;
    let (r, _) = kw(r, "month")?;
    let Some(rf) = c.reference else {
        return Ok((
            r,
            unres(Granularity::Day, format!("XXXX-XX-{d1:02}/XXXX-XX-{d2:02}")),
        ));
    };
    let (ry, rm, _) = civil_from_days(rf);
    let (y, m) = add_months(ry, rm, delta);
    if d2 <= d1 || d2 > days_in_month(y, m) {
        return fail(i);
    }
    let (s, e) = (days_from_civil(y, m, d1), days_from_civil(y, m, d2));
    Ok((
        r,
        cal(
            Granularity::Day,
            s,
            e,
            true,
            format!("{}/{}", fmt_day(s), fmt_day(e)),
        ),
    ))
}

/// "January 2013", "late January 2013", "February of this year"
fn month_year<'a>(c: &Ctx<'_>, i: &'a str) -> Res<'a, TimeExpr> {
    let (r, part) = opt(part_mod).parse(i)?;
    let (r, mt) = month_name(r)?;
    let (r, _) = alt(((sp1, |i| kw(i, "of"), sp1).map(|_| ()), csp)).parse(r)?;
    if let Ok((r2, y)) = any_year(r) {
        return Ok((r2, month_ex(y, mt.month, part, false)));
    }
    let (r, delta) = rel_word_sp(r)?;
    let (r, _) = kw(r, "year")?;
    match c.reference {
        None => Ok((
            r,
            unres(Granularity::Month, format!("XXXX-{:02}", mt.month)),
        )),
        Some(rf) => {
            let ry = civil_from_days(rf).0;
            Ok((r, month_ex(ry + delta, mt.month, part, true)))
        }
    }
}

#[derive(Clone, Copy)]
enum Pre {
    Part(Part),
    Rel(i32),
}

fn pre_mod(i: &str) -> Res<'_, Pre> {
    alt((part_mod.map(Pre::Part), rel_word_sp.map(Pre::Rel))).parse(i)
}

/// "in February", "last December", "late December", "mid-March"
fn month_alone<'a>(c: &Ctx<'_>, i: &'a str) -> Res<'a, TimeExpr> {
    let (r, pre) = opt(pre_mod).parse(i)?;
    let (r, mt) = month_name(r)?;
    if mt.abbr || (pre.is_none() && mt.ambiguous && !prev_allows_month(c.prev)) {
        return fail(i);
    }
    let m = mt.month;
    let part = match pre {
        Some(Pre::Part(p)) => Some(p),
        _ => None,
    };
    let Some(rf) = c.reference else {
        let mut timex = format!("XXXX-{m:02}");
        if let Some(p) = part {
            timex = format!("{timex}-{}", p.label());
        }
        return Ok((r, unres(Granularity::Month, timex)));
    };
    let (ry, rm, _) = civil_from_days(rf);
    let y = match pre {
        None | Some(Pre::Part(_)) => {
            if m <= rm {
                ry
            } else {
                ry - 1
            }
        }
        Some(Pre::Rel(-1)) => {
            if m < rm {
                ry
            } else {
                ry - 1
            }
        }
        Some(Pre::Rel(0)) => ry,
        Some(Pre::Rel(_)) => {
            if m > rm {
                ry
            } else {
                ry + 1
            }
        }
    };
    Ok((r, month_ex(y, m, part, true)))
}

/// "the end of this month", "the beginning of 2020", "end-March", "the middle of the year"
fn boundary<'a>(c: &Ctx<'_>, i: &'a str) -> Res<'a, TimeExpr> {
    let (r, _) = opt(|i| kw_sp(i, "the")).parse(i)?;
    let (r, k) = kw_idx(r, &["beginning", "start", "middle", "end"])?;
    let (r, _) = alt(((sp1, |i| kw(i, "of"), sp1).map(|_| ()), dash.map(|_| ()))).parse(r)?;
    let inner_ctx = Ctx { prev: "of", ..*c };
    let the_unit = |i| {
        let (r, _) = kw_sp(i, "the")?;
        let (r, u) = kw_idx(r, &["year", "month", "week"])?;
        Ok((r, rel_unit_ex(c, u, 0, None)))
    };
    let (r, inner) = alt((the_unit, |i| {
        longest(
            &inner_ctx,
            i,
            &[rel_unit, month_year, month_alone, season, plain_year],
        )
    }))
    .parse(r)?;
    let part = [Part::Early, Part::Early, Part::Mid, Part::Late][k];
    Ok((r, narrow(inner, part)))
}

fn plain_year<'a>(_c: &Ctx<'_>, i: &'a str) -> Res<'a, TimeExpr> {
    let (r, y) = any_year(i)?;
    Ok((r, year_ex(y, false)))
}

fn narrow(inner: TimeExpr, part: Part) -> TimeExpr {
    let timex = format!("{}-{}", inner.timex, part.label());
    let (Some(s), Some(e)) = (inner.start, inner.end) else {
        return TimeExpr { timex, ..inner };
    };
    let (g, a, b) = match inner.granularity {
        Granularity::Year => {
            let y = civil_from_days(s).0;
            let m = match part {
                Part::Early => (1, 1),
                Part::Mid => (6, 7),
                Part::Late => (12, 12),
            };
            (
                Granularity::Month,
                days_from_civil(y, m.0, 1),
                month_start_end(y, m.1).1,
            )
        }
        Granularity::Month => {
            let (y, m, _) = civil_from_days(s);
            let (ms, me) = month_start_end(y, m);
            let (a, b) = match part {
                Part::Early => (ms, ms + 9),
                Part::Mid => (ms + 10, ms + 19),
                Part::Late => (ms + 20, me),
            };
            // Keep inside the inner interval ("earlier this month" etc.).
            (Granularity::Month, a.max(s), b.min(e).max(a.max(s)))
        }
        g => {
            let len = e - s + 1;
            let third = (len / 3).max(1);
            let (a, b) = match part {
                Part::Early => (s, s + third - 1),
                Part::Mid => (s + third, e - third),
                Part::Late => (e - third + 1, e),
            };
            (g, a.min(e), b.max(a.min(e)))
        }
    };
    TimeExpr {
        start: Some(a),
        end: Some(b),
        granularity: g,
        timex,
        ..inner
    }
}

/// "2010-2013", "2012-13", "from 2010 to 2013", "between 2010 and 2013"
fn year_range<'a>(_c: &Ctx<'_>, i: &'a str) -> Res<'a, TimeExpr> {
    let (r, lead) = opt(terminated(|i| kw_idx(i, &["from", "between"]), sp1)).parse(i)?;
    let (r, y1) = year_in(r, 1900, 2099)?;
    let (r, y2) = if lead == Some(1) {
        let (r, _) = (sp1, |i| kw(i, "and"), sp1).parse(r)?;
        year_in(r, 1900, 2099)?
    } else if let Ok((r, _)) = (sp0, dash, sp0).parse(r) {
        match year_in(r, 1900, 2099) {
            Ok(ok) => ok,
            Err(_) if lead.is_none() => {
                let (r2, yy) = two_digits(r)?;
                let (r2, _) = end_word(r2)?;
                if numberish_follows(r2) || (dash, digits).parse(r2).is_ok() {
                    return fail(i);
                }
                (r2, y1 - y1 % 100 + yy as i32)
            }
            Err(e) => return Err(e),
        }
    } else {
        let (r, _) = (sp1, |i| kw_idx(i, &["to", "through", "until"]), sp1).parse(r)?;
        year_in(r, 1900, 2099)?
    };
    if y2 <= y1 {
        return fail(i);
    }
    Ok((
        r,
        cal(
            Granularity::Year,
            days_from_civil(y1, 1, 1),
            days_from_civil(y2, 12, 31),
            false,
            format!("{y1:04}/{y2:04}"),
        ),
    ))
}

/// "2013", "early 2020", "mid-2020", "late 2020"
fn year_expr<'a>(_c: &Ctx<'_>, i: &'a str) -> Res<'a, TimeExpr> {
    let (r, part) = opt(part_mod).parse(i)?;
    let (r, y) = year_in(r, 1900, 2099)?;
    let ex = match part {
        None => year_ex(y, false),
        Some(p) => {
            let (m1, m2) = match p {
                Part::Early => (1, 4),
                Part::Mid => (5, 8),
                Part::Late => (9, 12),
            };
            cal(
                Granularity::Month,
                days_from_civil(y, m1, 1),
                month_start_end(y, m2).1,
                false,
                format!("{y:04}-{}", p.label()),
            )
        }
    };
    Ok((r, ex))
}

fn apostrophe(i: &str) -> Res<'_, char> {
    satisfy(|c| c == '\'' || c == '\u{2019}').parse(i)
}

/// "the 1990s", "the early 1990s", "mid-1990s", "the '90s"
fn decade<'a>(c: &Ctx<'_>, i: &'a str) -> Res<'a, TimeExpr> {
    let (r, the) = opt(|i| kw_sp(i, "the")).parse(i)?;
    let (r, part) = opt(part_mod).parse(r)?;
    let (r, apos) = opt(apostrophe).parse(r)?;
    let (r, d) = digits(r)?;
    let (r, _) = (opt(apostrophe), nom_char('s'), end_word).parse(r)?;
    let v = to_u32(d);
    let y0 = match d.len() {
        4 if apos.is_none() && v.is_multiple_of(10) && (1000..=2990).contains(&v) => v as i32,
        2 if (the.is_some() || apos.is_some()) && v.is_multiple_of(10) => {
            let cur = c.reference.map_or(2000, |rf| civil_from_days(rf).0);
            let y = 2000 + v as i32;
            if y <= cur {
                y
            } else {
                1900 + v as i32
            }
        }
        _ => return fail(i),
    };
    let (a, b) = match part {
        None => (y0, y0 + 9),
        Some(Part::Early) => (y0, y0 + 3),
        Some(Part::Mid) => (y0 + 3, y0 + 6),
        Some(Part::Late) => (y0 + 6, y0 + 9),
    };
    let mut timex = format!("{:03}X", y0 / 10);
    if let Some(p) = part {
        timex = format!("{timex}-{}", p.label());
    }
    Ok((
        r,
        cal(
            Granularity::Decade,
            days_from_civil(a, 1, 1),
            days_from_civil(b, 12, 31),
            false,
            timex,
        ),
    ))
}

/// Ordinal 1..=53, or 0 for "last"/"final".
fn ordinal(i: &str) -> Res<'_, u32> {
    if let Ok((r, k)) = kw_idx(
        i,
        &[
            "first", "second", "third", "fourth", "fifth", "last", "final",
        ],
    ) {
        return Ok((r, if k >= 5 { 0 } else { k as u32 + 1 }));
    }
    let (r, d) = digits(i)?;
    if d.len() > 2 {
        return fail(i);
    }
    let (r, _) = alt((
        tag_no_case("st"),
        tag_no_case("nd"),
        tag_no_case("rd"),
        tag_no_case("th"),
    ))
    .parse(r)?;
    let (r, _) = end_word(r)?;
    Ok((r, to_u32(d)))
}

enum Anchor {
    Year(i32),
    RelYear(i32),
    Month(u32, Option<i32>),
}

fn year_anchor(i: &str) -> Res<'_, Anchor> {
    alt((
        any_year.map(Anchor::Year),
        terminated(rel_word_sp, |i| kw(i, "year")).map(Anchor::RelYear),
        (|i| kw_sp(i, "the"), |i| kw(i, "year")).map(|_| Anchor::RelYear(0)),
    ))
    .parse(i)
}

/// "the first half of this year", "the second quarter of 2021", "the third week of 2027",
/// "the first week of May"
fn part_of_year<'a>(c: &Ctx<'_>, i: &'a str) -> Res<'a, TimeExpr> {
    let (r, _) = opt(|i| kw_sp(i, "the")).parse(i)?;
    let (r, n) = ordinal(r)?;
    let (r, _) = alt((sp1, recognize(dash))).parse(r)?;
    let (r, unit) = kw_idx(r, &["half", "quarter", "week"])?;
    let (r, _) = sp1(r)?;
    let (r, _) = opt(|i| kw_sp(i, "of")).parse(r)?;
    let month_anchor = |i| {
        let (r, mt) = month_name(i)?;
        let (r, y) = opt(preceded(csp, any_year)).parse(r)?;
        Ok((r, Anchor::Month(mt.month, y)))
    };
    let (r, anchor) = if unit == 2 {
        alt((year_anchor, month_anchor)).parse(r)?
    } else {
        year_anchor(r)?
    };
    let (y, relative) = match anchor {
        Anchor::Year(y) => (Some(y), false),
        Anchor::RelYear(d) => (c.reference.map(|rf| civil_from_days(rf).0 + d), true),
        Anchor::Month(m, y) => {
            return week_of_month(c, r, i, n, m, y);
        }
    };
    let g = [Granularity::Half, Granularity::Quarter, Granularity::Week][unit];
    let count = match unit {
        0 => 2,
        1 => 4,
        _ => y.map_or(52, iso_weeks_in_year),
    };
    let n = if n == 0 { count } else { n };
    if n == 0 || n > count {
        return fail(i);
    }
    let Some(y) = y else {
        let timex = match unit {
            0 => format!("XXXX-H{n}"),
            1 => format!("XXXX-Q{n}"),
            _ => format!("XXXX-W{n:02}"),
        };
        return Ok((r, unres(g, timex)));
    };
    let ex = match unit {
        0 => half_ex(y, n, relative),
        1 => quarter_ex(y, n, relative),
        _ => {
            let mon = iso_week_monday(y, n);
            cal(g, mon, mon + 6, relative, format!("{y:04}-W{n:02}"))
        }
    };
    Ok((r, ex))
}

fn half_ex(y: i32, n: u32, relative: bool) -> TimeExpr {
    let m1 = 6 * (n - 1) + 1;
    cal(
        Granularity::Half,
        days_from_civil(y, m1, 1),
        month_start_end(y, m1 + 5).1,
        relative,
        format!("{y:04}-H{n}"),
    )
}

fn quarter_ex(y: i32, n: u32, relative: bool) -> TimeExpr {
    let m1 = 3 * (n - 1) + 1;
    cal(
        Granularity::Quarter,
        days_from_civil(y, m1, 1),
        month_start_end(y, m1 + 2).1,
        relative,
        format!("{y:04}-Q{n}"),
    )
}

fn week_of_month<'a>(
    c: &Ctx<'_>,
    r: &'a str,
    i: &'a str,
    n: u32,
    m: u32,
    y: Option<i32>,
) -> Res<'a, TimeExpr> {
    if n > 5 {
        return fail(i);
    }
    let (y, relative) = match (y, c.reference) {
        (Some(y), _) => (y, false),
        (None, Some(rf)) => {
            let (ry, rm, _) = civil_from_days(rf);
            (if m <= rm { ry } else { ry - 1 }, true)
        }
        (None, None) => {
            return Ok((r, unres(Granularity::Week, format!("XXXX-{m:02}-W{n}"))));
        }
    };
    let dim = days_in_month(y, m);
    let (d1, d2) = if n == 0 {
        (dim - 6, dim)
    } else {
        (7 * (n - 1) + 1, (7 * n).min(dim))
    };
    if d1 > dim {
        return fail(i);
    }
    let (s, e) = (days_from_civil(y, m, d1), days_from_civil(y, m, d2));
    Ok((
        r,
        cal(
            Granularity::Week,
            s,
            e,
            relative,
            format!("{}/{}", fmt_day(s), fmt_day(e)),
        ),
    ))
}

/// "Q2 2021", "H1 2020", "Q3" (reference year)
fn q_notation<'a>(c: &Ctx<'_>, i: &'a str) -> Res<'a, TimeExpr> {
    let (r, letter) = satisfy(|ch| ch == 'Q' || ch == 'H').parse(i)?;
    let (r, d) = satisfy(|ch| ch.is_ascii_digit()).parse(r)?;
    let (r, _) = end_word(r)?;
    let n = d as u32 - '0' as u32;
    let max = if letter == 'Q' { 4 } else { 2 };
    if n == 0 || n > max {
        return fail(i);
    }
    let tail = preceded(
        alt((
            (sp1, |i| kw(i, "of"), sp1).map(|_| ()),
            sp1.map(|_| ()),
            dash.map(|_| ()),
        )),
        any_year,
    );
    let (r, y) = opt(tail).parse(r)?;
    let (y, relative) = match (y, c.reference) {
        (Some(y), _) => (y, false),
        (None, Some(rf)) if letter == 'Q' => (civil_from_days(rf).0, true),
        (None, None) if letter == 'Q' => {
            return Ok((r, unres(Granularity::Quarter, format!("XXXX-Q{n}"))));
        }
        _ => return fail(i),
    };
    Ok((
        r,
        if letter == 'Q' {
            quarter_ex(y, n, relative)
        } else {
            half_ex(y, n, relative)
        },
    ))
}

const SEASON_CODES: [&str; 4] = ["SP", "SU", "FA", "WI"];

/// Season `s` (0 spring .. 3 winter) of year `y`; winter Y runs from December Y to February Y+1.
fn season_bounds(y: i32, s: usize) -> (Day, Day) {
    match s {
        0 => (days_from_civil(y, 3, 1), days_from_civil(y, 5, 31)),
        1 => (days_from_civil(y, 6, 1), days_from_civil(y, 8, 31)),
        2 => (days_from_civil(y, 9, 1), days_from_civil(y, 11, 30)),
        _ => (days_from_civil(y, 12, 1), month_start_end(y + 1, 2).1),
    }
}

/// "spring 2021", "the spring of 2021", "last spring", "this summer", "late autumn 2020"
fn season<'a>(c: &Ctx<'_>, i: &'a str) -> Res<'a, TimeExpr> {
    let (r, _) = opt(|i| kw_sp(i, "the")).parse(i)?;
    let (r, pre) = opt(pre_mod).parse(r)?;
    let (r, k) = kw_idx(r, &["spring", "summer", "autumn", "fall", "winter"])?;
    let s = if k >= 3 { k - 1 } else { k };
    let tail = preceded((sp1, opt(|i| kw_sp(i, "of"))), year_anchor);
    let (r, anchor) = opt(tail).parse(r)?;
    let part = match pre {
        Some(Pre::Part(p)) => Some(p),
        _ => None,
    };
    let (y, relative) = match (anchor, pre) {
        (Some(Anchor::Year(y)), _) => (Some(y), false),
        (Some(Anchor::RelYear(d)), _) => (c.reference.map(|rf| civil_from_days(rf).0 + d), true),
        (None, Some(Pre::Rel(d))) => (
            c.reference.map(|rf| {
                let (ry, rm, _) = civil_from_days(rf);
                match d {
                    -1 => (ry - 2..=ry)
                        .rev()
                        .find(|&y| season_bounds(y, s).1 < rf)
                        .unwrap_or(ry - 1),
                    0 if s == 3 && rm <= 2 => ry - 1,
                    0 => ry,
                    _ => (ry - 1..=ry + 1)
                        .find(|&y| season_bounds(y, s).0 > rf)
                        .unwrap_or(ry + 1),
                }
            }),
            true,
        ),
        _ => return fail(i),
    };
    let Some(y) = y else {
        return Ok((
            r,
            unres(Granularity::Season, format!("XXXX-{}", SEASON_CODES[s])),
        ));
    };
    let (a, b) = season_bounds(y, s);
    let mut ex = cal(
        Granularity::Season,
        a,
        b,
        relative,
        format!("{y:04}-{}", SEASON_CODES[s]),
    );
    if let Some(p) = part {
        ex = narrow(ex, p);
    }
    Ok((r, ex))
}

/// Relative unit expression: unit 0 year, 1 month, 2 week, 3 weekend; `delta` in units;
/// `half` Some(false) = "earlier this", Some(true) = "later this".
fn rel_unit_ex(c: &Ctx<'_>, unit: usize, delta: i32, half: Option<bool>) -> TimeExpr {
    let g = [
        Granularity::Year,
        Granularity::Month,
        Granularity::Week,
        Granularity::Week,
    ][unit];
    let Some(rf) = c.reference else {
        return unres(g, unres_timex(g));
    };
    let (ry, rm, _) = civil_from_days(rf);
    let mut ex = match unit {
        0 => year_ex(ry + delta, true),
        1 => {
            let (y, m) = add_months(ry, rm, delta);
            month_ex(y, m, None, true)
        }
        2 => week_ex(rf + 7 * delta, true),
        _ => {
            let w = week_ex(rf + 7 * delta, true);
            let sat = rf + 7 * delta - weekday(rf) + 5;
            TimeExpr {
                start: Some(sat),
                end: Some(sat + 1),
                timex: format!("{}-WE", w.timex),
                ..w
            }
        }
    };
    match half {
        Some(false) => ex.end = Some(rf),
        Some(true) => ex.start = Some(rf),
        None => {}
    }
    ex
}

/// "last year", "this month", "next week", "earlier this month", "later this year", "this weekend"
fn rel_unit<'a>(c: &Ctx<'_>, i: &'a str) -> Res<'a, TimeExpr> {
    let (r, half) = opt(terminated(
        |i| kw_idx(i, &["earlier", "later"]).map(|(r, k)| (r, k == 1)),
        sp1,
    ))
    .parse(i)?;
    let (r, delta) = rel_word_sp(r)?;
    if half.is_some() && delta != 0 {
        return fail(i);
    }
    let units: &[&str] = if half.is_some() {
        &["year", "month", "week"]
    } else {
        &["year", "month", "week", "weekend"]
    };
    let (r, unit) = kw_idx(r, units)?;
    Ok((r, rel_unit_ex(c, unit, delta, half)))
}

/// "yesterday", "today", "tonight", "tomorrow", "the day before yesterday"
fn day_word<'a>(c: &Ctx<'_>, i: &'a str) -> Res<'a, TimeExpr> {
    let long = (
        |i| kw_sp(i, "the"),
        |i| kw_sp(i, "day"),
        |i| {
            kw_sp(i, "before")
                .map(|(r, _)| (r, -1))
                .or_else(|_| kw_sp(i, "after").map(|(r, _)| (r, 1)))
        },
        |i| kw_idx(i, &["yesterday", "tomorrow"]),
    );
    let (r, delta) = alt((
        long.map(|(_, _, dir, k)| {
            if k == 0 && dir < 0 {
                -2
            } else if k == 1 && dir > 0 {
                2
            } else {
                0
            }
        }),
        (|i| kw_idx(i, &["yesterday", "today", "tonight", "tomorrow"])).map(|k| [-1, 0, 0, 1][k]),
    ))
    .parse(i)?;
    if delta == 0 && i.get(..3).is_some_and(|s| s.eq_ignore_ascii_case("the")) {
        return fail(i);
    }
    Ok((
        r,
        match c.reference {
            Some(rf) => day_ex(rf + delta, true),
            None => unres(Granularity::Day, unres_timex(Granularity::Day)),
        },
    ))
}

/// "Monday", "late Monday", "last Tuesday", "Wednesday night"
fn weekday_expr<'a>(c: &Ctx<'_>, i: &'a str) -> Res<'a, TimeExpr> {
    let (r, pre) = opt(alt((
        rel_word_sp.map(Some),
        terminated(|i| kw_idx(i, &["early", "late"]), sp1).map(|_| None),
    )))
    .parse(i)?;
    let (r, wd) = weekday_name(r)?;
    let (r, _) = opt(preceded(sp1, |i| {
        kw_idx(
            i,
            &["morning", "afternoon", "evening", "night", "overnight"],
        )
    }))
    .parse(r)?;
    let Some(rf) = c.reference else {
        return Ok((r, unres(Granularity::Day, format!("XXXX-WXX-{}", wd + 1))));
    };
    let rw = weekday(rf);
    let z = match pre.flatten() {
        Some(-1) => {
            let back = (rw - wd).rem_euclid(7);
            rf - if back == 0 { 7 } else { back }
        }
        Some(1) => {
            let fwd = (wd - rw).rem_euclid(7);
            rf + if fwd == 0 { 7 } else { fwd }
        }
        _ => rf - (rw - wd).rem_euclid(7),
    };
    Ok((r, day_ex(z, true)))
}

// ---------------------------------------------------------------------------------------
// Durations
// ---------------------------------------------------------------------------------------

#[derive(Clone, Copy, PartialEq, Debug)]
enum Unit {
    Second,
    Minute,
    Hour,
    Day,
    Week,
    Fortnight,
    Month,
    Year,
    Decade,
    Century,
}

const UNIT_WORDS: [(&str, Unit, bool); 28] = [
    ("second", Unit::Second, false),
    ("seconds", Unit::Second, true),
    ("sec", Unit::Second, false),
    ("secs", Unit::Second, true),
    ("minute", Unit::Minute, false),
    ("minutes", Unit::Minute, true),
    ("min", Unit::Minute, false),
    ("mins", Unit::Minute, true),
    ("hour", Unit::Hour, false),
    ("hours", Unit::Hour, true),
    ("hr", Unit::Hour, false),
    ("hrs", Unit::Hour, true),
    ("day", Unit::Day, false),
    ("days", Unit::Day, true),
    ("week", Unit::Week, false),
    ("weeks", Unit::Week, true),
    ("fortnight", Unit::Fortnight, false),
    ("fortnights", Unit::Fortnight, true),
    ("month", Unit::Month, false),
    ("months", Unit::Month, true),
    ("year", Unit::Year, false),
    ("years", Unit::Year, true),
    ("yr", Unit::Year, false),
    ("yrs", Unit::Year, true),
    ("decade", Unit::Decade, false),
    ("decades", Unit::Decade, true),
    ("century", Unit::Century, false),
    ("centuries", Unit::Century, true),
];

/// (days per unit, granularity, timex prefix, multiplier, timex suffix)
fn unit_info(u: Unit) -> (f64, Granularity, &'static str, f64, &'static str) {
    match u {
        Unit::Second => (1.0 / 86_400.0, Granularity::Minute, "PT", 1.0, "S"),
        Unit::Minute => (1.0 / 1440.0, Granularity::Minute, "PT", 1.0, "M"),
        Unit::Hour => (1.0 / 24.0, Granularity::Minute, "PT", 1.0, "H"),
        Unit::Day => (1.0, Granularity::Day, "P", 1.0, "D"),
        Unit::Week => (7.0, Granularity::Week, "P", 1.0, "W"),
        Unit::Fortnight => (14.0, Granularity::Week, "P", 2.0, "W"),
        Unit::Month => (30.4375, Granularity::Month, "P", 1.0, "M"),
        Unit::Year => (365.25, Granularity::Year, "P", 1.0, "Y"),
        Unit::Decade => (3652.5, Granularity::Decade, "P", 10.0, "Y"),
        Unit::Century => (36_525.0, Granularity::Decade, "P", 100.0, "Y"),
    }
}

fn unit_word(i: &str) -> Res<'_, (Unit, bool)> {
    let (r, w) = word(i)?;
    match UNIT_WORDS
        .iter()
        .find(|(s, _, _)| w.eq_ignore_ascii_case(s))
    {
        Some(&(_, u, plural)) => Ok((r, (u, plural))),
        None => fail(i),
    }
}

use super::number::{TENS, UNITS as ONES};

/// "9", "9.5", "1,000" (at most 15 characters).
fn digit_number(i: &str) -> Res<'_, f64> {
    let (mut r, _) = digits(i)?;
    while let Ok((r2, _)) = (comma, take_while_m_n(3, 3, |c: char| c.is_ascii_digit())).parse(r) {
        if r2.starts_with(|c: char| c.is_ascii_digit()) {
            break;
        }
        r = r2;
    }
    if let Ok((r2, _)) = (nom_char('.'), digits).parse(r) {
        r = r2;
    }
    let (r, _) = end_word(r)?;
    let s = &i[..i.offset(r)];
    if s.len() > 15 || numberish_follows(r) {
        return fail(i);
    }
    let (mut v, mut scale, mut frac) = (0f64, 1f64, false);
    for b in s.bytes() {
        match b {
            b'.' => frac = true,
            b',' => {}
            _ if frac => {
                scale /= 10.0;
                v += f64::from(b - b'0') * scale;
            }
            _ => v = v * 10.0 + f64::from(b - b'0'),
        }
    }
    Ok((r, v))
}

/// "nine", "twenty-five", "two hundred"
fn word_number(i: &str) -> Res<'_, f64> {
    if let Ok((r, k)) = kw_idx(i, &TENS) {
        let mut v = (k as f64 + 2.0) * 10.0;
        let unit = preceded(alt((sp1, recognize(dash))), |i| kw_idx(i, &ONES[1..10]));
        let (r, u) = opt(unit).parse(r)?;
        if let Some(u) = u {
            v += u as f64 + 1.0;
        }
        return Ok((r, v));
    }
    let (r, k) = kw_idx(i, &ONES)?;
    if let Ok((r2, _)) = preceded(sp1, |i| kw(i, "hundred")).parse(r) {
        return Ok((r2, k as f64 * 100.0));
    }
    Ok((r, k as f64))
}

/// A number; the flag says it was the article "a"/"an".
fn number(i: &str) -> Res<'_, (f64, bool)> {
    alt((
        digit_number.map(|v| (v, false)),
        word_number.map(|v| (v, false)),
        (|i| kw_idx(i, &["a", "an"])).map(|_| (1.0, true)),
    ))
    .parse(i)
}

fn and_a_half(i: &str) -> Res<'_, ()> {
    (
        sp1,
        |i| kw_sp(i, "and"),
        |i| kw_idx(i, &["a", "one"]),
        sp1,
        |i| kw(i, "half"),
    )
        .map(|_| ())
        .parse(i)
}

/// "-old", " old", "-olds": an age, not a duration.
fn is_age(r: &str) -> bool {
    (alt((sp1, recognize(dash))), |i| kw_idx(i, &["old", "olds"]))
        .parse(r)
        .is_ok()
}

/// Previous words after which "a day", "a year" is a rate ("twice a day", "$5 million a year").
fn rate_context(prev: &str) -> bool {
    const RATE: [&str; 12] = [
        "once", "twice", "thrice", "times", "million", "billion", "thousand", "hundred", "dollars",
        "euros", "pounds", "cents",
    ];
    prev.starts_with(|c: char| c.is_ascii_digit())
        || RATE.iter().any(|w| prev.eq_ignore_ascii_case(w))
}

/// "a day", "a year" is a duration only after a word that introduces one ("for a year",
/// "within a day") or before one that confirms it ("a year later", "a week of talks");
/// otherwise it is usually a rate ("1,000 units a day").  "a decade"/"a century" always are.
fn article_duration_context(prev: &str, u: Unit, rest: &str) -> bool {
    const INTRO: [&str; 22] = [
        "for", "in", "within", "over", "after", "about", "nearly", "almost", "than", "past",
        "last", "lasting", "spent", "took", "taking", "only", "just", "barely", "least", "under",
        "around", "roughly",
    ];
    const FOLLOW: [&str; 9] = [
        "later", "earlier", "ago", "after", "before", "long", "of", "and", "into",
    ];
    matches!(u, Unit::Decade | Unit::Century)
        || INTRO.iter().any(|w| prev.eq_ignore_ascii_case(w))
        || (sp1, |i| kw_idx(i, &FOLLOW)).parse(rest).is_ok()
}

/// Number and unit of a duration: "nine and a half years", "a year and a half", "27-minute",
/// "34-year-long", "half an hour".
fn dur_core<'a>(c: &Ctx<'_>, i: &'a str) -> Res<'a, (f64, Unit)> {
    if let Ok((r, _)) = kw_sp(i, "half") {
        let (r, _) = (|i| kw_idx(i, &["a", "an"]), sp1).parse(r)?;
        let (r, (u, plural)) = unit_word(r)?;
        if plural || is_age(r) {
            return fail(i);
        }
        return Ok((r, (0.5, u)));
    }
    let (r, (mut n, article)) = number(i)?;
    let (r, half1) = if article {
        (r, None)
    } else {
        opt(and_a_half).parse(r)?
    };
    let (r, hyphen) = alt((sp1.map(|_| false), dash.map(|_| true))).parse(r)?;
    let (r, (u, plural)) = unit_word(r)?;
    if article && (u == Unit::Second || plural || hyphen || rate_context(c.prev)) {
        return fail(i);
    }
    if is_age(r) || (article && !article_duration_context(c.prev, u, r)) {
        return fail(i);
    }
    let (r, half2) = if half1.is_none() && !hyphen {
        opt(and_a_half).parse(r)?
    } else {
        (r, None)
    };
    if half1.is_some() || half2.is_some() {
        n += 0.5;
    }
    let (r, _) = if hyphen {
        opt((dash, |i| kw(i, "long"))).parse(r)?
    } else {
        (r, None)
    };
    if !(n > 0.0 && n < 1e9) {
        return fail(i);
    }
    Ok((r, (n, u)))
}

fn dur_ex(n: f64, u: Unit) -> TimeExpr {
    let (days, g, prefix, mult, suffix) = unit_info(u);
    TimeExpr {
        span: 0..0,
        kind: TimeKind::Duration,
        granularity: g,
        start: None,
        end: None,
        relative: false,
        length_days: Some(n * days),
        clock_minutes: None,
        zone: None,
        timex: format!("{prefix}{}{suffix}", n * mult),
    }
}

/// "nine years", "27-minute", "a decade"
fn duration<'a>(c: &Ctx<'_>, i: &'a str) -> Res<'a, TimeExpr> {
    let (r, (n, u)) = dur_core(c, i)?;
    Ok((r, dur_ex(n, u)))
}

/// "two weeks ago", "16 years ago", "a year and a half ago"
fn ago<'a>(c: &Ctx<'_>, i: &'a str) -> Res<'a, TimeExpr> {
    let (r, (n, u)) = dur_core(c, i)?;
    let (r, _) = (sp1, |i| kw(i, "ago")).parse(r)?;
    if n > 5000.0 {
        return fail(i);
    }
    let (days, g, _, mult, _) = unit_info(u);
    let Some(rf) = c.reference else {
        return Ok((r, unres(g, unres_timex(g))));
    };
    let (ry, rm, _) = civil_from_days(rf);
    let ex = match u {
        Unit::Year | Unit::Decade | Unit::Century => {
            let years = n * mult;
            if years.fract() == 0.0 {
                year_ex(ry - years as i32, true)
            } else {
                let (y, m) = add_months(ry, rm, -((years * 12.0).round() as i32));
                month_ex(y, m, None, true)
            }
        }
        Unit::Month if n.fract() == 0.0 => {
            let (y, m) = add_months(ry, rm, -(n as i32));
            month_ex(y, m, None, true)
        }
        Unit::Week | Unit::Fortnight => week_ex(rf - (n * days).round() as i32, true),
        Unit::Month | Unit::Day => day_ex(rf - (n * days).round() as i32, true),
        Unit::Hour | Unit::Minute | Unit::Second => day_ex(rf - (n * days).floor() as i32, true),
    };
    Ok((r, ex))
}

// ---------------------------------------------------------------------------------------
// Clock times
// ---------------------------------------------------------------------------------------

fn ampm_tag(i: &str) -> Res<'_, &str> {
    alt((
        tag_no_case("a.m."),
        tag_no_case("p.m."),
        tag_no_case("a.m"),
        tag_no_case("p.m"),
        tag_no_case("am"),
        tag_no_case("pm"),
    ))
    .parse(i)
}

/// "am", "a.m.", "PM" ...; true for p.m.
fn ampm(i: &str) -> Res<'_, bool> {
    let (r, s) = ampm_tag(i)?;
    let (r, _) = end_word(r)?;
    Ok((r, s.starts_with(['p', 'P'])))
}

const ZONES: [&str; 38] = [
    "UTC", "GMT", "BST", "CET", "CEST", "EET", "EEST", "WET", "WEST", "MSK", "IST", "PKT", "ICT",
    "WIB", "SGT", "HKT", "JST", "KST", "AEST", "AEDT", "ACST", "AWST", "NZST", "NZDT", "EST",
    "EDT", "CST", "CDT", "MST", "MDT", "PST", "PDT", "AKST", "HST", "ET", "CT", "MT", "PT",
];

/// Zone after a clock time: "GMT", "local time"; "hours"/"hrs" give no zone.
fn zone(i: &str) -> Res<'_, Option<&str>> {
    if let Ok((r, _)) = (|i| kw_sp(i, "local"), |i| kw(i, "time")).parse(i) {
        return Ok((r, Some("local")));
    }
    let (r, w) = word(i)?;
    if ZONES.contains(&w) {
        return Ok((r, Some(w)));
    }
    if w.eq_ignore_ascii_case("hours") || w.eq_ignore_ascii_case("hrs") {
        return Ok((r, None));
    }
    fail(i)
}

fn hour_min(h: u32, m: u32, pm: Option<bool>) -> Option<u32> {
    let h = match pm {
        None if h <= 23 => h,
        None => return None,
        Some(_) if h == 0 || h > 12 => return None,
        Some(false) => h % 12,
        Some(true) => h % 12 + 12,
    };
    (m < 60).then_some(h * 60 + m)
}

fn small_hour(i: &str) -> Res<'_, u32> {
    let (r, d) = digits(i)?;
    if d.len() > 2 {
        return fail(i);
    }
    Ok((r, to_u32(d)))
}

fn opt_zone(i: &str) -> Res<'_, Option<&str>> {
    opt(preceded(sp1, zone))
        .parse(i)
        .map(|(r, z)| (r, z.flatten()))
}

/// Clock time: (minutes after midnight, zone).
fn clock_core(i: &str) -> Res<'_, (u32, Option<&str>)> {
    // "10:25", "10:25:30 p.m. EDT"
    let colon = |i| {
        let (r, (h, _, m)) = (small_hour, nom_char(':'), two_digits).parse(i)?;
        let (r, _) = opt((nom_char(':'), two_digits)).parse(r)?;
        let (r, pm) = opt(preceded(sp0, ampm)).parse(r)?;
        if pm.is_none() && (end_word(r).is_err() || numberish_follows(r)) {
            return fail(i);
        }
        let (r, z) = opt_zone(r)?;
        let mins = hour_min(h, m, pm).ok_or_else(|| err(i))?;
        Ok((r, (mins, z)))
    };
    // "10.25 am", "4.47am", "10.25 GMT"
    let dot = |i| {
        let (r, (h, _, m)) = (small_hour, nom_char('.'), two_digits).parse(i)?;
        let (r, pm, z) = match preceded(sp0, ampm).parse(r) {
            Ok((r, pm)) => {
                let (r, z) = opt_zone(r)?;
                (r, Some(pm), z)
            }
            Err(_) => {
                let (r, z) = preceded(sp1, zone).parse(r)?;
                if z.is_none() {
                    return fail(i);
                }
                (r, None, z)
            }
        };
        let mins = hour_min(h, m, pm).ok_or_else(|| err(i))?;
        Ok((r, (mins, z)))
    };
    // "10 am", "4 p.m.", "9 o'clock"
    let hour_only = |i| {
        let (r, h) = small_hour(i)?;
        if let Ok((r, _)) = (
            sp1,
            tag_no_case("o"),
            apostrophe,
            tag_no_case("clock"),
            end_word,
        )
            .parse(r)
        {
            let mins = hour_min(h, 0, None).ok_or_else(|| err(i))?;
            let (r, z) = opt_zone(r)?;
            return Ok((r, (mins, z)));
        }
        let (r, pm) = preceded(sp0, ampm).parse(r)?;
        let (r, z) = opt_zone(r)?;
        let mins = hour_min(h, 0, Some(pm)).ok_or_else(|| err(i))?;
        Ok((r, (mins, z)))
    };
    // "0447 GMT", "1430 hours"
    let military = |i| {
        let (r, d) = digits(i)?;
        if d.len() != 4 {
            return fail(i);
        }
        let (r, z) = preceded(sp1, zone).parse(r)?;
        let v = to_u32(d);
        let mins = hour_min(v / 100, v % 100, None).ok_or_else(|| err(i))?;
        Ok((r, (mins, z)))
    };
    let named = |i| {
        let (r, k) = kw_idx(i, &["noon", "midday", "midnight"])?;
        let (r, z) = opt_zone(r)?;
        Ok((r, ([720, 720, 0][k], z)))
    };
    alt((colon, dot, hour_only, military, named)).parse(i)
}

fn clock_ex(mins: u32, zone: Option<&str>) -> TimeExpr {
    TimeExpr {
        span: 0..0,
        kind: TimeKind::Clock,
        granularity: Granularity::Minute,
        start: None,
        end: None,
        relative: false,
        length_days: None,
        clock_minutes: Some(mins),
        zone: zone.map(str::to_string),
        timex: format!("T{:02}:{:02}", mins / 60, mins % 60),
    }
}

/// A clock time, with an attached day when one follows ("10 a.m. on Monday").
fn clock_expr<'a>(c: &Ctx<'_>, i: &'a str) -> Res<'a, TimeExpr> {
    let (r, (mins, z)) = clock_core(i)?;
    let day = preceded((opt((sp0, comma)), sp1, opt(|i| kw_sp(i, "on"))), |i| {
        longest(c, i, &DAY_PARSERS)
    })
    .parse(r);
    match day {
        Ok((r2, d)) if is_single_day(&d) => Ok((r2, with_clock(d, mins, z))),
        _ => Ok((r, clock_ex(mins, z))),
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

/// Words at which a parse is attempted (case-insensitive); allocation-free.
fn is_trigger(w: &str) -> bool {
    let b = w.as_bytes();
    if b.is_empty() || b.len() > 9 {
        return false;
    }
    if b.len() == 2 && matches!(b[0], b'Q' | b'H') && b[1].is_ascii_digit() {
        return true;
    }
    let mut buf = [0u8; 9];
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
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Day {
        parse_iso_date(s).unwrap()
    }

    fn iso(x: Option<Day>) -> String {
        x.map_or_else(|| "-".to_string(), fmt_day)
    }

    /// (span text, start, end, granularity) of every expression.
    fn found(text: &str, r: Option<&str>) -> Vec<(String, String, String, Granularity)> {
        find_times(text, r.map(d))
            .into_iter()
            .map(|e| {
                (
                    text[e.span.clone()].to_string(),
                    iso(e.start),
                    iso(e.end),
                    e.granularity,
                )
            })
            .collect()
    }

    /// Exactly one expression, with this span, interval and granularity.
    #[track_caller]
    fn check(text: &str, r: Option<&str>, span: &str, start: &str, end: &str, g: Granularity) {
        let f = found(text, r);
        assert_eq!(
            f,
            vec![(span.to_string(), start.to_string(), end.to_string(), g)],
            "in {text:?}"
        );
    }

    #[track_caller]
    fn one(text: &str, r: Option<&str>) -> TimeExpr {
        let v = find_times(text, r.map(d));
        assert_eq!(v.len(), 1, "in {text:?}: {v:#?}");
        v.into_iter().next().unwrap()
    }

    #[track_caller]
    fn none(text: &str) {
        let v = find_times(text, Some(d(R)));
        assert!(v.is_empty(), "in {text:?}: {v:#?}");
    }

    #[track_caller]
    fn spans(text: &str, r: Option<&str>) -> Vec<String> {
        found(text, r).into_iter().map(|x| x.0).collect()
    }

    /// Reference date used by most tests: Friday 19 May 2017.
    const R: &str = "2017-05-19";
    use Granularity as G;

    #[test]
    fn calendar_arithmetic() {
        assert_eq!(days_from_civil(1970, 1, 1), 0);
        assert_eq!(days_from_civil(2000, 3, 1), 11_017);
        for z in (-800_000..800_000).step_by(997) {
            let (y, m, dd) = civil_from_days(z);
            assert_eq!(days_from_civil(y, m, dd), z);
        }
        assert_eq!(
            parse_iso_date("2017-05-19"),
            Some(days_from_civil(2017, 5, 19))
        );
        assert_eq!(
            parse_iso_date("2017-05-19T10:00:00Z"),
            Some(days_from_civil(2017, 5, 19))
        );
        assert_eq!(parse_iso_date("2021-02-31"), None);
        assert_eq!(parse_iso_date("2021-13-01"), None);
        assert_eq!(parse_iso_date("20210101"), None);
        assert_eq!(parse_iso_date("2021-1-01"), None);
        assert_eq!(parse_iso_date("é2021-01-01"), None);
        assert_eq!(parse_iso_date(""), None);
        assert_eq!(weekday(d(R)), 4); // Friday
        assert_eq!(iso_week_monday(2027, 3), d("2027-01-18"));
        assert_eq!(iso_week_of(d("2021-01-03")), (2020, 53));
        // Extreme inputs do not panic.
        let _ = days_from_civil(i32::MAX, 99, 99);
        let _ = civil_from_days(i32::MIN);
        let _ = civil_from_days(i32::MAX);
    }

    #[test]
    fn bare_years() {
        let r = Some(R);
        check(
            "The company was founded in 2013.",
            r,
            "2013",
            "2013-01-01",
            "2013-12-31",
            G::Year,
        );
        check(
            "In 1998, the party lost power.",
            r,
            "1998",
            "1998-01-01",
            "1998-12-31",
            G::Year,
        );
        check(
            "the 2016 election",
            None,
            "2016",
            "2016-01-01",
            "2016-12-31",
            G::Year,
        );
        check(
            "since 2009's financial crisis",
            r,
            "2009",
            "2009-01-01",
            "2009-12-31",
            G::Year,
        );
        check("(2014)", r, "2014", "2014-01-01", "2014-12-31", G::Year);
        let e = one("elected in 2013", None);
        assert_eq!(e.timex, "2013");
        assert!(!e.relative);
        assert_eq!(e.kind, TimeKind::Calendar);
        none("Turnout rose 40% in the north.");
        none("Prices rose 2013% in the north.");
        none("The army lost 5,100 soldiers.");
        none("About 2,013 people voted.");
        none("a value of 2013.5 was recorded");
        none("a 2000-year-old temple");
        assert_eq!(one("a 2000-year sentence", None).kind, TimeKind::Duration);
        none("It cost $2013 to fix.");
        none("Flight 1800 was delayed: it had 12345 passengers");
        none("the 1850 census"); // outside 1900..=2099
        none("2,400 troops");
        none("A321 and B2013 aircraft");
        none("a rise of 2050 per cent");
    }

    #[test]
    fn year_ranges_and_parts() {
        let r = Some(R);
        check(
            "from 2010 to 2013",
            r,
            "from 2010 to 2013",
            "2010-01-01",
            "2013-12-31",
            G::Year,
        );
        check(
            "the 2012-13 season",
            r,
            "2012-13",
            "2012-01-01",
            "2013-12-31",
            G::Year,
        );
        check(
            "between 2001 and 2005",
            r,
            "between 2001 and 2005",
            "2001-01-01",
            "2005-12-31",
            G::Year,
        );
        check(
            "in early 2020",
            r,
            "early 2020",
            "2020-01-01",
            "2020-04-30",
            G::Month,
        );
        check(
            "by mid-2020",
            r,
            "mid-2020",
            "2020-05-01",
            "2020-08-31",
            G::Month,
        );
        check(
            "by mid\u{2013}2020",
            r,
            "mid\u{2013}2020",
            "2020-05-01",
            "2020-08-31",
            G::Month,
        );
        check(
            "in late 2020",
            r,
            "late 2020",
            "2020-09-01",
            "2020-12-31",
            G::Month,
        );
        check(
            "during the 1990s",
            r,
            "the 1990s",
            "1990-01-01",
            "1999-12-31",
            G::Decade,
        );
        check(
            "in the early 1990s",
            r,
            "the early 1990s",
            "1990-01-01",
            "1993-12-31",
            G::Decade,
        );
        check(
            "since the mid-1980s",
            r,
            "the mid-1980s",
            "1983-01-01",
            "1986-12-31",
            G::Decade,
        );
        check(
            "music of the '60s",
            r,
            "the '60s",
            "1960-01-01",
            "1969-12-31",
            G::Decade,
        );
        check(
            "music of the \u{2019}60s",
            r,
            "the \u{2019}60s",
            "1960-01-01",
            "1969-12-31",
            G::Decade,
        );
        check(
            "1970s rock",
            r,
            "1970s",
            "1970-01-01",
            "1979-12-31",
            G::Decade,
        );
        assert_eq!(one("the 1990s", None).timex, "199X");
        none("people in their 60s");
        check(
            "the first half of this year",
            r,
            "the first half of this year",
            "2017-01-01",
            "2017-06-30",
            G::Half,
        );
        assert_eq!(one("the first half of this year", r).timex, "2017-H1");
        check(
            "in the second half of 2016",
            r,
            "the second half of 2016",
            "2016-07-01",
            "2016-12-31",
            G::Half,
        );
        check(
            "the second quarter of 2021",
            r,
            "the second quarter of 2021",
            "2021-04-01",
            "2021-06-30",
            G::Quarter,
        );
        assert_eq!(one("the second quarter of 2021", r).timex, "2021-Q2");
        check(
            "in the fourth quarter of last year",
            r,
            "the fourth quarter of last year",
            "2016-10-01",
            "2016-12-31",
            G::Quarter,
        );
        check(
            "first-quarter 2021 profit",
            r,
            "first-quarter 2021",
            "2021-01-01",
            "2021-03-31",
            G::Quarter,
        );
        check(
            "Q3 2019 results",
            r,
            "Q3 2019",
            "2019-07-01",
            "2019-09-30",
            G::Quarter,
        );
        check(
            "in H1 2020",
            r,
            "H1 2020",
            "2020-01-01",
            "2020-06-30",
            G::Half,
        );
        none("the H1N1 virus");
        check(
            "the third week of 2027",
            r,
            "the third week of 2027",
            "2027-01-18",
            "2027-01-24",
            G::Week,
        );
        assert_eq!(one("the third week of 2027", r).timex, "2027-W03");
        check(
            "the first week of May",
            r,
            "the first week of May",
            "2017-05-01",
            "2017-05-07",
            G::Week,
        );
        check(
            "the last week of February 2020",
            r,
            "the last week of February 2020",
            "2020-02-23",
            "2020-02-29",
            G::Week,
        );
        check(
            "spring 2021",
            r,
            "spring 2021",
            "2021-03-01",
            "2021-05-31",
            G::Season,
        );
        assert_eq!(one("spring 2021", r).timex, "2021-SP");
        check(
            "in the spring of 2021",
            r,
            "the spring of 2021",
            "2021-03-01",
            "2021-05-31",
            G::Season,
        );
        check(
            "last spring",
            r,
            "last spring",
            "2016-03-01",
            "2016-05-31",
            G::Season,
        );
        assert!(one("last spring", r).relative);
        check(
            "this summer",
            r,
            "this summer",
            "2017-06-01",
            "2017-08-31",
            G::Season,
        );
        check(
            "last winter",
            r,
            "last winter",
            "2016-12-01",
            "2017-02-28",
            G::Season,
        );
        check(
            "in the fall of 2019",
            r,
            "the fall of 2019",
            "2019-09-01",
            "2019-11-30",
            G::Season,
        );
        check(
            "Autumn 2019",
            r,
            "Autumn 2019",
            "2019-09-01",
            "2019-11-30",
            G::Season,
        );
        none("the fall of Kabul");
        none("spring water and summer rain");
        none("the fourth quarter was dramatic");
    }

    #[test]
    fn months() {
        let r = Some(R);
        check(
            "January 2013",
            r,
            "January 2013",
            "2013-01-01",
            "2013-01-31",
            G::Month,
        );
        check(
            "since Jan. 2013",
            r,
            "Jan. 2013",
            "2013-01-01",
            "2013-01-31",
            G::Month,
        );
        check(
            "IN JANUARY 2013",
            r,
            "JANUARY 2013",
            "2013-01-01",
            "2013-01-31",
            G::Month,
        );
        check(
            "in Sept. 2015",
            r,
            "Sept. 2015",
            "2015-09-01",
            "2015-09-30",
            G::Month,
        );
        check(
            "March 2014",
            r,
            "March 2014",
            "2014-03-01",
            "2014-03-31",
            G::Month,
        );
        check(
            "in October of 2014",
            r,
            "October of 2014",
            "2014-10-01",
            "2014-10-31",
            G::Month,
        );
        check(
            "in late January 2013",
            r,
            "late January 2013",
            "2013-01-21",
            "2013-01-31",
            G::Month,
        );
        check(
            "in February of this year",
            r,
            "February of this year",
            "2017-02-01",
            "2017-02-28",
            G::Month,
        );
        check(
            "in February last year",
            r,
            "February last year",
            "2016-02-01",
            "2016-02-29",
            G::Month,
        );
        let e = one("in February", r);
        assert_eq!(
            (iso(e.start), iso(e.end), e.relative),
            ("2017-02-01".into(), "2017-02-28".into(), true)
        );
        assert_eq!(e.timex, "2017-02");
        check(
            "in February",
            Some("2017-01-10"),
            "February",
            "2016-02-01",
            "2016-02-29",
            G::Month,
        );
        check("in May", r, "May", "2017-05-01", "2017-05-31", G::Month);
        check("in June", r, "June", "2016-06-01", "2016-06-30", G::Month);
        check(
            "last December",
            r,
            "last December",
            "2016-12-01",
            "2016-12-31",
            G::Month,
        );
        check(
            "late December",
            r,
            "late December",
            "2016-12-21",
            "2016-12-31",
            G::Month,
        );
        check(
            "in mid-March",
            r,
            "mid-March",
            "2017-03-11",
            "2017-03-20",
            G::Month,
        );
        check(
            "next March",
            r,
            "next March",
            "2018-03-01",
            "2018-03-31",
            G::Month,
        );
        check(
            "last May",
            r,
            "last May",
            "2016-05-01",
            "2016-05-31",
            G::Month,
        );
        check(
            "October saw protests",
            r,
            "October",
            "2016-10-01",
            "2016-10-31",
            G::Month,
        );
        let e = one("in February", None);
        assert_eq!(
            (e.start, e.end, e.relative, e.timex.as_str()),
            (None, None, true, "XXXX-02")
        );
        // Not months.
        none("They may withdraw their troops.");
        none("a march on the capital");
        none("Theresa May said that");
        assert_eq!(spans("Theresa May said on Friday that", r), vec!["Friday"]);
        none("May I ask?");
        none("April Ryan asked a question");
        none("in Jan.");
        none("an august institution");
    }

    #[test]
    fn full_dates() {
        let r = Some(R);
        check(
            "on May 19, 2017",
            r,
            "May 19, 2017",
            "2017-05-19",
            "2017-05-19",
            G::Day,
        );
        check(
            "on 19 May 2017",
            r,
            "19 May 2017",
            "2017-05-19",
            "2017-05-19",
            G::Day,
        );
        check(
            "Tuesday, May 19, 2017",
            r,
            "Tuesday, May 19, 2017",
            "2017-05-19",
            "2017-05-19",
            G::Day,
        );
        check(
            "on Wed., Jan. 4, 2017",
            r,
            "Wed., Jan. 4, 2017",
            "2017-01-04",
            "2017-01-04",
            G::Day,
        );
        check(
            "released 2022-02-17.",
            r,
            "2022-02-17",
            "2022-02-17",
            "2022-02-17",
            G::Day,
        );
        check(
            "on the 19th of May",
            Some("2017-06-01"),
            "the 19th of May",
            "2017-05-19",
            "2017-05-19",
            G::Day,
        );
        check(
            "on May 19",
            Some("2017-05-10"),
            "May 19",
            "2016-05-19",
            "2016-05-19",
            G::Day,
        );
        check(
            "on May 19th",
            r,
            "May 19th",
            "2017-05-19",
            "2017-05-19",
            G::Day,
        );
        check(
            "Sept. 11, 2001",
            r,
            "Sept. 11, 2001",
            "2001-09-11",
            "2001-09-11",
            G::Day,
        );
        check(
            "ON MARCH 3 2015",
            r,
            "MARCH 3 2015",
            "2015-03-03",
            "2015-03-03",
            G::Day,
        );
        check(
            "on 3rd March",
            r,
            "3rd March",
            "2017-03-03",
            "2017-03-03",
            G::Day,
        );
        check(
            "May 4-22, 2017",
            r,
            "May 4-22, 2017",
            "2017-05-04",
            "2017-05-22",
            G::Day,
        );
        check(
            "from 4 to 22 May",
            r,
            "from 4 to 22 May",
            "2017-05-04",
            "2017-05-22",
            G::Day,
        );
        check(
            "from 4 to 22 this month",
            r,
            "from 4 to 22 this month",
            "2017-05-04",
            "2017-05-22",
            G::Day,
        );
        check(
            "between 4 and 7 June 2016",
            r,
            "between 4 and 7 June 2016",
            "2016-06-04",
            "2016-06-07",
            G::Day,
        );
        check(
            "on February 29",
            r,
            "February 29",
            "2016-02-29",
            "2016-02-29",
            G::Day,
        );
        check(
            "on\u{a0}May\u{a0}19,\u{2009}2017",
            r,
            "May\u{a0}19,\u{2009}2017",
            "2017-05-19",
            "2017-05-19",
            G::Day,
        );
        check(
            "on May\u{202f}19",
            r,
            "May\u{202f}19",
            "2017-05-19",
            "2017-05-19",
            G::Day,
        );
        let e = one("on May 19", None);
        assert_eq!(
            (e.start, e.timex.as_str(), e.relative),
            (None, "XXXX-05-19", true)
        );
        assert_eq!(one("Tuesday, May 19, 2017", None).timex, "2017-05-19");
        // Invalid dates give no day.
        for t in [
            "31 February 2021",
            "February 30, 2019",
            "2021-02-31",
            "2021-13-01",
            "0000-00-00",
        ] {
            for e in find_times(t, Some(d(R))) {
                assert_ne!(e.granularity, G::Day, "{t}: {e:?}");
            }
        }
    }

    #[test]
    fn relative() {
        let r = Some(R);
        let cases: &[(&str, &str, &str, &str, G)] = &[
            (
                "last year",
                "last year",
                "2016-01-01",
                "2016-12-31",
                G::Year,
            ),
            (
                "this year",
                "this year",
                "2017-01-01",
                "2017-12-31",
                G::Year,
            ),
            (
                "next year",
                "next year",
                "2018-01-01",
                "2018-12-31",
                G::Year,
            ),
            (
                "last month",
                "last month",
                "2017-04-01",
                "2017-04-30",
                G::Month,
            ),
            (
                "this month",
                "this month",
                "2017-05-01",
                "2017-05-31",
                G::Month,
            ),
            (
                "earlier this month",
                "earlier this month",
                "2017-05-01",
                "2017-05-19",
                G::Month,
            ),
            (
                "later this year",
                "later this year",
                "2017-05-19",
                "2017-12-31",
                G::Year,
            ),
            (
                "next week",
                "next week",
                "2017-05-22",
                "2017-05-28",
                G::Week,
            ),
            (
                "this week",
                "this week",
                "2017-05-15",
                "2017-05-21",
                G::Week,
            ),
            (
                "last week",
                "last week",
                "2017-05-08",
                "2017-05-14",
                G::Week,
            ),
            (
                "last weekend",
                "last weekend",
                "2017-05-13",
                "2017-05-14",
                G::Week,
            ),
            ("yesterday", "yesterday", "2017-05-18", "2017-05-18", G::Day),
            ("Today", "Today", "2017-05-19", "2017-05-19", G::Day),
            ("tomorrow", "tomorrow", "2017-05-20", "2017-05-20", G::Day),
            (
                "the day before yesterday",
                "the day before yesterday",
                "2017-05-17",
                "2017-05-17",
                G::Day,
            ),
            (
                "two weeks ago",
                "two weeks ago",
                "2017-05-01",
                "2017-05-07",
                G::Week,
            ),
            (
                "16 years ago",
                "16 years ago",
                "2001-01-01",
                "2001-12-31",
                G::Year,
            ),
            (
                "three days ago",
                "three days ago",
                "2017-05-16",
                "2017-05-16",
                G::Day,
            ),
            (
                "a year ago",
                "a year ago",
                "2016-01-01",
                "2016-12-31",
                G::Year,
            ),
            (
                "six months ago",
                "six months ago",
                "2016-11-01",
                "2016-11-30",
                G::Month,
            ),
            (
                "the end of this month",
                "the end of this month",
                "2017-05-21",
                "2017-05-31",
                G::Month,
            ),
            (
                "by the end of the year",
                "the end of the year",
                "2017-12-01",
                "2017-12-31",
                G::Month,
            ),
            (
                "at the start of 2020",
                "the start of 2020",
                "2020-01-01",
                "2020-01-31",
                G::Month,
            ),
            (
                "at the end of March",
                "the end of March",
                "2017-03-21",
                "2017-03-31",
                G::Month,
            ),
            (
                "end-March",
                "end-March",
                "2017-03-21",
                "2017-03-31",
                G::Month,
            ),
            ("on Monday", "Monday", "2017-05-15", "2017-05-15", G::Day),
            (
                "late Monday",
                "late Monday",
                "2017-05-15",
                "2017-05-15",
                G::Day,
            ),
            ("on Tuesday", "Tuesday", "2017-05-16", "2017-05-16", G::Day),
            ("on Friday", "Friday", "2017-05-19", "2017-05-19", G::Day),
            (
                "on Saturday",
                "Saturday",
                "2017-05-13",
                "2017-05-13",
                G::Day,
            ),
            (
                "last Friday",
                "last Friday",
                "2017-05-12",
                "2017-05-12",
                G::Day,
            ),
            (
                "next Monday",
                "next Monday",
                "2017-05-22",
                "2017-05-22",
                G::Day,
            ),
            (
                "Wednesday night",
                "Wednesday night",
                "2017-05-17",
                "2017-05-17",
                G::Day,
            ),
            (
                "on Thurs. the",
                "Thurs.",
                "2017-05-18",
                "2017-05-18",
                G::Day,
            ),
        ];
        for &(text, span, s, e, g) in cases {
            check(text, r, span, s, e, g);
            let x = one(text, r);
            assert_eq!(x.relative, !text.contains("20"), "{text}");
            assert_eq!(x.kind, TimeKind::Calendar, "{text}");
            // Without a reference: found but unresolved.
            let u = one(text, None);
            if x.relative {
                assert_eq!((u.start, u.end, u.relative), (None, None, true), "{text}");
            }
            assert_eq!(&text[u.span.clone()], span);
        }
        assert_eq!(one("next week", r).timex, "2017-W21");
        assert_eq!(one("last month", r).timex, "2017-04");
        assert_eq!(one("on Monday", None).timex, "XXXX-WXX-1");
        // Not weekdays.
        none("we sun ourselves on sat and wed the sun");
        none("Sun Microsystems and the Sun newspaper");
    }

    #[test]
    fn clocks() {
        let r = Some(R);
        let cases: &[(&str, &str, u32, Option<&str>)] = &[
            ("at 10:25 the", "10:25", 625, None),
            ("at 10.25 am on", "10.25 am", 625, None),
            ("at 10:25 p.m. the", "10:25 p.m.", 22 * 60 + 25, None),
            ("at 4.47am", "4.47am", 287, None),
            ("at 0447 GMT", "0447 GMT", 287, Some("GMT")),
            ("(1425 GMT)", "1425 GMT", 14 * 60 + 25, Some("GMT")),
            ("at 1430 hours", "1430 hours", 870, None),
            ("at 9 a.m. EDT", "9 a.m. EDT", 540, Some("EDT")),
            ("at 3 PM local time", "3 PM local time", 900, Some("local")),
            ("at 12 am", "12 am", 0, None),
            ("at 12 pm", "12 pm", 720, None),
            ("at noon", "noon", 720, None),
            ("at midnight UTC", "midnight UTC", 0, Some("UTC")),
            ("at 10.25 GMT", "10.25 GMT", 625, Some("GMT")),
            ("at 9 o'clock", "9 o'clock", 540, None),
            ("23:59:59", "23:59:59", 23 * 60 + 59, None),
        ];
        for &(text, span, mins, zone) in cases {
            let e = one(text, r);
            assert_eq!(&text[e.span.clone()], span, "{text}");
            assert_eq!(e.kind, TimeKind::Clock, "{text}");
            assert_eq!(e.granularity, G::Minute);
            assert_eq!(e.clock_minutes, Some(mins), "{text}");
            assert_eq!(e.zone.as_deref(), zone, "{text}");
            assert_eq!((e.start, e.end), (None, None), "{text}");
        }
        assert_eq!(one("at 10:25", r).timex, "T10:25");
        // Clock with an attached date.
        let e = one("at 10:25 a.m. on Monday", r);
        assert_eq!(iso(e.start), "2017-05-15");
        assert_eq!(e.timex, "2017-05-15T10:25");
        assert_eq!(e.kind, TimeKind::Clock);
        let e = one("on May 19, 2017, at 10:25 GMT", r);
        assert_eq!(e.timex, "2017-05-19T10:25");
        assert_eq!(e.zone.as_deref(), Some("GMT"));
        let e = one("Monday at 9 a.m.", r);
        assert_eq!(
            (iso(e.start), e.clock_minutes),
            ("2017-05-15".into(), Some(540))
        );
        // Not clocks.
        none("a 0447 code");
        none("score of 10.25");
        none("the 25:70 ratio");
        none("I am here");
        none("10 amendments");
        none("13 pm");
    }

    #[test]
    fn durations() {
        let r = Some(R);
        let cases: &[(&str, &str, f64, &str, G)] = &[
            ("for nine years", "nine years", 9.0 * 365.25, "P9Y", G::Year),
            (
                "nine and a half years",
                "nine and a half years",
                9.5 * 365.25,
                "P9.5Y",
                G::Year,
            ),
            (
                "a year and a half",
                "a year and a half",
                1.5 * 365.25,
                "P1.5Y",
                G::Year,
            ),
            (
                "took 27 minutes",
                "27 minutes",
                27.0 / 1440.0,
                "PT27M",
                G::Minute,
            ),
            ("three weeks", "three weeks", 21.0, "P3W", G::Week),
            ("in a decade", "a decade", 3652.5, "P10Y", G::Decade),
            ("16 months", "16 months", 16.0 * 30.4375, "P16M", G::Month),
            ("48 hours", "48 hours", 2.0, "PT48H", G::Minute),
            (
                "a 27-minute delay",
                "27-minute",
                27.0 / 1440.0,
                "PT27M",
                G::Minute,
            ),
            (
                "his 34-year-long career",
                "34-year-long",
                34.0 * 365.25,
                "P34Y",
                G::Year,
            ),
            (
                "a nine-year mission",
                "nine-year",
                9.0 * 365.25,
                "P9Y",
                G::Year,
            ),
            (
                "a nine\u{2013}year mission",
                "nine\u{2013}year",
                9.0 * 365.25,
                "P9Y",
                G::Year,
            ),
            (
                "for the past nine years",
                "nine years",
                9.0 * 365.25,
                "P9Y",
                G::Year,
            ),
            ("Three weeks later", "Three weeks", 21.0, "P3W", G::Week),
            (
                "twenty-five years",
                "twenty-five years",
                25.0 * 365.25,
                "P25Y",
                G::Year,
            ),
            ("9.5 years", "9.5 years", 9.5 * 365.25, "P9.5Y", G::Year),
            (
                "half an hour",
                "half an hour",
                0.5 / 24.0,
                "PT0.5H",
                G::Minute,
            ),
            (
                "30 seconds",
                "30 seconds",
                30.0 / 86_400.0,
                "PT30S",
                G::Minute,
            ),
            (
                "two centuries",
                "two centuries",
                73_050.0,
                "P200Y",
                G::Decade,
            ),
            ("1,000 years", "1,000 years", 365_250.0, "P1000Y", G::Year),
            ("a five-day strike", "five-day", 5.0, "P5D", G::Day),
        ];
        for &(text, span, days, timex, g) in cases {
            let e = one(text, r);
            assert_eq!(&text[e.span.clone()], span, "{text}");
            assert_eq!(e.kind, TimeKind::Duration, "{text}");
            assert!(
                (e.length_days.unwrap() - days).abs() < 1e-9,
                "{text}: {e:?}"
            );
            assert_eq!(e.timex, timex, "{text}");
            assert_eq!(e.granularity, g, "{text}");
            assert_eq!((e.start, e.end, e.relative), (None, None, false));
        }
        // Ages and other non-durations.
        none("a 44-year-old man");
        none("the 4-years-old girl");
        none("he is 44 years old");
        none("five-year-olds");
        none("a second coup");
        none("one of them");
        none("he ate twice a day");
        none("$5 million a year");
        none("it would sell 1,000 units a day");
        assert_eq!(spans("for a year", r), vec!["a year"]);
        assert_eq!(spans("A week later", r), vec!["A week"]);
        none("a few years");
        none("1 / 5");
    }

    #[test]
    fn newswire_paragraphs() {
        let r = Some(R);
        let text = "WASHINGTON (Reuters) - The U.S. Senate on Tuesday voted 52-48 to confirm the \
            nominee, ending a nine-month fight that began in August 2016. The vote came at 10:25 \
            a.m. EDT (1425 GMT), two weeks after the committee hearing.";
        assert_eq!(
            spans(text, r),
            vec![
                "Tuesday",
                "nine-month",
                "August 2016",
                "10:25 a.m. EDT",
                "1425 GMT",
                "two weeks"
            ]
        );
        let text = "Prices rose 40% in the first quarter of 2017 from a year earlier, the \
            company said on May 19, adding that it expects growth of 2.5 percent in 2018.";
        assert_eq!(
            spans(text, r),
            vec!["the first quarter of 2017", "a year", "May 19", "2018"]
        );
        let text = "The protests, which began in mid-March, have left 5,100 dead. On March 3, \
            thousands joined a march on the capital; police may withdraw by next week.";
        assert_eq!(spans(text, r), vec!["mid-March", "March 3", "next week"]);
        let text = "He served 16 years in prison after his arrest in 1998 and was released \
            three days ago, his lawyer said late Monday.";
        assert_eq!(
            spans(text, r),
            vec!["16 years", "1998", "three days ago", "late Monday"]
        );
        let text = "Unemployment fell to 4.4 percent in April, the lowest since May 2007, \
            the Labor Department said on Friday.";
        assert_eq!(spans(text, r), vec!["April", "May 2007", "Friday"]);
        let text = "“We have been waiting since 2013,” she said. The 2,400-strong force \
            arrived last December and will leave in the second half of next year.";
        assert_eq!(
            spans(text, r),
            vec!["2013", "last December", "the second half of next year"]
        );
    }

    #[test]
    fn parse_time_api() {
        let (rest, e) = parse_time("May 19, 2017 and more", None).unwrap();
        assert_eq!(rest, " and more");
        assert_eq!(e.span, 0..12);
        assert_eq!(e.timex, "2017-05-19");
        let (rest, e) = parse_time("nine years later", Some(d(R))).unwrap();
        assert_eq!(
            (rest, e.span.clone(), e.kind),
            (" later", 0..10, TimeKind::Duration)
        );
        assert!(parse_time("one of them", None).is_err());
        assert!(parse_time("May", None).is_err());
        assert!(parse_time("", None).is_err());
        assert!(parse_time(" 2013", None).is_err());
        let (_, e) = parse_time("last year", Some(d(R))).unwrap();
        assert_eq!(e.timex, "2016");
    }

    #[test]
    fn robustness() {
        let pieces = [
            "May",
            "19",
            "2017",
            ",",
            " ",
            "\u{a0}",
            "\u{2009}",
            "-",
            "\u{2013}",
            "é",
            "日本",
            "🎉",
            "the",
            "of",
            "last",
            "year",
            "ago",
            "a.m.",
            ":",
            ".",
            "0447",
            "GMT",
            "%",
            "'",
            "’",
            "9999999999999999999999",
            "0",
            "00",
            "0000",
            "31",
            "February",
            "Q",
            "H1",
            "s",
            "half",
            "a",
            "and",
            "Monday",
            "Wed.",
            "end",
            "from",
            "to",
            "between",
            "\u{301}",
            "'90s",
        ];
        let mut seed: u64 = 0x9E37_79B9_7F4A_7C15;
        for _ in 0..800 {
            let mut s = String::new();
            for _ in 0..12 {
                seed ^= seed << 13;
                seed ^= seed >> 7;
                seed ^= seed << 17;
                s.push_str(pieces[(seed % pieces.len() as u64) as usize]);
                if seed & 0x100 != 0 {
                    s.push(' ');
                }
            }
            for r in [None, Some(d(R)), Some(i32::MAX), Some(i32::MIN)] {
                let v = find_times(&s, r);
                let mut last = 0;
                for e in &v {
                    assert!(e.span.start >= last && e.span.end > e.span.start, "{s:?}");
                    assert!(s.is_char_boundary(e.span.start) && s.is_char_boundary(e.span.end));
                    if let (Some(a), Some(b)) = (e.start, e.end) {
                        assert!(a <= b, "{s:?}: {e:?}");
                    }
                    last = e.span.end;
                }
                for k in 0..s.len() {
                    if s.is_char_boundary(k) {
                        let _ = parse_time(&s[k..], r);
                    }
                }
            }
        }
        for s in [
            "",
            " ",
            "0",
            "00000000000000000000000000000 years",
            "year 0",
            "0 years",
            "the 0s",
            "the 0000s",
            "Q0",
            "Q9",
            "0:00",
            "24:00",
            "99:99",
            "\u{0}",
            "½ years",
        ] {
            let _ = find_times(s, Some(d(R)));
        }
        none("year 0");
        none("0 years");
    }

    #[test]
    fn long_inputs_are_scanned_whole() {
        let para = "The Senate voted on Tuesday, May 19, 2017, after nine years of debate; \
            the 2,400 troops may withdraw by the end of this month, officials said at 10:25 a.m. \
            A march on the capital drew 40% more people than in 2013. ";
        // ~800 KB optimised, ~200 KB in debug builds.
        let n = if cfg!(debug_assertions) {
            1 << 10
        } else {
            1 << 12
        };
        let text = para.repeat(n);
        let v = find_times(&text, Some(d(R)));
        assert_eq!(v.len(), n * 5);
        // Pathological runs stay linear.
        let m = n << 8;
        let long = "1".repeat(m) + &" ".repeat(m) + &"the ".repeat(m / 4);
        let _ = find_times(&long, Some(d(R)));
    }
}
