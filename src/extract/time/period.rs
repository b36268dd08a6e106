//! Periods the older calendar parsers do not read: month phrases ("the month of
//! June", "this Jan"), year-months written with figures ("2016-11", "11/2016",
//! "2016 November", "2016 Q3"), decades in words ("the seventies", "the noughties"),
//! spans counted from the reference date ("the next 3 days", "the past two decades",
//! "within 5 years"), parts of relative units ("late next week"), "the rest of the
//! month", "the week after next", and ranges between two dates ("from Oct. 2 to
//! October 22", "between 2015 and Feb 2018", "4 till 23 of this month").

use super::*;
use crate::extract::number::{parse_number, NumKind};

/// The period parsers, tried together; the longest reading wins.
pub(super) fn period<'a>(c: &Ctx<'_>, i: &'a str) -> Res<'a, TimeExpr> {
    longest(c, i, &PERIODS)
}

pub(super) const PERIOD: Starts = union(&PERIODS);

const PERIODS: [G; 16] = [
    (month_phrase, MONTH_PHRASE),
    (year_month_num, YEAR_MONTH_NUM),
    (year_then_part, YEAR_THEN_PART),
    (decade_words, DECADE_WORDS),
    (counted_span, COUNTED_SPAN),
    (alias_unit, ALIAS_UNIT),
    (part_rel_unit, PART_REL_UNIT),
    (rest_of, REST_OF),
    (after_next, AFTER_NEXT),
    (date_range, DATE_RANGE),
    (week_of, WEEK_OF),
    (span_from_day, SPAN_FROM_DAY),
    (year_words_alone, YEAR_WORDS_ALONE),
    (year_numbered, YEAR_NUMBERED),
    (century, CENTURY),
    (year_to_date, YEAR_TO_DATE),
];

/// Words at which only a period parser can start (the scanner's own list has the rest),
/// in lower case.
pub(super) const PERIOD_TRIGGERS: [&str; 16] = [
    "month",
    "year",
    "week",
    "w",
    "for",
    "less",
    "coming",
    "upcoming",
    "current",
    "following",
    "past",
    "previous",
    "within",
    "rest",
    "noughties",
    "nineties",
];

// ---------------------------------------------------------------------------------------
// Months
// ---------------------------------------------------------------------------------------

/// A month name as `month_name` reads it, or a lowercase abbreviation other than
/// "mar" (a verb) when the context already says a date is meant ("last sept", "2016, nov").
fn month_in_context(i: &str) -> Res<'_, u32> {
    if let Ok((r, mt)) = month_name(i) {
        return Ok((r, mt.month));
    }
    let (r, w) = word(i)?;
    match MONTH_ABBR
        .iter()
        .find(|(a, m)| *m != 3 && w.eq_ignore_ascii_case(a))
    {
        Some(&(_, m)) => {
            let (r, _) = opt(nom_char('.')).parse(r)?;
            Ok((r, m))
        }
        None => fail(i),
    }
}

/// Month `m` relative to the reference: `delta` None = the most recent one (this one
/// included), Some(-1/0/1) = last / this / next, as `month_alone` reads them.
fn month_near(c: &Ctx<'_>, m: u32, delta: Option<i32>) -> TimeExpr {
    let Some(rf) = c.reference else {
        return unres(Granularity::Month, format!("XXXX-{m:02}"));
    };
    let (ry, rm, _) = civil_from_days(rf);
    let y = match delta {
        None => ry - i32::from(m > rm),
        Some(-1) => ry - i32::from(m >= rm),
        Some(0) => ry,
        Some(_) => ry + i32::from(m <= rm),
    };
    month_ex(y, m, None, true)
}

pub(super) const MONTH_PHRASE: Starts =
    starts(MONTH | THE_BEFORE, &["month", "last", "this", "next"]);

