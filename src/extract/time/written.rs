//! Single days written the many ways people type them: month names in any case or
//! abbreviated, with the day attached ("jan-1", "28-nov", "16. nov. 2016", "october, 1st"),
//! days and years in words ("may twenty-first", "the tenth of september, two thousand",
//! "september the twenty-first nineteen seventy eight"), weekdays that name their date
//! ("saturday the second", "monday, jan twenty two, 2018", "friday 7/6") and a day of the
//! month named alone ("on the 27th").
//!
//! A month name is only read here with a day attached, so a lower-case "may" or "march"
//! stays a verb unless a day number or "the" and an ordinal follows it.

use super::*;
use std::sync::OnceLock;

use crate::extract::number::{may_continue, parse_number, trigger_words, NumKind, UNITS};
use crate::text::WordTable;

/// A calendar day as written: year when given, month, day.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(super) struct Written {
    pub(super) year: Option<i32>,
    pub(super) month: u32,
    pub(super) day: u32,
}

/// Single days, longest reading first (one entry in the dispatch table).
pub(super) fn single_day<'a>(c: &Ctx<'_>, i: &'a str) -> Res<'a, TimeExpr> {
    longest(c, i, &SINGLE_DAYS)
}

pub(super) const SINGLE_DAY: Starts = union(&SINGLE_DAYS);

const SINGLE_DAYS: [G; 12] = [
    (written_date, WRITTEN_DATE),
    (weekday_dated, WEEKDAY_DATED),
    (weekday_the_day, WEEKDAY_THE_DAY),
    (the_day_alone, THE_DAY_ALONE),
    (weekday_abbr_after_on, WEEKDAY_ABBR_AFTER_ON),
    (numeric_date, NUMERIC_DATE),
    (nth_weekday, NTH_WEEKDAY),
    (weekday_of_week, WEEKDAY_OF_WEEK),
    (offset_from, OFFSET_FROM),
    (compound_ago, COMPOUND_AGO),
    (day_of_rel_month, DAY_OF_REL_MONTH),
    (past_weekday, PAST_WEEKDAY),
];

/// A month name in any case, full or abbreviated, with an optional period; `verb` when it
/// is a lower-case "may", "march" or "august" (as often a verb or a noun as a month).
pub(super) fn month_loose(i: &str) -> Res<'_, (u32, bool)> {
    let (r, w) = take_while1(|c: char| c.is_ascii_alphabetic()).parse(i)?;
    if let Some(k) = MONTHS.iter().position(|m| w.eq_ignore_ascii_case(m)) {
        let month = k as u32 + 1;
        let lower = w.bytes().all(|b| b.is_ascii_lowercase());
        let (r, _) = opt(nom_char('.')).parse(r)?;
        return Ok((r, (month, lower && matches!(month, 3 | 5 | 8))));
    }
    match MONTH_ABBR.iter().find(|(a, _)| w.eq_ignore_ascii_case(a)) {
        Some(&(_, month)) => {
            let (r, _) = opt(nom_char('.')).parse(r)?;
            Ok((r, (month, false)))
        }
        None => fail(i),
    }
}

/// How a day of the month was written.
#[derive(Clone, Copy, PartialEq, Debug)]
pub(super) enum DayForm {
    /// "22"
    Digits,
    /// "22nd"
    Suffixed,
    /// One ordinal word: "second", "fifteenth".
    OrdinalWord,
    /// An ordinal in two words: "twenty-first", "thirty first".
    OrdinalCompound,
    /// A cardinal in words: "fifteen", "twenty one".
    CardinalWords,
}

/// A day of the month 1..=31 in words: one or two words, read by the number parser.
pub(super) fn day_in_words(i: &str) -> Res<'_, (u32, DayForm)> {
    fn alpha(s: &str) -> Res<'_, &str> {
        take_while1(|c: char| c.is_ascii_alphabetic()).parse(s)
    }
    let (r1, one) = alpha(i)?;
    let two = (alt((sp1, recognize(dash))), alpha)
        .parse(r1)
        .ok()
        .map(|(r2, (sep, second))| (&i[..i.offset(r2)], sep, second));
    if let Some((cand, sep, second)) = two {
        // Two words apart make one number only when the second may stand in
        // one ("twenty one", "a dozen"): checked in debug builds. A hyphen
        // may glue any word ("nine-year").
        let reading = if may_continue(second) || !sep.starts_with(is_sp) {
            day_reading(cand)
        } else {
            debug_assert!(day_reading(cand).is_none(), "day in words {cand:?}");
            None
        };
        if let Some(d) = reading {
            return Ok((&i[cand.len()..], d));
        }
    }
    match day_word(one) {
        Some(d) => Ok((r1, d)),
        None => fail(i),
    }
}

