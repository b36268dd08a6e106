//! Tests of the time parsers over newswire strings: shared helpers, calendar
//! arithmetic, bare years, whole paragraphs, the parse API and robustness; the
//! topic files below hold the rest.

mod calendar;
mod period;
mod relative_clock_duration;
mod single_days;

use super::*;

pub(super) fn d(s: &str) -> Day {
    parse_iso_date(s).unwrap()
}

pub(super) fn iso(x: Option<Day>) -> String {
    x.map_or_else(|| "-".to_string(), fmt_day)
}

/// (span text, start, end, granularity) of every expression.
pub(super) fn found(text: &str, r: Option<&str>) -> Vec<(String, String, String, Granularity)> {
    find_times(text, r.map(d))
        .into_iter()
        .map(|e| {
            (
                text[e.span.clone()].to_string(),
                iso(e.start),
                iso(e.end),
                e.granularity,
            )
        })
        .collect()
}

/// Exactly one expression, with this span, interval and granularity.
#[track_caller]
pub(super) fn check(
    text: &str,
    r: Option<&str>,
    span: &str,
    start: &str,
    end: &str,
    g: Granularity,
) {
    let f = found(text, r);
    assert_eq!(
        f,
        vec![(span.to_string(), start.to_string(), end.to_string(), g)],
        "in {text:?}"
    );
}

#[track_caller]
pub(super) fn one(text: &str, r: Option<&str>) -> TimeExpr {
    let v = find_times(text, r.map(d));
    assert_eq!(v.len(), 1, "in {text:?}: {v:#?}");
    v.into_iter().next().unwrap()
}

#[track_caller]
pub(super) fn none(text: &str) {
    let v = find_times(text, Some(d(R)));
    assert!(v.is_empty(), "in {text:?}: {v:#?}");
}

#[track_caller]
pub(super) fn spans(text: &str, r: Option<&str>) -> Vec<String> {
    found(text, r).into_iter().map(|x| x.0).collect()
}

/// Reference date used by most tests: Friday 19 May 2017.
pub(super) const R: &str = "2017-05-19";
use Granularity as G;

#[test]
fn calendar_arithmetic() {
    assert_eq!(days_from_civil(1970, 1, 1), 0);
    assert_eq!(days_from_civil(2000, 3, 1), 11_017);
    for z in (-800_000..800_000).step_by(997) {
        let (y, m, dd) = civil_from_days(z);
        assert_eq!(days_from_civil(y, m, dd), z);
    }
    assert_eq!(
        parse_iso_date("2017-05-19"),
        Some(days_from_civil(2017, 5, 19))
    );
    assert_eq!(
        parse_iso_date("2017-05-19T10:00:00Z"),
        Some(days_from_civil(2017, 5, 19))
    );
    assert_eq!(parse_iso_date("2021-02-31"), None);
    assert_eq!(parse_iso_date("2021-13-01"), None);
    assert_eq!(parse_iso_date("20210101"), None);
    assert_eq!(parse_iso_date("2021-1-01"), None);
    assert_eq!(parse_iso_date("é2021-01-01"), None);
    assert_eq!(parse_iso_date(""), None);
    assert_eq!(weekday(d(R)), 4); // Friday
    assert_eq!(iso_week_monday(2027, 3), d("2027-01-18"));
    assert_eq!(iso_week_of(d("2021-01-03")), (2020, 53));
    // Extreme inputs do not panic.
    let _ = days_from_civil(i32::MAX, 99, 99);
    let _ = civil_from_days(i32::MIN);
    let _ = civil_from_days(i32::MAX);
}

#[test]
fn bare_years() {
    let r = Some(R);
    check(
        "The company was founded in 2013.",
        r,
        "2013",
        "2013-01-01",
        "2013-12-31",
        G::Year,
    );
    check(
        "In 1998, the party lost power.",
        r,
        "1998",
        "1998-01-01",
        "1998-12-31",
        G::Year,
    );
    check(
        "the 2016 election",
        None,
        "2016",
        "2016-01-01",
        "2016-12-31",
        G::Year,
    );
    check(
        "since 2009's financial crisis",
        r,
        "2009",
        "2009-01-01",
        "2009-12-31",
        G::Year,
    );
    check("(2014)", r, "2014", "2014-01-01", "2014-12-31", G::Year);
    let e = one("elected in 2013", None);
    assert_eq!(e.timex, "2013");
    assert!(!e.relative);
    assert_eq!(e.kind, TimeKind::Calendar);
    none("Turnout rose 40% in the north.");
    none("Prices rose 2013% in the north.");
    none("The army lost 5,100 soldiers.");
    none("About 2,013 people voted.");
    none("a value of 2013.5 was recorded");
    none("a 2000-year-old temple");
    assert_eq!(one("a 2000-year sentence", None).kind, TimeKind::Duration);
    none("It cost $2013 to fix.");
    none("Flight 1800 was delayed: it had 12345 passengers");
    none("the 1850 census"); // outside 1900..=2099
    none("2,400 troops");
    none("A321 and B2013 aircraft");
    none("a rise of 2050 per cent");
}

