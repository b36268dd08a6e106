//! Rule tests, for rule authors: a folder holding an article set, an
//! `expected.yaml` (the format `eval` reads) and optionally its own rule
//! files (`*.rules.yaml` beside it, or a `rules/` folder), which are loaded
//! after the default pack and any `--rules`. A test passes when every
//! expected conflict is covered and no expected agreement is flagged.

use std::path::Path;

use crate::eval::{self, EvalError, Score};
use crate::rules::load::{self, RuleFileError};

/// The file that makes a folder a rule test.
pub const EXPECTED: &str = "expected.yaml";

#[derive(Debug, thiserror::Error)]
pub enum RuleTestError {
    #[error("{path}: cannot read: {source}")]
    Io {
        path: String,
        source: std::io::Error,
    },
    #[error("{path}: no rule test found (looked for {EXPECTED} in it and below)")]
    NoTests { path: String },
    #[error(transparent)]
    Rules(#[from] RuleFileError),
    #[error(transparent)]
    Eval(#[from] EvalError),
}

/// The result of one rule test.
#[derive(Debug, Clone)]
pub struct Outcome {
    /// The test's folder.
    pub name: String,
    pub score: Score,
}

impl Outcome {
    /// Every expected conflict covered, no agreement flagged.
    pub fn passed(&self) -> bool {
        self.score.covered == self.score.conflicts && self.score.false_alarms == 0
    }

    /// `PASS name (...)`, or `FAIL name (...)` followed by what was missed
    /// or wrongly flagged, one line each.
    pub fn render(&self) -> String {
        let s = &self.score;
        let mut out = format!(
            "{} {} ({}/{} conflicts covered, {}/{} agreements flagged)\n",
            if self.passed() { "PASS" } else { "FAIL" },
            self.name,
            s.covered,
            s.conflicts,
            s.false_alarms,
            s.agreements
        );
        if !self.passed() {
            for n in &s.notes {
                out.push_str(&format!("  - {n}\n"));
            }
        }
        out
    }
}

/// The closing line of a run.
pub fn summary(passed: usize, failed: usize, errors: usize) -> String {
    let mut s = format!(
        "{} rule tests: {passed} passed, {failed} failed",
        passed + failed + errors
    );
    if errors > 0 {
        s.push_str(&format!(", {errors} could not run"));
    }
    s.push('\n');
    s
}

/// The expected files of the rule tests at `path`: the file itself, or
/// every `expected.yaml` in the folder and below, sorted.
pub fn discover(path: &str) -> Result<Vec<String>, RuleTestError> {
    let p = Path::new(path);
    if !p.is_dir() {
        if p.is_file() {
            return Ok(vec![path.to_string()]);
        }
        return Err(RuleTestError::Io {
            path: path.to_string(),
            source: std::io::Error::from(std::io::ErrorKind::NotFound),
        });
    }
    let mut found = Vec::new();
    let mut stack = vec![p.to_path_buf()];
    while let Some(dir) = stack.pop() {
        let entries = std::fs::read_dir(&dir).map_err(|source| RuleTestError::Io {
            path: dir.display().to_string(),
            source,
        })?;
        for entry in entries.flatten() {
            let f = entry.path();
            if f.is_dir() {
                stack.push(f);
            } else if f.file_name().is_some_and(|n| n == EXPECTED) {
                found.push(f.to_string_lossy().into_owned());
            }
        }
    }
    if found.is_empty() {
        return Err(RuleTestError::NoTests {
            path: path.to_string(),
        });
    }
    found.sort();
    Ok(found)
}

/// A test's own rule files: `*.rules.yaml`/`*.rules.yml` beside its
/// expected file, then the files of a `rules/` folder.
pub fn own_rule_files(test_dir: &Path) -> Result<Vec<String>, RuleTestError> {
    let entries = std::fs::read_dir(test_dir).map_err(|source| RuleTestError::Io {
        path: test_dir.display().to_string(),
        source,
    })?;
    let mut files: Vec<String> = entries
        .flatten()
        .map(|e| e.path())
        .filter(|f| {
            f.is_file()
                && f.file_name()
                    .and_then(|n| n.to_str())
                    .is_some_and(|n| n.ends_with(".rules.yaml") || n.ends_with(".rules.yml"))
        })
        .map(|f| f.to_string_lossy().into_owned())
        .collect();
    files.sort();
    let folder = test_dir.join("rules");
    if folder.is_dir() {
        files.extend(load::rule_files(&folder.to_string_lossy())?);
    }
    Ok(files)
}

/// Run one rule test: the default pack (unless `no_default`), then
/// `extra` rule paths, then the test's own rule files.
pub fn run(expected: &str, extra: &[String], no_default: bool) -> Result<Outcome, RuleTestError> {
    let dir = Path::new(expected)
        .parent()
        .filter(|d| !d.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let mut paths = extra.to_vec();
    paths.extend(own_rule_files(dir)?);
    let rules = load::ruleset(&paths, no_default)?;
    let (score, _) = eval::evaluate(expected, &rules)?;
    // "./strict" reads better as "strict".
    let name = match dir.strip_prefix(".") {
        Ok(rest) if !rest.as_os_str().is_empty() => rest,
        _ => dir,
    };
    Ok(Outcome {
        name: name.display().to_string(),
        score,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn score(covered: usize, conflicts: usize, false_alarms: usize) -> Score {
        Score {
            covered,
            conflicts,
            false_alarms,
            agreements: 2,
            notes: vec!["missed name conflict: a spelling".into()],
            ..Score::default()
        }
    }

    #[test]
    fn a_test_passes_only_with_every_conflict_and_no_false_alarm() {
        let outcome = |s| Outcome {
            name: "t".into(),
            score: s,
        };
        assert!(outcome(score(2, 2, 0)).passed());
        assert!(!outcome(score(1, 2, 0)).passed());
        assert!(!outcome(score(2, 2, 1)).passed());
        assert_eq!(
            outcome(score(1, 2, 0)).render(),
            "FAIL t (1/2 conflicts covered, 0/2 agreements flagged)\n  - missed name conflict: a spelling\n"
        );
        assert_eq!(
            outcome(score(2, 2, 0)).render(),
            "PASS t (2/2 conflicts covered, 0/2 agreements flagged)\n"
        );
    }

    #[test]
    fn missing_folder_and_folder_without_tests_are_errors() {
        let e = discover("no/such/folder").unwrap_err().to_string();
        assert!(e.starts_with("no/such/folder: cannot read"), "{e}");
        let e = discover("src/report").unwrap_err().to_string();
        assert_eq!(
            e,
            "src/report: no rule test found (looked for expected.yaml in it and below)"
        );
    }
}
