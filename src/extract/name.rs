//! Names: capitalised sequences of people, organisations and places, with
//! particles (al-, bin, de, Le, van), hyphens and diacritics kept, and the
//! titles or roles in front of them ("Col.", "Defense Minister",
//! "statistician") taken off and kept as context.

use crate::text::WordSet as HashSet;
use std::ops::Range;

use crate::claim::EntityKind;
use crate::lexicon::class;
use crate::lexicon::Lexicon;
use crate::segment::{Doc, TokKind, Token};
use crate::text::{is_apostrophe, is_double_quote, Shapes};

#[derive(Debug, Clone)]
pub struct NameMention {
    /// Byte span of the name itself (titles excluded, possessive excluded).
    pub span: Range<usize>,
    /// Token indices of the name.
    pub tokens: Range<usize>,
    pub text: String,
    pub entity: EntityKind,
    /// The canonical place, for places and demonyms.
    pub place: Option<String>,
    /// Title or role before it.
    pub role: Option<String>,
    /// A bare demonym ("Norwegian"), used as context only.
    pub demonym: bool,
    pub sentence: usize,
}

/// Words that are ordinary words at the start of a sentence: seen in lower
/// case anywhere in the story, or never seen capitalised except at the
/// start of a sentence ("Judges", "Besides", "Routine"). Only words the
/// story also writes capitalised at the start of a sentence are kept: no
/// other word is asked about ([`name_token`] asks about those), and most
/// of the story's lower-case words are ruled out by their shape alone.
pub fn lowercase_words<'a>(docs: &[&'a Doc]) -> HashSet<&'a str> {
    let mut asked = HashSet::default();
    let mut shapes = Shapes::default();
    let mut inner_cap = HashSet::default();
    let mut initial = HashSet::default();
    for doc in docs {
        for (i, t) in doc.tokens.iter().enumerate() {
            if !t.is_word() || !t.cap {
                continue;
            }
            let starts = i == 0
                || doc.tokens[i - 1].sentence != t.sentence
                || matches!(doc.tokens[i - 1].kind, TokKind::Punct(c) if is_double_quote(c) || is_apostrophe(c) || c == '(' || c == ':' || c == '#' || c == '*');
            let next_cap = doc
                .tokens
                .get(i + 1)
                .is_some_and(|n| n.is_word() && n.cap && n.sentence == t.sentence);
            if !starts {
                inner_cap.insert(t.lower.as_str());
                continue;
            }
            if asked.insert(t.lower.as_str()) {
                shapes.insert(t.lower.as_bytes());
            }
            if !next_cap {
                initial.insert(t.lower.as_str());
            }
        }
    }
    let mut lower = HashSet::default();
    for doc in docs {
        for t in &doc.tokens {
            if t.is_word()
                && !t.cap
                && shapes.may_hold(t.lower.as_bytes())
                && asked.contains(t.lower.as_str())
            {
                lower.insert(t.lower.as_str());
            }
        }
    }
    lower.extend(initial.into_iter().filter(|w| !inner_cap.contains(w)));
    lower
}

/// Names that stand right after a scope preposition ("in", "across")
/// somewhere in the story: they are places.
pub fn places_by_usage(docs: &[Doc], names: &[&[NameMention]]) -> HashSet<String> {
    let mut out = HashSet::default();
    for (doc, mentions) in docs.iter().zip(names) {
        for m in mentions.iter() {
            let mut k = m.tokens.start;
            // Skip a leading "the".
            if k > 0 && doc.tokens[k - 1].lower == "the" {
                k -= 1;
            }
            let prev = k.checked_sub(1).map(|p| &doc.tokens[p]);
            if prev.is_some_and(|p| p.is_word() && !p.cap && p.is(class::SCOPE_PREPOSITION)) {
                out.insert(m.text.clone());
            }
        }
    }
    out
}

