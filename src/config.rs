//! Configuration: `crosscheck.yaml` or `.crosscheck.yaml`, found by walking
//! up from the working directory (or named with `--config`). It says which
//! rule files to add, whether to load the default pack, which articles form
//! each story, rule severities, the failing severity, the baseline file and
//! which paths are never read. Paths in it are relative to the file itself.
//!
//! This module only reads and resolves; the command line decides what wins
//! (its flags do) and `story.rs` turns stories into article files.

use std::collections::BTreeMap;
use std::path::{Component, Path, PathBuf};

use serde::Deserialize;

use crate::rules::{load, RuleSet, Severity};

/// The file names looked for, in each folder from the working directory up.
pub const NAMES: [&str; 2] = ["crosscheck.yaml", ".crosscheck.yaml"];

/// The failing severity as the config spells it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum FailOn {
    Error,
    Warning,
    Info,
    Never,
}

impl FailOn {
    /// The lowest severity that fails the run (`None` for `never`).
    pub fn threshold(self) -> Option<Severity> {
        match self {
            FailOn::Error => Some(Severity::Error),
            FailOn::Warning => Some(Severity::Warning),
            FailOn::Info => Some(Severity::Info),
            FailOn::Never => None,
        }
    }
}

/// The config file as written. Every key is optional; an unknown key is an
/// error located at its line and column.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields, default, rename_all = "kebab-case")]
pub struct ConfigFile {
    /// Rule files or folders added after the default pack.
    pub rules: Vec<String>,
    /// Load the built-in pack (default true).
    pub default_rules: Option<bool>,
    /// Exit 1 when a finding reaches this severity.
    pub fail_on: Option<FailOn>,
    /// Severity by rule id, overriding the rule files.
    pub severity: BTreeMap<String, Severity>,
    /// Globs of paths never read (relative to the config file).
    pub exclude: Vec<String>,
    /// Stories named one by one.
    pub stories: Vec<StorySpec>,
    /// Globs of folders that are each one story, named after the folder.
    pub story_folders: Vec<String>,
    /// The baseline file `check` reads and `baseline` writes.
    pub baseline: Option<String>,
}

/// One story: a name and the files, folders or globs of its articles.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StorySpec {
    pub name: String,
    pub paths: Vec<String>,
}

/// A loaded config: where it is and what it says.
#[derive(Debug)]
pub struct Config {
    /// The file, as it was found or given.
    pub path: PathBuf,
    /// Its folder; config paths are joined onto this.
    pub dir: PathBuf,
    pub file: ConfigFile,
}

#[derive(Debug, thiserror::Error)]
pub enum ConfigError {
    #[error("{path}: cannot read config: {source}")]
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
    #[error("{a} and {b}: two config files in one folder; keep one")]
    Both { a: String, b: String },
    #[error("{path}: a config file already exists; not overwriting it")]
    Exists { path: String },
    #[error("{path}:{line}:{column}: severity for unknown rule id `{id}` (known: {known})")]
    UnknownRule {
        path: String,
        line: usize,
        column: usize,
        id: String,
        known: String,
    },
}

/// The config file for a working directory: the first folder from `start`
/// (absolute) up that holds one of `NAMES`, as a path relative to `start`
/// (`../../crosscheck.yaml`). Both names in one folder is an error.
pub fn discover(start: &Path) -> Result<Option<PathBuf>, ConfigError> {
    for dir in start.ancestors() {
        let found: Vec<PathBuf> = NAMES
            .iter()
            .map(|n| dir.join(n))
            .filter(|p| p.is_file())
            .map(|p| relative(&p, start))
            .collect();
        match found.as_slice() {
            [] => continue,
            [one] => return Ok(Some(one.clone())),
            [a, b, ..] => {
                return Err(ConfigError::Both {
                    a: a.display().to_string(),
                    b: b.display().to_string(),
                })
            }
        }
    }
    Ok(None)
}

/// Read and parse a config file.
pub fn load(path: &Path) -> Result<Config, ConfigError> {
    let shown = path.display().to_string();
    let text = std::fs::read_to_string(path).map_err(|source| ConfigError::Io {
        path: shown.clone(),
        source,
    })?;
    let file = parse_str(&shown, &text)?;
    Ok(Config {
        path: path.to_path_buf(),
        dir: path.parent().map(Path::to_path_buf).unwrap_or_default(),
        file,
    })
}

/// Parse a config file's text (`path` is only for messages).
pub fn parse_str(path: &str, text: &str) -> Result<ConfigFile, ConfigError> {
    let has_content = text
        .lines()
        .any(|l| !l.trim().is_empty() && !l.trim_start().starts_with('#') && l.trim() != "---");
    if !has_content {
        return Ok(ConfigFile::default());
    }
    load::parse_yaml::<ConfigFile>(text).map_err(|(line, column, message)| ConfigError::Invalid {
        path: path.to_string(),
        line,
        column,
        message,
    })
}

