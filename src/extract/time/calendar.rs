//! Calendar parsers: full dates in the usual orders, months, years and year ranges, decades, parts of years and months, quarters and seasons.

use super::*;

pub(super) const ISO_DATE: Starts = DIGIT;

/// "2022-02-17"
pub(super) fn iso_date<'a>(_c: &Ctx<'_>, i: &'a str) -> Res<'a, TimeExpr> {
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

pub(super) const WEEKDAY_DATE: Starts = WEEKDAY;

/// "Tuesday, May 19, 2017", "Wed., 19 May"
pub(super) fn weekday_date<'a>(c: &Ctx<'_>, i: &'a str) -> Res<'a, TimeExpr> {
    let (r, _) = weekday_name(i)?;
    let (r, _) = csp(r)?;
    alt((|i| date_md(c, i), |i| date_dm(c, i))).parse(r)
}

/// Range separator between two day numbers: "-", "to", "through", "until".
pub(super) fn range_sep(i: &str) -> Res<'_, ()> {
    alt((
        (sp0, dash, sp0).map(|_| ()),
        (sp1, |i| kw_idx(i, &["to", "through", "until", "till"]), sp1).map(|_| ()),
    ))
    .parse(i)
}

/// A day (or day range) in month `m` of year `y` (or the most recent at or before the reference).
pub(super) fn resolve_days(
    c: &Ctx<'_>,
    y: Option<i32>,
    m: u32,
    d1: u32,
    d2: Option<u32>,
) -> Option<TimeExpr> {
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
                day_span(Granularity::Day, s, e, relative)
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

pub(super) const DATE_MD: Starts = MONTH;

/// "May 19, 2017", "Jan. 5", "May 4-22, 2017"
pub(super) fn date_md<'a>(c: &Ctx<'_>, i: &'a str) -> Res<'a, TimeExpr> {
    let (r, mt) = month_name(i)?;
    let (r, _) = sp1(r)?;
    let (r, d1) = day_num(r)?;
    let (r, d2) = opt(preceded(range_sep, day_num)).parse(r)?;
    let (r, y) = opt(year_tail).parse(r)?;
    let ex = resolve_days(c, y, mt.month, d1, d2).ok_or_else(|| err(i))?;
    Ok((r, ex))
}

pub(super) const DATE_DM: Starts = starts(DIGIT | THE_BEFORE, &["from", "between"]);

/// "19 May 2017", "the 19th of May", "4-22 May", "from 4 to 22 this month"
pub(super) fn date_dm<'a>(c: &Ctx<'_>, i: &'a str) -> Res<'a, TimeExpr> {
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
        let (r2, y) = opt(year_tail).parse(r2)?;
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
    Ok((r, day_span(Granularity::Day, s, e, true)))
}

pub(super) const MONTH_YEAR: Starts = starts(MONTH, &["early", "mid", "late"]);

/// "January 2013", "late January 2013", "February of this year"
pub(super) fn month_year<'a>(c: &Ctx<'_>, i: &'a str) -> Res<'a, TimeExpr> {
    let (r, part) = opt(part_mod).parse(i)?;
    let (r, mt) = month_name(r)?;
    let (r, _) = alt(((sp1, |i| kw(i, "of"), sp1).map(|_| ()), csp)).parse(r)?;
    if let Ok((r2, y)) = alt((any_year, year_in_words)).parse(r) {
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
pub(super) enum Pre {
    Part(Part),
    Rel(i32),
}

pub(super) fn pre_mod(i: &str) -> Res<'_, Pre> {
    alt((part_mod.map(Pre::Part), rel_word_sp.map(Pre::Rel))).parse(i)
}

pub(super) const MONTH_ALONE: Starts =
    starts(MONTH, &["early", "mid", "late", "last", "this", "next"]);

/// "in February", "last December", "late December", "mid-March"
pub(super) fn month_alone<'a>(c: &Ctx<'_>, i: &'a str) -> Res<'a, TimeExpr> {
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

pub(super) const BOUNDARY: Starts = starts(THE_BEFORE, &["beginning", "start", "middle", "end"]);

/// "the end of this month", "the beginning of 2020", "end-March", "the middle of the year"
pub(super) fn boundary<'a>(c: &Ctx<'_>, i: &'a str) -> Res<'a, TimeExpr> {
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
            &[
                (rel_unit, REL_UNIT),
                (month_year, MONTH_YEAR),
                (month_alone, MONTH_ALONE),
                (season, SEASON),
                (plain_year, PLAIN_YEAR),
            ],
        )
    }))
    .parse(r)?;
    let part = [Part::Early, Part::Early, Part::Mid, Part::Late][k];
    Ok((r, narrow(inner, part)))
}

