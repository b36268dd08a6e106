//! Periods: month phrases, year-months in figures, decades in words, spans counted
//! from the reference, parts of relative units, ranges between two dates.

use super::*;
use Granularity as G;

#[test]
fn month_phrases() {
    let r = Some(R);
    check(
        "talks during the month of June",
        r,
        "the month of June",
        "2016-06-01",
        "2016-06-30",
        G::Month,
    );
    check(
        "a truce agreed this Jan",
        r,
        "this Jan",
        "2017-01-01",
        "2017-01-31",
        G::Month,
    );
    check(
        "elections due in Feb",
        r,
        "Feb",
        "2017-02-01",
        "2017-02-28",
        G::Month,
    );
    // "may" the verb stays a verb even after "month of"-less context.
    none("the month may bring rain");
}

#[test]
fn year_months_in_figures() {
    let r = Some(R);
    check(
        "figures for 2016-11 showed",
        r,
        "2016-11",
        "2016-11-01",
        "2016-11-30",
        G::Month,
    );
    check(
        "the 11/2016 report",
        r,
        "11/2016",
        "2016-11-01",
        "2016-11-30",
        G::Month,
    );
    check(
        "output in 2016 November",
        r,
        "2016 November",
        "2016-11-01",
        "2016-11-30",
        G::Month,
    );
    check(
        "results for 2016 Q3",
        r,
        "2016 Q3",
        "2016-07-01",
        "2016-09-30",
        G::Quarter,
    );
    // Year ranges keep their reading; spaced dashes between clauses are not months.
    check(
        "the 2010-11 season",
        r,
        "2010-11",
        "2010-01-01",
        "2011-12-31",
        G::Year,
    );
    assert_eq!(spans("in 2016 - 11 people died", r), vec!["2016"]);
    // A full ISO date is not a month.
    check(
        "on 2016-11-05",
        r,
        "2016-11-05",
        "2016-11-05",
        "2016-11-05",
        G::Day,
    );
}

#[test]
fn decades_in_words() {
    let r = Some(R);
    check(
        "popular in the seventies",
        r,
        "the seventies",
        "1970-01-01",
        "1979-12-31",
        G::Decade,
    );
    check(
        "the nineteen seventies",
        r,
        "the nineteen seventies",
        "1970-01-01",
        "1979-12-31",
        G::Decade,
    );
    check(
        "growth in the noughties",
        r,
        "the noughties",
        "2000-01-01",
        "2009-12-31",
        G::Decade,
    );
    check(
        "built in the 70's",
        r,
        "the 70's",
        "1970-01-01",
        "1979-12-31",
        G::Decade,
    );
    // An age, not a decade.
    none("a man in his 70's");
    none("a man in his seventies");
}

#[test]
fn spans_counted_from_the_reference() {
    let r = Some(R);
    check(
        "fighting over the past three weeks",
        r,
        "the past three weeks",
        "2017-04-28",
        "2017-05-18",
        G::Week,
    );
    check(
        "talks in the next 3 days",
        r,
        "the next 3 days",
        "2017-05-20",
        "2017-05-22",
        G::Day,
    );
    check(
        "within 5 years",
        r,
        "within 5 years",
        "2017-05-19",
        "2022-05-18",
        G::Year,
    );
    // Capitals open a sentence; a figure opens only "2 days hence".
    check(
        "Within 5 years, it will close.",
        r,
        "Within 5 years",
        "2017-05-19",
        "2022-05-18",
        G::Year,
    );
    check(
        "Next 3 days: talks.",
        r,
        "Next 3 days",
        "2017-05-20",
        "2017-05-22",
        G::Day,
    );
    check(
        "in the past two decades",
        r,
        "the past two decades",
        "1990-01-01",
        "2009-12-31",
        G::Decade,
    );
    check(
        "over the past month",
        r,
        "the past month",
        "2017-04-19",
        "2017-05-18",
        G::Month,
    );
    // "for the past nine years" is a length of time: a duration, not a period.
    assert_eq!(one("for the past nine years", r).kind, TimeKind::Duration);
    // "last month" stays the calendar month.
    check(
        "last month",
        r,
        "last month",
        "2017-04-01",
        "2017-04-30",
        G::Month,
    );
}

