//! Tests of relative expressions, clock times and durations.

use super::*;

#[test]
fn relative() {
    let r = Some(R);
    let cases: &[(&str, &str, &str, &str, G)] = &[
        (
            "last year",
            "last year",
            "2016-01-01",
            "2016-12-31",
            G::Year,
        ),
        (
            "this year",
            "this year",
            "2017-01-01",
            "2017-12-31",
            G::Year,
        ),
        (
            "next year",
            "next year",
            "2018-01-01",
            "2018-12-31",
            G::Year,
        ),
        (
            "last month",
            "last month",
            "2017-04-01",
            "2017-04-30",
            G::Month,
        ),
        (
            "this month",
            "this month",
            "2017-05-01",
            "2017-05-31",
            G::Month,
        ),
        (
            "earlier this month",
            "earlier this month",
            "2017-05-01",
            "2017-05-19",
            G::Month,
        ),
        (
            "later this year",
            "later this year",
            "2017-05-19",
            "2017-12-31",
            G::Year,
        ),
        (
            "next week",
            "next week",
            "2017-05-22",
            "2017-05-28",
            G::Week,
        ),
        (
            "this week",
            "this week",
            "2017-05-15",
            "2017-05-21",
            G::Week,
        ),
        (
            "last week",
            "last week",
            "2017-05-08",
            "2017-05-14",
            G::Week,
        ),
        (
            "last weekend",
            "last weekend",
            "2017-05-13",
            "2017-05-14",
            G::Week,
        ),
        ("yesterday", "yesterday", "2017-05-18", "2017-05-18", G::Day),
        ("Today", "Today", "2017-05-19", "2017-05-19", G::Day),
        ("tomorrow", "tomorrow", "2017-05-20", "2017-05-20", G::Day),
        (
            "the day before yesterday",
            "the day before yesterday",
            "2017-05-17",
            "2017-05-17",
            G::Day,
        ),
        (
            "two weeks ago",
            "two weeks ago",
            "2017-05-01",
            "2017-05-07",
            G::Week,
        ),
        (
            "16 years ago",
            "16 years ago",
            "2001-01-01",
            "2001-12-31",
            G::Year,
        ),
        (
            "three days ago",
            "three days ago",
            "2017-05-16",
            "2017-05-16",
            G::Day,
        ),
        (
            "a year ago",
            "a year ago",
            "2016-01-01",
            "2016-12-31",
            G::Year,
        ),
        (
            "six months ago",
            "six months ago",
            "2016-11-01",
            "2016-11-30",
            G::Month,
        ),
        (
            "the end of this month",
            "the end of this month",
            "2017-05-16",
            "2017-05-31",
            G::Month,
        ),
        (
            "by the end of the year",
            "the end of the year",
            "2017-07-01",
            "2017-12-31",
            G::Month,
        ),
        (
            "at the start of 2020",
            "the start of 2020",
            "2020-01-01",
            "2020-06-30",
            G::Month,
        ),
        (
            "at the end of March",
            "the end of March",
            "2017-03-16",
            "2017-03-31",
            G::Month,
        ),
        (
            "end-March",
            "end-March",
            "2017-03-16",
            "2017-03-31",
            G::Month,
        ),
        ("on Monday", "Monday", "2017-05-15", "2017-05-15", G::Day),
        (
            "late Monday",
            "late Monday",
            "2017-05-15",
            "2017-05-15",
            G::Day,
        ),
        ("on Tuesday", "Tuesday", "2017-05-16", "2017-05-16", G::Day),
        ("on Friday", "Friday", "2017-05-19", "2017-05-19", G::Day),
        (
            "on Saturday",
            "Saturday",
            "2017-05-13",
            "2017-05-13",
            G::Day,
        ),
        (
            "last Friday",
            "last Friday",
            "2017-05-12",
            "2017-05-12",
            G::Day,
        ),
        (
            "next Monday",
            "next Monday",
            "2017-05-22",
            "2017-05-22",
            G::Day,
        ),
        (
            "Wednesday night",
            "Wednesday night",
            "2017-05-17",
            "2017-05-17",
            G::Day,
        ),
        (
            "on Thurs. the",
            "Thurs.",
            "2017-05-18",
            "2017-05-18",
            G::Day,
        ),
    ];
    for &(text, span, s, e, g) in cases {
        check(text, r, span, s, e, g);
        let x = one(text, r);
        assert_eq!(x.relative, !text.contains("20"), "{text}");
        assert_eq!(x.kind, TimeKind::Calendar, "{text}");
        // Without a reference: found but unresolved.
        let u = one(text, None);
        if x.relative {
            assert_eq!((u.start, u.end, u.relative), (None, None, true), "{text}");
        }
        assert_eq!(&text[u.span.clone()], span);
    }
    assert_eq!(one("next week", r).timex, "2017-W21");
    assert_eq!(one("last month", r).timex, "2017-04");
    assert_eq!(one("on Monday", None).timex, "XXXX-WXX-1");
    // Not weekdays.
    none("we sun ourselves on sat and wed the sun");
    none("Sun Microsystems and the Sun newspaper");
}

