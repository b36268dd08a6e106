//! The date scanner's word classes: which words may open a time expression
//! (triggers), which of those open one only with a time word close after
//! (weak triggers: "the", "a", "on", number words; with only date words
//! between), and which words count as that time word. One table, built
//! once from the word lists below and looked up once per word, answers all
//! of these. Figures are tested the same way: one with a mark of a date
//! always opens an attempt, a plain count ("63", "5,100") only with a time
//! word close after ([`figure_may_open`]).
//!
//! A new word that may open a date goes in [`TRIGGERS`] (or in a grammar's own
//! trigger list such as `PERIOD_TRIGGERS`); the grammars themselves live in the
//! sibling modules.

use std::ops::Range;
use std::sync::OnceLock;

use super::clock::{self, ZONES};
use super::duration::{self, UNIT_WORDS};
use super::lex::{self, MONTHS, MONTH_ABBR, POSSESSIVES, WEEKDAYS, WEEKDAY_ABBR};
use super::numeric::BEFORE_DAY_IN_FIGURES;
use super::period::{is_decade_word, DECADE_NAMES, PERIOD_TRIGGERS};
use crate::extract::number::{trigger_words, ORD_UNITS, TENS, UNITS};
use crate::text::{alnum_end, is_alnum, WordTable};

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
const TRIGGER: u16 = 1;
/// A trigger only with a time word ahead (see [`WEAK`]).
const WEAKLY: u16 = 2;
/// Its time word stands right after it (see [`NEAR`]).
const CLOSE: u16 = 4;
/// A unit of time (see [`TIME_UNITS`]).
const UNIT: u16 = 8;
/// A number word right after a weak trigger, which may begin a year in words
/// ("nineteen twenty eight"): the units, the tens, "hundred", "thousand".
const COUNT: u16 = 16;
/// A word that may follow a plain count in a time expression: a clock word
/// (see [`CLOCK_WORDS`]) or a unit of the duration grammar ([`UNIT_WORDS`]).
const AFTER_COUNT: u16 = 32;
/// An ordinal word ("first", "nineteenth", "thirtieth").
const ORDINAL: u16 = 64;
/// A word that may stand between a plain count and the time word of its
/// expression (see [`BRIDGES`]).
const BRIDGE: u16 = 128;
/// A time word (see [`time_word`]), set when the table is built: a trigger
/// that is not weak or a unit of time, each with its plural in "-s", and
/// the decades in words ("seventies", "noughties").
const TIME: u16 = 256;
/// Set by [`words_of`] only: a word that may open an attempt
/// ([`attempt_at`] tests its other conditions): a trigger, "Q3" or "H1",
/// or a trigger with figures glued on. The scanner passes over the others
/// without reading them.
const OPENS: u16 = 512;

/// A word that may stand between a weak trigger and its time word besides
/// date vocabulary and the [`BRIDGES`]: one of [`INNER_WORDS`] ("later in
/// the year", "between now and May 5"), or a word the number parser starts
/// at, since a count in a date is read by it ("the past few years", "the
/// last several months").
const INNER: u16 = 1024;

/// A weak trigger that opens one phrase only, whose time word is "week"
/// ([`WEEK_PHRASE_WORDS`]): "on" opens only "on Friday (of) next week".
/// Before any other date ("on Tuesday", "on the 5th") the date is read
/// from its own first word, with "on" as the word before it, so the
/// scanner tries "on" only with "week" in the four words after it.
const WEEK_PHRASE: u16 = 2048;

/// The words of class [`WEEK_PHRASE`].
const WEEK_PHRASE_WORDS: [&str; 1] = ["on"];

/// The classes of the words that may stand between the word opening an
/// attempt (a weak trigger or a plain count) and its time word: date
/// vocabulary, [`BRIDGES`] and [`INNER`] words. Any other word ends the
/// search for the time word.
const DATE_WORDS: u16 = TRIGGER | WEAKLY | COUNT | ORDINAL | BRIDGE | INNER;

/// Words of class [`INNER`] besides the number parser's and the
/// [`POSSESSIVES`] ("rest of my week").
const INNER_WORDS: [&str; 2] = ["in", "now"];

