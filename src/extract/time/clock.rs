//! Clock times: "10:25", "10.25 am", "0447 GMT", "noon", with a zone and an attached date when given.

use super::*;

pub(super) fn ampm_tag(i: &str) -> Res<'_, &str> {
    alt((
        tag_no_case("a.m."),
        tag_no_case("p.m."),
        tag_no_case("a.m"),
        tag_no_case("p.m"),
        tag_no_case("am"),
        tag_no_case("pm"),
    ))
    .parse(i)
}

/// "am", "a.m.", "PM" ...; true for p.m.
pub(super) fn ampm(i: &str) -> Res<'_, bool> {
    let (r, s) = ampm_tag(i)?;
    let (r, _) = end_word(r)?;
    Ok((r, s.starts_with(['p', 'P'])))
}

pub(super) const ZONES: [&str; 38] = [
    "UTC", "GMT", "BST", "CET", "CEST", "EET", "EEST", "WET", "WEST", "MSK", "IST", "PKT", "ICT",
    "WIB", "SGT", "HKT", "JST", "KST", "AEST", "AEDT", "ACST", "AWST", "NZST", "NZDT", "EST",
    "EDT", "CST", "CDT", "MST", "MDT", "PST", "PDT", "AKST", "HST", "ET", "CT", "MT", "PT",
];

/// Zone after a clock time: "GMT", "local time"; "hours"/"hrs" give no zone.
pub(super) fn zone(i: &str) -> Res<'_, Option<&str>> {
    if let Ok((r, _)) = (|i| kw_sp(i, "local"), |i| kw(i, "time")).parse(i) {
        return Ok((r, Some("local")));
    }
    let (r, w) = word(i)?;
    if ZONES.contains(&w) {
        return Ok((r, Some(w)));
    }
    if w.eq_ignore_ascii_case("hours") || w.eq_ignore_ascii_case("hrs") {
        return Ok((r, None));
    }
    fail(i)
}

pub(super) fn hour_min(h: u32, m: u32, pm: Option<bool>) -> Option<u32> {
    let h = match pm {
        None if h <= 23 => h,
        None => return None,
        Some(_) if h == 0 || h > 12 => return None,
        Some(false) => h % 12,
        Some(true) => h % 12 + 12,
    };
    (m < 60).then_some(h * 60 + m)
}

pub(super) fn small_hour(i: &str) -> Res<'_, u32> {
    let (r, d) = digits(i)?;
    if d.len() > 2 {
        return fail(i);
    }
    Ok((r, to_u32(d)))
}

pub(super) fn opt_zone(i: &str) -> Res<'_, Option<&str>> {
    opt(preceded(sp1, zone))
        .parse(i)
        .map(|(r, z)| (r, z.flatten()))
}

/// Clock time: (minutes after midnight, zone). Read only where its first
/// bytes admit one ([`clock_may_open`]): most figures a date is tried at
/// are no clock time, and each of its forms read them to fail.
pub(super) fn clock_core(i: &str) -> Res<'_, (u32, Option<&str>)> {
    if !clock_may_open(i.as_bytes()) {
        debug_assert!(read_clock_core(i).is_err(), "a clock time left out: {i:?}");
        return fail(i);
    }
    read_clock_core(i)
}

/// Whether a clock time may open `b`, told by the bytes after its first
/// figure: a named time ("noon") or anything that opens with a letter or
/// sign is read; one or two digits only before ':' or '.' ("10:25",
/// "4.47am"), or before "am", "pm" or "o'clock" (past ASCII spaces, "10
/// am", "5pm"); four digits only before a space and a zone ("0447 GMT",
/// "1430 hours", "0900 local time": a capital, "l" or "h"). A char not
/// ASCII where a letter or space would stand is read.
fn clock_may_open(b: &[u8]) -> bool {
    let d = b.iter().take_while(|x| x.is_ascii_digit()).count();
    if d == 0 {
        return true;
    }
    if d <= 2 && matches!(b.get(d), Some(b':' | b'.')) {
        return true;
    }
    let k = d + b[d..]
        .iter()
        .take_while(|&&x| x.is_ascii() && is_sp(char::from(x)))
        .count();
    match (d, b.get(k)) {
        (1 | 2 | 4, Some(x)) if !x.is_ascii() => true,
        (1 | 2, Some(x)) => matches!(x | 0x20, b'a' | b'p' | b'o'),
        (4, Some(x)) => k > d && (x.is_ascii_uppercase() || matches!(x, b'l' | b'h')),
        _ => false,
    }
}

