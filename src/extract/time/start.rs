//! Start sets: which first words each date grammar may begin with, so that
//! `longest` runs at a position only the grammars that can
//! start there. A start set is a bitmask over classes of the first word: a
//! figure, a month name, a weekday name, a word that may open a number (the
//! number parser's trigger words), or one of the [`KEYWORDS`], each with a bit
//! of its own. The class of the word at a position is looked up once per
//! `longest` call and each grammar is run only when its start set meets it.
//! Many grammars may begin with "the" before their own first word ("the 5th
//! of May", "the end of June"); they say so with [`THE_BEFORE`] instead of
//! listing "the", and at "the" they run only when the next word is in their
//! set.
//!
//! A grammar declares its start set in a constant beside it, written with
//! [`starts`] ("`starts(DIGIT | MONTH, &["the", "from"])`"), and is listed
//! with it: `(date_dm, DATE_DM)`. Each keyword a grammar may read first (in any
//! case, after optional words too) belongs in its set; a grammar made of other
//! grammars takes their [`union`]. In debug builds every grammar left out is
//! still run and must fail, which the tests check on every input they parse.

use std::sync::OnceLock;

use super::lex::{MONTHS, MONTH_ABBR, WEEKDAYS, WEEKDAY_ABBR};
use super::P;
use crate::extract::number::{ORD_UNITS, TENS, UNITS};
use crate::text::WordTable;

/// Classes of a first word, one bit each (see the module doc).
pub(super) type Starts = u64;

/// A grammar and its start set.
pub(super) type G = (P, Starts);

/// An ASCII digit.
pub(super) const DIGIT: Starts = 1 << 63;
/// A month name or abbreviation ([`MONTHS`], [`MONTH_ABBR`]).
pub(super) const MONTH: Starts = 1 << 62;
/// A weekday name or abbreviation ([`WEEKDAYS`], [`WEEKDAY_ABBR`]).
pub(super) const WEEKDAY: Starts = 1 << 61;
/// A word the number parser may start with (`number::may_start`: number
/// words, scales, currency codes, "Rs." and "US$"), or a number word of the
/// date grammars ([`UNITS`], [`TENS`], [`ORD_UNITS`], "a" and "an").
pub(super) const NUMBER: Starts = 1 << 60;
/// "the" may stand before the grammar's first word ("the 5th of May", "the
/// end of June"): at "the" the grammar runs only when the word after it is
/// in its start set. A grammar that may begin with "the" followed by
/// something else lists "the" itself, and runs at every "the".
pub(super) const THE_BEFORE: Starts = 1 << 59;
/// The bit of the keyword "the".
const THE: Starts = keyword_bit("the");
/// In the table only: a word the number parser starts at (its trigger words,
/// `number::trigger_words`), which [`first_word`] turns into [`NUMBER`].
const NUMBER_TRIGGER: Starts = 1 << 58;
/// What the classes cannot tell (a first character other than an ASCII letter
/// or digit, a word running on into other letters): every grammar runs.
const ANY: Starts = !0;

/// Words that open some grammar and have a bit of their own, in lower case.
const KEYWORDS: [&str; 47] = [
    "the",
    "from",
    "between",
    "early",
    "mid",
    "late",
    "last",
    "this",
    "next",
    "beginning",
    "start",
    "middle",
    "end",
    "final",
    "q",
    "h",
    "spring",
    "summer",
    "autumn",
    "fall",
    "winter",
    "earlier",
    "later",
    "yesterday",
    "today",
    "tonight",
    "tomorrow",
    "tmrw",
    "on",
    "past",
    "noon",
    "midday",
    "midnight",
    "month",
    "within",
    "coming",
    "upcoming",
    "following",
    "previous",
    "current",
    "rest",
    "w",
    "week",
    "for",
    "less",
    "year",
    "now",
];

/// The start set of `classes` and the keywords `words` (a word missing from
/// [`KEYWORDS`] is a compile error).
pub(super) const fn starts(classes: Starts, words: &[&str]) -> Starts {
    let mut s = classes;
    let mut k = 0;
    while k < words.len() {
        s |= keyword_bit(words[k]);
        k += 1;
    }
    s
}

