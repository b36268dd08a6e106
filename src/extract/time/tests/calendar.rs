//! Tests of calendar expressions: year ranges and parts, months, full dates.

use super::*;

#[test]
fn year_ranges_and_parts() {
    let r = Some(R);
    check(
        "from 2010 to 2013",
        r,
        "from 2010 to 2013",
        "2010-01-01",
        "2013-12-31",
        G::Year,
    );
    check(
        "the 2012-13 season",
        r,
        "2012-13",
        "2012-01-01",
        "2013-12-31",
        G::Year,
    );
    check(
        "between 2001 and 2005",
        r,
        "between 2001 and 2005",
        "2001-01-01",
        "2005-12-31",
        G::Year,
    );
    check(
        "in early 2020",
        r,
        "early 2020",
        "2020-01-01",
        "2020-06-30",
        G::Month,
    );
    check(
        "by mid-2020",
        r,
        "mid-2020",
        "2020-04-01",
        "2020-09-30",
        G::Month,
    );
    check(
        "by mid\u{2013}2020",
        r,
        "mid\u{2013}2020",
        "2020-04-01",
        "2020-09-30",
        G::Month,
    );
    check(
        "in late 2020",
        r,
        "late 2020",
        "2020-07-01",
        "2020-12-31",
        G::Month,
    );
    check(
        "during the 1990s",
        r,
        "the 1990s",
        "1990-01-01",
        "1999-12-31",
        G::Decade,
    );
    check(
        "in the early 1990s",
        r,
        "the early 1990s",
        "1990-01-01",
        "1994-12-31",
        G::Decade,
    );
    check(
        "since the mid-1980s",
        r,
        "the mid-1980s",
        "1983-01-01",
        "1986-12-31",
        G::Decade,
    );
    check(
        "music of the '60s",
        r,
        "the '60s",
        "1960-01-01",
        "1969-12-31",
        G::Decade,
    );
    check(
        "music of the \u{2019}60s",
        r,
        "the \u{2019}60s",
        "1960-01-01",
        "1969-12-31",
        G::Decade,
    );
    check(
        "1970s rock",
        r,
        "1970s",
        "1970-01-01",
        "1979-12-31",
        G::Decade,
    );
    assert_eq!(one("the 1990s", None).timex, "199X");
    none("people in their 60s");
    check(
        "the first half of this year",
        r,
        "the first half of this year",
        "2017-01-01",
        "2017-06-30",
        G::Half,
    );
    assert_eq!(one("the first half of this year", r).timex, "2017-H1");
    check(
        "in the second half of 2016",
        r,
        "the second half of 2016",
        "2016-07-01",
        "2016-12-31",
        G::Half,
    );
    check(
        "the second quarter of 2021",
        r,
        "the second quarter of 2021",
        "2021-04-01",
        "2021-06-30",
        G::Quarter,
    );
    assert_eq!(one("the second quarter of 2021", r).timex, "2021-Q2");
    check(
        "in the fourth quarter of last year",
        r,
        "the fourth quarter of last year",
        "2016-10-01",
        "2016-12-31",
        G::Quarter,
    );
    check(
        "first-quarter 2021 profit",
        r,
        "first-quarter 2021",
        "2021-01-01",
        "2021-03-31",
        G::Quarter,
    );
    check(
        "Q3 2019 results",
        r,
        "Q3 2019",
        "2019-07-01",
        "2019-09-30",
        G::Quarter,
    );
    check(
        "in H1 2020",
        r,
        "H1 2020",
        "2020-01-01",
        "2020-06-30",
        G::Half,
    );
    none("the H1N1 virus");
    check(
        "the third week of 2027",
        r,
        "the third week of 2027",
        "2027-01-18",
        "2027-01-24",
        G::Week,
    );
    assert_eq!(one("the third week of 2027", r).timex, "2027-W03");
    check(
        "the first week of May",
        r,
        "the first week of May",
        "2017-05-01",
        "2017-05-07",
        G::Week,
    );
    check(
        "the last week of February 2020",
        r,
        "the last week of February 2020",
        "2020-02-23",
        "2020-02-29",
        G::Week,
    );
    check(
        "spring 2021",
        r,
        "spring 2021",
        "2021-03-01",
        "2021-05-31",
        G::Season,
    );
    assert_eq!(one("spring 2021", r).timex, "2021-SP");
    check(
        "in the spring of 2021",
        r,
        "the spring of 2021",
        "2021-03-01",
        "2021-05-31",
        G::Season,
    );
    check(
        "last spring",
        r,
        "last spring",
        "2016-03-01",
        "2016-05-31",
        G::Season,
    );
    assert!(one("last spring", r).relative);
    check(
        "this summer",
        r,
        "this summer",
        "2017-06-01",
        "2017-08-31",
        G::Season,
    );
    check(
        "last winter",
        r,
        "last winter",
        "2016-12-01",
        "2017-02-28",
        G::Season,
    );
    check(
        "in the fall of 2019",
        r,
        "the fall of 2019",
        "2019-09-01",
        "2019-11-30",
        G::Season,
    );
    check(
        "Autumn 2019",
        r,
        "Autumn 2019",
        "2019-09-01",
        "2019-11-30",
        G::Season,
    );
    none("the fall of Kabul");
    none("spring water and summer rain");
    none("the fourth quarter was dramatic");
}

