//! Tests of `text`: the word-run readers and their byte tests against
//! byte-by-byte and char-by-char readings, the char classes, line and
//! column, folding, and the word tables.

use super::*;

#[test]
fn alnum_end_reads_letters_and_digits_in_any_script() {
    assert_eq!(alnum_end("G7 summit", 0), 2);
    assert_eq!(alnum_end("café, then", 0), "café".len());
    assert_eq!(alnum_end("a 5,100", 2), 3);
    assert_eq!(alnum_end("Zürich", 0), "Zürich".len());
    assert_eq!(alnum_end("end", 3), 3);
    // ASCII, then a char that is not, then ASCII again: one run.
    assert_eq!(alnum_end("ab\u{663}4c d", 0), "ab\u{663}4c".len());
    assert_eq!(alnum_end("x\u{2014}y", 0), 1);
}

#[test]
fn alnum_bytes_marks_every_byte_value_at_every_place() {
    // Every byte value among neighbours on both sides of the letter and
    // digit ranges, and bytes that are not ASCII (whose carries must
    // not mark a neighbour).
    for filler in [
        b'a', b'Z', b'5', b' ', b'/', b':', b'@', b'[', b'`', b'{', 0x80, 0xff,
    ] {
        for place in 0..8 {
            for byte in 0..=255u8 {
                let mut b = [filler; 8];
                b[place] = byte;
                let mask = alnum_bytes(u64::from_le_bytes(b));
                let letters = letter_bytes(u64::from_le_bytes(b));
                for (k, &x) in b.iter().enumerate() {
                    assert_eq!(
                        mask >> (8 * k + 7) & 1 == 1,
                        x.is_ascii_alphanumeric(),
                        "{byte:#x} at {place} among {filler:#x}: byte {k}"
                    );
                    assert_eq!(
                        letters >> (8 * k + 7) & 1 == 1,
                        x.is_ascii_alphabetic(),
                        "letters: {byte:#x} at {place} among {filler:#x}: byte {k}"
                    );
                }
            }
        }
    }
}

#[test]
fn run_readers_end_where_the_char_by_char_readers_end() {
    // Runs of every length up to past two blocks of eight bytes, from
    // every start, ended by each kind of char (a letter that is not ASCII
    // goes on, alone or before ASCII letters).
    let word = "abcdefghij0123456789KLMNOPQRS";
    for len in 0..=word.len() {
        for end in [
            "", " ", ".", "-", "’", "é", "ñab", "\u{663}", "—x", "\u{7f}",
        ] {
            let text = format!("{}{end} tail", &word[..len]);
            for from in 0..=len {
                let slow = run_end(&text, from, u8::is_ascii_alphanumeric, is_alnum);
                assert_eq!(alnum_end(&text, from), slow, "{text:?} from {from}");
                let letters = from
                    + text[from..]
                        .bytes()
                        .take_while(u8::is_ascii_alphabetic)
                        .count();
                assert_eq!(
                    ascii_letters_end(text.as_bytes(), from),
                    letters,
                    "{text:?} from {from}"
                );
                let alpha: usize = text[from..]
                    .chars()
                    .take_while(|c| c.is_alphabetic())
                    .map(char::len_utf8)
                    .sum();
                assert_eq!(
                    letters_end(&text, from),
                    from + alpha,
                    "{text:?} from {from}"
                );
                let ascii = text[from..slow].is_ascii();
                assert_eq!(
                    alnum_run(&text, from),
                    (slow, ascii),
                    "{text:?} from {from}"
                );
            }
        }
    }
}

#[test]
fn next_digit_agrees_with_the_byte_test_for_every_byte_at_every_place() {
    let slow = |s: &[u8], from: usize| {
        (from..s.len())
            .find(|&k| s[k].is_ascii_digit())
            .unwrap_or(s.len())
    };
    // Every byte value, alone among letters, spaces or bytes that are
    // not ASCII (whose carries must not make a digit of their
    // neighbour), at every place of texts shorter and longer than eight
    // bytes, searched from every place.
    for filler in [b'a', b' ', 0xff, 0x80, b'/', b':'] {
        for len in [1, 7, 8, 9, 17, 24] {
            for place in 0..len {
                for byte in 0..=255u8 {
                    let mut s = vec![filler; len];
                    s[place] = byte;
                    for from in 0..=len {
                        assert_eq!(
                            next_digit(&s, from),
                            slow(&s, from),
                            "{byte:#x} at {place} of {len} among {filler:#x}, from {from}"
                        );
                    }
                }
            }
        }
    }
    // Two digits: the first is found.
    assert_eq!(next_digit(b"abc 1999 and 2019", 0), 4);
    assert_eq!(next_digit(b"abc 1999 and 2019", 8), 13);
    assert_eq!(next_digit(b"no figure here at all", 0), 21);
}