pub(super) const PLAIN_YEAR: Starts = DIGIT;

pub(super) fn plain_year<'a>(_c: &Ctx<'_>, i: &'a str) -> Res<'a, TimeExpr> {
    let (r, y) = any_year(i)?;
    Ok((r, year_ex(y, false)))
}

pub(super) fn narrow(inner: TimeExpr, part: Part) -> TimeExpr {
    let timex = format!("{}-{}", inner.timex, part.label());
    let (Some(s), Some(e)) = (inner.start, inner.end) else {
        return TimeExpr { timex, ..inner };
    };
    let (a, b) = part.within(inner.granularity, s, e);
    let g = match inner.granularity {
        Granularity::Year => Granularity::Month,
        g => g,
    };
    TimeExpr {
        start: Some(a),
        end: Some(b),
        granularity: g,
        timex,
        ..inner
    }
}

pub(super) const YEAR_RANGE: Starts = starts(DIGIT, &["from", "between"]);

/// "2010-2013", "2012-13", "from 2010 to 2013", "between 2010 and 2013"
pub(super) fn year_range<'a>(_c: &Ctx<'_>, i: &'a str) -> Res<'a, TimeExpr> {
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

pub(super) const YEAR_EXPR: Starts = starts(DIGIT, &["early", "mid", "late"]);

/// "2013", "early 2020", "mid-2020", "late 2020"
pub(super) fn year_expr<'a>(_c: &Ctx<'_>, i: &'a str) -> Res<'a, TimeExpr> {
    let (r, part) = opt(part_mod).parse(i)?;
    let (r, y) = year_in(r, 1900, 2099)?;
    let ex = match part {
        None => year_ex(y, false),
        Some(p) => {
            let (a, b) = p.within(
                Granularity::Year,
                days_from_civil(y, 1, 1),
                days_from_civil(y, 12, 31),
            );
            cal(
                Granularity::Month,
                a,
                b,
                false,
                format!("{y:04}-{}", p.label()),
            )
        }
    };
    Ok((r, ex))
}

pub(super) fn apostrophe(i: &str) -> Res<'_, char> {
    satisfy(|c| c == '\'' || c == '\u{2019}').parse(i)
}

pub(super) const DECADE: Starts = starts(DIGIT | THE_BEFORE, &["early", "mid", "late"]);

/// "the 1990s", "the early 1990s", "mid-1990s", "the '90s"
pub(super) fn decade<'a>(c: &Ctx<'_>, i: &'a str) -> Res<'a, TimeExpr> {
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
    let (s, e) = (days_from_civil(y0, 1, 1), days_from_civil(y0 + 9, 12, 31));
    let (a, b) = part.map_or((s, e), |p| p.within(Granularity::Decade, s, e));
    let mut timex = format!("{:03}X", y0 / 10);
    if let Some(p) = part {
        timex = format!("{timex}-{}", p.label());
    }
    Ok((r, cal(Granularity::Decade, a, b, false, timex)))
}

/// Ordinal 1..=53, or 0 for "last"/"final".
pub(super) fn ordinal(i: &str) -> Res<'_, u32> {
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
    let (r, _) = ordinal_suffix(r)?;
    let (r, _) = end_word(r)?;
    Ok((r, to_u32(d)))
}

pub(super) enum Anchor {
    Year(i32),
    RelYear(i32),
    Month(u32, Option<i32>),
    /// "this month", "next month": months from the reference's.
    RelMonth(i32),
}

pub(super) fn year_anchor(i: &str) -> Res<'_, Anchor> {
    alt((
        alt((any_year, year_in_words)).map(Anchor::Year),
        terminated(rel_word_sp, |i| kw(i, "year")).map(Anchor::RelYear),
        (|i| kw_sp(i, "the"), |i| kw(i, "year")).map(|_| Anchor::RelYear(0)),
    ))
    .parse(i)
}

