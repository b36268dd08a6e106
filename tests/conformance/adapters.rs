//! crosscheck's extractors, seen the way the peer specs see results: a
//! character span and a normalised value. Figures come from the number
//! parser (`find_numbers`) or, where a counted unit or a hedge matters, from
//! the full claim extraction; dates from the date parser (`find_times`).

use crosscheck::claim::{Role, Value};
use crosscheck::extract::number::{find_numbers, share_mentions, NumKind};
use crosscheck::extract::time::{find_times, parse_iso_date, Day, Granularity, TimeKind};
use crosscheck::extract::{extract_all, time::civil_from_days};
use crosscheck::lexicon::Lexicon;
use crosscheck::{article, rules};

use crate::spec::{Case, Expect, Item, Suite};

/// One extracted result, in the specs' terms.
#[derive(Debug, Clone)]
pub struct Got {
    pub start: usize,
    pub end: usize,
    pub text: String,
    pub value: f64,
    pub low: Option<f64>,
    pub high: Option<f64>,
    pub timex: String,
    pub days: Option<(String, String)>,
}

impl Got {
    fn new(input: &str, span: std::ops::Range<usize>, value: f64) -> Got {
        let start = input[..span.start].chars().count();
        let text = input[span].to_string();
        Got {
            start,
            end: start + text.chars().count(),
            text,
            value,
            low: Some(value),
            high: Some(value),
            timex: String::new(),
            days: None,
        }
    }
}

pub struct Extractors {
    lex: Lexicon,
}

fn iso(day: Day) -> String {
    let (y, m, d) = civil_from_days(day);
    format!("{y:04}-{m:02}-{d:02}")
}

fn close(a: f64, b: f64) -> bool {
    a == b || (a - b).abs() <= 1e-6 * a.abs().max(b.abs()).max(1e-9)
}

impl Extractors {
    pub fn new() -> Extractors {
        let set = rules::load::default_pack().expect("the default pack loads");
        Extractors { lex: set.lexicon }
    }

    /// Numbers of every kind, as the number parser reads them.
    pub fn numbers(&self, input: &str) -> Vec<Got> {
        find_numbers(input)
            .into_iter()
            .map(|n| Got::new(input, n.span.clone(), n.value))
            .collect()
    }

    fn numbers_of(&self, input: &str, keep: fn(&NumKind) -> bool) -> Vec<Got> {
        find_numbers(input)
            .into_iter()
            .filter(|n| keep(&n.kind))
            .map(|n| Got::new(input, n.span.clone(), n.value))
            .collect()
    }

