//! Reading the peers' spec files into one shape: an input, an optional
//! reference date, and the expected results as character spans with a
//! normalised value. Peer type names are dropped here.

use serde_json::Value as Json;
use std::path::Path;

/// How a file's cases are judged.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Suite {
    Number,
    Percent,
    Range,
    Ordinal,
    Currency,
    Unit,
    DateSpan,
    PeriodSpan,
    DateValue,
    PeriodValue,
    Quantulum,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Expect {
    /// Only the span is judged (extractor files).
    Span,
    Num(f64),
    /// Interval ends; `None` is open. Open or closed ends are not judged.
    Interval(Option<f64>, Option<f64>),
    /// A resolved date or period: its TIMEX and the (start, end) readings
    /// the peer accepts (future and past resolutions), ISO days.
    Date {
        timex: String,
        readings: Vec<(String, String)>,
    },
    /// A mention with no value (the peers' `null`: "a small percent").
    Null,
    /// A value the suite cannot express as a figure ("end+0").
    Unsupported(String),
}

#[derive(Debug, Clone, PartialEq)]
pub struct Item {
    /// Character offsets into the input, end exclusive.
    pub start: usize,
    pub end: usize,
    pub text: String,
    pub value: Expect,
}

#[derive(Debug, Clone, Default)]
pub struct Case {
    pub input: String,
    /// ISO day the peer resolved relative dates against.
    pub reference: Option<String>,
    pub expected: Vec<Item>,
}

fn read_json(path: &Path) -> Vec<Json> {
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    match serde_json::from_str::<Json>(&text) {
        Ok(Json::Array(v)) => v,
        Ok(_) => panic!("{}: not a JSON array", path.display()),
        Err(e) => panic!("{}: {e}", path.display()),
    }
}

/// Every input string of a file, whatever its shape (for the panic check).
pub fn inputs(path: &Path) -> Vec<String> {
    read_json(path)
        .into_iter()
        .filter_map(|c| match c {
            Json::String(s) => Some(s),
            Json::Object(o) => o
                .get("Input")
                .or_else(|| o.get("req"))
                .and_then(Json::as_str)
                .map(str::to_string),
            _ => None,
        })
        .collect()
}

fn num(v: &Json) -> Option<f64> {
    match v {
        Json::Number(n) => n.as_f64(),
        Json::String(s) => s.trim().trim_end_matches('%').parse().ok(),
        _ => None,
    }
}

/// "[20,35)", "(30,)", "(,100]" -> ends.
fn interval(s: &str) -> Option<(Option<f64>, Option<f64>)> {
    let inner = s.get(1..s.len().checked_sub(1)?)?;
    let (a, b) = inner.split_once(',')?;
    let end = |t: &str| -> Option<Option<f64>> {
        let t = t.trim();
        if t.is_empty() {
            Some(None)
        } else {
            t.parse().ok().map(Some)
        }
    };
    Some((end(a)?, end(b)?))
}

fn day(s: &str) -> String {
    s.get(..10).unwrap_or(s).to_string()
}

fn readings(value: &Json) -> Vec<(String, String)> {
    let mut out = Vec::new();
    for key in ["FutureResolution", "PastResolution"] {
        let Some(r) = value.get(key) else { continue };
        let pair = if let Some(d) = r.get("date").and_then(Json::as_str) {
            (day(d), day(d))
        } else if let (Some(a), Some(b)) = (
            r.get("startDate").and_then(Json::as_str),
            r.get("endDate").and_then(Json::as_str),
        ) {
            (day(a), day(b))
        } else {
            continue;
        };
        if !out.contains(&pair) {
            out.push(pair);
        }
    }
    out
}

fn recognizer_item(r: &Json, suite: Suite) -> Option<Item> {
    let text = r.get("Text")?.as_str()?.to_string();
    let start = r.get("Start")?.as_u64()? as usize;
    let end = match (r.get("End"), r.get("Length")) {
        (Some(e), _) => e.as_u64()? as usize + 1,
        (None, Some(l)) => start + l.as_u64()? as usize,
        _ => return None,
    };
    let resolution = r.get("Resolution").or_else(|| r.get("Value"));
    let value = match suite {
        Suite::DateSpan | Suite::PeriodSpan => Expect::Span,
        Suite::DateValue | Suite::PeriodValue => {
            let v = resolution?;
            Expect::Date {
                timex: v.get("Timex").and_then(Json::as_str)?.to_string(),
                readings: readings(v),
            }
        }
        Suite::Range => {
            let s = resolution?.get("value")?.as_str()?;
            match interval(s) {
                Some((a, b)) => Expect::Interval(a, b),
                None => Expect::Unsupported(s.to_string()),
            }
        }
        _ => {
            let v = resolution?.get("value")?;
            match num(v) {
                Some(n) => Expect::Num(n),
                None if v.is_null() || v.as_str() == Some("null") => Expect::Null,
                None => Expect::Unsupported(v.to_string()),
            }
        }
    };
    Some(Item {
        start,
        end,
        text,
        value,
    })
}

/// quantulum counts in dozens and grosses as units ("a dozen eggs" is 1
/// dozen); crosscheck counts the items (12 eggs). The value is normalised
/// to items, as other unit names map to ours.
fn items_per(r: &Json) -> f64 {
    match r.get("unit").and_then(Json::as_str) {
        Some("dozen") => 12.0,
        Some("baker's dozen") => 13.0,
        Some("gross") => 144.0,
        _ => 1.0,
    }
}

fn quantulum_case(c: &Json) -> Option<Case> {
    let input = c.get("req")?.as_str()?.to_string();
    let mut expected = Vec::new();
    let mut from = 0usize;
    for r in c.get("res")?.as_array()? {
        let surface = r.get("surface")?.as_str()?;
        let byte = from + input.get(from..)?.find(surface)?;
        from = byte + surface.len();
        let start = input[..byte].chars().count();
        expected.push(Item {
            start,
            end: start + surface.chars().count(),
            text: surface.to_string(),
            value: Expect::Num(num(r.get("value")?)? * items_per(r)),
        });
    }
    Some(Case {
        input,
        reference: None,
        expected,
    })
}

/// The cases of one spec file.
pub fn load(path: &Path, suite: Suite) -> Vec<Case> {
    read_json(path)
        .iter()
        .map(|c| {
            if suite == Suite::Quantulum {
                return quantulum_case(c).unwrap_or_else(|| panic!("unreadable case {c}"));
            }
            let input = c["Input"].as_str().unwrap_or_default().to_string();
            let reference = c
                .get("Context")
                .and_then(|x| x.get("ReferenceDateTime"))
                .and_then(Json::as_str)
                .map(day);
            let expected = c["Results"]
                .as_array()
                .map(|rs| {
                    rs.iter()
                        .map(|r| {
                            recognizer_item(r, suite)
                                .unwrap_or_else(|| panic!("unreadable result {r}"))
                        })
                        .collect()
                })
                .unwrap_or_default();
            Case {
                input,
                reference,
                expected,
            }
        })
        .collect()
}
