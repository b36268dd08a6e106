//! The date scanner's word classes: which words may open a time expression
//! (triggers), which of those open one only with a time word close after
//! (weak triggers: "the", "a", "on", number words), and which words count
//! as that time word. One table, built once from the word lists below and
//! looked up once per word, answers all of these. Figures are tested the
//! same way: one with a mark of a date always opens an attempt, a plain
//! count ("63", "5,100") only with a time word close after
//! ([`figure_may_open`]).
//!
//! A new word that may open a date goes in [`TRIGGERS`] (or in a grammar's own
//! trigger list such as `PERIOD_TRIGGERS`); the grammars themselves live in the
//! sibling modules.

use std::sync::OnceLock;

use super::clock::ZONES;
use super::duration::UNIT_WORDS;
use super::lex::{MONTHS, MONTH_ABBR, WEEKDAYS, WEEKDAY_ABBR};
use super::period::{is_decade_word, PERIOD_TRIGGERS};
use crate::extract::number::{ORD_UNITS, TENS, UNITS};
use crate::text::WordTable;

/// Words at which a parse is attempted, in lower case (matched in any case),
/// besides the month and weekday names and abbreviations and the number
/// and ordinal words from one on, which come from their own tables.
const TRIGGERS: [&str; 36] = [
    "the",
    "last",
    "this",
    "next",
    "early",
    "mid",
    "late",
    "earlier",
    "later",
    "from",
    "between",
    "beginning",
    "start",
    "middle",
    "end",
    "yesterday",
    "today",
    "tonight",
    "tomorrow",
    "noon",
    "midday",
    "midnight",
    "spring",
    "summer",
    "autumn",
    "fall",
    "winter",
    "final",
    "a",
    "an",
    "half",
    "on",
    "past",
    "tmrw",
    "twentieth",
    "thirtieth",
];

/// Common words that open a time expression only together with a time word
/// ("the", "a", "next", "two"): "the 27th", "two sundays from now", "the
/// first half of 2017". Most of their occurrences in prose open none, so a
/// parse is attempted only when a time word stands in the next few words.
/// Number and ordinal words (`UNITS`, `TENS`, `ORD_UNITS`) are weak too:
/// "two sundays from now", "the first half of 2017".
const WEAK: [&str; 29] = [
    "the",
    "for",
    "a",
    "an",
    "on",
    "this",
    "last",
    "next",
    "from",
    "between",
    "past",
    "early",
    "mid",
    "late",
    "earlier",
    "later",
    "beginning",
    "start",
    "middle",
    "end",
    "final",
    "half",
    "coming",
    "upcoming",
    "current",
    "following",
    "previous",
    "within",
    "rest",
];

/// Weak triggers whose time word stands right after them ("a year ago", "on
/// Monday", "on the 5th"); the others look four words ahead ("the two
/// thousand and tens").
const NEAR: [&str; 3] = ["a", "an", "on"];

/// Units of time, which anchor a weak trigger in the singular or plural.
const TIME_UNITS: [&str; 21] = [
    "day",
    "week",
    "weekend",
    "fortnight",
    "month",
    "year",
    "decade",
    "century",
    "centuries",
    "quarter",
    "half",
    "halves",
    "morning",
    "afternoon",
    "evening",
    "night",
    "hour",
    "minute",
    "second",
    "season",
    "millennium",
];

/// Clock words after a plain count ("5 pm", "7 a.m.", "9 o'clock", "8 local
/// time"), besides the zones of the clock grammar ("6 GMT") and the units of
/// the duration grammar ("30 secs"): "a.m." is read as the words "a" and "m".
const CLOCK_WORDS: [&str; 5] = ["am", "pm", "m", "clock", "local"];

/// A word that may open a time expression.
const TRIGGER: u8 = 1;
/// A trigger only with a time word ahead (see [`WEAK`]).
const WEAKLY: u8 = 2;
/// Its time word stands right after it (see [`NEAR`]).
const CLOSE: u8 = 4;
/// A unit of time (see [`TIME_UNITS`]).
const UNIT: u8 = 8;
/// A number word right after a weak trigger, which may begin a year in words
/// ("nineteen twenty eight"): the units, the tens, "hundred", "thousand".
const COUNT: u8 = 16;
/// A word that may follow a plain count in a time expression: a clock word
/// (see [`CLOCK_WORDS`]) or a unit of the duration grammar ([`UNIT_WORDS`]).
const AFTER_COUNT: u8 = 32;
/// An ordinal word ("first", "nineteenth", "thirtieth").
const ORDINAL: u8 = 64;
/// A word that may stand between a plain count and the time word of its
/// expression (see [`BRIDGES`]).
const BRIDGE: u8 = 128;