/// The day a lone number word names ("nine", "fifteenth", "thirty"), as the
/// number parser reads it: worked out once for each word a number may start
/// with, as no other word starts one (debug builds check the table against
/// the parser).
fn day_word(w: &str) -> Option<(u32, DayForm)> {
    static TABLE: OnceLock<WordTable<Option<(u32, DayForm)>>> = OnceLock::new();
    let table = TABLE.get_or_init(|| trigger_words().map(|w| (w, day_reading(w))).collect());
    let d = table.get(w.as_bytes()).copied().flatten();
    debug_assert_eq!(d, day_reading(w), "day word {w:?}");
    d
}

/// `cand`, one or two words, read whole by the number parser as a day of
/// the month, and how it is written.
fn day_reading(cand: &str) -> Option<(u32, DayForm)> {
    if cand.eq_ignore_ascii_case("a") || cand.eq_ignore_ascii_case("an") {
        return None;
    }
    let (rest, n) = parse_number(cand).ok()?;
    if !rest.is_empty() || !n.in_words || n.value.fract() != 0.0 {
        return None;
    }
    if !(1.0..=31.0).contains(&n.value) {
        return None;
    }
    let compound = cand.contains(|c: char| !c.is_ascii_alphabetic());
    let form = match (n.kind, compound) {
        (NumKind::Ordinal, false) => DayForm::OrdinalWord,
        (NumKind::Ordinal, true) => DayForm::OrdinalCompound,
        (NumKind::Cardinal, _) => DayForm::CardinalWords,
        _ => return None,
    };
    Some((n.value as u32, form))
}

/// One or two digits 1..=31.
fn small_day(i: &str) -> Res<'_, u32> {
    let (r, d) = take_while_m_n(1, 2, |c: char| c.is_ascii_digit()).parse(i)?;
    let v = to_u32(d);
    if r.starts_with(|c: char| c.is_ascii_digit()) || !(1..=31).contains(&v) {
        return fail(i);
    }
    Ok((r, v))
}

/// A day of the month in digits ("22", "22nd") or in words.
pub(super) fn day_any(i: &str) -> Res<'_, (u32, DayForm)> {
    if let Ok((r, d)) = day_num(i) {
        let suffixed = i[..i.offset(r)].ends_with(|c: char| c.is_ascii_alphabetic());
        let form = if suffixed {
            DayForm::Suffixed
        } else {
            DayForm::Digits
        };
        return Ok((r, (d, form)));
    }
    day_in_words(i)
}

/// "nineteen seventy eight", "nineteen zero one", "twenty twenty", "two thousand",
/// "two thousand and eighteen": a year in words.
pub(super) fn year_in_words(i: &str) -> Res<'_, i32> {
    if !i.starts_with(|c: char| c.is_ascii_alphabetic()) {
        return fail(i);
    }
    // Hundreds written as pairs: a century word (ten..twenty-nine) and two more digits.
    let century = |i| -> Res<'_, u32> {
        let (r, v) = words_below_hundred(i)?;
        if (10..30).contains(&v) {
            Ok((r, v))
        } else {
            fail(i)
        }
    };
    let pair = |i| -> Res<'_, u32> {
        if let Ok((r, _)) = kw(i, "hundred") {
            return Ok((r, 0));
        }
        if let Ok((r, _)) = (|i| kw_idx(i, &["zero", "oh", "o"]), sp1).parse(i) {
            let (r, u) = kw_idx(r, &UNITS[1..10])?;
            return Ok((r, u as u32 + 1));
        }
        let (r, v) = words_below_hundred(i)?;
        if v < 10 {
            return fail(i);
        }
        Ok((r, v))
    };
    if let Ok((r, (c, _, p))) = (century, sp1, pair).parse(i) {
        return Ok((r, (c * 100 + p) as i32));
    }
    // "two thousand (and eighteen)": the number parser's reading, standing alone.
    let (r, n) = parse_number(i)?;
    let ok = n.in_words
        && n.kind == NumKind::Cardinal
        && n.value.fract() == 0.0
        && (1000.0..3000.0).contains(&n.value);
    // "two thousand people" is a count.
    if !ok || (sp1, word).parse(r).is_ok() {
        return fail(i);
    }
    Ok((r, n.value as i32))
}