    /// Figures as claims: the counted unit and hedges read, ranges joined
    /// into one result (value = midpoint, as quantulum writes them). The
    /// Range suite reads a claim's comparison or interval phrase (`phrase`:
    /// "more than thirty", "between 20 and 30") and keeps only figures read
    /// as one; the unit suites read the figure as a measurement (`figure`:
    /// "17 km" in "about 17 km", "50" in "50 cars"). Reports underline the
    /// claim's own `span`, hedge and counted noun included.
    fn quantities(&self, input: &str, ranges: bool, years: bool) -> Vec<Got> {
        let Ok(a) = article::parse("case.txt", input.to_string()) else {
            return Vec::new();
        };
        let ex = extract_all(std::slice::from_ref(&a), &self.lex);
        let mut out = Vec::new();
        for (i, c) in ex.claims.iter().enumerate() {
            let Value::Quantity(q) = &c.value else {
                continue;
            };
            if c.span.end > input.len() || (ranges && q.phrase.is_none()) {
                continue;
            }
            let span = match (&q.phrase, ranges) {
                (Some(p), true) => p.clone(),
                _ => q.figure.clone(),
            };
            // Durations are held in hours; the specs want the figure as written.
            let written = if q.duration {
                find_numbers(&input[q.figure.clone()])
                    .first()
                    .map_or(q.value, |n| n.value)
            } else {
                q.value
            };
            let mut g = Got::new(input, span.clone(), written);
            let finite = |x: f64| x.is_finite().then_some(x);
            g.low = finite(q.low).filter(|&x| x > 0.0 || q.value <= 0.0);
            g.high = finite(q.high);
            // The two ends of a range: one result, at the first of them.
            if let (Role::RangeLow | Role::RangeHigh, Some(j)) = (c.ctx.role, c.ctx.link) {
                if j < i {
                    continue;
                }
                if let Value::Quantity(q2) = &ex.claims[j].value {
                    let (lo, hi) = match c.ctx.role {
                        Role::RangeLow => (q.value, q2.value),
                        _ => (q2.value, q.value),
                    };
                    let span = if ranges {
                        span
                    } else {
                        q.figure.start..q2.figure.end
                    };
                    g = Got::new(input, span, (lo + hi) / 2.0);
                    g.low = Some(lo);
                    g.high = Some(hi);
                }
            }
            out.push(g);
        }
        // A year in figures ("in 1979") is a date claim here, but the
        // number parser reads it as the cardinal it is, and a quantity
        // extractor like quantulum reports it as a dimensionless figure:
        // when a year-granular date claim is exactly one such figure, it
        // is compared as that figure. (The peers' unit models read no
        // year, so only the Quantulum suite asks for them.)
        if years {
            let nums = find_numbers(input);
            for c in &ex.claims {
                let Value::Time(t) = &c.value else { continue };
                let year = nums
                    .iter()
                    .find(|n| n.span == c.span && n.kind == NumKind::Cardinal && !n.in_words);
                if let (Granularity::Year, Some(n)) = (t.granularity, year) {
                    out.push(Got::new(input, n.span.clone(), n.value));
                }
            }
            out.sort_by_key(|g| g.start);
        }
        out
    }

    fn times(&self, input: &str, reference: Option<&str>, days: bool) -> Vec<Got> {
        let reference = reference.and_then(parse_iso_date);
        find_times(input, reference)
            .into_iter()
            .filter(|t| t.kind == TimeKind::Calendar && t.is_single_day() == days)
            .map(|t| {
                let mut g = Got::new(input, t.span.clone(), 0.0);
                g.timex = t.timex.clone();
                g.days = t.start.zip(t.end).map(|(s, e)| (iso(s), iso(e)));
                g
            })
            .collect()
    }

    fn results(&self, suite: Suite, case: &Case) -> Vec<Got> {
        let input = case.input.as_str();
        let reference = case.reference.as_deref();
        match suite {
            // A number model reads the number in an amount of money: the
            // figure without its currency sign or word ("20" in "$20"). A
            // figure glued to a unit of measure ("180ml", "29km") is a
            // measure, as the parser's `glued_unit` and the lexicon say:
            // the claim layer reads it so, and so do the peers' unit models.
            Suite::Number => find_numbers(input)
                .into_iter()
                .filter(|n| {
                    matches!(
                        n.kind,
                        NumKind::Cardinal | NumKind::Fraction | NumKind::Money(_)
                    ) && !self.measured(n.glued_unit.as_deref())
                })
                .map(|n| Got::new(input, n.figure.clone(), n.value))
                .collect(),
            // Percentages, and shares named without a figure (no value).
            Suite::Percent => {
                let nums = find_numbers(input);
                let mut out = self.numbers_of(input, |k| matches!(k, NumKind::Percent));
                for span in share_mentions(input, &nums) {
                    let mut g = Got::new(input, span, f64::NAN);
                    (g.low, g.high) = (None, None);
                    out.push(g);
                }
                out.sort_by_key(|g| g.start);
                out
            }
            Suite::Ordinal => self.numbers_of(input, |k| matches!(k, NumKind::Ordinal)),
            Suite::Currency => self.numbers_of(input, |k| matches!(k, NumKind::Money(_))),
            Suite::Unit => self.quantities(input, false, false),
            Suite::Quantulum => self.quantities(input, false, true),
            Suite::Range => self.quantities(input, true, false),
            Suite::DateSpan | Suite::DateValue => self.times(input, reference, true),
            Suite::PeriodSpan | Suite::PeriodValue => self.times(input, reference, false),
        }
    }

