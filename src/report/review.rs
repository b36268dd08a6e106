//! The editorial review, as data shared by the Markdown and HTML emitters:
//! the summary (sources with their dates, findings by severity), one
//! section per finding (each source's sentence with the claims marked, and
//! a character diff of name spellings), and the claim table (a row per fact
//! the engine compared, a column per source).

use std::ops::Range;

use similar::{ChangeTag, TextDiff};

use super::{date_label, position};
use crate::claim::ClaimKind;
use crate::engine::{Fact, Report};
use crate::finding::Finding;
use crate::rules::Severity;
use crate::text::is_space;

/// A run of text, marked or not.
pub type Piece = (String, bool);

pub struct Source {
    pub name: String,
    pub path: String,
    /// "2022-02-17", "undated (read as 2022-02-17)" or "undated".
    pub date: String,
}

pub struct Section<'a> {
    pub finding: &'a Finding,
    pub quotes: Vec<Quote>,
    /// For a name variant: each side's spelling, with the characters the
    /// other side lacks marked.
    pub spellings: Vec<Vec<Piece>>,
}

/// One source's sentence in a finding.
pub struct Quote {
    pub source: String,
    pub path: String,
    pub line: usize,
    pub column: usize,
    pub date: String,
    /// Which side of the disagreement it is on.
    pub group: usize,
    /// The claims' values as the engine read them.
    pub values: Vec<String>,
    /// The sentence, whitespace folded, with the claims marked.
    pub sentence: Vec<Piece>,
}

pub struct Row {
    pub label: String,
    pub rule: String,
    /// The fact holds a claim a finding cites.
    pub disputed: bool,
    /// Per source: what it says, empty when silent.
    pub cells: Vec<Vec<Cell>>,
}

/// One thing a source says about a fact: its words (with whose figure it
/// is, for numbers), and its side when a finding cites it.
#[derive(Debug, Clone, PartialEq)]
pub struct Cell {
    pub text: String,
    pub side: Option<usize>,
}

pub struct Review<'a> {
    pub sources: Vec<Source>,
    pub findings: usize,
    /// Findings per severity, most severe first.
    pub by_severity: Vec<(Severity, usize)>,
    pub claims: usize,
    pub sections: Vec<Section<'a>>,
    pub rows: Vec<Row>,
}

pub fn build(report: &Report) -> Review<'_> {
    let sources = report
        .articles
        .iter()
        .enumerate()
        .map(|(i, a)| Source {
            name: a.name.clone(),
            path: a.path.clone(),
            date: date_label(report, i),
        })
        .collect();
    let by_severity = [Severity::Error, Severity::Warning, Severity::Info]
        .into_iter()
        .map(|s| {
            (
                s,
                report.findings.iter().filter(|f| f.severity == s).count(),
            )
        })
        .collect();
    Review {
        sources,
        findings: report.findings.len(),
        by_severity,
        claims: report.claims.len(),
        sections: report.findings.iter().map(|f| section(report, f)).collect(),
        rows: ordered_facts(report)
            .into_iter()
            .map(|(fact, disputed)| row(report, fact, disputed))
            .collect(),
    }
}

fn section<'a>(report: &Report, f: &'a Finding) -> Section<'a> {
    // One quote per source sentence, in the finding's order.
    let mut quotes: Vec<(usize, Range<usize>, Vec<usize>, usize)> = Vec::new();
    for cited in &f.claims {
        let c = &report.claims[cited.claim];
        match quotes
            .iter_mut()
            .find(|q| q.0 == c.source && q.1 == c.sentence && q.3 == cited.group)
        {
            Some(q) => q.2.push(cited.claim),
            None => quotes.push((c.source, c.sentence.clone(), vec![cited.claim], cited.group)),
        }
    }
    let quotes: Vec<Quote> = quotes
        .into_iter()
        .map(|(source, sentence, claims, group)| {
            let article = &report.articles[source];
            let first = &report.claims[claims[0]];
            let (line, column) = position(report, first);
            let marks: Vec<Range<usize>> = claims
                .iter()
                .map(|&k| report.claims[k].span.clone())
                .collect();
            Quote {
                source: article.name.clone(),
                path: article.path.clone(),
                line,
                column,
                date: date_label(report, source),
                group,
                values: claims
                    .iter()
                    .map(|&k| report.claims[k].value_string())
                    .collect(),
                sentence: pieces(&article.text, &sentence, &marks),
            }
        })
        .collect();
    let spellings = if f.kind == "name" {
        let side = |g: usize| {
            f.claims
                .iter()
                .find(|c| c.group == g)
                .map(|c| report.claims[c.claim].text.trim().to_string())
        };
        match (side(0), side(1)) {
            (Some(a), Some(b)) => spelling_diff(&a, &b),
            _ => Vec::new(),
        }
    } else {
        Vec::new()
    };
    Section {
        finding: f,
        quotes,
        spellings,
    }
}