#[test]
fn ascii_letters_agrees_with_the_byte_test_at_every_length_and_place() {
    // Words of 0 to 20 bytes, near the end of the text (read byte by
    // byte) and before it (one 64- or 128-bit read), with each of the
    // bytes that sit beside the letters in ASCII ('@', '[', '`', '{'),
    // a digit, a capital and a byte that is not ASCII put in at each
    // place; after the word, nothing, bytes that are not ASCII, or
    // letters.
    for n in 0..=20 {
        for tail in ["", "\u{e9}\u{e9}\u{e9}\u{e9}", "abcdefghijklmnopqrstuvwxyz"] {
            for odd in [
                None,
                Some('@'),
                Some('['),
                Some('`'),
                Some('{'),
                Some('7'),
                Some('Q'),
                Some('\u{e9}'),
            ] {
                for at in 0..n.max(1) {
                    let mut word: Vec<char> = "zAaZqm".chars().cycle().take(n).collect();
                    if let (Some(c), true) = (odd, at < n) {
                        word[at] = c;
                    }
                    let word: String = word.into_iter().collect();
                    let text = format!(" {word}{tail}");
                    let span = 1..1 + word.len();
                    let expected =
                        !word.is_empty() && word.bytes().all(|b| b.is_ascii_alphabetic());
                    assert_eq!(ascii_letters(text.as_bytes(), span), expected, "{text:?}");
                }
            }
        }
    }
}

#[test]
fn alnum_run_tells_whether_its_run_is_ascii() {
    assert_eq!(alnum_run("troops left", 0), (6, true));
    // A char that is not ASCII ends the run without joining it.
    assert_eq!(alnum_run("45\u{b0}C", 0), (2, true));
    assert_eq!(alnum_run("x\u{2014}y", 0), (1, true));
    assert_eq!(alnum_run("café, then", 0), ("café".len(), false));
    assert_eq!(alnum_run("ab\u{663}4c d", 0), ("ab\u{663}4c".len(), false));
}

#[test]
fn is_alnum_and_is_alpha_agree_with_the_standard_library_on_every_char() {
    for c in (0..=0x10FFFF).filter_map(char::from_u32) {
        assert_eq!(is_alnum(c), c.is_alphanumeric(), "{c:?}");
        assert_eq!(is_alpha(c), c.is_alphabetic(), "{c:?}");
    }
}

#[test]
fn is_space_holds_for_the_standard_library_spaces_and_the_listed_ones() {
    let listed = ['\u{00A0}', '\u{2009}', '\u{202F}', '\u{200B}', '\u{FEFF}'];
    for c in (0..=0x10FFFF).filter_map(char::from_u32) {
        let space = c.is_whitespace() || listed.contains(&c);
        assert_eq!(is_space(c), space, "{c:?}");
    }
}

#[test]
fn line_col_counts_characters_not_bytes() {
    let text = "ab\n“c” 5,100\n";
    let idx = LineIndex::new(text);
    let off = text.find("5,100").unwrap();
    assert_eq!(idx.line_col(text, off), (2, 5));
    assert_eq!(idx.line_col(text, 0), (1, 1));
}

#[test]
fn folding_treats_typographic_variants_alike() {
    assert_eq!(fold_word("Norway’s"), "norway's");
    // The ASCII path: case and the backquote.
    assert_eq!(fold_word("NORWAY`S"), "norway's");
    assert_eq!(strip_diacritics("Touré Élysée"), "Toure Elysee");
    assert_eq!(
        strip_diacritics("Sæterdal Œuvre Strauß"),
        "Saeterdal Oeuvre Strauss"
    );
    assert!(is_space('\u{202F}'));
    assert_eq!(one_line("  a \u{00A0}\n b "), "a b");
}

#[test]
fn word_table_finds_its_words_in_any_case_and_no_others() {
    let mut t: WordTable<u8> = WordTable::new();
    *t.entry("may") |= 1;
    *t.entry("monday") |= 2;
    *t.entry("may") |= 4;
    assert_eq!(t.get(b"May"), Some(&5));
    assert_eq!(t.get(b"MONDAY"), Some(&2));
    // Same shape as "may" (length, first and last letter): the table says no.
    assert_eq!(t.get(b"moy"), None);
    assert_eq!(t.get(b"mayday"), None);
    assert_eq!(t.get(b""), None);
    assert_eq!(t.get("mondayyyyyyyyyyyyyyy".as_bytes()), None);
    assert_eq!(t.get("m\u{e1}y".as_bytes()), None);
}

#[test]
fn a_folded_word_is_found_by_its_span_in_the_text() {
    let mut t: WordTable<u8> = WordTable::new();
    for (i, w) in ["a", "may", "counterrevolutio"].into_iter().enumerate() {
        *t.entry(w) = i as u8 + 1;
    }
    // Each word of the text, read at its span, against `get` of it:
    // one load in the middle, byte by byte near the end.
    let text = "a maybe may counterrevolutio mayday counterrevolution a may";
    let mut start = 0;
    for w in text.split(' ') {
        let span = start..start + w.len();
        assert_eq!(
            t.get_folded(text.as_bytes(), span),
            t.get(w.as_bytes()),
            "{w:?}"
        );
        start += w.len() + 1;
    }
    assert_eq!(t.get_folded(b"may day", 0..3), Some(&2));
    assert_eq!(t.get_folded(b"a ... sixteen bytes on", 0..1), Some(&1));
    assert_eq!(
        t.get_folded(b"counterrevolutio counterrevolutio", 17..33),
        Some(&3)
    );
}