/// [`clock_core`], read.
fn read_clock_core(i: &str) -> Res<'_, (u32, Option<&str>)> {
    // "10:25", "10:25:30 p.m. EDT"
    let colon = |i| {
        let (r, (h, _, m)) = (small_hour, nom_char(':'), two_digits).parse(i)?;
        let (r, _) = opt((nom_char(':'), two_digits)).parse(r)?;
        let (r, pm) = opt(preceded(sp0, ampm)).parse(r)?;
        if pm.is_none() && (end_word(r).is_err() || numberish_follows(r)) {
            return fail(i);
        }
        let (r, z) = opt_zone(r)?;
        let mins = hour_min(h, m, pm).ok_or_else(|| err(i))?;
        Ok((r, (mins, z)))
    };
    // "10.25 am", "4.47am", "10.25 GMT"
    let dot = |i| {
        let (r, (h, _, m)) = (small_hour, nom_char('.'), two_digits).parse(i)?;
        let (r, pm, z) = match preceded(sp0, ampm).parse(r) {
            Ok((r, pm)) => {
                let (r, z) = opt_zone(r)?;
                (r, Some(pm), z)
            }
            Err(_) => {
                let (r, z) = preceded(sp1, zone).parse(r)?;
                if z.is_none() {
                    return fail(i);
                }
                (r, None, z)
            }
        };
        let mins = hour_min(h, m, pm).ok_or_else(|| err(i))?;
        Ok((r, (mins, z)))
    };
    // "10 am", "4 p.m.", "9 o'clock"
    let hour_only = |i| {
        let (r, h) = small_hour(i)?;
        if let Ok((r, _)) = (
            sp1,
            tag_no_case("o"),
            apostrophe,
            tag_no_case("clock"),
            end_word,
        )
            .parse(r)
        {
            let mins = hour_min(h, 0, None).ok_or_else(|| err(i))?;
            let (r, z) = opt_zone(r)?;
            return Ok((r, (mins, z)));
        }
        let (r, pm) = preceded(sp0, ampm).parse(r)?;
        let (r, z) = opt_zone(r)?;
        let mins = hour_min(h, 0, Some(pm)).ok_or_else(|| err(i))?;
        Ok((r, (mins, z)))
    };
    // "0447 GMT", "1430 hours"
    let military = |i| {
        let (r, d) = digits(i)?;
        if d.len() != 4 {
            return fail(i);
        }
        let (r, z) = preceded(sp1, zone).parse(r)?;
        let v = to_u32(d);
        let mins = hour_min(v / 100, v % 100, None).ok_or_else(|| err(i))?;
        Ok((r, (mins, z)))
    };
    let named = |i| {
        let (r, k) = kw_idx(i, &["noon", "midday", "midnight"])?;
        let (r, z) = opt_zone(r)?;
        Ok((r, ([720, 720, 0][k], z)))
    };
    alt((colon, dot, hour_only, military, named)).parse(i)
}

pub(super) fn clock_ex(mins: u32, zone: Option<&str>) -> TimeExpr {
    TimeExpr {
        span: 0..0,
        kind: TimeKind::Clock,
        granularity: Granularity::Minute,
        start: None,
        end: None,
        relative: false,
        length_days: None,
        clock_minutes: Some(mins),
        zone: zone.map(str::to_string),
        timex: format!("T{:02}:{:02}", mins / 60, mins % 60),
    }
}

pub(super) const CLOCK_EXPR: Starts = starts(DIGIT, &["noon", "midday", "midnight"]);

/// A clock time, with an attached day when one follows ("10 a.m. on Monday").
pub(super) fn clock_expr<'a>(c: &Ctx<'_>, i: &'a str) -> Res<'a, TimeExpr> {
    let (r, (mins, z)) = clock_core(i)?;
    let day = preceded((opt((sp0, comma)), sp1, opt(|i| kw_sp(i, "on"))), |i| {
        longest(c, i, &DAY_PARSERS)
    })
    .parse(r);
    match day {
        Ok((r2, d)) if is_single_day(&d) => Ok((r2, with_clock(d, mins, z))),
        _ => Ok((r, clock_ex(mins, z))),
    }
}