/// The year after a day: ", 2016", " 2016", " of 2016", ", two thousand".
pub(super) fn year_tail(i: &str) -> Res<'_, i32> {
    let sep = alt((
        (sp1, |i| kw(i, "of"), sp1).map(|_| ()),
        (sp0, comma, sp0).map(|_| ()),
        sp1.map(|_| ()),
    ));
    preceded(sep, alt((any_year, year_in_words))).parse(i)
}

/// Words that make a number before them a quantity, not a day ("may 10 percent").
pub(super) fn quantity_follows(r: &str) -> bool {
    (sp1, |i| {
        kw_idx(
            i,
            &[
                "percent", "per", "pct", "million", "billion", "trillion", "thousand", "hundred",
                "times", "points",
            ],
        )
    })
        .parse(r)
        .is_ok()
        || (sp1, unit_word).parse(r).is_ok()
}

/// Month first: "jan-1", "october. 2", "may the eleventh", "jan twenty two, 2018",
/// "january 12 of 2016", "october, 1st", "Oct2".
pub(super) fn month_day(i: &str) -> Res<'_, Written> {
    let (r, (month, verb)) = month_loose(i)?;
    let glued = r.starts_with(|c: char| c.is_ascii_digit());
    let (r, sep) = alt((
        (sp1, |i| kw_sp(i, "the")).map(|_| 't'),
        (sp0, comma, sp0).map(|_| ','),
        sp1.map(|_| ' '),
        dash.map(|_| '-'),
        nom_char('/'),
        |i| if glued { Ok((i, 'g')) } else { fail(i) },
    ))
    .parse(r)?;
    // "january12,2016": a day run into its year by a comma.
    let before_year = |i| -> Res<'_, (u32, DayForm)> {
        let (r, d) = small_day(i)?;
        (comma, digits).parse(r)?;
        Ok((r, (d, DayForm::Digits)))
    };
    let (r, (day, form)) = alt((before_year, day_any)).parse(r)?;
    let ok = match form {
        DayForm::Digits | DayForm::Suffixed => {
            !(sep == ',' && form == DayForm::Digits || verb && quantity_follows(r))
        }
        _ if matches!(sep, '-' | '/' | 'g') => false,
        _ if sep == 't' => form != DayForm::CardinalWords || day > 20,
        // "may first", "march second", "may ten": verbs before a number.
        DayForm::OrdinalWord => !verb || day > 2,
        DayForm::OrdinalCompound => true,
        // "June two thousand people": a count, not a day.
        DayForm::CardinalWords => sep != ',' && (!verb || day > 20) && !quantity_follows(r),
    };
    if !ok {
        return fail(i);
    }
    let (r, year) = opt(year_tail).parse(r)?;
    Ok((r, Written { year, month, day }))
}

/// Day first: "1st jan", "28-nov", "fourth of may", "twenty second of june 2017",
/// "16. nov. 2016", "26th june of 2020", "22april".
pub(super) fn day_month(i: &str) -> Res<'_, Written> {
    let glued = |i| -> Res<'_, (u32, DayForm)> {
        let (r, d) = take_while_m_n(1, 2, |c: char| c.is_ascii_digit()).parse(i)?;
        if !r.starts_with(|c: char| c.is_ascii_alphabetic()) || !(1..=31).contains(&to_u32(d)) {
            return fail(i);
        }
        Ok((r, (to_u32(d), DayForm::Digits)))
    };
    let (r, (day, form)) = alt((day_any, glued)).parse(i)?;
    if form == DayForm::CardinalWords {
        return fail(i);
    }
    let (r, sep) = alt((
        (sp1, |i| kw_sp(i, "of")).map(|_| 'o'),
        (opt(nom_char('.')), sp1).map(|_| ' '),
        dash.map(|_| '-'),
        |i| {
            if form == DayForm::Digits {
                Ok((i, 'g'))
            } else {
                fail(i)
            }
        },
    ))
    .parse(r)?;
    if sep == '-' && form != DayForm::Digits {
        return fail(i);
    }
    let (r, (month, verb)) = month_loose(r)?;
    let (r, _) = end_word(r)?;
    let (r, year) = opt(year_tail).parse(r)?;
    // "second of Aug." ends a sentence: the period is not the abbreviation's.
    let r = match year {
        None if i[..i.offset(r)].ends_with('.') => &i[i.offset(r) - 1..],
        _ => r,
    };
    // "5 may have died": a lower-case "may" after a bare number needs more.
    if verb && sep != 'o' && year.is_none() && form == DayForm::Digits {
        return fail(i);
    }
    Ok((r, Written { year, month, day }))
}