/// All name mentions of a document. `masked` are byte ranges (dates, times)
/// whose tokens cannot be part of a name.
pub fn find_names(
    doc: &Doc,
    scan: &str,
    lex: &Lexicon,
    common: &HashSet<&str>,
    masked: &[Range<usize>],
) -> Vec<NameMention> {
    let toks = &doc.tokens;
    let n = toks.len();
    let is_masked = |t: &Token| {
        let k = masked.partition_point(|m| m.end <= t.span.start);
        masked.get(k).is_some_and(|m| m.start < t.span.end)
    };
    let mut out = Vec::new();
    let mut i = 0;
    while i < n {
        if !name_token(toks, i, scan, lex, common) || is_masked(&toks[i]) {
            i += 1;
            continue;
        }
        // Grow the sequence: name tokens, inner particles, and the period
        // of an abbreviated title ("Col.").
        let start = i;
        let mut end = i + 1;
        while end < n {
            let t = &toks[end];
            let prev = &toks[end - 1];
            if prev.possessive || t.sentence != prev.sentence {
                break;
            }
            let adjacent_space = scan[prev.span.end..t.span.start]
                .chars()
                .all(|c| c == ' ' || c == '\u{a0}');
            if t.is_punct('.')
                && prev.is_word()
                && lex.is_abbreviation(&prev.lower)
                && lex.is_title(&prev.lower)
            {
                end += 1;
                continue;
            }
            if !adjacent_space && !prev.is_punct('.') {
                break;
            }
            if name_token(toks, end, scan, lex, common) && !is_masked(t) {
                end += 1;
                continue;
            }
            if t.is_word()
                && !t.cap
                && t.is(class::PARTICLE)
                && end + 1 < n
                && name_token(toks, end + 1, scan, lex, common)
            {
                end += 1;
                continue;
            }
            break;
        }
        i = end;
        // Word tokens of the sequence.
        let words: Vec<usize> = (start..end).filter(|&k| toks[k].is_word()).collect();
        if words.is_empty() {
            continue;
        }
        let (role, rest) = strip_titles(toks, &words, lex);
        let mut role = role;
        if rest.is_empty() {
            continue;
        }
        // A role noun written before the name ("statistician Amina Diallo").
        if role.is_none() && start > 0 {
            let p = &toks[start - 1];
            if p.is_word() && !p.cap && lex.is_role(&p.lower) {
                role = Some(p.lower.to_string());
            }
        }
        let first = rest[0];
        let last = *rest.last().unwrap_or(&first);
        let span = toks[first].span.start..toks[last].surface.end;
        let text = scan[span.clone()].to_string();
        let lower_all = rest
            .iter()
            .map(|&k| toks[k].lower.as_str())
            .collect::<Vec<_>>()
            .join(" ");
        let place = lex.place(&lower_all).map(str::to_string);
        let demonym = rest.len() <= 2 && lex.is_demonym(&lower_all);
        let last_lower = toks[last].lower.as_str();
        let all_caps = rest.len() == 1
            && text
                .chars()
                .filter(|c| c.is_alphabetic())
                .all(char::is_uppercase)
            && text.chars().count() > 1;
        let prefix = rest.len() > 1 && lex.is_place_prefix(&toks[rest[0]].lower);
        let entity =
            if place.is_some() || prefix || (rest.len() > 1 && lex.is_generic_place(last_lower)) {
                EntityKind::Place
            } else if rest.iter().any(|&k| toks[k].is(class::ORG_WORD)) || all_caps {
                EntityKind::Org
            } else if role.is_some() || rest.len() >= 2 {
                EntityKind::Person
            } else {
                EntityKind::Other
            };
        out.push(NameMention {
            span,
            tokens: first..last + 1,
            text,
            entity,
            place,
            role,
            demonym,
            sentence: toks[first].sentence,
        });
    }
    out
}

/// Leading demonyms and titles come off; the longest title first.
fn strip_titles(toks: &[Token], words: &[usize], lex: &Lexicon) -> (Option<String>, Vec<usize>) {
    let mut rest: &[usize] = words;
    let mut role = None;
    loop {
        let mut stripped = false;
        let max = lex.max_title_words.min(rest.len().saturating_sub(1));
        for k in (1..=max).rev() {
            let phrase = rest[..k]
                .iter()
                .map(|&i| toks[i].lower.as_str())
                .collect::<Vec<_>>()
                .join(" ");
            if lex.is_title(&phrase) {
                role = Some(phrase);
                rest = &rest[k..];
                stripped = true;
                break;
            }
        }
        // A demonym in front of a title or name ("Norwegian President X").
        if !stripped && rest.len() > 1 && lex.is_demonym(&toks[rest[0]].lower) {
            let next = toks[rest[1]].lower.as_str();
            if lex.is_title(next)
                || (rest.len() > 2 && rest[1..].iter().any(|&i| lex.is_title(&toks[i].lower)))
            {
                rest = &rest[1..];
                stripped = true;
            }
        }
        if !stripped {
            break;
        }
    }
    (role, rest.to_vec())
}