/// "the month of June", "month of Jan 2001", "this Jan", "last sept", "in Feb"
pub(super) fn month_phrase<'a>(c: &Ctx<'_>, i: &'a str) -> Res<'a, TimeExpr> {
    let mut of = (
        opt(|i| kw_sp(i, "the")),
        |i| kw_sp(i, "month"),
        |i| kw_sp(i, "of"),
    );
    if let Ok((r, (_, _, _))) = of.parse(i) {
        let (r, m) = month_in_context(r)?;
        if let Ok((r2, y)) = preceded(csp, any_year).parse(r) {
            return Ok((r2, month_ex(y, m, None, false)));
        }
        return Ok((r, month_near(c, m, None)));
    }
    if let Ok((r, delta)) = rel_word_sp(i) {
        let (r, m) = month_in_context(r)?;
        return Ok((r, month_near(c, m, Some(delta))));
    }
    // A capitalised abbreviation alone, after a word that introduces a date, and
    // not the start of a longer name ("in Mar del Plata" has a lowercase "del").
    let (r, mt) = month_name(i)?;
    if !mt.abbr || !prev_allows_month(c.prev) {
        return fail(i);
    }
    let next_word_capitalised = preceded(sp1, word)
        .parse(r)
        .is_ok_and(|(_, w)| capitalised(w));
    if next_word_capitalised {
        return fail(i);
    }
    Ok((r, month_near(c, mt.month, None)))
}

pub(super) const YEAR_MONTH_NUM: Starts = DIGIT;

/// Year and month in figures: "2016-11", "2016/11", "11/2016", "11-2016", "2015-3";
/// with spaces around the separator ("2016 - 11") only before punctuation or the end,
/// since a spaced dash in prose usually separates clauses.
pub(super) fn year_month_num<'a>(_c: &Ctx<'_>, i: &'a str) -> Res<'a, TimeExpr> {
    let month = |i| -> Res<'_, u32> {
        let (r, d) = digits(i)?;
        let m = to_u32(d);
        if d.len() > 2 || !(1..=12).contains(&m) {
            return fail(i);
        }
        Ok((r, m))
    };
    let sep = |i| -> Res<'_, bool> {
        let (r, a) = sp0(i)?;
        let (r, _) = alt((dash, nom_char('/'))).parse(r)?;
        let (r, b) = sp0(r)?;
        Ok((r, !a.is_empty() || !b.is_empty()))
    };
    // The year as four figures: `year_in` refuses "2016/11" (a number goes on).
    let year = |i| -> Res<'_, i32> {
        let (r, d) = digits(i)?;
        let y = to_u32(d);
        if d.len() != 4 || !(1000..=2999).contains(&y) {
            return fail(i);
        }
        Ok((r, y as i32))
    };
    let ym = (year, sep, month).map(|(y, s, m)| (y, m, s));
    let my = (month, sep, |i| year_in(i, 1000, 2999)).map(|(m, s, y)| (y, m, s));
    let (r, (y, m, spaced)) = alt((ym, my)).parse(i)?;
    let (_, _) = end_word(r)?;
    let continues = r.starts_with(|ch: char| is_dash(ch) || ch == '/' || ch == '.')
        && r[1..].starts_with(|ch: char| ch.is_ascii_digit());
    let before_word = sp0(r).is_ok_and(|(r2, _)| r2.starts_with(|ch: char| ch.is_alphanumeric()));
    if continues || numberish_follows(r) || (spaced && before_word) {
        return fail(i);
    }
    Ok((r, month_ex(y, m, None, false)))
}

pub(super) const YEAR_THEN_PART: Starts = DIGIT;

/// A year followed by a part of it: "2016 November", "2016, nov", "2016 Q3", "2016H2",
/// "2016 the third quarter".
pub(super) fn year_then_part<'a>(_c: &Ctx<'_>, i: &'a str) -> Res<'a, TimeExpr> {
    let (r0, y) = digits(i)?;
    if y.len() != 4 {
        return fail(i);
    }
    let y = to_u32(y) as i32;
    // "2016H2": the letter glued to the year.
    let q = |i| -> Res<'_, TimeExpr> {
        let (r, letter) = satisfy(|ch| ch == 'Q' || ch == 'H').parse(i)?;
        let (r, d) = satisfy(|ch| ('1'..='4').contains(&ch)).parse(r)?;
        let (r, _) = end_word(r)?;
        let n = d as u32 - '0' as u32;
        match letter {
            'Q' => Ok((r, quarter_ex(y, n, false))),
            _ if n <= 2 => Ok((r, half_ex(y, n, false))),
            _ => fail(i),
        }
    };
    if let Ok(ok) = q(r0) {
        return Ok(ok);
    }
    let (r, _) = any_year(i)?;
    let (r, _) = csp(r)?;
    if let Ok(ok) = q(r) {
        return Ok(ok);
    }
    if let Ok((r2, m)) = month_in_context(r) {
        return Ok((r2, month_ex(y, m, None, false)));
    }
    let (r, _) = kw_sp(r, "the")?;
    let (r, (n, unit)) = ordinal_unit(r, &["half", "quarter"])?;
    match (unit, n) {
        (0, 1..=2) => Ok((r, half_ex(y, n, false))),
        (1, 1..=4) => Ok((r, quarter_ex(y, n, false))),
        _ => fail(i),
    }
}

