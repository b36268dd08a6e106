//! Loading rule files: the only module that touches serde_yaml for rules.
//!
//! A rule file is a YAML mapping with an optional `rules:` list and an
//! optional `lexicon:` mapping. The default pack in `rules/` is built into
//! the binary; `--rules PATH` adds files or folders after it. A later rule
//! with the same id replaces an earlier one, so a pack can override a
//! default rule's severity or parameters.

use std::path::Path;

use serde::Deserialize;

use super::{Rule, RuleSet};
use crate::lexicon::{Lexicon, LexiconSpec};

/// The default pack, embedded at build time.
pub const DEFAULT_PACK: &[(&str, &str)] = &[
    (
        "rules/default.yaml",
        include_str!("../../rules/default.yaml"),
    ),
    ("rules/units.yaml", include_str!("../../rules/units.yaml")),
    ("rules/hedges.yaml", include_str!("../../rules/hedges.yaml")),
    ("rules/names.yaml", include_str!("../../rules/names.yaml")),
    ("rules/places.yaml", include_str!("../../rules/places.yaml")),
    ("rules/time.yaml", include_str!("../../rules/time.yaml")),
    ("rules/words.yaml", include_str!("../../rules/words.yaml")),
];

#[derive(Debug, thiserror::Error)]
pub enum RuleFileError {
    #[error("{path}: cannot read rule file: {source}")]
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
    #[error("{path}: no rule files found (looked for *.yaml, *.yml)")]
    Empty { path: String },
}

/// One rule file as written.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct RuleFile {
    pub rules: Vec<Rule>,
    pub lexicon: LexiconSpec,
}

/// Parse one rule file's text.
pub fn parse_str(path: &str, src: &str) -> Result<RuleFile, RuleFileError> {
    let has_content = src
        .lines()
        .any(|l| !l.trim().is_empty() && !l.trim_start().starts_with('#') && l.trim() != "---");
    if !has_content {
        return Ok(RuleFile::default());
    }
    parse_yaml::<RuleFile>(src).map_err(|(line, column, message)| RuleFileError::Invalid {
        path: path.to_string(),
        line,
        column,
        message,
    })
}

/// The default pack.
pub fn default_pack() -> Result<RuleSet, RuleFileError> {
    build(
        DEFAULT_PACK
            .iter()
            .map(|(p, s)| (p.to_string(), s.to_string()))
            .collect(),
    )
}

/// The default pack (unless `no_default`) followed by the given paths.
pub fn ruleset(extra: &[String], no_default: bool) -> Result<RuleSet, RuleFileError> {
    let mut sources: Vec<(String, String)> = Vec::new();
    if !no_default {
        sources.extend(
            DEFAULT_PACK
                .iter()
                .map(|(p, s)| (p.to_string(), s.to_string())),
        );
    }
    for path in extra {
        for file in rule_files(path)? {
            let text = std::fs::read_to_string(&file).map_err(|source| RuleFileError::Io {
                path: file.clone(),
                source,
            })?;
            sources.push((file, text));
        }
    }
    build(sources)
}

/// A rule path: a file, or a folder of `*.yaml`/`*.yml` (sorted).
pub fn rule_files(path: &str) -> Result<Vec<String>, RuleFileError> {
    let p = Path::new(path);
    if !p.is_dir() {
        return Ok(vec![path.to_string()]);
    }
    let entries = std::fs::read_dir(p).map_err(|source| RuleFileError::Io {
        path: path.to_string(),
        source,
    })?;
    let mut files: Vec<String> = entries
        .flatten()
        .map(|e| e.path())
        .filter(|f| {
            f.is_file() && matches!(f.extension().and_then(|e| e.to_str()), Some("yaml" | "yml"))
        })
        .map(|f| f.to_string_lossy().into_owned())
        .collect();
    files.sort();
    if files.is_empty() {
        return Err(RuleFileError::Empty {
            path: path.to_string(),
        });
    }
    Ok(files)
}

fn build(sources: Vec<(String, String)>) -> Result<RuleSet, RuleFileError> {
    let mut rules: Vec<Rule> = Vec::new();
    let mut specs = Vec::new();
    for (path, text) in sources {
        let file = parse_str(&path, &text)?;
        for rule in file.rules {
            match rules.iter_mut().find(|r| r.id == rule.id) {
                Some(slot) => *slot = rule,
                None => rules.push(rule),
            }
        }
        specs.push(file.lexicon);
    }
    Ok(RuleSet {
        rules,
        lexicon: Lexicon::build(&specs),
    })
}

/// What one rule file holds, as `rules validate` reports it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FileSummary {
    pub path: String,
    pub rules: usize,
    pub lexicon_entries: usize,
}

impl std::fmt::Display for FileSummary {
    fn fmt(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        let plural = |n: usize| if n == 1 { "" } else { "s" };
        write!(
            f,
            "ok {}: {} rule{}, {} lexicon entr{}",
            self.path,
            self.rules,
            plural(self.rules),
            self.lexicon_entries,
            if self.lexicon_entries == 1 {
                "y"
            } else {
                "ies"
            }
        )
    }
}

