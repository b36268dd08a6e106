//! Claim extraction: article text -> segments -> claims. The nom parsers
//! (`number`, `time`) find figures and time expressions; `name` finds names;
//! `quantity` and `dates` read each one's context into a claim.
//!
//! Undated articles are dated by estimate: the story's latest known
//! publication date (or, with none, the latest past date any article
//! mentions), never earlier than the latest past date the article itself
//! mentions. Claims that rest on an estimate say so.

pub mod dates;
pub mod name;
pub mod number;
pub mod quantity;
pub mod time;

use std::ops::Range;

use crate::article::Article;
use crate::claim::{Claim, ClaimKind, Context, NameValue, Value};
use crate::lexicon::Lexicon;
use crate::segment::{segment, Doc};
use crate::text::{fold_word, strip_diacritics};
use time::{Day, TimeExpr, TimeKind};

/// Claims of all articles, plus the date each article was read against.
pub struct Extraction {
    pub claims: Vec<Claim>,
    /// Per article: the reference date and whether it is an estimate.
    pub reference: Vec<(Option<Day>, bool)>,
}

/// Extract the claims of a set of articles about one story.
pub fn extract_all(articles: &[Article], lex: &Lexicon) -> Extraction {
    let docs: Vec<Doc> = articles.iter().map(|a| segment(&a.scan, lex)).collect();
    let doc_refs: Vec<&Doc> = docs.iter().collect();
    let common = name::lowercase_words(&doc_refs);

    // Dating: the latest past date each article mentions.
    let latest: Vec<Option<Day>> = articles
        .iter()
        .zip(&docs)
        .map(|(a, d)| latest_past_date(a, d, lex))
        .collect();
    let story_now = articles
        .iter()
        .filter_map(|a| a.date)
        .max()
        .or_else(|| latest.iter().flatten().copied().max());
    let reference: Vec<(Option<Day>, bool)> = articles
        .iter()
        .zip(&latest)
        .map(|(a, l)| match a.date {
            Some(d) => (Some(d), false),
            None => (story_now.max(*l), story_now.is_some() || l.is_some()),
        })
        .collect();

    // First pass: time expressions and names of every article.
    let mut found: Vec<(Vec<TimeExpr>, Vec<name::NameMention>)> = Vec::new();
    for (i, (article, doc)) in articles.iter().zip(&docs).enumerate() {
        let times = time::find_times(&article.scan, reference[i].0);
        let masked: Vec<Range<usize>> = times.iter().map(|t| t.span.clone()).collect();
        let names = name::find_names(doc, &article.scan, lex, &common, &masked);
        found.push((times, names));
    }
    // A name used after a scope preposition anywhere in the story ("in
    // Kessel") is a place, even when the lexicon does not know it.
    let places = name::places_by_usage(
        &docs,
        &found.iter().map(|f| f.1.as_slice()).collect::<Vec<_>>(),
        lex,
    );
    for (_, names) in found.iter_mut() {
        for m in names.iter_mut() {
            if m.entity != crate::claim::EntityKind::Person && places.contains(&m.text) {
                m.entity = crate::claim::EntityKind::Place;
            }
        }
    }

    let mut claims = Vec::new();
    for (i, ((article, doc), (times, names))) in articles.iter().zip(&docs).zip(&found).enumerate()
    {
        let (reference_day, estimated) = reference[i];
        let view = quantity::ArticleView {
            source: i,
            doc,
            scan: &article.scan,
            lex,
            times,
            names,
            reference: reference_day,
            estimated,
        };
        quantity::claims(&view, number::find_numbers(&article.scan), &mut claims);
        dates::claims(&view, &mut claims);
        for m in names.iter().filter(|m| !m.demonym) {
            let sent = &doc.sentences[m.sentence];
            claims.push(Claim {
                source: i,
                kind: ClaimKind::Name,
                span: m.span.clone(),
                sentence: sent.span.clone(),
                text: m.text.clone(),
                value: Value::Name(NameValue {
                    name: m.text.clone(),
                    parts: m
                        .text
                        .split(|c: char| c.is_whitespace())
                        .filter(|p| !p.is_empty())
                        .map(|p| strip_diacritics(&fold_word(p)))
                        .collect(),
                    entity: m.entity,
                    role: m.role.clone(),
                }),
                ctx: Context::default(),
            });
        }
    }
    Extraction { claims, reference }
}

/// The latest calendar date an article mentions as past (not a deadline or
/// a plan): an undated article was written after it.
fn latest_past_date(article: &Article, doc: &Doc, lex: &Lexicon) -> Option<Day> {
    let times: Vec<TimeExpr> = time::find_times(&article.scan, None);
    times
        .iter()
        .filter(|t| t.kind == TimeKind::Calendar && !t.relative && t.start.is_some())
        .filter(|t| {
            let k = doc.token_at(t.span.start);
            let prev = k
                .checked_sub(1)
                .and_then(|p| doc.tokens.get(p))
                .map(|p| p.lower.as_str());
            !matches!(prev.and_then(|w| lex.relation(w)), Some("until" | "by"))
                && !matches!(prev, Some("to" | "next" | "before"))
        })
        .filter_map(|t| t.start)
        .max()
}