#[test]
fn relative_units() {
    let r = Some(R);
    check(
        "the coming week",
        r,
        "coming week",
        "2017-05-22",
        "2017-05-28",
        G::Week,
    );
    check(
        "late next week",
        r,
        "late next week",
        "2017-05-25",
        "2017-05-28",
        G::Week,
    );
    check(
        "early this month",
        r,
        "early this month",
        "2017-05-01",
        "2017-05-15",
        G::Month,
    );
    check(
        "late last year",
        r,
        "late last year",
        "2016-07-01",
        "2016-12-31",
        G::Year,
    );
    check(
        "for the rest of the year",
        r,
        "the rest of the year",
        "2017-05-19",
        "2017-12-31",
        G::Year,
    );
    check(
        "the week after next",
        r,
        "the week after next",
        "2017-05-29",
        "2017-06-04",
        G::Week,
    );
}

#[test]
fn ranges_between_two_dates() {
    let r = Some(R);
    check(
        "from Oct. 2 to October 22",
        r,
        "from Oct. 2 to October 22",
        "2016-10-02",
        "2016-10-22",
        G::Day,
    );
    check(
        "between January 1st 2015 and Feb 5th 2018",
        r,
        "between January 1st 2015 and Feb 5th 2018",
        "2015-01-01",
        "2018-02-05",
        G::Day,
    );
    check(
        "between 2015 and Feb 2018",
        r,
        "between 2015 and Feb 2018",
        "2015-01-01",
        "2018-02-28",
        G::Month,
    );
    check(
        "from 4 to January 22, 1995",
        r,
        "from 4 to January 22, 1995",
        "1995-01-04",
        "1995-01-22",
        G::Day,
    );
    check(
        "4 till 23 of this month",
        r,
        "4 till 23 of this month",
        "2017-05-04",
        "2017-05-23",
        G::Day,
    );
    check(
        "today till tomorrow",
        r,
        "today till tomorrow",
        "2017-05-19",
        "2017-05-20",
        G::Day,
    );
    check(
        "next week from Tue to Thur",
        r,
        "next week from Tue to Thur",
        "2017-05-23",
        "2017-05-25",
        G::Day,
    );
    // Each of the three words that open such a range (`WEEK_DAYS`).
    check(
        "this week between Wednesday and Friday",
        r,
        "this week between Wednesday and Friday",
        "2017-05-17",
        "2017-05-19",
        G::Day,
    );
    check(
        "last week from Mon to Wed",
        r,
        "last week from Mon to Wed",
        "2017-05-08",
        "2017-05-10",
        G::Day,
    );
    // Figures are not days of a range.
    none("between 10 and 20 people");
    // Fractions are not days of a range either.
    none("support rose from 1/3 to 1/2 of voters");
    assert_eq!(
        spans("cut from 5,500 troops to 4,800", r),
        Vec::<&str>::new()
    );
}

#[test]
fn spans_anchored_on_a_day() {
    let r = Some(R);
    let cases: &[(&str, &str, &str, &str, G)] = &[
        (
            "talks during the week of March 8, 2017",
            "the week of March 8, 2017",
            "2017-03-06",
            "2017-03-12",
            G::Week,
        ),
        (
            "a summit in the week beginning June 5, 2017",
            "the week beginning June 5, 2017",
            "2017-06-05",
            "2017-06-11",
            G::Week,
        ),
        (
            "flights halted for 3 days from today",
            "for 3 days from today",
            "2017-05-19",
            "2017-05-21",
            G::Day,
        ),
        (
            "a vote within 2 weeks from today",
            "within 2 weeks from today",
            "2017-05-19",
            "2017-06-01",
            G::Week,
        ),
        (
            "a curfew for a week starting tomorrow",
            "a week starting tomorrow",
            "2017-05-20",
            "2017-05-26",
            G::Week,
        ),
    ];
    for &(text, span, s, e, g) in cases {
        check(text, r, span, s, e, g);
    }
    // "the week of" before anything but a day is not a date.
    let t = find_times("the week of mourning", parse_iso_date(R));
    assert!(t.iter().all(|x| x.kind != TimeKind::Calendar), "{t:?}");
}