    /// A glued unit that is a unit of measure in the lexicon.
    fn measured(&self, glued: Option<&str>) -> bool {
        glued
            .and_then(|g| self.lex.unit_of_noun(&g.to_lowercase()))
            .is_some_and(|u| self.lex.units[u].dimension.is_some())
    }

    /// `Ok` when the results are exactly the expected ones.
    pub fn judge(&self, suite: Suite, case: &Case) -> Result<(), String> {
        let got = self.results(suite, case);
        let mut used = vec![false; got.len()];
        let mut missing = Vec::new();
        for want in &case.expected {
            let hit = got.iter().enumerate().position(|(k, g)| {
                !used[k] && g.start == want.start && g.end == want.end && agrees(g, want)
            });
            match hit {
                Some(k) => used[k] = true,
                None => missing.push(want),
            }
        }
        let extra: Vec<&Got> = got
            .iter()
            .zip(&used)
            .filter(|(_, u)| !**u)
            .map(|(g, _)| g)
            .collect();
        if missing.is_empty() && extra.is_empty() {
            return Ok(());
        }
        let want: Vec<String> = missing.iter().map(|w| describe_want(w)).collect();
        let got: Vec<String> = extra.iter().map(|g| describe_got(suite, g)).collect();
        Err(format!(
            "want [{}] got [{}]",
            want.join(", "),
            got.join(", ")
        ))
    }

    /// The whole pipeline and both parsers run on `input` without panicking.
    pub fn survives(&self, input: &str) -> bool {
        std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
            let _ = find_numbers(input);
            let _ = find_times(input, parse_iso_date("2016-11-07"));
            if let Ok(a) = article::parse("case.txt", input.to_string()) {
                let _ = extract_all(std::slice::from_ref(&a), &self.lex);
            }
        }))
        .is_ok()
    }
}

fn agrees(g: &Got, want: &Item) -> bool {
    match &want.value {
        Expect::Span => true,
        Expect::Num(n) => close(g.value, *n),
        Expect::Null => g.value.is_nan(),
        Expect::Interval(a, b) => {
            let end = |x: Option<f64>, y: Option<f64>| match (x, y) {
                (Some(x), Some(y)) => close(x, y),
                (None, None) => true,
                _ => false,
            };
            end(g.low, *a) && end(g.high, *b)
        }
        Expect::Date { timex, readings } => {
            g.timex == *timex
                || g.days.as_ref().is_some_and(|(s, e)| {
                    readings.iter().any(|(rs, re)| {
                        rs == s
                            && (re == e
                                || parse_iso_date(e).map(|d| iso(d + 1)).as_ref() == Some(re))
                    })
                })
        }
        Expect::Unsupported(_) => false,
    }
}

fn describe_want(w: &Item) -> String {
    let v = match &w.value {
        Expect::Span => String::new(),
        Expect::Null => "=null".to_string(),
        Expect::Num(n) => format!("={n}"),
        Expect::Interval(a, b) => format!("={a:?}..{b:?}"),
        Expect::Date { timex, .. } => format!("={timex}"),
        Expect::Unsupported(s) => format!("={s}"),
    };
    format!("{:?}@{}{v}", w.text, w.start)
}

fn describe_got(suite: Suite, g: &Got) -> String {
    let v = match suite {
        Suite::DateSpan | Suite::PeriodSpan => String::new(),
        Suite::DateValue | Suite::PeriodValue => format!("={}", g.timex),
        Suite::Range => format!("={:?}..{:?}", g.low, g.high),
        _ => format!("={}", g.value),
    };
    format!("{:?}@{}{v}", g.text, g.start)
}