#[test]
fn newswire_paragraphs() {
    let r = Some(R);
    let text = "WASHINGTON (Reuters) - The U.S. Senate on Tuesday voted 52-48 to confirm the \
        nominee, ending a nine-month fight that began in August 2016. The vote came at 10:25 \
        a.m. EDT (1425 GMT), two weeks after the committee hearing.";
    assert_eq!(
        spans(text, r),
        vec![
            "Tuesday",
            "nine-month",
            "August 2016",
            "10:25 a.m. EDT",
            "1425 GMT",
            "two weeks"
        ]
    );
    let text = "Prices rose 40% in the first quarter of 2017 from a year earlier, the \
        company said on May 19, adding that it expects growth of 2.5 percent in 2018.";
    assert_eq!(
        spans(text, r),
        vec!["the first quarter of 2017", "a year", "May 19", "2018"]
    );
    let text = "The protests, which began in mid-March, have left 5,100 dead. On March 3, \
        thousands joined a march on the capital; police may withdraw by next week.";
    assert_eq!(spans(text, r), vec!["mid-March", "March 3", "next week"]);
    let text = "He served 16 years in prison after his arrest in 1998 and was released \
        three days ago, his lawyer said late Monday.";
    assert_eq!(
        spans(text, r),
        vec!["16 years", "1998", "three days ago", "late Monday"]
    );
    let text = "Unemployment fell to 4.4 percent in April, the lowest since May 2007, \
        the Labor Department said on Friday.";
    assert_eq!(spans(text, r), vec!["April", "May 2007", "Friday"]);
    let text = "“We have been waiting since 2013,” she said. The 2,400-strong force \
        arrived last December and will leave in the second half of next year.";
    assert_eq!(
        spans(text, r),
        vec!["2013", "last December", "the second half of next year"]
    );
}

#[test]
fn parse_time_api() {
    let (rest, e) = parse_time("May 19, 2017 and more", None).unwrap();
    assert_eq!(rest, " and more");
    assert_eq!(e.span, 0..12);
    assert_eq!(e.timex, "2017-05-19");
    let (rest, e) = parse_time("nine years later", Some(d(R))).unwrap();
    assert_eq!(
        (rest, e.span.clone(), e.kind),
        (" later", 0..10, TimeKind::Duration)
    );
    assert!(parse_time("one of them", None).is_err());
    assert!(parse_time("May", None).is_err());
    assert!(parse_time("", None).is_err());
    assert!(parse_time(" 2013", None).is_err());
    let (_, e) = parse_time("last year", Some(d(R))).unwrap();
    assert_eq!(e.timex, "2016");
}

#[test]
fn robustness() {
    let pieces = [
        "May",
        "19",
        "2017",
        ",",
        " ",
        "\u{a0}",
        "\u{2009}",
        "-",
        "\u{2013}",
        "é",
        "日本",
        "🎉",
        "the",
        "of",
        "last",
        "year",
        "ago",
        "a.m.",
        ":",
        ".",
        "0447",
        "GMT",
        "%",
        "'",
        "’",
        "9999999999999999999999",
        "0",
        "00",
        "0000",
        "31",
        "February",
        "Q",
        "H1",
        "s",
        "half",
        "a",
        "and",
        "Monday",
        "Wed.",
        "end",
        "from",
        "to",
        "between",
        "\u{301}",
        "'90s",
    ];
    let mut seed: u64 = 0x9E37_79B9_7F4A_7C15;
    for _ in 0..800 {
        let mut s = String::new();
        for _ in 0..12 {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            s.push_str(pieces[(seed % pieces.len() as u64) as usize]);
            if seed & 0x100 != 0 {
                s.push(' ');
            }
        }
        for r in [None, Some(d(R)), Some(i32::MAX), Some(i32::MIN)] {
            let v = find_times(&s, r);
            let mut last = 0;
            for e in &v {
                assert!(e.span.start >= last && e.span.end > e.span.start, "{s:?}");
                assert!(s.is_char_boundary(e.span.start) && s.is_char_boundary(e.span.end));
                if let (Some(a), Some(b)) = (e.start, e.end) {
                    assert!(a <= b, "{s:?}: {e:?}");
                }
                last = e.span.end;
            }
            for k in 0..s.len() {
                if s.is_char_boundary(k) {
                    let _ = parse_time(&s[k..], r);
                }
            }
        }
    }
    for s in [
        "",
        " ",
        "0",
        "00000000000000000000000000000 years",
        "year 0",
        "0 years",
        "the 0s",
        "the 0000s",
        "Q0",
        "Q9",
        "0:00",
        "24:00",
        "99:99",
        "\u{0}",
        "½ years",
    ] {
        let _ = find_times(s, Some(d(R)));
    }
    none("year 0");
    none("0 years");
}