/// A written day resolved: the year given, else the most recent at or before the reference.
pub(super) fn resolve_written(c: &Ctx<'_>, w: Written) -> Option<TimeExpr> {
    resolve_days(c, w.year, w.month, w.day, None)
}

pub(super) const WRITTEN_DATE: Starts = DIGIT | MONTH | NUMBER;

/// Month-first and day-first dates in any case and in words.
pub(super) fn written_date<'a>(c: &Ctx<'_>, i: &'a str) -> Res<'a, TimeExpr> {
    let (r, w) = alt((month_day, day_month)).parse(i)?;
    let ex = resolve_written(c, w).ok_or_else(|| err(i))?;
    Ok((r, ex))
}

/// A weekday in any case, full or abbreviated with an optional period; only read where
/// a date follows or "on" precedes ("sat" and "sun" alone are words).
pub(super) fn weekday_loose(i: &str) -> Res<'_, i32> {
    let (r, w) = word(i)?;
    if let Some(k) = WEEKDAYS.iter().position(|d| w.eq_ignore_ascii_case(d)) {
        return Ok((r, k as i32));
    }
    match WEEKDAY_ABBR.iter().find(|(a, _)| w.eq_ignore_ascii_case(a)) {
        Some(&(_, d)) => {
            let (r, _) = opt(nom_char('.')).parse(r)?;
            Ok((r, d))
        }
        None => fail(i),
    }
}

/// The day `w` falling on weekday `wd`: its year when written, else the year nearest the
/// reference in which that day is that weekday.  None when the two disagree.
pub(super) fn resolve_on_weekday(c: &Ctx<'_>, w: Written, wd: i32) -> Option<TimeExpr> {
    let on =
        |y: i32| valid_ymd(y, w.month, w.day) && weekday(days_from_civil(y, w.month, w.day)) == wd;
    if let Some(y) = w.year {
        return on(y).then(|| day_ex(days_from_civil(y, w.month, w.day), false));
    }
    let Some(rf) = c.reference else {
        return resolve_written(c, w);
    };
    // The occurrence nearest the reference, if it falls on that weekday.
    let ry = civil_from_days(rf).0;
    let y = (ry - 1..=ry + 1)
        .filter(|&y| valid_ymd(y, w.month, w.day))
        .min_by_key(|&y| (days_from_civil(y, w.month, w.day) - rf).abs())?;
    on(y).then(|| day_ex(days_from_civil(y, w.month, w.day), true))
}

pub(super) const WEEKDAY_DATED: Starts = starts(WEEKDAY, &["last", "this", "next"]);

/// "monday, jan twenty two, 2018", "wed, 22 of jan", "this friday (jun-15)", "friday 7/6",
/// "friday 2018-7-6": a weekday and the date it falls on.
pub(super) fn weekday_dated<'a>(c: &Ctx<'_>, i: &'a str) -> Res<'a, TimeExpr> {
    let (r, rel) = opt(rel_word_sp).parse(i)?;
    let (r, wd) = weekday_loose(r)?;
    let (r, paren) = alt((
        (sp0, nom_char('(')).map(|_| true),
        csp.map(|_| false),
        dash.map(|_| false),
    ))
    .parse(r)?;
    let (r, w) = alt((month_day, day_month, numeric_parts)).parse(r)?;
    let r = if paren { nom_char(')').parse(r)?.0 } else { r };
    // "this friday june twenty three" (a Saturday): two expressions, not one.
    let ex = match resolve_on_weekday(c, w, wd) {
        Some(ex) => ex,
        None if rel.is_none() => resolve_written(c, w).ok_or_else(|| err(i))?,
        None => return fail(i),
    };
    Ok((r, ex))
}

/// The day numbered `d` on weekday `wd` nearest the reference (within a year).
fn nearest_weekday_day(c: &Ctx<'_>, d: u32, wd: i32) -> Option<TimeExpr> {
    let Some(rf) = c.reference else {
        return Some(unres(Granularity::Day, format!("XXXX-XX-{d:02}")));
    };
    let (ry, rm, _) = civil_from_days(rf);
    (-12..=12)
        .map(|k| add_months(ry, rm, k))
        .filter(|&(y, m)| valid_ymd(y, m, d))
        .map(|(y, m)| days_from_civil(y, m, d))
        .filter(|&z| weekday(z) == wd)
        .min_by_key(|z| (z - rf).abs())
        .map(|z| day_ex(z, true))
}