#[test]
fn clocks() {
    let r = Some(R);
    let cases: &[(&str, &str, u32, Option<&str>)] = &[
        ("at 10:25 the", "10:25", 625, None),
        ("at 10.25 am on", "10.25 am", 625, None),
        ("at 10:25 p.m. the", "10:25 p.m.", 22 * 60 + 25, None),
        ("at 4.47am", "4.47am", 287, None),
        ("at 0447 GMT", "0447 GMT", 287, Some("GMT")),
        ("(1425 GMT)", "1425 GMT", 14 * 60 + 25, Some("GMT")),
        ("at 1430 hours", "1430 hours", 870, None),
        ("at 9 a.m. EDT", "9 a.m. EDT", 540, Some("EDT")),
        ("at 3 PM local time", "3 PM local time", 900, Some("local")),
        ("at 12 am", "12 am", 0, None),
        ("at 12 pm", "12 pm", 720, None),
        ("at noon", "noon", 720, None),
        ("at midnight UTC", "midnight UTC", 0, Some("UTC")),
        ("at 10.25 GMT", "10.25 GMT", 625, Some("GMT")),
        ("at 9 o'clock", "9 o'clock", 540, None),
        ("23:59:59", "23:59:59", 23 * 60 + 59, None),
        // What follows the figure, as `clock_core` looks at it first: a
        // zone word in lower case, a glued "pm", a tab or a space not
        // ASCII before "am", capitals.
        ("at 0900 local time", "0900 local time", 540, Some("local")),
        ("at 1430 hrs", "1430 hrs", 870, None),
        ("at 5pm", "5pm", 17 * 60, None),
        ("at 7\tpm", "7\tpm", 19 * 60, None),
        ("at 10\u{a0}am", "10\u{a0}am", 600, None),
        ("at 9 A.M.", "9 A.M.", 540, None),
    ];
    for &(text, span, mins, zone) in cases {
        let e = one(text, r);
        assert_eq!(&text[e.span.clone()], span, "{text}");
        assert_eq!(e.kind, TimeKind::Clock, "{text}");
        assert_eq!(e.granularity, G::Minute);
        assert_eq!(e.clock_minutes, Some(mins), "{text}");
        assert_eq!(e.zone.as_deref(), zone, "{text}");
        assert_eq!((e.start, e.end), (None, None), "{text}");
    }
    assert_eq!(one("at 10:25", r).timex, "T10:25");
    // Clock with an attached date.
    let e = one("at 10:25 a.m. on Monday", r);
    assert_eq!(iso(e.start), "2017-05-15");
    assert_eq!(e.timex, "2017-05-15T10:25");
    assert_eq!(e.kind, TimeKind::Clock);
    let e = one("on May 19, 2017, at 10:25 GMT", r);
    assert_eq!(e.timex, "2017-05-19T10:25");
    assert_eq!(e.zone.as_deref(), Some("GMT"));
    let e = one("Monday at 9 a.m.", r);
    assert_eq!(
        (iso(e.start), e.clock_minutes),
        ("2017-05-15".into(), Some(540))
    );
    // Not clocks.
    none("a 0447 code");
    none("score of 10.25");
    none("the 25:70 ratio");
    none("I am here");
    none("10 amendments");
    none("13 pm");
}

