//! Rules: Rust defines rule kinds, YAML defines rule instances.
//!
//! Each kind lives in one file of this folder (its `Params` with
//! `deny_unknown_fields`, its `INFO` whose doc comment is the kind's
//! reference page, its `check`) and takes
//! one line in the `registry!` call below. A YAML rule names its kind with
//! `kind:` and gives that kind's parameters under `params:`.

pub mod docs;
pub mod load;

use serde::de::{self, Deserializer, MapAccess, Visitor};
use serde::Deserialize;

use crate::engine::Context;
use crate::finding::Finding;
use crate::lexicon::Lexicon;

/// A rule kind's reference page and identity.
#[derive(Debug)]
pub struct KindInfo {
    /// Stable id that names the problem (`number-mismatch`).
    pub id: &'static str,
    /// The claim kind it compares (`number`, `name`, `date`).
    pub claim_kind: &'static str,
    /// Reference page: What it checks / Why it matters / Example / Not flagged.
    pub doc: &'static str,
}

/// Length of `s` once the one space a `///` comment puts before each line
/// is dropped.
pub const fn unindented_len(s: &str) -> usize {
    let b = s.as_bytes();
    let (mut i, mut n, mut line_start) = (0, 0, true);
    while i < b.len() {
        if !(line_start && b[i] == b' ') {
            n += 1;
        }
        line_start = b[i] == b'\n';
        i += 1;
    }
    n
}

/// `s` without the one space a `///` comment puts before each line; `N` is
/// `unindented_len(s)`.
pub const fn unindent<const N: usize>(s: &str) -> [u8; N] {
    let b = s.as_bytes();
    let mut out = [0u8; N];
    let (mut i, mut n, mut line_start) = (0, 0, true);
    while i < b.len() {
        if !(line_start && b[i] == b' ') {
            out[n] = b[i];
            n += 1;
        }
        line_start = b[i] == b'\n';
        i += 1;
    }
    out
}

/// A kind's `INFO`, with its doc comment as the single source of its
/// reference page: the `///` lines stay rustdoc on `INFO` and become
/// `KindInfo::doc` (one leading space per line dropped), so `cargo doc`,
/// `crosscheck rule ID`, docs/rules.md and SARIF show the same text.
macro_rules! kind_info {
    ($(#[doc = $d:literal])* id: $id:literal, claim_kind: $ck:literal $(,)?) => {
        $(#[doc = $d])*
        pub const INFO: $crate::rules::KindInfo = $crate::rules::KindInfo {
            id: $id,
            claim_kind: $ck,
            doc: {
                const RAW: &str = concat!($($d, "\n"),*);
                const PAGE: [u8; $crate::rules::unindented_len(RAW)] = $crate::rules::unindent(RAW);
                match ::std::str::from_utf8(&PAGE) {
                    Ok(s) => s,
                    Err(_) => panic!("a doc comment is UTF-8"),
                }
            },
        };
    };
}

macro_rules! registry {
    ($($variant:ident => $module:ident),* $(,)?) => {
        $(pub mod $module;)*

        /// The parameters of a rule, by kind.
        #[derive(Debug, Clone)]
        pub enum Params { $($variant($module::Params),)* }

        /// Every rule kind, in registry order.
        pub const KINDS: &[&KindInfo] = &[$(&$module::INFO,)*];

        fn parse_params<'de, D: Deserializer<'de>>(kind: &str, d: D) -> Result<Params, D::Error> {
            $(if kind == $module::INFO.id {
                return $module::Params::deserialize(d).map(Params::$variant);
            })*
            Err(de::Error::custom(format!("unknown rule kind `{kind}`")))
        }

        fn default_params(kind: &str) -> Option<Params> {
            $(if kind == $module::INFO.id {
                return Some(Params::$variant($module::Params::default()));
            })*
            None
        }

        /// A rule's parameters serialize as the kind's params would be written.
        impl serde::Serialize for Params {
            fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                match self {
                    $(Params::$variant(p) => p.serialize(s),)*
                }
            }
        }

        /// Run one rule over the claims.
        pub fn run(rule: &Rule, ctx: &Context, out: &mut Vec<Finding>) {
            match &rule.params {
                $(Params::$variant(p) => $module::check(p, rule, ctx, out),)*
            }
        }
    };
}

registry! {
    NumberMismatch => number_mismatch,
    NameVariant => name_variant,
    DateMismatch => date_mismatch,
}

impl KindInfo {
    /// The page's one-line summary: its first line that is not a heading.
    pub fn summary(&self) -> &'static str {
        self.doc
            .lines()
            .find(|l| !l.trim().is_empty() && !l.starts_with('#'))
            .unwrap_or("")
    }
}

/// Look a kind up by id.
pub fn kind_info(id: &str) -> Option<&'static KindInfo> {
    KINDS.iter().copied().find(|k| k.id == id)
}

#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Deserialize, serde::Serialize,
)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Info,
    Warning,
    Error,
}

impl Severity {
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Info => "info",
            Severity::Warning => "warning",
            Severity::Error => "error",
        }
    }
}

impl std::str::FromStr for Severity {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        match s {
            "info" => Ok(Severity::Info),
            "warning" => Ok(Severity::Warning),
            "error" => Ok(Severity::Error),
            _ => Err(format!(
                "unknown severity `{s}` (expected error, warning or info)"
            )),
        }
    }
}

/// One rule instance, as loaded from YAML.
#[derive(Debug, Clone)]
pub struct Rule {
    pub id: String,
    pub kind: &'static KindInfo,
    pub severity: Severity,
    /// Message template; placeholders: {what} {values} {unit} {subject} {rule}.
    pub message: String,
    pub params: Params,
}

/// The placeholders a message template may use.
pub const PLACEHOLDERS: &[&str] = &["what", "values", "unit", "subject", "rule"];

