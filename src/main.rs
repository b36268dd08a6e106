//! The `crosscheck` command line: parses arguments, finds the config, loads
//! rules and stories, runs the library and writes reports; `rules` holds the
//! rule author's commands (validate, test, docs). Exit status: 0 clean, 1
//! findings at or above `--fail-on`, 2 usage, input or rule errors.

use std::io::{IsTerminal, Write};
use std::process::ExitCode;

use clap::{Args, Parser, Subcommand, ValueEnum};

use std::collections::HashSet;
use std::path::{Path, PathBuf};

use crosscheck::article;
use crosscheck::config::{self, Config};
use crosscheck::report::{self, Format};
use crosscheck::rules::{self, load, RuleSet};
use crosscheck::story::{self, Selector, Story};
use crosscheck::{baseline, check, eval, ruletest, suppress, Report};

/// mimalloc instead of the system allocator: extraction makes many small,
/// short-lived allocations (words, phrases, claim texts), and glibc's
/// malloc and free were about a seventh of its instructions. Built without
/// transparent huge pages (`no_thp` in Cargo.toml): with them, a run over a
/// large article spent up to a second in the kernel faulting pages back in.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

#[derive(Parser)]
#[command(
    name = "crosscheck",
    version,
    about = "Cross-check news articles against each other: conflicting figures, dates and name spellings."
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Check articles (files, directories, or - for standard input) against each other.
    Check {
        /// Article files or directories (*.txt, *.md, *.markdown); `-` reads standard input. Without paths, the config's stories are checked.
        paths: Vec<String>,
        /// Check PATHS as new articles against the articles of DIR (repeatable): only findings involving a new article are reported.
        #[arg(long, value_name = "DIR", requires = "paths")]
        against: Vec<String>,
        /// Check each of PATHS against its own story: the config story that lists it, else the folder it is in.
        #[arg(long, requires = "paths", conflicts_with = "against")]
        against_story: bool,
        /// Hide the findings this baseline file lists (default: the config's `baseline`).
        #[arg(long, value_name = "FILE")]
        baseline: Option<String>,
        #[command(flatten)]
        rules: RuleArgs,
        #[command(flatten)]
        config: ConfigArgs,
        #[command(flatten)]
        output: OutputArgs,
        /// Exit with 1 when a finding reaches this severity [default: the config's `fail-on`, else error].
        #[arg(long, value_enum)]
        fail_on: Option<FailOn>,
        /// Always exit 0 on findings (advisory runs); errors still exit 2.
        #[arg(long)]
        exit_zero: bool,
    },
    /// Write the current findings to a baseline file, so `check` hides them from now on.
    Baseline {
        /// Article files or directories; without paths, the config's stories.
        paths: Vec<String>,
        /// Where to write [default: the config's `baseline`, else crosscheck-baseline.json].
        #[arg(long, short, value_name = "FILE")]
        output: Option<String>,
        #[command(flatten)]
        rules: RuleArgs,
        #[command(flatten)]
        config: ConfigArgs,
    },
    /// Write a commented starter crosscheck.yaml in the current folder.
    Init,
    /// Print the claims extracted from articles.
    Extract {
        #[arg(required = true)]
        paths: Vec<String>,
        #[command(flatten)]
        rules: RuleArgs,
        #[command(flatten)]
        output: OutputArgs,
    },
    /// Score the report on the articles beside EXPECTED against it.
    Eval {
        /// Expected files (the format of seeds/expected.yaml); the articles are read from each file's folder.
        #[arg(required = true)]
        expected: Vec<String>,
        #[command(flatten)]
        rules: RuleArgs,
    },
    /// Print a rule kind's reference page, or list the kinds.
    Rule {
        /// A rule kind id (number-mismatch, name-variant, date-mismatch).
        id: Option<String>,
    },
    /// Write and test rules: validate rule files, run rule tests, print the rule reference.
    Rules {
        #[command(subcommand)]
        command: RulesCommand,
    },
}

#[derive(Subcommand)]
enum RulesCommand {
    /// Check rule files or folders without running them (exit 2 when one is invalid).
    Validate {
        /// Rule files, or folders of *.yaml / *.yml.
        #[arg(required = true)]
        paths: Vec<String>,
    },
    /// Run rule tests: folders with articles, an expected.yaml and optional *.rules.yaml or rules/.
    Test {
        /// A rule test folder, or a folder searched for expected.yaml files.
        #[arg(required = true)]
        dirs: Vec<String>,
        #[command(flatten)]
        rules: RuleArgs,
    },
    /// Print the rule reference in Markdown (the source of docs/rules.md).
    Docs,
}

#[derive(Args)]
struct RuleArgs {
    /// Add a rule file or folder after the default pack (repeatable).
    #[arg(long = "rules", value_name = "PATH")]
    rules: Vec<String>,
    /// Do not load the default rule pack.
    #[arg(long)]
    no_default_rules: bool,
}