impl Config {
    /// A path written in the config, as seen from the working directory.
    pub fn resolve(&self, p: &str) -> String {
        if Path::new(p).is_absolute() {
            return p.to_string();
        }
        self.dir.join(p).to_string_lossy().into_owned()
    }

    /// The rule paths, resolved.
    pub fn rule_paths(&self) -> Vec<String> {
        self.file.rules.iter().map(|p| self.resolve(p)).collect()
    }

    /// Apply `severity:` to a loaded rule set. An id no rule has is an
    /// error at the line that names it.
    pub fn apply_severities(&self, set: &mut RuleSet) -> Result<(), ConfigError> {
        for (id, sev) in &self.file.severity {
            match set.rules.iter_mut().find(|r| &r.id == id) {
                Some(rule) => rule.severity = *sev,
                None => {
                    let text = std::fs::read_to_string(&self.path).unwrap_or_default();
                    let (line, column) = locate_key(&text, id);
                    return Err(ConfigError::UnknownRule {
                        path: self.path.display().to_string(),
                        line,
                        column,
                        id: id.clone(),
                        known: set
                            .rules
                            .iter()
                            .map(|r| r.id.as_str())
                            .collect::<Vec<_>>()
                            .join(", "),
                    });
                }
            }
        }
        Ok(())
    }
}

/// Line and column of the first `key:` in a YAML text (1:1 when absent).
fn locate_key(text: &str, key: &str) -> (usize, usize) {
    for (i, line) in text.lines().enumerate() {
        let body = line.trim_start();
        let bare = body.trim_start_matches(['"', '\'']);
        if let Some(rest) = bare.strip_prefix(key) {
            if rest.trim_start_matches(['"', '\'']).starts_with(':') {
                return (i + 1, line.len() - body.len() + 1);
            }
        }
    }
    (1, 1)
}

/// The commented starter config `crosscheck init` writes.
pub const STARTER: &str = r#"# crosscheck configuration. Paths are relative to this file.
# Unknown keys are an error; every key is optional.

# Rule files or folders added after the built-in pack (later ids replace
# earlier ones).
rules: []

# Load the built-in rule pack.
default-rules: true

# Exit with status 1 when a finding reaches this severity:
# error | warning | info | never. `--fail-on` on the command line wins.
fail-on: error

# Severity by rule id (error | warning | info).
severity: {}
#  name-variant: error

# Paths never read, as globs relative to this file (a folder excludes
# everything under it).
exclude: []
#  - archive
#  - "**/*.draft.md"

# Which articles form a story; each story is checked on its own when
# `crosscheck check` is run without paths.
stories: []
#  - name: harbour-fire
#    paths: [desk/harbour-fire/, "wires/harbour-fire-*.txt"]

# Globs of folders that are each one story, named after the folder.
story-folders: []
#  - "stories/*"

# Accepted findings (written by `crosscheck baseline`, hidden by `check`).
# baseline: crosscheck-baseline.json
"#;

/// Write the starter config into `dir` as `crosscheck.yaml`; refuses when
/// the folder already holds a config under either name.
pub fn init(dir: &Path) -> Result<PathBuf, ConfigError> {
    for name in NAMES {
        let p = dir.join(name);
        if p.exists() {
            return Err(ConfigError::Exists {
                path: p.display().to_string(),
            });
        }
    }
    let path = dir.join(NAMES[0]);
    let io = |source| ConfigError::Io {
        path: path.display().to_string(),
        source,
    };
    // `create_new` so a file appearing meanwhile is never overwritten.
    let mut f = std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(&path)
        .map_err(io)?;
    std::io::Write::write_all(&mut f, STARTER.as_bytes()).map_err(io)?;
    Ok(path)
}

/// `path` made absolute against `cwd` with `.` and `..` folded, without
/// touching the disk.
pub fn absolute(path: &Path, cwd: &Path) -> PathBuf {
    let joined = if path.is_absolute() {
        path.to_path_buf()
    } else {
        cwd.join(path)
    };
    let mut out = PathBuf::new();
    for c in joined.components() {
        match c {
            Component::CurDir => {}
            Component::ParentDir => {
                out.pop();
            }
            other => out.push(other),
        }
    }
    out
}