#[test]
fn long_inputs_are_scanned_whole() {
    let para = "The Senate voted on Tuesday, May 19, 2017, after nine years of debate; \
        the 2,400 troops may withdraw by the end of this month, officials said at 10:25 a.m. \
        A march on the capital drew 40% more people than in 2013. ";
    // ~800 KB optimised, ~200 KB in debug builds.
    let n = if cfg!(debug_assertions) {
        1 << 10
    } else {
        1 << 12
    };
    let text = para.repeat(n);
    let v = find_times(&text, Some(d(R)));
    assert_eq!(v.len(), n * 5);
    // Pathological runs stay linear.
    let m = n << 8;
    let long = "1".repeat(m) + &" ".repeat(m) + &"the ".repeat(m / 4);
    let _ = find_times(&long, Some(d(R)));
}

#[test]
fn a_segmented_text_reads_the_same_dates() {
    // `find_times_in` walks the runs the tokenizer cut and classed: a run
    // that is a whole ASCII token takes the class bits of the token's
    // lookup; words joined by dashes, a possessive, words not ASCII and a
    // trigger with a figure glued on are looked up on their own. The runs
    // are the words the scanner cuts from the text, with the same classes.
    let text = "Norway’s mid-March vote was put off until Q3 2025 — or late 2026. \
        The São Paulo-based fund said on Thursday, May 19, that the \
        ten-day talks begin next week; in 2024 prices rose 3%.";
    // An empty lexicon holds the date scanner's words too.
    for lex in [
        crate::lexicon::Lexicon::builtin_for_tests(),
        Default::default(),
    ] {
        let doc = crate::segment::segment(text, &lex);
        assert_eq!(doc.runs, words_of(text));
        let v = find_times_in(&doc, text, Some(d(R)));
        assert_eq!(v, find_times(text, Some(d(R))));
        let spans: Vec<&str> = v.iter().map(|t| &text[t.span.clone()]).collect();
        assert_eq!(
            spans,
            [
                "mid-March",
                "Q3 2025",
                "late 2026",
                "Thursday, May 19",
                "ten-day",
                "next week",
                "2024"
            ]
        );
        // A run of whole sentences reads as its own text does: its runs
        // are the doc's, moved back by where it starts. (The second text's
        // sentences open and end with a date's words.)
        let second = "May 2019 was calm. The vote is set for 2021";
        for (text, doc) in [(text, doc), (second, crate::segment::segment(second, &lex))] {
            for (i, a) in doc.sentences.iter().enumerate() {
                for b in &doc.sentences[i..] {
                    let part = a.span.start..b.span.end;
                    assert_eq!(
                        find_times_in_part(&doc, text, part.clone(), None),
                        find_times(&text[part.clone()], None),
                        "{:?}",
                        &text[part]
                    );
                }
            }
            assert!(doc.sentences.len() >= 2);
        }
    }
}

