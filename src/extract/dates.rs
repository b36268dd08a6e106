//! Dates in context: turns the time expressions found by `time` into date
//! claims, reading how each relates to its event ("until 2026", "by the end
//! of the month"), which event it dates (the nearest event word of the
//! lexicon in its sentence, with its distance; an "it" opening the date's
//! clause stands for an event before it), an ordinal on that event
//! ("second coup"), and the named entities of its sentence.

use std::sync::Arc;

use compact_str::CompactString;

use crate::claim::{Claim, ClaimKind, Context, EntityKind, TimeValue, Value};
use crate::extract::context::ArticleView;
use crate::extract::time::TimeKind;
use crate::lexicon::class;
use crate::segment::TokKind;

const ORDINALS: &[&str] = &[
    "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
];

/// Date, time-of-day and duration claims of one article.
pub fn claims(view: &ArticleView, out: &mut Vec<Claim>) {
    let doc = view.doc;
    // The last date's sentence's, kept for the dates after it in it.
    let mut sentence: Option<SentenceContext> = None;
    // Buffers every date reuses (most dates read a two-word relation and
    // list event words: one allocation each for the article, not per date).
    let mut two = String::new();
    let mut pair = String::new();
    let mut mentions: Vec<(usize, usize, &str)> = Vec::new();
    for (n, t) in view.times.iter().enumerate() {
        let toks = doc.tokens_in(&t.span);
        if toks.is_empty() {
            continue;
        }
        let (first, last) = (toks.start, toks.end - 1);
        let si = doc.tokens[first].sentence();
        let sent = &doc.sentences[si];
        // Relation: the word before, skipping determiners and modifiers.
        // "about 11:40", "shortly after 1:15" are approximate times, not
        // relations.
        let mut relation = None;
        let mut approx = false;
        // The first token of the date's lead words (relation, hedges).
        let mut lead = first;
        let mut k = first;
        while k > sent.tokens.start {
            k -= 1;
            let Some(tok) = doc.tokens.get(k).filter(|t| t.is_word()) else {
                break;
            };
            let w = doc.lower(tok);
            if matches!(w, "the" | "a" | "an" | "early" | "late" | "mid") {
                lead = k;
                continue;
            }
            // Number hedges ("about", "around") and temporal ones ("shortly").
            if tok.is(class::HEDGE) || matches!(w, "shortly" | "just" | "soon" | "immediately") {
                approx = true;
                lead = k;
                continue;
            }
            // "shortly after", read backwards: the hedge word comes next.
            let hedged_next = k > sent.tokens.start
                && matches!(
                    doc.lower_at(k - 1),
                    "shortly" | "just" | "soon" | "immediately"
                );
            if matches!(w, "after" | "before") && (approx || hedged_next) {
                approx = true;
                lead = k;
                continue;
            }
            let two = k.checked_sub(1).and_then(|j| doc.tokens.get(j)).map(|p| {
                two.clear();
                two.push_str(doc.lower(p));
                two.push(' ');
                two.push_str(w);
                two.as_str()
            });
            relation = match two.and_then(|p| view.lex.relation(p)) {
                Some(r) => {
                    lead = k - 1;
                    Some(CompactString::new(r))
                }
                None => view
                    .lex
                    .relation(w)
                    .inspect(|_| lead = k)
                    .map(CompactString::new),
            };
            break;
        }
        if approx && matches!(relation.as_deref(), None | Some("after") | Some("by")) {
            relation = Some("at".into());
        }
        // "more than half a century ago" bounds the length, so the event
        // is before that date ("by"); "less than a year ago", after it.
        if doc.lower_at(last) == "ago" {
            let mut phrase = String::new();
            let bound = (1..=2).rev().find_map(|n| {
                let words = view.phrase_into(first.checked_sub(n)?..first, &mut phrase);
                view.lex.hedge(&phrase).filter(|h| words && h.is_bound())
            });
            if let Some(h) = bound {
                relation = Some(if h.high.is_infinite() { "by" } else { "after" }.into());
            }
        }
        // "from A to B" read as two dates, a change of date (see
        // `extract::split_changes`): A is the date the event was moved from,
        // a fact of its own, compared only with other such dates.
        let from_word = first
            .checked_sub(1)
            .is_some_and(|k| doc.lower_at(k) == "from");
        let to_next = view.times.get(n + 1).is_some_and(|u| {
            view.scan
                .get(t.span.end..u.span.start)
                .is_some_and(|between| between.trim().eq_ignore_ascii_case("to"))
        });
        // "had originally been set for November 8": the date a plan was
        // moved from, read like the "from" of a change.
        let superseded = (sent.tokens.start..first)
            .rev()
            .take_while(|&k| doc.tokens[k].segment() == doc.tokens[first].segment())
            .any(|k| doc.tokens[k].is(class::SUPERSEDED));
        if (from_word && to_next) || superseded {
            relation = Some("from".into());
        }
        // The nearest event word in the sentence, with its distance. A date
        // in the possessive ("Saturday night’s clashes") dates the noun
        // right after it and nothing else; a date after a verb of saying
        // ("has died, his family said on Tuesday") dates the saying.
        let mut event = None;
        let mut best = usize::MAX;
        let owner = crate::extract::context::possessive(view.scan, t);
        let candidates = if owner {
            last + 1..(last + 4).min(sent.tokens.end)
        } else if crate::extract::context::reported_on(view, first) {
            first..first
        } else {
            sent.tokens.clone()
        };
        // Event mentions of the candidates, two-word phrases first.
        mentions.clear();
        let mut i = candidates.start;
        while i < candidates.end {
            let tok = &doc.tokens[i];
            // A word that is no event word, nor the first of a two-word
            // one, names none (told by its class bits before anything
            // else: most words of a sentence are such).
            if !tok.is(class::EVENT | class::EVENT_HEAD) {
                i += 1;
                continue;
            }
            // Event words are common nouns and verbs, never part of a name
            // ("the Election Commission"); a capital that opens a sentence
            // is no name ("Protests grew").
            let named = tok.cap && view.name_covering(i).is_some();
            if (first..=last).contains(&i) || !tok.is_word() || named {
                i += 1;
                continue;
            }
            let next = doc
                .tokens
                .get(i + 1)
                .filter(|n| n.is_word() && i + 1 < candidates.end);
            let head = tok.is(class::EVENT_HEAD);
            let two_words = next.filter(|_| head).and_then(|n| {
                pair.clear();
                pair.push_str(doc.lower(tok));
                pair.push(' ');
                pair.push_str(doc.lower(n));
                view.lex.event(&pair)
            });
            if let Some(e) = two_words {
                mentions.push((i, i + 1, e));
                i += 2;
                continue;
            }
            // An event word modifying a noun ("coup leaders", "riot police")
            // does not name the event.
            let modifier = |n: &crate::segment::Token| {
                let w = doc.lower(n);
                let plural = w.len() > 3 && w.ends_with('s') && !w.ends_with("ss");
                let head = view.lex.unit_of_noun(w).is_some() || n.is(class::ORG_WORD);
                !n.cap && (plural || head) && !n.is(class::STOPWORD)
            };
            let event = if tok.is(class::EVENT) {
                view.lex.event(doc.lower(tok))
            } else {
                None
            };
            if let Some(e) = event.filter(|_| !next.is_some_and(modifier)) {
                mentions.push((i, i, e));
            }
            i += 1;
        }
        // The nearest, by words between (punctuation not counted). A plain
        // date ("on Thursday") belongs to its own clause: an event word
        // behind a clause opener ("as groups called for protests") is
        // another event.
        let words_between = |r: std::ops::Range<usize>| {
            r.filter(|&k| doc.tokens[k].is_word() || doc.tokens[k].kind == TokKind::Digits)
                .count()
        };
        let plain = relation.as_deref().is_none_or(|r| r == "at");
        // A clause opener, or "and"/"but" after a comma: ", and the
        // terminal is set to be finished in 2030" is another clause.
        let opener = |k: usize| {
            let coordinated = matches!(doc.lower_at(k), "and" | "but")
                && k > 0
                && doc.tokens[k - 1].is_punct(',');
            doc.tokens[k].is(class::CLAUSE_OPENER) || coordinated
        };
        // The first token of the next date (no length of time) in the
        // sentence, if any.
        let next_first = view.times[n + 1..]
            .iter()
            .find(|u| u.kind != TimeKind::Duration)
            .map(|u| doc.token_at(u.span.start))
            .filter(|&k| k < sent.tokens.end);
        for &(a, b, e) in &mentions {
            // The words between, the date's own lead words left out.
            let mut between = if b < first {
                b + 1..lead.max(b + 1)
            } else {
                last + 1..a
            };
            // A clause whose subject is "it", right after its opener, speaks
            // of the event before it ("a wildfire ... since it broke out on
            // August 15"): the pronoun stands for the event.
            if b < first {
                let refers = between
                    .clone()
                    .rev()
                    .find(|&k| opener(k))
                    .filter(|&k| doc.tokens.get(k + 1).is_some_and(|p| doc.lower(p) == "it"));
                if let Some(k) = refers {
                    between.start = k + 2;
                }
                // "that" right after the event word opens a clause that
                // describes it ("the wildfire that started on August 19"),
                // up to the main clause's verb ("the earthquake that hit the
                // province spent a second night ... on Thursday").
                let past = |k: usize| {
                    doc.tokens[k].is(class::PAST) || super::regular_past(doc, &doc.tokens[k])
                };
                let that = doc
                    .tokens
                    .get(b + 1)
                    .is_some_and(|n| doc.lower(n) == "that");
                if that && (b + 2..first).filter(|&k| past(k)).count() <= 1 {
                    between.start = between.start.max(b + 2);
                }
            }
            if plain && between.clone().any(opener) {
                continue;
            }
            let d = words_between(between);
            // An event word after the next date, or nearer to it, is that
            // date's ("begin in 2027, with the first electricity in 2029
            // and full operation a year later"); as near to both, it is the
            // one no punctuation parts it from.
            let parted = (last + 1..a).any(|k| matches!(doc.tokens[k].kind, TokKind::Punct(_)));
            let nearer_next = |nf: usize| {
                let dn = words_between(b + 1..nf);
                nf < a || dn < d || (dn == d && parted)
            };
            if a > last && next_first.is_some_and(nearer_next) {
                continue;
            }
            if d < best {
                best = d;
                let ordinal = a
                    .checked_sub(1)
                    .and_then(|p| doc.tokens.get(p))
                    .and_then(|p| ORDINALS.iter().position(|o| *o == doc.lower(p)))
                    .map(|n| n as u32 + 1);
                event = Some((CompactString::new(e), ordinal, d));
            }
        }
        // A date still to come when the article was written is a plan
        // however it is worded ("a strike starting on Tuesday, February
        // 10"); a past one is a plan when a plan word comes earlier in the
        // sentence, with no other date between ("had been scheduled for Nov.
        // 23"; a length of time is no date: "will strike for 48 hours from
        // Monday").
        let to_come = t.start.zip(view.reference).is_some_and(|(s, r)| s > r);
        let planned = to_come || {
            // The dates over the earlier tokens, by a cursor that walks back
            // from this date.
            let mut times = view.time_cursor(t.span.start);
            (sent.tokens.start..first)
                .rev()
                .take_while(|&k| {
                    times
                        .over(&doc.tokens[k].span)
                        .is_none_or(|u| u.kind == TimeKind::Duration)
                })
                .any(|k| doc.tokens[k].word_is(class::TARGET))
        };
        sentence.take_if(|s| s.sentence != si);
        let shared = sentence.get_or_insert_with(|| SentenceContext::read(view, si));
        let ctx = Context {
            keywords: shared.keywords.clone(),
            entities: shared.entities.clone(),
            time: t.start.map(|_| crate::extract::context::resolved(t)),
            time_text: Some(CompactString::new(&view.scan[t.span.clone()])),
            time_estimated: view.estimated && t.relative,
            ..Context::default()
        };
        let (event, ordinal, event_distance) = match event {
            Some((e, o, d)) => (Some(e), o, Some(d)),
            None => (None, None, None),
        };
        out.push(Claim {
            source: view.source,
            kind: ClaimKind::Date,
            span: t.span.clone(),
            sentence: sent.span.clone(),
            text: CompactString::new(&view.scan[t.span.clone()]),
            value: Value::Time(TimeValue {
                kind: t.kind.clone(),
                start: t.start,
                end: t.end,
                granularity: t.granularity,
                timex: CompactString::new(&t.timex),
                length_days: t.length_days,
                clock_minutes: t.clock_minutes,
                relation,
                event,
                ordinal,
                event_distance,
                planned,
                approx,
            }),
            ctx,
        });
    }
}