#[test]
fn ranges_of_mixed_ends() {
    let r = Some(R);
    let cases: &[(&str, &str, &str, &str, G)] = &[
        // An end without its year takes it from the other end.
        (
            "the ceasefire held from Feb 1st to March 2019",
            "from Feb 1st to March 2019",
            "2019-02-01",
            "2019-03-31",
            G::Day,
        ),
        (
            "the curfew ran from 10/25 to 01/25, officials said",
            "from 10/25 to 01/25",
            "2016-10-25",
            "2017-01-25",
            G::Day,
        ),
        (
            "troops will stay between now and November 15th",
            "between now and November 15th",
            "2017-05-19",
            "2017-11-15",
            G::Day,
        ),
        (
            "prices rose between Jan 22 and now",
            "between Jan 22 and now",
            "2017-01-22",
            "2017-05-19",
            G::Day,
        ),
        (
            "the talks ran from Friday the 12th until Tuesday the 16th",
            "from Friday the 12th until Tuesday the 16th",
            "2017-05-12",
            "2017-05-16",
            G::Day,
        ),
        (
            "polls open January 12, 2016 - 01/22/2016 in the north",
            "January 12, 2016 - 01/22/2016",
            "2016-01-12",
            "2016-01-22",
            G::Day,
        ),
        (
            "the blockade lasted from 2016/aug/01 to today",
            "from 2016/aug/01 to today",
            "2016-08-01",
            "2017-05-19",
            G::Day,
        ),
        // A range that holds its own separator, after "between".
        (
            "fighting between 4-22 January, 1995 killed dozens",
            "between 4-22 January, 1995",
            "1995-01-04",
            "1995-01-22",
            G::Day,
        ),
        (
            "a vote in November between 19 and 20",
            "November between 19 and 20",
            "2016-11-19",
            "2016-11-20",
            G::Day,
        ),
        (
            "a trial from 2 to 7 Feb, two thousand and eighteen",
            "from 2 to 7 Feb, two thousand and eighteen",
            "2018-02-02",
            "2018-02-07",
            G::Day,
        ),
        // The period of "Thur." closes the sentence.
        (
            "a meeting this week from Tue to Thur.",
            "this week from Tue to Thur",
            "2017-05-16",
            "2017-05-18",
            G::Day,
        ),
    ];
    for &(text, span, s, e, g) in cases {
        check(text, r, span, s, e, g);
    }
}

#[test]
fn years_in_words_in_periods() {
    let r = Some(R);
    let cases: &[(&str, &str, &str, &str, G)] = &[
        (
            "It happened in June of nineteen ninety nine",
            "June of nineteen ninety nine",
            "1999-06-01",
            "1999-06-30",
            G::Month,
        ),
        (
            "due in the third quarter of two thousand and twenty",
            "the third quarter of two thousand and twenty",
            "2020-07-01",
            "2020-09-30",
            G::Quarter,
        ),
        (
            "in the spring of nineteen seventy eight",
            "the spring of nineteen seventy eight",
            "1978-03-01",
            "1978-05-31",
            G::Season,
        ),
        (
            "output grew during Q3 this year",
            "Q3 this year",
            "2017-07-01",
            "2017-09-30",
            G::Quarter,
        ),
    ];
    for &(text, span, s, e, g) in cases {
        check(text, r, span, s, e, g);
    }
    // A count after a month is not its year.
    assert_eq!(
        spans("In June two thousand people marched", r),
        vec!["June"]
    );
}

#[test]
fn years_by_number_and_centuries() {
    let r = Some(R);
    let cases: &[(&str, &str, &str, &str, G)] = &[
        (
            "The town was founded in nineteen twenty eight.",
            "nineteen twenty eight",
            "1928-01-01",
            "1928-12-31",
            G::Year,
        ),
        (
            "a republic since two thousand and five",
            "two thousand and five",
            "2005-01-01",
            "2005-12-31",
            G::Year,
        ),
        (
            "a treaty signed in year 247",
            "year 247",
            "0247-01-01",
            "0247-12-31",
            G::Year,
        ),
        (
            "a mosque built in the 15th century",
            "the 15th century",
            "1400-01-01",
            "1499-12-31",
            G::Century,
        ),
        (
            "the nineteenth century saw",
            "the nineteenth century",
            "1800-01-01",
            "1899-12-31",
            G::Century,
        ),
    ];
    for &(text, span, s, e, g) in cases {
        check(text, r, span, s, e, g);
    }
    // Counts in words stay counts; a small number after "year" is no year.
    none("The risk is one in two thousand.");
    none("In year 10 pupils sit exams");
    none("a year 300 people died");
    none("a temple of the 5th century BC");
}

