//! The lexicon: general word knowledge the extractors use (units and their
//! synonyms, hedges, titles and roles, name particles, places and demonyms,
//! scope words, change and target words, event words, stop words,
//! transliteration folds). It is data, read from the `lexicon:` sections of
//! the YAML rule files, so a rule author extends it without Rust.

use std::borrow::Cow;

use serde::Deserialize;

mod words;
pub use words::{class, WordClass};
use words::{get, get_noun, has_noun, KeyShapes, WordClasses};

use crate::hash::{WordMap as HashMap, WordSet as HashSet};
use crate::text::{fold_ascii, fold_word, strip_diacritics};

/// The `lexicon:` section of a rule file, as written.
#[derive(Debug, Default, Clone, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct LexiconSpec {
    /// Counted nouns grouped by the quantity they count.
    pub units: Vec<UnitSpec>,
    /// Hedge phrases and the interval they put around a figure.
    pub hedges: Vec<HedgeSpec>,
    /// Capitalised titles before a name ("President", "Col.", "Defense Minister").
    pub titles: Vec<String>,
    /// Lower-case role nouns before a name ("statistician", "spokesman").
    pub roles: Vec<String>,
    /// Lower-case name particles ("al", "bin", "de", "van").
    pub particles: Vec<String>,
    /// Abbreviations whose period does not end a sentence ("Col", "Jan").
    pub abbreviations: Vec<String>,
    /// Places with their demonyms and other names.
    pub places: Vec<PlaceSpec>,
    /// Words that mark a name as an organisation ("Group", "Ministry").
    pub org_words: Vec<String>,
    /// Prepositions that introduce a scope ("in", "across").
    pub scope_prepositions: Vec<String>,
    /// Place words that name no particular place ("region", "country").
    pub generic_places: Vec<String>,
    /// Verbs that turn "from X to Y" into a change.
    pub change_verbs: Vec<String>,
    /// Verbs that move an event in time, making a date range "from X to Y"
    /// the old date and the new ("postponed", "brought forward").
    pub reschedule_verbs: Vec<String>,
    /// Words that make a date in their segment the one a plan was moved
    /// from ("had originally been set for November 8").
    pub superseded_words: Vec<String>,
    /// Words before a figure that make it a plan or target ("goal", "planned").
    pub target_words: Vec<String>,
    /// Words right after a figure's noun that make it a plan ("will").
    pub future_words: Vec<String>,
    /// Words that put a clause in the past ("was", "had", "held"); with
    /// regular past forms in "-ed", they tell a past date from a coming
    /// one when the year is not written.
    pub past_words: Vec<String>,
    /// Event concepts that dates are attached to.
    pub events: Vec<EventSpec>,
    /// How a date relates to its event ("until", "by", "since").
    pub relations: Vec<RelationSpec>,
    /// Function words and reporting verbs that carry no measure.
    pub stopwords: Vec<String>,
    /// Words that open another clause ("that", "when", "because"): a
    /// subject, scope or event word on the far side belongs to it.
    pub clause_openers: Vec<String>,
    /// Words that qualify a figure as a different measure of the same
    /// thing ("peak" for "at its height").
    pub qualifiers: Vec<EventSpec>,
    /// First words of a name that make it a place ("San", "Port").
    pub place_prefixes: Vec<String>,
    /// Kinds of organisation ("public", "business"): "the company" may be
    /// a named firm but not "the Department of ...".
    pub org_classes: Vec<EventSpec>,
    /// Spelling folds applied before comparing transliterated names.
    pub transliterations: Vec<Translit>,
    /// Groups of names known to be the same entity (an editor's aliases).
    pub aliases: Vec<Vec<String>>,
    /// How many days before an article's date an undated statement covers.
    pub current_window_days: Option<u32>,
}

impl LexiconSpec {
    /// How many entries the section holds (one per unit, hedge, word,
    /// place, fold, alias group or setting), as `rules validate` reports.
    pub fn entries(&self) -> usize {
        let lists = [
            self.units.len(),
            self.hedges.len(),
            self.titles.len(),
            self.roles.len(),
            self.particles.len(),
            self.abbreviations.len(),
            self.places.len(),
            self.org_words.len(),
            self.scope_prepositions.len(),
            self.generic_places.len(),
            self.change_verbs.len(),
            self.reschedule_verbs.len(),
            self.superseded_words.len(),
            self.target_words.len(),
            self.future_words.len(),
            self.past_words.len(),
            self.events.len(),
            self.relations.len(),
            self.stopwords.len(),
            self.clause_openers.len(),
            self.qualifiers.len(),
            self.place_prefixes.len(),
            self.org_classes.len(),
            self.transliterations.len(),
            self.aliases.len(),
        ];
        lists.iter().sum::<usize>() + usize::from(self.current_window_days.is_some())
    }
}

