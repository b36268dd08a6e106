//! Ranges between two dates: "from Oct. 2 to October 22", "between 2015 and Feb 2018",
//! "today till tomorrow", "from 4 to January 22, 1995", "4 till 23 of this month",
//! "between November 15th through the 19th", "next week from Wednesday to Friday".

use super::*;

/// What may stand at either end of a range.
const ENDPOINTS: [P; 16] = [
    iso_date,
    weekday_date,
    date_md,
    date_dm,
    month_year,
    month_alone,
    year_expr,
    day_word,
    weekday_expr,
    rel_unit,
    part_of_year,
    q_notation,
    season,
    month_phrase,
    year_month_num,
    year_then_part,
];

enum End {
    Full(TimeExpr),
    /// A bare day of the month ("4", "the 19th", "Friday the 2nd"): its month comes
    /// from the other end or from what follows the range.
    Day(u32),
}

fn endpoint<'a>(c: &Ctx<'_>, i: &'a str) -> Res<'a, End> {
    let bare = |i| {
        let (r, _) = opt(terminated(weekday_name, csp)).parse(i)?;
        let (r, _) = opt(|i| kw_sp(i, "the")).parse(r)?;
        day_num(r)
    };
    let full = longest(c, i, &ENDPOINTS);
    let day = bare(i);
    match (full, day) {
        (Ok((rf, f)), Ok((rd, _))) if rf.len() <= rd.len() => Ok((rf, End::Full(f))),
        (_, Ok((rd, d))) => Ok((rd, End::Day(d))),
        (Ok((rf, f)), _) => Ok((rf, End::Full(f))),
        (Err(e), _) => Err(e),
    }
}

/// The separator: "to", "through", "until", "till", "thru" or a dash; after "between"
/// also "and".
fn separator(i: &str, between: bool) -> Res<'_, ()> {
    let words: &[&str] = if between {
        &["and", "through", "to", "thru"]
    } else {
        &["to", "through", "until", "till", "thru"]
    };
    alt((
        (sp0, dash, sp0).map(|_| ()),
        (sp1, |i| kw_idx(i, words), sp1).map(|_| ()),
    ))
    .parse(i)
}

/// The day `d` in the month of `other` (a day expression).
fn same_month(other: &TimeExpr, d: u32) -> Option<TimeExpr> {
    if other.granularity != Granularity::Day {
        return None;
    }
    match other.start {
        Some(s) => {
            let (y, m, _) = civil_from_days(s);
            valid_ymd(y, m, d).then(|| day_ex(days_from_civil(y, m, d), other.relative))
        }
        None => {
            let month = other.timex.get(..8).filter(|p| p.ends_with('-'))?;
            (d <= 31).then(|| unres(Granularity::Day, format!("{month}{d:02}")))
        }
    }
}

/// The month a pair of bare days belongs to: " of this month", " in next month",
/// " of Sept", " Feb 2018".
fn month_tail<'a>(c: &Ctx<'_>, i: &'a str) -> Res<'a, (Option<(i32, u32)>, bool)> {
    let (r, _) = sp1(i)?;
    let (r, _) = opt(terminated(|i| kw_idx(i, &["of", "in"]), sp1)).parse(r)?;
    if let Ok((r2, delta)) = terminated(rel_word_sp, |i| kw(i, "month")).parse(r) {
        let ym = c.reference.map(|rf| {
            let (ry, rm, _) = civil_from_days(rf);
            add_months(ry, rm, delta)
        });
        return Ok((r2, (ym, true)));
    }
    let (r, mt) = month_name(r)?;
    let (r, y) = opt(preceded(csp, any_year)).parse(r)?;
    match (y, c.reference) {
        (Some(y), _) => Ok((r, (Some((y, mt.month)), false))),
        (None, Some(rf)) => {
            let (ry, rm, _) = civil_from_days(rf);
            Ok((r, (Some((ry - i32::from(mt.month > rm), mt.month)), true)))
        }
        (None, None) => Ok((r, (None, true))),
    }
}