#[test]
fn lengths_and_parts_from_the_reference() {
    let r = Some("2017-11-08");
    check(
        "a deal within 5 years 1 month 12 days",
        r,
        "within 5 years 1 month 12 days",
        "2017-11-08",
        "2022-12-19",
        G::Day,
    );
    check(
        "elections 4 weeks in the future",
        r,
        "4 weeks in the future",
        "2017-11-09",
        "2017-12-06",
        G::Week,
    );
    check(
        "talks resume later in the year",
        r,
        "later in the year",
        "2017-11-08",
        "2017-12-31",
        G::Year,
    );
    check(
        "a raid earlier in the week",
        r,
        "earlier in the week",
        "2017-11-06",
        "2017-11-08",
        G::Week,
    );
    // After "and", the second of two lengths stays a length.
    let t = find_times("twenty-one years and six months in the future", r.map(d));
    assert!(t.iter().all(|x| x.kind == TimeKind::Duration), "{t:?}");
}

#[test]
fn seasons_weeks_of_a_month_and_year_to_date() {
    let r = Some(R);
    check(
        "shares are down 20% in the year to date",
        r,
        "year to date",
        "2017-01-01",
        "2017-05-19",
        G::Year,
    );
    check(
        "a strike in the third week of this month",
        r,
        "the third week of this month",
        "2017-05-15",
        "2017-05-21",
        G::Week,
    );
    // A season without its year is named but left unresolved: the tense tells
    // which summer "the summer" is.
    let t = one("talks stalled over the summer", r);
    assert_eq!((t.timex.as_str(), t.start), ("XXXX-SU", None));
    let t = one("by mid summer the army had withdrawn", r);
    assert_eq!((t.timex.as_str(), t.start), ("XXXX-SU-MID", None));
    none("after the fall of the capital");
    none("heavy summer rain");
    // A span counted in days without a reference is still a period.
    let t = one("a truce over the next 3 days", None);
    assert_eq!(t.kind, TimeKind::Calendar);
    assert!(!t.is_single_day(), "{t:?}");
}

#[test]
fn the_two_ends_of_a_change_of_date() {
    let ends = |s: &str| -> Vec<(String, String)> {
        change_ends(s, parse_iso_date(R))
            .map(|e| {
                e.iter()
                    .map(|t| (s[t.span.clone()].to_string(), t.timex.clone()))
                    .collect()
            })
            .unwrap_or_default()
    };
    let pair = |a: &str, ta: &str, b: &str, tb: &str| {
        vec![
            (a.to_string(), ta.to_string()),
            (b.to_string(), tb.to_string()),
        ]
    };
    assert_eq!(
        ends("from February 2024 to 2026"),
        pair("February 2024", "2024-02", "2026", "2026")
    );
    // The year of one end carried to the other; a bare day takes the month.
    assert_eq!(
        ends("from March to June 2025"),
        pair("March", "2025-03", "June 2025", "2025-06")
    );
    assert_eq!(
        ends("from May 5, 2025 to 12"),
        pair("May 5, 2025", "2025-05-05", "12", "2025-05-12")
    );
    // Not "from X to Y".
    assert!(ends("between May 5 and May 12").is_empty());
    assert!(ends("May 5 to May 12").is_empty());
}

#[test]
fn a_half_or_quarter_after_its_year_in_the_possessive() {
    let r = Some(R);
    let cases: &[(&str, &str, &str, &str, G)] = &[
        (
            "Profits should recover in next year's third quarter.",
            "next year's third quarter",
            "2018-07-01",
            "2018-09-30",
            G::Quarter,
        ),
        (
            "Sales fell in last year\u{2019}s first half.",
            "last year\u{2019}s first half",
            "2016-01-01",
            "2016-06-30",
            G::Half,
        ),
        (
            "a loss in 2016's fourth-quarter accounts",
            "2016's fourth-quarter",
            "2016-10-01",
            "2016-12-31",
            G::Quarter,
        ),
        (
            "booked in this year's final quarter",
            "this year's final quarter",
            "2017-10-01",
            "2017-12-31",
            G::Quarter,
        ),
    ];
    for &(text, span, s, e, g) in cases {
        check(text, r, span, s, e, g);
    }
    // Anything else after the possessive leaves the year alone, and a
    // fifth quarter is none.
    check(
        "next year's budget was cut",
        r,
        "next year",
        "2018-01-01",
        "2018-12-31",
        G::Year,
    );
    assert_eq!(spans("in 2016's fifth quarter", r), vec!["2016"]);
}