#[derive(Debug, Default, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct UnitSpec {
    pub name: String,
    #[serde(default)]
    pub nouns: Vec<String>,
    /// Verbs that make a generic noun count this ("people killed" -> deaths).
    #[serde(default)]
    pub verbs: Vec<String>,
    /// A generic noun ("people") that a following verb may specialise.
    #[serde(default)]
    pub generic: bool,
    /// Figures in this unit are not compared (ages, durations...).
    #[serde(default)]
    pub compare: Option<bool>,
    /// What a unit of measure measures ("length", "temperature"); counted
    /// nouns ("troops") have none.
    #[serde(default)]
    pub dimension: Option<String>,
    /// The unit in its dimension's base unit (the one whose factor is 1):
    /// a figure `x` in it is `x * factor + offset` there ("km": 1000, in
    /// metres). Figures in units of one dimension that have factors are
    /// compared in the base unit ("6 km" against "four miles").
    #[serde(default, deserialize_with = "positive")]
    pub factor: Option<f64>,
    /// Added after the factor, for scales that do not start at zero
    /// (degrees Fahrenheit in Celsius).
    #[serde(default)]
    pub offset: Option<f64>,
}

/// A unit's factor: a finite number above zero.
fn positive<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Option<f64>, D::Error> {
    let x = f64::deserialize(d)?;
    if x.is_finite() && x > 0.0 {
        Ok(Some(x))
    } else {
        Err(serde::de::Error::custom(format!(
            "factor must be a number above zero, not {x}"
        )))
    }
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct HedgeSpec {
    pub words: Vec<String>,
    /// Relative lower bound: -0.1 means 10% below the figure.
    pub low: f64,
    /// Relative upper bound; `.inf` for open-ended ("more than").
    pub high: f64,
    /// Written after the figure ("500 or more").
    #[serde(default)]
    pub after: bool,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PlaceSpec {
    pub name: String,
    #[serde(default)]
    pub demonyms: Vec<String>,
    #[serde(default)]
    pub aliases: Vec<String>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EventSpec {
    pub name: String,
    pub words: Vec<String>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RelationSpec {
    pub name: String,
    pub words: Vec<String>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Translit {
    pub from: String,
    pub to: String,
}

#[derive(Debug, Clone)]
pub struct Unit {
    pub name: String,
    pub generic: bool,
    pub compare: bool,
    /// A unit of measure's dimension ("length"); `None` for counted nouns.
    pub dimension: Option<String>,
    /// How a figure in this unit reads in its dimension's base unit.
    pub scale: Option<Scale>,
}

/// A unit's map into its dimension's base unit: `x * factor + offset`.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Scale {
    pub factor: f64,
    pub offset: f64,
}

impl Scale {
    pub fn apply(&self, x: f64) -> f64 {
        x * self.factor + self.offset
    }
}

#[derive(Debug, Clone, Copy)]
pub struct Hedge {
    pub low: f64,
    pub high: f64,
}

impl Hedge {
    /// A comparison ("more than", "at most", "equal to") rather than an
    /// approximation ("about", "nearly"): each end is the figure itself or open.
    pub fn is_bound(&self) -> bool {
        (self.low == 0.0 || self.low <= -1.0) && (self.high == 0.0 || self.high.is_infinite())
    }
}

/// The merged lexicon, indexed for lookups.
#[derive(Debug, Clone, Default)]
pub struct Lexicon {
    pub units: Vec<Unit>,
    unit_nouns: HashMap<String, usize>,
    unit_verbs: HashMap<String, usize>,
    hedges: HashMap<String, Hedge>,
    pub max_hedge_words: usize,
    hedges_after: HashMap<String, Hedge>,
    pub max_hedge_after_words: usize,
    titles: HashSet<String>,
    /// Titles written with a full stop ("col."), without it: the word as
    /// the tokenizer leaves it.
    dotted_titles: HashSet<String>,
    pub max_title_words: usize,
    roles: HashSet<String>,
    particles: HashSet<String>,
    abbreviations: HashSet<String>,
    places: HashMap<String, String>,
    demonyms: HashMap<String, String>,
    org_words: HashSet<String>,
    scope_prepositions: HashSet<String>,
    generic_places: HashSet<String>,
    change_verbs: HashSet<String>,
    reschedule_verbs: HashSet<String>,
    superseded_words: HashSet<String>,
    target_words: HashSet<String>,
    future_words: HashSet<String>,
    past_words: HashSet<String>,
    events: HashMap<String, String>,
    qualifiers: HashMap<String, String>,
    place_prefixes: HashSet<String>,
    org_classes: HashMap<String, String>,
    relations: HashMap<String, String>,
    stopwords: HashSet<String>,
    clause_openers: HashSet<String>,
    pub transliterations: Vec<(String, String)>,
    aliases: HashMap<String, usize>,
    pub current_window_days: u32,
    /// The [`class`] bits of every word in one of the classed lists, with
    /// the parsers' classes of words ([`WordClass`]), so that a token is
    /// looked up once (see [`Lexicon::word_class`]); words longer than a
    /// word table holds are kept apart.
    classes: WordClasses,
    long_classes: HashMap<String, u32>,
    shapes: KeyShapes,
}

fn key(s: &str) -> String {
    fold_word(s.trim().trim_end_matches('.'))
}

impl Lexicon {
    /// Merge the `lexicon:` sections of all rule files, in order.
    pub fn build(specs: &[LexiconSpec]) -> Lexicon {
        let mut lex = Lexicon {
            current_window_days: 31,
            ..Default::default()
        };
        for spec in specs {
            for u in &spec.units {
                let idx = match lex.units.iter().position(|x| x.name == u.name) {
                    Some(i) => i,
                    None => {
                        lex.units.push(Unit {
                            name: u.name.clone(),
                            generic: u.generic,
                            compare: u.compare.unwrap_or(true),
                            dimension: None,
                            scale: None,
                        });
                        lex.units.len() - 1
                    }
                };
                lex.units[idx].generic |= u.generic;
                if let Some(c) = u.compare {
                    lex.units[idx].compare = c;
                }
                if u.dimension.is_some() {
                    lex.units[idx].dimension = u.dimension.clone();
                }
                if let Some(factor) = u.factor {
                    let offset = u.offset.unwrap_or(0.0);
                    lex.units[idx].scale = Some(Scale { factor, offset });
                }
                lex.unit_nouns.insert(key(&u.name), idx);
                for n in &u.nouns {
                    lex.unit_nouns.insert(key(n), idx);
                }
                for v in &u.verbs {
                    lex.unit_verbs.insert(key(v), idx);
                }
            }
            for h in &spec.hedges {
                for w in &h.words {
                    let k = key(w);
                    let n = k.split(' ').count();
                    let hedge = Hedge {
                        low: h.low,
                        high: h.high,
                    };
                    if h.after {
                        lex.max_hedge_after_words = lex.max_hedge_after_words.max(n);
                        lex.hedges_after.insert(k, hedge);
                    } else {
                        lex.max_hedge_words = lex.max_hedge_words.max(n);
                        lex.hedges.insert(k, hedge);
                    }
                }
            }
            for t in &spec.titles {
                let k = key(t);
                lex.max_title_words = lex.max_title_words.max(k.split(' ').count());
                if let Some(word) = k.strip_suffix('.') {
                    lex.dotted_titles.insert(word.to_string());
                }
                lex.titles.insert(k);
            }
            lex.roles.extend(spec.roles.iter().map(|s| key(s)));
            lex.particles.extend(spec.particles.iter().map(|s| key(s)));
            lex.abbreviations
                .extend(spec.abbreviations.iter().map(|s| key(s)));
            for p in &spec.places {
                lex.places.insert(key(&p.name), p.name.clone());
                for a in &p.aliases {
                    lex.places.insert(key(a), p.name.clone());
                }
                for d in &p.demonyms {
                    lex.demonyms.insert(key(d), p.name.clone());
                }
            }
            lex.org_words.extend(spec.org_words.iter().map(|s| key(s)));
            lex.scope_prepositions
                .extend(spec.scope_prepositions.iter().map(|s| key(s)));
            lex.generic_places
                .extend(spec.generic_places.iter().map(|s| key(s)));
            lex.change_verbs
                .extend(spec.change_verbs.iter().map(|s| key(s)));
            lex.reschedule_verbs
                .extend(spec.reschedule_verbs.iter().map(|s| key(s)));
            lex.superseded_words
                .extend(spec.superseded_words.iter().map(|s| key(s)));
            lex.target_words
                .extend(spec.target_words.iter().map(|s| key(s)));
            lex.future_words
                .extend(spec.future_words.iter().map(|s| key(s)));
            lex.past_words
                .extend(spec.past_words.iter().map(|s| key(s)));
            for e in &spec.events {
                for w in &e.words {
                    lex.events.insert(key(w), e.name.clone());
                }
            }
            for q in &spec.qualifiers {
                for w in &q.words {
                    lex.qualifiers.insert(key(w), q.name.clone());
                }
            }
            lex.place_prefixes
                .extend(spec.place_prefixes.iter().map(|s| key(s)));
            for c in &spec.org_classes {
                for w in &c.words {
                    lex.org_classes.insert(key(w), c.name.clone());
                }
            }
            for r in &spec.relations {
                for w in &r.words {
                    lex.relations.insert(key(w), r.name.clone());
                }
            }
            lex.stopwords.extend(spec.stopwords.iter().map(|s| key(s)));
            lex.clause_openers
                .extend(spec.clause_openers.iter().map(|s| key(s)));
            lex.transliterations.extend(
                spec.transliterations
                    .iter()
                    .map(|t| (t.from.to_lowercase(), t.to.to_lowercase())),
            );
            for group in &spec.aliases {
                let id = lex.aliases.len() + 1;
                for name in group {
                    lex.aliases.insert(name_key(name), id);
                }
            }
            if let Some(d) = spec.current_window_days {
                lex.current_window_days = d;
            }
        }
        lex.index_classes();
        lex.shapes = KeyShapes::of(&lex);
        lex
    }

    /// The default pack's lexicon, for unit tests of the extractors.
    pub fn builtin_for_tests() -> Lexicon {
        crate::rules::load::default_pack()
            .expect("the default rule pack loads")
            .lexicon
    }

    /// The unit whose canonical name is `name` ("tonnes", "troops").
    pub fn unit_named(&self, name: &str) -> Option<&Unit> {
        self.units.iter().find(|u| u.name == name)
    }

    /// The unit a noun counts, with plural and singular forms tried.
    pub fn unit_of_noun(&self, lower: &str) -> Option<usize> {
        get_noun(&self.unit_nouns, &self.shapes.unit_nouns, lower).copied()
    }
    pub fn unit_of_verb(&self, lower: &str) -> Option<usize> {
        self.unit_verbs.get(lower).copied()
    }
    pub fn hedge(&self, phrase: &str) -> Option<Hedge> {
        self.hedges.get(phrase).copied()
    }
    /// A hedge written after its figure ("or more", "and above").
    pub fn hedge_after(&self, phrase: &str) -> Option<Hedge> {
        self.hedges_after.get(phrase).copied()
    }
    pub fn is_title(&self, phrase: &str) -> bool {
        self.titles.contains(phrase)
    }
    /// A one-word title, with or without its full stop ("col" for "Col.").
    pub fn is_title_word(&self, lower: &str) -> bool {
        self.titles.contains(lower) || self.dotted_titles.contains(lower)
    }
    pub fn is_role(&self, w: &str) -> bool {
        has_noun(&self.roles, &self.shapes.roles, w)
    }
    pub fn is_particle(&self, w: &str) -> bool {
        self.particles.contains(w)
    }
    pub fn is_abbreviation(&self, w: &str) -> bool {
        self.abbreviations.contains(w)
    }
    /// The place a name or demonym refers to ("Norwegian" -> "Norway").
    pub fn place(&self, lower: &str) -> Option<&str> {
        let l = without_possessives(lower);
        get(&self.places, &self.shapes.places, l)
            .or_else(|| get_noun(&self.demonyms, &self.shapes.demonyms, l))
            .map(String::as_str)
    }
    /// [`Lexicon::place`] of `lower` and [`Lexicon::is_demonym`] of it, the
    /// demonym looked up once for both (a name's mention asks both).
    pub fn place_and_demonym(&self, lower: &str) -> (Option<&str>, bool) {
        let l = without_possessives(lower);
        let demonym = get_noun(&self.demonyms, &self.shapes.demonyms, l);
        let place = get(&self.places, &self.shapes.places, l).or(demonym);
        let is_demonym = if l.len() == lower.len() {
            demonym.is_some()
        } else {
            self.is_demonym(lower)
        };
        debug_assert_eq!(
            (place.map(String::as_str), is_demonym),
            (self.place(lower), self.is_demonym(lower))
        );
        (place.map(String::as_str), is_demonym)
    }
    pub fn is_demonym(&self, lower: &str) -> bool {
        get_noun(&self.demonyms, &self.shapes.demonyms, lower).is_some()
    }
    pub fn is_org_word(&self, w: &str) -> bool {
        self.org_words.contains(w)
    }
    pub fn is_scope_preposition(&self, w: &str) -> bool {
        self.scope_prepositions.contains(w)
    }
    pub fn is_generic_place(&self, w: &str) -> bool {
        has_noun(&self.generic_places, &self.shapes.generic_places, w)
    }
    pub fn is_change_verb(&self, w: &str) -> bool {
        self.change_verbs.contains(w)
    }
    pub fn is_reschedule_verb(&self, w: &str) -> bool {
        self.reschedule_verbs.contains(w)
    }
    pub fn is_superseded_word(&self, w: &str) -> bool {
        self.superseded_words.contains(w)
    }
    pub fn is_target_word(&self, w: &str) -> bool {
        self.target_words.contains(w)
    }
    pub fn is_future_word(&self, w: &str) -> bool {
        self.future_words.contains(w)
    }
    pub fn is_past_word(&self, w: &str) -> bool {
        self.past_words.contains(w)
    }
    /// The event a word names; forms are listed as written (no plural
    /// folding: "votes" in a tally is not "vote").
    pub fn event(&self, w: &str) -> Option<&str> {
        self.events.get(w).map(String::as_str)
    }
    pub fn qualifier(&self, w: &str) -> Option<&str> {
        self.qualifiers.get(w).map(String::as_str)
    }
    /// The class of organisation a subject names, from any of its words.
    pub fn org_class(&self, subject: &str) -> Option<&str> {
        subject.split_whitespace().find_map(|w| {
            // Most words come already folded (token `lower`): no new key.
            let folded = !w.ends_with('.') && w.bytes().all(|b| b.is_ascii() && fold_ascii(b) == b);
            let class = if folded {
                self.org_classes.get(w)
            } else {
                self.org_classes.get(&key(w))
            };
            class.map(String::as_str)
        })
    }
    pub fn is_place_prefix(&self, w: &str) -> bool {
        self.place_prefixes.contains(w)
    }
    pub fn relation(&self, w: &str) -> Option<&str> {
        self.relations.get(w).map(String::as_str)
    }
    pub fn opens_clause(&self, w: &str) -> bool {
        self.clause_openers.contains(w)
    }
    pub fn is_stopword(&self, w: &str) -> bool {
        self.stopwords.contains(w)
    }
    /// Alias group of a name, when an editor declared one.
    pub fn alias_group(&self, name: &str) -> Option<usize> {
        self.aliases.get(&name_key(name)).copied()
    }
}

/// Folded key of a name: lower case, no diacritics, single spaces.
pub fn name_key(name: &str) -> String {
    strip_diacritics(&fold_word(name))
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// `lower` without the possessive endings ("'s") at its end. (By hand:
/// `trim_end_matches` with a string pattern builds a searcher per call.)
fn without_possessives(lower: &str) -> &str {
    let mut l = lower;
    while let Some(r) = l.strip_suffix("'s") {
        l = r;
    }
    l
}

/// A crude English singular, enough for unit nouns ("troops" -> "troop",
/// "casualties" -> "casualty", "homes" -> "home"). Borrowed from `w`
/// unless "-ies" becomes "-y": most calls are lookups, and need no copy.
pub fn singular(w: &str) -> Cow<'_, str> {
    if w.len() > 4 && w.ends_with("ies") {
        return Cow::Owned(format!("{}y", &w[..w.len() - 3]));
    }
    if w.len() > 4
        && (w.ends_with("ches") || w.ends_with("shes") || w.ends_with("sses") || w.ends_with("xes"))
    {
        return Cow::Borrowed(&w[..w.len() - 2]);
    }
    if w.len() > 3
        && w.ends_with('s')
        && !w.ends_with("ss")
        && !w.ends_with("us")
        && !w.ends_with("is")
    {
        return Cow::Borrowed(&w[..w.len() - 1]);
    }
    Cow::Borrowed(w)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn default_lexicon_maps_synonyms_and_demonyms() {
        let lex = Lexicon::builtin_for_tests();
        let troops = lex.unit_of_noun("troops").unwrap();
        assert_eq!(lex.unit_of_noun("soldiers"), Some(troops));
        assert_eq!(lex.unit_of_noun("soldier"), Some(troops));
        assert_eq!(lex.place("danish"), Some("Denmark"));
        assert_eq!(lex.place("norwegian"), Some("Norway"));
        assert_eq!(lex.place("denmark's"), Some("Denmark"));
        // Both answers of one lookup of the demonym: a demonym's place, a
        // place that is none, and a possessive, whose place is its stem's
        // while it is no demonym.
        for (w, both) in [
            ("danish", (Some("Denmark"), true)),
            ("norwegians", (Some("Norway"), true)),
            ("denmark", (Some("Denmark"), false)),
            ("danish's", (Some("Denmark"), false)),
            ("harbour", (None, false)),
        ] {
            assert_eq!(lex.place_and_demonym(w), both, "{w:?}");
        }
        // "blue helmets" is a unit noun: "blue" opens one.
        let head = |w: &str| lex.classes(w) & class::UNIT_HEAD != 0;
        assert!(head("blue") && !head("helmets") && !head("troops"));
        assert!(lex.hedge("more than").unwrap().high.is_infinite());
        let first = |w: &str, bit| lex.classes(w) & bit != 0;
        assert!(first("more", class::HEDGE_FIRST) && !first("than", class::HEDGE_FIRST));
        assert!(lex.hedge_after("or more").is_some() && first("or", class::HEDGE_AFTER_FIRST));
        // A verb that moves a date is marked on its token, in any of its forms.
        let moves = |w: &str| first(w, class::RESCHEDULE_VERB);
        assert!(moves("postponed") && moves("delays") && !moves("posted") && !moves("election"));
        assert!(lex.is_title("defense minister"));
        assert!(lex.classes("defense") & class::TITLE_HEAD != 0);
    }

    #[test]
    fn word_classes_index_single_words_of_every_length() {
        let words = |ws: &[&str]| ws.iter().map(|w| w.to_string()).collect::<Vec<_>>();
        let spec = LexiconSpec {
            // A word longer than a word table holds keeps its class.
            stopwords: words(&["the", "notwithstanding", "counterrevolutionaries"]),
            events: vec![EventSpec {
                name: "vote".into(),
                words: words(&["vote", "ballot box"]),
            }],
            titles: words(&["Col.", "Defense Minister"]),
            particles: words(&["van"]),
            clause_openers: words(&["because"]),
            abbreviations: words(&["Approx."]),
            org_classes: vec![EventSpec {
                name: "company".into(),
                words: words(&["firm", "shipping line"]),
            }],
            ..LexiconSpec::default()
        };
        let lex = Lexicon::build(&[spec]);
        let is = |w: &str, bit: u32| lex.classes(w) & bit != 0;
        assert!(is("the", class::STOPWORD));
        assert!(is("counterrevolutionaries", class::STOPWORD));
        assert!(!is("counterrevolutionary", class::STOPWORD));
        assert!(is("vote", class::EVENT) && !is("vote", class::EVENT_HEAD));
        // A phrase's first word opens it but names no event by itself.
        assert!(is("ballot", class::EVENT_HEAD) && !is("ballot", class::EVENT));
        assert_eq!(lex.classes("ballot box"), 0);
        // "Col." is the title word "col" (the tokenizer leaves the stop
        // apart); a title of two words makes neither word a title.
        assert!(is("col", class::TITLE_WORD));
        assert!(!is("defense", class::TITLE_WORD));
        assert!(is("van", class::PARTICLE) && is("because", class::CLAUSE_OPENER));
        assert!(is("approx", class::ABBREVIATION) && !is("spoke", class::ABBREVIATION));
        assert!(is("firm", class::ORG_CLASS) && !is("shipping", class::ORG_CLASS));
        assert_eq!(lex.classes("troops"), 0);
        // Tokens carry their word's bits.
        let doc = crate::segment::segment("Col. Smith spoke because the vote was near.", &lex);
        let bits: Vec<u32> = doc
            .tokens
            .iter()
            .filter(|t| t.is_word())
            .map(|t| t.class.lexicon)
            .collect();
        assert_eq!(
            bits,
            [
                class::TITLE_WORD,
                0,
                0,
                class::CLAUSE_OPENER,
                class::STOPWORD,
                class::EVENT,
                0,
                0
            ]
        );
    }

    #[test]
    fn singulars() {
        assert_eq!(singular("casualties"), "casualty");
        assert_eq!(singular("troops"), "troop");
        assert_eq!(singular("census"), "census");
    }
}
