//! Evaluation: score a report against an expected file (the format of
//! `seeds/expected.yaml`): which expected conflicts a finding covers, which
//! look-alike agreements a finding wrongly flags, and how many findings
//! there are in all.
//!
//! A finding covers a conflict when it is of the conflict's kind and cites
//! spans overlapping the quotes of at least two of its claims that carry
//! different values. A finding is a false alarm on an agreement when it
//! cites two different claims overlapping two different quotes of the
//! agreement and puts them on different sides of the disagreement.

use std::collections::BTreeMap;
use std::ops::Range;
use std::path::{Path, PathBuf};

use serde::Deserialize;

use crate::article::{self, Article};
use crate::engine::{check, Report};
use crate::rules::RuleSet;

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Expected {
    #[serde(default)]
    pub story: Option<String>,
    #[serde(default)]
    pub sources: BTreeMap<String, String>,
    #[serde(default)]
    pub conflicts: Vec<ExpectedConflict>,
    #[serde(default)]
    pub agreements: Vec<ExpectedAgreement>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ExpectedConflict {
    pub kind: String,
    #[serde(default)]
    pub what: Option<String>,
    pub claims: Vec<ExpectedClaim>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ExpectedAgreement {
    #[serde(default)]
    pub what: Option<String>,
    pub claims: Vec<ExpectedClaim>,
    #[serde(default)]
    pub why: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ExpectedClaim {
    pub file: String,
    pub quote: String,
    pub value: String,
}

#[derive(Debug, thiserror::Error)]
pub enum EvalError {
    #[error("{path}: cannot read: {source}")]
    Io {
        path: String,
        source: std::io::Error,
    },
    #[error("{path}:{line}:{column}: {message}")]
    Invalid {
        path: String,
        line: usize,
        column: usize,
        message: String,
    },
    #[error("{path}: quote not found in {file}: {quote:?}")]
    QuoteNotFound {
        path: String,
        file: String,
        quote: String,
    },
    #[error(transparent)]
    Article(#[from] article::ArticleError),
}

/// The figures of one evaluation.
#[derive(Debug, Clone, Default)]
pub struct Score {
    /// Per kind: (covered, expected).
    pub by_kind: BTreeMap<String, (usize, usize)>,
    pub covered: usize,
    pub conflicts: usize,
    pub false_alarms: usize,
    pub agreements: usize,
    pub findings: usize,
    /// Lines describing what was missed or wrongly flagged.
    pub notes: Vec<String>,
}

impl Score {
    pub fn recall(&self) -> f64 {
        if self.conflicts == 0 {
            1.0
        } else {
            self.covered as f64 / self.conflicts as f64
        }
    }

    pub fn add(&mut self, other: &Score) {
        for (k, (c, t)) in &other.by_kind {
            let e = self.by_kind.entry(k.clone()).or_default();
            e.0 += c;
            e.1 += t;
        }
        self.covered += other.covered;
        self.conflicts += other.conflicts;
        self.false_alarms += other.false_alarms;
        self.agreements += other.agreements;
        self.findings += other.findings;
        self.notes.extend(other.notes.iter().cloned());
    }

    /// The figures as text.
    pub fn render(&self, title: &str) -> String {
        let mut s = format!("{title}\n");
        for (k, (c, t)) in &self.by_kind {
            s.push_str(&format!("  {k:<7} conflicts covered: {c}/{t}\n"));
        }
        s.push_str(&format!(
            "  all     conflicts covered: {}/{} ({:.0}%)\n  false alarms on agreements: {}/{}\n  findings: {}\n",
            self.covered,
            self.conflicts,
            self.recall() * 100.0,
            self.false_alarms,
            self.agreements,
            self.findings
        ));
        for n in &self.notes {
            s.push_str(&format!("  - {n}\n"));
        }
        s
    }
}

/// Load an expected file, read the articles beside it, run the rules and
/// score the report.
pub fn evaluate(expected_path: &str, rules: &RuleSet) -> Result<(Score, Report), EvalError> {
    let text = std::fs::read_to_string(expected_path).map_err(|source| EvalError::Io {
        path: expected_path.to_string(),
        source,
    })?;
    let expected: Expected =
        crate::rules::load::parse_yaml(&text).map_err(|(line, column, message)| {
            EvalError::Invalid {
                path: expected_path.to_string(),
                line,
                column,
                message,
            }
        })?;
    let dir = Path::new(expected_path)
        .parent()
        .map(Path::to_path_buf)
        .unwrap_or_else(|| PathBuf::from("."));
    let files: Vec<String> = if expected.sources.is_empty() {
        let (paths, _) = article::collect_paths(&[dir.to_string_lossy().into_owned()]);
        paths
    } else {
        expected
            .sources
            .keys()
            .map(|f| dir.join(f).to_string_lossy().into_owned())
            .collect()
    };
    let mut articles = Vec::new();
    for f in &files {
        articles.push(article::read(f)?);
    }
    let report = check(articles, rules);
    let score = score(expected_path, &expected, &report)?;
    Ok((score, report))
}

fn file_name(a: &Article) -> String {
    Path::new(&a.path)
        .file_name()
        .map(|f| f.to_string_lossy().into_owned())
        .unwrap_or_default()
}

fn locate(
    path: &str,
    report: &Report,
    c: &ExpectedClaim,
) -> Result<(usize, Range<usize>), EvalError> {
    let not_found = || EvalError::QuoteNotFound {
        path: path.to_string(),
        file: c.file.clone(),
        quote: c.quote.clone(),
    };
    let (i, a) = report
        .articles
        .iter()
        .enumerate()
        .find(|(_, a)| file_name(a) == c.file)
        .ok_or_else(not_found)?;
    let start = a.text.find(&c.quote).ok_or_else(not_found)?;
    Ok((i, start..start + c.quote.len()))
}

/// Score a report against an expected file's contents.
pub fn score(path: &str, expected: &Expected, report: &Report) -> Result<Score, EvalError> {
    let mut s = Score {
        findings: report.findings.len(),
        conflicts: expected.conflicts.len(),
        agreements: expected.agreements.len(),
        ..Score::default()
    };
    // Which cited claims of finding f overlap a located quote.
    let overlapping =
        |f: &crate::finding::Finding, (src, r): &(usize, Range<usize>)| -> Vec<(usize, usize)> {
            f.claims
                .iter()
                .filter(|c| {
                    let cl = &report.claims[c.claim];
                    cl.source == *src && cl.span.start < r.end && r.start < cl.span.end
                })
                .map(|c| (c.claim, c.group))
                .collect()
        };
    for conflict in &expected.conflicts {
        let located: Vec<(usize, Range<usize>)> = conflict
            .claims
            .iter()
            .map(|c| locate(path, report, c))
            .collect::<Result<_, _>>()?;
        let covered = report.findings.iter().any(|f| {
            if f.kind != conflict.kind {
                return false;
            }
            let mut values = Vec::new();
            for (k, loc) in located.iter().enumerate() {
                if !overlapping(f, loc).is_empty() {
                    values.push(conflict.claims[k].value.as_str());
                }
            }
            values.iter().any(|v| *v != values[0])
        });
        let e = s.by_kind.entry(conflict.kind.clone()).or_default();
        e.1 += 1;
        if covered {
            e.0 += 1;
            s.covered += 1;
        } else {
            s.notes.push(format!(
                "missed {} conflict: {}",
                conflict.kind,
                conflict.what.clone().unwrap_or_else(|| conflict
                    .claims
                    .iter()
                    .map(|c| c.quote.clone())
                    .collect::<Vec<_>>()
                    .join(" / "))
            ));
        }
    }
    for agreement in &expected.agreements {
        let located: Vec<(usize, Range<usize>)> = agreement
            .claims
            .iter()
            .map(|c| locate(path, report, c))
            .collect::<Result<_, _>>()?;
        let flagged = report.findings.iter().find(|f| {
            let hits: Vec<Vec<(usize, usize)>> =
                located.iter().map(|l| overlapping(f, l)).collect();
            (0..hits.len()).any(|i| {
                (0..hits.len()).any(|j| {
                    i != j
                        && hits[i]
                            .iter()
                            .any(|a| hits[j].iter().any(|b| a.0 != b.0 && a.1 != b.1))
                })
            })
        });
        if let Some(f) = flagged {
            s.false_alarms += 1;
            s.notes.push(format!(
                "false alarm on agreement ({}): {}",
                agreement.what.clone().unwrap_or_default(),
                f.message
            ));
        }
    }
    Ok(s)
}
