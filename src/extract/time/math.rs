//! Calendar arithmetic (leap years, ISO weeks, month lengths) and the constructors of resolved and unresolved `TimeExpr`s.

use super::*;

pub(super) fn sane_reference(r: Option<Day>) -> Option<Day> {
    // About ±8000 years around 1970: keeps every computation far from overflow.
    r.filter(|d| (-3_000_000..=3_000_000).contains(d))
}

pub(super) fn is_leap(y: i32) -> bool {
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

pub(super) fn valid_ymd(y: i32, m: u32, d: u32) -> bool {
    (1..=12).contains(&m) && d >= 1 && d <= days_in_month(y, m)
}

/// Monday = 0 ... Sunday = 6.
pub(super) fn weekday(z: Day) -> i32 {
    (z + 3).rem_euclid(7)
}

pub(super) fn add_months(y: i32, m: u32, delta: i32) -> (i32, u32) {
    let idx = y * 12 + m as i32 - 1 + delta;
    (idx.div_euclid(12), idx.rem_euclid(12) as u32 + 1)
}

pub(super) fn iso_week_monday(iso_year: i32, week: u32) -> Day {
    let jan4 = days_from_civil(iso_year, 1, 4);
    jan4 - weekday(jan4) + 7 * (week as i32 - 1)
}

pub(super) fn iso_week_of(z: Day) -> (i32, u32) {
    let thursday = z - weekday(z) + 3;
    let iy = civil_from_days(thursday).0;
    (iy, ((thursday - days_from_civil(iy, 1, 1)) / 7 + 1) as u32)
}

pub(super) fn iso_weeks_in_year(iy: i32) -> u32 {
    iso_week_of(days_from_civil(iy, 12, 28)).1
}

/// A day as its TIMEX: "2026-03-09" (the report prints days so too).
pub fn fmt_day(z: Day) -> String {
    let (y, m, d) = civil_from_days(z);
    timex_of(y, &[("-", m), ("-", d)])
}

/// A TIMEX in figures: the year as `{y:04}` writes it, then each part's
/// separator and its two digits ("2026-03-09", "2026-W11"). A grammar
/// builds its value's TIMEX before the longest reading is chosen, and
/// `format!` cost about 1,300 instructions a date where writing its
/// digits costs a small part of that.
fn timex_of(y: i32, parts: &[(&str, u32)]) -> String {
    let mut s =
        String::with_capacity(4 + parts.iter().map(|(sep, _)| sep.len() + 2).sum::<usize>());
    match u32::try_from(y) {
        Ok(y) if y <= 9999 => {
            push_two(&mut s, y / 100);
            push_two(&mut s, y % 100);
        }
        _ => s.push_str(&format!("{y:04}")),
    }
    for &(sep, v) in parts {
        s.push_str(sep);
        push_two(&mut s, v);
    }
    s
}

/// A length of time's TIMEX, `{prefix}{v}{suffix}` as `format!` writes
/// it ("P9Y", "PT27M", "P9.5Y"): a whole count's digits are written here,
/// as [`timex_of`] writes a date's, and any other count by `format!`,
/// which spends most of its work on the float.
pub(super) fn count_timex(prefix: &str, v: f64, suffix: &str) -> String {
    if !(1.0..1e15).contains(&v) || v.fract() != 0.0 {
        return format!("{prefix}{v}{suffix}");
    }
    // Up to fifteen digits, written from the last.
    let (mut digits, mut k, mut n) = ([0u8; 15], 15, v as u64);
    while n > 0 {
        k -= 1;
        digits[k] = b'0' + (n % 10) as u8;
        n /= 10;
    }
    let mut s = String::with_capacity(prefix.len() + (15 - k) + suffix.len());
    s.push_str(prefix);
    s.extend(digits[k..].iter().map(|&d| char::from(d)));
    s.push_str(suffix);
    s
}

/// `v` (below 100) in two digits.
fn push_two(s: &mut String, v: u32) {
    debug_assert!(v < 100, "{v}");
    s.push(char::from(b'0' + (v / 10 % 10) as u8));
    s.push(char::from(b'0' + (v % 10) as u8));
}

pub(super) fn month_start_end(y: i32, m: u32) -> (Day, Day) {
    (
        days_from_civil(y, m, 1),
        days_from_civil(y, m, days_in_month(y, m)),
    )
}

#[derive(Clone, Copy, PartialEq, Debug)]
pub(super) enum Part {
    Early,
    Mid,
    Late,
}

impl Part {
    pub(super) fn label(self) -> &'static str {
        match self {
            Part::Early => "START",
            Part::Mid => "MID",
            Part::Late => "END",
        }
    }

    /// The days `s..=e` (a unit of grain `g`) that this part names: one reading for
    /// every phrase ("early 2020", "late next week", "the end of March", "the early
    /// 1990s"). Years, months and decades split in halves (the middle: the two
    /// central quarters), a week into Monday-Wednesday, Tuesday-Friday and
    /// Thursday-Sunday, any other span into thirds. Halves, because these words are
    /// vague: a generous reading keeps "in August" from contradicting "late 2019".
    pub(super) fn within(self, g: Granularity, s: Day, e: Day) -> (Day, Day) {
        let (y, m, _) = civil_from_days(s);
        let (a, b) = match g {
            Granularity::Year => {
                let (m1, m2) = match self {
                    Part::Early => (1, 6),
                    Part::Mid => (4, 9),
                    Part::Late => (7, 12),
                };
                (days_from_civil(y, m1, 1), month_start_end(y, m2).1)
            }
            Granularity::Decade => {
                let y0 = y.div_euclid(10) * 10;
                let (a, b) = match self {
                    Part::Early => (y0, y0 + 4),
                    Part::Mid => (y0 + 3, y0 + 6),
                    Part::Late => (y0 + 5, y0 + 9),
                };
                (days_from_civil(a, 1, 1), days_from_civil(b, 12, 31))
            }
            Granularity::Month => {
                let (ms, me) = month_start_end(y, m);
                match self {
                    Part::Early => (ms, ms + 14),
                    Part::Mid => (ms + 10, ms + 19),
                    Part::Late => (ms + 15, me),
                }
            }
            Granularity::Week => match self {
                Part::Early => (s, s + 2),
                Part::Mid => (s + 1, s + 4),
                Part::Late => (s + 3, e),
            },
            _ => {
                let third = ((e - s + 1) / 3).max(1);
                match self {
                    Part::Early => (s, s + third - 1),
                    Part::Mid => (s + third, e - third),
                    Part::Late => (e - third + 1, e),
                }
            }
        };
        // Inside the unit as it was read ("earlier this month" ends today).
        let a = a.clamp(s, e);
        (a, b.clamp(a, e))
    }
}

