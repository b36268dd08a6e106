//! Articles: reading one source from disk or standard input, its metadata
//! (YAML front matter, a `Key: value` header block, a leading `date
//! YYYY-MM-DD` marker) and the scan text the extractors read.
//!
//! The original bytes are kept unchanged so every span points into the file
//! as it is on disk. The scan text has the same length; regions that must
//! not yield claims (metadata, Markdown code, link targets, HTML comments, a
//! byte-order mark) are blanked with spaces, keeping line breaks.

use std::ops::Range;
use std::path::{Path, PathBuf};

use crate::extract::time::{find_times, Day, Granularity, TimeKind};
use crate::text::LineIndex;

/// One article from one source.
#[derive(Debug, Clone)]
pub struct Article {
    /// The path as given on the command line (or `-` for standard input).
    pub path: String,
    /// The outlet when the metadata names one, else the file stem.
    pub name: String,
    /// Publication date when given.
    pub date: Option<Day>,
    /// Month and day from a dateline ("ANTWERP, Sept 22 —") when the
    /// metadata gives no date.
    pub dateline: Option<(u32, u32)>,
    /// The place of a dateline, in title case ("Jalal-Abad").
    pub dateline_place: Option<String>,
    pub title: Option<String>,
    pub url: Option<String>,
    pub author: Option<String>,
    /// The file's text, unchanged.
    pub text: String,
    /// Same length as `text`; ignored regions blanked.
    pub scan: String,
    pub lines: LineIndex,
    /// `<!-- crosscheck-ignore ... -->` directives (see `suppress`).
    pub ignores: Vec<crate::suppress::Directive>,
}

#[derive(Debug, thiserror::Error)]
pub enum ArticleError {
    #[error("{path}: cannot read: {source}")]
    Io {
        path: String,
        source: std::io::Error,
    },
    #[error("{path}:{line}:{column}: not UTF-8 text (invalid byte at offset {offset}); skipped")]
    NotUtf8 {
        path: String,
        offset: usize,
        line: usize,
        column: usize,
    },
    #[error("{path}:{line}:{column}: front matter is not valid YAML: {message}")]
    FrontMatter {
        path: String,
        line: usize,
        column: usize,
        message: String,
    },
    #[error("{path}: no article files found (looked for *.txt, *.md, *.markdown)")]
    NoArticles { path: String },
}

impl ArticleError {
    pub fn path(&self) -> &str {
        match self {
            ArticleError::Io { path, .. }
            | ArticleError::NotUtf8 { path, .. }
            | ArticleError::FrontMatter { path, .. }
            | ArticleError::NoArticles { path } => path,
        }
    }
}

const EXTENSIONS: &[&str] = &["txt", "md", "markdown"];

/// Expand the command-line inputs into article files: files as given,
/// directories recursively (sorted, `*.txt`, `*.md`, `*.markdown`).
pub fn collect_paths(inputs: &[String]) -> (Vec<String>, Vec<ArticleError>) {
    let mut out = Vec::new();
    let mut errors = Vec::new();
    for input in inputs {
        let p = Path::new(input);
        if input == "-" || !p.is_dir() {
            out.push(input.clone());
            continue;
        }
        let mut found = Vec::new();
        walk(p, &mut found, &mut errors);
        found.sort();
        if found.is_empty() {
            errors.push(ArticleError::NoArticles {
                path: input.clone(),
            });
        }
        out.extend(found.into_iter().map(|f| f.to_string_lossy().into_owned()));
    }
    (out, errors)
}

fn walk(dir: &Path, out: &mut Vec<PathBuf>, errors: &mut Vec<ArticleError>) {
    let entries = match std::fs::read_dir(dir) {
        Ok(e) => e,
        Err(source) => {
            errors.push(ArticleError::Io {
                path: dir.display().to_string(),
                source,
            });
            return;
        }
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            walk(&path, out, errors);
        } else if path
            .extension()
            .and_then(|e| e.to_str())
            .is_some_and(|e| EXTENSIONS.contains(&e.to_ascii_lowercase().as_str()))
        {
            out.push(path);
        }
    }
}

/// Read an article from a path, or standard input for `-`.
pub fn read(path: &str) -> Result<Article, ArticleError> {
    let bytes = if path == "-" {
        let mut buf = Vec::new();
        std::io::Read::read_to_end(&mut std::io::stdin(), &mut buf).map_err(|source| {
            ArticleError::Io {
                path: path.to_string(),
                source,
            }
        })?;
        buf
    } else {
        std::fs::read(path).map_err(|source| ArticleError::Io {
            path: path.to_string(),
            source,
        })?
    };
    from_bytes(path, bytes)
}