#[test]
fn months() {
    let r = Some(R);
    check(
        "January 2013",
        r,
        "January 2013",
        "2013-01-01",
        "2013-01-31",
        G::Month,
    );
    check(
        "since Jan. 2013",
        r,
        "Jan. 2013",
        "2013-01-01",
        "2013-01-31",
        G::Month,
    );
    check(
        "IN JANUARY 2013",
        r,
        "JANUARY 2013",
        "2013-01-01",
        "2013-01-31",
        G::Month,
    );
    check(
        "in Sept. 2015",
        r,
        "Sept. 2015",
        "2015-09-01",
        "2015-09-30",
        G::Month,
    );
    check(
        "March 2014",
        r,
        "March 2014",
        "2014-03-01",
        "2014-03-31",
        G::Month,
    );
    check(
        "in October of 2014",
        r,
        "October of 2014",
        "2014-10-01",
        "2014-10-31",
        G::Month,
    );
    check(
        "in late January 2013",
        r,
        "late January 2013",
        "2013-01-16",
        "2013-01-31",
        G::Month,
    );
    check(
        "in February of this year",
        r,
        "February of this year",
        "2017-02-01",
        "2017-02-28",
        G::Month,
    );
    check(
        "in February last year",
        r,
        "February last year",
        "2016-02-01",
        "2016-02-29",
        G::Month,
    );
    let e = one("in February", r);
    assert_eq!(
        (iso(e.start), iso(e.end), e.relative),
        ("2017-02-01".into(), "2017-02-28".into(), true)
    );
    assert_eq!(e.timex, "2017-02");
    check(
        "in February",
        Some("2017-01-10"),
        "February",
        "2016-02-01",
        "2016-02-29",
        G::Month,
    );
    check("in May", r, "May", "2017-05-01", "2017-05-31", G::Month);
    check("in June", r, "June", "2016-06-01", "2016-06-30", G::Month);
    check(
        "last December",
        r,
        "last December",
        "2016-12-01",
        "2016-12-31",
        G::Month,
    );
    check(
        "late December",
        r,
        "late December",
        "2016-12-16",
        "2016-12-31",
        G::Month,
    );
    check(
        "in mid-March",
        r,
        "mid-March",
        "2017-03-11",
        "2017-03-20",
        G::Month,
    );
    check(
        "next March",
        r,
        "next March",
        "2018-03-01",
        "2018-03-31",
        G::Month,
    );
    check(
        "last May",
        r,
        "last May",
        "2016-05-01",
        "2016-05-31",
        G::Month,
    );
    check(
        "October saw protests",
        r,
        "October",
        "2016-10-01",
        "2016-10-31",
        G::Month,
    );
    let e = one("in February", None);
    assert_eq!(
        (e.start, e.end, e.relative, e.timex.as_str()),
        (None, None, true, "XXXX-02")
    );
    // Not months.
    none("They may withdraw their troops.");
    none("a march on the capital");
    none("Theresa May said that");
    assert_eq!(spans("Theresa May said on Friday that", r), vec!["Friday"]);
    none("May I ask?");
    none("April Ryan asked a question");
    // A capitalised abbreviation alone is a month after a date word ("in Jan."),
    // not when a capitalised word follows (a given name).
    assert_eq!(spans("in Jan Egeland's view", r), Vec::<&str>::new());
    assert_eq!(spans("prices rose in Jan. and fell", r), vec!["Jan."]);
    none("an august institution");
}

