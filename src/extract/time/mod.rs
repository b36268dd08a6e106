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
//! begin with a digit or are one of a small set of trigger words (a plain count or a
//! common word only with a time word close after, see `scan`), and each attempt looks
//! ahead a bounded number of tokens.
//!
//! At an attempt the grammars of `ALL` are tried and the longest reading wins
//! (`longest`); each grammar is listed with its start set, the classes of first word
//! it may begin with (a figure, a month, a number word, "the" ..., see `start`), and
//! runs only where the first word is in it. A new grammar goes in `ALL` (or in the
//! list of the grammar that holds it: `PERIODS`, `SINGLE_DAYS`, `ENDPOINTS`) with
//! its start set in a constant beside it; debug builds check that every grammar left
//! out fails.

use std::ops::Range;

use crate::extract::number::memo;
use crate::segment::Doc;
use nom::{
    branch::alt,
    bytes::complete::{tag_no_case, take_while1, take_while_m_n},
    character::complete::{char as nom_char, satisfy},
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
    // The grammars of one attempt read the number at a place of the text
    // once (see `number::memo`).
    memo::scope(text, || scan_text(text, &words_of(text), reference))
}

/// [`find_times`] over the text `doc` was cut from, walking the runs of
/// letters and digits its tokenizer cut and classed ([`Doc::runs`])
/// instead of cutting the text and looking its words up again.
pub fn find_times_in(doc: &Doc, text: &str, reference: Option<Day>) -> Vec<TimeExpr> {
    debug_assert!(
        doc.runs == words_of(text),
        "the runs and classes given are not those of the text"
    );
    memo::scope(text, || scan_text(text, &doc.runs, reference))
}

/// [`find_times`] over `text[part]`, `doc` being cut from `text` and the
/// part being whole sentences of it: the part's runs are the doc's own
/// (see [`find_times_in`]), moved to start where the part does. The
/// spans found are the part's.
pub fn find_times_in_part(
    doc: &Doc,
    text: &str,
    part: Range<usize>,
    reference: Option<Day>,
) -> Vec<TimeExpr> {
    let first = doc.runs.partition_point(|w| w.start < part.start);
    let runs: Vec<Word> = doc.runs[first..]
        .iter()
        .take_while(|w| w.end <= part.end)
        .map(|w| w.moved_back(part.start))
        .collect();
    let text = &text[part];
    debug_assert!(
        runs == words_of(text),
        "the runs and classes of the part are not those of its text"
    );
    memo::scope(text, || scan_text(text, &runs, reference))
}