/// What a date's context takes from its sentence, read once and shared by
/// all the dates of that sentence.
struct SentenceContext {
    /// The sentence's index.
    sentence: usize,
    /// Its named entities, typed, each by its place if it names one.
    entities: Arc<[(EntityKind, String)]>,
    keywords: Arc<[CompactString]>,
}

impl SentenceContext {
    fn read(view: &ArticleView, si: usize) -> SentenceContext {
        let entities = view
            .names_in(si)
            .iter()
            .map(|m| (m.entity, ArticleView::entity_name(m)))
            .collect();
        SentenceContext {
            sentence: si,
            entities,
            keywords: keywords(view, si).into(),
        }
    }
}

/// The content words of sentence `si`, singular, each once, in order: its
/// lower-case words of three letters or more outside any date, neither
/// stopwords nor event words. Two dates that share them are likelier the
/// same fact.
fn keywords(view: &ArticleView, si: usize) -> Vec<CompactString> {
    let doc = view.doc;
    let sent = &doc.sentences[si];
    // (Room for every word up front: growing the list by doubling cost
    // more than the room.)
    let mut out: Vec<CompactString> = Vec::with_capacity(sent.tokens.len());
    let mut sketches: Vec<u64> = Vec::with_capacity(sent.tokens.len());
    // The dates over the sentence's tokens, by a cursor that walks on with
    // them.
    let mut times = view.time_cursor(sent.span.start);
    for tok in &doc.tokens[sent.tokens.clone()] {
        // (The cursor is asked last: it answers the same whichever tokens
        // it was asked about before, and most words fail a cheaper test.)
        if !tok.is_word()
            || tok.cap
            || tok.lower.len() < 3
            || tok.is(class::STOPWORD | class::EVENT)
            || times.over(&tok.span).is_some()
        {
            continue;
        }
        let w = crate::lexicon::singular(doc.lower(tok));
        // Each word once. A word's length and three of its bytes tell most
        // words apart in one compare; only words that agree on them are
        // compared whole. (Held inline: most words are short, and a copy
        // costs no allocation.)
        let key = sketch(&w);
        if !(sketches.contains(&key) && out.iter().any(|k| *k == w)) {
            sketches.push(key);
            out.push(CompactString::new(&w));
        }
    }
    out
}