/// The connectors of ranges and lists and the scales, which may stand
/// between a plain count and its time word: "3 to 5 days", "6, 7 and 8
/// May", "21 million years ago" ("a" and "half", as in "2 and a half
/// hours", are triggers already); and the first letter of "7 p.m." and "9
/// o'clock" (the word after it is a clock word, as "m" of "a.m." is).
const BRIDGES: [&str; 16] = [
    "to", "and", "or", "through", "thru", "till", "until", "of", "million", "billion", "trillion",
    "dozen", "lakh", "crore", "p", "o",
];

fn table() -> &'static WordTable<u16> {
    static TABLE: OnceLock<WordTable<u16>> = OnceLock::new();
    TABLE.get_or_init(|| {
        let mut table = WordTable::new();
        fn add(table: &mut WordTable<u16>, words: &[&str], class: u16) {
            for w in words {
                *table.entry(w) |= class;
            }
        }
        add(&mut table, &TRIGGERS, TRIGGER);
        add(&mut table, &MONTHS, TRIGGER);
        add(&mut table, &MONTH_ABBR.map(|(a, _)| a), TRIGGER);
        add(&mut table, &WEEKDAYS, TRIGGER);
        add(&mut table, &WEEKDAY_ABBR.map(|(a, _)| a), TRIGGER);
        add(&mut table, &UNITS[1..], TRIGGER);
        add(&mut table, &TENS, TRIGGER);
        add(&mut table, &ORD_UNITS[1..], TRIGGER);
        add(&mut table, &PERIOD_TRIGGERS, TRIGGER);
        add(&mut table, &WEAK, WEAKLY);
        add(&mut table, &UNITS, WEAKLY | COUNT);
        add(&mut table, &TENS, WEAKLY | COUNT);
        add(&mut table, &ORD_UNITS, WEAKLY);
        add(&mut table, &["hundred", "thousand"], COUNT);
        add(&mut table, &NEAR, CLOSE);
        add(&mut table, &WEEK_PHRASE_WORDS, WEEK_PHRASE);
        add(&mut table, &TIME_UNITS, UNIT);
        add(&mut table, &CLOCK_WORDS, AFTER_COUNT);
        add(&mut table, &UNIT_WORDS.map(|(w, _, _)| w), AFTER_COUNT);
        add(&mut table, &BRIDGES, BRIDGE);
        add(&mut table, &INNER_WORDS, INNER);
        add(&mut table, &POSSESSIVES, INNER);
        let numbers: Vec<&str> = trigger_words().collect();
        add(&mut table, &numbers, INNER);
        add(&mut table, &ORD_UNITS[1..], ORDINAL);
        add(&mut table, &["twentieth", "thirtieth"], ORDINAL);
        // A time word and its plural: "day", "days", "Mondays".
        let time: Vec<String> = table
            .iter()
            .filter(|&(_, &c)| c & (TRIGGER | WEAKLY) == TRIGGER || c & UNIT != 0)
            .map(|(w, _)| w)
            .collect();
        for w in time {
            *table.entry(&w) |= TIME;
            debug_assert!(w.len() < WordTable::<u16>::MAX_LEN, "{w}");
            *table.entry(&format!("{w}s")) |= TIME;
        }
        add(&mut table, &["noughties", "thousands"], TIME);
        add(&mut table, &DECADE_NAMES, TIME);
        table
    })
}

/// The words the scanner classes, each with its class bits: looked up in
/// the lexicon's table with its own words ([`crate::lexicon::Lexicon::word_class`]),
/// so that a token is looked up once for both.
pub(crate) fn word_classes() -> impl Iterator<Item = (String, u16)> {
    table().iter().map(|(w, &bits)| (w, bits))
}

/// The classes of a word, in any case.
fn class(w: &str) -> u16 {
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
fn strong(w: &str, class: u16) -> bool {
    quarter_or_half(w) || class & (TRIGGER | WEAKLY) == TRIGGER
}

/// A word of a text (a run of letters and digits, see [`alnum_end`]) with
/// its classes, looked up once: none for a word that starts with a digit,
/// which is read as a figure.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Word {
    pub start: usize,
    pub end: usize,
    class: u16,
}

impl Word {
    /// The run at `start..end`, not classed yet (see [`class_runs`]).
    pub(crate) fn run(start: usize, end: usize) -> Word {
        Word {
            start,
            end,
            class: 0,
        }
    }