/// The range from `a` to `b`, resolved when both ends are.
fn join(a: &TimeExpr, b: &TimeExpr) -> Option<TimeExpr> {
    let g = a.granularity.max(b.granularity);
    let relative = a.relative || b.relative;
    match (a.start, b.end.or(b.start)) {
        (Some(s), Some(e)) if s < e => {
            let mut ex = if g == Granularity::Day {
                day_span(g, s, e, relative)
            } else {
                cal(g, s, e, relative, format!("{}/{}", a.timex, b.timex))
            };
            ex.granularity = g;
            Some(ex)
        }
        (Some(_), Some(_)) => None,
        _ => Some(unres(g, format!("{}/{}", a.timex, b.timex))),
    }
}

/// "from X to Y", "between X and Y", "X to Y", "X - Y"
pub(in super::super) fn date_range<'a>(c: &Ctx<'_>, i: &'a str) -> Res<'a, TimeExpr> {
    if let Ok(ok) = week_days(c, i) {
        return Ok(ok);
    }
    let (r, lead) = opt(terminated(|i| kw_idx(i, &["from", "between"]), sp1)).parse(i)?;
    let inner = Ctx {
        prev: if lead.is_some() { "from" } else { c.prev },
        ..*c
    };
    let (r, a) = endpoint(&inner, r)?;
    let (r, _) = separator(r, lead == Some(1))?;
    let right = Ctx { prev: "to", ..*c };
    let (r, b) = endpoint(&right, r)?;
    let ex = match (a, b) {
        (End::Full(a), End::Full(b)) => join(&a, &b),
        (End::Day(d), End::Full(b)) => same_month(&b, d).and_then(|a| join(&a, &b)),
        (End::Full(a), End::Day(d)) => same_month(&a, d).and_then(|b| join(&a, &b)),
        (End::Day(d1), End::Day(d2)) => {
            let (r2, (ym, relative)) = month_tail(c, r)?;
            let ex = match ym {
                Some((y, m)) if d1 < d2 && valid_ymd(y, m, d2) => day_span(
                    Granularity::Day,
                    days_from_civil(y, m, d1),
                    days_from_civil(y, m, d2),
                    relative,
                ),
                Some(_) => return fail(i),
                None => unres(Granularity::Day, format!("XXXX-XX-{d1:02}/XXXX-XX-{d2:02}")),
            };
            return Ok((r2, ex));
        }
    };
    ex.map(|ex| (r, ex)).ok_or_else(|| err(i))
}

/// A weekday, abbreviations allowed without a period in a range ("Tue to Thur").
fn weekday_in_range(i: &str) -> Res<'_, i32> {
    if let Ok(ok) = weekday_name(i) {
        return Ok(ok);
    }
    let (r, w) = word(i)?;
    match WEEKDAY_ABBR.iter().find(|(a, _)| w.eq_ignore_ascii_case(a)) {
        Some(&(_, d)) => Ok((r, d)),
        None => fail(i),
    }
}

/// "this week from Tue to Thur", "next week between Wednesday and Friday"
fn week_days<'a>(c: &Ctx<'_>, i: &'a str) -> Res<'a, TimeExpr> {
    let (r, delta) = rel_word_sp(i)?;
    let (r, _) = (|i| kw(i, "week"), sp1).parse(r)?;
    let (r, lead) = terminated(|i| kw_idx(i, &["from", "between"]), sp1).parse(r)?;
    let (r, d1) = weekday_in_range(r)?;
    let (r, _) = separator(r, lead == 1)?;
    let (r, d2) = weekday_in_range(r)?;
    if d2 <= d1 {
        return fail(i);
    }
    let week = rel_unit_ex(c, 2, delta, None);
    let Some(mon) = week.start else {
        return Ok((r, unres(Granularity::Week, week.timex)));
    };
    let (s, e) = (mon + d1, mon + d2);
    Ok((r, day_span(Granularity::Day, s, e, true)))
}