pub(super) const PART_OF_YEAR: Starts = starts(DIGIT | NUMBER | THE_BEFORE, &["last", "final"]);

/// "the first half of this year", "the second quarter of 2021", "the third week of 2027",
/// "the first week of May"
pub(super) fn part_of_year<'a>(c: &Ctx<'_>, i: &'a str) -> Res<'a, TimeExpr> {
    let (r, _) = opt(|i| kw_sp(i, "the")).parse(i)?;
    let (r, (n, unit)) = ordinal_unit(r, &["half", "quarter", "week"])?;
    let (r, _) = sp1(r)?;
    let (r, _) = opt(|i| kw_sp(i, "of")).parse(r)?;
    let month_anchor = |i| {
        let (r, mt) = month_name(i)?;
        let (r, y) = opt(year_tail).parse(r)?;
        Ok((r, Anchor::Month(mt.month, y)))
    };
    let rel_month = |i| {
        let (r, d) = rel_word_sp(i)?;
        let (r, _) = kw(r, "month")?;
        Ok((r, Anchor::RelMonth(d)))
    };
    let (r, anchor) = if unit == 2 {
        alt((year_anchor, month_anchor, rel_month)).parse(r)?
    } else {
        year_anchor(r)?
    };
    let (y, relative) = match anchor {
        Anchor::Year(y) => (Some(y), false),
        Anchor::RelYear(d) => rel_year(c, d),
        Anchor::Month(m, y) => {
            return week_of_month(c, r, i, n, m, y);
        }
        Anchor::RelMonth(d) => {
            let Some(rf) = c.reference else {
                return Ok((r, unres(Granularity::Week, format!("XXXX-XX-W{n}"))));
            };
            let (ry, rm, _) = civil_from_days(rf);
            let (y, m) = add_months(ry, rm, d);
            let (r, ex) = week_of_month(c, r, i, n, m, Some(y))?;
            return Ok((
                r,
                TimeExpr {
                    relative: true,
                    ..ex
                },
            ));
        }
    };
    match year_part(unit, n, y, relative) {
        Some(ex) => Ok((r, ex)),
        None => fail(i),
    }
}

/// An ordinal and the unit it counts, by its index in `units`, joined by a
/// space or a hyphen: "third quarter", "first-half", "last week" (0 for
/// "last" and "final", see [`ordinal`]).
pub(super) fn ordinal_unit<'a>(i: &'a str, units: &[&str]) -> Res<'a, (u32, usize)> {
    let (r, n) = ordinal(i)?;
    let (r, _) = alt((sp1, recognize(dash))).parse(r)?;
    let (r, unit) = kw_idx(r, units)?;
    Ok((r, (n, unit)))
}

/// The year `d` years from the reference's (None without one), relative.
fn rel_year(c: &Ctx<'_>, d: i32) -> (Option<i32>, bool) {
    (c.reference.map(|rf| civil_from_days(rf).0 + d), true)
}

/// Part `n` (0 for the last) of year `y` (None when unresolved): a half,
/// a quarter or a week by `unit` (0, 1, 2); None past the year's count.
fn year_part(unit: usize, n: u32, y: Option<i32>, relative: bool) -> Option<TimeExpr> {
    let g = [Granularity::Half, Granularity::Quarter, Granularity::Week][unit];
    let count = match unit {
        0 => 2,
        1 => 4,
        _ => y.map_or(52, iso_weeks_in_year),
    };
    let n = if n == 0 { count } else { n };
    if n == 0 || n > count {
        return None;
    }
    let Some(y) = y else {
        let timex = match unit {
            0 => format!("XXXX-H{n}"),
            1 => format!("XXXX-Q{n}"),
            _ => format!("XXXX-W{n:02}"),
        };
        return Some(unres(g, timex));
    };
    Some(match unit {
        0 => half_ex(y, n, relative),
        1 => quarter_ex(y, n, relative),
        _ => week_ex(iso_week_monday(y, n), relative),
    })
}

pub(super) const YEAR_POSSESSIVE_PART: Starts = starts(DIGIT, &["last", "this", "next"]);