/// A word's length and its first, middle and last bytes, as one number:
/// equal words have equal sketches.
fn sketch(w: &str) -> u64 {
    let b = w.as_bytes();
    let at = |i: usize| u64::from(b.get(i).copied().unwrap_or(0));
    (b.len() as u64) << 24 | at(0) << 16 | at(b.len() / 2) << 8 | at(b.len().wrapping_sub(1))
}

#[cfg(test)]
mod tests {
    /// (date text, event, relation) of each date claim.
    fn events(text: &str) -> Vec<(String, Option<String>, Option<String>)> {
        crate::extract::dates_in(&format!("date: 2025-08-21\n\n{text}"))
            .into_iter()
            .map(|(t, c)| {
                (
                    c.text.into(),
                    t.event.map(Into::into),
                    t.relation.map(Into::into),
                )
            })
            .collect()
    }

    #[test]
    fn a_dates_keywords_are_its_sentences_content_words_shared_by_its_dates() {
        let text = "Negotiators resumed talks on May 5 and paused them on May 9. \
                    The harbour workers struck for wages in March. \
                    The bells and balls and bells rang on June 2.";
        let claims = crate::extract::dates_in(&format!("date: 2025-08-21\n\n{text}"));
        // The dates of one sentence hold one list of its words and one of
        // its entities, not a copy each.
        let shared = |a: usize, b: usize| {
            let (x, y) = (&claims[a].1.ctx, &claims[b].1.ctx);
            (
                std::sync::Arc::ptr_eq(&x.keywords, &y.keywords),
                std::sync::Arc::ptr_eq(&x.entities, &y.entities),
            )
        };
        assert_eq!(shared(0, 1), (true, true));
        assert_eq!(shared(1, 2), (false, false));
        let keywords: Vec<(String, Vec<String>)> = claims
            .into_iter()
            .map(|(_, c)| {
                (
                    c.text.into(),
                    c.ctx.keywords.iter().map(|k| k.to_string()).collect(),
                )
            })
            .collect();
        // Singular, each once, in order; no date word ("May"), no
        // capitalised word, stopword ("them") or event word ("talks");
        // each sentence its own.
        let first = vec!["resumed".to_string(), "paused".into()];
        // "bell" and "ball" agree in length and in their first, middle and
        // last letters: both kept, the repeat of "bells" not.
        let third = vec!["bell".to_string(), "ball".into(), "rang".into()];
        let second = vec![
            "harbour".to_string(),
            "worker".into(),
            "struck".into(),
            "wage".into(),
        ];
        assert_eq!(
            keywords,
            vec![
                ("May 5".to_string(), first.clone()),
                ("May 9".to_string(), first),
                ("March".to_string(), second),
                ("June 2".to_string(), third),
            ]
        );
    }