pub(super) const WEEKDAY_THE_DAY: Starts = WEEKDAY;

/// "saturday the second", "Friday the 15th", "thursday the twenty first".
pub(super) fn weekday_the_day<'a>(c: &Ctx<'_>, i: &'a str) -> Res<'a, TimeExpr> {
    let (r, wd) = weekday_loose(i)?;
    let (r, _) = (sp1, |i| kw_sp(i, "the")).parse(r)?;
    let (r, (d, _)) = day_any(r)?;
    if quantity_follows(r) {
        return fail(i);
    }
    let ex = nearest_weekday_day(c, d, wd).ok_or_else(|| err(i))?;
    Ok((r, ex))
}

/// The most recent day `d` of a month at or before the reference.
pub(super) fn day_of_recent_month(c: &Ctx<'_>, d: u32) -> Option<TimeExpr> {
    let Some(rf) = c.reference else {
        return Some(unres(Granularity::Day, format!("XXXX-XX-{d:02}")));
    };
    let (ry, rm, _) = civil_from_days(rf);
    (0..12)
        .map(|k| add_months(ry, rm, -k))
        .filter(|&(y, m)| valid_ymd(y, m, d))
        .map(|(y, m)| days_from_civil(y, m, d))
        .find(|&z| z <= rf)
        .map(|z| day_ex(z, true))
}

pub(super) const THE_DAY_ALONE: Starts = starts(DIGIT | NUMBER | THE_BEFORE, &[]);

/// "on the 27th", "for the 21st.", "on 22nd?", "the thirty-first": a day named alone,
/// in digits with a suffix or as a compound ordinal, ending its clause ("the 27th floor",
/// "the 21st century" and "the second" are not days).
pub(super) fn the_day_alone<'a>(c: &Ctx<'_>, i: &'a str) -> Res<'a, TimeExpr> {
    let (r, the) = opt(|i| kw_sp(i, "the")).parse(i)?;
    if the.is_none() && !c.prev.eq_ignore_ascii_case("on") {
        return fail(i);
    }
    let (r, (d, form)) = day_any(r)?;
    // "for the 27.": figures alone only after "the" and a preposition of time.
    let timely = [
        "on", "for", "by", "until", "till", "since", "before", "after",
    ]
    .iter()
    .any(|p| c.prev.eq_ignore_ascii_case(p));
    let digits_ok = form == DayForm::Digits && the.is_some() && timely;
    if !matches!(form, DayForm::Suffixed | DayForm::OrdinalCompound) && !digits_ok {
        return fail(i);
    }
    let (after, _) = sp0(r)?;
    let ends = after.is_empty() || after.starts_with(|ch: char| ".,;:!?)".contains(ch));
    if !ends {
        return fail(i);
    }
    let ex = day_of_recent_month(c, d).ok_or_else(|| err(i))?;
    Ok((r, ex))
}

/// Weekday `wd` at or before the reference (`back`), or after it.
pub(super) fn weekday_near(c: &Ctx<'_>, wd: i32, back: bool) -> TimeExpr {
    let Some(rf) = c.reference else {
        return unres(Granularity::Day, format!("XXXX-WXX-{}", wd + 1));
    };
    let rw = weekday(rf);
    let z = if back {
        rf - (rw - wd).rem_euclid(7)
    } else {
        rf + (wd - rw).rem_euclid(7)
    };
    day_ex(z, true)
}

pub(super) const WEEKDAY_ABBR_AFTER_ON: Starts = WEEKDAY;

/// "on tues", "on Wed": a lower-case or unpunctuated weekday abbreviation after "on".
pub(super) fn weekday_abbr_after_on<'a>(c: &Ctx<'_>, i: &'a str) -> Res<'a, TimeExpr> {
    if !c.prev.eq_ignore_ascii_case("on") {
        return fail(i);
    }
    let (r, w) = word(i)?;
    let Some(&(_, wd)) = WEEKDAY_ABBR.iter().find(|(a, _)| w.eq_ignore_ascii_case(a)) else {
        return fail(i);
    };
    // "on sat", "on wed", "on sun": words first, unless capitalised.
    let word_too = ["mon", "wed", "sat", "sun"]
        .iter()
        .any(|a| w.eq_ignore_ascii_case(a));
    if word_too && !capitalised(w) {
        return fail(i);
    }
    Ok((r, weekday_near(c, wd, true)))
}