// ---------------------------------------------------------------------------------------
// Decades in words
// ---------------------------------------------------------------------------------------

pub(super) const DECADE_NAMES: [&str; 9] = [
    "tens",
    "twenties",
    "thirties",
    "forties",
    "fifties",
    "sixties",
    "seventies",
    "eighties",
    "nineties",
];

/// A word naming a decade in the grammar below: "seventies", "noughties",
/// the "thousands" of "the two thousands".
pub(super) fn is_decade_word(w: &str) -> bool {
    ["noughties", "thousands"]
        .iter()
        .chain(DECADE_NAMES.iter())
        .any(|d| w.eq_ignore_ascii_case(d))
}

pub(super) const DECADE_WORDS: Starts = starts(DIGIT, &["the"]);

/// "the seventies", "the nineteen seventies", "the noughties", "the two thousands",
/// "the twenty-tens", "the two thousand and tens", "70's" (not after "his", "her" ...: an age)
pub(super) fn decade_words<'a>(c: &Ctx<'_>, i: &'a str) -> Res<'a, TimeExpr> {
    if let Ok(ok) = decade_apostrophe(c, i) {
        return Ok(ok);
    }
    let (r, _) = kw_sp(i, "the")?;
    let century = |i| -> Res<'_, i32> {
        let two_thousand = (|i| kw_sp(i, "two"), |i| kw(i, "thousand"));
        alt((
            (two_thousand, sp1, |i| kw_sp(i, "and")).map(|_| 2000),
            (|i| kw(i, "twenty"), alt((sp1, recognize(dash)))).map(|_| 2000),
            (|i| kw_idx(i, &["nineteen", "eighteen"]), sp1).map(|(k, _)| 1900 - 100 * k as i32),
        ))
        .parse(i)
    };
    let (r, cent) = opt(century).parse(r)?;
    let (r, y0, whole) = if let Ok((r2, _)) = kw(r, "noughties") {
        (r2, 2000, true)
    } else if let Ok((r2, _)) = (|i| kw_sp(i, "two"), |i| kw(i, "thousands")).parse(r) {
        (r2, 2000, true)
    } else {
        let (r2, k) = kw_idx(r, &DECADE_NAMES)?;
        (r2, 10 * (k as i32 + 1), false)
    };
    let y = match (cent, whole) {
        (None, true) => y0,
        (Some(_), true) => return fail(i),
        (Some(cy), false) => cy + y0,
        (None, false) => century_of_decade(c, y0),
    };
    Ok((r, decade_ex(y)))
}

/// "70's", "90's": a two-digit decade with an apostrophe before the "s".
fn decade_apostrophe<'a>(c: &Ctx<'_>, i: &'a str) -> Res<'a, TimeExpr> {
    // "in his 70s" is an age.
    if POSSESSIVES.iter().any(|w| c.prev.eq_ignore_ascii_case(w)) {
        return fail(i);
    }
    let (r, d) = two_digits(i)?;
    let (r, _) = (apostrophe, nom_char('s'), end_word).parse(r)?;
    if d % 10 != 0 {
        return fail(i);
    }
    Ok((r, decade_ex(century_of_decade(c, d as i32))))
}

/// A decade written without its century: this century's when already begun, else the last.
fn century_of_decade(c: &Ctx<'_>, yy: i32) -> i32 {
    let cur = c.reference.map_or(2000, |rf| civil_from_days(rf).0);
    if 2000 + yy <= cur {
        2000 + yy
    } else {
        1900 + yy
    }
}

fn decade_ex(y0: i32) -> TimeExpr {
    cal(
        Granularity::Decade,
        days_from_civil(y0, 1, 1),
        days_from_civil(y0 + 9, 12, 31),
        false,
        format!("{:03}X", y0 / 10),
    )
}

// ---------------------------------------------------------------------------------------
// Spans counted from the reference date
// ---------------------------------------------------------------------------------------

const UNITS: [&str; 10] = [
    "day", "days", "week", "weeks", "month", "months", "year", "years", "decade", "decades",
];

