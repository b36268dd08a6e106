//! Single days counted from an anchor: the nth weekday of a month ("the first friday of
//! july", "the second Monday of next month"), a weekday of a named week ("friday of this
//! week", "next week on friday"), offsets from a named day ("two weeks from now", "three
//! weeks from tomorrow", "two sundays from now"), lengths of time ago written in several
//! units ("2 years 1 month 21 days ago"), a day of a relative month ("the 20th of next
//! month") and "past monday".

use super::*;

/// Words before "second sunday" that make it a count, not a date ("for a second Sunday").
const COUNTING: [&str; 7] = ["a", "an", "the", "every", "each", "another", "for"];

/// The month an nth weekday falls in.
#[derive(Clone, Copy)]
enum MonthAnchor {
    Named(u32, Option<i32>),
    Relative(i32),
}

pub(super) const NTH_WEEKDAY: Starts = starts(DIGIT | NUMBER | THE_BEFORE, &["last", "final"]);

/// "the first friday of july", "the first friday in this month", "the third Wednesday of
/// previous month", "second sunday" (this month).
pub(super) fn nth_weekday<'a>(c: &Ctx<'_>, i: &'a str) -> Res<'a, TimeExpr> {
    let (r, the) = opt(|i| kw_sp(i, "the")).parse(i)?;
    let (r, n) = ordinal(r)?;
    let (r, _) = sp1(r)?;
    let (r, wd) = weekday_name(r)?;
    let month_anchor = |i| -> Res<'_, MonthAnchor> {
        let (r, (m, _)) = month_loose(i)?;
        let (r, _) = end_word(r)?;
        let (r, y) = opt(year_tail).parse(r)?;
        Ok((r, MonthAnchor::Named(m, y)))
    };
    let rel_month = |i| -> Res<'_, MonthAnchor> {
        let (r, d) = alt((
            rel_word_sp,
            terminated(|i| kw_idx(i, &["previous", "past"]), sp1).map(|_| -1),
        ))
        .parse(i)?;
        let (r, _) = kw(r, "month")?;
        Ok((r, MonthAnchor::Relative(d)))
    };
    let anchor = preceded(
        (sp1, |i| kw_idx(i, &["of", "in"]), sp1),
        alt((month_anchor, rel_month)),
    );
    let (r, anchor) = opt(anchor).parse(r)?;
    let counting = COUNTING.iter().any(|w| c.prev.eq_ignore_ascii_case(w));
    if anchor.is_none() && (the.is_some() || n == 0 || counting) {
        return fail(i);
    }
    let Some(rf) = c.reference else {
        return Ok((r, unres(Granularity::Day, unres_timex(Granularity::Day))));
    };
    let (ry, rm, _) = civil_from_days(rf);
    let (y, m, relative) = match anchor.unwrap_or(MonthAnchor::Relative(0)) {
        MonthAnchor::Relative(d) => {
            let (y, m) = add_months(ry, rm, d);
            (y, m, true)
        }
        MonthAnchor::Named(m, Some(y)) => (y, m, false),
        MonthAnchor::Named(m, None) => (if m <= rm { ry } else { ry - 1 }, m, true),
    };
    let dim = days_in_month(y, m);
    let first = days_from_civil(y, m, 1);
    let z = if n == 0 {
        let last = days_from_civil(y, m, dim);
        last - (weekday(last) - wd).rem_euclid(7)
    } else {
        first + (wd - weekday(first)).rem_euclid(7) + 7 * (n as i32 - 1)
    };
    if z > first + dim as i32 - 1 {
        return fail(i);
    }
    Ok((r, day_ex(z, relative)))
}

/// Weekday `wd` of the week `delta` weeks from the reference's.
fn weekday_of(c: &Ctx<'_>, wd: i32, delta: i32) -> TimeExpr {
    let Some(rf) = c.reference else {
        return unres(Granularity::Day, unres_timex(Granularity::Day));
    };
    let monday = rf + 7 * delta - weekday(rf);
    day_ex(monday + wd, true)
}

pub(super) const WEEKDAY_OF_WEEK: Starts = starts(WEEKDAY, &["on", "last", "this", "next"]);

