//! Rules: Rust defines rule kinds, YAML defines rule instances.
//!
//! Each kind lives in one file of this folder (its `Params` with
//! `deny_unknown_fields`, its `INFO` reference page, its `check`) and takes
//! one line in the `registry!` call below. A YAML rule names its kind with
//! `kind:` and gives that kind's parameters under `params:`.

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

    /// Every kind has a reference page with the four fixed headings.
    #[test]
    fn each_kind_has_its_reference_page() {
        for k in KINDS {
            for heading in ["What it checks", "Why it matters", "Example", "Not flagged"] {
                assert!(k.doc.contains(heading), "{} lacks `{heading}`", k.id);
            }
            assert!(["number", "name", "date"].contains(&k.claim_kind));
        }
    }

    #[test]
    fn placeholders_are_checked() {
        assert_eq!(
            unknown_placeholders("{what}: {values} {nope}"),
            vec!["nope"]
        );
    }
}