/// Read every rule file under `paths` (files, or folders of `*.yaml`) with
/// the parser `check` loads them with, without running any rule: one
/// result per file, or one error for a path that cannot be listed.
pub fn validate(paths: &[String]) -> Vec<Result<FileSummary, RuleFileError>> {
    let mut out = Vec::new();
    for path in paths {
        let files = match rule_files(path) {
            Ok(files) => files,
            Err(e) => {
                out.push(Err(e));
                continue;
            }
        };
        for file in files {
            out.push(
                std::fs::read_to_string(&file)
                    .map_err(|source| RuleFileError::Io {
                        path: file.clone(),
                        source,
                    })
                    .and_then(|text| parse_str(&file, &text))
                    .map(|parsed| FileSummary {
                        rules: parsed.rules.len(),
                        lexicon_entries: parsed.lexicon.entries(),
                        path: file,
                    }),
            );
        }
    }
    out
}

/// A value as YAML, the way a rule author would write it (the generated
/// rule reference shows the default pack's rules this way).
pub fn to_yaml<T: serde::Serialize>(value: &T) -> String {
    // Rules and their params are plain structs with string keys, which
    // serde_yaml always serializes.
    serde_yaml::to_string(value).expect("a rule serializes as YAML")
}

/// A YAML document of any shape, with the error located (line, column,
/// message). Other modules read YAML through this so serde_yaml stays here.
pub fn parse_yaml<T: serde::de::DeserializeOwned>(src: &str) -> Result<T, (usize, usize, String)> {
    serde_yaml::from_str::<T>(src).map_err(|e| {
        let (line, column) = e
            .location()
            .map(|l| (l.line(), l.column()))
            .unwrap_or((1, 1));
        let mut message = e.to_string();
        if let Some(i) = message.find(" at line ") {
            message.truncate(i);
        }
        (line, column, message)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn default_pack_lists_every_file_in_rules_dir() {
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/rules");
        let mut on_disk: Vec<String> = std::fs::read_dir(dir)
            .unwrap()
            .flatten()
            .map(|e| format!("rules/{}", e.file_name().to_string_lossy()))
            .filter(|f| f.ends_with(".yaml"))
            .collect();
        on_disk.sort();
        let mut embedded: Vec<String> = DEFAULT_PACK.iter().map(|(p, _)| p.to_string()).collect();
        embedded.sort();
        assert_eq!(on_disk, embedded);
        let set = default_pack().unwrap();
        assert!(set.rules.len() >= 3);
    }

    fn err(src: &str) -> String {
        parse_str("r.yaml", src).unwrap_err().to_string()
    }

    #[test]
    fn unknown_key_is_located() {
        let e = err("rules:\n  - id: x\n    kind: number-mismatch\n    colour: red\n");
        // The position is the rule's; the message names the key.
        assert!(
            e.starts_with("r.yaml:2:5: rules[0]: unknown field `colour`"),
            "{e}"
        );
    }

    #[test]
    fn unknown_kind_is_located() {
        let e = err("rules:\n  - id: x\n    kind: numbers-mismatch\n");
        assert!(e.starts_with("r.yaml:2:5: rules[0]:"), "{e}");
        assert!(e.contains("unknown rule kind `numbers-mismatch`"), "{e}");
    }

    #[test]
    fn unknown_param_is_located() {
        let e = err(
            "rules:\n  - id: x\n    kind: number-mismatch\n    params:\n      tolerence: 0.1\n",
        );
        assert!(
            e.starts_with("r.yaml:5:7: rules[0].params: unknown field `tolerence`"),
            "{e}"
        );
    }

    #[test]
    fn bad_severity_and_syntax_errors() {
        let e = err("rules:\n  - id: x\n    kind: name-variant\n    severity: fatal\n");
        assert!(
            e.starts_with("r.yaml:4:15: rules[0].severity: unknown variant `fatal`"),
            "{e}"
        );
        let e = err("rules: [\n");
        assert!(e.starts_with("r.yaml:"), "{e}");
        let e = err("lexicon:\n  unitz: []\n");
        assert!(
            e.starts_with("r.yaml:2:3: lexicon: unknown field `unitz`"),
            "{e}"
        );
    }

    #[test]
    fn a_unit_factor_must_be_above_zero() {
        let unit = |factor: &str| {
            format!("lexicon:\n  units:\n    - name: furlongs\n      dimension: length\n      factor: {factor}\n")
        };
        let e = err(&unit("-201"));
        assert!(
            e.starts_with("r.yaml:3:7: lexicon.units[0]: factor must be a number above zero"),
            "{e}"
        );
        assert!(err(&unit(".nan")).contains("factor must be a number above zero"));
        assert!(parse_str("r.yaml", &unit("201.168")).is_ok());
    }

    #[test]
    fn later_rule_with_same_id_overrides() {
        let a = parse_str(
            "a",
            "rules:\n  - id: n\n    kind: number-mismatch\n    severity: info\n",
        )
        .unwrap();
        assert_eq!(a.rules[0].severity, super::super::Severity::Info);
        assert!(parse_str("e", "# only a comment\n")
            .unwrap()
            .rules
            .is_empty());
    }
}
