//! The command line as a user meets it: exit codes, located errors, the
//! JSON contract, standard input, unreadable files.

use std::io::Write;
use std::process::{Command, Output, Stdio};

fn run(args: &[&str], stdin: Option<&[u8]>) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_crosscheck"))
        .args(args)
        .env("NO_COLOR", "1")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the binary runs");
    if let Some(input) = stdin {
        child
            .stdin
            .take()
            .expect("stdin")
            .write_all(input)
            .expect("write stdin");
    }
    drop(child.stdin.take());
    child.wait_with_output().expect("the binary finishes")
}

fn text(b: &[u8]) -> String {
    String::from_utf8_lossy(b).into_owned()
}

/// A JSON claim's start/end are byte offsets into its file on disk: the
/// bytes there are its text.
fn assert_text_on_disk(c: &serde_json::Value) {
    let bytes = std::fs::read(c["path"].as_str().unwrap()).unwrap();
    let (s, e) = (
        c["start"].as_u64().unwrap() as usize,
        c["end"].as_u64().unwrap() as usize,
    );
    assert_eq!(
        String::from_utf8_lossy(&bytes[s..e]),
        c["text"].as_str().unwrap()
    );
}

fn tmp(name: &str) -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("crosscheck-cli-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("temp dir");
    dir
}

#[test]
fn seeds_report_warnings_and_exit_zero_by_default() {
    let out = run(&["check", "seeds/"], None);
    let stdout = text(&out.stdout);
    assert_eq!(out.status.code(), Some(0), "{stdout}{}", text(&out.stderr));
    assert!(stdout.contains("warning[number-mismatch]"), "{stdout}");
    assert!(
        stdout.contains("Sadiki Guindo") && stdout.contains("Sidiki Guindo"),
        "{stdout}"
    );
    assert!(
        stdout.contains("seeds/003_06b029b5d2196e22.txt:"),
        "{stdout}"
    );
    assert!(stdout.contains(" in 5 sources"), "{stdout}");
}

#[test]
fn fail_on_warning_exits_one_and_exit_zero_overrides() {
    let out = run(&["check", "seeds/", "--fail-on", "warning"], None);
    assert_eq!(out.status.code(), Some(1));
    let out = run(
        &["check", "seeds/", "--fail-on", "warning", "--exit-zero"],
        None,
    );
    assert_eq!(out.status.code(), Some(0));
}

#[test]
fn agreeing_sources_are_clean() {
    let dir = tmp("clean");
    std::fs::write(
        dir.join("a.txt"),
        "Date: 2024-01-02\n\nAbout 40 people were killed in the blast on Monday.\n",
    )
    .unwrap();
    std::fs::write(
        dir.join("b.txt"),
        "Date: 2024-01-02\n\nThe blast on Monday killed 41 people, police said.\n",
    )
    .unwrap();
    let out = run(&["check", dir.to_str().unwrap()], None);
    let stdout = text(&out.stdout);
    assert_eq!(out.status.code(), Some(0), "{stdout}");
    assert!(stdout.starts_with("0 findings"), "{stdout}");
}

#[test]
fn json_follows_the_contract() {
    let out = run(&["check", "seeds/", "--format", "json"], None);
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("valid JSON");
    assert_eq!(v["version"], 1);
    assert_eq!(v["sources"].as_array().map(Vec::len), Some(5));
    let f = &v["findings"][0];
    for key in [
        "rule",
        "kind",
        "severity",
        "confidence",
        "message",
        "claims",
    ] {
        assert!(!f[key].is_null(), "finding lacks {key}: {f}");
    }
    let seeds: Vec<String> = (0..5)
        .map(|i| v["sources"][i]["path"].as_str().unwrap().to_string())
        .collect();
    for c in f["claims"].as_array().unwrap() {
        for key in ["path", "start", "end", "line", "column", "text", "value"] {
            assert!(!c[key].is_null(), "claim lacks {key}: {c}");
        }
        // start/end are byte offsets into the file on disk.
        let path = c["path"].as_str().unwrap();
        assert!(seeds.iter().any(|s| s == path));
        assert_text_on_disk(c);
    }
    assert!(!text(&out.stdout).contains("\u{1b}["), "no colour in JSON");
}