/// A count: figures, a number word ("two", "twenty"), "few" or "several".
fn count(i: &str) -> Res<'_, u32> {
    if let Ok((r, _)) = kw_idx(i, &["few", "several"]) {
        return Ok((r, 3));
    }
    if let Ok((r, d)) = digits(i) {
        let n = to_u32(d);
        return if d.len() <= 3 && n > 0 {
            Ok((r, n))
        } else {
            fail(i)
        };
    }
    let (r, n) = parse_number(i).map_err(|_| err(i))?;
    let whole = n.value.fract() == 0.0 && (1.0..=999.0).contains(&n.value);
    if n.kind != NumKind::Cardinal || !whole {
        return fail(i);
    }
    Ok((r, n.value as u32))
}

/// `rf` moved by `n` units (0 day, 1 week, 2 month, 3 year), the day of month kept
/// (clamped to the month's length).
fn shift(rf: Day, unit: usize, n: i32) -> Day {
    match unit {
        0 => rf + n,
        1 => rf + 7 * n,
        _ => {
            let (y, m, d) = civil_from_days(rf);
            let (y2, m2) = add_months(y, m, if unit == 2 { n } else { 12 * n });
            days_from_civil(y2, m2, d.min(days_in_month(y2, m2)))
        }
    }
}

const UNIT_GRAIN: [Granularity; 5] = [
    Granularity::Day,
    Granularity::Week,
    Granularity::Month,
    Granularity::Year,
    Granularity::Decade,
];

/// The `n` units after (dir 1), before (-1) or from (0, "within") the reference.
fn counted_ex(c: &Ctx<'_>, dir: i32, n: u32, unit: usize) -> TimeExpr {
    let g = UNIT_GRAIN[unit];
    let Some(rf) = c.reference else {
        return unres(g, format!("P{n}{}", ["D", "W", "M", "Y", "DE"][unit]));
    };
    let n = n as i32;
    let (s, e) = if unit == 4 {
        // Decades are whole decades before or after the current one.
        let d0 = civil_from_days(rf).0.div_euclid(10) * 10;
        let (a, b) = match dir {
            -1 => (d0 - 10 * n, d0 - 1),
            _ => (d0 + 10, d0 + 10 * n + 9),
        };
        (days_from_civil(a, 1, 1), days_from_civil(b, 12, 31))
    } else {
        match dir {
            -1 => (shift(rf, unit, -n), rf - 1),
            0 => (rf, shift(rf, unit, n) - 1),
            _ => (rf + 1, shift(rf, unit, n)),
        }
    };
    day_span(g, s, e, true)
}

/// The words before a counted span that say its direction: the first four
/// look ahead, the rest back ("the past 3 days").
const SPAN_DIRECTIONS: [&str; 7] = [
    "next",
    "coming",
    "upcoming",
    "following",
    "past",
    "last",
    "previous",
];

pub(super) const COUNTED_SPAN: Starts =
    starts(DIGIT | NUMBER | THE_BEFORE, &["within"]) | starts(0, &SPAN_DIRECTIONS);