    #[test]
    fn a_plan_word_before_a_date_makes_it_planned_unless_another_date_stands_between() {
        let planned = |text: &str| -> Vec<(String, bool)> {
            crate::extract::dates_in(&format!("date: 2025-08-21\n\n{text}"))
                .into_iter()
                .map(|(t, c)| (c.text.into(), t.planned))
                .collect()
        };
        // A past date after a plan word.
        assert_eq!(
            planned("The summit had been scheduled for June 3."),
            vec![("June 3".to_string(), true)]
        );
        // The plan word belongs to the first date; the second is what
        // happened.
        assert_eq!(
            planned("The vote planned for March 3 was held on June 4."),
            vec![("March 3".to_string(), true), ("June 4".to_string(), false)]
        );
        // A length of time is no date: the plan word still reaches past it.
        let strike = planned("Dockers would strike for 48 hours, starting on June 2.");
        assert!(strike.contains(&("June 2".to_string(), true)), "{strike:?}");
    }

    #[test]
    fn a_clause_that_speaks_of_the_event_before_takes_it() {
        let fire = (
            "August 15".into(),
            Some("accident".into()),
            Some("at".into()),
        );
        for text in [
            "A wildfire in the hills has burned 14,800 hectares since it broke out on August 15.",
            // "that" right after the event word describes the event
            "Crews are fighting the wildfire that started on August 15.",
        ] {
            assert_eq!(events(text), vec![fire.clone()], "{text}");
        }
        // up to the main clause's verb
        let got =
            events("Survivors of the quake that hit the town spent a night outdoors on Thursday.");
        assert_eq!(got, vec![("Thursday".into(), None, Some("at".into()))]);
        // Another subject after the opener starts another clause.
        let got = events(
            "A wildfire in the hills has burned 14,800 hectares since crews arrived on August 15.",
        );
        assert_eq!(got, vec![("August 15".into(), None, Some("at".into()))]);
    }

