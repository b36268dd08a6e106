//! Tests of `segment`: sentences and paragraphs, segments, tokens (folding,
//! possessives, classes, size) and the runs of letters and digits.

use super::*;

fn doc(s: &str) -> Doc {
    segment(s, &Lexicon::builtin_for_tests())
}

fn sentences(s: &str) -> Vec<String> {
    let d = doc(s);
    d.sentences
        .iter()
        .map(|x| s[x.span.clone()].to_string())
        .collect()
}

#[test]
fn splits_sentences_but_not_after_titles_or_initials() {
    let s =
        "Col. Amadou Toure spoke. The U.N. report said 5,100 troops left. “We will go,” he said.";
    assert_eq!(
        sentences(s),
        vec![
            "Col. Amadou Toure spoke.",
            "The U.N. report said 5,100 troops left.",
            "“We will go,” he said."
        ]
    );
    // A listed abbreviation before a figure, and an initial.
    let s = "Costs rose approx. 5% in Jan. 2024, said J. Okafor. Sales fell.";
    assert_eq!(
        sentences(s),
        vec![
            "Costs rose approx. 5% in Jan. 2024, said J. Okafor.",
            "Sales fell."
        ]
    );
}

#[test]
fn a_line_is_read_back_from_its_end_as_it_reads_trimmed() {
    let long = "word ".repeat(13);
    let texts = [
        String::new(),
        "Short line".into(),
        "First\nsecond line  ".into(),
        "  \u{3000}indented\u{3000} \n\t ".into(),
        "blank next\n   ".into(),
        format!("x{}", "é".repeat(58)),
        format!("{}\n  {}", "a".repeat(80), "b".repeat(59)),
        format!("  {}  ", "b".repeat(60)),
        format!("\u{a0}{}\u{2003}", "c".repeat(61)),
        format!("{long}\n{long}"),
    ];
    for text in &texts {
        for (end, _) in text.char_indices().chain([(text.len(), ' ')]) {
            let before = &text[..end];
            let line = before[before.rfind('\n').map_or(0, |i| i + 1)..].trim();
            assert_eq!(line_last_char(before), line.chars().last(), "{before:?}");
            for limit in [1, 58, 59, 60, 61] {
                assert_eq!(
                    short_line(before, limit),
                    line.chars().count() < limit,
                    "{before:?} {limit}"
                );
            }
        }
    }
}

#[test]
fn headline_lines_and_blank_lines_end_paragraphs() {
    let s = "Norway withdraws\n\nTroops left on Monday\nThe rest stayed.";
    assert_eq!(sentences(s).len(), 3);
}

#[test]
fn dash_parenthetical_is_its_own_segment() {
    let s =
        "The force — which is active in Chad, Niger — has decreased from 5,500 troops to 4,800.";
    let d = doc(s);
    let segs: Vec<(String, bool)> = d
        .segments
        .iter()
        .map(|g| {
            let a = d.tokens[g.tokens.start].span.start;
            let b = d.tokens[g.tokens.end - 1].span.end;
            (s[a..b].to_string(), g.paren)
        })
        .collect();
    assert_eq!(segs[0], ("The force".to_string(), false));
    assert_eq!(segs[1], ("which is active in Chad".to_string(), true));
    assert_eq!(
        segs.last().unwrap().0,
        "has decreased from 5,500 troops to 4,800."
    );
    assert!(!segs.last().unwrap().1);
}

#[test]
fn a_backquote_folds_as_an_apostrophe_wherever_it_stands() {
    // Before, at and past the edges of the 64-byte blocks it is looked
    // for in, and in a text without one.
    for at in [4, 5, 63, 64, 65, 127, 128, 200] {
        // (The backquote stands at byte `at`.)
        let s = format!("{} Don`t Stop Ü", "A".repeat(at - 4));
        assert_eq!(s.find('`'), Some(at));
        assert_eq!(fold_text(&s), s.to_ascii_lowercase().replace('`', "'"));
        let d = doc(&s);
        assert!(d.tokens.iter().any(|t| d.lower(t) == "don't"), "{at}");
    }
    assert_eq!(fold_text("No Backquote Ü"), "no backquote Ü");
}

