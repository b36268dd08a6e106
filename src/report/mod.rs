//! Reports: findings rendered for people and machines. One file per format;
//! every emitter takes the same `Report` and writes a `String`, so the
//! library never prints and every format is tested the same way.

pub mod github;
pub mod html;
pub mod human;
pub mod json;
pub mod markdown;
pub mod review;
pub mod sarif;

use std::ops::Range;

use crate::claim::Claim;
use crate::engine::Report;
use crate::extract::time::fmt_day;
use crate::text::is_space;

/// Output formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Human,
    Json,
    /// One finding per line, each the JSON contract's finding object.
    Jsonl,
    Markdown,
    Html,
    Sarif,
    /// GitHub Actions workflow commands.
    Github,
}

/// Render a check report; only the human format is ever coloured.
pub fn render(report: &Report, format: Format, color: bool) -> String {
    match format {
        Format::Human => human::render(report, color),
        Format::Json => json::render(report),
        Format::Jsonl => json::render_lines(report),
        Format::Markdown => markdown::render(report),
        Format::Html => html::render(report),
        Format::Sarif => sarif::render(report),
        Format::Github => github::render(report),
    }
}

/// A source's date for people: "2022-02-17", "undated (read as
/// 2022-02-17)" when the date is an estimate, or "undated".
pub fn date_label(report: &Report, source: usize) -> String {
    match report.reference[source] {
        (Some(d), false) => fmt_day(d),
        (Some(d), true) => format!("undated (read as {})", fmt_day(d)),
        _ => "undated".to_string(),
    }
}

/// 1-based line and column of a claim in its file.
pub fn position(report: &Report, claim: &Claim) -> (usize, usize) {
    let a = &report.articles[claim.source];
    a.lines.line_col(&a.text, claim.span.start)
}

/// A sentence on one line with the highlighted byte ranges as character
/// columns; long sentences are cut around the first highlight.
pub fn excerpt(
    text: &str,
    sentence: &Range<usize>,
    marks: &[Range<usize>],
) -> (String, Vec<(usize, usize)>) {
    let mut out = String::new();
    let mut cols: Vec<(usize, usize)> = vec![(usize::MAX, 0); marks.len()];
    let mut col = 0usize;
    let mut last_space = true;
    let s = text.get(sentence.clone()).unwrap_or("");
    for (off, c) in s.char_indices() {
        let at = sentence.start + off;
        let space = is_space(c);
        if space && last_space {
            continue;
        }
        for (k, m) in marks.iter().enumerate() {
            if m.contains(&at) {
                if cols[k].0 == usize::MAX {
                    cols[k].0 = col;
                }
                cols[k].1 = col + 1 - cols[k].0;
            }
        }
        out.push(if space { ' ' } else { c });
        col += 1;
        last_space = space;
    }
    let out = out.trim_end().to_string();
    let cols: Vec<(usize, usize)> = cols.into_iter().filter(|c| c.0 != usize::MAX).collect();
    // Cut to about 150 characters around the first mark.
    const WIDTH: usize = 150;
    let len = out.chars().count();
    if len <= WIDTH {
        return (out, cols);
    }
    let first = cols.first().map(|c| c.0).unwrap_or(0);
    let start = first.saturating_sub(50).min(len.saturating_sub(WIDTH));
    let end = (start + WIDTH).min(len);
    let mut cut: String = out.chars().skip(start).take(end - start).collect();
    let mut shift = start;
    if start > 0 {
        cut.insert(0, '…');
        shift = start.saturating_sub(1);
    }
    if end < len {
        cut.push('…');
    }
    let cols = cols
        .into_iter()
        .filter(|c| c.0 >= start && c.0 < end)
        .map(|c| (c.0 - shift, c.1.min(end - c.0)))
        .collect();
    (cut, cols)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn excerpt_marks_columns_in_characters() {
        let text = "Intro.  Norway’s   5,100 troops left.";
        let sent = 8..text.len();
        let m = text.find("5,100").unwrap();
        let marks = std::slice::from_ref(&(m..m + 5)).to_vec();
        let (line, cols) = excerpt(text, &sent, &marks);
        assert_eq!(line, "Norway’s 5,100 troops left.");
        assert_eq!(cols, vec![(9, 5)]);
    }
}