/// A half or a quarter after its year in the possessive, as business news
/// writes them: "next year's third quarter", "last year's first half",
/// "2016's fourth-quarter".
pub(super) fn year_possessive_part<'a>(c: &Ctx<'_>, i: &'a str) -> Res<'a, TimeExpr> {
    let (r, (y, relative)) = alt((
        any_year.map(|y| (Some(y), false)),
        terminated(rel_word_sp, |i| kw(i, "year")).map(|d| rel_year(c, d)),
    ))
    .parse(i)?;
    let (r, _) = (apostrophe, nom_char('s'), sp1).parse(r)?;
    let (r, (n, unit)) = ordinal_unit(r, &["half", "quarter"])?;
    match year_part(unit, n, y, relative) {
        Some(ex) => Ok((r, ex)),
        None => fail(i),
    }
}

pub(super) fn half_ex(y: i32, n: u32, relative: bool) -> TimeExpr {
    let m1 = 6 * (n - 1) + 1;
    cal(
        Granularity::Half,
        days_from_civil(y, m1, 1),
        month_start_end(y, m1 + 5).1,
        relative,
        format!("{y:04}-H{n}"),
    )
}

pub(super) fn quarter_ex(y: i32, n: u32, relative: bool) -> TimeExpr {
    let m1 = 3 * (n - 1) + 1;
    cal(
        Granularity::Quarter,
        days_from_civil(y, m1, 1),
        month_start_end(y, m1 + 2).1,
        relative,
        format!("{y:04}-Q{n}"),
    )
}

pub(super) fn week_of_month<'a>(
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
    Ok((r, day_span(Granularity::Week, s, e, relative)))
}

pub(super) const Q_NOTATION: Starts = starts(0, &["q", "h"]);

/// "Q2 2021", "H1 2020", "Q3" (reference year)
pub(super) fn q_notation<'a>(c: &Ctx<'_>, i: &'a str) -> Res<'a, TimeExpr> {
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
        year_anchor,
    );
    let (r, y) = opt(tail).parse(r)?;
    let (y, relative) = match (y, c.reference) {
        (Some(Anchor::Year(y)), _) => (y, false),
        (Some(Anchor::RelYear(d)), Some(rf)) => (civil_from_days(rf).0 + d, true),
        (Some(Anchor::RelYear(_)), None) => {
            let timex = format!("XXXX-{letter}{n}");
            let g = [Granularity::Quarter, Granularity::Half][usize::from(letter == 'H')];
            return Ok((r, unres(g, timex)));
        }
        (Some(Anchor::Month(..) | Anchor::RelMonth(_)), _) => return fail(i),
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

pub(super) const SEASON_CODES: [&str; 4] = ["SP", "SU", "FA", "WI"];

/// Season `s` (0 spring .. 3 winter) of year `y`; winter Y runs from December Y to February Y+1.
pub(super) fn season_bounds(y: i32, s: usize) -> (Day, Day) {
    match s {
        0 => (days_from_civil(y, 3, 1), days_from_civil(y, 5, 31)),
        1 => (days_from_civil(y, 6, 1), days_from_civil(y, 8, 31)),
        2 => (days_from_civil(y, 9, 1), days_from_civil(y, 11, 30)),
        _ => (days_from_civil(y, 12, 1), month_start_end(y + 1, 2).1),
    }
}

pub(super) const SEASON: Starts = starts(
    0,
    &[
        "the", "early", "mid", "late", "last", "this", "next", "spring", "summer", "autumn",
        "fall", "winter",
    ],
);

/// "spring 2021", "the spring of 2021", "last spring", "this summer", "late autumn 2020";
/// "the summer", "mid summer" name a season whose year only the tense tells (left
/// unresolved; not "the fall", as often a drop or a defeat, nor a bare "summer").
pub(super) fn season<'a>(c: &Ctx<'_>, i: &'a str) -> Res<'a, TimeExpr> {
    let (r, the) = opt(|i| kw_sp(i, "the")).parse(i)?;
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
        (Some(Anchor::RelYear(d)), _) => rel_year(c, d),
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
        (None, None | Some(Pre::Part(_))) if (the.is_some() || pre.is_some()) && k != 3 => {
            let timex = format!("XXXX-{}", SEASON_CODES[s]);
            let timex = match part {
                Some(p) => format!("{timex}-{}", p.label()),
                None => timex,
            };
            return Ok((r, unres(Granularity::Season, timex)));
        }
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
