//! Every output format on the seed report: one insta snapshot per format,
//! SARIF checked against the SARIF 2.1.0 schema, the HTML review parsed as
//! XML and its structure checked, and article text with markup characters
//! shown as written.

use crosscheck::report::{self, Format};
use crosscheck::rules::load;
use crosscheck::{article, check, Report};

fn seed_report() -> Report {
    let (files, errors) = article::collect_paths(&["seeds/".to_string()]);
    assert!(errors.is_empty());
    let articles = files.iter().map(|f| article::read(f).unwrap()).collect();
    check(articles, &load::default_pack().unwrap())
}

fn report_of(texts: &[(&str, &str)]) -> Report {
    let articles = texts
        .iter()
        .map(|(path, text)| article::parse(path, text.to_string()).unwrap())
        .collect();
    check(articles, &load::default_pack().unwrap())
}

const FORMATS: &[(&str, Format)] = &[
    ("human", Format::Human),
    ("json", Format::Json),
    ("jsonl", Format::Jsonl),
    ("markdown", Format::Markdown),
    ("html", Format::Html),
    ("sarif", Format::Sarif),
    ("github", Format::Github),
];

#[test]
fn each_format_renders_the_seed_report() {
    let report = seed_report();
    for (name, format) in FORMATS {
        let out = report::render(&report, *format, false);
        insta::assert_snapshot!(format!("seeds_{name}"), out);
    }
}

#[test]
fn machine_formats_carry_no_colour_even_when_asked() {
    let report = seed_report();
    for (name, format) in FORMATS {
        let out = report::render(&report, *format, true);
        let coloured = out.contains('\u{1b}');
        assert_eq!(coloured, *name == "human", "{name}");
    }
}

/// Remove every `"pattern": broken` keyword; returns how many.
fn drop_pattern(v: &mut serde_json::Value, broken: &str) -> usize {
    match v {
        serde_json::Value::Object(map) => {
            let mut n = 0;
            if map.get("pattern").and_then(|p| p.as_str()) == Some(broken) {
                map.remove("pattern");
                n += 1;
            }
            n + map
                .values_mut()
                .map(|x| drop_pattern(x, broken))
                .sum::<usize>()
        }
        serde_json::Value::Array(items) => items.iter_mut().map(|x| drop_pattern(x, broken)).sum(),
        _ => 0,
    }
}

#[test]
fn sarif_output_is_valid_sarif_2_1_0() {
    let mut schema: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string("tests/schemas/sarif-schema-2.1.0.json").unwrap(),
    )
    .unwrap();
    // The published schema's pattern for `language` has a stray `]` that
    // JSON-schema's `regex` format rejects; the file is shipped unchanged and
    // that one keyword dropped here (crosscheck never writes `language`).
    let removed = drop_pattern(&mut schema, "^[a-zA-Z]{2}|^[a-zA-Z]{2}-[a-zA-Z]{2}]?$");
    assert!(removed > 0, "the schema changed: review this workaround");
    let validator = jsonschema::validator_for(&schema).unwrap();
    let report = seed_report();
    let sarif: serde_json::Value =
        serde_json::from_str(&report::render(&report, Format::Sarif, false)).unwrap();
    let errors: Vec<String> = validator
        .iter_errors(&sarif)
        .map(|e| format!("{e} at {}", e.instance_path()))
        .collect();
    assert!(errors.is_empty(), "{errors:#?}");
    // The schema is not vacuous: a result without a message is rejected.
    let mut broken = sarif.clone();
    broken["runs"][0]["results"][0]
        .as_object_mut()
        .unwrap()
        .remove("message");
    assert!(!validator.is_valid(&broken));

    let run = &sarif["runs"][0];
    let results = run["results"].as_array().unwrap();
    assert_eq!(results.len(), report.findings.len());
    let rules = run["tool"]["driver"]["rules"].as_array().unwrap();
    for r in results {
        let i = r["ruleIndex"].as_u64().unwrap() as usize;
        assert_eq!(rules[i]["id"], r["ruleId"]);
        assert!(!r["relatedLocations"].as_array().unwrap().is_empty());
        let region = &r["locations"][0]["physicalLocation"]["region"];
        assert!(region["startLine"].as_u64().unwrap() >= 1);
    }
    for r in rules {
        let text = r["fullDescription"]["text"].as_str().unwrap();
        assert!(text.len() > 40, "{r}");
    }
}

#[test]
fn jsonl_lines_are_the_json_contract_findings() {
    let report = seed_report();
    let json: serde_json::Value =
        serde_json::from_str(&report::render(&report, Format::Json, false)).unwrap();
    let lines: Vec<serde_json::Value> = report::render(&report, Format::Jsonl, false)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(&lines, json["findings"].as_array().unwrap());
}