/// "the next 3 days", "past few weeks", "the last two decades", "the next decade",
/// "within 5 years", "within the next 3 years", "2 days hence",
/// "the past month" (the month up to the reference, not the calendar month before it)
pub(super) fn counted_span<'a>(c: &Ctx<'_>, i: &'a str) -> Res<'a, TimeExpr> {
    let unit_of = |i| -> Res<'_, (usize, bool)> {
        let (r, k) = kw_idx(i, &UNITS)?;
        Ok((r, (k / 2, k % 2 == 1)))
    };
    // "2 days hence", "4 weeks in the future"; not after "and" ("twenty-one years
    // and six months in the future" is a length of time, read as durations).
    let future = |i| {
        alt((
            (|i| kw(i, "hence")).map(|_| ()),
            (|i| kw_sp(i, "in"), |i| kw_sp(i, "the"), |i| kw(i, "future")).map(|_| ()),
        ))
        .parse(i)
    };
    let mut after = (count, sp1, unit_of, sp1, future);
    if let Ok((r, (n, _, (unit, _), _, _))) = after.parse(i) {
        if !c.prev.eq_ignore_ascii_case("and") {
            return Ok((r, counted_ex(c, 1, n, unit)));
        }
    }
    // "for the past nine years" states a length: the duration parser reads it. (A
    // span after "the" was tried from "the" already.) The other forms open
    // with a word ("within", "the", a direction), never a figure.
    if c.prev.eq_ignore_ascii_case("for")
        || c.prev.eq_ignore_ascii_case("the")
        || !i.starts_with(|c: char| c.is_ascii_alphabetic())
    {
        return fail(i);
    }
    let (r, within) = opt(|i| kw_sp(i, "within")).parse(i)?;
    let (r, _) = opt(|i| kw_sp(i, "the")).parse(r)?;
    let dir_word = |i| {
        let (r, k) = kw_idx(i, &SPAN_DIRECTIONS)?;
        let (r, _) = sp1(r)?;
        Ok((r, (if k < 4 { 1 } else { -1 }, k == 4)))
    };
    let (r, dir) = opt(dir_word).parse(r)?;
    let past = dir.is_some_and(|d| d.1);
    // Counted "within" or in a direction: without either there is no span
    // to count, and the count and unit are not read.
    let dir = match (within.is_some(), dir.map(|d| d.0)) {
        (true, None | Some(1)) => 0,
        (true, _) => return fail(i),
        (false, Some(d)) => d,
        (false, None) => return fail(i),
    };
    let (r, n) = opt(terminated(count, sp0)).parse(r)?;
    let (r, (unit, plural)) = unit_of(r)?;
    if let Some(n) = n {
        if let Ok((r2, ex)) = compound_span(c, r, dir, n, unit) {
            return Ok((r2, ex));
        }
    }
    let n = match n {
        Some(n) => n,
        // "the past month", "within the next year", "the next decade": one unit;
        // "last month" etc. are calendar units (`rel_unit`), except for decades.
        None if !plural && (dir == 0 || unit == 4 || past) => 1,
        None => return fail(i),
    };
    Ok((r, counted_ex(c, dir, n, unit)))
}

/// The rest of a length written in several units after its first one (`n` `unit`):
/// "within 5 years 1 month 12 days", "the next 2 weeks and 3 days". As precise as the
/// finest unit; decades do not mix.
fn compound_span<'a>(c: &Ctx<'_>, i: &'a str, dir: i32, n: u32, unit: usize) -> Res<'a, TimeExpr> {
    let sep = |i| {
        alt((
            (sp0, comma, sp0).map(|_| ()),
            (sp1, |i| kw(i, "and"), sp1).map(|_| ()),
            sp1.map(|_| ()),
        ))
        .parse(i)
    };
    let term = |i| {
        let (r, n) = terminated(count, sp1).parse(i)?;
        let (r, k) = kw_idx(r, &UNITS)?;
        Ok((r, (n, k / 2)))
    };
    let mut terms = vec![(n, unit)];
    let mut r = i;
    while let Ok((r2, t)) = preceded(sep, term).parse(r) {
        terms.push(t);
        r = r2;
    }
    if terms.len() < 2 || terms.len() > 4 || terms.iter().any(|t| t.1 == 4) {
        return fail(i);
    }
    let finest = terms.iter().map(|t| t.1).min().unwrap_or(unit);
    let (months, days) = terms.iter().fold((0i32, 0i32), |(m, d), &(n, u)| {
        let n = n as i32;
        match u {
            0 => (m, d + n),
            1 => (m, d + 7 * n),
            2 => (m + n, d),
            _ => (m + 12 * n, d),
        }
    });
    let g = UNIT_GRAIN[finest];
    let Some(rf) = c.reference else {
        return Ok((r, unres(g, unres_timex(g))));
    };
    let sign = if dir < 0 { -1 } else { 1 };
    let moved = shift(shift(rf, 2, sign * months), 0, sign * days);
    let (s, e) = match dir {
        -1 => (moved, rf - 1),
        0 => (rf, moved - 1),
        _ => (rf + 1, moved),
    };
    Ok((r, day_span(g, s, e, true)))
}

// ---------------------------------------------------------------------------------------
// Relative units
// ---------------------------------------------------------------------------------------

/// The words that name a unit of time relative to now ("coming week",
/// "previous month", "this decade"); their shift is in `alias_unit`.
const ALIAS_WORDS: [&str; 6] = [
    "coming",
    "upcoming",
    "following",
    "current",
    "previous",
    "this",
];

pub(super) const ALIAS_UNIT: Starts = starts(0, &ALIAS_WORDS);