/// The sentence as runs of unmarked and marked text, whitespace folded to
/// single spaces.
pub fn pieces(text: &str, sentence: &Range<usize>, marks: &[Range<usize>]) -> Vec<Piece> {
    let mut out: Vec<Piece> = Vec::new();
    let mut last_space = true;
    let s = text.get(sentence.clone()).unwrap_or("");
    for (off, c) in s.char_indices() {
        let at = sentence.start + off;
        let space = is_space(c);
        if space && last_space {
            continue;
        }
        last_space = space;
        let marked = marks.iter().any(|m| m.contains(&at));
        let c = if space { ' ' } else { c };
        match out.last_mut() {
            Some((run, m)) if *m == marked => run.push(c),
            _ => out.push((c.to_string(), marked)),
        }
    }
    if let Some((run, _)) = out.last_mut() {
        let trimmed = run.trim_end().len();
        run.truncate(trimmed);
    }
    out
}

/// Two spellings with the characters each has and the other lacks marked.
pub fn spelling_diff(a: &str, b: &str) -> Vec<Vec<Piece>> {
    let diff = TextDiff::from_chars(a, b);
    let mut left: Vec<Piece> = Vec::new();
    let mut right: Vec<Piece> = Vec::new();
    let push = |side: &mut Vec<Piece>, s: &str, marked: bool| match side.last_mut() {
        Some((run, m)) if *m == marked => run.push_str(s),
        _ => side.push((s.to_string(), marked)),
    };
    for change in diff.iter_all_changes() {
        let s = change.value();
        match change.tag() {
            ChangeTag::Equal => {
                push(&mut left, s, false);
                push(&mut right, s, false);
            }
            ChangeTag::Delete => push(&mut left, s, true),
            ChangeTag::Insert => push(&mut right, s, true),
        }
    }
    vec![left, right]
}

/// The facts in table order: those of findings first, in the findings'
/// order, then the rest in the engine's order. The flag says a finding
/// cites the fact.
fn ordered_facts(report: &Report) -> Vec<(&Fact, bool)> {
    let mut order: Vec<(&Fact, bool)> = Vec::new();
    for f in &report.findings {
        for fact in &report.facts {
            let cited = f
                .claims
                .iter()
                .any(|c| fact.claims.binary_search(&c.claim).is_ok());
            if cited && !order.iter().any(|(x, _)| std::ptr::eq(*x, fact)) {
                order.push((fact, true));
            }
        }
    }
    for fact in &report.facts {
        if !order.iter().any(|(x, _)| std::ptr::eq(*x, fact)) {
            order.push((fact, false));
        }
    }
    order
}

fn row(report: &Report, fact: &Fact, disputed: bool) -> Row {
    let mut cells: Vec<Vec<Cell>> = vec![Vec::new(); report.articles.len()];
    for &k in &fact.claims {
        let c = &report.claims[k];
        let mut text: String = c
            .text
            .split(is_space)
            .filter(|w| !w.is_empty())
            .collect::<Vec<_>>()
            .join(" ");
        if let (ClaimKind::Number, Some(subject)) = (c.kind, c.ctx.subject.first()) {
            text = format!("{text} ({subject})");
        }
        let side = report
            .findings
            .iter()
            .find_map(|f| f.claims.iter().find(|x| x.claim == k).map(|x| x.group));
        let cell = &mut cells[c.source];
        match cell.iter_mut().find(|x| x.text == text) {
            Some(x) => x.side = x.side.or(side),
            None => cell.push(Cell { text, side }),
        }
    }
    Row {
        label: fact.label.clone(),
        rule: fact.rule.clone(),
        disputed,
        cells,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spelling_diff_marks_the_changed_letters_on_each_side() {
        let d = spelling_diff("Jaromil Halek", "Jaromil Hálek");
        let marked = |side: &[Piece]| {
            side.iter()
                .filter(|p| p.1)
                .map(|p| p.0.as_str())
                .collect::<String>()
        };
        assert_eq!(marked(&d[0]), "a");
        assert_eq!(marked(&d[1]), "á");
        let whole: String = d[1].iter().map(|p| p.0.as_str()).collect();
        assert_eq!(whole, "Jaromil Hálek");
    }

    #[test]
    fn pieces_fold_space_and_mark_claims() {
        let text = "Intro.  Troops   fell to 4,800 today.\n";
        let start = text.find("Troops").unwrap();
        let m = text.find("4,800").unwrap();
        let mark = m..m + 5;
        let p = pieces(text, &(start..text.len()), std::slice::from_ref(&mark));
        assert_eq!(
            p,
            vec![
                ("Troops fell to ".to_string(), false),
                ("4,800".to_string(), true),
                (" today.".to_string(), false)
            ]
        );
    }
}
