//! SARIF 2.1.0: one result per finding (rule, level from severity,
//! message), its first source as the location and the other sources as
//! related locations, each with a line/column region; `tool.driver.rules`
//! lists the rules that ran, described from their kinds' reference pages.

use serde_json::{json, Value};

use super::position;
use crate::claim::Claim;
use crate::engine::Report;
use crate::rules::Severity;

pub const SCHEMA: &str = "https://json.schemastore.org/sarif-2.1.0.json";

pub fn render(report: &Report) -> String {
    let rules: Vec<Value> = report
        .rules
        .iter()
        .map(|r| {
            let doc = r.kind.doc;
            let checks = doc_section(doc, "What it checks");
            json!({
                "id": r.id,
                "name": r.kind.id,
                "shortDescription": {"text": first_sentence(&checks)},
                "fullDescription": {"text": checks},
                "help": {"text": doc, "markdown": doc},
                "defaultConfiguration": {"level": level(r.severity)},
                "properties": {"kind": r.kind.id, "claim_kind": r.kind.claim_kind},
            })
        })
        .collect();
    let results: Vec<Value> = report
        .findings
        .iter()
        .map(|f| {
            let mut cited = f.claims.iter().map(|c| (&report.claims[c.claim], c.group));
            let (first, _) = cited.next().expect("a finding cites claims");
            let related: Vec<Value> = cited
                .enumerate()
                .map(|(i, (c, group))| {
                    let mut loc = location(report, c);
                    loc["id"] = json!(i + 1);
                    loc["message"] = json!({"text": format!(
                        "{} (side {}): {}",
                        report.articles[c.source].name,
                        (b'A' + (group % 26) as u8) as char,
                        c.value_string()
                    )});
                    loc
                })
                .collect();
            let mut result = json!({
                "ruleId": f.rule,
                "level": level(f.severity),
                "message": {"text": f.message},
                "locations": [location(report, first)],
                "properties": {"confidence": f.confidence, "kind": f.kind},
            });
            if let Some(i) = report.rules.iter().position(|r| r.id == f.rule) {
                result["ruleIndex"] = json!(i);
            }
            if !related.is_empty() {
                result["relatedLocations"] = json!(related);
            }
            result
        })
        .collect();
    let doc = json!({
        "$schema": SCHEMA,
        "version": "2.1.0",
        "runs": [{
            "tool": {"driver": {
                "name": "crosscheck",
                "version": env!("CARGO_PKG_VERSION"),
                "rules": rules,
            }},
            "columnKind": "unicodeCodePoints",
            "results": results,
        }],
    });
    let mut s = serde_json::to_string_pretty(&doc).unwrap_or_default();
    s.push('\n');
    s
}

fn level(s: Severity) -> &'static str {
    match s {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Info => "note",
    }
}

/// A claim's place: its file and its line/column region (columns count
/// characters, the end column is one past the claim), with its text.
fn location(report: &Report, c: &Claim) -> Value {
    let a = &report.articles[c.source];
    let (line, column) = position(report, c);
    let (end_line, end_column) = a.lines.line_col(&a.text, c.span.end);
    json!({"physicalLocation": {
        "artifactLocation": {"uri": uri(&a.path)},
        "region": {
            "startLine": line,
            "startColumn": column,
            "endLine": end_line,
            "endColumn": end_column,
            "snippet": {"text": c.text.as_str()},
        },
    }})
}

/// A relative path as a URI reference: `/` separators, everything outside
/// the unreserved set percent-encoded.
fn uri(path: &str) -> String {
    let mut out = String::new();
    for b in path.replace('\\', "/").bytes() {
        if b.is_ascii_alphanumeric() || b"-._~/".contains(&b) {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// The paragraph under `## heading` in a kind's reference page, on one line.
fn doc_section(doc: &str, heading: &str) -> String {
    let mut lines = doc
        .lines()
        .skip_while(|l| l.trim() != format!("## {heading}"));
    lines.next();
    lines
        .take_while(|l| !l.starts_with('#'))
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

fn first_sentence(s: &str) -> String {
    match s.find(". ") {
        Some(i) => s[..=i].to_string(),
        None => s.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_become_uri_references() {
        assert_eq!(uri("seeds/a b#1.txt"), "seeds/a%20b%231.txt");
        assert_eq!(uri("dir\\é.md"), "dir/%C3%A9.md");
    }

    #[test]
    fn a_kind_page_gives_its_description() {
        let doc =
            "# k\n\n## What it checks\nFigures that\ndiffer. More.\n\n## Why it matters\nX.\n";
        assert_eq!(
            doc_section(doc, "What it checks"),
            "Figures that differ. More."
        );
        assert_eq!(
            first_sentence("Figures that differ. More."),
            "Figures that differ."
        );
    }
}
