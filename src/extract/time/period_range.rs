//! Ranges between two dates: "from Oct. 2 to October 22", "between 2015 and Feb 2018",
//! "today till tomorrow", "from 4 to January 22, 1995", "4 till 23 of this month",
//! "between November 15th through the 19th", "next week from Tue to Thur",
//! "between now and November 15th", "from 10/25 to 01/25", "between 4-22 January, 1995".
//!
//! Either end may be any single date or period the calendar parsers read. An end
//! written without its year ("Feb 1st", "10/25", "November") takes it from the other
//! end: "from Feb 1st to March 2019" is February 2019, "from 10/25 to 01/25" runs into
//! the next year, "between now and November 15th" ends on the coming November 15th.

use super::*;

/// What may stand at either end of a range.
const ENDPOINTS: [G; 20] = [
    (iso_date, ISO_DATE),
    (weekday_date, WEEKDAY_DATE),
    (date_md, DATE_MD),
    (date_dm, DATE_DM),
    (month_year, MONTH_YEAR),
    (month_alone, MONTH_ALONE),
    (year_expr, YEAR_EXPR),
    (day_word, DAY_WORD),
    (weekday_expr, WEEKDAY_EXPR),
    (rel_unit, REL_UNIT),
    (part_of_year, PART_OF_YEAR),
    (q_notation, Q_NOTATION),
    (season, SEASON),
    (month_phrase, MONTH_PHRASE),
    (year_month_num, YEAR_MONTH_NUM),
    (year_then_part, YEAR_THEN_PART),
    (single_day, SINGLE_DAY),
    (now, NOW),
    (slash_day, SLASH_DAY),
    (year_words, YEAR_WORDS),
];

const YEAR_WORDS: Starts = NUMBER;

/// A year in words ("from two thousand until two thousand and fourteen").
fn year_words<'a>(_c: &Ctx<'_>, i: &'a str) -> Res<'a, TimeExpr> {
    let (r, y) = year_in_words(i)?;
    Ok((r, year_ex(y, false)))
}

const NOW: Starts = starts(0, &["now"]);

/// "now", as the end of a range ("between now and November 15th").
fn now<'a>(c: &Ctx<'_>, i: &'a str) -> Res<'a, TimeExpr> {
    let (r, _) = kw(i, "now")?;
    let ex = match c.reference {
        Some(rf) => day_ex(rf, true),
        None => unres(Granularity::Day, unres_timex(Granularity::Day)),
    };
    Ok((r, ex))
}

const SLASH_DAY: Starts = DIGIT;

/// "10/1", "01/25": a month and day in figures, read without a year only as the end
/// of a range, and not when it reads as a fraction ("from 1/3 to 1/2").
fn slash_day<'a>(c: &Ctx<'_>, i: &'a str) -> Res<'a, TimeExpr> {
    let (r, w) = numeric_parts(i)?;
    let text = &i[..i.offset(r)];
    let figures = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    let Some((p, q)) = text
        .split_once('/')
        .filter(|(p, q)| figures(p) && figures(q))
    else {
        return fail(i);
    };
    let (p, q) = (to_u32(p), to_u32(q));
    if w.year.is_some() || (p < q && q <= 10) || quantity_follows(r) {
        return fail(i);
    }
    let ex = resolve_written(c, w).ok_or_else(|| err(i))?;
    Ok((r, ex))
}

/// One end of a range as read, and where and how it was read, so that the month (and
/// day) it names when written without a year can be found, and the other end supply
/// the year.
struct Point<'a, 's> {
    ex: TimeExpr,
    at: &'a str,
    rest: usize,
    ctx: Ctx<'s>,
}

impl Point<'_, '_> {
    /// The end read again without the reference: a month or day without its year
    /// shows. Only asked once both ends and the separator have been read, as most
    /// attempts at a range fail before that.
    fn yearless(&self) -> Option<(u32, Option<u32>)> {
        let blind = Ctx {
            reference: None,
            ..self.ctx
        };
        match longest(&blind, self.at, &ENDPOINTS) {
            Ok((r0, ex0)) if r0.len() == self.rest => yearless(&ex0.timex),
            _ => None,
        }
    }
}

