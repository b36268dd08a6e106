//! GitHub Actions workflow commands: one annotation per source a finding
//! cites (`::warning file=…,line=…,col=…,endColumn=…,title=…::message`), so
//! every article involved is annotated, each naming the other sources. Data
//! is escaped as the runner expects: `%`, CR and LF in the message, and
//! also `:` and `,` in properties.

use std::fmt::Write;

use super::position;
use crate::engine::Report;
use crate::rules::Severity;

pub fn render(report: &Report) -> String {
    let mut out = String::new();
    for f in &report.findings {
        let command = match f.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
            Severity::Info => "notice",
        };
        // The first claim of each source, in the finding's order.
        let mut firsts: Vec<usize> = Vec::new();
        for c in &f.claims {
            let source = report.claims[c.claim].source;
            if !firsts.iter().any(|&k| report.claims[k].source == source) {
                firsts.push(c.claim);
            }
        }
        for &k in &firsts {
            let claim = &report.claims[k];
            let article = &report.articles[claim.source];
            let (line, col) = position(report, claim);
            let (end_line, end_col) = article.lines.line_col(&article.text, claim.span.end);
            let mut props = format!("file={},line={line},col={col}", property(&article.path));
            if end_line == line {
                let _ = write!(props, ",endColumn={end_col}");
            }
            let title = format!("crosscheck {} (confidence {:.2})", f.rule, f.confidence);
            let _ = write!(props, ",title={}", property(&title));
            let others: Vec<String> = firsts
                .iter()
                .filter(|&&o| o != k)
                .map(|&o| {
                    let c = &report.claims[o];
                    let (l, col) = position(report, c);
                    format!("{}:{l}:{col}", report.articles[c.source].path)
                })
                .collect();
            let mut message = f.message.clone();
            if !others.is_empty() {
                let _ = write!(message, "\nother sources: {}", others.join(", "));
            }
            let _ = writeln!(out, "::{command} {props}::{}", data(&message));
        }
    }
    out
}

/// Escape a command's message.
pub fn data(s: &str) -> String {
    s.replace('%', "%25")
        .replace('\r', "%0D")
        .replace('\n', "%0A")
}

/// Escape a command's property value.
pub fn property(s: &str) -> String {
    data(s).replace(':', "%3A").replace(',', "%2C")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escaping_follows_the_runner() {
        assert_eq!(data("50% of a\r\nb: c, d"), "50%25 of a%0D%0Ab: c, d");
        assert_eq!(property("a:b,c%\n"), "a%3Ab%2Cc%25%0A");
    }
}