    #[test]
    fn a_relation_of_two_words_is_read_before_its_last_word() {
        let relation = |text: &str| {
            events(text)
                .into_iter()
                .map(|(_, _, r)| r)
                .collect::<Vec<_>>()
        };
        assert_eq!(
            relation("The ceasefire will hold up to March 2027."),
            vec![Some("until".to_string())]
        );
        assert_eq!(
            relation("The fund held 4,000 tonnes as of May 2025."),
            vec![Some("status".to_string())]
        );
        // The last word alone keeps its own relation.
        assert_eq!(
            relation("Talks resume in March 2027."),
            vec![Some("at".to_string())]
        );
    }

    #[test]
    fn an_event_word_opening_a_sentence_is_an_event_word() {
        // the story writes "the cyclone", so "Cyclone" opening a sentence
        // is that word, not the start of a name
        let tuesday = ("Tuesday".into(), Some("disaster".into()), Some("at".into()));
        let after = "The cyclone has weakened.";
        let got = events(&format!(
            "Cyclone Tembo killed 14 people after it struck the coast on Tuesday. {after}"
        ));
        assert_eq!(got, vec![tuesday.clone()]);
        // the date's own hedged lead ("shortly after") opens no other clause
        let got = events(&format!(
            "Cyclone Tembo killed 14 people after it struck the coast shortly after noon on Tuesday. {after}"
        ));
        assert_eq!(got, vec![("noon on Tuesday".into(), tuesday.1, tuesday.2)]);
        // an event word inside a name is not one
        let got = events("The Election Commission met on Tuesday.");
        assert_eq!(
            got,
            vec![("Tuesday".into(), Some("meeting".into()), Some("at".into()))]
        );
    }

    #[test]
    fn laws_works_and_rounds_have_event_words() {
        for (text, event) in [
            (
                "The law comes into force on 1 February.",
                "entry into force",
            ),
            (
                "The rules will take effect on January 1.",
                "entry into force",
            ),
            ("The terminal is due to be completed in 2029.", "completion"),
            (
                "The telescope is expected to lift off in late 2029.",
                "launch",
            ),
            ("The second round is scheduled for May 10.", "election"),
            ("The signing ceremony is on December 15.", "agreement"),
            ("Touchdown is scheduled for November 15.", "landing"),
            (
                "The bridge was last inspected in September 2024.",
                "inspection",
            ),
        ] {
            assert_eq!(events(text)[0].1.as_deref(), Some(event), "{text}");
        }
    }