/// `path` relative to `base` (both absolute), with `..` where needed.
pub fn relative(path: &Path, base: &Path) -> PathBuf {
    let p: Vec<Component> = path.components().collect();
    let b: Vec<Component> = base.components().collect();
    let common = p.iter().zip(&b).take_while(|(x, y)| x == y).count();
    let mut out = PathBuf::new();
    for _ in common..b.len() {
        out.push("..");
    }
    for c in &p[common..] {
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tmp(name: &str) -> PathBuf {
        let dir =
            std::env::temp_dir().join(format!("crosscheck-config-{}-{name}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        dir
    }

    #[test]
    fn discovery_walks_up_to_the_nearest_config() {
        let root = tmp("walk");
        let deep = root.join("desk/story/drafts");
        std::fs::create_dir_all(&deep).unwrap();
        std::fs::write(root.join(".crosscheck.yaml"), "fail-on: warning\n").unwrap();
        assert_eq!(
            discover(&deep).unwrap(),
            Some(PathBuf::from("../../../.crosscheck.yaml"))
        );
        // A nearer one wins.
        std::fs::write(root.join("desk/crosscheck.yaml"), "").unwrap();
        assert_eq!(
            discover(&deep).unwrap(),
            Some(PathBuf::from("../../crosscheck.yaml"))
        );
    }

    #[test]
    fn both_names_in_one_folder_is_an_error_naming_both() {
        let root = tmp("both");
        std::fs::write(root.join("crosscheck.yaml"), "").unwrap();
        std::fs::write(root.join(".crosscheck.yaml"), "").unwrap();
        let e = discover(&root).unwrap_err().to_string();
        assert_eq!(
            e,
            "crosscheck.yaml and .crosscheck.yaml: two config files in one folder; keep one"
        );
    }

    #[test]
    fn load_reads_keys_and_resolves_paths_against_the_file() {
        let root = tmp("load");
        let path = root.join("crosscheck.yaml");
        std::fs::write(
            &path,
            "rules: [house/]\ndefault-rules: false\nfail-on: warning\nseverity:\n  name-variant: error\nstories:\n  - name: fire\n    paths: [desk/fire]\n",
        )
        .unwrap();
        let c = load(&path).unwrap();
        assert_eq!(c.file.fail_on, Some(FailOn::Warning));
        assert_eq!(c.file.default_rules, Some(false));
        assert_eq!(
            c.rule_paths(),
            vec![root.join("house/").display().to_string()]
        );
        assert_eq!(c.file.stories[0].name, "fire");
        assert_eq!(c.file.severity["name-variant"], Severity::Error);
    }

    #[test]
    fn unknown_keys_are_located() {
        let e = parse_str("c.yaml", "fail-on: error\nexclude: []\nstory-folder: [x]\n")
            .unwrap_err()
            .to_string();
        assert!(
            e.starts_with("c.yaml:3:1: unknown field `story-folder`"),
            "{e}"
        );
        let e = parse_str("c.yaml", "stories:\n  - name: a\n    path: [x]\n")
            .unwrap_err()
            .to_string();
        assert!(
            e.starts_with("c.yaml:3:5: stories[0]: unknown field `path`"),
            "{e}"
        );
        let e = parse_str("c.yaml", "fail-on: sometimes\n")
            .unwrap_err()
            .to_string();
        assert!(
            e.starts_with("c.yaml:1:10: fail-on: unknown variant"),
            "{e}"
        );
        assert!(parse_str("c.yaml", "# nothing yet\n").is_ok());
    }

    #[test]
    fn severity_for_an_unknown_rule_is_located() {
        let root = tmp("sev");
        let path = root.join("crosscheck.yaml");
        std::fs::write(
            &path,
            "severity:\n  name-variant: error\n  nmuber-mismatch: info\n",
        )
        .unwrap();
        let c = load(&path).unwrap();
        let mut set = load::default_pack().unwrap();
        let e = c.apply_severities(&mut set).unwrap_err().to_string();
        assert!(
            e.contains("crosscheck.yaml:3:3: severity for unknown rule id `nmuber-mismatch`"),
            "{e}"
        );
        std::fs::write(&path, "severity:\n  name-variant: error\n").unwrap();
        let c = load(&path).unwrap();
        c.apply_severities(&mut set).unwrap();
        let rule = set.rules.iter().find(|r| r.id == "name-variant").unwrap();
        assert_eq!(rule.severity, Severity::Error);
    }

    #[test]
    fn init_writes_a_starter_that_parses_and_never_overwrites() {
        let root = tmp("init");
        let path = init(&root).unwrap();
        let text = std::fs::read_to_string(&path).unwrap();
        let file = parse_str("s", &text).unwrap();
        assert_eq!(file.fail_on, Some(FailOn::Error));
        std::fs::write(&path, "fail-on: info\n").unwrap();
        let e = init(&root).unwrap_err().to_string();
        assert!(e.contains("already exists"), "{e}");
        assert_eq!(std::fs::read_to_string(&path).unwrap(), "fail-on: info\n");
    }

    #[test]
    fn relative_paths_climb_with_dotdot() {
        let cwd = Path::new("/n/desk/story");
        assert_eq!(
            absolute(Path::new("../x/./a.md"), cwd),
            PathBuf::from("/n/desk/x/a.md")
        );
        assert_eq!(
            relative(Path::new("/n/crosscheck.yaml"), cwd),
            PathBuf::from("../../crosscheck.yaml")
        );
        assert_eq!(
            relative(Path::new("/n/desk/story/a.md"), cwd),
            PathBuf::from("a.md")
        );
    }
}