/// The elements under `node` with this tag and class (class may be empty).
fn find<'a>(node: roxmltree::Node<'a, 'a>, tag: &str, class: &str) -> Vec<roxmltree::Node<'a, 'a>> {
    node.descendants()
        .filter(|n| n.has_tag_name(tag))
        .filter(|n| {
            class.is_empty()
                || n.attribute("class")
                    .is_some_and(|c| c.split(' ').any(|x| x == class))
        })
        .collect()
}

fn by_id<'a>(doc: &'a roxmltree::Document<'a>, id: &str) -> roxmltree::Node<'a, 'a> {
    doc.descendants()
        .find(|n| n.attribute("id") == Some(id))
        .unwrap_or_else(|| panic!("no #{id}"))
}

fn text_of(n: roxmltree::Node) -> String {
    n.descendants()
        .filter(|d| d.is_text())
        .filter_map(|d| d.text())
        .collect()
}

#[test]
fn html_review_has_summary_findings_and_claim_table() {
    let report = seed_report();
    let html = report::render(&report, Format::Html, false);
    let doc = roxmltree::Document::parse_with_options(
        &html,
        roxmltree::ParsingOptions {
            allow_dtd: true,
            ..Default::default()
        },
    )
    .expect("the HTML is well-formed");
    // Self-contained: nothing to fetch.
    for n in doc.descendants() {
        assert!(!n.has_tag_name("script") && !n.has_tag_name("link") && !n.has_tag_name("img"));
        assert!(n.attribute("src").is_none() && n.attribute("href").is_none());
    }
    assert!(html.contains("@media print"));

    let summary = by_id(&doc, "summary");
    let rows = find(summary, "tr", "");
    assert_eq!(rows.len(), 1 + report.articles.len());
    assert!(text_of(summary).contains("undated (read as 2022-02-17)"));

    let findings = find(by_id(&doc, "findings"), "article", "finding");
    assert_eq!(findings.len(), report.findings.len());
    for (section, finding) in findings.iter().zip(&report.findings) {
        assert!(text_of(*section).contains(&finding.message));
        assert!(find(*section, "figure", "quote").len() >= 2);
        assert!(!find(*section, "mark", "").is_empty());
    }
    // The name variant shows the differing letters.
    let first = findings[0];
    let dels: Vec<String> = find(first, "del", "").into_iter().map(text_of).collect();
    let inss: Vec<String> = find(first, "ins", "").into_iter().map(text_of).collect();
    assert_eq!((dels, inss), (vec!["a".to_string()], vec!["i".to_string()]));

    let table = find(by_id(&doc, "claims"), "table", "claims")[0];
    let head: Vec<String> = find(table, "th", "")
        .into_iter()
        .take(1 + report.articles.len())
        .map(text_of)
        .collect();
    assert_eq!(head[1], report.articles[0].name);
    let body = find(table, "tbody", "")[0];
    let rows = find(body, "tr", "");
    assert_eq!(rows.len(), report.facts.len());
    // Findings' facts first, and the troop figures of both sides in a row.
    assert_eq!(rows[0].attribute("class"), Some("disputed"));
    let troops = rows
        .iter()
        .find(|r| text_of(**r).contains("5,100 troops"))
        .expect("a row for the troop figures");
    assert!(text_of(*troops).contains("5,500 troops"));
}

#[test]
fn markup_characters_in_articles_are_shown_as_written() {
    let a = "date 2024-03-01\n\nThe statistician Abdel Karim Haddad said \"rents <rose> & fell\" in 'the old town'.\n";
    let b =
        "date 2024-03-01\n\nRents <rose> & fell, \"said\" the statistician Abdel Karim Hadad.\n";
    let report = report_of(&[("a & b.txt", a), ("b.txt", b)]);
    assert!(!report.findings.is_empty(), "the spellings are flagged");
    let html = report::render(&report, Format::Html, false);
    let doc = roxmltree::Document::parse_with_options(
        &html,
        roxmltree::ParsingOptions {
            allow_dtd: true,
            ..Default::default()
        },
    )
    .expect("the HTML is well-formed");
    let quotes: Vec<String> = find(doc.root(), "blockquote", "")
        .into_iter()
        .map(text_of)
        .collect();
    assert!(quotes.contains(
        &"The statistician Abdel Karim Haddad said \"rents <rose> & fell\" in 'the old town'."
            .to_string()
    ));
    assert!(text_of(by_id(&doc, "summary")).contains("a & b.txt"));

    let md = report::render(&report, Format::Markdown, false);
    assert!(
        md.contains(r#"said "rents \<rose\> \& fell" in 'the old town'."#),
        "{md}"
    );

    let gh = report::render(&report, Format::Github, false);
    assert!(gh.lines().all(|l| !l.contains('\n')));
    assert!(gh.contains("file=a & b.txt,"), "{gh}");
}
