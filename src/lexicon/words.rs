//! One table of single words for everything a token is looked up for at
//! segmentation: the lexicon lists it is in, the date scanner's classes of
//! it, and whether a number may start with it. A token is looked up once;
//! the context readers and both scanners read the result off the token.
//! Also the shapes of the keys of the lists asked about most names and
//! figures, which answer most such questions without a hash.

use std::ops::Range;

use crate::hash::{WordMap, WordSet};
use crate::text::{Shapes, WordTable};

/// Lexicon lists a single word is looked up in, one bit each. Segmentation
/// records each token's bits ([`crate::segment::Token::class`]); the
/// context readers test the bits instead of hashing the word again for
/// every claim of its sentence.
pub mod class {
    pub const STOPWORD: u32 = 1;
    /// A word that names an event by itself ([`crate::lexicon::Lexicon::event`]).
    pub const EVENT: u32 = 1 << 1;
    /// The first word of an event phrase of several words.
    pub const EVENT_HEAD: u32 = 1 << 2;
    pub const CLAUSE_OPENER: u32 = 1 << 3;
    pub const TARGET: u32 = 1 << 4;
    pub const FUTURE: u32 = 1 << 5;
    pub const SCOPE_PREPOSITION: u32 = 1 << 6;
    pub const ORG_WORD: u32 = 1 << 7;
    /// A hedge of one word ([`crate::lexicon::Lexicon::hedge`]).
    pub const HEDGE: u32 = 1 << 8;
    /// A title of one word, written with or without its full stop ("col"
    /// for "Col."; [`crate::lexicon::Lexicon::is_title_word`]).
    pub const TITLE_WORD: u32 = 1 << 9;
    pub const PARTICLE: u32 = 1 << 10;
    /// A word that puts its clause in the past ([`crate::lexicon::Lexicon::is_past_word`]).
    pub const PAST: u32 = 1 << 11;
    /// A word that names a kind of organisation ([`crate::lexicon::Lexicon::org_class`]).
    pub const ORG_CLASS: u32 = 1 << 12;
    /// The first word of a counted noun of several words ("miles per
    /// hour"; [`crate::lexicon::Lexicon::unit_of_noun`]).
    pub const UNIT_HEAD: u32 = 1 << 13;
    /// The first word of a title of several words ("defense minister";
    /// [`crate::lexicon::Lexicon::is_title`]).
    pub const TITLE_HEAD: u32 = 1 << 14;
    /// The first word of a hedge ("more" of "more than", "about";
    /// [`crate::lexicon::Lexicon::hedge`]).
    pub const HEDGE_FIRST: u32 = 1 << 15;
    /// The first word of a hedge written after its figure ("or" of "or
    /// more"; [`crate::lexicon::Lexicon::hedge_after`]).
    pub const HEDGE_AFTER_FIRST: u32 = 1 << 16;
    /// A word that qualifies a figure ("peak" for "height";
    /// [`crate::lexicon::Lexicon::qualifier`]).
    pub const QUALIFIER: u32 = 1 << 17;
    /// A word that marks a date as the one a plan was moved from
    /// ("originally"; [`crate::lexicon::Lexicon::is_superseded_word`]).
    pub const SUPERSEDED: u32 = 1 << 18;
    /// A verb that says what a figure counts ("killed";
    /// [`crate::lexicon::Lexicon::unit_of_verb`]).
    pub const UNIT_VERB: u32 = 1 << 19;
    /// A verb that moves a date ("postponed";
    /// [`crate::lexicon::Lexicon::is_reschedule_verb`]).
    pub const RESCHEDULE_VERB: u32 = 1 << 20;
    /// An abbreviation a stop after which ends no sentence ("approx";
    /// [`crate::lexicon::Lexicon::is_abbreviation`]).
    pub const ABBREVIATION: u32 = 1 << 21;
}

/// What one lookup of a word tells (see [`super::Lexicon::word_class`]).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct WordClass {
    /// The lexicon lists the word is in ([`super::class`] bits).
    pub lexicon: u32,
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

/// The class table of a lexicon, and what it tells of a word.
impl super::Lexicon {
    /// Records the class bits of every word of the classed lists (a
    /// phrase of several words is no token's word and is left out, as is
    /// a word with a NUL byte, which no table can hold).
    pub(super) fn index_classes(&mut self) {
        // The first words of the events, counted nouns and titles of
        // several words, and of the hedges of any length.
        let owned = |words: &mut dyn Iterator<Item = &str>| -> Vec<String> {
            words.map(str::to_string).collect()
        };
        let event_heads = owned(&mut first_words(self.events.keys(), true));
        let unit_heads = owned(&mut first_words(self.unit_nouns.keys(), true));
        let title_heads = owned(&mut first_words(self.titles.iter(), true));
        let hedge_firsts = owned(&mut first_words(self.hedges.keys(), false));
        let after_firsts = owned(&mut first_words(self.hedges_after.keys(), false));
        let lists: [(u32, Vec<&String>); 23] = [
            (class::STOPWORD, self.stopwords.iter().collect()),
            (class::EVENT, self.events.keys().collect()),
            (class::EVENT_HEAD, event_heads.iter().collect()),
            (class::CLAUSE_OPENER, self.clause_openers.iter().collect()),
            (class::TARGET, self.target_words.iter().collect()),
            (class::FUTURE, self.future_words.iter().collect()),
            (class::PAST, self.past_words.iter().collect()),
            (
                class::SCOPE_PREPOSITION,
                self.scope_prepositions.iter().collect(),
            ),
            (class::ORG_WORD, self.org_words.iter().collect()),
            (class::ORG_CLASS, self.org_classes.keys().collect()),
            (class::UNIT_HEAD, unit_heads.iter().collect()),
            (class::TITLE_HEAD, title_heads.iter().collect()),
            (class::HEDGE_FIRST, hedge_firsts.iter().collect()),
            (class::HEDGE_AFTER_FIRST, after_firsts.iter().collect()),
            (class::HEDGE, self.hedges.keys().collect()),
            (class::TITLE_WORD, self.titles.iter().collect()),
            (class::TITLE_WORD, self.dotted_titles.iter().collect()),
            (class::PARTICLE, self.particles.iter().collect()),
            (class::QUALIFIER, self.qualifiers.keys().collect()),
            (class::SUPERSEDED, self.superseded_words.iter().collect()),
            (class::UNIT_VERB, self.unit_verbs.keys().collect()),
            (
                class::RESCHEDULE_VERB,
                self.reschedule_verbs.iter().collect(),
            ),
            (class::ABBREVIATION, self.abbreviations.iter().collect()),
        ];
        let mut short = WordClasses::default();
        let mut long: WordMap<String, u32> = WordMap::default();
        for (bit, words) in lists {
            for w in words.into_iter().filter(|w| !w.contains([' ', '\0'])) {
                if w.len() <= WordTable::<u16>::MAX_LEN {
                    short.0.entry(w).lexicon |= bit;
                } else {
                    *long.entry(w.clone()).or_default() |= bit;
                }
            }
        }
        (self.classes, self.long_classes) = (short, long);
    }

