//! No input makes crosscheck panic: random mixes of newswire fragments,
//! Unicode, digits and punctuation go through the whole pipeline.

use crosscheck::article;
use crosscheck::rules::load;

const PIECES: &[&str] = &[
    "5,100",
    " troops",
    " from ",
    " to ",
    "about ",
    "more than ",
    "’s",
    "“",
    "”",
    " — ",
    "–",
    "-",
    ".",
    ",",
    " ",
    "\n",
    "\n\n",
    "2025",
    "May 19, 2017",
    "last year",
    "Monday",
    "10:25",
    " GMT",
    "Col.",
    " Assimi Goïta",
    " al-",
    "Qaeda",
    "$3.4bn",
    "40%",
    "two-thirds",
    " of ",
    "nine and a half years",
    "44-year-old",
    "\u{a0}",
    "\u{202f}",
    "é",
    "中文",
    "🙂",
    "---\n",
    "Date: 2024-01-01\n",
    "date 2024-13-45 ",
    "<!--",
    "-->",
    "```",
    "[x](http://a.b/5)",
    "**",
    "#",
    "(",
    ")",
    "'",
    "\"",
    "0",
    "999999999999999999999",
    "1e308",
    "…",
    "\r\n",
    "KOLVAR, Oct 2 – ",
    "in the province",
    "between ",
    " and ",
    "killed ",
    " people",
    "until ",
];

/// A small deterministic generator (no dependency needed).
struct Lcg(u64);
impl Lcg {
    fn next(&mut self) -> usize {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        (self.0 >> 33) as usize
    }
}

#[test]
fn random_articles_never_panic() {
    let rules = load::default_pack().unwrap();
    let mut rng = Lcg(7);
    for round in 0..150 {
        let mut articles = Vec::new();
        for k in 0..3 {
            let mut s = String::new();
            for _ in 0..rng.next() % 80 {
                s.push_str(PIECES[rng.next() % PIECES.len()]);
            }
            let path = if k == 0 {
                format!("r{round}.md")
            } else {
                format!("r{round}-{k}.txt")
            };
            if let Ok(a) = article::parse(&path, s) {
                articles.push(a);
            }
        }
        let report = crosscheck::check(articles, &rules);
        for (f, text) in [
            (crosscheck::report::Format::Human, true),
            (crosscheck::report::Format::Json, false),
        ] {
            let _ = crosscheck::report::render(&report, f, text);
        }
    }
}

#[test]
fn empty_and_degenerate_articles() {
    let rules = load::default_pack().unwrap();
    for s in [
        "",
        "\u{feff}",
        "---",
        "---\n---\n",
        "Date:",
        "\n\n\n",
        "date ",
        "<!--",
        "```\n5 dead",
    ] {
        let a = article::parse("x.md", s.to_string()).unwrap_or_else(|e| panic!("{s:?}: {e}"));
        let report = crosscheck::check(vec![a], &rules);
        assert!(report.findings.is_empty(), "{s:?}");
    }
}