/// Build an article from raw bytes (the name is what the path says).
pub fn from_bytes(path: &str, bytes: Vec<u8>) -> Result<Article, ArticleError> {
    let text = match String::from_utf8(bytes) {
        Ok(t) => t,
        Err(e) => {
            let offset = e.utf8_error().valid_up_to();
            let bytes = e.into_bytes();
            let valid = String::from_utf8_lossy(&bytes[..offset]).into_owned();
            let (line, column) = LineIndex::new(&valid).line_col(&valid, offset);
            return Err(ArticleError::NotUtf8 {
                path: path.to_string(),
                offset,
                line,
                column,
            });
        }
    };
    parse(path, text)
}

/// Parse metadata and build the scan text.
pub fn parse(path: &str, text: String) -> Result<Article, ArticleError> {
    let lines = LineIndex::new(&text);
    let markdown = is_markdown(path);
    let mut masked: Vec<Range<usize>> = Vec::new();
    let mut meta = Meta::default();

    let mut pos = 0;
    if text.starts_with('\u{FEFF}') {
        masked.push(0..3);
        pos = 3;
    }
    // Skip leading blank lines.
    let body_start = pos + text[pos..].len() - text[pos..].trim_start().len();

    if let Some((range, yaml_range)) = front_matter(&text, body_start) {
        parse_front_matter(path, &text, yaml_range, &lines, &mut meta)?;
        masked.push(range);
    } else if let Some(range) = header_block(&text, body_start, &mut meta) {
        masked.push(range);
    } else if let Some(range) = date_marker(&text, body_start, &mut meta) {
        masked.push(range);
    }

    let mut dateline = None;
    let body = masked
        .iter()
        .map(|r| r.end)
        .max()
        .unwrap_or(body_start)
        .max(body_start);
    let mut dateline_place = None;
    if let Some((start, found)) = dateline_line(&text, body) {
        dateline = (found.month > 0).then_some((found.month, found.day));
        dateline_place = Some(found.place.clone());
        masked.push(start..found.end);
    }
    let comments = html_comments(&text);
    let ignores = crate::suppress::directives(&text, &comments);
    masked.extend(comments);
    if markdown {
        masked.extend(markdown_ignored(&text));
    }

    let mut scan = text.clone().into_bytes();
    for r in &masked {
        for b in &mut scan[r.start.min(text.len())..r.end.min(text.len())] {
            if *b != b'\n' {
                *b = b' ';
            }
        }
    }
    // Blanking whole UTF-8 sequences (every range starts and ends on a char
    // boundary) keeps the bytes valid UTF-8.
    let scan = String::from_utf8(scan)
        .unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned());

    let stem = Path::new(path)
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_else(|| path.to_string());
    let mut date = meta.date.as_deref().and_then(parse_date);
    if date.is_none() {
        if let Some((
            _,
            Dateline {
                month,
                day,
                year: Some(y),
                ..
            },
        )) = dateline_line(&text, body)
        {
            if month > 0 {
                date = Some(crate::extract::time::days_from_civil(y, month, day));
            }
        }
    }
    Ok(Article {
        path: path.to_string(),
        name: meta
            .outlet
            .clone()
            .unwrap_or(if path == "-" { "stdin".into() } else { stem }),
        date,
        dateline,
        dateline_place,
        title: meta.title,
        url: meta.url,
        author: meta.author,
        text,
        scan,
        lines,
        ignores,
    })
}

fn is_markdown(path: &str) -> bool {
    let lower = path.to_ascii_lowercase();
    lower.ends_with(".md") || lower.ends_with(".markdown")
}

#[derive(Default)]
struct Meta {
    title: Option<String>,
    date: Option<String>,
    outlet: Option<String>,
    url: Option<String>,
    author: Option<String>,
}

impl Meta {
    /// Record a metadata key; false when the key is not one we know.
    fn set(&mut self, key: &str, value: &str) -> bool {
        let value = value
            .trim()
            .trim_matches('"')
            .trim_matches('\'')
            .trim()
            .to_string();
        let slot = match key.trim().to_ascii_lowercase().as_str() {
            "title" | "headline" => &mut self.title,
            "date" | "published" | "pubdate" => &mut self.date,
            "source" | "outlet" | "publication" | "publisher" => &mut self.outlet,
            "url" | "link" => &mut self.url,
            "author" | "byline" | "by" => &mut self.author,
            _ => return false,
        };
        if slot.is_none() && !value.is_empty() {
            *slot = Some(value);
        }
        true
    }
}