#[test]
fn figures_the_scanner_passes_over() {
    // A figure with a mark of a date always opens an attempt; a plain count
    // (a decimal, a count with a word glued on by a dash) only with a time
    // word, clock word or marked figure in the next words.
    let cases = [
        ("2019 was a hard year", true),
        ("0447 GMT", true),
        ("5th of the month", true),
        ("1990s music", true),
        ("10:25 this morning", true),
        ("5/3 was the date", true),
        ("5-day strike", true),
        ("14-hour shifts", true),
        ("2.5 years", true),
        ("5.30 am", true),
        ("10.25 local time", true),
        ("13.5.2015", true),
        ("2.3.15 shipped", true),
        ("9-18-15", true),
        ("5 March", true),
        ("3 to 5 days", true),
        ("21 million years ago", true),
        ("5 pm", true),
        ("7 a.m.", true),
        ("9 o'clock", true),
        ("6 GMT", true),
        ("30 secs", true),
        ("6, 7 and 8 May", true),
        ("11 - 2016", true),
        ("4 to 22 this month", true),
        ("2 and a half hours", true),
        ("3 million years ago", true),
        ("5,100 troops were deployed", false),
        // A word that is neither date vocabulary nor a connector ends the
        // search: the time word after it belongs to another phrase.
        ("12 vessels to 10 last year", false),
        ("18,400 hectares by Monday evening", false),
        ("21 million passengers last year", false),
        ("63 people were hurt", false),
        ("400,000 residents, officials said.", false),
        ("85 percent of voters", false),
        ("214 passengers and 31 crew", false),
        ("14 to 22, after complaints", false),
        ("3.5 per cent", false),
        ("61.4%, up 3.2 points", false),
        ("1.2 million birds", false),
        ("60-bed unit", false),
        ("2,870-metre volcano", false),
        // A percentage is no date, whatever follows it.
        ("40% in 2021", false),
        // Letters glued on make a mark of a date only when a date grammar
        // reads them: an ordinal's or plural's ending, a clock's, a time
        // word or unit of time; not a unit of another measure.
        ("5th of the month", true),
        ("90s music", true),
        ("5pm", true),
        ("7p.m. sharp", true),
        ("4.47am", true),
        ("30secs", true),
        ("3yrs ago", true),
        ("5jan", true),
        ("10h30", true),
        ("45mph winds", false),
        ("7.2m tonnes", false),
        ("43.9C in 2003", false),
        ("3G masts", false),
    ];
    for (text, opens) in cases {
        assert_eq!(figure_opens(text), opens, "{text:?}");
    }
    // A decimal may be a day in figures after "on" or "in" ("on 4.22"),
    // not after another word.
    for (text, opens) in [
        ("on 4.22", true),
        ("In 4.22 percent", true),
        ("rose 4.22 percent", false),
        ("at 4.22 the train left", false),
    ] {
        let words = words_of(text);
        assert_eq!(figure_may_open(text, &words, 1), opens, "{text:?}");
    }
    assert_eq!(spans("the vote on 4.22 was close", None), ["4.22"]);
    // Dates after a plain count are still found whole.
    assert_eq!(
        spans("from 6 to 8 May 2017", None),
        ["from 6 to 8 May 2017"]
    );
    assert_eq!(spans("they left at 7 a.m. sharp", None), ["7 a.m."]);
    assert_eq!(spans("it lasted 30 secs", None), ["30 secs"]);
    assert_eq!(
        spans("the fleet fell from 12 vessels to 10 last year", None),
        ["last year"]
    );
    assert_eq!(
        spans("for 2 and a half hours", None),
        ["2 and a half hours"]
    );
    // And none is read where a plain count stands among other words
    // (in debug builds the scanner also checks that what it skips reads
    // nothing).
    none("Some 5,100 troops and 63 police officers, 214 in all, were deployed.");
}

#[test]
fn a_weak_trigger_reaches_its_time_word_only_over_date_words() {
    // As after a plain count, a word that is neither date vocabulary nor a
    // connector ends the search for the time word.
    let cases = [
        ("the mine gate since Tuesday", false),
        ("for them to leave today", false),
        ("the strike days", false),
        ("the past nine years", true),
        ("the end of May", true),
        ("later in the week", true),
        ("between now and November 15th", true),
        ("the past few years", true),
        ("the rest of my week", true),
        // One or two digits right after it are a day alone only before no
        // other word.
        ("the 27.", true),
        ("the 27 .", true),
        ("a 21 percent premium", false),
        ("the 9% rise in May", false),
        ("from 4,500 to 5,100 troops", false),
        // "on" opens only "on Friday (of) next week": before another date
        // the date opens at its own first word.
        ("on Friday next week", true),
        ("on Friday of next week", true),
        ("on Tuesday that the talks", false),
        ("on the 5th", false),
    ];
    for (text, opens) in cases {
        assert_eq!(attempt_at_word(text), opens, "{text:?}");
    }
    assert_eq!(
        spans("crews reached the mine gate since Tuesday", None),
        ["Tuesday"]
    );
    assert_eq!(
        spans("he will decide later in the week", None),
        ["later in the week"]
    );
    assert_eq!(
        spans(
            "talks resume on Friday of next week, not on Tuesday that",
            None
        ),
        ["on Friday of next week", "Tuesday"]
    );
}

#[test]
fn number_words_after_a_weak_trigger() {
    // An ordinal word alone is no time word ("the second" names no day);
    // number words open an attempt as a pair that may be a year or a day.
    let cases = [
        ("the first carriage, police said", false),
        ("the third tropical system", false),
        ("the two companies said", false),
        ("the two thousand and tens", true),
        ("from nineteen ninety to two thousand", true),
        ("two thousand and fourteen", true),
        ("the twenty-first.", true),
        ("the first half of 2017", true),
        ("the third week of 2027", true),
        ("one second later", true),
    ];
    for (text, opens) in cases {
        assert_eq!(attempt_at_word(text), opens, "{text:?}");
    }
    assert_eq!(
        spans("from nineteen ninety to two thousand, prices rose", None),
        ["from nineteen ninety to two thousand"]
    );
    assert_eq!(
        spans("it ended the first half of 2017", None),
        ["the first half of 2017"]
    );
    none("The first carriage and the two companies were fine.");
}