/// "coming week", "upcoming month", "current year", "following week", "this decade";
/// "the same year" is not read (it needs the year mentioned before).
pub(super) fn alias_unit<'a>(c: &Ctx<'_>, i: &'a str) -> Res<'a, TimeExpr> {
    // The span leaves "the" out, as for "this week".
    let (r, k) = kw_idx(i, &ALIAS_WORDS)?;
    let delta = [1, 1, 1, 0, -1, 0][k];
    let (r, _) = sp1(r)?;
    if k == 5 {
        let (r, _) = kw(r, "decade")?;
        let Some(rf) = c.reference else {
            return Ok((r, unres(Granularity::Decade, "XXXX".into())));
        };
        return Ok((r, decade_ex(civil_from_days(rf).0.div_euclid(10) * 10)));
    }
    let (r, unit) = kw_idx(r, &["year", "month", "week", "weekend"])?;
    Ok((r, rel_unit_ex(c, unit, delta, None)))
}

pub(super) const PART_REL_UNIT: Starts = starts(0, &["early", "mid", "late"]);

/// "late next week", "early this month", "mid next week", "late last year": the part
/// as [`Part::within`] reads it.
pub(super) fn part_rel_unit<'a>(c: &Ctx<'_>, i: &'a str) -> Res<'a, TimeExpr> {
    let (r, part) = part_mod(i)?;
    let (r, delta) = rel_word_sp(r)?;
    let (r, unit) = kw_idx(r, &["year", "month", "week"])?;
    let inner = rel_unit_ex(c, unit, delta, None);
    let timex = format!("{}-{}", inner.timex, part.label());
    let (Some(s), Some(e)) = (inner.start, inner.end) else {
        return Ok((r, TimeExpr { timex, ..inner }));
    };
    let (a, b) = part.within(inner.granularity, s, e);
    Ok((
        r,
        TimeExpr {
            start: Some(a),
            end: Some(b),
            timex,
            ..inner
        },
    ))
}

pub(super) const REST_OF: Starts = starts(THE_BEFORE, &["rest"]);

/// "the rest of the week", "rest of this month", "the rest of the year": from the
/// reference to the end of the unit.
pub(super) fn rest_of<'a>(c: &Ctx<'_>, i: &'a str) -> Res<'a, TimeExpr> {
    let (r, _) = opt(|i| kw_sp(i, "the")).parse(i)?;
    let (r, _) = kw_sp(r, "rest")?;
    let (r, _) = opt(|i| kw_sp(i, "of")).parse(r)?;
    let (r, _) =
        opt(|i| kw_idx(i, &["the", "this", "my", "current"]).and_then(|(r, _)| sp1(r))).parse(r)?;
    let (r, unit) = kw_idx(r, &["year", "month", "week"])?;
    let ex = rel_unit_ex(c, unit, 0, Some(true));
    Ok((r, ex))
}

pub(super) const YEAR_TO_DATE: Starts = starts(0, &["year"]);

/// "the year to date", "year-to-date": from the start of the reference's year to it.
pub(super) fn year_to_date<'a>(c: &Ctx<'_>, i: &'a str) -> Res<'a, TimeExpr> {
    let gap = |i| alt((sp1, recognize(dash))).parse(i);
    let (r, _) = (
        |i| kw(i, "year"),
        gap,
        |i| kw(i, "to"),
        gap,
        |i| kw(i, "date"),
    )
        .parse(i)?;
    Ok((r, rel_unit_ex(c, 0, 0, Some(false))))
}

pub(super) const AFTER_NEXT: Starts = starts(0, &["the"]);

/// "the week after next", "the year after next", "the month after the next"
pub(super) fn after_next<'a>(c: &Ctx<'_>, i: &'a str) -> Res<'a, TimeExpr> {
    let (r, _) = kw_sp(i, "the")?;
    let (r, unit) = kw_idx(r, &["year", "month", "week", "weekend"])?;
    let (r, _) = (sp1, |i| kw_sp(i, "after"), opt(|i| kw_sp(i, "the"))).parse(r)?;
    let (r, _) = kw(r, "next")?;
    Ok((r, rel_unit_ex(c, unit, 2, None)))
}

#[path = "period_range.rs"]
mod range;
pub(super) use range::{date_range, from_to_ends, DATE_RANGE};

#[path = "period_anchored.rs"]
mod anchored_span;
pub(super) use anchored_span::{span_from_day, week_of, SPAN_FROM_DAY, WEEK_OF};

#[path = "period_years.rs"]
mod years;
pub(super) use years::{
    century, year_numbered, year_words_alone, CENTURY, YEAR_NUMBERED, YEAR_WORDS_ALONE,
};
