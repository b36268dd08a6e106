//! The example rule tests under tests/rules/ pass with their own rule
//! files, and fail without them: an example whose rules change nothing
//! would teach a rule author nothing.

use crosscheck::eval::evaluate;
use crosscheck::rules::load;
use crosscheck::ruletest::{discover, own_rule_files, run};

#[test]
fn example_rule_tests_pass() {
    let tests = discover("tests/rules").expect("tests/rules holds rule tests");
    assert!(tests.len() >= 2, "{tests:?}");
    for expected in &tests {
        let outcome = run(expected, &[], false).unwrap_or_else(|e| panic!("{e}"));
        assert!(outcome.passed(), "{}", outcome.render());
    }
}

#[test]
fn example_rule_tests_need_their_own_rules() {
    let default = load::default_pack().expect("default rules load");
    for expected in discover("tests/rules").unwrap() {
        let dir = std::path::Path::new(&expected).parent().unwrap();
        assert!(
            !own_rule_files(dir).unwrap().is_empty(),
            "{expected}: an example rule test brings a rule file"
        );
        let (score, _) = evaluate(&expected, &default).unwrap();
        assert!(
            score.covered < score.conflicts || score.false_alarms > 0,
            "{expected} passes on the default pack alone:\n{}",
            score.render(&expected)
        );
    }
}

/// `--rules` packs load after the default pack, as in `check`: the alias a
/// failing test forgot, given on the command line, makes it pass.
#[test]
fn rules_option_adds_a_pack_to_a_rule_test() {
    let test = "tests/cmd/rules-test-fail.in/no-alias/expected.yaml";
    assert!(!run(test, &[], false).unwrap().passed());
    let alias = "tests/rules/custom-alias/names.rules.yaml".to_string();
    let outcome = run(test, &[alias], false).unwrap();
    assert!(outcome.passed(), "{}", outcome.render());
}
