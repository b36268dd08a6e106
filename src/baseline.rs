//! The baseline: findings an editor has accepted, stored with stable
//! fingerprints so `check --baseline FILE` hides them and reports entries
//! that no longer match anything.
//!
//! A fingerprint is FNV-1a 64 over the rule id and, for each cited claim,
//! its source's file name, its text and its value, sorted: no line numbers
//! or byte offsets, so adding lines to an article keeps it. The file is
//! JSON, written atomically (a temporary file in the same folder, flushed,
//! then renamed over the target).

use std::collections::{BTreeSet, HashSet};
use std::io::Write;
use std::path::Path;

use serde::{Deserialize, Serialize};

use crate::engine::Report;
use crate::finding::Finding;

/// Where `crosscheck baseline` writes when not told otherwise.
pub const DEFAULT_PATH: &str = "crosscheck-baseline.json";

pub const VERSION: u64 = 1;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Baseline {
    pub version: u64,
    pub findings: Vec<Entry>,
}

/// One accepted finding.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Entry {
    pub rule: String,
    pub fingerprint: String,
    /// For people reading the file; not matched.
    #[serde(default)]
    pub message: String,
    /// The cited claims, as hashed.
    pub claims: Vec<EntryClaim>,
}

#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EntryClaim {
    /// The source's file name (no folder: moving a story keeps it).
    pub file: String,
    pub text: String,
    pub value: String,
}

#[derive(Debug, thiserror::Error)]
pub enum BaselineError {
    #[error("{path}: cannot read baseline: {source}")]
    Read {
        path: String,
        source: std::io::Error,
    },
    #[error("{path}: cannot write baseline: {source}")]
    Write {
        path: String,
        source: std::io::Error,
    },
    #[error("{path}:{line}:{column}: not a crosscheck baseline: {message}")]
    Invalid {
        path: String,
        line: usize,
        column: usize,
        message: String,
    },
}

pub use crate::hash::fnv1a64;

/// The claims a finding cites, as the baseline records them: sorted and
/// without repeats.
pub fn entry_claims(report: &Report, finding: &Finding) -> Vec<EntryClaim> {
    let set: BTreeSet<EntryClaim> = finding
        .claims
        .iter()
        .map(|cited| {
            let c = &report.claims[cited.claim];
            let path = &report.articles[c.source].path;
            EntryClaim {
                file: Path::new(path)
                    .file_name()
                    .map(|f| f.to_string_lossy().into_owned())
                    .unwrap_or_else(|| path.clone()),
                text: c.text.to_string(),
                value: c.value_string(),
            }
        })
        .collect();
    set.into_iter().collect()
}

/// A finding's fingerprint: 16 hex digits.
pub fn fingerprint(report: &Report, finding: &Finding) -> String {
    // Unit and record separators cannot occur in ids or claim text.
    let mut key = finding.rule.clone();
    for c in entry_claims(report, finding) {
        key.push('\u{1e}');
        key.push_str(&c.file);
        key.push('\u{1f}');
        key.push_str(&c.text);
        key.push('\u{1f}');
        key.push_str(&c.value);
    }
    format!("{:016x}", fnv1a64(key.as_bytes()))
}

/// The fingerprints of every finding of a report.
pub fn fingerprints(report: &Report) -> Vec<String> {
    report
        .findings
        .iter()
        .map(|f| fingerprint(report, f))
        .collect()
}

/// Add a report's findings to a baseline (kept sorted, without repeats).
pub fn add(baseline: &mut Baseline, report: &Report) {
    for f in &report.findings {
        baseline.findings.push(Entry {
            rule: f.rule.clone(),
            fingerprint: fingerprint(report, f),
            message: f.message.clone(),
            claims: entry_claims(report, f),
        });
    }
    baseline.findings.sort_by(|a, b| {
        (&a.rule, &a.fingerprint, &a.claims).cmp(&(&b.rule, &b.fingerprint, &b.claims))
    });
    baseline
        .findings
        .dedup_by(|a, b| a.rule == b.rule && a.fingerprint == b.fingerprint);
}

impl Default for Baseline {
    fn default() -> Self {
        Baseline {
            version: VERSION,
            findings: Vec::new(),
        }
    }
}

