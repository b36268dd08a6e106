//! Relative expressions resolved against the reference date: last/this/next year, month and week, yesterday/today/tomorrow, weekdays.

use super::*;

/// Relative unit expression: unit 0 year, 1 month, 2 week, 3 weekend; `delta` in units;
/// `half` Some(false) = "earlier this", Some(true) = "later this".
pub(super) fn rel_unit_ex(c: &Ctx<'_>, unit: usize, delta: i32, half: Option<bool>) -> TimeExpr {
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

pub(super) const REL_UNIT: Starts = starts(0, &["earlier", "later", "last", "this", "next"]);

/// "last year", "this month", "next week", "earlier this month", "later this year", "this
/// weekend", "later in the year", "earlier in the week" (the reference's)
pub(super) fn rel_unit<'a>(c: &Ctx<'_>, i: &'a str) -> Res<'a, TimeExpr> {
    let (r, half) = opt(terminated(
        |i| kw_idx(i, &["earlier", "later"]).map(|(r, k)| (r, k == 1)),
        sp1,
    ))
    .parse(i)?;
    let in_the = (|i| kw_sp(i, "in"), |i| kw_sp(i, "the")).map(|_| 0);
    let (r, delta) = if half.is_some() {
        alt((rel_word_sp, in_the)).parse(r)?
    } else {
        rel_word_sp(r)?
    };
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

pub(super) const DAY_WORD: Starts = starts(
    0,
    &["the", "yesterday", "today", "tonight", "tomorrow", "tmrw"],
);

/// "yesterday", "today", "tonight", "tomorrow", "the day before yesterday"
pub(super) fn day_word<'a>(c: &Ctx<'_>, i: &'a str) -> Res<'a, TimeExpr> {
    let long = (
        |i| kw_sp(i, "the"),
        |i| kw_sp(i, "day"),
        |i| {
            kw_sp(i, "before")
                .map(|(r, _)| (r, -1))
                .or_else(|_| kw_sp(i, "after").map(|(r, _)| (r, 1)))
        },
        |i| kw_idx(i, &["yesterday", "tomorrow", "tmrw"]).map(|(r, k)| (r, k.min(1))),
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
        (|i| kw_idx(i, &["yesterday", "today", "tonight", "tomorrow", "tmrw"]))
            .map(|k| [-1, 0, 0, 1, 1][k]),
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

pub(super) const WEEKDAY_EXPR: Starts = starts(WEEKDAY, &["last", "this", "next", "early", "late"]);

/// "Monday", "late Monday", "last Tuesday", "Wednesday night"
pub(super) fn weekday_expr<'a>(c: &Ctx<'_>, i: &'a str) -> Res<'a, TimeExpr> {
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
        // "this Friday", "next Sunday": that day of this week, of next week.
        Some(d) => rf - rw + 7 * d + wd,
        _ => rf - (rw - wd).rem_euclid(7),
    };
    Ok((r, day_ex(z, true)))
}