#[test]
fn a_word_not_ascii_is_folded_after_the_text_and_classed_by_its_fold() {
    // "Über", "Peña" (its possessive off) and the curly quotes fold
    // past the text; the ASCII words stay spans of the text, and a
    // word after a folded one is not shifted.
    let s = "Über Peña’s “Army” said";
    let d = doc(s);
    let lows: Vec<&str> = d.tokens.iter().map(|t| d.lower(t)).collect();
    let folds: Vec<String> = d
        .tokens
        .iter()
        .map(|t| fold_word(&s[t.surface()]))
        .collect();
    assert_eq!(lows, folds);
    assert_eq!(
        (lows[0], lows[1], lows[3], lows[5]),
        ("über", "peña", "army", "said")
    );
    assert!(d.tokens[1].possessive());
    assert_eq!(d.tokens[5].lower, s.len() - 4..s.len());
    assert!(d.tokens[0].lower.start >= s.len() && d.tokens[1].lower.start >= s.len());
    // A folded word is classed by its fold.
    let lex = Lexicon::builtin_for_tests();
    assert_eq!(d.tokens[0].class, lex.word_class("über"));
    assert_eq!(d.tokens[5].class, lex.word_class("said"));
    assert_ne!(d.tokens[5].class, WordClass::default());
}

#[test]
fn possessives_and_joined_words() {
    let s = "Norway’s al-Qaeda-linked 5,100 U.N. 26.1";
    let d = doc(s);
    let lows: Vec<&str> = d.tokens.iter().map(|t| d.lower(t)).collect();
    assert_eq!(
        lows,
        vec!["norway", "al-qaeda-linked", "5,100", "u.n", ".", "26.1"]
    );
    assert!(d.tokens[0].possessive());
}

#[test]
fn a_possessive_is_cut_off_the_surface_and_a_token_is_56_bytes() {
    let s = "Norway’s plan and Oslo's, then Paris. Its mayor's aide";
    let d = doc(s);
    let surfaces: Vec<&str> = d.tokens.iter().map(|t| &s[t.surface()]).collect();
    assert_eq!(
        surfaces,
        vec!["Norway", "plan", "and", "Oslo", ",", "then", "Paris", ".", "Its", "mayor", "aide"]
    );
    let possessive: Vec<usize> = (0..d.tokens.len())
        .filter(|&k| d.tokens[k].possessive())
        .collect();
    assert_eq!(possessive, vec![0, 3, 9]);
    // The span keeps the possessive: "’s" is four bytes, "'s" two.
    assert_eq!(&s[d.tokens[0].span.clone()], "Norway’s");
    assert_eq!(&s[d.tokens[3].span.clone()], "Oslo's");
    let sentences: Vec<usize> = d.tokens.iter().map(Token::sentence).collect();
    assert_eq!(sentences, vec![0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1]);
    // The comma splits the first sentence: it and what follows are in
    // the second segment; the second sentence is the third.
    let segments: Vec<usize> = d.tokens.iter().map(Token::segment).collect();
    assert_eq!(segments, vec![0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2]);
    // Tokens are read many times each: 56 bytes, within a cache line.
    assert!(std::mem::size_of::<Token>() <= 56);
}

#[test]
fn a_sentence_holds_the_range_of_its_segments_even_an_empty_one() {
    let s = "First, second (aside) third. Plain one.\n\n\u{2014}\n\nLast, here.";
    let d = doc(s);
    let texts: Vec<&str> = d.sentences.iter().map(|x| &s[x.span.clone()]).collect();
    assert_eq!(
        texts,
        vec![
            "First, second (aside) third.",
            "Plain one.",
            "\u{2014}",
            "Last, here."
        ]
    );
    let ranges: Vec<Range<usize>> = (0..d.sentences.len())
        .map(|si| d.sentence_segments(si))
        .collect();
    // The dash alone opens a parenthetical and holds no segment.
    assert_eq!(ranges, vec![0..4, 4..5, 5..5, 5..7]);
    for (sent, r) in d.sentences.iter().zip(ranges) {
        assert!(d.segments[r]
            .iter()
            .all(|g| sent.tokens.start <= g.tokens.start && g.tokens.end <= sent.tokens.end));
    }
    // Split tokens at the text's end stand in the last segment, not past
    // it (and in the first when there is none).
    for s in ["They said:", "Plain one.\n\n\u{2014}", "Aside ( [", ","] {
        let d = doc(s);
        let last = d.segments.len().saturating_sub(1);
        assert!(d.tokens.iter().all(|t| t.segment() <= last), "{s:?}");
        assert_eq!(d.tokens.last().map(|t| t.segment()), Some(last), "{s:?}");
    }
}

#[test]
fn runs_are_the_letter_and_digit_runs_of_every_word() {
    let s = "Norway’s al-Qaeda, 5,100 U.N. (26.1)";
    let runs: Vec<&str> = doc(s).runs.iter().map(|r| &s[r.start..r.end]).collect();
    assert_eq!(
        runs,
        vec!["Norway", "s", "al", "Qaeda", "5", "100", "U", "N", "26", "1"]
    );
}