/// A metadata date: ISO first, then anything the date extractor resolves to
/// a single day ("February 17, 2022").
fn parse_date(s: &str) -> Option<Day> {
    if let Some(d) = crate::extract::time::parse_iso_date(s.get(..10).unwrap_or(s)) {
        return Some(d);
    }
    find_times(s, None)
        .into_iter()
        .find(|t| t.kind == TimeKind::Calendar && t.granularity == Granularity::Day)
        .and_then(|t| t.start)
}

/// `---` ... `---` at the top: (whole range, YAML body range).
fn front_matter(text: &str, start: usize) -> Option<(Range<usize>, Range<usize>)> {
    let rest = &text[start..];
    let first_end = rest.find('\n')?;
    if rest[..first_end].trim_end() != "---" {
        return None;
    }
    let body = start + first_end + 1;
    let mut pos = body;
    while pos < text.len() {
        let end = text[pos..]
            .find('\n')
            .map(|i| pos + i)
            .unwrap_or(text.len());
        let line = text[pos..end].trim_end();
        if line == "---" || line == "..." {
            return Some((start..end, body..pos));
        }
        pos = end + 1;
    }
    None
}

fn parse_front_matter(
    path: &str,
    text: &str,
    yaml: Range<usize>,
    lines: &LineIndex,
    meta: &mut Meta,
) -> Result<(), ArticleError> {
    let src = &text[yaml.clone()];
    let value: std::collections::BTreeMap<String, FrontValue> = crate::rules::load::parse_yaml(src)
        .map_err(|(l, c, message)| {
            let base = lines.line_col(text, yaml.start).0;
            ArticleError::FrontMatter {
                path: path.to_string(),
                line: base + l - 1,
                column: c,
                message,
            }
        })?;
    for (k, v) in value {
        if let FrontValue::Text(v) = v {
            meta.set(&k, &v);
        }
    }
    Ok(())
}

