//! Dates compared across sources.
//!
//! A change of date written as a range: "postponed the election from
//! February 2024 to 2026" names the old date and the new one. Sources that
//! agree on the old date and disagree on the new one must be flagged on the
//! new date alone; the old date of one source is never compared with the new
//! date of another; and a range with no change verb stays one range.
//!
//! A date may give a day, a time of day or both, and is compared on what
//! the other date also gives. A date still to come is a plan however it is
//! worded.

use crosscheck::article;
use crosscheck::claim::Value;
use crosscheck::rules::load;

fn story(texts: &[&str]) -> crosscheck::engine::Report {
    let rules = load::default_pack().expect("the default pack loads");
    let articles = texts
        .iter()
        .enumerate()
        .map(|(k, body)| {
            let text = format!("---\ndate: 2023-09-26\noutlet: Outlet {k}\n---\n{body}\n");
            article::parse(&format!("{k}.md"), text).expect("the article parses")
        })
        .collect();
    crosscheck::check(articles, &rules)
}

/// The text of each date claim, in order.
fn dates(report: &crosscheck::engine::Report) -> Vec<&str> {
    report
        .claims
        .iter()
        .filter(|c| matches!(c.value, Value::Time(_)))
        .map(|c| c.text.as_str())
        .collect()
}

/// The quoted text of each claim a finding cites.
fn cited(report: &crosscheck::engine::Report, k: usize) -> Vec<String> {
    report.findings[k]
        .claims
        .iter()
        .map(|c| report.claims[c.claim].text.to_string())
        .collect()
}

#[test]
fn a_postponement_is_compared_on_its_new_date() {
    let report = story(&[
        "The military authorities postponed the presidential election from February 2024 to 2026, a spokesman said.",
        "The military authorities postponed the presidential election from February 2024 to 2025, a spokesman said.",
    ]);
    assert_eq!(
        dates(&report),
        ["February 2024", "2026", "February 2024", "2025"]
    );
    assert_eq!(report.findings.len(), 1, "{:#?}", report.findings);
    assert_eq!(cited(&report, 0), ["2026", "2025"]);
}

#[test]
fn the_old_dates_are_compared_with_each_other() {
    let report = story(&[
        "Organisers moved the referendum from March 3 to April 14.",
        "Organisers moved the referendum from March 10 to April 14.",
    ]);
    assert_eq!(report.findings.len(), 1, "{:#?}", report.findings);
    assert_eq!(cited(&report, 0), ["March 3", "March 10"]);
    assert!(
        report.findings[0].message.contains("moved from"),
        "{}",
        report.findings[0].message
    );
}

#[test]
fn a_range_without_a_change_verb_stays_a_range() {
    let report = story(&["The festival runs from May 5 to May 20, organisers said."]);
    assert_eq!(dates(&report), ["from May 5 to May 20"]);
}

#[test]
fn a_change_in_another_segment_does_not_split_a_range() {
    let report = story(&["The vote, moved twice already, will be held from May 5 to May 20."]);
    assert_eq!(dates(&report), ["from May 5 to May 20"]);
}

#[test]
fn a_verb_of_quantity_leaves_the_range_a_period() {
    let report = story(&["Food prices rose from January to March, the statistics office said."]);
    assert_eq!(dates(&report), ["from January to March"]);
}

#[test]
fn a_time_of_day_on_different_days_conflicts() {
    // The articles are dated Tuesday 2023-09-26: next Monday is October 2.
    // Same hour, different day: the day is compared too. (A length of time
    // between "will" and the date leaves the date a plan.)
    let report = story(&[
        "Bus drivers in Tamberly will strike for 24 hours from 5 a.m. next Monday.",
        "A one-day bus strike in Tamberly will start at 05:00 on October 3.",
    ]);
    assert_eq!(report.findings.len(), 1, "{:#?}", report.findings);
    assert_eq!(
        cited(&report, 0),
        ["5 a.m. next Monday", "05:00 on October 3"]
    );
    // A time of day against a day alone: the days are compared.
    let report = story(&[
        "Bus drivers in Tamberly will strike for 24 hours from 5 a.m. next Monday.",
        "A one-day bus strike in Tamberly will start on October 3.",
    ]);
    assert_eq!(report.findings.len(), 1, "{:#?}", report.findings);
    assert_eq!(cited(&report, 0), ["5 a.m. next Monday", "October 3"]);
}

#[test]
fn the_same_moment_written_differently_agrees() {
    let report = story(&[
        "Bus drivers in Tamberly will strike for 24 hours from 5 a.m. next Monday.",
        "A one-day bus strike in Tamberly will start at 05:00 on October 2.",
    ]);
    assert!(report.findings.is_empty(), "{:#?}", report.findings);
    // Different hours of one day still conflict.
    let report = story(&[
        "Bus drivers in Tamberly will strike from 5 a.m. on October 2.",
        "A bus strike in Tamberly will start at 07:00 on October 2.",
    ]);
    assert_eq!(report.findings.len(), 1, "{:#?}", report.findings);
    assert_eq!(
        cited(&report, 0),
        ["5 a.m. on October 2", "07:00 on October 2"]
    );
}

#[test]
fn a_date_still_to_come_is_a_plan_however_it_is_worded() {
    // "will" makes one a plan; the other is one because it is after the
    // article's date.
    let report = story(&[
        "Dockworkers in Vessa will strike on Monday, October 9, the union said.",
        "The union set a dock strike in Vessa starting on Tuesday, October 10.",
    ]);
    assert_eq!(report.findings.len(), 1, "{:#?}", report.findings);
    assert_eq!(
        cited(&report, 0),
        ["Monday, October 9", "Tuesday, October 10"]
    );
}

#[test]
fn two_plans_for_one_event_need_no_more_in_common() {
    // Nothing else is shared: no name, one content word. Dates that have
    // passed would need more; two dates still to come are one plan.
    let plans = story(&[
        "The strike, involving some 3,800 flight attendants, will start on Friday, October 6.",
        "Travellers were scrambling after cabin crew announced a walkout beginning on 7 October.",
    ]);
    assert_eq!(plans.findings.len(), 1, "{:#?}", plans.findings);
    assert_eq!(cited(&plans, 0), ["Friday, October 6", "7 October"]);
    let past = story(&[
        "The strike, involving some 3,800 flight attendants, started on Friday, September 22.",
        "Travellers were scrambling after cabin crew staged a walkout on 21 September.",
    ]);
    assert_eq!(past.findings.len(), 0, "{:#?}", past.findings);
}

#[test]
fn a_name_written_short_is_the_same_name() {
    // "Magda" and "Storm Magda" are one name; "Orla" is another storm
    let short = "Magda made landfall on the coast on Sunday night, killing four people.";
    let report = story(&[short, "Storm Magda came ashore late on 23 September."]);
    assert_eq!(report.findings.len(), 1, "{:#?}", report.findings);
    assert_eq!(cited(&report, 0), ["Sunday night", "23 September"]);
    let report = story(&[short, "Storm Orla came ashore late on 23 September."]);
    assert_eq!(report.findings.len(), 0, "{:#?}", report.findings);
}
