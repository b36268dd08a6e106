//! The editorial review as one self-contained HTML file: inline CSS (with
//! print rules), no scripts, fonts or images to fetch. The markup is also
//! well-formed XML (void elements closed, every text escaped), so a test can
//! parse it strictly.

use std::fmt::Write;

use super::review::{self, Piece, Review, Section};
use crate::engine::Report;

const STYLE: &str = r#"
:root { --ink: #1d232b; --muted: #5b6572; --rule: #d8dde3; --paper: #ffffff; --tint: #f5f7f9;
  --error: #b42318; --warning: #a15c07; --info: #175cd3;
  --side0: #fde2e1; --side0-ink: #9f1b12; --side1: #dcf3e4; --side1-ink: #146c2e;
  --side2: #ece3fb; --side2-ink: #5b2aa8; --side3: #e0ecfb; --side3-ink: #1a4f99; }
* { box-sizing: border-box; }
body { margin: 0; background: var(--tint); color: var(--ink);
  font: 15px/1.5 Georgia, "Times New Roman", serif; }
main { max-width: 1180px; margin: 0 auto; padding: 28px 32px 48px; }
h1, h2, h3, th, .meta, .badge, figcaption, .counts, code, .legend {
  font-family: system-ui, -apple-system, "Segoe UI", Helvetica, Arial, sans-serif; }
h1 { font-size: 26px; margin: 0 0 4px; }
h2 { font-size: 19px; margin: 32px 0 12px; padding-bottom: 4px; border-bottom: 2px solid var(--ink); }
h3 { font-size: 16px; margin: 0 0 4px; line-height: 1.35; }
code { font-size: 12px; color: var(--muted); }
.counts { color: var(--muted); margin: 0; }
.badge { display: inline-block; font-size: 12px; font-weight: 700; text-transform: uppercase;
  letter-spacing: .04em; padding: 1px 8px; border-radius: 10px; color: #fff; margin-right: 6px; }
.badge.error { background: var(--error); } .badge.warning { background: var(--warning); }
.badge.info { background: var(--info); }
.panel, .finding { background: var(--paper); border: 1px solid var(--rule); border-radius: 6px; }
.finding { margin: 0 0 16px; padding: 14px 18px; border-left: 5px solid var(--warning); }
.finding.error { border-left-color: var(--error); } .finding.info { border-left-color: var(--info); }
.meta { font-size: 13px; color: var(--muted); margin: 0 0 10px; }
.quotes { display: grid; grid-template-columns: repeat(auto-fit, minmax(300px, 1fr)); gap: 12px; }
figure { margin: 0; padding: 10px 12px; background: var(--tint); border-radius: 4px;
  border-top: 3px solid var(--rule); }
figure.side0 { border-top-color: var(--side0-ink); } figure.side1 { border-top-color: var(--side1-ink); }
figure.side2 { border-top-color: var(--side2-ink); } figure.side3 { border-top-color: var(--side3-ink); }
figcaption { font-size: 13px; margin-bottom: 6px; }
figcaption .date { color: var(--muted); }
figcaption .est { font-style: italic; }
blockquote { margin: 0; }
mark { padding: 0 2px; border-radius: 2px; font-weight: 700; }
.side0 mark, mark.side0, ins.side0, del.side0 { background: var(--side0); color: var(--side0-ink); }
.side1 mark, mark.side1, ins.side1, del.side1 { background: var(--side1); color: var(--side1-ink); }
.side2 mark, mark.side2 { background: var(--side2); color: var(--side2-ink); }
.side3 mark, mark.side3 { background: var(--side3); color: var(--side3-ink); }
.spelling { margin: 10px 0 0; font-size: 14px; }
.spelling .spell { font-size: 17px; padding: 0 4px; }
ins, del { text-decoration: none; font-weight: 700; border-bottom: 2px solid currentColor; }
table { border-collapse: collapse; width: 100%; background: var(--paper); }
th, td { border: 1px solid var(--rule); padding: 5px 8px; text-align: left; vertical-align: top; }
th { background: var(--tint); font-size: 13px; }
table.claims td { font-size: 14px; }
table.claims td.silent { color: var(--rule); text-align: center; }
table.claims tr.disputed th { background: #fff4e0; }
table.claims ul { margin: 0; padding: 0; list-style: none; }
.legend { font-size: 13px; color: var(--muted); }
.side-tag { font-size: 11px; font-family: system-ui, sans-serif; color: var(--muted); }
@media print {
  body { background: #fff; font-size: 11pt; }
  main { max-width: none; padding: 0; }
  .finding, figure, tr { break-inside: avoid; }
  .finding { border: 1px solid #999; border-left-width: 5px; }
  mark, ins, del { border-bottom: 2px solid currentColor; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
"#;

pub fn render(report: &Report) -> String {
    let r = review::build(report);
    let mut out = String::new();
    out.push_str("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\"/>\n");
    out.push_str("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n");
    out.push_str("<title>crosscheck review</title>\n<style>");
    out.push_str(STYLE);
    out.push_str("</style>\n</head>\n<body>\n<main>\n");
    summary(&mut out, &r);
    findings(&mut out, &r);
    table(&mut out, &r);
    out.push_str("</main>\n</body>\n</html>\n");
    out
}

fn summary(out: &mut String, r: &Review) {
    let _ = writeln!(out, "<header>\n<h1>crosscheck review</h1>");
    let _ = writeln!(
        out,
        "<p class=\"counts\">{} finding{} in {} source{}, {} claims read</p>\n</header>",
        r.findings,
        plural(r.findings),
        r.sources.len(),
        plural(r.sources.len()),
        r.claims
    );
    let _ = writeln!(out, "<section id=\"summary\">\n<h2>Summary</h2>\n<p>");
    for (s, n) in &r.by_severity {
        let _ = writeln!(
            out,
            "<span class=\"badge {0}\">{1} {0}</span>",
            s.as_str(),
            n
        );
    }
    let _ = writeln!(out, "</p>");
    let _ = writeln!(
        out,
        "<table class=\"sources\">\n<thead><tr><th>source</th><th>file</th><th>date</th></tr></thead>\n<tbody>"
    );
    for s in &r.sources {
        let _ = writeln!(
            out,
            "<tr><td>{}</td><td><code>{}</code></td><td>{}</td></tr>",
            esc(&s.name),
            esc(&s.path),
            date(&s.date)
        );
    }
    let _ = writeln!(out, "</tbody>\n</table>");
    if r.sources.iter().any(|s| s.date.starts_with("undated (")) {
        let _ = writeln!(
            out,
            "<p class=\"legend\">An undated source is read as if published on the story's \
             latest known date; its date is shown as that estimate.</p>"
        );
    }
    let _ = writeln!(out, "</section>");
}

fn findings(out: &mut String, r: &Review) {
    let _ = writeln!(out, "<section id=\"findings\">\n<h2>Findings</h2>");
    if r.sections.is_empty() {
        let _ = writeln!(out, "<p>No finding: the sources do not disagree.</p>");
    }
    for (i, s) in r.sections.iter().enumerate() {
        finding(out, i, s);
    }
    let _ = writeln!(out, "</section>");
}

fn finding(out: &mut String, i: usize, s: &Section) {
    let f = s.finding;
    let sev = f.severity.as_str();
    let _ = writeln!(
        out,
        "<article class=\"finding {sev}\" id=\"finding-{}\">\n<h3><span class=\"badge {sev}\">{sev}</span>{}</h3>",
        i + 1,
        esc(&f.message)
    );
    let _ = writeln!(
        out,
        "<p class=\"meta\"><code>{}</code> · {} · confidence {:.2}</p>\n<div class=\"quotes\">",
        esc(&f.rule),
        f.kind,
        f.confidence
    );
    for q in &s.quotes {
        let side = q.group % 4;
        let _ = writeln!(
            out,
            "<figure class=\"quote side{side}\">\n<figcaption><strong>{}</strong> <span class=\"side-tag\">side {}</span><br/>{} · <code>{}:{}:{}</code></figcaption>",
            esc(&q.source),
            side_name(q.group),
            date(&q.date),
            esc(&q.path),
            q.line,
            q.column
        );
        let _ = writeln!(
            out,
            "<blockquote>{}</blockquote>\n</figure>",
            pieces(&q.sentence, "mark", None)
        );
    }
    let _ = writeln!(out, "</div>");
    if let [a, b] = s.spellings.as_slice() {
        let _ = writeln!(
            out,
            "<p class=\"spelling\">Spellings: <span class=\"spell\">{}</span> vs <span class=\"spell\">{}</span></p>",
            pieces(a, "del", Some(0)),
            pieces(b, "ins", Some(1))
        );
    }
    let _ = writeln!(out, "</article>");
}

fn table(out: &mut String, r: &Review) {
    let _ = writeln!(out, "<section id=\"claims\">\n<h2>Claim table</h2>");
    if r.rows.is_empty() {
        let _ = writeln!(
            out,
            "<p>No fact is spoken about by two sources.</p>\n</section>"
        );
        return;
    }
    let _ = writeln!(
        out,
        "<p class=\"legend\">What each source says about each fact two or more sources speak about. \
         Facts with a finding come first; the claims a finding cites are marked with their side.</p>"
    );
    let _ = write!(out, "<table class=\"claims\">\n<thead><tr><th>fact</th>");
    for s in &r.sources {
        let _ = write!(out, "<th>{}</th>", esc(&s.name));
    }
    let _ = writeln!(out, "</tr></thead>\n<tbody>");
    for row in &r.rows {
        let class = if row.disputed {
            " class=\"disputed\""
        } else {
            ""
        };
        let _ = write!(
            out,
            "<tr{class}><th scope=\"row\">{}<br/><code>{}</code></th>",
            esc(&row.label),
            esc(&row.rule)
        );
        for cell in &row.cells {
            if cell.is_empty() {
                out.push_str("<td class=\"silent\">—</td>");
                continue;
            }
            out.push_str("<td><ul>");
            for c in cell {
                match c.side {
                    Some(g) => {
                        let _ = write!(
                            out,
                            "<li><mark class=\"side{}\">{}</mark> <span class=\"side-tag\">{}</span></li>",
                            g % 4,
                            esc(&c.text),
                            side_name(g)
                        );
                    }
                    None => {
                        let _ = write!(out, "<li>{}</li>", esc(&c.text));
                    }
                }
            }
            out.push_str("</ul></td>");
        }
        out.push_str("</tr>\n");
    }
    let _ = writeln!(out, "</tbody>\n</table>\n</section>");
}

/// A date label, the estimate part in italics.
fn date(label: &str) -> String {
    if label.starts_with("undated") {
        format!("<span class=\"date est\">{}</span>", esc(label))
    } else {
        format!("<span class=\"date\">{}</span>", esc(label))
    }
}

/// Runs of text with the marked ones wrapped in `tag` (with a side class).
fn pieces(p: &[Piece], tag: &str, side: Option<usize>) -> String {
    let class = side
        .map(|s| format!(" class=\"side{s}\""))
        .unwrap_or_default();
    p.iter()
        .map(|(t, marked)| {
            if *marked {
                format!("<{tag}{class}>{}</{tag}>", esc(t))
            } else {
                esc(t)
            }
        })
        .collect()
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

/// Escape text for element content and quoted attributes.
pub fn esc(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            // Characters XML does not allow in a document.
            c if (c as u32) < 0x20 && !matches!(c, '\t' | '\n' | '\r') => out.push('\u{fffd}'),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_is_escaped_for_content_and_attributes() {
        assert_eq!(
            esc("<b> & \"q\" 'a'"),
            "&lt;b&gt; &amp; &quot;q&quot; &#39;a&#39;"
        );
    }
}
