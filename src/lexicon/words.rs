//! One table of single words for everything a token is looked up for at
//! segmentation: the lexicon lists it is in, the date scanner's classes of
//! it, and whether a number may start with it. A token is looked up once;
//! the context readers and both scanners read the result off the token.

use crate::text::WordTable;

/// What one lookup of a word tells (see [`super::Lexicon::word_class`]).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct WordClass {
    /// The lexicon lists the word is in ([`super::class`] bits).
    pub lexicon: u16,
    /// The date scanner's class bits ([`crate::extract::time::word_classes`]).
    pub time: u16,
    /// A number may start with the word ([`crate::extract::number::trigger_words`]).
    pub number: bool,
}

/// The table. Any lexicon, an empty one too, holds the date scanner's
/// words and the number parser's: they are the parsers', not the rule
/// files'.
#[derive(Debug, Clone)]
pub(super) struct WordClasses(pub(super) WordTable<WordClass>);

impl Default for WordClasses {
    fn default() -> Self {
        let mut table: WordTable<WordClass> = WordTable::new();
        for (w, bits) in crate::extract::time::word_classes() {
            table.entry(&w).time = bits;
        }
        for w in crate::extract::number::trigger_words() {
            table.entry(w).number = true;
        }
        WordClasses(table)
    }
}