    /// The word at `by` bytes before its place: its place in a part of
    /// the text that starts there.
    pub(super) fn moved_back(&self, by: usize) -> Word {
        Word {
            start: self.start - by,
            end: self.end - by,
            class: self.class,
        }
    }

    /// Whether the word starts with a digit (a figure, read as such).
    pub(super) fn figure(&self, text: &str) -> bool {
        text.as_bytes()[self.start].is_ascii_digit()
    }

    /// Whether the word, not a figure, may open an attempt (see [`OPENS`]);
    /// [`attempt_at`] decides.
    pub(super) fn opens(&self) -> bool {
        self.class & OPENS != 0
    }
}

/// The words of `text`, in order. The scanner walks them, and its look
/// ahead reads the next words off the list instead of splitting and looking
/// up the text again.
pub(super) fn words_of(text: &str) -> Vec<Word> {
    let b = text.as_bytes();
    let mut out = Vec::with_capacity(text.len() / 5 + 1);
    let mut i = 0;
    while let Some(&x) = b.get(i) {
        if x.is_ascii() {
            if !x.is_ascii_alphanumeric() {
                i += 1;
                continue;
            }
        } else {
            let Some(c) = text[i..].chars().next() else {
                break;
            };
            if !is_alnum(c) {
                i += c.len_utf8();
                continue;
            }
        }
        let end = alnum_end(text, i);
        out.push(word(text, i..end));
        i = end;
    }
    out
}

/// Classes the runs of letters and digits of one word token of `text`, as
/// the tokenizer cuts them (see [`crate::segment::Doc::runs`]), so that the tokens' runs
/// are the list [`words_of`] makes. A run that is the token's whole
/// `surface`, ASCII, takes `time`, the class bits the token's own lookup
/// found ([`crate::segment::Token::class`]); only the others (parts of
/// joined words, words not ASCII) are looked up.
pub(crate) fn class_runs(
    text: &str,
    runs: &mut [Word],
    surface: &Range<usize>,
    ascii: bool,
    time: u16,
) {
    // (Most tokens are one ASCII run, the whole surface: its bits are
    // taken here, inline in the tokenizer's loop. The others go through
    // calls, which keep the table lookup out of that loop; the loop below
    // alone, with both cases inline, cost 0.65% more of the extraction.)
    if let ([r], true) = (&mut *runs, ascii) {
        if r.start == surface.start && r.end == surface.end {
            r.class = word_bits(text, r.start..r.end, time);
            return;
        }
    }
    for r in runs {
        *r = if ascii && r.start == surface.start && r.end == surface.end {
            classed(text, r.start..r.end, time)
        } else {
            word(text, r.start..r.end)
        };
    }
}

/// The word at `span` of `text` (a whole run of letters and digits), its
/// classes looked up.
fn word(text: &str, span: Range<usize>) -> Word {
    let c = class(&text[span.clone()]);
    classed(text, span, c)
}

/// The word at `span` of `text`, `c` being its class bits, classed by
/// [`word_bits`].
fn classed(text: &str, span: Range<usize>, c: u16) -> Word {
    Word {
        start: span.start,
        end: span.end,
        class: word_bits(text, span, c),
    }
}

/// [`Word::class`] of the word at `span` of `text`, `c` being its class
/// bits: none for a figure, and whether it may open an attempt.
#[inline(always)]
fn word_bits(text: &str, span: Range<usize>, c: u16) -> u16 {
    let (i, end) = (span.start, span.end);
    let b = text.as_bytes();
    if b[i].is_ascii_digit() {
        return 0;
    }
    // Figures glued on ("Q3", "H1", "mid2020") end in a digit: most
    // words are told by their last byte.
    let opens = c & TRIGGER != 0
        || b[end - 1].is_ascii_digit() && {
            let w = &text[i..end];
            quarter_or_half(w) || is_trigger(w.trim_end_matches(|d: char| d.is_ascii_digit()))
        };
    c | if opens { OPENS } else { 0 }
}

/// Whether the scanner attempts a parse at `words[k]` of `text` (not a
/// figure): a trigger, or a trigger with figures glued on ("Q3", "H1"
/// aside); a weak one only with a time word ahead.
pub(super) fn attempt_at(text: &str, words: &[Word], k: usize) -> bool {
    let c = words[k].class;
    if !words[k].opens() {
        return false;
    }
    if c & WEAKLY == 0 {
        return true;
    }
    let week_ahead = || {
        words[k + 1..(k + 5).min(words.len())]
            .iter()
            .any(|w| text[w.start..w.end].eq_ignore_ascii_case("week"))
    };
    (c & WEEK_PHRASE == 0 || week_ahead())
        && anchor_ahead(text, words, k, if c & CLOSE != 0 { 2 } else { 4 })
}

