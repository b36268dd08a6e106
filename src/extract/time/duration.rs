//! Durations: "nine and a half years", "27-minute", "Three weeks later", "16 years ago"; ages are not durations.

use super::*;
use crate::extract::number::figure_value;

#[derive(Clone, Copy, PartialEq, Debug)]
pub(super) enum Unit {
    Second,
    Minute,
    Hour,
    Day,
    Week,
    Fortnight,
    Month,
    Year,
    Decade,
    Century,
}

pub(super) const UNIT_WORDS: [(&str, Unit, bool); 28] = [
    ("second", Unit::Second, false),
    ("seconds", Unit::Second, true),
    ("sec", Unit::Second, false),
    ("secs", Unit::Second, true),
    ("minute", Unit::Minute, false),
    ("minutes", Unit::Minute, true),
    ("min", Unit::Minute, false),
    ("mins", Unit::Minute, true),
    ("hour", Unit::Hour, false),
    ("hours", Unit::Hour, true),
    ("hr", Unit::Hour, false),
    ("hrs", Unit::Hour, true),
    ("day", Unit::Day, false),
    ("days", Unit::Day, true),
    ("week", Unit::Week, false),
    ("weeks", Unit::Week, true),
    ("fortnight", Unit::Fortnight, false),
    ("fortnights", Unit::Fortnight, true),
    ("month", Unit::Month, false),
    ("months", Unit::Month, true),
    ("year", Unit::Year, false),
    ("years", Unit::Year, true),
    ("yr", Unit::Year, false),
    ("yrs", Unit::Year, true),
    ("decade", Unit::Decade, false),
    ("decades", Unit::Decade, true),
    ("century", Unit::Century, false),
    ("centuries", Unit::Century, true),
];

/// (days per unit, granularity, timex prefix, multiplier, timex suffix)
pub(super) fn unit_info(u: Unit) -> (f64, Granularity, &'static str, f64, &'static str) {
    match u {
        Unit::Second => (1.0 / 86_400.0, Granularity::Minute, "PT", 1.0, "S"),
        Unit::Minute => (1.0 / 1440.0, Granularity::Minute, "PT", 1.0, "M"),
        Unit::Hour => (1.0 / 24.0, Granularity::Minute, "PT", 1.0, "H"),
        Unit::Day => (1.0, Granularity::Day, "P", 1.0, "D"),
        Unit::Week => (7.0, Granularity::Week, "P", 1.0, "W"),
        Unit::Fortnight => (14.0, Granularity::Week, "P", 2.0, "W"),
        Unit::Month => (30.4375, Granularity::Month, "P", 1.0, "M"),
        Unit::Year => (365.25, Granularity::Year, "P", 1.0, "Y"),
        Unit::Decade => (3652.5, Granularity::Decade, "P", 10.0, "Y"),
        Unit::Century => (36_525.0, Granularity::Decade, "P", 100.0, "Y"),
    }
}

pub(super) fn unit_word(i: &str) -> Res<'_, (Unit, bool)> {
    let (r, w) = word(i)?;
    match UNIT_WORDS
        .iter()
        .find(|(s, _, _)| w.eq_ignore_ascii_case(s))
    {
        Some(&(_, u, plural)) => Ok((r, (u, plural))),
        None => fail(i),
    }
}

/// "9", "9.5", "1,000" (at most 15 characters).
pub(super) fn digit_number(i: &str) -> Res<'_, f64> {
    let (mut r, _) = digits(i)?;
    while let Ok((r2, _)) = (comma, take_while_m_n(3, 3, |c: char| c.is_ascii_digit())).parse(r) {
        if r2.starts_with(|c: char| c.is_ascii_digit()) {
            break;
        }
        r = r2;
    }
    if let Ok((r2, _)) = (nom_char('.'), digits).parse(r) {
        r = r2;
    }
    let (r, _) = end_word(r)?;
    let s = &i[..i.offset(r)];
    if s.len() > 15 || numberish_follows(r) {
        return fail(i);
    }
    let (int, dec) = s.split_once('.').unwrap_or((s, ""));
    figure_value(int, dec).map_or_else(|| fail(i), |v| Ok((r, v)))
}