#[derive(Args)]
struct ConfigArgs {
    /// Use this config file instead of looking for crosscheck.yaml or .crosscheck.yaml from the current folder up.
    #[arg(long, value_name = "FILE")]
    config: Option<String>,
    /// Use no config file.
    #[arg(long, conflicts_with = "config")]
    no_config: bool,
}

#[derive(Args)]
struct OutputArgs {
    /// Output format.
    #[arg(long, value_enum, default_value_t = FormatArg::Human)]
    format: FormatArg,
    /// Colour in the human format.
    #[arg(long, value_enum, default_value_t = ColorArg::Auto)]
    color: ColorArg,
}

#[derive(Clone, Copy, ValueEnum)]
enum FormatArg {
    /// For the terminal.
    Human,
    /// The versioned JSON contract.
    Json,
    /// One JSON finding per line.
    Jsonl,
    /// The editorial review, in Markdown.
    Markdown,
    /// The editorial review, one self-contained HTML file.
    Html,
    /// SARIF 2.1.0, for code-scanning tools.
    Sarif,
    /// GitHub Actions annotations.
    Github,
}

#[derive(Clone, Copy, ValueEnum)]
enum ColorArg {
    Auto,
    Always,
    Never,
}

#[derive(Clone, Copy, ValueEnum)]
enum FailOn {
    Error,
    Warning,
    Info,
    Never,
}

impl From<FailOn> for config::FailOn {
    fn from(f: FailOn) -> Self {
        match f {
            FailOn::Error => config::FailOn::Error,
            FailOn::Warning => config::FailOn::Warning,
            FailOn::Info => config::FailOn::Info,
            FailOn::Never => config::FailOn::Never,
        }
    }
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match run(cli) {
        Ok(code) => ExitCode::from(code),
        Err(message) => {
            eprintln!("error: {message}");
            ExitCode::from(2)
        }
    }
}

fn load_rules(args: &RuleArgs) -> Result<RuleSet, String> {
    load::ruleset(&args.rules, args.no_default_rules).map_err(|e| e.to_string())
}

/// Read the articles; unreadable ones are reported on stderr and skipped,
/// and the count of them is returned beside the rest.
fn load_articles(paths: &[String]) -> (Vec<article::Article>, usize) {
    let (files, mut errors) = article::collect_paths(paths);
    let mut articles = Vec::new();
    for f in files {
        match article::read(&f) {
            Ok(a) => articles.push(a),
            Err(e) => errors.push(e),
        }
    }
    for e in &errors {
        eprintln!("error: {e}");
    }
    (articles, errors.len())
}

fn use_color(arg: ColorArg, format: FormatArg) -> bool {
    if !matches!(format, FormatArg::Human) {
        return false;
    }
    match arg {
        ColorArg::Always => true,
        ColorArg::Never => false,
        ColorArg::Auto => {
            std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
                && std::io::stdout().is_terminal()
        }
    }
}

fn emit(s: &str) -> Result<(), String> {
    let mut out = std::io::stdout().lock();
    match out.write_all(s.as_bytes()).and_then(|_| out.flush()) {
        Ok(()) => Ok(()),
        // A closed pipe (`| head`) is not an error worth reporting.
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(()),
        Err(e) => Err(format!("cannot write output: {e}")),
    }
}

/// What `check` and `baseline` share: the config, the rules, the selector.
struct Setup {
    config: Option<Config>,
    set: RuleSet,
    selector: Selector,
}

/// The outcome of checking every story.
struct Run {
    report: Report,
    /// Unreadable inputs (already reported on stderr).
    errors: usize,
    /// Fingerprints of every finding, before any was hidden.
    seen: HashSet<String>,
    /// File names of every article read.
    checked: HashSet<String>,
}

impl Setup {
    fn new(args: &ConfigArgs, rules: &RuleArgs) -> Result<Setup, String> {
        let cwd = std::env::current_dir().map_err(|e| format!("no working directory: {e}"))?;
        let path = if args.no_config {
            None
        } else if let Some(p) = &args.config {
            Some(PathBuf::from(p))
        } else {
            config::discover(&cwd).map_err(|e| e.to_string())?
        };
        let config = match path {
            Some(p) => Some(config::load(&p).map_err(|e| e.to_string())?),
            None => None,
        };
        // Command-line flags win: their rule files load last, and
        // --no-default-rules drops the pack whatever the config says.
        let mut paths = config.as_ref().map(Config::rule_paths).unwrap_or_default();
        paths.extend(rules.rules.iter().cloned());
        let no_default = rules.no_default_rules
            || config
                .as_ref()
                .is_some_and(|c| c.file.default_rules == Some(false));
        let mut set = load::ruleset(&paths, no_default).map_err(|e| e.to_string())?;
        if let Some(c) = &config {
            c.apply_severities(&mut set).map_err(|e| e.to_string())?;
        }
        let selector = Selector::new(&cwd, config.as_ref()).map_err(|e| e.to_string())?;
        Ok(Setup {
            config,
            set,
            selector,
        })
    }