/// The connectors of ranges and lists and the scales, which may stand
/// between a plain count and its time word: "3 to 5 days", "6, 7 and 8
/// May", "21 million years ago" ("a" and "half", as in "2 and a half
/// hours", are triggers already); and the first letter of "7 p.m." and "9
/// o'clock" (the word after it is a clock word, as "m" of "a.m." is).
const BRIDGES: [&str; 16] = [
    "to", "and", "or", "through", "thru", "till", "until", "of", "million", "billion", "trillion",
    "dozen", "lakh", "crore", "p", "o",
];

fn table() -> &'static WordTable<u8> {
    static TABLE: OnceLock<WordTable<u8>> = OnceLock::new();
    TABLE.get_or_init(|| {
        let mut table = WordTable::new();
        let mut add = |words: &[&'static str], class: u8| {
            for w in words {
                *table.entry(w) |= class;
            }
        };
        add(&TRIGGERS, TRIGGER);
        add(&MONTHS, TRIGGER);
        add(&MONTH_ABBR.map(|(a, _)| a), TRIGGER);
        add(&WEEKDAYS, TRIGGER);
        add(&WEEKDAY_ABBR.map(|(a, _)| a), TRIGGER);
        add(&UNITS[1..], TRIGGER);
        add(&TENS, TRIGGER);
        add(&ORD_UNITS[1..], TRIGGER);
        add(&PERIOD_TRIGGERS, TRIGGER);
        add(&WEAK, WEAKLY);
        add(&UNITS, WEAKLY | COUNT);
        add(&TENS, WEAKLY | COUNT);
        add(&ORD_UNITS, WEAKLY);
        add(&["hundred", "thousand"], COUNT);
        add(&NEAR, CLOSE);
        add(&TIME_UNITS, UNIT);
        add(&CLOCK_WORDS, AFTER_COUNT);
        add(&UNIT_WORDS.map(|(w, _, _)| w), AFTER_COUNT);
        add(&BRIDGES, BRIDGE);
        add(&ORD_UNITS[1..], ORDINAL);
        add(&["twentieth", "thirtieth"], ORDINAL);
        table
    })
}

/// The classes of a word, in any case.
fn class(w: &str) -> u8 {
    table().get(w.as_bytes()).copied().unwrap_or(0)
}

/// Words at which a parse is attempted (case-insensitive); allocation-free.
/// "Q3" and "H1" (capital letter, one digit) too.
pub(super) fn is_trigger(w: &str) -> bool {
    quarter_or_half(w) || class(w) & TRIGGER != 0
}

/// "Q3", "H1": a capital Q or H and one digit.
fn quarter_or_half(w: &str) -> bool {
    let b = w.as_bytes();
    b.len() == 2 && matches!(b[0], b'Q' | b'H') && b[1].is_ascii_digit()
}

/// A trigger that opens a time expression only with a time word ahead.
pub(super) fn weak_trigger(w: &str) -> bool {
    class(w) & (TRIGGER | WEAKLY) == TRIGGER | WEAKLY
}

/// A trigger that is not weak.
fn strong(w: &str, class: u8) -> bool {
    quarter_or_half(w) || class & (TRIGGER | WEAKLY) == TRIGGER
}

/// Whether the scanner attempts a parse at `word`, the word that starts
/// `text` (not a figure): a trigger, or a trigger with figures glued on
/// ("Q3", "H1" aside); a weak one only with a time word ahead.
pub(super) fn attempt_at_word(word: &str, text: &str) -> bool {
    let c = class(word);
    let trigger = c & TRIGGER != 0
        || quarter_or_half(word)
        || word.ends_with(|d: char| d.is_ascii_digit())
            && is_trigger(word.trim_end_matches(|d: char| d.is_ascii_digit()));
    if !trigger {
        return false;
    }
    if c & WEAKLY == 0 {
        return true;
    }
    anchor_ahead(text, if c & CLOSE != 0 { 2 } else { 4 }, c)
}