/// "nine", "twenty-five", "two hundred"
pub(super) fn word_number(i: &str) -> Res<'_, f64> {
    let (r, v) = words_below_hundred(i)?;
    // "two hundred", but not "twenty-two hundred".
    if v < 20 {
        if let Ok((r2, _)) = preceded(sp1, |i| kw(i, "hundred")).parse(r) {
            return Ok((r2, f64::from(v) * 100.0));
        }
    }
    Ok((r, f64::from(v)))
}

/// A number; the flag says it was the article "a"/"an".
pub(super) fn number(i: &str) -> Res<'_, (f64, bool)> {
    alt((
        digit_number.map(|v| (v, false)),
        word_number.map(|v| (v, false)),
        (|i| kw_idx(i, &["a", "an"])).map(|_| (1.0, true)),
    ))
    .parse(i)
}

pub(super) fn and_a_half(i: &str) -> Res<'_, ()> {
    (
        sp1,
        |i| kw_sp(i, "and"),
        |i| kw_idx(i, &["a", "one"]),
        sp1,
        |i| kw(i, "half"),
    )
        .map(|_| ())
        .parse(i)
}

/// "-old", " old", "-olds": an age, not a duration.
pub(super) fn is_age(r: &str) -> bool {
    (alt((sp1, recognize(dash))), |i| kw_idx(i, &["old", "olds"]))
        .parse(r)
        .is_ok()
}

/// Previous words after which "a day", "a year" is a rate ("twice a day", "$5 million a year").
pub(super) fn rate_context(prev: &str) -> bool {
    const RATE: [&str; 12] = [
        "once", "twice", "thrice", "times", "million", "billion", "thousand", "hundred", "dollars",
        "euros", "pounds", "cents",
    ];
    prev.starts_with(|c: char| c.is_ascii_digit())
        || RATE.iter().any(|w| prev.eq_ignore_ascii_case(w))
}

/// "a day", "a year" is a duration only after a word that introduces one ("for a year",
/// "within a day") or before one that confirms it ("a year later", "a week of talks");
/// otherwise it is usually a rate ("1,000 units a day").  "a decade"/"a century" always are.
pub(super) fn article_duration_context(prev: &str, u: Unit, rest: &str) -> bool {
    const INTRO: [&str; 22] = [
        "for", "in", "within", "over", "after", "about", "nearly", "almost", "than", "past",
        "last", "lasting", "spent", "took", "taking", "only", "just", "barely", "least", "under",
        "around", "roughly",
    ];
    const FOLLOW: [&str; 9] = [
        "later", "earlier", "ago", "after", "before", "long", "of", "and", "into",
    ];
    matches!(u, Unit::Decade | Unit::Century)
        || INTRO.iter().any(|w| prev.eq_ignore_ascii_case(w))
        || (sp1, |i| kw_idx(i, &FOLLOW)).parse(rest).is_ok()
}

/// Number and unit of a duration: "nine and a half years", "a year and a half", "27-minute",
/// "34-year-long", "half an hour". Read once at an attempt's start, where
/// several grammars open with it (see `chart`).
pub(super) fn dur_core<'a>(c: &Ctx<'_>, i: &'a str) -> Res<'a, (f64, Unit)> {
    super::chart::duration(c, i, read_dur_core)
}

/// [`dur_core`], read.
fn read_dur_core<'a>(c: &Ctx<'_>, i: &'a str) -> Res<'a, (f64, Unit)> {
    if let Ok((r, _)) = kw_sp(i, "half") {
        let (r, _) = (|i| kw_idx(i, &["a", "an"]), sp1).parse(r)?;
        let (r, (u, plural)) = unit_word(r)?;
        if plural || is_age(r) {
            return fail(i);
        }
        return Ok((r, (0.5, u)));
    }
    let (r, (mut n, article)) = number(i)?;
    let (r, half1) = if article {
        (r, None)
    } else {
        opt(and_a_half).parse(r)?
    };
    let (r, hyphen) = alt((sp1.map(|_| false), dash.map(|_| true))).parse(r)?;
    let (r, (u, plural)) = unit_word(r)?;
    // After a figure "a year" is a rate ("400 a year"), unless a word that
    // counts time from it follows ("400 a year ago", "a year earlier").
    let rate = rate_context(c.prev)
        && (sp1, |i| kw_idx(i, &["ago", "earlier", "later"]))
            .parse(r)
            .is_err();
    if article && (u == Unit::Second || plural || hyphen || rate) {
        return fail(i);
    }
    if is_age(r) || (article && !article_duration_context(c.prev, u, r)) {
        return fail(i);
    }
    let (r, half2) = if half1.is_none() && !hyphen {
        opt(and_a_half).parse(r)?
    } else {
        (r, None)
    };
    if half1.is_some() || half2.is_some() {
        n += 0.5;
    }
    let (r, _) = if hyphen {
        opt((dash, |i| kw(i, "long"))).parse(r)?
    } else {
        (r, None)
    };
    if !(n > 0.0 && n < 1e9) {
        return fail(i);
    }
    Ok((r, (n, u)))
}

