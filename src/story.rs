//! Stories: which article files are checked together. From command-line
//! paths (one story), from `--against` (new articles plus a folder, only
//! findings that involve a new article kept), or from the config's
//! `stories` and `story-folders` (each checked on its own, the reports
//! merged). Exclusion globs drop paths before they are read, and a file
//! named twice (a new article inside its `--against` folder) is read once.

use std::collections::HashSet;
use std::path::{Path, PathBuf};

use globset::{Glob, GlobBuilder, GlobSet, GlobSetBuilder};

use crate::article::{self, ArticleError};
use crate::config::{self, Config};
use crate::engine::Report;

/// A set of article files checked together.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Story {
    /// The config's name for it, when it has one.
    pub name: Option<String>,
    /// Article files, in reading order, each once.
    pub files: Vec<String>,
    /// With `--against`: the new files (only findings citing one of them
    /// are kept). `None`: every finding is kept.
    pub new: Option<Vec<String>>,
}

#[derive(Debug, thiserror::Error)]
pub enum StoryError {
    #[error("{path}: bad glob `{pattern}`: {message}")]
    Glob {
        path: String,
        pattern: String,
        message: String,
    },
}

/// Turns path lists into article files: expands folders and globs, drops
/// excluded paths and repeats.
pub struct Selector {
    cwd: PathBuf,
    /// The config folder (absolute) and its exclusion globs.
    exclude: Option<(PathBuf, GlobSet)>,
}

fn glob(pattern: &str) -> Result<Glob, globset::Error> {
    GlobBuilder::new(pattern).literal_separator(true).build()
}

impl Selector {
    pub fn new(cwd: &Path, config: Option<&Config>) -> Result<Self, StoryError> {
        let mut exclude = None;
        if let Some(c) = config.filter(|c| !c.file.exclude.is_empty()) {
            let mut b = GlobSetBuilder::new();
            for pattern in &c.file.exclude {
                let g = glob(pattern.trim_end_matches('/')).map_err(|e| StoryError::Glob {
                    path: c.path.display().to_string(),
                    pattern: pattern.clone(),
                    message: e.kind().to_string(),
                })?;
                b.add(g);
            }
            let set = b.build().map_err(|e| StoryError::Glob {
                path: c.path.display().to_string(),
                pattern: String::new(),
                message: e.to_string(),
            })?;
            exclude = Some((config::absolute(&c.dir, cwd), set));
        }
        Ok(Selector {
            cwd: cwd.to_path_buf(),
            exclude,
        })
    }

    /// True when an exclusion glob matches the path or a folder above it
    /// (relative to the config's folder).
    pub fn excluded(&self, path: &str) -> bool {
        let Some((dir, set)) = &self.exclude else {
            return false;
        };
        if path == "-" {
            return false;
        }
        let abs = config::absolute(Path::new(path), &self.cwd);
        let Ok(rel) = abs.strip_prefix(dir) else {
            return false;
        };
        rel.ancestors()
            .filter(|p| !p.as_os_str().is_empty())
            .any(|p| set.is_match(p))
    }

    /// The identity of a file, to read it once however it is named.
    fn key(&self, path: &str) -> PathBuf {
        if path == "-" {
            return PathBuf::from("-");
        }
        std::fs::canonicalize(path).unwrap_or_else(|_| config::absolute(Path::new(path), &self.cwd))
    }

    /// Article files for inputs (files, folders, `-`), excluded ones and
    /// repeats dropped.
    pub fn files(&self, inputs: &[String]) -> (Vec<String>, Vec<ArticleError>) {
        let (found, errors) = article::collect_paths(inputs);
        let mut seen = HashSet::new();
        let files = found
            .into_iter()
            .filter(|f| !self.excluded(f) && seen.insert(self.key(f)))
            .collect();
        (files, errors)
    }

    /// One story from command-line paths.
    pub fn paths(&self, inputs: &[String]) -> (Story, Vec<ArticleError>) {
        let (files, errors) = self.files(inputs);
        (
            Story {
                name: None,
                files,
                new: None,
            },
            errors,
        )
    }

    /// New articles checked against others: the story is the new files plus
    /// the files of `against`, each read once.
    pub fn against(&self, new: &[String], against: &[String]) -> (Story, Vec<ArticleError>) {
        let (new_files, mut errors) = self.files(new);
        let (rest, more) = self.files(against);
        errors.extend(more);
        let keys: HashSet<PathBuf> = new_files.iter().map(|f| self.key(f)).collect();
        let mut files = new_files.clone();
        files.extend(rest.into_iter().filter(|f| !keys.contains(&self.key(f))));
        (
            Story {
                name: None,
                files,
                new: Some(new_files),
            },
            errors,
        )
    }