impl Baseline {
    /// The baseline as written to disk (pretty JSON, newline-terminated).
    pub fn to_json(&self) -> String {
        let mut s = serde_json::to_string_pretty(self).unwrap_or_default();
        s.push('\n');
        s
    }

    /// Hide the report's findings that the baseline lists; counts them in
    /// `report.baselined`.
    pub fn hide(&self, report: &mut Report) {
        let known: HashSet<(&str, &str)> = self
            .findings
            .iter()
            .map(|e| (e.rule.as_str(), e.fingerprint.as_str()))
            .collect();
        let keep: Vec<bool> = report
            .findings
            .iter()
            .map(|f| !known.contains(&(f.rule.as_str(), fingerprint(report, f).as_str())))
            .collect();
        let before = report.findings.len();
        let mut k = keep.iter();
        report.findings.retain(|_| *k.next().unwrap_or(&true));
        report.baselined += before - report.findings.len();
    }

    /// Entries that match none of `seen` (fingerprints found in this run)
    /// although every file they cite was checked (`checked` holds file
    /// names): the accepted discrepancy is gone.
    pub fn stale<'a>(
        &'a self,
        seen: &HashSet<String>,
        checked: &HashSet<String>,
    ) -> Vec<&'a Entry> {
        self.findings
            .iter()
            .filter(|e| {
                !seen.contains(&e.fingerprint) && e.claims.iter().all(|c| checked.contains(&c.file))
            })
            .collect()
    }
}

/// Read a baseline file; a malformed one is located.
pub fn read(path: &Path) -> Result<Baseline, BaselineError> {
    let shown = path.display().to_string();
    let text = std::fs::read_to_string(path).map_err(|source| BaselineError::Read {
        path: shown.clone(),
        source,
    })?;
    parse(&shown, &text)
}

/// Parse a baseline's text (`path` only for messages).
pub fn parse(path: &str, text: &str) -> Result<Baseline, BaselineError> {
    let b: Baseline = serde_json::from_str(text).map_err(|e| BaselineError::Invalid {
        path: path.to_string(),
        line: e.line(),
        column: e.column(),
        message: {
            let m = e.to_string();
            match m.find(" at line ") {
                Some(i) => m[..i].to_string(),
                None => m,
            }
        },
    })?;
    if b.version != VERSION {
        return Err(BaselineError::Invalid {
            path: path.to_string(),
            line: 1,
            column: 1,
            message: format!("version {} (this crosscheck reads {VERSION})", b.version),
        });
    }
    Ok(b)
}

/// Write a file so that it is never seen half-written: a temporary file in
/// the same folder (so the rename stays on one file system), flushed to
/// disk, then renamed over the target.
pub fn write_atomic(path: &Path, contents: &[u8]) -> std::io::Result<()> {
    let dir = match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d,
        _ => Path::new("."),
    };
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "baseline".into());
    let tmp = dir.join(format!(".{name}.{}.tmp", std::process::id()));
    let result = (|| {
        let mut f = std::fs::File::create(&tmp)?;
        f.write_all(contents)?;
        f.sync_all()?;
        std::fs::rename(&tmp, path)
    })();
    if result.is_err() {
        let _ = std::fs::remove_file(&tmp);
    }
    result
}

