//! The `crosscheck` command line: parses arguments, loads rules and
//! articles, runs the library and writes reports. Exit status: 0 clean, 1
//! findings at or above `--fail-on`, 2 usage, input or rule errors.

use std::io::{IsTerminal, Write};
use std::process::ExitCode;

use clap::{Args, Parser, Subcommand, ValueEnum};

use crosscheck::article;
use crosscheck::report::{self, Format};
use crosscheck::rules::{self, load, RuleSet, Severity};
use crosscheck::{check, eval};

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
                FormatArg::Jsonl => Format::Jsonl,
                FormatArg::Markdown => Format::Markdown,
                FormatArg::Html => Format::Html,
                FormatArg::Sarif => Format::Sarif,
                FormatArg::Github => Format::Github,
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
                let mut s = String::new();
                for k in rules::KINDS {
                    let summary = k
                        .doc
                        .lines()
                        .find(|l| !l.is_empty() && !l.starts_with('#'))
                        .unwrap_or("");
                    s.push_str(&format!("{:<16} {}\n", k.id, summary));
                }
                emit(&s)?;
                Ok(0)
            }
            Some(id) => match rules::kind_info(&id) {
                Some(k) => {
                    emit(k.doc)?;
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
    }
}