/// [`attempt_at`] for the first word of `text`.
#[cfg(test)]
pub(super) fn attempt_at_word(text: &str) -> bool {
    attempt_at(text, &words_of(text), 0)
}

/// Whether the figure `words[k]` of `text` may open a time expression:
/// when it carries a mark of a date ([`marked_figure`]), and when a plain
/// count ("63", "5,100", "3.5", "14-hour") has a time word, a clock word or
/// a marked figure within the next five words, with only plain figures and
/// [`DATE_WORDS`] before it, as after a weak trigger ("5 March", "3 to 5
/// days", "4 to 22 this month", "21 million years ago", "5 pm", "6, 7 and
/// 8 May", "11 - 2016", "5.30 am", "2.5 years", "14-hour"; not "12 vessels
/// to 10 last year", "3.5 per cent", "60-bed"). A decimal after a word
/// that may stand before a day in figures ("on 4.22") may be one.
pub(super) fn figure_may_open(text: &str, words: &[Word], k: usize) -> bool {
    let start = words[k].start;
    let Some(e) = plain_count_end(&text[start..]) else {
        return !count_with_unit(&text[start..]);
    };
    // A percentage is no date ("40%").
    if text.as_bytes().get(start + e) == Some(&b'%') {
        return false;
    }
    if text.as_bytes()[start..start + e].contains(&b'.')
        && k.checked_sub(1).is_some_and(|p| {
            let before = &text[words[p].start..words[p].end];
            BEFORE_DAY_IN_FIGURES
                .iter()
                .any(|w| before.eq_ignore_ascii_case(w))
        })
    {
        return true;
    }
    // The words after the count ("5,100" is two words; so are "3.5" and
    // "14-hour", whose glued word is the first read).
    let after = start + e;
    let m = k + words[k..].partition_point(|w| w.start < after);
    for w in &words[m..(m + 5).min(words.len())] {
        let s = &text[w.start..w.end];
        if w.figure(text) {
            if marked_figure(&text[w.start..]) {
                return true;
            }
            continue;
        }
        let c = w.class;
        if time_word(s, c) || c & AFTER_COUNT != 0 || ZONES.contains(&s) {
            return true;
        }
        if c & DATE_WORDS == 0 {
            return false;
        }
    }
    false
}

/// [`figure_may_open`] for the figure that starts `text`.
#[cfg(test)]
pub(super) fn figure_opens(text: &str) -> bool {
    figure_may_open(text, &words_of(text), 0)
}

/// A figure at the start of `text` that carries a mark of a date: four
/// digits or more ("2019", "0447 GMT", "20190305"), or a letter or sign
/// glued to it ("5th", "1990s", "5pm", "10:25", "5/3", "2019-20",
/// "13.5.2015").
fn marked_figure(text: &str) -> bool {
    plain_count_end(text).is_none()
}

/// The end of a plain count at the start of `text` (one to three digits,
/// groups of thousands, a decimal part: "63", "5,100", "400,000", "3.5")
/// followed by a space, the end, a comma, stop, bracket, quote or percent
/// sign, or a dash and a letter (a word glued on: "14-hour", "60-bed");
/// None when the figure is longer or has something else glued to it.
fn plain_count_end(text: &str) -> Option<usize> {
    let b = text.as_bytes();
    let k = count_end(b)?;
    let plain = match text[k..].chars().next() {
        None => true,
        Some(c) if c.is_whitespace() => true,
        Some(',' | ';' | ')' | ']' | '"' | '\u{201d}' | '%') => true,
        Some('.') => !b.get(k + 1).is_some_and(u8::is_ascii_alphanumeric),
        Some('-') => b.get(k + 1).is_some_and(u8::is_ascii_alphabetic),
        Some(_) => false,
    };
    plain.then_some(k)
}