    /// The config's stories: `stories` in order, then one per folder that
    /// a `story-folders` glob matches (sorted, named after the folder).
    pub fn config_stories(&self, c: &Config) -> (Vec<Story>, Vec<ArticleError>) {
        let mut stories = Vec::new();
        let mut errors = Vec::new();
        for spec in &c.file.stories {
            let mut inputs = Vec::new();
            for p in &spec.paths {
                let (paths, e) = expand(&c.resolve(p), false);
                inputs.extend(paths);
                errors.extend(e);
            }
            let (files, e) = self.files(&inputs);
            errors.extend(e);
            stories.push(Story {
                name: Some(spec.name.clone()),
                files,
                new: None,
            });
        }
        for pattern in &c.file.story_folders {
            let (dirs, e) = expand(&c.resolve(pattern), true);
            errors.extend(e);
            for d in dirs.into_iter().filter(|d| !self.excluded(d)) {
                let (files, e) = self.files(std::slice::from_ref(&d));
                errors.extend(e);
                let name = Path::new(&d)
                    .file_name()
                    .map(|n| n.to_string_lossy().into_owned());
                stories.push(Story {
                    name,
                    files,
                    new: None,
                });
            }
        }
        (stories, errors)
    }

    /// Each new file against the story that holds it: the config story
    /// listing it, else the folder it is in. New files of one story are
    /// checked together.
    pub fn against_own_story(
        &self,
        new: &[String],
        config: Option<&Config>,
    ) -> (Vec<Story>, Vec<ArticleError>) {
        let (new_files, mut errors) = self.files(new);
        let known = match config {
            Some(c) => {
                let (s, e) = self.config_stories(c);
                errors.extend(e);
                s
            }
            None => Vec::new(),
        };
        // (name, the story's files, its new files)
        let mut groups: Vec<(Option<String>, Vec<String>, Vec<String>)> = Vec::new();
        for f in new_files {
            let key = self.key(&f);
            let home = known
                .iter()
                .find(|s| s.files.iter().any(|g| self.key(g) == key));
            let (name, files) = match home {
                Some(s) => (s.name.clone(), s.files.clone()),
                None => {
                    let dir = Path::new(&f)
                        .parent()
                        .filter(|d| !d.as_os_str().is_empty() && f != "-")
                        .map(|d| d.to_string_lossy().into_owned())
                        .unwrap_or_else(|| ".".into());
                    let (files, e) = self.files(std::slice::from_ref(&dir));
                    errors.extend(e);
                    (None, files)
                }
            };
            match groups.iter_mut().find(|g| g.0 == name && g.1 == files) {
                Some(g) => g.2.push(f),
                None => groups.push((name, files, vec![f])),
            }
        }
        let out = groups
            .into_iter()
            .map(|(name, files, new)| Story {
                name,
                ..self.against(&new, &files).0
            })
            .collect();
        (out, errors)
    }
}

/// A config path that may be a glob: the paths it matches (sorted), or
/// itself when it has no glob characters. `dirs_only` keeps folders.
fn expand(pattern: &str, dirs_only: bool) -> (Vec<String>, Vec<ArticleError>) {
    let is_glob = pattern.contains(['*', '?', '[', '{']);
    if !is_glob {
        return (vec![pattern.to_string()], Vec::new());
    }
    // Walk from the last folder before the first glob character.
    let cut = pattern
        .find(['*', '?', '[', '{'])
        .and_then(|i| pattern[..i].rfind('/'))
        .map(|i| i + 1)
        .unwrap_or(0);
    let base = &pattern[..cut];
    let matcher = match glob(pattern) {
        Ok(g) => g.compile_matcher(),
        Err(_) => {
            return (
                Vec::new(),
                vec![ArticleError::NoArticles {
                    path: pattern.to_string(),
                }],
            )
        }
    };
    let mut found = Vec::new();
    let mut stack = vec![PathBuf::from(if base.is_empty() { "." } else { base })];
    while let Some(dir) = stack.pop() {
        let Ok(entries) = std::fs::read_dir(&dir) else {
            continue;
        };
        for e in entries.flatten() {
            let p = e.path();
            let shown = if base.is_empty() {
                p.strip_prefix(".").unwrap_or(&p).to_path_buf()
            } else {
                p.clone()
            };
            let shown = shown.to_string_lossy().replace('\\', "/");
            let is_dir = p.is_dir();
            if matcher.is_match(&shown) && (is_dir || !dirs_only) {
                found.push(shown);
            }
            if is_dir {
                stack.push(p);
            }
        }
    }
    found.sort();
    if found.is_empty() {
        return (
            Vec::new(),
            vec![ArticleError::NoArticles {
                path: pattern.to_string(),
            }],
        );
    }
    (found, Vec::new())
}

