//! `date-mismatch`: one event dated differently by different sources.

use serde::{Deserialize, Serialize};

use super::Rule;
use crate::claim::{Claim, ClaimKind, EntityKind};
use crate::engine::{buckets, group_conflicts, Conflict, Context};
use crate::extract::time::{civil_from_days, TimeKind};
use crate::finding::{Cited, Finding};

kind_info! {
    /// # date-mismatch
    ///
    /// One event dated differently by different sources.
    ///
    /// ## What it checks
    /// Dates and times of day that different sources give for the same event: the
    /// same event word of the lexicon near the date ("election", "vote" and "poll"
    /// are one event), the same relation ("until", "by", "since", the date a
    /// change moved the event from, or a plain "in"/"on"/"at"), the same ordinal ("second earthquake"), and no
    /// contradiction between the people, places and organisations named in the two
    /// sentences. Calendar dates conflict when their periods do not overlap ("until
    /// 2027" vs "until 2028"; January 2013 and 2013 agree); times of day conflict
    /// when they differ. A time of day with its day ("6 a.m. next Monday") is
    /// compared on both: on the day with a date alone or another day, on the time
    /// with a time alone or the same day.
    ///
    /// ## Why it matters
    /// A wrong year, day or hour is easy to copy and hard for a reader to check.
    ///
    /// ## Example
    /// "Parliament voted to postpone the presidential election until 2027" in one
    /// article and "Lawmakers put off the presidential election until 2028" in
    /// another.
    ///
    /// ## Not flagged
    /// Dates of different events, of the same kind of event in different places
    /// (one country's coup in September vs a neighbour's coup in May), a first and
    /// a second occurrence, dates with different relations ("in February" vs "by
    /// the end of the month"; the old and the new date of "postponed from
    /// February 2024 to 2026"), the day a count stands at ("as of Wednesday, 57
    /// deaths"), lengths of time, and two dates in the same article.
    id: "date-mismatch",
    claim_kind: "date",
}

#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields, default)]
pub struct Params {
    /// Words allowed between a date and its event word.
    pub max_event_distance: usize,
    /// Minutes a hedged time of day ("about 11:40") allows.
    pub approx_minutes: i64,
    /// Drop findings below this confidence.
    pub min_confidence: f64,
}

impl Default for Params {
    fn default() -> Self {
        Params {
            max_event_distance: 10,
            approx_minutes: 30,
            min_confidence: 0.3,
        }
    }
}

fn entities_agree(a: &Claim, b: &Claim) -> Option<bool> {
    let mut both_named = false;
    // People named beside an event are often incidental (a spokesman);
    // places and organisations say which occurrence it is.
    for kind in [EntityKind::Place, EntityKind::Org] {
        let xa: Vec<&String> = a.ctx.entities.iter().filter(|e| e.0 == kind).map(|e| &e.1).collect();
        let xb: Vec<&String> = b.ctx.entities.iter().filter(|e| e.0 == kind).map(|e| &e.1).collect();
        if xa.is_empty() || xb.is_empty() {
            continue;
        }
        if !xa.iter().any(|x| xb.contains(x)) {
            return None;
        }
        both_named = true;
    }
    Some(both_named)
}