/// A front-matter value: scalars are kept as text, the rest ignored.
#[derive(serde::Deserialize)]
#[serde(untagged)]
enum FrontValue {
    Text(String),
    Other(#[allow(dead_code)] serde::de::IgnoredAny),
}

/// Lines of `Key: value` at the top, ending at the first blank line. Every
/// line of the block must be such a line and at least one key must be known.
fn header_block(text: &str, start: usize, meta: &mut Meta) -> Option<Range<usize>> {
    let mut pos = start;
    let mut trial = Meta::default();
    let mut known = 0;
    let mut end = start;
    while pos < text.len() {
        let line_end = text[pos..]
            .find('\n')
            .map(|i| pos + i)
            .unwrap_or(text.len());
        let line = text[pos..line_end].trim_end_matches('\r');
        if line.trim().is_empty() {
            break;
        }
        let (key, value) = line.split_once(':')?;
        let key_ok = !key.is_empty()
            && key.len() <= 20
            && key
                .chars()
                .all(|c| c.is_ascii_alphabetic() || c == ' ' || c == '-' || c == '_');
        if !key_ok {
            return None;
        }
        if trial.set(key, value) {
            known += 1;
        }
        end = line_end;
        pos = line_end + 1;
    }
    if known == 0 {
        return None;
    }
    *meta = trial;
    Some(start..end)
}

/// A leading `date YYYY-MM-DD` marker, as some exports put before the text.
fn date_marker(text: &str, start: usize, meta: &mut Meta) -> Option<Range<usize>> {
    let rest = &text[start..];
    let lower = rest.get(..4)?.to_ascii_lowercase();
    if lower != "date" {
        return None;
    }
    let after = rest[4..].trim_start_matches([' ', ':', '\t']);
    let value = after.get(..10)?;
    crate::extract::time::parse_iso_date(value)?;
    let end = start + (rest.len() - after.len()) + 10;
    meta.date = Some(value.to_string());
    Some(start..end)
}

/// A dateline opening the body: a place in capitals, maybe a date and an
/// agency, then a dash ("KOLVAR, Oct 2 (Continental Newswire) –",
/// "**QUEBRADA SECA, Chile** —"). Returns its range and month/day if dated.
/// What a dateline says: where it ends, and its month, day and year
/// (month 0 when it has no date).
struct Dateline {
    end: usize,
    place: String,
    month: u32,
    day: u32,
    year: Option<i32>,
}

/// The dateline may follow a heading or a title line: try the first three
/// non-empty lines. Returns the dateline's start and what it says.
fn dateline_line(text: &str, body: usize) -> Option<(usize, Dateline)> {
    let mut pos = body;
    for _ in 0..3 {
        let rest = text.get(pos..)?;
        let start = pos + rest.len() - rest.trim_start().len();
        if start >= text.len() {
            return None;
        }
        if let Some(found) = dateline_date(text, start) {
            return Some((start, found));
        }
        pos = text[start..].find('\n').map(|i| start + i + 1)?;
    }
    None
}

/// The dateline starting at `body`, if that line opens with one.
fn dateline_date(text: &str, body: usize) -> Option<Dateline> {
    let rest = text.get(body..)?;
    let lead = rest.len() - rest.trim_start().len();
    let start = body + lead;
    let line_end = text[start..]
        .find('\n')
        .map(|i| start + i)
        .unwrap_or(text.len());
    let line = &text[start..line_end];
    // The dash must come early, after a capitalised place.
    let dash = line
        .char_indices()
        .take_while(|(i, _)| *i < 90)
        .find(|(_, c)| matches!(c, '\u{2014}' | '\u{2013}'))
        .map(|(i, _)| i)
        .or_else(|| {
            line.get(..90.min(line.len()))
                .and_then(|h| h.find(" - "))
                .map(|i| i + 1)
        })?;
    let head = line[..dash].trim_end().trim_matches('*').trim();
    let place = head.split(',').next()?.trim().trim_matches('*');
    let letters: Vec<char> = place.chars().filter(|c| c.is_alphabetic()).collect();
    if letters.len() < 3 || !letters.iter().all(|c| c.is_uppercase()) {
        return None;
    }
    let dash_len = line[dash..].chars().next().map(char::len_utf8).unwrap_or(1);
    let end = start + dash + dash_len;
    let date = find_times(head, None)
        .into_iter()
        .find(|t| t.kind == TimeKind::Calendar && t.granularity == Granularity::Day);
    let place = title_case(place);
    let undated = Dateline {
        end,
        place: place.clone(),
        month: 0,
        day: 0,
        year: None,
    };
    let Some(t) = date else {
        return Some(undated);
    };
    // Timex "2025-10-02" or "XXXX-10-02".
    let parts: Vec<&str> = t.timex.split('-').collect();
    if parts.len() < 3 {
        return Some(undated);
    }
    let (Ok(m), Ok(d)) = (
        parts[1].parse::<u32>(),
        parts[2].get(..2).unwrap_or(parts[2]).parse::<u32>(),
    ) else {
        return Some(undated);
    };
    Some(Dateline {
        end,
        place,
        month: m,
        day: d,
        year: parts[0].parse::<i32>().ok(),
    })
}

/// "JALAL-ABAD" -> "Jalal-Abad", "QUEBRADA SECA" -> "Quebrada Seca".
fn title_case(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut start = true;
    for c in s.chars() {
        if c.is_alphabetic() {
            if start {
                out.extend(c.to_uppercase());
            } else {
                out.extend(c.to_lowercase());
            }
            start = false;
        } else {
            out.push(c);
            start = true;
        }
    }
    out
}

fn html_comments(text: &str) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut pos = 0;
    while let Some(i) = text[pos..].find("<!--") {
        let start = pos + i;
        let end = text[start + 4..]
            .find("-->")
            .map(|j| start + 4 + j + 3)
            .unwrap_or(text.len());
        out.push(start..end);
        pos = end;
    }
    out
}

/// Fenced code blocks, inline code spans and link targets in Markdown.
fn markdown_ignored(text: &str) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut fence: Option<(usize, &str)> = None;
    let mut pos = 0;
    while pos < text.len() {
        let end = text[pos..]
            .find('\n')
            .map(|i| pos + i)
            .unwrap_or(text.len());
        let line = &text[pos..end];
        let trimmed = line.trim_start();
        match fence {
            Some((start, marker)) => {
                if trimmed.starts_with(marker) {
                    out.push(start..end);
                    fence = None;
                }
            }
            None => {
                if trimmed.starts_with("```") || trimmed.starts_with("~~~") {
                    fence = Some((pos, &trimmed[..3]));
                } else {
                    inline_code_and_links(text, pos..end, &mut out);
                }
            }
        }
        pos = end + 1;
    }
    if let Some((start, _)) = fence {
        out.push(start..text.len());
    }
    out
}