/// A span of days written as its first and last day ("2017-05-04/2017-05-22").
pub(super) fn day_span(g: Granularity, start: Day, end: Day, relative: bool) -> TimeExpr {
    cal(
        g,
        start,
        end,
        relative,
        format!("{}/{}", fmt_day(start), fmt_day(end)),
    )
}

pub(super) fn cal(g: Granularity, start: Day, end: Day, relative: bool, timex: String) -> TimeExpr {
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

pub(super) fn unres(g: Granularity, timex: String) -> TimeExpr {
    TimeExpr {
        start: None,
        end: None,
        relative: true,
        ..cal(g, 0, 0, true, timex)
    }
}

pub(super) fn year_ex(y: i32, relative: bool) -> TimeExpr {
    cal(
        Granularity::Year,
        days_from_civil(y, 1, 1),
        days_from_civil(y, 12, 31),
        relative,
        timex_of(y, &[]),
    )
}

pub(super) fn month_ex(y: i32, m: u32, part: Option<Part>, relative: bool) -> TimeExpr {
    let (s, e) = month_start_end(y, m);
    let timex = timex_of(y, &[("-", m)]);
    match part {
        None => cal(Granularity::Month, s, e, relative, timex),
        Some(p) => {
            let (a, b) = p.within(Granularity::Month, s, e);
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

pub(super) fn day_ex(z: Day, relative: bool) -> TimeExpr {
    cal(Granularity::Day, z, z, relative, fmt_day(z))
}

pub(super) fn week_ex(any_day: Day, relative: bool) -> TimeExpr {
    let monday = any_day - weekday(any_day);
    let (iy, w) = iso_week_of(monday);
    let timex = timex_of(iy, &[("-W", w)]);
    cal(Granularity::Week, monday, monday + 6, relative, timex)
}

pub(super) fn unres_timex(g: Granularity) -> String {
    match g {
        Granularity::Century | Granularity::Decade | Granularity::Year => "XXXX",
        Granularity::Week => "XXXX-WXX",
        Granularity::Day | Granularity::Minute => "XXXX-XX-XX",
        _ => "XXXX-XX",
    }
    .to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn timex_digits_are_written_as_format_writes_them() {
        // Days from before year 0 to after year 9999, and every day of 1999
        // to 2001 (months, days and ISO weeks of every length).
        let far = (-3_000_000..=3_000_000).step_by(9_973);
        let near = days_from_civil(1999, 1, 1)..days_from_civil(2002, 1, 1);
        for z in far.chain(near) {
            let (y, m, d) = civil_from_days(z);
            assert_eq!(fmt_day(z), format!("{y:04}-{m:02}-{d:02}"), "{z}");
            assert_eq!(year_ex(y, false).timex, format!("{y:04}"), "{z}");
            assert_eq!(month_ex(y, m, None, false).timex, format!("{y:04}-{m:02}"));
            let (iy, w) = iso_week_of(z - weekday(z));
            assert_eq!(week_ex(z, false).timex, format!("{iy:04}-W{w:02}"), "{z}");
        }
    }

    #[test]
    fn a_count_timex_is_written_as_format_writes_it() {
        // Whole counts of every length up to the fifteen digits written by
        // hand, the counts past them, and counts `format!` writes alone.
        let mut counts: Vec<f64> = (0..15).map(|k| 10f64.powi(k)).collect();
        counts.extend((0..15).map(|k| 10f64.powi(k + 1) - 1.0));
        counts.extend([1e15, 1e15 + 1.0, 2.5e20, 0.0, -0.0, -3.0, 0.5, 9.5, 1.25]);
        counts.extend((1..=120).map(f64::from));
        for v in counts {
            assert_eq!(count_timex("PT", v, "M"), format!("PT{v}M"), "{v}");
        }
    }
}
