//! Tests of single days written every which way: lower-case and abbreviated months with a
//! day, days and years in words, dates in figures, weekdays naming their date, days
//! counted from an anchor; and the readings refused (verbs, counts, scores, ranks).

use super::*;

/// (span, ISO day) of every expression, against `r`.
fn days(text: &str, r: &str) -> Vec<(String, String)> {
    found(text, Some(r))
        .into_iter()
        .map(|(span, s, _, _)| (span, s))
        .collect()
}

#[track_caller]
fn day(text: &str, r: &str, span: &str, iso: &str) {
    assert_eq!(
        days(text, r),
        vec![(span.to_string(), iso.to_string())],
        "in {text:?}"
    );
}

#[test]
fn months_with_a_day_in_any_case() {
    let r = "2016-11-07";
    day(
        "the vote was held on jan-1 in the capital",
        r,
        "jan-1",
        "2016-01-01",
    );
    day(
        "talks resume 28-nov, officials said",
        r,
        "28-nov",
        "2015-11-28",
    );
    day(
        "the accord signed 16. nov. 2016 holds",
        r,
        "16. nov. 2016",
        "2016-11-16",
    );
    day("set for october, 1st.", r, "october, 1st", "2016-10-01");
    day(
        "since the 4th of march the army",
        r,
        "4th of march",
        "2016-03-04",
    );
    day(
        "he returned on may the eleventh",
        r,
        "may the eleventh",
        "2016-05-11",
    );
    day(
        "polls open may twenty-first",
        r,
        "may twenty-first",
        "2016-05-21",
    );
    day(
        "the twenty second of june 2017 meeting",
        r,
        "twenty second of june 2017",
        "2017-06-22",
    );
    day(
        "the deal was agreed on 26th june of 2020",
        r,
        "26th june of 2020",
        "2020-06-26",
    );
    day(
        "they met on second of Aug.",
        r,
        "second of Aug",
        "2016-08-02",
    );
    day("sworn in january12,2016", r, "january12,2016", "2016-01-12");
}

#[test]
fn years_in_words() {
    let r = "2016-11-07";
    day(
        "born on september the twenty-first nineteen seventy eight",
        r,
        "september the twenty-first nineteen seventy eight",
        "1978-09-21",
    );
    day(
        "on september 10, nineteen zero one",
        r,
        "september 10, nineteen zero one",
        "1901-09-10",
    );
    day(
        "on the tenth of september, two thousand",
        r,
        "tenth of september, two thousand",
        "2000-09-10",
    );
    // A count after the day is not its year.
    day(
        "on september 10, two thousand people marched",
        r,
        "september 10",
        "2016-09-10",
    );
}

#[test]
fn dates_in_figures() {
    let r = "2016-11-07";
    day(
        "the ruling of 02/22/2016 stands",
        r,
        "02/22/2016",
        "2016-02-22",
    );
    day("filed 21/04/16 in court", r, "21/04/16", "2016-04-21");
    day("issued 9-18-15 by the ministry", r, "9-18-15", "2015-09-18");
    day("Are you free on 13.5.2015?", r, "13.5.2015", "2015-05-13");
    day("the 2015.5.13 decree", r, "2015.5.13", "2015-05-13");
    day("released 2019-sep-1 in full", r, "2019-sep-1", "2019-09-01");
    day("signed 05/05/89 in Geneva", r, "05/05/89", "1989-05-05");
    day("the vote on 4/22 was close", r, "4/22", "2016-04-22");
}

#[test]
fn figures_that_are_not_dates() {
    // Scores, fractions, decimals, idioms and versions without a preposition of time.
    for text in [
        "the team won 4-2 at home",
        "open 24/7 all year",
        "a 3/4 majority",
        "shares rose 4.22 percent",
        "at 4.22 the train left",
        "version 2.3.15 shipped",
        "on 4.22 percent of votes",
    ] {
        assert!(
            found(text, Some(R))
                .iter()
                .all(|(_, s, e, g)| !(s == e && *g == Granularity::Day)),
            "{text:?}: {:?}",
            found(text, Some(R))
        );
    }
}

#[test]
fn weekdays_naming_their_date() {
    day(
        "What do I have on saturday the second",
        "2017-09-01",
        "saturday the second",
        "2017-09-02",
    );
    day(
        "I went back Friday the 15th",
        "2017-09-27",
        "Friday the 15th",
        "2017-09-15",
    );
    day(
        "monday, jan twenty two, 2018",
        "2016-11-07",
        "monday, jan twenty two, 2018",
        "2018-01-22",
    );
    day(
        "a call sometime this friday (jun-15) with Jim",
        "2018-06-14",
        "this friday (jun-15)",
        "2018-06-15",
    );
    day(
        "a call sometime friday 7/6 with Jim",
        "2018-07-06",
        "friday 7/6",
        "2018-07-06",
    );
    // June 23, 2018 is a Saturday: "this friday" and the date are two claims.
    assert_eq!(
        days(
            "sometime this friday june twenty three with Jim",
            "2018-06-20"
        ),
        vec![
            ("this friday".to_string(), "2018-06-22".to_string()),
            ("june twenty three".to_string(), "2017-06-23".to_string()),
        ]
    );
}