    /// The [`class`] bits of the word `w`: one lookup for all the classed
    /// lists. A phrase (with a space) has none: the lists' phrases are
    /// looked up as phrases.
    pub fn classes(&self, w: &str) -> u32 {
        self.word_class(w).lexicon
    }

    /// All that one lookup of the word `w` tells: [`Lexicon::classes`],
    /// and the parsers' classes of it (none for a word longer than a word
    /// table holds, as the parsers' words are not).
    pub fn word_class(&self, w: &str) -> WordClass {
        let found = if w.len() <= WordTable::<u16>::MAX_LEN {
            self.classes
                .0
                .get(w.as_bytes())
                .copied()
                .unwrap_or_default()
        } else {
            WordClass {
                lexicon: self.long_classes.get(w).copied().unwrap_or(0),
                ..WordClass::default()
            }
        };
        debug_assert!(
            w.contains(' ') || found.lexicon == self.classes_by_list(w),
            "the classes of {w:?}"
        );
        found
    }

    /// [`Lexicon::word_class`] of the word `folded[span]`, which is folded
    /// already and holds no NUL byte (a token's word in the text folded by
    /// bytes): a short word's key is read off `folded` in one load.
    pub fn word_class_in(&self, folded: &str, span: Range<usize>) -> WordClass {
        if span.len() > WordTable::<u16>::MAX_LEN {
            return self.word_class(&folded[span]);
        }
        let found = self
            .classes
            .0
            .get_folded(folded.as_bytes(), span.clone())
            .copied()
            .unwrap_or_default();
        debug_assert_eq!(found, self.word_class(&folded[span]));
        found
    }

    /// [`Lexicon::classes`] by each list's own lookup (the debug check).
    fn classes_by_list(&self, w: &str) -> u32 {
        [
            (class::STOPWORD, self.is_stopword(w)),
            (class::EVENT, self.event(w).is_some()),
            (
                class::EVENT_HEAD,
                first_words(self.events.keys(), true).any(|h| h == w),
            ),
            (class::CLAUSE_OPENER, self.opens_clause(w)),
            (class::TARGET, self.is_target_word(w)),
            (class::FUTURE, self.is_future_word(w)),
            (class::PAST, self.is_past_word(w)),
            (class::SCOPE_PREPOSITION, self.is_scope_preposition(w)),
            (class::ORG_WORD, self.is_org_word(w)),
            (class::ORG_CLASS, self.org_classes.contains_key(w)),
            (
                class::UNIT_HEAD,
                first_words(self.unit_nouns.keys(), true).any(|h| h == w),
            ),
            (
                class::TITLE_HEAD,
                first_words(self.titles.iter(), true).any(|h| h == w),
            ),
            (
                class::HEDGE_FIRST,
                first_words(self.hedges.keys(), false).any(|h| h == w),
            ),
            (
                class::HEDGE_AFTER_FIRST,
                first_words(self.hedges_after.keys(), false).any(|h| h == w),
            ),
            (class::HEDGE, self.hedge(w).is_some()),
            (class::TITLE_WORD, self.is_title_word(w)),
            (class::PARTICLE, self.is_particle(w)),
            (class::QUALIFIER, self.qualifier(w).is_some()),
            (class::SUPERSEDED, self.is_superseded_word(w)),
            (class::UNIT_VERB, self.unit_of_verb(w).is_some()),
            (class::RESCHEDULE_VERB, self.is_reschedule_verb(w)),
            (class::ABBREVIATION, self.is_abbreviation(w)),
        ]
        .iter()
        .filter(|(_, on)| *on)
        .fold(0, |a, (b, _)| a | b)
    }
}

/// The first words of `phrases`: of those of several words only when
/// `several`, else of every one (a phrase of one word is its own).
fn first_words<'a>(
    phrases: impl Iterator<Item = &'a String>,
    several: bool,
) -> impl Iterator<Item = &'a str> {
    phrases.filter_map(move |k| match k.split_once(' ') {
        Some((first, _)) => Some(first),
        None => (!several).then_some(k.as_str()),
    })
}
