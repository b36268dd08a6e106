//! The terminal report: each finding with its rule, severity, confidence and
//! message, then each source's `path:line:column` and sentence with the
//! claim marked (colour, or a caret line without colour), then a summary.

use std::fmt::Write;

use super::{date_label, excerpt, position};
use crate::engine::Report;
use crate::rules::Severity;

const RESET: &str = "\x1b[0m";
const BOLD: &str = "\x1b[1m";
const DIM: &str = "\x1b[2m";

fn severity_color(s: Severity) -> &'static str {
    match s {
        Severity::Error => "\x1b[1;31m",
        Severity::Warning => "\x1b[1;33m",
        Severity::Info => "\x1b[1;36m",
    }
}

/// Highlight colours for the sides of a disagreement.
const SIDES: &[&str] = &["\x1b[1;31m", "\x1b[1;32m", "\x1b[1;35m", "\x1b[1;34m"];

pub fn render(report: &Report, color: bool) -> String {
    let mut out = String::new();
    let paint = |code: &str, s: &str| {
        if color {
            format!("{code}{s}{RESET}")
        } else {
            s.to_string()
        }
    };
    for f in &report.findings {
        let _ = writeln!(
            out,
            "{}: {}  {}",
            paint(
                severity_color(f.severity),
                &format!("{}[{}]", f.severity.as_str(), f.rule)
            ),
            paint(BOLD, &f.message),
            paint(DIM, &format!("(confidence {:.2})", f.confidence)),
        );
        for cited in &f.claims {
            let claim = &report.claims[cited.claim];
            let article = &report.articles[claim.source];
            let (line, col) = position(report, claim);
            let date = match date_label(report, claim.source).as_str() {
                "undated" => String::new(),
                label => format!(", {label}"),
            };
            let _ = writeln!(
                out,
                "  --> {}:{}:{}  {}",
                article.path,
                line,
                col,
                paint(
                    DIM,
                    &format!("[{}{}] {}", article.name, date, claim.value_string())
                )
            );
            let (text, cols) = excerpt(
                &article.text,
                &claim.sentence,
                std::slice::from_ref(&claim.span),
            );
            let side = SIDES[cited.group % SIDES.len()];
            if color {
                let mut shown = String::new();
                let chars: Vec<char> = text.chars().collect();
                let (a, n) = cols.first().copied().unwrap_or((chars.len(), 0));
                shown.extend(&chars[..a.min(chars.len())]);
                shown.push_str(side);
                shown.extend(&chars[a.min(chars.len())..(a + n).min(chars.len())]);
                shown.push_str(RESET);
                shown.extend(&chars[(a + n).min(chars.len())..]);
                let _ = writeln!(out, "   | {shown}");
            } else {
                let _ = writeln!(out, "   | {text}");
                if let Some(&(a, n)) = cols.first() {
                    let _ = writeln!(out, "   | {}{}", " ".repeat(a), "^".repeat(n.max(1)));
                }
            }
        }
        out.push('\n');
    }
    let count = |s: Severity| report.findings.iter().filter(|f| f.severity == s).count();
    let _ = write!(
        out,
        "{} finding{} ({} error, {} warning, {} info) in {} source{}, {} claims",
        report.findings.len(),
        if report.findings.len() == 1 { "" } else { "s" },
        count(Severity::Error),
        count(Severity::Warning),
        count(Severity::Info),
        report.articles.len(),
        if report.articles.len() == 1 { "" } else { "s" },
        report.claims.len(),
    );
    // Hidden findings are counted, never dropped silently.
    if report.suppressed > 0 {
        let _ = write!(out, ", {} suppressed", report.suppressed);
    }
    if report.baselined > 0 {
        let _ = write!(out, ", {} in baseline", report.baselined);
    }
    out.push('\n');
    out
}