/// Whether a figure at the start of `text` (its first digit) may open a
/// time expression: when it carries a mark of a date ([`marked_figure`]),
/// and when a plain count ("63", "5,100") has a time word, a clock word or a
/// marked figure within the next five words, with only plain figures,
/// number words, triggers (weak ones too) and [`BRIDGES`] before it ("5
/// March", "3 to 5 days", "4 to 22 this month", "21 million years ago", "5
/// pm", "6, 7 and 8 May", "11 - 2016"; not "12 vessels to 10 last year").
pub(super) fn figure_may_open(text: &str) -> bool {
    let Some(k) = plain_count_end(text) else {
        return true;
    };
    for (w, from) in words(&text[k..]).take(5) {
        if w.starts_with(|c: char| c.is_ascii_digit()) {
            if marked_figure(from) {
                return true;
            }
            continue;
        }
        let c = class(w);
        if time_word(w, c) || c & AFTER_COUNT != 0 || ZONES.contains(&w) {
            return true;
        }
        if c & (BRIDGE | COUNT | TRIGGER) == 0 {
            return false;
        }
    }
    false
}

/// The words of `text` (runs of letters and digits), each with the text
/// from its start on.
fn words(text: &str) -> impl Iterator<Item = (&str, &str)> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(move |w| (w, &text[w.as_ptr() as usize - text.as_ptr() as usize..]))
}

/// A figure at the start of `text` that carries a mark of a date: four
/// digits or more ("2019", "0447 GMT", "20190305"), or a letter or sign
/// glued to it ("5th", "1990s", "5pm", "10:25", "5/3", "2019-20", "3.5",
/// "5-day").
fn marked_figure(text: &str) -> bool {
    plain_count_end(text).is_none()
}

/// The end of a plain count at the start of `text` (one to three digits,
/// groups of thousands: "63", "5,100", "400,000") followed by a space, the
/// end, or a comma, stop, bracket, quote or percent sign; None when the
/// figure is longer or has something else glued to it.
fn plain_count_end(text: &str) -> Option<usize> {
    let b = text.as_bytes();
    let digits = |k: usize| b[k..].iter().take_while(|d| d.is_ascii_digit()).count();
    let lead = digits(0);
    if lead >= 4 {
        return None;
    }
    let mut k = lead;
    while b.get(k) == Some(&b',') && digits(k + 1) == 3 {
        k += 4;
    }
    let plain = match text[k..].chars().next() {
        None => true,
        Some(c) if c.is_whitespace() => true,
        Some(',' | ';' | ')' | ']' | '"' | '\u{201d}' | '%') => true,
        Some('.') => !b.get(k + 1).is_some_and(u8::is_ascii_alphanumeric),
        Some(_) => false,
    };
    plain.then_some(k)
}

/// Whether a time word (a figure that may open a time expression, a
/// trigger that is not weak, or a unit of time, singular or plural) stands
/// within the next words of `text`, which starts at a weak trigger of class
/// `trigger`.
fn anchor_ahead(text: &str, window: usize, trigger: u8) -> bool {
    let mut before = trigger;
    for (k, (w, from)) in words(text).skip(1).take(window).enumerate() {
        if w.starts_with(|c: char| c.is_ascii_digit()) {
            // Right after the trigger, one or two digits may be a day
            // alone ("on the 27"); elsewhere a figure must open a date.
            if k == 0 && w.len() <= 2 || figure_may_open(from) {
                return true;
            }
            before = 0;
            continue;
        }
        let c = class(w);
        // Number words may be a year ("nineteen twenty eight", "the two
        // thousand and tens") or a day ("the twenty-first"): a count word,
        // the trigger or the word after it, then a count word or an ordinal.
        if k < 2 && before & COUNT != 0 && c & (COUNT | ORDINAL) != 0 || time_word(w, c) {
            return true;
        }
        before = c;
    }
    false
}

/// Whether `w`, of class `cw`, is a time word: a trigger that is not weak,
/// a unit of time (singular or plural) or a decade in words. An ordinal
/// word is none: alone it names no day ("the second", "the first
/// carriage"); with a unit or a month it has one near.
fn time_word(w: &str, cw: u8) -> bool {
    let stem = w.strip_suffix(['s', 'S']).unwrap_or(w);
    let cs = if stem.len() == w.len() {
        cw
    } else {
        class(stem)
    };
    strong(w, cw) || strong(stem, cs) || (cw | cs) & UNIT != 0 || is_decade_word(w)
}