#[test]
fn full_dates() {
    let r = Some(R);
    check(
        "on May 19, 2017",
        r,
        "May 19, 2017",
        "2017-05-19",
        "2017-05-19",
        G::Day,
    );
    check(
        "on 19 May 2017",
        r,
        "19 May 2017",
        "2017-05-19",
        "2017-05-19",
        G::Day,
    );
    check(
        "Tuesday, May 19, 2017",
        r,
        "Tuesday, May 19, 2017",
        "2017-05-19",
        "2017-05-19",
        G::Day,
    );
    check(
        "on Wed., Jan. 4, 2017",
        r,
        "Wed., Jan. 4, 2017",
        "2017-01-04",
        "2017-01-04",
        G::Day,
    );
    check(
        "released 2022-02-17.",
        r,
        "2022-02-17",
        "2022-02-17",
        "2022-02-17",
        G::Day,
    );
    check(
        "on the 19th of May",
        Some("2017-06-01"),
        "the 19th of May",
        "2017-05-19",
        "2017-05-19",
        G::Day,
    );
    check(
        "on May 19",
        Some("2017-05-10"),
        "May 19",
        "2016-05-19",
        "2016-05-19",
        G::Day,
    );
    check(
        "on May 19th",
        r,
        "May 19th",
        "2017-05-19",
        "2017-05-19",
        G::Day,
    );
    check(
        "Sept. 11, 2001",
        r,
        "Sept. 11, 2001",
        "2001-09-11",
        "2001-09-11",
        G::Day,
    );
    check(
        "ON MARCH 3 2015",
        r,
        "MARCH 3 2015",
        "2015-03-03",
        "2015-03-03",
        G::Day,
    );
    check(
        "on 3rd March",
        r,
        "3rd March",
        "2017-03-03",
        "2017-03-03",
        G::Day,
    );
    check(
        "May 4-22, 2017",
        r,
        "May 4-22, 2017",
        "2017-05-04",
        "2017-05-22",
        G::Day,
    );
    check(
        "from 4 to 22 May",
        r,
        "from 4 to 22 May",
        "2017-05-04",
        "2017-05-22",
        G::Day,
    );
    check(
        "from 4 to 22 this month",
        r,
        "from 4 to 22 this month",
        "2017-05-04",
        "2017-05-22",
        G::Day,
    );
    check(
        "between 4 and 7 June 2016",
        r,
        "between 4 and 7 June 2016",
        "2016-06-04",
        "2016-06-07",
        G::Day,
    );
    check(
        "on February 29",
        r,
        "February 29",
        "2016-02-29",
        "2016-02-29",
        G::Day,
    );
    check(
        "on\u{a0}May\u{a0}19,\u{2009}2017",
        r,
        "May\u{a0}19,\u{2009}2017",
        "2017-05-19",
        "2017-05-19",
        G::Day,
    );
    check(
        "on May\u{202f}19",
        r,
        "May\u{202f}19",
        "2017-05-19",
        "2017-05-19",
        G::Day,
    );
    let e = one("on May 19", None);
    assert_eq!(
        (e.start, e.timex.as_str(), e.relative),
        (None, "XXXX-05-19", true)
    );
    assert_eq!(one("Tuesday, May 19, 2017", None).timex, "2017-05-19");
    // Invalid dates give no day.
    for t in [
        "31 February 2021",
        "February 30, 2019",
        "2021-02-31",
        "2021-13-01",
        "0000-00-00",
    ] {
        for e in find_times(t, Some(d(R))) {
            assert_ne!(e.granularity, G::Day, "{t}: {e:?}");
        }
    }
}
