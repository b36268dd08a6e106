//! Claim extraction: article text -> segments -> claims. The nom parsers
//! (`number`, `time`) find figures and time expressions; `name` finds names;
//! `quantity` and `dates` read each one's context into a claim.
//!
//! Undated articles are dated by estimate: the story's latest known
//! publication date (or, with none, the latest past date any article
//! mentions), never earlier than the latest past date the article itself
//! mentions. Claims that rest on an estimate say so.

pub mod context;
pub mod dates;
pub mod name;
pub mod number;
pub mod quantity;
pub mod time;

use std::ops::Range;

use compact_str::CompactString;

use crate::article::Article;
use crate::claim::{Claim, ClaimKind, Context, NameValue, Value};
use crate::lexicon::class;
use crate::lexicon::Lexicon;
use crate::segment::{self, segment, Doc};
use time::{Day, TimeExpr, TimeKind};

/// Claims of all articles, plus the date each article was read against.
pub struct Extraction {
    pub claims: Vec<Claim>,
    /// Per article: the reference date and whether it is an estimate.
    pub reference: Vec<(Option<Day>, bool)>,
}

/// Extract the claims of a set of articles about one story.
pub fn extract_all(articles: &[Article], lex: &Lexicon) -> Extraction {
    let docs: Vec<Doc> = articles.iter().map(|a| segment(&a.scan, lex)).collect();
    let doc_refs: Vec<&Doc> = docs.iter().collect();
    let common = name::lowercase_words(&doc_refs, lex);

    // Dating: the latest past date each undated article mentions (a dated
    // article needs none, and scanning it would parse its dates twice).
    let latest: Vec<Option<Day>> = articles
        .iter()
        .zip(&docs)
        .map(|(a, d)| {
            if a.date.is_none() {
                latest_past_date(a, d, lex)
            } else {
                None
            }
        })
        .collect();
    let story_now = articles
        .iter()
        .filter_map(|a| a.date)
        .max()
        .or_else(|| latest.iter().flatten().copied().max());
    let reference: Vec<(Option<Day>, bool)> = articles
        .iter()
        .zip(&latest)
        .map(|(a, l)| match (a.date, a.dateline) {
            (Some(d), _) => (Some(d), false),
            // A dateline gives month and day: take the year that puts it
            // nearest the story's date.
            (None, Some((m, d))) => match story_now.or(*l) {
                Some(now) => (Some(nearest(now, m, d)), false),
                None => (None, false),
            },
            (None, None) => (story_now.max(*l), story_now.is_some() || l.is_some()),
        })
        .collect();

    // First pass: time expressions and names of every article.
    let mut found: Vec<(Vec<TimeExpr>, Vec<name::NameMention>)> = Vec::new();
    for (i, (article, doc)) in articles.iter().zip(&docs).enumerate() {
        let times = time::find_times_in(doc, &article.scan, reference[i].0);
        let times = split_changes(times, doc, &article.scan, reference[i].0);
        let mut times = second_days(times, doc);
        if let Some(r) = reference[i].0 {
            adjust_times(&mut times, doc, r);
        }
        let masked: Vec<Range<usize>> = times.iter().map(|t| t.span.clone()).collect();
        let names = name::find_names(doc, &article.scan, lex, &common, &masked);
        found.push((times, names));
    }
    // A name used after a scope preposition anywhere in the story ("in
    // Kessel") is a place, even when the lexicon does not know it.
    let places = name::places_by_usage(
        &docs,
        &found.iter().map(|f| f.1.as_slice()).collect::<Vec<_>>(),
    );
    for (_, names) in found.iter_mut() {
        for m in names.iter_mut() {
            if m.entity != crate::claim::EntityKind::Person && places.contains(&m.text) {
                m.entity = crate::claim::EntityKind::Place;
            }
        }
    }

    // About one claim per dozen tokens in news prose: room for them up
    // front, so that the vector of large claims is not copied as it grows.
    let mut claims = Vec::with_capacity(docs.iter().map(|d| d.tokens.len()).sum::<usize>() / 8);
    for (i, ((article, doc), (times, names))) in articles.iter().zip(&docs).zip(found).enumerate() {
        let (reference_day, estimated) = reference[i];
        let view = quantity::ArticleView {
            source: i,
            doc,
            scan: &article.scan,
            lex,
            times: &times,
            names: &names,
            reference: reference_day,
            estimated,
            home: article.dateline_place.as_deref(),
        };
        let first = claims.len();
        quantity::claims(
            &view,
            number::find_numbers_in(doc, &article.scan),
            &mut claims,
        );
        // A symbol written as part of a figure is its unit, not a name:
        // "45 Js", "66 Ma ago", "-1e-3 W/min".
        // (By start, with the furthest end reached so far: one search per
        // name instead of a walk over every figure.)
        let mut figures: Vec<_> = claims[first..]
            .iter()
            .filter_map(|c| match &c.value {
                Value::Quantity(q) => Some(q.figure.clone()),
                _ => None,
            })
            .collect();
        figures.sort_by_key(|f| f.start);
        let reach: Vec<usize> = figures
            .iter()
            .scan(0, |end, f| {
                *end = f.end.max(*end);
                Some(*end)
            })
            .collect();
        let in_figure = |m: &name::NameMention| {
            let k = figures.partition_point(|f| f.start <= m.span.start);
            k > 0 && reach[k - 1] >= m.span.end
        };
        dates::claims(&view, &mut claims);
        // (The mentions are the claims' now: their strings are moved.)
        for m in names.into_iter().filter(|m| !m.demonym && !in_figure(m)) {
            let sent = &doc.sentences[m.sentence];
            claims.push(Claim {
                source: i,
                kind: ClaimKind::Name,
                span: m.span,
                sentence: sent.span.clone(),
                text: CompactString::new(&m.text),
                value: Value::Name(NameValue {
                    name: m.text,
                    entity: m.entity,
                    role: m.role,
                }),
                ctx: Context::default(),
            });
        }
    }
    Extraction { claims, reference }
}

