//! The JSON report: a versioned contract (see README). Fields may be added
//! in later versions; none is removed or renamed.

use serde_json::{json, Value};

use super::position;
use crate::claim::{Claim, Value as ClaimValue};
use crate::engine::Report;
use crate::extract::time::fmt_day;
use crate::finding::Finding;

pub const VERSION: u64 = 1;

pub fn render(report: &Report) -> String {
    let sources: Vec<Value> = report
        .articles
        .iter()
        .zip(&report.reference)
        .map(|(a, r)| {
            json!({
                "path": a.path,
                "name": a.name,
                "date": a.date.map(fmt_day),
                "reference_date": r.0.map(fmt_day),
                "date_estimated": r.1,
            })
        })
        .collect();
    let findings: Vec<Value> = report
        .findings
        .iter()
        .map(|f| finding_json(report, f))
        .collect();
    let doc = json!({"version": VERSION, "sources": sources, "findings": findings,
        "suppressed": report.suppressed, "baselined": report.baselined});
    let mut s = serde_json::to_string_pretty(&doc).unwrap_or_default();
    s.push('\n');
    s
}

/// One finding of the contract: rule, kind, severity, confidence, message
/// and every cited claim with its side (`group`).
pub fn finding_json(report: &Report, f: &Finding) -> Value {
    let claims: Vec<Value> = f
        .claims
        .iter()
        .map(|c| {
            let mut v = claim_json(report, &report.claims[c.claim]);
            v["group"] = json!(c.group);
            v
        })
        .collect();
    json!({
        "rule": f.rule,
        "kind": f.kind,
        "severity": f.severity.as_str(),
        "confidence": f.confidence,
        "message": f.message,
        "claims": claims,
    })
}

/// JSON Lines: one finding object per line, the same object as in the
/// `findings` array of the JSON contract.
pub fn render_lines(report: &Report) -> String {
    let mut s = String::new();
    for f in &report.findings {
        s.push_str(&finding_json(report, f).to_string());
        s.push('\n');
    }
    s
}

/// One claim: position, text, normalised value and context.
pub fn claim_json(report: &Report, c: &Claim) -> Value {
    let a = &report.articles[c.source];
    let (line, column) = position(report, c);
    let mut v = json!({
        "path": a.path,
        "start": c.span.start,
        "end": c.span.end,
        "line": line,
        "column": column,
        "text": c.text.as_str(),
        "value": c.value_string(),
        "claim_kind": c.kind.as_str(),
    });
    let ctx = &c.ctx;
    let mut context = json!({
        "subject": ctx.subject,
        "scope": ctx.scope,
        "time": ctx.time.map(|(s, e)| json!([fmt_day(s), fmt_day(e)])),
        "time_text": ctx.time_text.as_deref(),
        "time_estimated": ctx.time_estimated,
        "role": ctx.role.as_str(),
        "target": ctx.target,
        "qualifier": ctx.qualifier,
    });
    match &c.value {
        ClaimValue::Quantity(q) => {
            context["unit"] = json!(q.unit);
            context["low"] = finite(q.low);
            context["high"] = finite(q.high);
            context["hedge"] = json!(q.hedge);
            context["vague"] = json!(q.vague);
            if q.population.is_some() {
                context["population"] = json!(q.population);
            }
            if !q.measure.is_empty() {
                context["measure"] = json!(q.measure);
            }
        }
        ClaimValue::Time(t) => {
            context["relation"] = json!(t.relation.as_deref());
            context["event"] = json!(t.event.as_deref());
            context["ordinal"] = json!(t.ordinal);
            context["event_distance"] = json!(t.event_distance);
            context["entities"] = json!(ctx
                .entities
                .iter()
                .map(|(k, n)| json!({"kind": k.as_str(), "name": n}))
                .collect::<Vec<_>>());
            context["keywords"] =
                json!(ctx.keywords.iter().map(|k| k.as_str()).collect::<Vec<_>>());
        }
        ClaimValue::Name(n) => {
            context["entity"] = json!(n.entity.as_str());
            context["role_word"] = json!(n.role);
        }
    }
    v["context"] = context;
    v
}

fn finite(x: f64) -> Value {
    if x.is_finite() {
        json!(x)
    } else {
        Value::Null
    }
}

/// The claims of a report, for `crosscheck extract --format json`.
pub fn render_claims(report: &Report) -> String {
    let claims: Vec<Value> = report
        .claims
        .iter()
        .map(|c| claim_json(report, c))
        .collect();
    let mut s = serde_json::to_string_pretty(&json!({"version": VERSION, "claims": claims}))
        .unwrap_or_default();
    s.push('\n');
    s
}