    /// The stories to check; unreadable inputs are reported and counted.
    fn stories(
        &self,
        paths: &[String],
        against: &[String],
        against_story: bool,
    ) -> Result<(Vec<Story>, usize), String> {
        let (stories, errors) =
            if against_story {
                self.selector.against_own_story(paths, self.config.as_ref())
            } else if !against.is_empty() {
                let (s, e) = self.selector.against(paths, against);
                (vec![s], e)
            } else if !paths.is_empty() {
                let (s, e) = self.selector.paths(paths);
                (vec![s], e)
            } else {
                match &self.config {
                    Some(c) if !c.file.stories.is_empty() || !c.file.story_folders.is_empty() => {
                        self.selector.config_stories(c)
                    }
                    _ => return Err(
                        "nothing to check: give article paths, or list stories in crosscheck.yaml"
                            .into(),
                    ),
                }
            };
        for e in &errors {
            eprintln!("error: {e}");
        }
        Ok((stories, errors.len()))
    }

    /// Check each story, hide baselined and suppressed findings, merge.
    fn check(
        &self,
        (stories, mut errors): (Vec<Story>, usize),
        accepted: Option<&baseline::Baseline>,
    ) -> Result<Run, String> {
        let known: Vec<&str> = self.set.rules.iter().map(|r| r.id.as_str()).collect();
        let mut reports = Vec::new();
        let mut seen = HashSet::new();
        let mut checked = HashSet::new();
        for story in stories {
            let (articles, e) = load_articles(&story.files);
            errors += e;
            if articles.is_empty() {
                continue;
            }
            for a in &articles {
                if let Some(name) = Path::new(&a.path).file_name() {
                    checked.insert(name.to_string_lossy().into_owned());
                }
            }
            let mut report = check(articles, &self.set);
            seen.extend(baseline::fingerprints(&report));
            if let Some(new) = &story.new {
                story::keep_involving(&mut report, new);
            }
            if let Some(b) = accepted {
                b.hide(&mut report);
            }
            for w in suppress::apply(&mut report, &known) {
                eprintln!("warning: {w}");
            }
            reports.push(report);
        }
        let report = story::merge(reports).ok_or("no articles to check")?;
        Ok(Run {
            report,
            errors,
            seen,
            checked,
        })
    }
}