/// The occurrence of month/day nearest to `around`.
fn nearest(around: Day, m: u32, d: u32) -> Day {
    let (y, _, _) = time::civil_from_days(around);
    [y - 1, y, y + 1]
        .into_iter()
        .map(|y| day_in_year(y, m, d))
        .min_by_key(|x| (x - around).abs())
        .unwrap_or(around)
}

/// Day `d` of month `m` in year `y`, the month's last day when it has
/// fewer (the 29th of February of a common year is its 28th).
fn day_in_year(y: i32, m: u32, d: u32) -> Day {
    time::days_from_civil(y, m, d.min(time::days_in_month(y, m)))
}

/// Relative dates the parser resolved backwards, corrected with the tense
/// of their clause ([`tense_at`]): a month or a day of a month with no
/// year is the last occurrence in a past clause ("the vote was held on May
/// 4"), the next in a coming one ("will meet again in January"), else the
/// one nearest the article's date ("scheduled for Nov. 23" written in
/// October is next month); a weekday in a coming clause ("will meet on
/// Tuesday") is the next one, not the last.
fn adjust_times(times: &mut [TimeExpr], doc: &Doc, reference: Day) {
    // The words of dates tell no tense ("May" is no "may").
    let covered = union(times.iter().map(|t| t.span.clone()).collect());
    for t in times.iter_mut() {
        let (Some(start), Some(end)) = (t.start, t.end) else {
            continue;
        };
        if !t.relative || t.kind == TimeKind::Duration {
            continue;
        }
        let toks = doc.tokens_in(&t.span);
        let month = toks.clone().any(|k| time::names_month(doc.lower_at(k)));
        // "Sunday, July 21" is dated by its month; "4 a.m. on Thursday" by
        // its weekday.
        let weekday = !month
            && toks
                .clone()
                .any(|k| time::WEEKDAYS.contains(&doc.lower_at(k)));
        // A clock is dated only by a month or weekday written with it.
        if t.kind == TimeKind::Clock && !month && !weekday {
            continue;
        }
        let has_modifier = toks.clone().any(|k| {
            matches!(
                doc.lower_at(k),
                "last"
                    | "this"
                    | "next"
                    | "ago"
                    | "yesterday"
                    | "today"
                    | "tomorrow"
                    | "week"
                    | "year"
            )
        });
        if has_modifier {
            continue;
        }
        let tense = tense_at(doc, toks.clone(), &covered);
        let a_year_on = |z: Day| {
            let (y, m, d) = time::civil_from_days(z);
            day_in_year(y + 1, m, d)
        };
        let yearless = month
            || matches!(
                t.granularity,
                time::Granularity::Day | time::Granularity::Month
            );
        match tense {
            Tense::Future if weekday && end <= reference => t.move_days(|z| z + 7),
            Tense::Future if yearless && !weekday && end < reference => t.move_days(a_year_on),
            Tense::Unknown if yearless && !weekday && start < reference - 183 => {
                t.move_days(a_year_on)
            }
            _ => {}
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Tense {
    Past,
    Future,
    Unknown,
}

/// The byte ranges `ranges` cover, as disjoint ranges in order (the
/// ranges of dates may touch or nest once changes are split).
fn union(mut ranges: Vec<Range<usize>>) -> Vec<Range<usize>> {
    ranges.sort_by_key(|r| r.start);
    let mut out: Vec<Range<usize>> = Vec::with_capacity(ranges.len());
    for r in ranges {
        match out.last_mut() {
            Some(last) if r.start <= last.end => last.end = last.end.max(r.end),
            _ => out.push(r),
        }
    }
    out
}

/// Whether one of `covered` (disjoint, in order: see [`union`]) holds
/// byte `at`: a search, not a walk over every date of the article.
fn covers(covered: &[Range<usize>], at: usize) -> bool {
    let k = covered.partition_point(|c| c.end <= at);
    covered.get(k).is_some_and(|c| c.contains(&at))
}

/// The tense of the clause a date (tokens `toks`) stands in: the nearest
/// word that tells one, before the date in its segment, then after it,
/// not past a word that opens another clause ("that", "because"; one
/// right before the date is its preposition: "until", "after"). A date
/// that opens its sentence ("In May, the company reported a loss") takes
/// the tense of the sentence's first clause after it. A future
/// or target word ("will", "scheduled") tells the future; a past word
/// ("was", "held") or a regular past form in lower case ("signed") the
/// past, unless it follows "to", "remain", "stay" or a form of "be" other
/// than "was" or "were" ("will be held", "due to be signed", "are
/// suspended until", "will remain closed until"), where it is passive or
/// an adjective and the words before it decide. A verb
/// that moves an event ("was postponed until May") names a new date that
/// may lie either side: the tense is unknown, whatever its auxiliary says;
/// so is it after a participle ("a walkout beginning on 27 June").
/// The words of dates (`covered`, disjoint and in order: see [`union`])
/// tell nothing.
fn tense_at(doc: &Doc, toks: Range<usize>, covered: &[Range<usize>]) -> Tense {
    let Some(first) = doc.tokens.get(toks.start) else {
        return Tense::Unknown;
    };
    let sentence = &doc.sentences[first.sentence()];
    // A word outside the dates: only such words tell a tense.
    let word = |k: usize| {
        let t = &doc.tokens[k];
        (t.is_word() && !covers(covered, t.span.start)).then_some(t)
    };
    let of = |k: usize| {
        let t = word(k)?;
        if t.is(class::RESCHEDULE_VERB) {
            return Some(Tense::Unknown);
        }
        if t.is(class::FUTURE | class::TARGET) {
            return Some(Tense::Future);
        }
        let past = t.is(class::PAST) || regular_past(doc, t);
        let passive = k > 0
            && matches!(
                doc.lower_at(k - 1),
                "be" | "to"
                    | "is"
                    | "are"
                    | "am"
                    | "been"
                    | "being"
                    | "remain"
                    | "remains"
                    | "stay"
                    | "stays"
            );
        (past && !passive).then_some(Tense::Past)
    };
    let opens_clause = |k: &usize| doc.tokens[*k].word_is(class::CLAUSE_OPENER);
    let same_segment = |k: &usize| doc.tokens[*k].segment() == first.segment();
    let opens_sentence = toks.start - sentence.tokens.start <= 1;
    let before = (sentence.tokens.start..toks.start)
        .rev()
        .enumerate()
        .take_while(|&(n, k)| same_segment(&k) && (n == 0 || !opens_clause(&k)))
        .map(|(_, k)| k);
    let after = (toks.end..sentence.tokens.end)
        .take_while(|k| (opens_sentence || same_segment(k)) && !opens_clause(k));
    // A participle before the date heads a phrase of its own ("announced
    // a walkout beginning on 27 June"): the verb before it tells nothing.
    let participle = |k: usize| {
        let t = word(k)?;
        let w = doc.lower(t);
        let ing = w.len() > 5 && w.ends_with("ing");
        // (An event word in "-ing" is the event's noun: "an amphibious
        // landing on Thursday" takes the tense of "will be" before it.)
        (ing && !t.cap && !t.is(class::STOPWORD | class::EVENT)).then_some(Tense::Unknown)
    };
    // "set for March 3", "scheduled for Nov. 23": a date after "for" is
    // an appointment, whatever the tense of the verb that made it.
    let appointment = toks.start > 0 && word(toks.start - 1).is_some_and(|t| doc.lower(t) == "for");
    if appointment {
        return Tense::Unknown;
    }
    before
        .map(|k| participle(k).or_else(|| of(k)))
        .chain(after.map(of))
        .flatten()
        .next()
        .unwrap_or(Tense::Unknown)
}

/// A regular past form: a word in lower case ending in "-ed" ("signed",
/// "reported"), not in "-eed" ("indeed", "proceed"), and no number word
/// ("hundred"). `t` is a token of `doc`.
fn regular_past(doc: &Doc, t: &segment::Token) -> bool {
    let w = doc.lower(t);
    !t.cap
        && w.len() >= 5
        && w.ends_with("ed")
        && !w.ends_with("eed")
        && number::parse_number(w).is_err()
}

/// "May 6 and 7", "on July 23 or 24th": a day number joined to a day of a
/// month is a day of that month too, a date of its own and no count. The
/// number stands alone: "May 6 and 7 others" counts others.
fn second_days(times: Vec<TimeExpr>, doc: &Doc) -> Vec<TimeExpr> {
    let mut out = Vec::with_capacity(times.len());
    for (n, t) in times.iter().enumerate() {
        out.push(t.clone());
        let Some(start) = t
            .start
            .filter(|_| t.kind == TimeKind::Calendar && t.granularity == time::Granularity::Day)
        else {
            continue;
        };
        let k = doc.tokens.partition_point(|x| x.span.start < t.span.end);
        let (Some(join), Some(day)) = (doc.tokens.get(k), doc.tokens.get(k + 1)) else {
            continue;
        };
        let ends_in_day = doc
            .tokens
            .get(k.wrapping_sub(1))
            .is_some_and(|x| x.kind == segment::TokKind::Digits);
        let joined = matches!(doc.lower(join), "and" | "or" | "&");
        let alone = doc.tokens.get(k + 2).is_none_or(|x| {
            !x.is_word() || x.word_is(class::STOPWORD) || x.sentence() != day.sentence()
        });
        let taken = times
            .get(n + 1)
            .is_some_and(|x| x.span.start <= day.span.start);
        let day_word = doc.lower(day);
        let number = day_word.trim_end_matches(|c: char| c.is_ascii_alphabetic());
        let ordinal = matches!(&day_word[number.len()..], "" | "st" | "nd" | "rd" | "th");
        let (y, m, d) = time::civil_from_days(start);
        let Some(to) = number
            .parse::<u32>()
            .ok()
            .filter(|&x| (1..=time::days_in_month(y, m)).contains(&x) && x != d)
        else {
            continue;
        };
        if ends_in_day
            && joined
            && alone
            && !taken
            && ordinal
            && day.kind == segment::TokKind::Digits
        {
            let mut second = t.clone();
            second.span = day.span.clone();
            second.move_days(|z| z + to as Day - d as Day);
            out.push(second);
        }
    }
    out
}

/// A range after a verb that moves an event in time, in the same segment,
/// is a change of date:
/// "postponed the election from February 2024 to 2026" names the old date
/// and the new one, not the months between, so each end becomes a time
/// expression of its own (the old date after "from", the new after "to").
fn split_changes(
    times: Vec<TimeExpr>,
    doc: &Doc,
    scan: &str,
    reference: Option<Day>,
) -> Vec<TimeExpr> {
    let mut out = Vec::with_capacity(times.len());
    for t in times {
        let text = &scan[t.span.clone()];
        let ends = (t.kind == TimeKind::Calendar
            && text
                .get(..5)
                .is_some_and(|w| w.eq_ignore_ascii_case("from "))
            && change_verb_before(doc, t.span.start))
        .then(|| time::change_ends(text, reference))
        .flatten();
        match ends {
            Some(ends) => out.extend(ends.into_iter().map(|mut e| {
                e.span = t.span.start + e.span.start..t.span.start + e.span.end;
                e
            })),
            None => out.push(t),
        }
    }
    out
}

/// Whether a verb that moves an event in time ("postponed", "moved",
/// "delayed") stands before `offset` in its segment. A verb of quantity
/// ("prices rose from January to March") leaves the range a period.
fn change_verb_before(doc: &Doc, offset: usize) -> bool {
    let k = doc.token_at(offset);
    let Some(segment) = doc.tokens.get(k).map(|t| t.segment()) else {
        return false;
    };
    doc.tokens[..k]
        .iter()
        .rev()
        .take_while(|t| t.segment() == segment)
        .any(|t| t.word_is(class::RESCHEDULE_VERB))
}

/// The latest calendar date an article mentions as past (not a deadline or
/// a plan): an undated article was written after it. A date of its own,
/// not relative to the article's, has its year in figures ("2019", "the
/// 1990s", "5/3/19"), so only the sentences with such a figure
/// ([`year_figure`]) are scanned (the article is scanned again, whole, once
/// its date is known); a year, decade or century in words ("nineteen
/// ninety", "the seventies") does not date an article.
fn latest_past_date(article: &Article, doc: &Doc, lex: &Lexicon) -> Option<Day> {
    let latest = latest_in_sentences(article, doc, lex, |s| year_figure(s.as_bytes()));
    // Checked in debug builds (every test): a sentence left out for want of
    // a year figure would not have changed the date.
    debug_assert_eq!(
        latest,
        latest_in_sentences(article, doc, lex, |s| s.bytes().any(|b| b.is_ascii_digit())),
        "a sentence without a year figure dated the article {:?}",
        article.scan.chars().take(200).collect::<String>()
    );
    latest
}

/// Whether `s` holds a figure that may carry a year: four digits or more
/// ("2019"), or digits with a sign or letter glued on ("5/3/19", "'90s",
/// "FY19", "16.11.16").
fn year_figure(s: &[u8]) -> bool {
    let mut k = 0;
    loop {
        k = crate::text::next_digit(s, k);
        if k == s.len() {
            return false;
        }
        let start = k;
        while k < s.len() && s[k].is_ascii_digit() {
            k += 1;
        }
        let glued = |b: Option<&u8>| {
            b.is_some_and(|&b| {
                b.is_ascii_alphabetic() || matches!(b, b'/' | b'-' | b'.' | b'\'') || b >= 0x80
            })
        };
        if k - start >= 4 || glued(start.checked_sub(1).map(|p| &s[p])) || glued(s.get(k)) {
            return true;
        }
    }
}

/// [`latest_past_date`] over the runs of sentences that `scanned` keeps.
fn latest_in_sentences(
    article: &Article,
    doc: &Doc,
    lex: &Lexicon,
    scanned: impl Fn(&str) -> bool,
) -> Option<Day> {
    // Runs of kept sentences, scanned as one text: a date cut by a full
    // stop that ends no sentence ("16. Nov. 2016") stays whole.
    let kept = |s: &crate::segment::Sentence| scanned(&article.scan[s.span.clone()]);
    let mut times: Vec<TimeExpr> = Vec::new();
    let mut k = 0;
    while k < doc.sentences.len() {
        if !kept(&doc.sentences[k]) {
            k += 1;
            continue;
        }
        let from = doc.sentences[k].span.start;
        while k + 1 < doc.sentences.len() && kept(&doc.sentences[k + 1]) {
            k += 1;
        }
        let part = from..doc.sentences[k].span.end;
        times.extend(
            time::find_times_in_part(doc, &article.scan, part, None)
                .into_iter()
                .map(|mut t| {
                    t.span = t.span.start + from..t.span.end + from;
                    t
                }),
        );
        k += 1;
    }
    times
        .iter()
        .filter(|t| t.kind == TimeKind::Calendar && !t.relative && t.start.is_some())
        .filter(|t| year_figure(article.scan[t.span.clone()].as_bytes()))
        .filter(|t| {
            let k = doc.token_at(t.span.start);
            let prev = k
                .checked_sub(1)
                .and_then(|p| doc.tokens.get(p))
                .map(|p| doc.lower(p));
            !matches!(prev.and_then(|w| lex.relation(w)), Some("until" | "by"))
                && !matches!(prev, Some("to" | "next" | "before"))
        })
        .filter_map(|t| t.start)
        .max()
}

/// The date claims of one article written as `text`, read with the
/// built-in lexicon, each with its time value (for the tests of this
/// module and of `dates`).
#[cfg(test)]
fn dates_in(text: &str) -> Vec<(crate::claim::TimeValue, Claim)> {
    let lex = Lexicon::builtin_for_tests();
    let a = crate::article::parse("t.txt", text.to_string()).unwrap();
    extract_all(std::slice::from_ref(&a), &lex)
        .claims
        .into_iter()
        .filter_map(|c| match &c.value {
            Value::Time(t) => Some((t.clone(), c)),
            _ => None,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn reference_of(text: &str) -> (Option<Day>, bool) {
        let lex = Lexicon::builtin_for_tests();
        let a = crate::article::parse("t.txt", text.to_string()).unwrap();
        extract_all(std::slice::from_ref(&a), &lex).reference[0]
    }

    #[test]
    fn an_undated_article_is_dated_by_its_latest_past_date() {
        let text = "Talks opened on 3 March 2021 and ended on 5 March 2021.\n\n\
                    The deal runs until 2030. Nobody expects it to last.";
        let day = time::parse_iso_date("2021-03-05");
        assert_eq!(reference_of(text), (day, true));
        // A date cut by a full stop that ends no sentence is read whole.
        let text = "The accord was signed on 16. Nov. 2016 in the capital.";
        let day = time::parse_iso_date("2016-11-16");
        assert_eq!(reference_of(text), (day, true));
        // Nothing to date it by.
        assert_eq!(reference_of("Talks went on all week."), (None, false));
        // A year in words does not date it, even in a date with figures.
        let text = "Talks ran from 2 to 7 Feb two thousand and eighteen with 40 delegates.";
        assert_eq!(reference_of(text), (None, false));
    }

    /// (text, TIMEX, start) of each date claim of a dated article.
    fn dates_of(text: &str) -> Vec<(String, String, Option<Day>)> {
        super::dates_in(text)
            .into_iter()
            .map(|(t, c)| (c.text.into(), t.timex.into(), t.start))
            .collect()
    }

    #[test]
    fn dates_moved_to_the_nearest_occurrence_are_re_dated_whole() {
        // Written in March: "in May" is this May, "on Nov. 23" last
        // November; the TIMEX value says the same day as the interval.
        let text = "---\ndate: 2026-03-10\n---\nThe envoy may travel in May. \
                    Talks had opened on Nov. 23 at 10:00 GMT.";
        let got = dates_of(text);
        let may = &got[0];
        assert_eq!((may.0.as_str(), may.1.as_str()), ("May", "2026-05"));
        assert_eq!(may.2, time::parse_iso_date("2026-05-01"));
        let nov = got.iter().find(|d| d.0.starts_with("Nov")).unwrap();
        assert!(nov.1.starts_with("2025-11-23T10:00"), "{nov:?}");
        // Written in October, "Nov. 23" is next month: moved a year on.
        let text = "---\ndate: 2026-10-02\n---\nThe vote is set for Nov. 23.";
        let got = dates_of(text);
        assert_eq!(got[0].1, "2026-11-23");
        assert_eq!(got[0].2, time::parse_iso_date("2026-11-23"));
        // A weekday after a future word is the next one.
        let text = "---\ndate: 2026-03-12\n---\nThe ministers will meet on Tuesday.";
        let got = dates_of(text);
        assert_eq!(got[0].1, "2026-03-17");
        assert_eq!(got[0].2, time::parse_iso_date("2026-03-17"));
    }

    #[test]
    fn a_day_number_joined_to_a_day_is_a_date_of_that_month() {
        let dated = |sentence: &str| {
            let text = format!("---\ndate: 2026-03-10\n---\n{sentence}");
            dates_of(&text)
                .into_iter()
                .map(|(w, t, _)| (w, t))
                .collect::<Vec<_>>()
        };
        let pair = |a: &str, b: &str, c: &str, d: &str| {
            vec![
                (a.to_string(), b.to_string()),
                (c.to_string(), d.to_string()),
            ]
        };
        let got = dated("The next meeting is scheduled for May 6 and 7.");
        assert_eq!(got, pair("May 6", "2026-05-06", "7", "2026-05-07"));
        let got = dated("Talks were held on March 3 or 4th in Paris.");
        assert_eq!(got, pair("March 3", "2026-03-03", "4th", "2026-03-04"));
        // a count after the day is no day
        assert_eq!(dated("On May 6 and 7 others were hurt.").len(), 1);
        assert_eq!(
            dated("The shops opened on July 23 and 24 people queued.").len(),
            1
        );
    }

    #[test]
    fn a_yearless_date_takes_the_tense_of_its_clause() {
        // Written on 10 March 2026: a past clause keeps the last
        // occurrence, a coming one the next, and with neither the
        // nearest is taken.
        for (sentence, timex) in [
            ("The truce signed in Doha in July collapsed.", "2025-07"),
            ("The storm hit the coast on August 12.", "2025-08-12"),
            ("In May, the company reported a loss.", "2025-05"),
            ("The ministers will meet again in January.", "2027-01"),
            ("A second round will be held on March 2.", "2027-03-02"),
            ("In January, the bank is expected to cut rates.", "2027-01"),
            // passive after "be": the future word before decides
            ("The vote is due to be held in February.", "2027-02"),
            // a verb that moves an event: the nearest
            ("The vote was postponed until April.", "2026-04"),
            ("The vote was postponed until December.", "2025-12"),
            // the words after the date, when none before tell
            ("He said that the vote in May had been the last.", "2025-05"),
            // another clause's tense does not count ("was", before "that")
            (
                "The minister was adamant that the summit in August goes ahead.",
                "2026-08",
            ),
            // a participle after "are" or "remain" is no past ("Tuesday"
            // is 10 March 2026)
            ("Services are suspended until March 13.", "2026-03-13"),
            ("The line will remain closed until Friday.", "2026-03-13"),
            ("The line remained closed until Friday.", "2026-03-06"),
            // a participle before the date heads its own phrase: the nearest
            (
                "The union announced a walkout beginning on March 27.",
                "2026-03-27",
            ),
            ("The union announced a walkout on March 27.", "2025-03-27"),
            // a weekday written with its date: the month dates it
            ("The race finishes on Sunday, March 15.", "2026-03-15"),
            // a clock time with a day is moved as that day
            (
                "Workers will strike from 4 a.m. on Thursday.",
                "2026-03-12T04:00",
            ),
            (
                "The strike starts at 04:00 on March 12.",
                "2026-03-12T04:00",
            ),
        ] {
            let text = format!("---\ndate: 2026-03-10\n---\n{sentence}");
            let got = dates_of(&text);
            assert_eq!(got[0].1, timex, "{sentence}");
        }
    }

    #[test]
    fn year_figures() {
        for (s, year) in [
            ("in 2019", true),
            ("on 5/3/19", true),
            ("in the '90s", true),
            ("in the \u{2019}90s", true),
            ("in FY19", true),
            ("on 16.11.16", true),
            ("40 delegates and 3 observers", false),
            ("from 2 to 7 Feb", false),
            ("5,100 troops", false),
        ] {
            assert_eq!(year_figure(s.as_bytes()), year, "{s:?}");
        }
    }
}