#[test]
fn broken_rule_file_is_located_and_no_report_is_printed() {
    let dir = tmp("rules");
    let bad = dir.join("bad.yaml");
    std::fs::write(
        &bad,
        "rules:\n  - id: x\n    kind: number-mismatch\n    params:\n      tolerence: 0.1\n",
    )
    .unwrap();
    let out = run(&["check", "seeds/", "--rules", bad.to_str().unwrap()], None);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        out.stdout.is_empty(),
        "no partial report: {}",
        text(&out.stdout)
    );
    let stderr = text(&out.stderr);
    assert!(
        stderr.contains("bad.yaml:5:7:") && stderr.contains("unknown field `tolerence`"),
        "{stderr}"
    );

    std::fs::write(
        &bad,
        "rules:\n  - id: x\n    kind: number-mismatch\n   severity: [\n",
    )
    .unwrap();
    let out = run(&["check", "seeds/", "--rules", bad.to_str().unwrap()], None);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        text(&out.stderr).contains("bad.yaml:"),
        "{}",
        text(&out.stderr)
    );
}

#[test]
fn standard_input_is_an_article() {
    let out = run(
        &["extract", "-", "--format", "json"],
        Some("Some 1,200 homes were destroyed in Kessel province.".as_bytes()),
    );
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("valid JSON");
    let claim = v["claims"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["claim_kind"] == "number")
        .expect("a figure");
    assert_eq!(claim["path"], "-");
    assert_eq!(claim["context"]["unit"], "homes");
    assert_eq!(claim["context"]["scope"][0], "Kessel");
    assert_eq!(claim["context"]["hedge"], "some");
}

#[test]
fn a_file_that_is_not_utf8_is_reported_and_skipped() {
    let dir = tmp("utf8");
    std::fs::write(
        dir.join("good.txt"),
        "Officials said 40 people died on Monday.\n",
    )
    .unwrap();
    std::fs::write(
        dir.join("bad.txt"),
        b"Caf\xe9 owners said 41 people died.\n",
    )
    .unwrap();
    let out = run(&["check", dir.to_str().unwrap()], None);
    assert_eq!(out.status.code(), Some(2));
    let stderr = text(&out.stderr);
    assert!(stderr.contains("bad.txt:1:4: not UTF-8"), "{stderr}");
    assert!(
        text(&out.stdout).contains("in 1 source"),
        "the good file is still checked"
    );
}

#[test]
fn rule_pages_come_from_the_kinds() {
    let out = run(&["rule", "number-mismatch"], None);
    assert_eq!(out.status.code(), Some(0));
    let page = text(&out.stdout);
    for heading in ["What it checks", "Why it matters", "Example", "Not flagged"] {
        assert!(page.contains(heading), "{page}");
    }
    let out = run(&["rule", "no-such-kind"], None);
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn missing_input_is_an_error_with_the_path() {
    let out = run(&["check", "no/such/file.txt"], None);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        text(&out.stderr).contains("no/such/file.txt"),
        "{}",
        text(&out.stderr)
    );
}

/// Windows line endings and a byte-order mark are ordinary input: offsets
/// still point into the file as it is on disk.
#[test]
fn crlf_and_bom_keep_offsets_on_disk() {
    let dir = tmp("crlf");
    let a = "\u{feff}Title: A\r\nDate: 2024-01-02\r\n\r\nOfficials said 40 people were killed in the blast on Monday.\r\n";
    let b = "Date: 2024-01-02\r\n\r\nThe blast on Monday killed 52 people, police said.\r\n";
    std::fs::write(dir.join("a.txt"), a).unwrap();
    std::fs::write(dir.join("b.txt"), b).unwrap();
    let out = run(&["check", dir.to_str().unwrap(), "--format", "json"], None);
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("valid JSON");
    let f = &v["findings"][0];
    assert_eq!(f["rule"], "number-mismatch", "{v}");
    for c in f["claims"].as_array().unwrap() {
        assert_text_on_disk(c);
        let expected_line = if c["path"].as_str().unwrap().ends_with("a.txt") {
            4
        } else {
            3
        };
        assert_eq!(c["line"], expected_line, "{c}");
    }
}

/// The baseline CLI cases are one round trip: the file `baseline-check` and
/// `baseline-stale` read is the one `baseline-write` writes.
#[test]
fn baseline_cases_read_what_baseline_write_wrote() {
    let written = std::fs::read_to_string("tests/cmd/baseline-write.out/crosscheck-baseline.json")
        .expect("baseline-write pins its output");
    for case in ["baseline-check", "baseline-stale"] {
        let read = std::fs::read_to_string(format!("tests/cmd/{case}.in/crosscheck-baseline.json"))
            .expect("the case has a baseline");
        assert_eq!(read, written, "{case} reads another baseline");
    }
}