/// The union of the start sets of `gs`: the start set of a grammar that tries them.
pub(super) const fn union(gs: &[G]) -> Starts {
    let mut s = 0;
    let mut k = 0;
    while k < gs.len() {
        s |= gs[k].1;
        k += 1;
    }
    s
}

const fn keyword_bit(w: &str) -> Starts {
    let mut k = 0;
    while k < KEYWORDS.len() {
        if same(KEYWORDS[k].as_bytes(), w.as_bytes()) {
            return 1 << k;
        }
        k += 1;
    }
    panic!("a start word missing from KEYWORDS");
}

const fn same(a: &[u8], b: &[u8]) -> bool {
    if a.len() != b.len() {
        return false;
    }
    let mut k = 0;
    while k < a.len() {
        if a[k] != b[k] {
            return false;
        }
        k += 1;
    }
    true
}

fn table() -> &'static WordTable<Starts> {
    static TABLE: OnceLock<WordTable<Starts>> = OnceLock::new();
    TABLE.get_or_init(|| {
        let mut table = WordTable::new();
        let mut add = |w: &'static str, class: Starts| {
            *table.entry(w) |= class;
        };
        for (k, w) in KEYWORDS.iter().enumerate() {
            add(w, 1 << k);
        }
        for w in MONTHS.iter().chain(MONTH_ABBR.iter().map(|(a, _)| a)) {
            add(w, MONTH);
        }
        for w in WEEKDAYS.iter().chain(WEEKDAY_ABBR.iter().map(|(a, _)| a)) {
            add(w, WEEKDAY);
        }
        // "a" and "an" are one to the date grammars' numbers ("a day later").
        let numbers = [&UNITS[..], &TENS, &ORD_UNITS, &["a", "an"]];
        for w in numbers.into_iter().flatten() {
            add(w, NUMBER);
        }
        for w in crate::extract::number::trigger_words() {
            add(w, NUMBER_TRIGGER);
        }
        table
    })
}

/// Where a date may begin: the classes of its first word and, when that word
/// is "the", of the word after it.
#[derive(Clone, Copy)]
pub(super) struct Opening {
    first: Starts,
    after_the: Starts,
}

impl Opening {
    pub(super) fn of(i: &str) -> Opening {
        let first = first_word(i);
        let after_the = if first != ANY && first & THE != 0 {
            // The first word is "the", three ASCII letters.
            first_word(i.get(3..).unwrap_or_default().trim_start())
        } else {
            0
        };
        Opening { first, after_the }
    }

    /// Whether a grammar with start set `s` may begin here.
    pub(super) fn admits(self, s: Starts) -> bool {
        if self.first != ANY && self.first & THE != 0 {
            s & THE != 0 || (s & THE_BEFORE != 0 && s & self.after_the != 0)
        } else {
            s & self.first != 0
        }
    }
}

/// The classes of the first word of `i`, as start sets see it: its leading
/// ASCII letters in any case (grammars that read a month or a number glued to
/// figures, "Oct2" or "Q3", read those letters alone).
pub(super) fn first_word(i: &str) -> Starts {
    let b = i.as_bytes();
    match b.first() {
        Some(x) if x.is_ascii_digit() => return DIGIT,
        Some(x) if x.is_ascii_alphabetic() => {}
        _ => return ANY,
    }
    let n = b.iter().take_while(|x| x.is_ascii_alphabetic()).count();
    if b.get(n).is_some_and(|x| !x.is_ascii()) {
        return ANY;
    }
    let found = table().get(&b[..n]).copied().unwrap_or(0);
    // The number parser's own first test (`number::may_start`) read off the
    // same lookup: its trigger words; a word before "$" or "." ("US$",
    // "Rs.") and "a" or "an" (only before a number word) by its own test.
    let word = &i[..n];
    let number = if word.eq_ignore_ascii_case("a")
        || word.eq_ignore_ascii_case("an")
        || matches!(b.get(n), Some(b'$' | b'.'))
    {
        crate::extract::number::may_start(i)
    } else {
        found & NUMBER_TRIGGER != 0
    };
    debug_assert_eq!(number, crate::extract::number::may_start(i), "{i:?}");
    (found & !NUMBER_TRIGGER) | if number { NUMBER } else { 0 }
}