/// "friday this week", "tuesday of next week", "on friday next week", "this week on
/// saturday", "next week sunday".
pub(super) fn weekday_of_week<'a>(c: &Ctx<'_>, i: &'a str) -> Res<'a, TimeExpr> {
    let week = |i| terminated(rel_word_sp, |i| kw(i, "week")).parse(i);
    let day_first = |i| -> Res<'_, (i32, i32)> {
        let (r, _) = opt(|i| kw_sp(i, "on")).parse(i)?;
        let (r, wd) = weekday_name(r)?;
        let (r, _) = sp1(r)?;
        let (r, _) = opt(|i| kw_sp(i, "of")).parse(r)?;
        let (r, delta) = week(r)?;
        Ok((r, (wd, delta)))
    };
    let week_first = |i| -> Res<'_, (i32, i32)> {
        let (r, delta) = week(i)?;
        let (r, _) = sp1(r)?;
        let (r, _) = opt(|i| kw_sp(i, "on")).parse(r)?;
        let (r, wd) = weekday_name(r)?;
        Ok((r, (wd, delta)))
    };
    let (r, (wd, delta)) = alt((day_first, week_first)).parse(i)?;
    Ok((r, weekday_of(c, wd, delta)))
}

/// What an offset counts: a unit of time or a weekday ("sundays").
#[derive(Clone, Copy)]
enum Step {
    Unit(Unit),
    Weekday(i32),
}

pub(super) const OFFSET_FROM: Starts = DIGIT | NUMBER;

/// "two weeks from now", "three weeks from tomorrow", "two days after today", "two days
/// before yesterday", "four days from yesterday", "two sundays from now".
pub(super) fn offset_from<'a>(c: &Ctx<'_>, i: &'a str) -> Res<'a, TimeExpr> {
    let (r, (n, _)) = number(i)?;
    if n.fract() != 0.0 || !(1.0..=1000.0).contains(&n) {
        return fail(i);
    }
    let n = n as i32;
    let (r, _) = sp1(r)?;
    let weekday_plural = |i| -> Res<'_, i32> {
        let (r, w) = word(i)?;
        let stem = w.strip_suffix(['s', 'S']).unwrap_or(w);
        match WEEKDAYS.iter().position(|d| stem.eq_ignore_ascii_case(d)) {
            Some(k) => Ok((r, k as i32)),
            None => fail(i),
        }
    };
    let (r, step) = alt((
        unit_word.map(|(u, _)| Step::Unit(u)),
        weekday_plural.map(Step::Weekday),
    ))
    .parse(r)?;
    let (r, _) = sp1(r)?;
    let (r, dir) = kw_idx(r, &["from", "after", "before"])?;
    let (r, _) = sp1(r)?;
    let (r, k) = kw_idx(r, &["now", "today", "tomorrow", "tmrw", "yesterday"])?;
    let shift = [0, 0, 1, 1, -1][k];
    let sign = if dir == 2 { -1 } else { 1 };
    let Some(rf) = c.reference else {
        return Ok((r, unres(Granularity::Day, unres_timex(Granularity::Day))));
    };
    let base = rf + shift;
    let ex = match step {
        Step::Weekday(wd) => {
            let gap = (wd - weekday(base)).rem_euclid(7);
            let next = if sign > 0 {
                base + if gap == 0 { 7 } else { gap }
            } else {
                let back = (weekday(base) - wd).rem_euclid(7);
                base - if back == 0 { 7 } else { back }
            };
            day_ex(next + sign * 7 * (n - 1), true)
        }
        Step::Unit(Unit::Day) => day_ex(base + sign * n, true),
        Step::Unit(Unit::Week) => day_ex(base + sign * 7 * n, true),
        Step::Unit(Unit::Fortnight) => day_ex(base + sign * 14 * n, true),
        Step::Unit(Unit::Month) => {
            let (y, m, _) = civil_from_days(base);
            let (y, m) = add_months(y, m, sign * n);
            month_ex(y, m, None, true)
        }
        Step::Unit(Unit::Year) => year_ex(civil_from_days(base).0 + sign * n, true),
        Step::Unit(_) => return fail(i),
    };
    Ok((r, ex))
}

pub(super) const COMPOUND_AGO: Starts = DIGIT | NUMBER;