#[test]
fn durations() {
    let r = Some(R);
    let cases: &[(&str, &str, f64, &str, G)] = &[
        ("for nine years", "nine years", 9.0 * 365.25, "P9Y", G::Year),
        (
            "nine and a half years",
            "nine and a half years",
            9.5 * 365.25,
            "P9.5Y",
            G::Year,
        ),
        (
            "a year and a half",
            "a year and a half",
            1.5 * 365.25,
            "P1.5Y",
            G::Year,
        ),
        (
            "took 27 minutes",
            "27 minutes",
            27.0 / 1440.0,
            "PT27M",
            G::Minute,
        ),
        ("three weeks", "three weeks", 21.0, "P3W", G::Week),
        // the possessive apostrophe of a plural unit is written with it,
        // a closing quote is not
        (
            "it would take 'six weeks'.",
            "six weeks",
            42.0,
            "P6W",
            G::Week,
        ),
        (
            "a vote in six weeks' time",
            "six weeks'",
            42.0,
            "P6W",
            G::Week,
        ),
        (
            "sentenced to two years\u{2019} jail",
            "two years\u{2019}",
            2.0 * 365.25,
            "P2Y",
            G::Year,
        ),
        ("in a decade", "a decade", 3652.5, "P10Y", G::Decade),
        ("16 months", "16 months", 16.0 * 30.4375, "P16M", G::Month),
        ("48 hours", "48 hours", 2.0, "PT48H", G::Minute),
        (
            "a 27-minute delay",
            "27-minute",
            27.0 / 1440.0,
            "PT27M",
            G::Minute,
        ),
        (
            "his 34-year-long career",
            "34-year-long",
            34.0 * 365.25,
            "P34Y",
            G::Year,
        ),
        (
            "a nine-year mission",
            "nine-year",
            9.0 * 365.25,
            "P9Y",
            G::Year,
        ),
        (
            "a nine\u{2013}year mission",
            "nine\u{2013}year",
            9.0 * 365.25,
            "P9Y",
            G::Year,
        ),
        (
            "for the past nine years",
            "nine years",
            9.0 * 365.25,
            "P9Y",
            G::Year,
        ),
        ("Three weeks later", "Three weeks", 21.0, "P3W", G::Week),
        (
            "twenty-five years",
            "twenty-five years",
            25.0 * 365.25,
            "P25Y",
            G::Year,
        ),
        ("9.5 years", "9.5 years", 9.5 * 365.25, "P9.5Y", G::Year),
        (
            "half an hour",
            "half an hour",
            0.5 / 24.0,
            "PT0.5H",
            G::Minute,
        ),
        (
            "30 seconds",
            "30 seconds",
            30.0 / 86_400.0,
            "PT30S",
            G::Minute,
        ),
        (
            "two centuries",
            "two centuries",
            73_050.0,
            "P200Y",
            G::Decade,
        ),
        ("1,000 years", "1,000 years", 365_250.0, "P1000Y", G::Year),
        ("a five-day strike", "five-day", 5.0, "P5D", G::Day),
    ];
    for &(text, span, days, timex, g) in cases {
        let e = one(text, r);
        assert_eq!(&text[e.span.clone()], span, "{text}");
        assert_eq!(e.kind, TimeKind::Duration, "{text}");
        assert!(
            (e.length_days.unwrap() - days).abs() < 1e-9,
            "{text}: {e:?}"
        );
        assert_eq!(e.timex, timex, "{text}");
        assert_eq!(e.granularity, g, "{text}");
        assert_eq!((e.start, e.end, e.relative), (None, None, false));
    }
    // Ages and other non-durations.
    none("a 44-year-old man");
    none("the 4-years-old girl");
    none("he is 44 years old");
    none("five-year-olds");
    none("a second coup");
    none("one of them");
    none("he ate twice a day");
    none("$5 million a year");
    none("it would sell 1,000 units a day");
    assert_eq!(spans("for a year", r), vec!["a year"]);
    assert_eq!(spans("A week later", r), vec!["A week"]);
    // after a figure "a year" is a rate unless time is counted from it
    assert_eq!(spans("sales were 400 a year ago", r), vec!["a year ago"]);
    assert_eq!(spans("down from 1,640 a year earlier", r), vec!["a year"]);
    none("sales were 400 a year");
    none("a few years");
    none("1 / 5");
}