enum End<'a, 's> {
    Full(Point<'a, 's>),
    /// A bare day of the month ("4", "the 19th"): its month comes from the other end
    /// or from what follows the range.
    Day(u32),
}

/// The month and day of an unresolved TIMEX written without a year: "XXXX-02",
/// "XXXX-02-01".
fn yearless(timex: &str) -> Option<(u32, Option<u32>)> {
    let rest = timex.strip_prefix("XXXX-")?;
    let num = |s: &str| (s.len() == 2 && s.bytes().all(|b| b.is_ascii_digit())).then(|| to_u32(s));
    match rest.len() {
        2 => Some((num(rest)?, None)),
        5 if rest.as_bytes()[2] == b'-' => Some((num(&rest[..2])?, Some(num(&rest[3..])?))),
        _ => None,
    }
}

fn endpoint<'a, 's>(c: &Ctx<'s>, i: &'a str) -> Res<'a, End<'a, 's>> {
    let bare = |i| {
        let (r, _) = opt(terminated(weekday_name, csp)).parse(i)?;
        let (r, _) = opt(|i| kw_sp(i, "the")).parse(r)?;
        day_num(r)
    };
    let full = longest(c, i, &ENDPOINTS);
    let day = bare(i);
    let point = |r: &'a str, ex: TimeExpr| {
        let ctx = *c;
        Ok((
            r,
            End::Full(Point {
                ex,
                at: i,
                rest: r.len(),
                ctx,
            }),
        ))
    };
    match (full, day) {
        (Ok((rf, f)), Ok((rd, _))) if rf.len() <= rd.len() => point(rf, f),
        (_, Ok((rd, d))) => Ok((rd, End::Day(d))),
        (Ok((rf, f)), _) => point(rf, f),
        (Err(e), _) => Err(e),
    }
}

/// Whether a dash or a separator word stands within the next words, as it must
/// for a range without "from" or "between" ("May 2 to 5", "2015-2018"): no end
/// the grammars read is longer than that, and most words at which a date is
/// tried open no range.
///
/// The words are the pieces between [`is_sp`] chars (two spaces in a row
/// make an empty piece). This runs at most date attempts: ASCII text is
/// read eight bytes at a time, its dashes and spaces found in one step
/// each; any other char is decoded and read on its own.
fn separator_ahead(i: &str) -> bool {
    const ONES: u64 = u64::MAX / 255;
    const HIGH: u64 = ONES * 0x80;
    let b = i.as_bytes();
    // A byte of an ASCII block that is `c`, marked by its high bit.
    let equal = |x: u64, c: u8| (((x ^ (ONES * u64::from(c))) + ONES * 0x7f) & HIGH) ^ HIGH;
    // Words read, where the current one starts, and where reading stands.
    let (mut words, mut start, mut k) = (0, 0, 0);
    // The piece ending at `end` is read (the next one starts at `next`):
    // the answer, when it is a separator word or the window's last.
    // (Every separator word opens with "t" or "u": most pieces are told
    // by their first byte. Inlined in both readers below: a call per
    // piece cost more than the test.)
    #[inline(always)]
    fn piece_ends(
        b: &[u8],
        (start, words): (&mut usize, &mut usize),
        end: usize,
        next: usize,
    ) -> Option<bool> {
        let w = &b[*start..end];
        let t_or_u = w.first().is_some_and(|x| matches!(x | 0x20, b't' | b'u'));
        if t_or_u && TO.iter().any(|s| w.eq_ignore_ascii_case(s.as_bytes())) {
            return Some(true);
        }
        *words += 1;
        *start = next;
        (*words == WINDOW || end >= b.len()).then_some(false)
    }
    let found = 'read: loop {
        if let Some(x) = b
            .get(k..)
            .and_then(<[u8]>::first_chunk::<8>)
            .map(|x| u64::from_le_bytes(*x))
            .filter(|x| x & HIGH == 0)
        {
            // (`char::is_whitespace`, which `is_sp` uses, holds for the
            // ASCII chars 0x09 to 0x0D and the space.)
            let space = equal(x, b' ') | ((x + ONES * 0x77) & !(x + ONES * 0x72) & HIGH);
            let dash = equal(x, b'-');
            let mut marks = space | dash;
            while marks != 0 {
                let at = k + marks.trailing_zeros() as usize / 8;
                if dash & marks & marks.wrapping_neg() != 0 {
                    break 'read true;
                }
                if let Some(found) = piece_ends(b, (&mut start, &mut words), at, at + 1) {
                    break 'read found;
                }
                marks &= marks - 1;
            }
            k += 8;
            continue;
        }
        // Where the current piece ends: at a space, the end of the text, or
        // (found) a dash within it.
        let (is_space, len) = match b.get(k) {
            None => (true, 0),
            Some(&x) if x.is_ascii() => {
                if x == b'-' {
                    break true;
                }
                (is_sp(char::from(x)), 1)
            }
            Some(_) => {
                let c = i[k..].chars().next().unwrap_or(' ');
                if is_dash(c) {
                    break true;
                }
                (is_sp(c), c.len_utf8())
            }
        };
        if is_space {
            if let Some(found) = piece_ends(b, (&mut start, &mut words), k, k + len) {
                break found;
            }
        }
        k += len;
    };
    debug_assert_eq!(found, split_reading(i), "separator_ahead({i:?})");
    found
}

