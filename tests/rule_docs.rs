//! The rule reference stays whole and current: every kind in the registry
//! has a page with the four fixed headings and a fixture, and
//! docs/rules.md is what `crosscheck rules docs` prints today.

use crosscheck::rules::{docs, load, KINDS};

const HEADINGS: [&str; 4] = [
    "## What it checks",
    "## Why it matters",
    "## Example",
    "## Not flagged",
];

#[test]
fn each_kind_has_a_reference_page_and_a_fixture() {
    for k in KINDS {
        let lines: Vec<&str> = k.doc.lines().collect();
        assert_eq!(lines[0], format!("# {}", k.id), "{}: title", k.id);
        assert!(!k.summary().is_empty(), "{}: one-line summary", k.id);
        // The headings are whole lines, in order, each followed by text.
        let mut last = 0;
        for h in HEADINGS {
            let at = lines
                .iter()
                .position(|l| *l == h)
                .unwrap_or_else(|| panic!("{} lacks the line `{h}`", k.id));
            assert!(at > last, "{}: `{h}` out of order", k.id);
            assert!(
                lines.get(at + 1).is_some_and(|l| !l.trim().is_empty()),
                "{}: `{h}` is empty",
                k.id
            );
            last = at;
        }
        assert!(["number", "name", "date"].contains(&k.claim_kind));
        // tests/evaluation.rs scores the fixture; here it must exist.
        let fixture = format!("tests/fixtures/{}/expected.yaml", k.id);
        assert!(
            std::path::Path::new(&fixture).is_file(),
            "{}: no fixture at {fixture}",
            k.id
        );
    }
}

#[test]
fn docs_rules_md_is_current() {
    let pack = load::default_pack().expect("default rules load");
    let want = docs::markdown(&pack);
    let have = std::fs::read_to_string("docs/rules.md").unwrap_or_default();
    assert!(
        have == want,
        "docs/rules.md is stale: a kind's doc comment or the default pack changed.\n\
         Regenerate it with `{}` and commit it.",
        docs::REGENERATE
    );
}
