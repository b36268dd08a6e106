//! Spans anchored on a day: "the week of November 30th", "the week starting
//! February 4", "w/c Feb 4", "a week starting tomorrow", "2 weeks starting May 20th",
//! "for 3 days from today", "within 2 weeks from today", "less than 3 days after
//! tomorrow".

use super::*;

/// The day a span hangs on, as the single-day parsers read it.
fn anchor_day<'a>(c: &Ctx<'_>, i: &'a str) -> Res<'a, TimeExpr> {
    let ctx = Ctx { prev: "of", ..*c };
    let (r, d) = longest(&ctx, i, &DAY_PARSERS)?;
    if !d.is_single_day() {
        return fail(i);
    }
    Ok((r, d))
}

/// `n` units (0 day, 1 week, 2 month, 3 year) from `day` on, that day included.
fn from_day(day: &TimeExpr, n: u32, unit: usize) -> TimeExpr {
    let g = UNIT_GRAIN[unit];
    match day.start {
        Some(s) => day_span(g, s, shift(s, unit, n as i32) - 1, day.relative),
        None => unres(
            g,
            format!("{}/P{n}{}", day.timex, ["D", "W", "M", "Y"][unit]),
        ),
    }
}

/// "a week", "2 weeks", "three days": a count and a unit shorter than a decade.
fn length(i: &str) -> Res<'_, (u32, usize)> {
    let one = |i| kw_idx(i, &["a", "an", "one"]).map(|(r, _)| (r, 1));
    let (r, n) = alt((one, count)).parse(i)?;
    let (r, _) = sp1(r)?;
    let (r, k) = kw_idx(r, &UNITS[..8])?;
    Ok((r, (n, k / 2)))
}

/// "starting", "beginning on", "commencing", "starting from"
fn starting(i: &str) -> Res<'_, ()> {
    let (r, _) = kw_idx(i, &["starting", "beginning", "commencing"])?;
    let (r, _) = opt(preceded(sp1, |i| kw_idx(i, &["on", "from"]))).parse(r)?;
    let (r, _) = sp1(r)?;
    Ok((r, ()))
}

pub(in super::super) const WEEK_OF: Starts = starts(THE_BEFORE, &["w", "week"]);

/// "the week of November 30th" (the Monday-to-Sunday week holding the day), "the week
/// starting February 4", "w/c Feb 4" (seven days from the day).
pub(in super::super) fn week_of<'a>(c: &Ctx<'_>, i: &'a str) -> Res<'a, TimeExpr> {
    if let Ok((r, _)) = (|i| tag_no_case("w/c")(i), sp1).parse(i) {
        let (r, day) = anchor_day(c, r)?;
        return Ok((r, from_day(&day, 1, 1)));
    }
    let (r, _) = opt(|i| kw_sp(i, "the")).parse(i)?;
    let (r, _) = (|i| kw(i, "week"), sp1).parse(r)?;
    if let Ok((r, _)) = starting(r) {
        let (r, day) = anchor_day(c, r)?;
        return Ok((r, from_day(&day, 1, 1)));
    }
    let (r, _) = kw_sp(r, "of")?;
    let (r, day) = anchor_day(c, r)?;
    let ex = match day.start {
        Some(s) => week_ex(s, day.relative),
        None => unres(Granularity::Week, day.timex),
    };
    Ok((r, ex))
}

pub(in super::super) const SPAN_FROM_DAY: Starts =
    starts(DIGIT | NUMBER, &["for", "within", "less"]);

/// "a week starting tomorrow", "3 days starting from next Monday", "for 1 week, from
/// 20th Dec", "within 2 weeks from today", "less than 3 days after tomorrow": so many
/// units from a day on. ("3 days from today" alone is one day: `offset_day`.)
pub(in super::super) fn span_from_day<'a>(c: &Ctx<'_>, i: &'a str) -> Res<'a, TimeExpr> {
    let lead = |i| {
        alt((
            (|i| kw(i, "for"), sp1).map(|_| 0),
            (|i| kw(i, "within"), sp1).map(|_| 1),
            (|i| kw_sp(i, "less"), |i| kw(i, "than"), sp1).map(|_| 1),
        ))
        .parse(i)
    };
    let (r, lead) = opt(lead).parse(i)?;
    let (r, (n, unit)) = length(r)?;
    let joined = |i| -> Res<'_, ()> {
        // "starting" makes the span by itself: "for" stays outside it, as it
        // does before any other date ("for a week starting tomorrow").
        if lead != Some(0) {
            if let Ok((r, _)) = preceded(sp1, starting).parse(i) {
                return Ok((r, ()));
            }
        }
        // "from" after a length needs a word before it that makes it a span.
        let words: &[&str] = match lead {
            Some(0) => &["from"],
            Some(_) => &["from", "after"],
            None => return fail(i),
        };
        let (r, _) = (opt(comma), sp1, |i| kw_idx(i, words), sp1).parse(i)?;
        Ok((r, ()))
    };
    let (r, _) = joined(r)?;
    let (r, day) = anchor_day(c, r)?;
    Ok((r, from_day(&day, n, unit)))
}