/// "1 month 21 days ago", "2 years 1 month 21 days ago", "1 month and 21 days ago",
/// "1 month, 21 days ago": as precise as the finest unit written.
pub(super) fn compound_ago<'a>(c: &Ctx<'_>, i: &'a str) -> Res<'a, TimeExpr> {
    let term = |i| dur_core(c, i);
    fn sep(i: &str) -> Res<'_, ()> {
        alt((
            (sp0, comma, sp0).map(|_| ()),
            (sp1, |i| kw(i, "and"), sp1).map(|_| ()),
            sp1.map(|_| ()),
        ))
        .parse(i)
    }
    // Two terms at least, four at most: a fifth fails the phrase. (Held
    // in place: most figures read one term, and fail before the second.)
    let (r, first) = term(i)?;
    let (mut r, second) = preceded(sep, term).parse(r)?;
    let mut terms = [first, second, first, first];
    let mut count = 2;
    while let Ok((r2, t)) = preceded(sep, term).parse(r) {
        if count == terms.len() {
            return fail(i);
        }
        terms[count] = t;
        count += 1;
        r = r2;
    }
    let (r, _) = (sp1, |i| kw(i, "ago")).parse(r)?;
    let (mut months, mut days, mut finest) = (0i32, 0i32, Granularity::Year);
    for &(n, u) in &terms[..count] {
        if n.fract() != 0.0 || n > 1000.0 {
            return fail(i);
        }
        let n = n as i32;
        match u {
            Unit::Year => months += 12 * n,
            Unit::Month => {
                months += n;
                finest = finest.max(Granularity::Month);
            }
            Unit::Week | Unit::Fortnight => {
                days += if u == Unit::Week { 7 * n } else { 14 * n };
                finest = Granularity::Day;
            }
            Unit::Day => {
                days += n;
                finest = Granularity::Day;
            }
            _ => return fail(i),
        }
    }
    let Some(rf) = c.reference else {
        return Ok((r, unres(finest, unres_timex(finest))));
    };
    let (ry, rm, rd) = civil_from_days(rf);
    let (y, m) = add_months(ry, rm, -months);
    let z = days_from_civil(y, m, rd.min(days_in_month(y, m))) - days;
    let (zy, zm, _) = civil_from_days(z);
    let ex = match finest {
        Granularity::Day => day_ex(z, true),
        Granularity::Month => month_ex(zy, zm, None, true),
        _ => year_ex(zy, true),
    };
    Ok((r, ex))
}

pub(super) const DAY_OF_REL_MONTH: Starts = starts(DIGIT | NUMBER | THE_BEFORE, &[]);

/// "the 20th of next month", "31st of this month", "the 20th next month".
pub(super) fn day_of_rel_month<'a>(c: &Ctx<'_>, i: &'a str) -> Res<'a, TimeExpr> {
    let (r, _) = opt(|i| kw_sp(i, "the")).parse(i)?;
    let (r, (d, form)) = day_any(r)?;
    if matches!(form, DayForm::Digits | DayForm::CardinalWords) {
        return fail(i);
    }
    let (r, _) = sp1(r)?;
    let (r, _) = opt(|i| kw_sp(i, "of")).parse(r)?;
    let (r, delta) = rel_word_sp(r)?;
    let (r, _) = kw(r, "month")?;
    let Some(rf) = c.reference else {
        return Ok((r, unres(Granularity::Day, format!("XXXX-XX-{d:02}"))));
    };
    let (ry, rm, _) = civil_from_days(rf);
    let (y, m) = add_months(ry, rm, delta);
    if !valid_ymd(y, m, d) {
        return fail(i);
    }
    Ok((r, day_ex(days_from_civil(y, m, d), true)))
}

pub(super) const PAST_WEEKDAY: Starts = starts(0, &["past"]);

/// "past monday": the last one before the reference.
pub(super) fn past_weekday<'a>(c: &Ctx<'_>, i: &'a str) -> Res<'a, TimeExpr> {
    let (r, _) = kw_sp(i, "past")?;
    let (r, wd) = weekday_name(r)?;
    let Some(rf) = c.reference else {
        return Ok((r, unres(Granularity::Day, format!("XXXX-WXX-{}", wd + 1))));
    };
    let back = (weekday(rf) - wd).rem_euclid(7);
    Ok((r, day_ex(rf - if back == 0 { 7 } else { back }, true)))
}