fn run(cli: Cli) -> Result<u8, String> {
    match cli.command {
        Command::Check {
            paths,
            against,
            against_story,
            baseline,
            rules,
            config,
            output,
            fail_on,
            exit_zero,
        } => {
            let setup = Setup::new(&config, &rules)?;
            let stories = setup.stories(&paths, &against, against_story)?;
            let baseline_path = baseline.or_else(|| {
                let c = setup.config.as_ref()?;
                c.file.baseline.as_deref().map(|b| c.resolve(b))
            });
            let accepted = match &baseline_path {
                Some(p) => Some(baseline::read(Path::new(p)).map_err(|e| e.to_string())?),
                None => None,
            };
            let run = setup.check(stories, accepted.as_ref())?;
            if let (Some(b), Some(p)) = (&accepted, &baseline_path) {
                for e in b.stale(&run.seen, &run.checked) {
                    eprintln!(
                        "warning: {p}: stale baseline entry {} {}: no finding matches it any more",
                        e.rule, e.fingerprint
                    );
                }
            }
            let format = match output.format {
                FormatArg::Human => Format::Human,
                FormatArg::Json => Format::Json,
                FormatArg::Jsonl => Format::Jsonl,
                FormatArg::Markdown => Format::Markdown,
                FormatArg::Html => Format::Html,
                FormatArg::Sarif => Format::Sarif,
                FormatArg::Github => Format::Github,
            };
            emit(&report::render(
                &run.report,
                format,
                use_color(output.color, output.format),
            ))?;
            if run.errors > 0 {
                return Ok(2);
            }
            let fail_on = match fail_on {
                Some(f) => f.into(),
                None => setup
                    .config
                    .as_ref()
                    .and_then(|c| c.file.fail_on)
                    .unwrap_or(config::FailOn::Error),
            };
            let failing = fail_on
                .threshold()
                .is_some_and(|t| run.report.findings.iter().any(|f| f.severity >= t));
            Ok(if failing && !exit_zero { 1 } else { 0 })
        }
        Command::Baseline {
            paths,
            output,
            rules,
            config,
        } => {
            let setup = Setup::new(&config, &rules)?;
            let stories = setup.stories(&paths, &[], false)?;
            let run = setup.check(stories, None)?;
            let path = output
                .or_else(|| {
                    let c = setup.config.as_ref()?;
                    c.file.baseline.as_deref().map(|b| c.resolve(b))
                })
                .unwrap_or_else(|| baseline::DEFAULT_PATH.to_string());
            let mut b = baseline::Baseline::default();
            baseline::add(&mut b, &run.report);
            baseline::write(Path::new(&path), &b).map_err(|e| e.to_string())?;
            emit(&format!(
                "wrote {} finding{} to {path}\n",
                b.findings.len(),
                if b.findings.len() == 1 { "" } else { "s" }
            ))?;
            Ok(if run.errors > 0 { 2 } else { 0 })
        }
        Command::Init => {
            let path = config::init(Path::new("")).map_err(|e| e.to_string())?;
            emit(&format!(
                "wrote {}; edit it to name your stories\n",
                path.display()
            ))?;
            Ok(0)
        }
        Command::Extract {
            paths,
            rules,
            output,
        } => {
            let set = load_rules(&rules)?;
            let (articles, errors) = load_articles(&paths);
            let report = check(
                articles,
                &RuleSet {
                    rules: Vec::new(),
                    lexicon: set.lexicon,
                },
            );
            let text = match output.format {
                FormatArg::Json => report::json::render_claims(&report),
                FormatArg::Human => {
                    let mut s = String::new();
                    for c in &report.claims {
                        let (line, col) = report::position(&report, c);
                        s.push_str(&format!(
                            "{}:{}:{}: {} {:?} = {}\n",
                            report.articles[c.source].path,
                            line,
                            col,
                            c.kind.as_str(),
                            c.text,
                            c.value_string()
                        ));
                    }
                    s
                }
                _ => return Err("`extract` prints --format human or json".into()),
            };
            emit(&text)?;
            Ok(if errors == 0 { 0 } else { 2 })
        }
        Command::Eval { expected, rules } => {
            let set = load_rules(&rules)?;
            let mut total = eval::Score::default();
            for path in &expected {
                let (score, _) = eval::evaluate(path, &set).map_err(|e| e.to_string())?;
                emit(&score.render(path))?;
                total.add(&score);
            }
            if expected.len() > 1 {
                total.notes.clear();
                emit(&total.render("total"))?;
            }
            Ok(0)
        }
        Command::Rule { id } => match id {
            None => {
                emit(&rules::docs::list())?;
                Ok(0)
            }
            Some(id) => match rules::kind_info(&id) {
                Some(k) => {
                    let pack = load::default_pack().map_err(|e| e.to_string())?;
                    emit(&rules::docs::page(k, &pack))?;
                    Ok(0)
                }
                None => Err(format!(
                    "unknown rule kind `{id}`; known kinds: {}",
                    rules::KINDS
                        .iter()
                        .map(|k| k.id)
                        .collect::<Vec<_>>()
                        .join(", ")
                )),
            },
        },
        Command::Rules { command } => run_rules(command),
    }
}

fn run_rules(command: RulesCommand) -> Result<u8, String> {
    match command {
        RulesCommand::Validate { paths } => {
            let mut s = String::new();
            let mut invalid = false;
            for result in load::validate(&paths) {
                match result {
                    Ok(file) => s.push_str(&format!("{file}\n")),
                    Err(e) => {
                        invalid = true;
                        s.push_str(&format!("error: {e}\n"));
                    }
                }
            }
            emit(&s)?;
            Ok(if invalid { 2 } else { 0 })
        }
        RulesCommand::Test { dirs, rules } => {
            let (mut passed, mut failed, mut errors) = (0, 0, 0);
            for dir in &dirs {
                let tests = match ruletest::discover(dir) {
                    Ok(t) => t,
                    Err(e) => {
                        errors += 1;
                        emit(&format!("error: {e}\n"))?;
                        continue;
                    }
                };
                for expected in tests {
                    match ruletest::run(&expected, &rules.rules, rules.no_default_rules) {
                        Ok(outcome) => {
                            if outcome.passed() {
                                passed += 1;
                            } else {
                                failed += 1;
                            }
                            emit(&outcome.render())?;
                        }
                        Err(e) => {
                            errors += 1;
                            emit(&format!("error: {e}\n"))?;
                        }
                    }
                }
            }
            emit(&ruletest::summary(passed, failed, errors))?;
            Ok(if errors > 0 {
                2
            } else if failed > 0 {
                1
            } else {
                0
            })
        }
        RulesCommand::Docs => {
            let pack = load::default_pack().map_err(|e| e.to_string())?;
            emit(&rules::docs::markdown(&pack))?;
            Ok(0)
        }
    }
}