#[test]
fn days_from_an_anchor() {
    let r = "2016-11-07";
    day(
        "the first friday of july",
        r,
        "the first friday of july",
        "2016-07-01",
    );
    day(
        "the second Monday of next month",
        "2018-03-20",
        "the second Monday of next month",
        "2018-04-09",
    );
    day(
        "I'll go back second Sunday",
        "2017-09-27",
        "second Sunday",
        "2017-09-10",
    );
    day(
        "either friday of this week or",
        r,
        "friday of this week",
        "2016-11-11",
    );
    day(
        "I'll go back on Friday next week",
        r,
        "on Friday next week",
        "2016-11-18",
    );
    day("two weeks from now", r, "two weeks from now", "2016-11-21");
    day(
        "Are you available two sundays from now?",
        "2018-05-07",
        "two sundays from now",
        "2018-05-20",
    );
    day(
        "two days before yesterday",
        "2018-05-31",
        "two days before yesterday",
        "2018-05-28",
    );
    day(
        "I left here 2 years 1 month 21 days ago",
        "2017-11-23",
        "2 years 1 month 21 days ago",
        "2015-10-02",
    );
    day(
        "We had a meeting 1 month, 21 days ago",
        "2017-11-23",
        "1 month, 21 days ago",
        "2017-10-02",
    );
    // Four lengths at most make one "ago": of five, the first is read
    // alone and the four after it make the date.
    day(
        "It happened 1 year 2 months 1 week and 3 days ago",
        "2017-11-23",
        "1 year 2 months 1 week and 3 days ago",
        "2016-09-13",
    );
    assert_eq!(
        spans(
            "It happened 1 year 2 months 3 weeks 1 week 4 days ago",
            Some("2017-11-23")
        ),
        ["1 year", "2 months 3 weeks 1 week 4 days ago"]
    );
    day(
        "the 20th of next month",
        "2017-12-07",
        "the 20th of next month",
        "2018-01-20",
    );
    day("past monday", r, "past monday", "2016-10-31");
    day("this Friday", r, "this Friday", "2016-11-11");
    day("next Sunday", r, "next Sunday", "2016-11-20");
}

#[test]
fn a_day_named_alone() {
    let r = "2016-11-07";
    day("I went back on the 27th", r, "the 27th", "2016-10-27");
    day("I went back on 22nd?", r, "22nd", "2016-10-22");
    day("I went back for the 27.", r, "the 27", "2016-10-27");
    day(
        "I went back for the thirty first",
        r,
        "the thirty first",
        "2016-10-31",
    );
}

#[test]
fn words_that_stay_words() {
    for text in [
        // Verbs and nouns that are also months or weekdays.
        "you may first need a visa",
        "at least 5 may have died",
        "they march second to the square",
        "protesters may ten times over",
        "we sat on sat and wed",
        // Ranks and counts, not days.
        "i'll go to the 27th floor",
        "the first prize",
        "for the second time",
        "one of the 27, officials said",
        "the 21st century",
        "Commemorative Events for the 25th Anniversary",
    ] {
        assert!(
            found(text, Some(R))
                .iter()
                .all(|(_, s, e, g)| !(s == e && *g == Granularity::Day)),
            "{text:?}: {:?}",
            found(text, Some(R))
        );
    }
    // A count of Sundays: the weekday alone, not "second Sunday".
    assert_eq!(
        spans("for a second Sunday, crowds gathered", Some(R)),
        vec!["Sunday"]
    );
}

#[test]
fn day_in_words_reads_one_word_or_two_that_make_one_number() {
    use crate::extract::time::written::{day_in_words, DayForm};
    use DayForm::*;
    let cases = [
        // A lone number word, whatever follows it.
        (
            "Nine years later",
            Some((" years later", (9, CardinalWords))),
        ),
        ("fifteenth of May", Some((" of May", (15, OrdinalWord)))),
        // Two words that make one number, apart or joined.
        ("twenty one May", Some((" May", (21, CardinalWords)))),
        ("thirty-first", Some(("", (31, OrdinalCompound)))),
        // No day: not a number word, or a number past 31.
        ("years ago", None),
        ("forty days", None),
    ];
    for (text, want) in cases {
        assert_eq!(day_in_words(text).ok(), want, "{text:?}");
    }
}