impl Rule {
    /// Fill the message template.
    pub fn render_message(&self, what: &str, values: &str, unit: &str, subject: &str) -> String {
        self.message
            .replace("{what}", what)
            .replace("{values}", values)
            .replace("{unit}", unit)
            .replace("{subject}", subject)
            .replace("{rule}", &self.id)
    }
}

/// All rules plus the merged lexicon.
#[derive(Debug, Clone)]
pub struct RuleSet {
    pub rules: Vec<Rule>,
    pub lexicon: Lexicon,
}

/// Two subjects or entities name the same thing (number-mismatch's
/// subjects, date-mismatch's shared names): one inside the other, word by word
/// ("Seoul" / "Seoul Central District Court"), or a common noun ("the
/// company") and a name of an organisation of the same kind or of no
/// known kind.
pub(crate) fn same_entity(x: &str, y: &str, lex: &Lexicon) -> bool {
    let (lx, ly) = (x.to_lowercase(), y.to_lowercase());
    let (wx, wy): (Vec<&str>, Vec<&str>) = (
        lx.split_whitespace().collect(),
        ly.split_whitespace().collect(),
    );
    let (short, long) = if wx.len() <= wy.len() {
        (&wx, &wy)
    } else {
        (&wy, &wx)
    };
    if long
        .windows(short.len().max(1))
        .any(|w| w == short.as_slice())
    {
        return true;
    }
    let common = |s: &str| s.chars().next().is_some_and(char::is_lowercase);
    if common(x) || common(y) {
        return match (lex.org_class(x), lex.org_class(y)) {
            (Some(a), Some(b)) => a == b,
            _ => true,
        };
    }
    false
}

/// Placeholders in a template that are not known.
fn unknown_placeholders(template: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut rest = template;
    while let Some(i) = rest.find('{') {
        let after = &rest[i + 1..];
        match after.find('}') {
            Some(j) => {
                let name = &after[..j];
                if !PLACEHOLDERS.contains(&name) {
                    out.push(name.to_string());
                }
                rest = &after[j + 1..];
            }
            None => break,
        }
    }
    out
}

impl<'de> Deserialize<'de> for Rule {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Rule, D::Error> {
        d.deserialize_map(RuleVisitor)
    }
}

struct RuleVisitor;

const FIELDS: &[&str] = &["id", "kind", "severity", "message", "params"];

impl<'de> Visitor<'de> for RuleVisitor {
    type Value = Rule;

    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str("a rule: a mapping with id, kind, severity, message and params")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Rule, A::Error> {
        let mut id: Option<String> = None;
        let mut kind: Option<&'static KindInfo> = None;
        let mut severity: Option<Severity> = None;
        let mut message: Option<String> = None;
        let mut params: Option<Params> = None;
        while let Some(key) = map.next_key::<String>()? {
            match key.as_str() {
                "id" => id = Some(map.next_value()?),
                "kind" => {
                    let k: String = map.next_value()?;
                    kind = Some(kind_info(&k).ok_or_else(|| {
                        let known: Vec<&str> = KINDS.iter().map(|k| k.id).collect();
                        de::Error::custom(format!(
                            "unknown rule kind `{k}`, expected one of: {}",
                            known.join(", ")
                        ))
                    })?);
                }
                "severity" => severity = Some(map.next_value()?),
                "message" => {
                    let m: String = map.next_value()?;
                    let bad = unknown_placeholders(&m);
                    if !bad.is_empty() {
                        return Err(de::Error::custom(format!(
                            "unknown placeholder {{{}}} in message, expected one of: {}",
                            bad[0],
                            PLACEHOLDERS
                                .iter()
                                .map(|p| format!("{{{p}}}"))
                                .collect::<Vec<_>>()
                                .join(" ")
                        )));
                    }
                    message = Some(m);
                }
                "params" => {
                    let Some(k) = kind else {
                        return Err(de::Error::custom("`kind` must be given before `params`"));
                    };
                    params = Some(map.next_value_seed(ParamsSeed(k.id))?);
                }
                other => return Err(de::Error::unknown_field(other, FIELDS)),
            }
        }
        let id = id.ok_or_else(|| de::Error::missing_field("id"))?;
        let kind = kind.ok_or_else(|| de::Error::missing_field("kind"))?;
        let params = match params {
            Some(p) => p,
            None => default_params(kind.id).ok_or_else(|| de::Error::custom("no such kind"))?,
        };
        Ok(Rule {
            id,
            kind,
            severity: severity.unwrap_or(Severity::Warning),
            message: message.unwrap_or_else(|| "{what}: {values}".to_string()),
            params,
        })
    }
}

struct ParamsSeed(&'static str);

impl<'de> de::DeserializeSeed<'de> for ParamsSeed {
    type Value = Params;
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<Params, D::Error> {
        parse_params(self.0, d)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The `///` lines of a kind become its page without the space each
    /// comment line starts with, and nothing else changes.
    #[test]
    fn doc_lines_lose_one_leading_space() {
        const RAW: &str = " # t\n\n  indented\n one\n";
        const PAGE: [u8; unindented_len(RAW)] = unindent(RAW);
        assert_eq!(
            std::str::from_utf8(&PAGE).unwrap(),
            "# t\n\n indented\none\n"
        );
        let k = kind_info("date-mismatch").unwrap();
        assert!(
            k.doc.starts_with("# date-mismatch\n\nOne event dated"),
            "{}",
            k.doc
        );
        assert_eq!(
            k.summary(),
            "One event dated differently by different sources."
        );
    }

    #[test]
    fn placeholders_are_checked() {
        assert_eq!(
            unknown_placeholders("{what}: {values} {nope}"),
            vec!["nope"]
        );
    }
}