/// [`separator_ahead`] as its doc says it, by splitting the text into its
/// pieces: what debug builds and its tests check it against.
fn split_reading(i: &str) -> bool {
    i.split(is_sp)
        .take(WINDOW)
        .any(|w| w.contains(is_dash) || TO.iter().any(|s| w.eq_ignore_ascii_case(s)))
}

/// The words [`separator_ahead`] reads.
const WINDOW: usize = 12;

/// The words between the ends of a range opened by "from" or by nothing.
const TO: [&str; 5] = ["to", "through", "until", "till", "thru"];

/// The separator: one of [`TO`] or a dash; after "between" "and", "through",
/// "to" or "thru".
fn separator(i: &str, between: bool) -> Res<'_, ()> {
    let words: &[&str] = if between {
        &["and", "through", "to", "thru"]
    } else {
        &TO
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
/// " of Sept", " Feb 2018", " Feb, two thousand and eighteen".
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
    let (r, y) = opt(year_tail).parse(r)?;
    match (y, c.reference) {
        (Some(y), _) => Ok((r, (Some((y, mt.month)), false))),
        (None, Some(rf)) => {
            let (ry, rm, _) = civil_from_days(rf);
            Ok((r, (Some((ry - i32::from(mt.month > rm), mt.month)), true)))
        }
        (None, None) => Ok((r, (None, true))),
    }
}

/// Month `m` (day `d`) of year `y`.
fn place(m: u32, d: Option<u32>, y: i32, relative: bool) -> Option<TimeExpr> {
    match d {
        None => Some(month_ex(y, m, None, relative)),
        Some(d) => valid_ymd(y, m, d).then(|| day_ex(days_from_civil(y, m, d), relative)),
    }
}