    #[test]
    fn a_plant_starting_to_run_is_an_event() {
        for text in [
            "The wind farm should deliver first power in 2029.",
            "The reactor came online on 4 May.",
            "The line will enter service in March 2027.",
        ] {
            assert_eq!(
                events(text)[0].1.as_deref(),
                Some("start of operation"),
                "{text}"
            );
        }
    }

    #[test]
    fn an_event_word_nearer_the_next_date_is_that_dates() {
        let text = "Construction is due to begin in 2027, with the first electricity in 2029 and full operation a year later.";
        let got = events(text);
        assert_eq!((got[0].0.as_str(), got[0].1.as_deref()), ("2027", None));
        assert_eq!(
            (got[1].0.as_str(), got[1].1.as_deref()),
            ("2029", Some("start of operation"))
        );
        // as near to both: the one no punctuation parts it from
        let got = events("Work starts in 2027, with first power in 2029.");
        assert_eq!((got[0].0.as_str(), got[0].1.as_deref()), ("2027", None));
        // a length of time is no date to take it
        let got = events(
            "It was stolen on 14 March 2024 by a gang in a raid after two years of planning.",
        );
        assert_eq!(got[0].1.as_deref(), Some("attack"));
    }

    #[test]
    fn a_date_a_plan_had_before_it_moved_is_the_old_date() {
        let text = "The vote was moved to 2027. It had originally been set for November 8.";
        let got = events(text);
        assert_eq!(got[0].2, None);
        assert_eq!(
            (got[1].0.as_str(), got[1].2.as_deref()),
            ("November 8", Some("from"))
        );
    }

    #[test]
    fn a_date_after_for_is_an_appointment_whatever_the_tense() {
        // written in December 2025: the sentencing is next March, not last
        let got = crate::extract::dates_in("date: 2025-12-01\n\nSentencing was set for March 3.");
        let march_3 = crate::extract::time::days_from_civil(2026, 3, 3);
        assert_eq!(got[0].0.start, Some(march_3));
        // without "for", a past clause dates it in the past
        let got = crate::extract::dates_in("date: 2025-12-01\n\nSentencing was on March 3.");
        assert_eq!(got[0].0.start, Some(march_3 - 365));
    }

    #[test]
    fn an_event_noun_in_ing_leaves_the_tense_to_the_verb() {
        // written on Tuesday 15 September 2026: the coming Thursday
        let got = crate::extract::dates_in(
            "date: 2026-09-15\n\nThe highlight will be an amphibious landing on Thursday.",
        );
        let thursday = crate::extract::time::days_from_civil(2026, 9, 17);
        assert_eq!(got[0].0.start, Some(thursday));
    }

    #[test]
    fn a_bound_on_how_long_ago_bounds_the_date() {
        let text = "The fault last produced a quake more than half a century ago.";
        assert_eq!(events(text)[0].2.as_deref(), Some("by"));
        let text = "The fault last produced a quake less than a year ago.";
        assert_eq!(events(text)[0].2.as_deref(), Some("after"));
        let text = "The fault last produced a quake about a year ago.";
        assert_eq!(events(text)[0].2.as_deref(), Some("at"));
    }

    #[test]
    fn a_comma_and_opens_another_clause() {
        let got = events(
            "Its first phase is expected to open in 2028, and the terminal is set to be finished in 2030.",
        );
        let event = |k: usize| got[k].1.clone();
        assert_eq!((event(0), event(1)), (None, Some("completion".into())));
    }

    #[test]
    fn a_date_after_a_verb_of_saying_dates_the_saying() {
        let got = events("The architect has died at the age of 88, his family said on Tuesday.");
        assert_eq!(got, vec![("Tuesday".into(), None, Some("at".into()))]);
        // in the passive, what was said is the event
        let got = events("Shares jumped after the deal was announced on Tuesday.");
        assert_eq!(
            got,
            vec![(
                "Tuesday".into(),
                Some("agreement".into()),
                Some("at".into())
            )]
        );
    }

    #[test]
    fn a_rise_as_a_noun_is_an_event() {
        let got = events("The bank raised its rate on Wednesday, its first increase since March.");
        assert!(
            got.contains(&("March".into(), Some("rise".into()), Some("since".into()))),
            "{got:?}"
        );
    }
}