/// [`find_times`] within the number memo's scope, over the words of `text`.
fn scan_text(text: &str, words: &[Word], reference: Option<Day>) -> Vec<TimeExpr> {
    let reference = sane_reference(reference);
    let mut out = Vec::new();
    // Where the last expression found ends: the words before it are read.
    let mut resume = 0;
    for (k, w) in words.iter().enumerate() {
        if w.start < resume {
            continue;
        }
        let digit = w.figure(text);
        // Most words open nothing: passed over unread.
        if !digit && !w.opens() {
            continue;
        }
        let i = w.start;
        let word = &text[i..w.end];
        // The word before, unless it ends an expression found (or there
        // is none): the grammars read some dates by it ("on 5/3").
        let prev_word = match k.checked_sub(1).map(|p| &words[p]) {
            Some(p) if p.start >= resume => &text[p.start..p.end],
            _ => "",
        };
        // The two chars before a figure ("$5", "3-5", "5,100").
        let digit_ok = || {
            let mut back = text[..i].chars().rev();
            let p1 = back.next().unwrap_or(' ');
            digit_start_ok(p1, back.next().unwrap_or(' '))
        };
        let attempt = if digit {
            digit_ok() && figure_may_open(text, words, k)
        } else {
            attempt_at(text, words, k)
        };
        // A figure or weak trigger left without an attempt (its test,
        // `figure_may_open` or `attempt_at`, found no time word near) must
        // read nothing there.
        debug_assert!(
            attempt
                || !(if digit {
                    digit_ok()
                } else {
                    weak_trigger(word)
                })
                || !matches!(
                    parse_core(&Ctx { reference, prev: prev_word }, &text[i..]),
                    Ok((r, _)) if r.len() < text.len() - i
                ),
            "the scanner skipped a date: {:?}",
            text[i..].chars().take(60).collect::<String>()
        );
        if attempt {
            memo::forget();
            let ctx = Ctx {
                reference,
                prev: prev_word,
            };
            let _chart = chart::attempt(&ctx, &text[i..]);
            if let Ok((rest, mut ex)) = parse_core(&ctx, &text[i..]) {
                let end = text.len() - rest.len();
                if end > i {
                    ex.span = i..end;
                    out.push(ex);
                    resume = end;
                }
            }
        }
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
mod chart;
mod clock;
mod duration;
mod lex;
mod math;
mod numeric;
mod period;
mod relative;
mod scan;
mod start;
#[cfg(test)]
mod tests;
mod written;

use anchored::*;
use calendar::*;
use clock::*;
use duration::*;
use lex::*;
pub use math::fmt_day;
use math::*;
use numeric::*;
use period::*;
use relative::*;
use scan::*;
use start::*;
use written::*;

pub use lex::{names_month, WEEKDAYS};
pub use math::days_in_month;
pub(crate) use scan::{class_runs, word_classes, Word};

// ---------------------------------------------------------------------------------------
// Calendar parsers
// ---------------------------------------------------------------------------------------

type P = for<'a, 'b, 'c> fn(&'c Ctx<'b>, &'a str) -> Res<'a, TimeExpr>;

/// The grammars tried at each position, each with its start set (see `start`):
/// a new grammar goes here, its start set in a constant beside it.
const ALL: [G; 22] = [
    (iso_date, ISO_DATE),
    (weekday_date, WEEKDAY_DATE),
    (date_md, DATE_MD),
    (date_dm, DATE_DM),
    (month_year, MONTH_YEAR),
    (month_alone, MONTH_ALONE),
    (boundary, BOUNDARY),
    (year_range, YEAR_RANGE),
    (year_expr, YEAR_EXPR),
    (decade, DECADE),
    (part_of_year, PART_OF_YEAR),
    (year_possessive_part, YEAR_POSSESSIVE_PART),
    (q_notation, Q_NOTATION),
    (season, SEASON),
    (rel_unit, REL_UNIT),
    (day_word, DAY_WORD),
    (weekday_expr, WEEKDAY_EXPR),
    (single_day, SINGLE_DAY),
    (ago, AGO),
    (clock_expr, CLOCK_EXPR),
    (duration, DURATION),
    (period, PERIOD),
];

const DAY_PARSERS: [G; 7] = [
    (iso_date, ISO_DATE),
    (weekday_date, WEEKDAY_DATE),
    (date_md, DATE_MD),
    (date_dm, DATE_DM),
    (day_word, DAY_WORD),
    (weekday_expr, WEEKDAY_EXPR),
    (single_day, SINGLE_DAY),
];

/// The longest reading of `i` by the grammars `gs` (the first of equals), each
/// run only when the first word of `i` (or the word after a leading "the")
/// is in its start set (`Opening::admits`).
///
/// At the start of the scanner's attempt the first word's classes and what
/// each grammar read there come from the attempt's chart (see `chart`): a
/// grammar read before is run again only when it wins, for its value.
fn longest<'a>(c: &Ctx<'_>, i: &'a str, gs: &[G]) -> Res<'a, TimeExpr> {
    let start = chart::at_start(c, i);
    let opening = start.unwrap_or_else(|| Opening::of(i));
    // The best reading so far, by the length of its rest.
    let mut best: Option<(usize, Reading<'a>)> = None;
    for &(p, starts) in gs {
        if !opening.admits(starts) {
            // A grammar left out must read nothing there.
            debug_assert!(
                !matches!(p(c, i), Ok((r, _)) if r.len() < i.len()),
                "a date grammar read {i:?} outside its start set"
            );
            continue;
        }
        let kept = start.and_then(|_| chart::read(p));
        let (rest, value) = match kept {
            Some(kept) => {
                debug_assert_eq!(
                    kept,
                    p(c, i).ok().map(|(r, _)| r.len()),
                    "the chart's reading of {i:?}"
                );
                match kept {
                    Some(rest) => (rest, Reading::Kept(p)),
                    None => continue,
                }
            }
            None => {
                let read = p(c, i);
                if start.is_some() {
                    chart::keep(p, read.as_ref().ok().map(|(r, _)| r.len()));
                }
                match read {
                    Ok((r, ex)) => (r.len(), Reading::Read(r, ex)),
                    Err(_) => continue,
                }
            }
        };
        if rest < i.len() && best.as_ref().is_none_or(|(br, _)| rest < *br) {
            best = Some((rest, value));
        }
    }
    match best {
        None => Err(err(i)),
        Some((_, Reading::Read(r, ex))) => Ok((r, ex)),
        Some((rest, Reading::Kept(p))) => {
            let (r, ex) = p(c, i)?;
            debug_assert_eq!(r.len(), rest, "the chart's reading of {i:?}");
            Ok((r, ex))
        }
    }
}

/// A reading in [`longest`]: the rest and the value, or, when the chart
/// kept only its length, the grammar to run again for them.
enum Reading<'a> {
    Read(&'a str, TimeExpr),
    Kept(P),
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

    /// The expression moved in time, each day `z` it names to `to(z)`:
    /// its interval, and the dates its TIMEX value names ("2025-05"
    /// becomes "2026-05" a year on, "2025-05-03T10:00" keeps its clock,
    /// both ends of "2025-03/2025-09" move). A TIMEX opens with its
    /// start's day, month or year, as its granularity keeps (a range's
    /// second end with its end's); the longest of these it opens with is
    /// re-dated.
    pub fn move_days(&mut self, to: impl Fn(Day) -> Day) {
        let (Some(start), Some(end)) = (self.start, self.end) else {
            return;
        };
        let redate = |part: &str, day: Day| {
            let (old, new) = (fmt_day(day), fmt_day(to(day)));
            match [10, 7, 4]
                .into_iter()
                .find(|&n| part.starts_with(&old[..n]))
            {
                Some(n) => format!("{}{}", &new[..n], &part[n..]),
                None => part.to_string(),
            }
        };
        self.timex = match self.timex.split_once('/') {
            Some((a, b)) => format!("{}/{}", redate(a, start), redate(b, end)),
            None => redate(&self.timex, start),
        };
        self.start = Some(to(start));
        self.end = Some(to(end));
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