/// With `--against`: keep the findings that cite a claim from a new file.
pub fn keep_involving(report: &mut Report, new: &[String]) {
    let is_new: Vec<bool> = report
        .articles
        .iter()
        .map(|a| new.contains(&a.path))
        .collect();
    let claims = &report.claims;
    report
        .findings
        .retain(|f| f.claims.iter().any(|c| is_new[claims[c.claim].source]));
}

/// One report from several stories' reports: sources, claims and findings
/// in story order, indices shifted.
pub fn merge(reports: Vec<Report>) -> Option<Report> {
    let mut it = reports.into_iter();
    let mut out = it.next()?;
    for mut r in it {
        let (sources, claims) = (out.articles.len(), out.claims.len());
        for c in &mut r.claims {
            c.source += sources;
            c.ctx.link = c.ctx.link.map(|j| j + claims);
        }
        for f in &mut r.findings {
            for c in &mut f.claims {
                c.claim += claims;
            }
        }
        out.articles.extend(r.articles);
        out.claims.extend(r.claims);
        out.reference.extend(r.reference);
        out.findings.extend(r.findings);
        out.suppressed += r.suppressed;
        out.baselined += r.baselined;
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tmp(name: &str) -> PathBuf {
        let dir =
            std::env::temp_dir().join(format!("crosscheck-story-{}-{name}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        dir
    }

    fn write(root: &Path, rel: &str) {
        let p = root.join(rel);
        std::fs::create_dir_all(p.parent().unwrap()).unwrap();
        std::fs::write(p, "Some 40 people died.\n").unwrap();
    }

    fn config(root: &Path, text: &str) -> Config {
        std::fs::write(root.join("crosscheck.yaml"), text).unwrap();
        config::load(&root.join("crosscheck.yaml")).unwrap()
    }

    fn names(files: &[String], root: &Path) -> Vec<String> {
        files
            .iter()
            .map(|f| {
                Path::new(f)
                    .strip_prefix(root)
                    .unwrap()
                    .to_string_lossy()
                    .into_owned()
            })
            .collect()
    }

    #[test]
    fn excluded_paths_are_never_listed() {
        let root = tmp("exclude");
        for f in ["s/a.md", "s/b.draft.md", "s/archive/c.md"] {
            write(&root, f);
        }
        let c = config(&root, "exclude: [\"**/*.draft.md\", s/archive/]\n");
        let sel = Selector::new(&root, Some(&c)).unwrap();
        let (files, errors) = sel.files(&[root.join("s").display().to_string()]);
        assert!(errors.is_empty());
        assert_eq!(names(&files, &root), ["s/a.md"]);
    }

    #[test]
    fn against_reads_the_new_file_once() {
        let root = tmp("against");
        for f in ["s/a.md", "s/b.md", "s/new.md"] {
            write(&root, f);
        }
        let sel = Selector::new(&root, None).unwrap();
        let s = |p: &str| root.join(p).display().to_string();
        let (story, _) = sel.against(&[s("s/new.md")], &[s("s")]);
        assert_eq!(names(&story.files, &root), ["s/new.md", "s/a.md", "s/b.md"]);
        assert_eq!(story.new, Some(vec![s("s/new.md")]));
    }

    #[test]
    fn story_folders_and_named_stories_with_globs() {
        let root = tmp("stories");
        for f in [
            "stories/fire/a.md",
            "stories/fire/b.txt",
            "stories/vote/a.md",
            "wires/fire-1.txt",
            "wires/vote-1.txt",
        ] {
            write(&root, f);
        }
        let c = config(
            &root,
            "stories:\n  - name: fire-all\n    paths: [stories/fire, \"wires/fire-*.txt\"]\nstory-folders: [\"stories/*\"]\n",
        );
        let sel = Selector::new(&root, Some(&c)).unwrap();
        let (stories, errors) = sel.config_stories(&c);
        assert!(errors.is_empty(), "{errors:?}");
        let got: Vec<(Option<String>, Vec<String>)> = stories
            .iter()
            .map(|s| (s.name.clone(), names(&s.files, &root)))
            .collect();
        assert_eq!(
            got,
            vec![
                (
                    Some("fire-all".into()),
                    vec![
                        "stories/fire/a.md".into(),
                        "stories/fire/b.txt".into(),
                        "wires/fire-1.txt".into()
                    ]
                ),
                (
                    Some("fire".into()),
                    vec!["stories/fire/a.md".into(), "stories/fire/b.txt".into()]
                ),
                (Some("vote".into()), vec!["stories/vote/a.md".into()]),
            ]
        );
        // A new wire is checked against the story that lists it.
        let (own, _) = sel.against_own_story(
            &[root.join("wires/fire-1.txt").display().to_string()],
            Some(&c),
        );
        assert_eq!(own.len(), 1);
        assert_eq!(own[0].name.as_deref(), Some("fire-all"));
        assert_eq!(own[0].files.len(), 3);
    }
}
