//! The editorial review as Markdown (CommonMark with GitHub tables): the
//! summary, a section per finding with each source's sentence and the
//! claims in bold, and the claim table. Article text is escaped so that it
//! never turns into markup.

use std::fmt::Write;

use super::review::{self, Piece, Review};
use crate::engine::Report;

pub fn render(report: &Report) -> String {
    let r = review::build(report);
    let mut out = String::new();
    summary(&mut out, &r);
    findings(&mut out, &r);
    table(&mut out, &r);
    out
}

fn summary(out: &mut String, r: &Review) {
    let _ = writeln!(out, "# crosscheck review\n\n## Summary\n");
    let counts: Vec<String> = r
        .by_severity
        .iter()
        .map(|(s, n)| format!("{n} {}", s.as_str()))
        .collect();
    let _ = writeln!(
        out,
        "{} finding{} ({}) in {} source{}, {} claims read.\n",
        r.findings,
        plural(r.findings),
        counts.join(", "),
        r.sources.len(),
        plural(r.sources.len()),
        r.claims
    );
    let _ = writeln!(out, "| source | file | date |\n|---|---|---|");
    for s in &r.sources {
        let _ = writeln!(out, "| {} | {} | {} |", esc(&s.name), code(&s.path), s.date);
    }
    if r.sources.iter().any(|s| s.date.starts_with("undated (")) {
        let _ = writeln!(
            out,
            "\nAn undated source is read as if published on the story's latest known date; \
             its date above is that estimate."
        );
    }
    out.push('\n');
}

fn findings(out: &mut String, r: &Review) {
    let _ = writeln!(out, "## Findings\n");
    if r.sections.is_empty() {
        let _ = writeln!(out, "No finding: the sources do not disagree.\n");
    }
    for (i, s) in r.sections.iter().enumerate() {
        let f = s.finding;
        let _ = writeln!(
            out,
            "### {}. {}: {}\n\n`{}` · {} · confidence {:.2}\n",
            i + 1,
            f.severity.as_str(),
            esc(&f.message),
            f.rule,
            f.kind,
            f.confidence
        );
        let _ = writeln!(
            out,
            "| side | source | date | sentence |\n|---|---|---|---|"
        );
        for q in &s.quotes {
            let _ = writeln!(
                out,
                "| {} | {} {} | {} | {} |",
                side_name(q.group),
                esc(&q.source),
                code(&format!("{}:{}:{}", q.path, q.line, q.column)),
                q.date,
                pieces(&q.sentence)
            );
        }
        if let [a, b] = s.spellings.as_slice() {
            let _ = writeln!(
                out,
                "\nSpellings, differing letters in bold: {} vs {}",
                pieces(a),
                pieces(b)
            );
        }
        out.push('\n');
    }
}

fn table(out: &mut String, r: &Review) {
    let _ = writeln!(out, "## Claim table\n");
    if r.rows.is_empty() {
        let _ = writeln!(out, "No fact is spoken about by two sources.");
        return;
    }
    let _ = writeln!(
        out,
        "What each source says about each fact two or more sources speak about; \
         facts with a finding first (marked ⚠), the cited claims in bold with their side.\n"
    );
    let mut head = String::from("| fact |");
    let mut rule = String::from("|---|");
    for s in &r.sources {
        let _ = write!(head, " {} |", esc(&s.name));
        rule.push_str("---|");
    }
    let _ = writeln!(out, "{head}\n{rule}");
    for row in &r.rows {
        let mark = if row.disputed { "⚠ " } else { "" };
        let _ = write!(out, "| {mark}{} |", esc(&row.label));
        for cell in &row.cells {
            let shown: Vec<String> = cell
                .iter()
                .map(|c| match c.side {
                    Some(g) => format!("**{}** ({})", esc(&c.text), side_name(g)),
                    None => esc(&c.text),
                })
                .collect();
            let _ = write!(
                out,
                " {} |",
                if shown.is_empty() {
                    "—".into()
                } else {
                    shown.join("; ")
                }
            );
        }
        out.push('\n');
    }
}

fn side_name(group: usize) -> char {
    (b'A' + (group % 26) as u8) as char
}

fn plural(n: usize) -> &'static str {
    if n == 1 {
        ""
    } else {
        "s"
    }
}

/// Runs of text with the marked ones in bold.
fn pieces(p: &[Piece]) -> String {
    p.iter()
        .map(|(t, marked)| {
            let e = esc(t);
            // Emphasis markers must touch non-space text on their inner side.
            let inner = e.trim();
            if *marked && !inner.is_empty() {
                let lead = &e[..e.len() - e.trim_start().len()];
                let trail = &e[e.trim_end().len()..];
                format!("{lead}**{inner}**{trail}")
            } else {
                e
            }
        })
        .collect()
}

fn code(s: &str) -> String {
    format!("`{}`", s.replace('`', "'").replace('|', "\\|"))
}

/// Escape text so Markdown shows it as written: every ASCII punctuation
/// that could open markup is backslash-escaped, table pipes included.
pub fn esc(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if "\\`*_[]<>|#&!~".contains(c) {
            out.push('\\');
        }
        out.push(if c == '\n' || c == '\r' { ' ' } else { c });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markup_in_article_text_is_escaped() {
        assert_eq!(esc("a <b> & c|d *e*"), "a \\<b\\> \\& c\\|d \\*e\\*");
    }

    #[test]
    fn marked_runs_keep_spaces_outside_the_bold() {
        let p = vec![("to ".to_string(), false), (" 4,800 ".to_string(), true)];
        assert_eq!(pieces(&p), "to  **4,800** ");
    }
}