pub(super) fn dur_ex(n: f64, u: Unit) -> TimeExpr {
    let (days, g, prefix, mult, suffix) = unit_info(u);
    TimeExpr {
        span: 0..0,
        kind: TimeKind::Duration,
        granularity: g,
        start: None,
        end: None,
        relative: false,
        length_days: Some(n * days),
        clock_minutes: None,
        zone: None,
        timex: count_timex(prefix, n * mult, suffix),
    }
}

pub(super) const DURATION: Starts = DIGIT | NUMBER;

/// "nine years", "27-minute", "a decade", "six weeks' time" (the
/// possessive apostrophe of a plural unit is part of it as written; it
/// needs the noun it is the possessive of, so that a closing quote, as in
/// "'for six weeks'.", stays out).
pub(super) fn duration<'a>(c: &Ctx<'_>, i: &'a str) -> Res<'a, TimeExpr> {
    let (r, (n, u)) = dur_core(c, i)?;
    let plural = i[..i.len() - r.len()].ends_with(['s', 'S']);
    let r = match r.strip_prefix(['\'', '\u{2019}']) {
        Some(r2)
            if plural
                && r2
                    .strip_prefix(' ')
                    .is_some_and(|w| w.starts_with(char::is_lowercase)) =>
        {
            r2
        }
        _ => r,
    };
    Ok((r, dur_ex(n, u)))
}

pub(super) const AGO: Starts = DIGIT | NUMBER;

/// "two weeks ago", "16 years ago", "a year and a half ago"
pub(super) fn ago<'a>(c: &Ctx<'_>, i: &'a str) -> Res<'a, TimeExpr> {
    let (r, (n, u)) = dur_core(c, i)?;
    let (r, _) = (sp1, |i| kw(i, "ago")).parse(r)?;
    if n > 5000.0 {
        return fail(i);
    }
    let (days, g, _, mult, _) = unit_info(u);
    let Some(rf) = c.reference else {
        return Ok((r, unres(g, unres_timex(g))));
    };
    let (ry, rm, _) = civil_from_days(rf);
    let ex = match u {
        Unit::Year | Unit::Decade | Unit::Century => {
            let years = n * mult;
            if years.fract() == 0.0 {
                year_ex(ry - years as i32, true)
            } else {
                let (y, m) = add_months(ry, rm, -((years * 12.0).round() as i32));
                month_ex(y, m, None, true)
            }
        }
        Unit::Month if n.fract() == 0.0 => {
            let (y, m) = add_months(ry, rm, -(n as i32));
            month_ex(y, m, None, true)
        }
        Unit::Week | Unit::Fortnight => week_ex(rf - (n * days).round() as i32, true),
        Unit::Month | Unit::Day => day_ex(rf - (n * days).round() as i32, true),
        Unit::Hour | Unit::Minute | Unit::Second => day_ex(rf - (n * days).floor() as i32, true),
    };
    Ok((r, ex))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A duration's figure reads as the number parser reads a figure: the
    /// float nearest to what is written ("0.3", not 0.1 added three times).
    #[test]
    fn a_duration_figure_reads_as_the_nearest_float() {
        for (text, want, rest) in [
            ("9 years", 9.0_f64, " years"),
            ("0.3 years", 0.3, " years"),
            ("1.1 months", 1.1, " months"),
            ("2.675 days", 2.675, " days"),
            ("1,000 days", 1000.0, " days"),
            ("12,500.25 hours", 12_500.25, " hours"),
        ] {
            let (r, v) = digit_number(text).unwrap_or_else(|e| panic!("{text:?}: {e:?}"));
            assert_eq!((r, v.to_bits()), (rest, want.to_bits()), "{text:?}");
        }
        // Not a figure of a duration: too long, or going on as a date.
        assert!(digit_number("1234567890123456 days").is_err());
        assert!(digit_number("10:30 hours").is_err());
    }
}
