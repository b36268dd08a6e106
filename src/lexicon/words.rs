//! One table of single words for everything a token is looked up for at
//! segmentation: the lexicon lists it is in, the date scanner's classes of
//! it, and whether a number may start with it. A token is looked up once;
//! the context readers and both scanners read the result off the token.
//! Also the shapes of the keys of the lists asked about most names and
//! figures, which answer most such questions without a hash.

use crate::text::{Shapes, WordMap, WordSet, WordTable};

/// Lexicon lists a single word is looked up in, one bit each. Segmentation
/// records each token's bits ([`crate::segment::Token::class`]); the
/// context readers test the bits instead of hashing the word again for
/// every claim of its sentence.
pub mod class {
    pub const STOPWORD: u16 = 1;
    /// A word that names an event by itself ([`crate::lexicon::Lexicon::event`]).
    pub const EVENT: u16 = 1 << 1;
    /// The first word of an event phrase of several words.
    pub const EVENT_HEAD: u16 = 1 << 2;
    pub const CLAUSE_OPENER: u16 = 1 << 3;
    pub const TARGET: u16 = 1 << 4;
    pub const FUTURE: u16 = 1 << 5;
    pub const SCOPE_PREPOSITION: u16 = 1 << 6;
    pub const ORG_WORD: u16 = 1 << 7;
    /// A hedge of one word ([`crate::lexicon::Lexicon::hedge`]).
    pub const HEDGE: u16 = 1 << 8;
    /// A title of one word, written with or without its full stop ("col"
    /// for "Col."; [`crate::lexicon::Lexicon::is_title_word`]).
    pub const TITLE_WORD: u16 = 1 << 9;
    pub const PARTICLE: u16 = 1 << 10;
    /// A word that puts its clause in the past ([`crate::lexicon::Lexicon::is_past_word`]).
    pub const PAST: u16 = 1 << 11;
    /// A word that names a kind of organisation ([`crate::lexicon::Lexicon::org_class`]).
    pub const ORG_CLASS: u16 = 1 << 12;
    /// The first word of a counted noun of several words ("miles per
    /// hour"; [`crate::lexicon::Lexicon::unit_of_noun`]).
    pub const UNIT_HEAD: u16 = 1 << 13;
    /// The first word of a title of several words ("defense minister";
    /// [`crate::lexicon::Lexicon::is_title`]).
    pub const TITLE_HEAD: u16 = 1 << 14;
}

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

/// The shapes ([`Shapes`]) of the keys of the lexicon's lists asked about
/// the words of most names and figures (units, places, demonyms, roles,
/// generic places): most words asked are in none of them, and are ruled
/// out by their shape before they are hashed.
#[derive(Clone, Default)]
pub(super) struct KeyShapes {
    pub(super) unit_nouns: Shapes,
    pub(super) places: Shapes,
    pub(super) demonyms: Shapes,
    pub(super) roles: Shapes,
    pub(super) generic_places: Shapes,
}

impl std::fmt::Debug for KeyShapes {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("KeyShapes")
    }
}

impl KeyShapes {
    pub(super) fn of(lex: &super::Lexicon) -> KeyShapes {
        let of = |keys: &mut dyn Iterator<Item = &String>| {
            let mut shapes = Shapes::default();
            keys.for_each(|k| shapes.insert(k.as_bytes()));
            shapes
        };
        KeyShapes {
            unit_nouns: of(&mut lex.unit_nouns.keys()),
            places: of(&mut lex.places.keys()),
            demonyms: of(&mut lex.demonyms.keys()),
            roles: of(&mut lex.roles.iter()),
            generic_places: of(&mut lex.generic_places.iter()),
        }
    }
}

/// The value of `w` in `map`, whose keys have the shapes `shapes`.
pub(super) fn get<'a, V>(map: &'a WordMap<String, V>, shapes: &Shapes, w: &str) -> Option<&'a V> {
    if !shapes.may_hold(w.as_bytes()) {
        debug_assert!(!map.contains_key(w), "{w:?} is a key of another shape");
        return None;
    }
    map.get(w)
}

/// [`get`] of a noun: of `w`, else of its singular.
pub(super) fn get_noun<'a, V>(
    map: &'a WordMap<String, V>,
    shapes: &Shapes,
    w: &str,
) -> Option<&'a V> {
    get(map, shapes, w).or_else(|| get(map, shapes, &super::singular(w)))
}

/// Whether the noun `w` or its singular is in `set`, whose words have the
/// shapes `shapes`.
pub(super) fn has_noun(set: &WordSet<String>, shapes: &Shapes, w: &str) -> bool {
    has(set, shapes, w) || has(set, shapes, &super::singular(w))
}

/// Whether `w` is in `set`, whose words have the shapes `shapes`.
fn has(set: &WordSet<String>, shapes: &Shapes, w: &str) -> bool {
    if !shapes.may_hold(w.as_bytes()) {
        debug_assert!(!set.contains(w), "{w:?} is a word of another shape");
        return false;
    }
    set.contains(w)
}