/// Write a baseline atomically.
pub fn write(path: &Path, baseline: &Baseline) -> Result<(), BaselineError> {
    write_atomic(path, baseline.to_json().as_bytes()).map_err(|source| BaselineError::Write {
        path: path.display().to_string(),
        source,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{article, check, rules::load};

    fn report(a: &str, b: &str) -> Report {
        let set = load::default_pack().unwrap();
        let arts = vec![
            article::parse("desk/a.txt", a.to_string()).unwrap(),
            article::parse("desk/b.txt", b.to_string()).unwrap(),
        ];
        check(arts, &set)
    }

    const A: &str =
        "Date: 2024-01-02\n\nOfficials said 40 people were killed in the blast on Monday.\n";
    const B: &str = "Date: 2024-01-02\n\nThe blast on Monday killed 52 people, police said.\n";

    #[test]
    fn fnv1a64_matches_the_published_vectors() {
        assert_eq!(fnv1a64(b""), 0xcbf29ce484222325);
        assert_eq!(fnv1a64(b"a"), 0xaf63dc4c8601ec8c);
        assert_eq!(fnv1a64(b"foobar"), 0x85944171f73967e8);
    }

    #[test]
    fn fingerprint_survives_added_lines() {
        let before = report(A, B);
        assert_eq!(before.findings.len(), 1, "the fixture conflicts");
        let fp = fingerprint(&before, &before.findings[0]);
        let a2 = A.replace(
            "\n\nOfficials",
            "\n\nA new first paragraph was added.\n\nOfficials",
        );
        let after = report(&a2, &format!("{B}\nA closing line.\n"));
        assert_eq!(after.findings.len(), 1);
        assert_ne!(
            before.claims[before.findings[0].claims[0].claim].span,
            after.claims[after.findings[0].claims[0].claim].span,
            "the claim moved"
        );
        assert_eq!(fingerprint(&after, &after.findings[0]), fp);
        // A changed figure is another finding.
        let changed = report(A, &B.replace("52", "61"));
        assert_ne!(fingerprint(&changed, &changed.findings[0]), fp);
    }

    #[test]
    fn hide_counts_and_stale_needs_every_cited_file_checked() {
        let r = report(A, B);
        let mut b = Baseline::default();
        add(&mut b, &r);
        let mut r2 = report(A, B);
        b.hide(&mut r2);
        assert!(r2.findings.is_empty());
        assert_eq!(r2.baselined, 1);
        let seen: HashSet<String> = HashSet::new();
        let both: HashSet<String> = ["a.txt", "b.txt"].map(String::from).into();
        let one: HashSet<String> = ["a.txt"].map(String::from).into();
        assert_eq!(b.stale(&seen, &both).len(), 1);
        assert!(b.stale(&seen, &one).is_empty());
        let seen: HashSet<String> = fingerprints(&r).into_iter().collect();
        assert!(b.stale(&seen, &both).is_empty());
    }

    #[test]
    fn json_round_trips_and_malformed_is_located() {
        let mut b = Baseline::default();
        add(&mut b, &report(A, B));
        assert_eq!(parse("b.json", &b.to_json()).unwrap(), b);
        let e = parse(
            "b.json",
            "{\"version\": 1,\n \"findings\": [{\"rule\": 3}]}",
        )
        .unwrap_err()
        .to_string();
        assert!(e.starts_with("b.json:2:"), "{e}");
        let e = parse("b.json", "{\"version\": 1, \"findings\": [], \"extra\": 0}")
            .unwrap_err()
            .to_string();
        assert!(e.contains("unknown field `extra`"), "{e}");
    }

    fn tmp(name: &str) -> std::path::PathBuf {
        let dir =
            std::env::temp_dir().join(format!("crosscheck-baseline-{}-{name}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        dir
    }

    #[test]
    fn atomic_write_replaces_whole_and_leaves_no_temporary() {
        let dir = tmp("atomic");
        let path = dir.join("b.json");
        std::fs::write(&path, "old contents, longer than the new ones").unwrap();
        write_atomic(&path, b"new").unwrap();
        assert_eq!(std::fs::read_to_string(&path).unwrap(), "new");
        let names: Vec<String> = std::fs::read_dir(&dir)
            .unwrap()
            .flatten()
            .map(|e| e.file_name().to_string_lossy().into_owned())
            .collect();
        assert_eq!(names, ["b.json"]);
    }

    #[test]
    fn failed_atomic_write_keeps_the_old_file_and_cleans_up() {
        // The rename fails when the target is a non-empty folder: nothing
        // is half-written and the temporary file is removed.
        let dir = tmp("atomic-fail");
        let target = dir.join("b.json");
        std::fs::create_dir_all(target.join("inside")).unwrap();
        assert!(write_atomic(&target, b"new").is_err());
        assert!(target.join("inside").is_dir());
        let names: Vec<String> = std::fs::read_dir(&dir)
            .unwrap()
            .flatten()
            .map(|e| e.file_name().to_string_lossy().into_owned())
            .collect();
        assert_eq!(names, ["b.json"]);
    }
}
