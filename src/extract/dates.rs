//! Dates in context: turns the time expressions found by `time` into date
//! claims, reading how each relates to its event ("until 2026", "by the end
//! of the month"), which event it dates (the nearest event word of the
//! lexicon in its sentence, with its distance), an ordinal on that event
//! ("second coup"), and the named entities of its sentence.

use crate::claim::{Claim, ClaimKind, Context, EntityKind, TimeValue, Value};
use crate::extract::quantity::ArticleView;
use crate::extract::time::TimeKind;
use crate::segment::TokKind;

const ORDINALS: &[&str] = &[
    "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
];

/// Date, time-of-day and duration claims of one article.
pub fn claims(view: &ArticleView, out: &mut Vec<Claim>) {
    let doc = view.doc;
    for t in view.times {
        let toks = doc.tokens_in(&t.span);
        if toks.is_empty() {
            continue;
        }
        let (first, last) = (toks.start, toks.end - 1);
        let si = doc.tokens[first].sentence;
        let sent = &doc.sentences[si];
        // Relation: the word before, skipping determiners and modifiers.
        let mut relation = None;
        let mut k = first;
        while k > sent.tokens.start {
            k -= 1;
            let Some(w) = doc
                .tokens
                .get(k)
                .filter(|t| t.is_word())
                .map(|t| t.lower.as_str())
            else {
                break;
            };
            if matches!(
                w,
                "the"
                    | "a"
                    | "an"
                    | "early"
                    | "late"
                    | "mid"
                    | "end"
                    | "of"
                    | "beginning"
                    | "start"
                    | "middle"
            ) && relation.is_none()
                && k + 1 < first
                || matches!(w, "the" | "a" | "an" | "early" | "late" | "mid")
            {
                continue;
            }
            let two = k
                .checked_sub(1)
                .and_then(|j| doc.tokens.get(j))
                .map(|p| format!("{} {}", p.lower, w));
            relation = two
                .as_deref()
                .and_then(|p| view.lex.relation(p))
                .or_else(|| view.lex.relation(w))
                .map(str::to_string);
            break;
        }
        // The nearest event word within the distance, in the same sentence.
        let mut event = None;
        let mut best = usize::MAX;
        for i in sent.tokens.clone() {
            if (first..=last).contains(&i) {
                continue;
            }
            let tok = &doc.tokens[i];
            // Event words are common nouns and verbs, never part of a name.
            if !tok.is_word() || tok.cap {
                continue;
            }
            // Distance in words, punctuation not counted.
            let between = if i < first { i + 1..first } else { last + 1..i };
            let d = between
                .filter(|&k| {
                    doc.tokens[k].kind != TokKind::Punct(',')
                        && !matches!(doc.tokens[k].kind, TokKind::Punct(_))
                })
                .count();
            if d >= best {
                continue;
            }
            let two = doc
                .tokens
                .get(i + 1)
                .filter(|n| n.is_word())
                .map(|n| format!("{} {}", tok.lower, n.lower));
            let found = two.as_deref().and_then(|p| view.lex.event(p)).or_else(|| {
                // An event word modifying a plural noun ("coup leaders",
                // "election officials") does not name the event.
                let modifier = doc.tokens.get(i + 1).is_some_and(|n| {
                    n.is_word()
                        && !n.cap
                        && n.lower.len() > 3
                        && n.lower.ends_with('s')
                        && !n.lower.ends_with("ss")
                        && !view.lex.is_stopword(&n.lower)
                });
                (!modifier).then(|| view.lex.event(&tok.lower)).flatten()
            });
            if let Some(e) = found {
                best = d;
                let ordinal = i
                    .checked_sub(1)
                    .and_then(|p| doc.tokens.get(p))
                    .and_then(|p| ORDINALS.iter().position(|o| *o == p.lower))
                    .map(|n| n as u32 + 1);
                event = Some((e.to_string(), ordinal, d));
            }
        }
        let entities: Vec<(EntityKind, String)> = view
            .names
            .iter()
            .filter(|m| m.sentence == si)
            .map(|m| (m.entity, m.place.clone().unwrap_or_else(|| m.text.clone())))
            .collect();
        let mut keywords: Vec<String> = Vec::new();
        for i in sent.tokens.clone() {
            let tok = &doc.tokens[i];
            let in_time = view
                .times
                .iter()
                .any(|x| x.span.start <= tok.span.start && tok.span.end <= x.span.end);
            if !tok.is_word()
                || tok.cap
                || in_time
                || tok.lower.len() < 3
                || view.lex.is_stopword(&tok.lower)
                || view.lex.event(&tok.lower).is_some()
            {
                continue;
            }
            let w = crate::lexicon::singular(&tok.lower);
            if !keywords.contains(&w) {
                keywords.push(w);
            }
        }
        let ctx = Context {
            keywords,
            time: t.start.map(|_| crate::extract::quantity::resolved(view, t)),
            time_text: Some(view.scan[t.span.clone()].to_string()),
            time_estimated: view.estimated && t.relative,
            entities,
            ..Context::default()
        };
        let (event, ordinal, event_distance) = match event {
            Some((e, o, d)) => (Some(e), o, Some(d)),
            None => (None, None, None),
        };
        let _ = TimeKind::Calendar;
        out.push(Claim {
            source: view.source,
            kind: ClaimKind::Date,
            span: t.span.clone(),
            sentence: sent.span.clone(),
            text: view.scan[t.span.clone()].to_string(),
            value: Value::Time(TimeValue {
                kind: t.kind.clone(),
                start: t.start,
                end: t.end,
                granularity: t.granularity,
                timex: t.timex.clone(),
                length_days: t.length_days,
                clock_minutes: t.clock_minutes,
                relation,
                event,
                ordinal,
                event_distance,
            }),
            ctx,
        });
    }
}