/// The end of the count that opens `b`: one to three digits, groups of
/// thousands and a decimal part ("63", "5,100", "3.5"); None when four
/// digits or more open it.
fn count_end(b: &[u8]) -> Option<usize> {
    let digits = |k: usize| b[k..].iter().take_while(|d| d.is_ascii_digit()).count();
    let lead = digits(0);
    if lead >= 4 {
        return None;
    }
    let mut k = lead;
    while b.get(k) == Some(&b',') && digits(k + 1) == 3 {
        k += 4;
    }
    if b.get(k) == Some(&b'.') && digits(k + 1) > 0 {
        k += 1 + digits(k + 1);
    }
    Some(k)
}

/// Whether `text` opens with a count whose letters glued on no date reads:
/// a unit of another measure ("45mph", "16m", "43.9C", "3G"). An ordinal's
/// or plural's ending ("5th", "90s"), a clock's ("5pm", "7p.m.") and a
/// time word or unit of time ("30secs", "5jan") are a date's.
fn count_with_unit(text: &str) -> bool {
    let b = text.as_bytes();
    let Some(k) = count_end(b) else {
        return false;
    };
    let letters = b[k..]
        .iter()
        .take_while(|c| c.is_ascii_alphabetic())
        .count();
    if letters == 0
        || b.get(k + letters)
            .is_some_and(|c| !c.is_ascii() || c.is_ascii_digit())
    {
        return false;
    }
    let w = &text[k..k + letters];
    // Asked of the grammars' own readers of what follows a figure.
    let date_ending = lex::ordinal_suffix(w).is_ok_and(|(rest, _)| rest.is_empty())
        || w.eq_ignore_ascii_case("s")
        || clock::ampm_tag(&text[k..]).is_ok()
        || duration::unit_word(w).is_ok()
        || time_word(w, class(w));
    !date_ending
}

/// Whether a time word (a figure that may open a time expression, a
/// trigger that is not weak, or a unit of time, singular or plural) stands
/// within the `window` words after `words[k]` of `text`, a weak trigger,
/// with only date words and connectors before it.
fn anchor_ahead(text: &str, words: &[Word], k: usize, window: usize) -> bool {
    let mut before = words[k].class;
    let next = &words[k + 1..(k + 1 + window).min(words.len())];
    for (j, w) in next.iter().enumerate() {
        let s = &text[w.start..w.end];
        if w.figure(text) {
            // Right after the trigger, one or two digits before no other
            // word may be a day alone ("on the 27."); a figure read on ("a
            // 21 percent premium", "from 4,500 to 5,100") or elsewhere must
            // open a date.
            let alone = || {
                plain_count_end(&text[w.start..]) == Some(s.len())
                    && !text[w.end..]
                        .trim_start()
                        .starts_with(|c: char| is_alnum(c) || c == '%')
            };
            if j == 0 && s.len() <= 2 && alone() || figure_may_open(text, words, k + 1 + j) {
                return true;
            }
            before = 0;
            continue;
        }
        let c = w.class;
        // Number words may be a year ("nineteen twenty eight", "the two
        // thousand and tens") or a day ("the twenty-first"): a count word,
        // the trigger or the word after it, then a count word or an ordinal.
        if j < 2 && before & COUNT != 0 && c & (COUNT | ORDINAL) != 0 || time_word(s, c) {
            return true;
        }
        // A word that is neither date vocabulary nor a connector ends the
        // search, as after a figure: the time word after it belongs to
        // another phrase ("the mine gate since Tuesday", "for them to leave
        // today").
        if c & DATE_WORDS == 0 {
            return false;
        }
        before = c;
    }
    false
}

/// Whether `w`, of class `cw`, is a time word: a trigger that is not weak,
/// a unit of time (singular or plural) or a decade in words (the table's
/// [`TIME`] bit), or "Q3", "H1" (plural too). An ordinal word is none:
/// alone it names no day ("the second", "the first carriage"); with a unit
/// or a month it has one near.
#[inline]
fn time_word(w: &str, cw: u16) -> bool {
    let stem = w.strip_suffix(['s', 'S']).unwrap_or(w);
    let time = cw & TIME != 0 || quarter_or_half(w) || quarter_or_half(stem);
    // Checked in debug builds (every test): the bit is the definition.
    debug_assert_eq!(
        time,
        {
            let cs = class(stem);
            strong(w, cw) || strong(stem, cs) || (cw | cs) & UNIT != 0 || is_decade_word(w)
        },
        "{w:?}"
    );
    time
}