/// The two ends, an end written without its year placed by the other end: the start
/// at the latest such month or day not after the end, the end at the earliest not
/// before the start (when both lack a year, the start as read).
fn carry(a: Point, b: Point) -> (TimeExpr, TimeExpr) {
    let year = |ex: &TimeExpr| ex.start.map(|s| civil_from_days(s).0);
    match (a.yearless(), b.yearless()) {
        (Some((m, d)), None) => {
            if let (Some(y), Some(end)) = (year(&b.ex), b.ex.start) {
                let fits = |x: &TimeExpr| x.start.is_some_and(|s| s <= end);
                let placed = [y, y - 1]
                    .into_iter()
                    .find_map(|y| place(m, d, y, b.ex.relative).filter(fits));
                if let Some(ex) = placed {
                    return (ex, b.ex);
                }
            }
            (a.ex, b.ex)
        }
        (_, Some((m, d))) => {
            if let (Some(y), Some(start)) = (year(&a.ex), a.ex.start) {
                let fits = |x: &TimeExpr| x.start.is_some_and(|s| s >= start);
                let placed = [y, y + 1]
                    .into_iter()
                    .find_map(|y| place(m, d, y, a.ex.relative).filter(fits));
                if let Some(ex) = placed {
                    return (a.ex, ex);
                }
            }
            (a.ex, b.ex)
        }
        _ => (a.ex, b.ex),
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

/// An end, a bare day ("the 4th", "Monday 4"), or the openings of the ranges
/// that hold their own separator; but not "on", which opens a day ("on
/// Friday next week") and no range.
pub(in super::super) const DATE_RANGE: Starts = (union(&ENDPOINTS)
    | starts(
        DIGIT | MONTH | WEEKDAY,
        &["from", "between", "the", "last", "this", "next"],
    ))
    & !starts(0, &["on"]);

/// "from X to Y", "between X and Y", "X to Y", "X - Y"; "between 4-22 January, 1995"
/// (a range that holds its own separator).
pub(in super::super) fn date_range<'a>(c: &Ctx<'_>, i: &'a str) -> Res<'a, TimeExpr> {
    // The ranges that hold their own separator open with words of their
    // own: each is tried only where the first word may open it (the first
    // word's classes are the chart's at an attempt's start).
    let opening = chart::at_start(c, i).unwrap_or_else(|| Opening::of(i));
    for (p, first) in [(week_days as P, WEEK_DAYS), (month_between, MONTH)] {
        if opening.admits(first) {
            if let Ok(ok) = p(c, i) {
                return Ok(ok);
            }
        } else {
            debug_assert!(p(c, i).is_err(), "a range read {i:?} outside its start set");
        }
    }
    let (r, lead) = opt(terminated(|i| kw_idx(i, &["from", "between"]), sp1)).parse(i)?;
    if lead.is_none() && !separator_ahead(r) {
        return fail(i);
    }
    let inner = Ctx {
        prev: if lead.is_some() { "from" } else { c.prev },
        ..*c
    };
    let (r, a) = endpoint(&inner, r)?;
    let Ok((r, _)) = separator(r, lead == Some(1)) else {
        return match a {
            End::Full(p) if lead.is_some() && p.ex.timex.contains('/') => Ok((r, p.ex)),
            _ => fail(i),
        };
    };
    let right = Ctx { prev: "to", ..*c };
    let (r, b) = endpoint(&right, r)?;
    let (a, b) = match place_ends(a, b) {
        Ok(Some(ends)) => ends,
        Ok(None) => return fail(i),
        Err((d1, d2)) => {
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
    join(&a, &b).map(|ex| (r, ex)).ok_or_else(|| err(i))
}

/// The two ends as dates: a year carried from one to the other, a bare day
/// given the other end's month (None when that month lacks the day). Two
/// bare days come back as they are (`Err`): their month follows the range.
fn place_ends(a: End, b: End) -> Result<Option<(TimeExpr, TimeExpr)>, (u32, u32)> {
    Ok(match (a, b) {
        (End::Full(a), End::Full(b)) => Some(carry(a, b)),
        (End::Day(d), End::Full(b)) => same_month(&b.ex, d).map(|a| (a, b.ex)),
        (End::Full(a), End::Day(d)) => same_month(&a.ex, d).map(|b| (a.ex, b)),
        (End::Day(d1), End::Day(d2)) => return Err((d1, d2)),
    })
}

/// The two ends of "from X to Y" read on their own, each with its span in `input`
/// (which starts at "from"). An end without its year takes the other's, as in a
/// range; a bare day takes the other end's month ("from May 5 to 12").
pub(in super::super) fn from_to_ends(input: &str, reference: Option<Day>) -> Option<[TimeExpr; 2]> {
    let c = Ctx {
        reference: sane_reference(reference),
        prev: "",
    };
    let (r, _) = terminated(|i| kw(i, "from"), sp1).parse(input).ok()?;
    let a_at = input.offset(r);
    let (r, a) = endpoint(&Ctx { prev: "from", ..c }, r).ok()?;
    let a_end = input.offset(r);
    let (r, _) = separator(r, false).ok()?;
    let b_at = input.offset(r);
    let (r, b) = endpoint(&Ctx { prev: "to", ..c }, r).ok()?;
    let b_end = input.offset(r);
    let (mut a, mut b) = place_ends(a, b).ok()??;
    a.span = a_at..a_end;
    b.span = b_at..b_end;
    Some([a, b])
}

/// "November between 19 and 20", "Feb between 2-7 two thousand and eighteen"
fn month_between<'a>(c: &Ctx<'_>, i: &'a str) -> Res<'a, TimeExpr> {
    let (r, mt) = month_name(i)?;
    let (r, _) = (sp1, |i| kw_sp(i, "between")).parse(r)?;
    let (r, d1) = day_num(r)?;
    let (r, _) = separator(r, true)?;
    let (r, d2) = day_num(r)?;
    let (r, y) = opt(year_tail).parse(r)?;
    let ex = resolve_days(c, y, mt.month, d1, Some(d2)).ok_or_else(|| err(i))?;
    Ok((r, ex))
}

/// A weekday, abbreviations allowed without a period in a range ("Tue to Thur"). At
/// the end of the range a period after an abbreviation is left to the sentence.
fn weekday_in_range(i: &str, last: bool) -> Res<'_, i32> {
    if !last {
        if let Ok(ok) = weekday_name(i) {
            return Ok(ok);
        }
    }
    let (r, w) = word(i)?;
    let full = WEEKDAYS.iter().position(|d| w.eq_ignore_ascii_case(d));
    let abbr = WEEKDAY_ABBR.iter().find(|(a, _)| w.eq_ignore_ascii_case(a));
    match (full, abbr) {
        (Some(k), _) => Ok((r, k as i32)),
        (_, Some(&(_, d))) => Ok((r, d)),
        _ => fail(i),
    }
}

/// The first words of [`week_days`].
const WEEK_DAYS: Starts = starts(0, &["last", "this", "next"]);

/// "this week from Tue to Thur", "next week between Wednesday and Friday"
fn week_days<'a>(c: &Ctx<'_>, i: &'a str) -> Res<'a, TimeExpr> {
    let (r, delta) = rel_word_sp(i)?;
    let (r, _) = (|i| kw(i, "week"), sp1).parse(r)?;
    let (r, lead) = terminated(|i| kw_idx(i, &["from", "between"]), sp1).parse(r)?;
    let (r, d1) = weekday_in_range(r, false)?;
    let (r, _) = separator(r, lead == 1)?;
    let (r, d2) = weekday_in_range(r, true)?;
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

#[cfg(test)]
mod tests {
    use super::{separator_ahead, split_reading};

    #[test]
    fn separator_ahead_reads_twelve_pieces_between_spaces() {
        let cases: [(&str, bool); 10] = [
            ("May 2 to 5", true),
            ("2015-2018", true),
            ("May 2 \u{2013} 5", true),
            ("Monday, when talks resumed", false),
            // "to" glued to a word is not a separator; "TO" in capitals is.
            ("June 4 into the night", false),
            ("June 4 TO June 9", true),
            // Two spaces make an empty piece: "to" is then the 13th piece.
            ("a b c d e f g h i j  k to", false),
            ("a b c d e f g h i j k to", true),
            // Curly quotes and a vertical tab split words as spaces do.
            ("May\u{2019}to\u{201c}", true),
            ("May\u{b}thru", true),
        ];
        for (text, want) in cases {
            assert_eq!(separator_ahead(text), want, "{text:?}");
        }
    }

    #[test]
    fn separator_ahead_reads_as_the_split_words_from_every_start() {
        // Separators at every distance and byte offset: before, at and past
        // the twelfth piece, beside tabs, line breaks, curly quotes, runs
        // of spaces and letters not ASCII.
        let texts = [
            "Talks ran on for days until late in the week, then broke up",
            "the strike lasted from the 2nd of May through most of June 2019",
            "one two three four five six seven eight nine ten eleven twelve to",
            "one two three four five six seven eight nine ten eleven to twelve",
            "a\tb\nc\rd\u{b}e\u{c}f  g   h i j k l-m n o p",
            "prices in Zürich rose 4\u{2013}5% over the year till March",
            "\u{201c}Until\u{201d} is what she said, ‘thru’ the night",
            "Oct. 2 \u{2014} the date — stayed set, thrOUGH and TILL it",
            "mid-2020",
            "naïve résumé café déjà vu crème brûlée to go",
        ];
        let mut read = 0;
        for text in texts {
            for (k, _) in text.char_indices() {
                let i = &text[k..];
                assert_eq!(separator_ahead(i), split_reading(i), "{i:?}");
                read += 1;
            }
        }
        assert!(read > 400, "{read} starts");
    }
}
