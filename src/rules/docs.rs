//! Rule reference pages as text: the list of kinds, one kind's page (its
//! doc comment plus the rule instances of a pack that use it) and
//! `docs/rules.md`, all built from the same `KindInfo::doc`. Returns
//! strings; `main.rs` prints them.

use serde::Serialize;

use super::{load, KindInfo, Params, Rule, RuleSet, Severity, KINDS};

/// The command that regenerates `docs/rules.md`.
pub const REGENERATE: &str = "cargo run -- rules docs > docs/rules.md";

/// One line per kind: id and summary.
pub fn list() -> String {
    KINDS
        .iter()
        .map(|k| format!("{:<16} {}\n", k.id, k.summary()))
        .collect()
}

/// A rule instance written out the way a rule file holds it.
#[derive(Serialize)]
struct Written<'a> {
    id: &'a str,
    kind: &'a str,
    severity: Severity,
    message: &'a str,
    params: &'a Params,
}

/// The rules of `pack` that use `kind`, as a YAML block, or `None`.
fn instances(kind: &KindInfo, pack: &RuleSet) -> Option<String> {
    let written: Vec<Written> = pack
        .rules
        .iter()
        .filter(|r| r.kind.id == kind.id)
        .map(|r: &Rule| Written {
            id: &r.id,
            kind: r.kind.id,
            severity: r.severity,
            message: &r.message,
            params: &r.params,
        })
        .collect();
    (!written.is_empty()).then(|| load::to_yaml(&written))
}

/// A kind's reference page followed by the rules of `pack` that use it.
pub fn page(kind: &KindInfo, pack: &RuleSet) -> String {
    let mut s = kind.doc.to_string();
    s.push_str("\n## In the default pack\n");
    match instances(kind, pack) {
        Some(yaml) => {
            s.push_str(
                "Rules of this kind in the default pack, with every parameter spelled \
                 out;\na rule file that reuses an `id` replaces that rule.\n\n```yaml\n",
            );
            s.push_str(&yaml);
            s.push_str("```\n");
        }
        None => s.push_str("No rule of the default pack uses this kind.\n"),
    }
    s
}

/// `docs/rules.md`: an index of the kinds, then every kind's page with its
/// headings one level down.
pub fn markdown(pack: &RuleSet) -> String {
    let mut s = format!(
        "# Rule reference\n\n\
         <!-- Generated from the rule kinds' doc comments and the default pack; \
         do not edit. Regenerate with `{REGENERATE}`. -->\n\n\
         Rust defines rule kinds; YAML rule files define rule instances \
         (`kind:` plus `params:`). `crosscheck rule ID` prints the same page \
         in the terminal.\n\n\
         | kind | what it flags |\n|---|---|\n"
    );
    for k in KINDS {
        s.push_str(&format!("| [`{}`](#{}) | {} |\n", k.id, k.id, k.summary()));
    }
    for k in KINDS {
        s.push('\n');
        let mut fenced = false;
        for line in page(k, pack).lines() {
            if line.starts_with("```") {
                fenced = !fenced;
            }
            if !fenced && line.starts_with('#') {
                s.push('#');
            }
            s.push_str(line);
            s.push('\n');
        }
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_page_lists_the_pack_rules_of_its_kind_only() {
        let pack = load::default_pack().unwrap();
        let kind = super::super::kind_info("name-variant").unwrap();
        let p = page(kind, &pack);
        assert!(p.starts_with("# name-variant\n"), "{p}");
        assert!(
            p.contains("- id: name-variant\n  kind: name-variant\n"),
            "{p}"
        );
        assert!(p.contains("    diacritics_severity: info\n"), "{p}");
        assert!(!p.contains("max_event_distance"), "{p}");
        let empty = RuleSet {
            rules: Vec::new(),
            lexicon: pack.lexicon.clone(),
        };
        assert!(page(kind, &empty).ends_with("No rule of the default pack uses this kind.\n"));
    }

    #[test]
    fn markdown_demotes_headings_outside_code_only() {
        let md = markdown(&load::default_pack().unwrap());
        assert!(md.contains("\n## number-mismatch\n"), "{md}");
        assert!(md.contains("\n### Not flagged\n"), "{md}");
        assert!(md.contains("\n### In the default pack\n"), "{md}");
        assert!(!md.contains("\n# name-variant"), "{md}");
    }
}
