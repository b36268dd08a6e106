//! The `crosscheck` command line: parses arguments, loads rules and
//! articles, runs the library and writes reports; `rules` holds the rule
//! author's commands (validate, test, docs). Exit status: 0 clean, 1
//! findings at or above `--fail-on`, 2 usage, input or rule errors.

use std::io::{IsTerminal, Write};
use std::process::ExitCode;

use clap::{Args, Parser, Subcommand, ValueEnum};

use crosscheck::article;
use crosscheck::report::{self, Format};
use crosscheck::rules::{self, load, RuleSet, Severity};
use crosscheck::{check, eval, ruletest};

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
        /// Article files or directories (*.txt, *.md, *.markdown); `-` reads standard input.
        #[arg(required = true)]
        paths: Vec<String>,
        #[command(flatten)]
        rules: RuleArgs,
        #[command(flatten)]
        output: OutputArgs,
        /// Exit with 1 when a finding reaches this severity.
        #[arg(long, value_enum, default_value_t = FailOn::Error)]
        fail_on: FailOn,
        /// Always exit 0 on findings (advisory runs); errors still exit 2.
        #[arg(long)]
        exit_zero: bool,
    },
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
    Human,
    Json,
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

fn run(cli: Cli) -> Result<u8, String> {
    match cli.command {
        Command::Check {
            paths,
            rules,
            output,
            fail_on,
            exit_zero,
        } => {
            let set = load_rules(&rules)?;
            let (articles, errors) = load_articles(&paths);
            if articles.is_empty() {
                return Err("no articles to check".into());
            }
            let report = check(articles, &set);
            let format = match output.format {
                FormatArg::Human => Format::Human,
                FormatArg::Json => Format::Json,
            };
            emit(&report::render(
                &report,
                format,
                use_color(output.color, output.format),
            ))?;
            if errors > 0 {
                return Ok(2);
            }
            let threshold = match fail_on {
                FailOn::Error => Some(Severity::Error),
                FailOn::Warning => Some(Severity::Warning),
                FailOn::Info => Some(Severity::Info),
                FailOn::Never => None,
            };
            let failing =
                threshold.is_some_and(|t| report.findings.iter().any(|f| f.severity >= t));
            Ok(if failing && !exit_zero { 1 } else { 0 })
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
