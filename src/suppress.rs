//! Inline suppression: `<!-- crosscheck-ignore RULE... -->` in an article.
//!
//! A directive names rule ids (separated by spaces or commas; none means
//! every rule) and covers the next paragraph of its article: from the end of
//! the comment, past any blank lines, to the next blank line or the end of
//! the file. A finding is suppressed when, once the claims it cites from
//! covered paragraphs (of a directive naming its rule) are set aside, the
//! claims left no longer take two sides: the disagreement rests on the
//! covered text. A conflict between two other sources stays reported.
//! Suppressed findings are counted in the report, never dropped silently.

use std::collections::BTreeSet;
use std::ops::Range;

use crate::engine::Report;

const KEYWORD: &str = "crosscheck-ignore";

/// One `crosscheck-ignore` comment.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Directive {
    /// The rule ids named, with their byte spans; empty means every rule.
    pub rules: Vec<(String, Range<usize>)>,
    /// The byte span of the comment.
    pub comment: Range<usize>,
    /// The bytes it covers: the paragraph after it.
    pub region: Range<usize>,
}

impl Directive {
    pub fn covers(&self, rule: &str, offset: usize) -> bool {
        self.region.contains(&offset)
            && (self.rules.is_empty() || self.rules.iter().any(|(r, _)| r == rule))
    }
}

/// The directives among an article's HTML comments (`comments` are their
/// byte ranges, `<!--` to `-->`).
pub fn directives(text: &str, comments: &[Range<usize>]) -> Vec<Directive> {
    let mut out = Vec::new();
    for c in comments {
        let inner_start = c.start + 4;
        let inner_end = if text[..c.end].ends_with("-->") && c.end >= inner_start + 3 {
            c.end - 3
        } else {
            c.end
        };
        let Some(inner) = text.get(inner_start..inner_end) else {
            continue;
        };
        let lead = inner.len() - inner.trim_start().len();
        let body = &inner[lead..];
        let Some(rest) = body.strip_prefix(KEYWORD) else {
            continue;
        };
        if rest.chars().next().is_some_and(|ch| !ch.is_whitespace()) {
            continue;
        }
        let rest_start = inner_start + lead + KEYWORD.len();
        let mut rules = Vec::new();
        let mut pos = 0;
        for piece in rest.split(|ch: char| ch.is_whitespace() || ch == ',') {
            let at = rest[pos..].find(piece).map(|i| pos + i).unwrap_or(pos);
            if !piece.is_empty() {
                rules.push((
                    piece.to_string(),
                    rest_start + at..rest_start + at + piece.len(),
                ));
            }
            pos = at + piece.len();
        }
        out.push(Directive {
            rules,
            comment: c.clone(),
            region: next_paragraph(text, c.end),
        });
    }
    out
}

/// From `from`, past whitespace, to the next blank line or the end.
fn next_paragraph(text: &str, from: usize) -> Range<usize> {
    let rest = &text[from..];
    let start = from + rest.len() - rest.trim_start().len();
    let mut pos = start;
    while let Some(i) = text[pos..].find('\n') {
        let line_start = pos + i + 1;
        let line_end = text[line_start..]
            .find('\n')
            .map(|j| line_start + j)
            .unwrap_or(text.len());
        if text[line_start..line_end].trim().is_empty() {
            return from..line_start;
        }
        pos = line_start;
    }
    from..text.len()
}

/// A directive naming a rule id no loaded rule has.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnknownRule {
    pub path: String,
    pub line: usize,
    pub column: usize,
    pub id: String,
}

impl std::fmt::Display for UnknownRule {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "{}:{}:{}: crosscheck-ignore names unknown rule `{}`; it suppresses nothing",
            self.path, self.line, self.column, self.id
        )
    }
}

/// Remove suppressed findings from the report, counting them in
/// `report.suppressed`; returns the directives that name unknown rules.
pub fn apply(report: &mut Report, known: &[&str]) -> Vec<UnknownRule> {
    let mut unknown = Vec::new();
    for a in &report.articles {
        for d in &a.ignores {
            for (id, span) in &d.rules {
                if !known.contains(&id.as_str()) {
                    let (line, column) = a.lines.line_col(&a.text, span.start);
                    unknown.push(UnknownRule {
                        path: a.path.clone(),
                        line,
                        column,
                        id: id.clone(),
                    });
                }
            }
        }
    }
    let before = report.findings.len();
    let (articles, claims) = (&report.articles, &report.claims);
    report.findings.retain(|f| {
        let sides: BTreeSet<usize> = f
            .claims
            .iter()
            .filter(|cited| {
                let c = &claims[cited.claim];
                !articles[c.source]
                    .ignores
                    .iter()
                    .any(|d| d.covers(&f.rule, c.span.start))
            })
            .map(|cited| cited.group)
            .collect();
        sides.len() >= 2
    });
    report.suppressed += before - report.findings.len();
    unknown
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::article;

    fn dirs(text: &str) -> Vec<Directive> {
        article::parse("a.md", text.to_string()).unwrap().ignores
    }

    #[test]
    fn ids_by_spaces_or_commas_and_none_for_all() {
        let text = "<!-- crosscheck-ignore number-mismatch, name-variant date-mismatch -->\nA.\n\n<!--crosscheck-ignore-->\nB.\n\n<!-- crosscheck-ignored x -->\nC.\n";
        let d = dirs(text);
        assert_eq!(d.len(), 2, "{d:?}");
        let ids: Vec<&str> = d[0].rules.iter().map(|(r, _)| r.as_str()).collect();
        assert_eq!(ids, ["number-mismatch", "name-variant", "date-mismatch"]);
        for (id, span) in &d[0].rules {
            assert_eq!(&text[span.clone()], id);
        }
        assert!(d[1].rules.is_empty());
        assert!(d[1].covers("anything", text.find("B.").unwrap()));
    }

    #[test]
    fn covers_the_next_paragraph_only() {
        let text = "Before 10.\n<!-- crosscheck-ignore number-mismatch -->\n\nFirst line 20,\nsecond line 30.\n\nAfter 40.\n";
        let d = &dirs(text)[0];
        let at = |s: &str| text.find(s).unwrap();
        assert!(!d.covers("number-mismatch", at("10")));
        assert!(d.covers("number-mismatch", at("20")));
        assert!(d.covers("number-mismatch", at("30")));
        assert!(!d.covers("number-mismatch", at("40")));
        assert!(!d.covers("name-variant", at("20")));
    }

    #[test]
    fn the_comment_yields_no_claims_and_spans_stay_on_disk() {
        let text = "<!-- crosscheck-ignore number-mismatch -->\n40 people died.\n";
        let a = article::parse("a.txt", text.into()).unwrap();
        assert_eq!(a.scan.len(), text.len());
        assert!(!a.scan.contains("crosscheck"));
    }
}