pub fn check(p: &Params, rule: &Rule, ctx: &Context, out: &mut Vec<Finding>) {
    let claims = ctx.claims;
    let items = claims.iter().enumerate().filter_map(|(i, c)| {
        if c.kind != ClaimKind::Date {
            return None;
        }
        let t = c.time_value()?;
        let event = t.event.clone()?;
        if t.event_distance? > p.max_event_distance {
            return None;
        }
        let usable = match t.kind {
            TimeKind::Calendar => t.start.is_some(),
            TimeKind::Clock => t.clock_minutes.is_some(),
            TimeKind::Duration => false,
        };
        if !usable {
            return None;
        }
        let relation = t.relation.clone().unwrap_or_else(|| "at".into());
        // "As of Wednesday" says when a count stood, not when its event was.
        if relation == "status" {
            return None;
        }
        // When something happens and when it was planned to are different
        // facts; a deadline ("until", "by") is a plan either way.
        let planned = relation == "at" && t.planned;
        Some(((event, relation, t.ordinal, planned), i))
    });
    let comparable = |a: usize, b: usize| -> Option<f64> {
        let (ca, cb) = (&claims[a], &claims[b]);
        if ca.source == cb.source {
            return None;
        }
        let named = entities_agree(ca, cb)?;
        // A plain "in"/"on"/"at" date near the same event word is often a
        // different occurrence of it: ask for more in common, a shared name
        // or two shared content words. Two plans for the event (dates still
        // to come, or planned) are not: a story seldom plans one kind of
        // event twice, and an ordinal tells a second one apart.
        let relation = ca.time_value()?.relation.as_deref().unwrap_or("at");
        // Two times of day of the same event in one story need no more.
        let clock = ca.time_value()?.kind == TimeKind::Clock && cb.time_value()?.kind == TimeKind::Clock;
        let plans = ca.time_value()?.planned && cb.time_value()?.planned;
        if relation == "at" && !clock && !plans {
            // One name may be written in full in one and short in the
            // other ("Storm Magda", "Magda").
            let same = |x: &String, y: &String| super::same_entity(x, y, ctx.lexicon);
            let shared_name = ca.ctx.entities.iter().any(|e| cb.ctx.entities.iter().any(|f| same(&e.1, &f.1)));
            let shared_words = ca.ctx.keywords.iter().filter(|w| cb.ctx.keywords.contains(w)).count();
            if !shared_name && shared_words < 2 {
                return None;
            }
        }
        let mut conf: f64 = if named { 0.85 } else { 0.7 };
        if ca.ctx.time_estimated || cb.ctx.time_estimated {
            conf *= 0.85;
        }
        Some(conf)
    };
    let mut pairs = Vec::new();
    for bucket in buckets(items) {
        ctx.record_fact(&rule.id, what(&claims[bucket[0]]), bucket.iter().copied());
        for (x, &a) in bucket.iter().enumerate() {
            for &b in &bucket[x + 1..] {
                let Some(conf) = comparable(a, b) else { continue };
                if disagree(p, &claims[a], &claims[b]) == Some(true) {
                    pairs.push(Conflict { a, b, confidence: conf });
                }
            }
        }
    }
    let agree = |a: usize, b: usize| disagree(p, &claims[a], &claims[b]) == Some(false);
    for (members, confidence) in group_conflicts(pairs, |i| claims[i].source, |a, b| comparable(a, b).is_some(), agree, agree) {
        if confidence < p.min_confidence {
            continue;
        }
        let mut groups: Vec<String> = Vec::new();
        let mut cited = Vec::new();
        let mut parts = Vec::new();
        for &m in &members {
            let c = &claims[m];
            let shown = show(c);
            let g = match groups.iter().position(|x| *x == shown) {
                Some(g) => g,
                None => {
                    groups.push(shown.clone());
                    groups.len() - 1
                }
            };
            cited.push(Cited { claim: m, group: g });
            parts.push(format!("{} ({})", c.text.trim(), ctx.source_name(c)));
        }
        let what = what(&claims[members[0]]);
        out.push(Finding {
            rule: rule.id.clone(),
            kind: "date",
            severity: rule.severity,
            confidence: (confidence * 100.0).round() / 100.0,
            message: rule.render_message(&what, &parts.join(" vs "), "", ""),
            claims: cited,
        });
    }
}

/// Whether two dates of one event disagree. A date has up to two parts, the
/// day (a calendar period) and the time of day; "6 a.m. next Monday" has
/// both, "on July 9" only the day, "at 06:00" only the time. Days disagree
/// when their periods do not overlap; times of day (of days that agree, or
/// where one gives no day) when they are further apart than a hedged time
/// allows. None when the two share neither part.
fn disagree(p: &Params, a: &Claim, b: &Claim) -> Option<bool> {
    let (ta, tb) = (a.time_value()?, b.time_value()?);
    let days = ta.start.zip(tb.start).map(|(sa, sb)| {
        let (ea, eb) = (ta.end.unwrap_or(sa), tb.end.unwrap_or(sb));
        ea < sb || eb < sa
    });
    if days == Some(true) {
        return Some(true);
    }
    let clocks = ta.clock_minutes.zip(tb.clock_minutes).map(|(x, y)| {
        // Minutes apart, across midnight; a hedged time allows the tolerance.
        let (x, y) = (x as i64, y as i64);
        let apart = (x - y).rem_euclid(1440).min((y - x).rem_euclid(1440));
        let slack = if ta.approx || tb.approx { p.approx_minutes } else { 0 };
        apart > slack
    });
    clocks.or(days)
}

/// What a date of this event and relation says, in an editor's words.
fn what(c: &Claim) -> String {
    let t = c.time_value().expect("date");
    let event = t.event.clone().unwrap_or_default();
    match t.relation.as_deref() {
        Some("until") => format!("date the {event} runs or was put off until"),
        Some("by") => format!("deadline for the {event}"),
        Some("since") => format!("start of the {event}"),
        Some("from") => format!("date the {event} was moved from"),
        _ if t.kind == TimeKind::Clock => format!("time of the {event}"),
        _ => format!("date of the {event}"),
    }
}

fn show(c: &Claim) -> String {
    let t = c.time_value().expect("date");
    match (t.kind.clone(), t.start) {
        (TimeKind::Clock, _) => t.timex.to_string(),
        (_, Some(s)) => {
            let (y, m, d) = civil_from_days(s);
            format!("{y:04}-{m:02}-{d:02}/{}", t.timex)
        }
        _ => t.timex.to_string(),
    }
}