fn name_token(toks: &[Token], i: usize, scan: &str, lex: &Lexicon, common: &HashSet<&str>) -> bool {
    let t = &toks[i];
    if t.kind != TokKind::Word || !t.cap {
        return false;
    }
    let lower = t.lower.as_str();
    if t.is(class::TITLE_WORD) {
        return true;
    }
    // "Rotterdam-based", "al-Qaeda-linked": a hyphenated word ending in a
    // lower-case part is an adjective.
    if let Some(tail) = scan[t.surface.clone()].rsplit(['-', '\u{2011}']).next() {
        if tail.len() >= 3
            && tail.len() < t.surface.len()
            && tail.chars().next().is_some_and(char::is_lowercase)
        {
            return false;
        }
    }
    let starts = i == 0
        || toks[i - 1].sentence != t.sentence
        || matches!(toks[i - 1].kind, TokKind::Punct(c) if is_double_quote(c) || is_apostrophe(c) || c == '(' || c == ':' || c == '#');
    if t.is(class::STOPWORD) && !t.is(class::PARTICLE) {
        return false;
    }
    if starts && common.contains(lower) && lex.place(lower).is_none() {
        return false;
    }
    // All-capital words longer than an acronym are headline shouting.
    let mut letters = scan[t.surface.clone()]
        .chars()
        .filter(|c| c.is_alphabetic());
    if letters.clone().count() > 6 && letters.all(char::is_uppercase) {
        return false;
    }
    true
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::segment::segment;

    fn names(s: &str) -> Vec<(String, EntityKind, Option<String>)> {
        let lex = Lexicon::builtin_for_tests();
        let doc = segment(s, &lex);
        let common = lowercase_words(&[&doc]);
        find_names(&doc, s, &lex, &common, &[])
            .into_iter()
            .filter(|m| !m.demonym)
            .map(|m| (m.text, m.entity, m.role))
            .collect()
    }

    #[test]
    fn titles_and_roles_come_off() {
        let got = names("A survey from Senegalese statistician Amina Diallo found it. Col. Amadou Touré took charge.");
        assert!(
            got.contains(&(
                "Amina Diallo".into(),
                EntityKind::Person,
                Some("statistician".into())
            )),
            "{got:?}"
        );
        assert!(
            got.contains(&(
                "Amadou Touré".into(),
                EntityKind::Person,
                Some("col".into())
            )),
            "{got:?}"
        );
    }

    #[test]
    fn particles_hyphens_and_demonym_titles() {
        let got = names("Belgian Foreign Affairs Minister Jean-Luc Le Brun spoke, and President Pieter van Dam listened to Osama bin Laden's tapes.");
        let texts: Vec<&str> = got.iter().map(|g| g.0.as_str()).collect();
        assert!(texts.contains(&"Jean-Luc Le Brun"), "{texts:?}");
        assert!(texts.contains(&"Pieter van Dam"), "{texts:?}");
        assert!(texts.contains(&"Osama bin Laden"), "{texts:?}");
    }

    #[test]
    fn sentence_initial_common_words_are_not_names() {
        let got = names("Tensions rose in the north. The tensions grew when Toure spoke.");
        let texts: Vec<&str> = got.iter().map(|g| g.0.as_str()).collect();
        assert_eq!(texts, vec!["Toure"]);
    }

    #[test]
    fn places_and_orgs_are_typed() {
        let got = names("Troops left Burkina Faso for the Islamic State group. The UN said so.");
        assert!(
            got.iter()
                .any(|g| g.0 == "Burkina Faso" && g.1 == EntityKind::Place),
            "{got:?}"
        );
        assert!(
            got.iter().any(|g| g.0 == "UN" && g.1 == EntityKind::Org),
            "{got:?}"
        );
    }
}