fn inline_code_and_links(text: &str, line: Range<usize>, out: &mut Vec<Range<usize>>) {
    let s = &text[line.clone()];
    let b = s.as_bytes();
    let mut i = 0;
    while i < b.len() {
        if b[i] == b'`' {
            if let Some(j) = b[i + 1..].iter().position(|&c| c == b'`') {
                out.push(line.start + i..line.start + i + 1 + j + 1);
                i += j + 2;
                continue;
            }
        }
        if b[i] == b']' && b.get(i + 1) == Some(&b'(') {
            if let Some(j) = b[i + 1..].iter().position(|&c| c == b')') {
                out.push(line.start + i + 1..line.start + i + 1 + j + 1);
                i += j + 2;
                continue;
            }
        }
        // A bare URL yields no claims either.
        if b[i..].starts_with(b"http://") || b[i..].starts_with(b"https://") {
            let j = b[i..]
                .iter()
                .position(|&c| c.is_ascii_whitespace() || c == b')' || c == b'>' || c >= 0x80)
                .unwrap_or(b.len() - i);
            out.push(line.start + i..line.start + i + j);
            i += j;
            continue;
        }
        i += 1;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn header_block_gives_outlet_and_date_and_yields_no_text() {
        let a = parse(
            "x/story.txt",
            "Title: Floods\nDate: 2024-03-02\nOutlet: Daily Bugle\n\n5 dead.".into(),
        )
        .unwrap();
        assert_eq!(a.name, "Daily Bugle");
        assert_eq!(a.date, crate::extract::time::parse_iso_date("2024-03-02"));
        assert!(!a.scan.contains("Floods"));
        assert!(a.scan.ends_with("5 dead."));
        assert_eq!(a.scan.len(), a.text.len());
    }

    #[test]
    fn front_matter_and_markdown_code_are_masked() {
        let text = "---\ntitle: T\ndate: 2024-03-02\nsource: Wire\n---\n# Head\n\nSee [the 40 page report](https://x.org/40) and `12 units`.\n\n```\n99 balloons\n```\n<!-- 7 notes -->\n";
        let a = parse("a.md", text.into()).unwrap();
        assert_eq!(a.name, "Wire");
        assert!(a.date.is_some());
        assert!(a.scan.contains("the 40 page report"));
        assert!(!a.scan.contains("x.org"));
        assert!(!a.scan.contains("12 units"));
        assert!(!a.scan.contains("99 balloons"));
        assert!(!a.scan.contains("7 notes"));
    }

    #[test]
    fn leading_date_marker_sets_the_date() {
        let a = parse("s/001.txt", " date 2022-02-17 The departure is set.".into()).unwrap();
        assert!(a.date.is_some());
        assert_eq!(a.name, "001");
        assert!(!a.scan.contains("2022"));
    }

    #[test]
    fn datelines_date_the_article_and_yield_no_claims() {
        let a = parse(
            "k.txt",
            "KOLVAR, Oct 2 (Continental Newswire) – The vote was put off.".into(),
        )
        .unwrap();
        assert_eq!(a.dateline, Some((10, 2)));
        assert!(a.scan.trim_start().starts_with("The vote"));
        let b = parse(
            "q.md",
            "**QUEBRADA SECA, Chile** — Rescue teams raced.".into(),
        )
        .unwrap();
        assert_eq!(b.dateline, None);
        assert!(b.scan.trim_start().starts_with("Rescue"));
        let c = parse(
            "p.txt",
            "Paris — not a dateline, since the place is not in capitals.".into(),
        )
        .unwrap();
        assert!(c.scan.starts_with("Paris"));
    }

    #[test]
    fn dateline_after_heading_and_byline() {
        let text = "---\ntitle: T\ndate: 2024-02-21\n---\n\n# Heading here\n\n*By A Writer*\n\nJALAL-ABAD — The ward is full.\n";
        let a = parse("h.md", text.into()).unwrap();
        assert_eq!(a.dateline_place.as_deref(), Some("Jalal-Abad"));
        assert!(!a.scan.contains("JALAL"));
    }

    #[test]
    fn ordinary_first_paragraph_is_not_a_header() {
        let a = parse("s.txt", "Warning: the river rose.\n\nMore text.".into()).unwrap();
        assert!(a.scan.contains("Warning"));
    }

    #[test]
    fn bom_and_invalid_utf8() {
        let a = from_bytes("b.txt", b"\xEF\xBB\xBFHello".to_vec()).unwrap();
        assert_eq!(a.scan.trim(), "Hello");
        let e = from_bytes("bad.txt", b"ok\nab\xFFcd".to_vec()).unwrap_err();
        assert_eq!(
            e.to_string(),
            "bad.txt:2:3: not UTF-8 text (invalid byte at offset 5); skipped"
        );
    }

    #[test]
    fn malformed_front_matter_is_located() {
        let e = parse("f.md", "---\ntitle: [unclosed\n---\nText".into()).unwrap_err();
        let msg = e.to_string();
        assert!(msg.starts_with("f.md:"), "{msg}");
    }
}
