//! The engine: runs every rule over the claims and collects the findings
//! into a report. Rules compare claims through keys (kind, unit, scope,
//! event...) in hash buckets, so the work grows with the number of claims,
//! not its square. The grouping of conflicting pairs into findings is shared
//! here so every kind groups alike.

use std::cell::RefCell;
use std::collections::HashMap;
use std::hash::Hash;

use crate::article::Article;
use crate::claim::Claim;
use crate::extract::{extract_all, time::Day};
use crate::finding::Finding;
use crate::lexicon::Lexicon;
use crate::rules::{self, RuleSet};

/// What a rule sees.
pub struct Context<'a> {
    pub articles: &'a [Article],
    pub claims: &'a [Claim],
    pub lexicon: &'a Lexicon,
    /// The facts the rules compared, recorded as they bucket claims.
    pub facts: RefCell<Vec<Fact>>,
}

impl Context<'_> {
    /// Short name of a claim's source for messages.
    pub fn source_name(&self, claim: &Claim) -> &str {
        &self.articles[claim.source].name
    }

    /// Record one bucket of a rule as a fact: the claims it compares with
    /// each other, and what they are about in an editor's words.
    pub fn record_fact(&self, rule: &str, label: String, claims: impl IntoIterator<Item = usize>) {
        let mut claims: Vec<usize> = claims.into_iter().collect();
        claims.sort_unstable();
        claims.dedup();
        self.facts.borrow_mut().push(Fact {
            rule: rule.to_string(),
            label,
            claims,
        });
    }
}

/// A fact: claims that one rule compares with each other because they
/// share its key (a bucket), such as figures of one counted noun and scope,
/// or dates of one event and relation. What each source says about it is
/// the report's claim table.
#[derive(Debug, Clone)]
pub struct Fact {
    pub rule: String,
    pub label: String,
    /// Indices into the report's claims, in order.
    pub claims: Vec<usize>,
}

/// The result of a check.
pub struct Report {
    pub articles: Vec<Article>,
    pub claims: Vec<Claim>,
    /// Per article: the date it was read against and whether it is estimated.
    pub reference: Vec<(Option<Day>, bool)>,
    /// Most severe and most confident first.
    pub findings: Vec<Finding>,
    /// Findings hidden by `crosscheck-ignore` comments (counted, not shown).
    pub suppressed: usize,
    /// Findings hidden because the baseline lists them.
    pub baselined: usize,
    /// The rules that ran, in order (for formats that describe them).
    pub rules: Vec<rules::Rule>,
    /// The facts at least two sources speak about, in rule order; a fact
    /// whose claims all lie in another fact of the same rule is left out.
    pub facts: Vec<Fact>,
}

/// Extract claims from the articles and run the rules over them.
pub fn check(articles: Vec<Article>, rules: &RuleSet) -> Report {
    let extraction = extract_all(&articles, &rules.lexicon);
    let mut findings = Vec::new();
    let ctx = Context {
        articles: &articles,
        claims: &extraction.claims,
        lexicon: &rules.lexicon,
        facts: RefCell::new(Vec::new()),
    };
    for rule in &rules.rules {
        rules::run(rule, &ctx, &mut findings);
    }
    let facts = shared_facts(ctx.facts.into_inner(), &extraction.claims);
    sort_findings(&mut findings, &extraction.claims);
    Report {
        articles,
        claims: extraction.claims,
        reference: extraction.reference,
        findings,
        suppressed: 0,
        baselined: 0,
        rules: rules.rules.clone(),
        facts,
    }
}

/// Keep the facts two or more sources speak about, each once: a fact whose
/// claims all lie in another fact of the same rule adds nothing. Rules come
/// in the order they ran, facts of a rule in the order of their first claim.
fn shared_facts(mut facts: Vec<Fact>, claims: &[Claim]) -> Vec<Fact> {
    let rules: Vec<String> = facts.iter().map(|f| f.rule.clone()).collect();
    let rank = |rule: &str| rules.iter().position(|r| r == rule);
    facts.retain(|f| {
        let first = f.claims.first().map(|&c| claims[c].source);
        f.claims.iter().any(|&c| Some(claims[c].source) != first)
    });
    // Larger facts first, so a fact is only checked against larger ones.
    facts.sort_by(|a, b| {
        (b.claims.len(), &a.rule, &a.claims).cmp(&(a.claims.len(), &b.rule, &b.claims))
    });
    let mut kept: Vec<Fact> = Vec::new();
    for f in facts {
        let inside = kept.iter().any(|k| {
            k.rule == f.rule && f.claims.iter().all(|c| k.claims.binary_search(c).is_ok())
        });
        if !inside {
            kept.push(f);
        }
    }
    kept.sort_by_key(|f| (rank(&f.rule), f.claims[0]));
    kept
}

/// Most severe first, then most confident, then by position.
pub fn sort_findings(findings: &mut [Finding], claims: &[Claim]) {
    findings.sort_by(|a, b| {
        let pos = |f: &Finding| {
            f.claims
                .first()
                .map(|c| (claims[c.claim].source, claims[c.claim].span.start))
                .unwrap_or((0, 0))
        };
        b.severity
            .cmp(&a.severity)
            .then(b.confidence.total_cmp(&a.confidence))
            .then(pos(a).cmp(&pos(b)))
    });
}

/// Group items into buckets by key; only items in one bucket are compared.
pub fn buckets<K: Hash + Eq, T>(items: impl IntoIterator<Item = (K, T)>) -> Vec<Vec<T>> {
    let mut index: HashMap<K, usize> = HashMap::new();
    let mut out: Vec<Vec<T>> = Vec::new();
    for (k, t) in items {
        match index.get(&k) {
            Some(&i) => out[i].push(t),
            None => {
                index.insert(k, out.len());
                out.push(vec![t]);
            }
        }
    }
    out
}

/// A conflicting pair of statements with its confidence.
#[derive(Debug, Clone, Copy)]
pub struct Conflict {
    pub a: usize,
    pub b: usize,
    pub confidence: f64,
}

/// Merge conflicting pairs into groups, most confident first. A statement
/// joins a group when it is comparable with every member from another
/// source and agrees with every member from its own source; otherwise the
/// pair forms a group of its own, unless a group already shows the same
/// disagreement (a statement of the same value from each side's source).
pub fn group_conflicts(
    mut pairs: Vec<Conflict>,
    source_of: impl Fn(usize) -> usize,
    comparable: impl Fn(usize, usize) -> bool,
    agree: impl Fn(usize, usize) -> bool,
    same_value: impl Fn(usize, usize) -> bool,
) -> Vec<(Vec<usize>, f64)> {
    pairs.sort_by(|x, y| {
        y.confidence
            .total_cmp(&x.confidence)
            .then((x.a, x.b).cmp(&(y.a, y.b)))
    });
    let mut groups: Vec<(Vec<usize>, f64)> = Vec::new();
    for p in pairs {
        if groups
            .iter()
            .any(|(g, _)| g.contains(&p.a) && g.contains(&p.b))
        {
            continue;
        }
        let mut placed = false;
        for (g, conf) in groups.iter_mut() {
            let outside = if g.contains(&p.a) {
                p.b
            } else if g.contains(&p.b) {
                p.a
            } else {
                continue;
            };
            let src = source_of(outside);
            let fits = g.iter().all(|&m| {
                if source_of(m) == src {
                    agree(m, outside)
                } else {
                    comparable(m, outside)
                }
            });
            if !fits {
                continue;
            }
            g.push(outside);
            *conf = conf.max(p.confidence);
            placed = true;
            break;
        }
        // Already shown: a group holds a statement agreeing with each side.
        let shown = groups.iter().any(|(g, _)| {
            let holds = |x: usize| {
                g.iter()
                    .any(|&m| m == x || (source_of(m) == source_of(x) && same_value(m, x)))
            };
            holds(p.a) && holds(p.b)
        });
        if !placed && !shown {
            groups.push((vec![p.a, p.b], p.confidence));
        }
    }
    groups
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn grouping_keeps_one_statement_per_source_and_drops_no_pair() {
        // Statements 0 and 1 from source A, 2 from source B; all comparable.
        let src = |i: usize| [0, 0, 1][i];
        let pairs = vec![
            Conflict {
                a: 0,
                b: 2,
                confidence: 0.9,
            },
            Conflict {
                a: 1,
                b: 2,
                confidence: 0.8,
            },
        ];
        let groups = group_conflicts(pairs, src, |_, _| true, |_, _| false, |_, _| false);
        assert_eq!(groups.len(), 2);
        assert_eq!(groups[0].0, vec![0, 2]);
        assert_eq!(groups[1].0, vec![1, 2]);
    }

    #[test]
    fn agreeing_statements_of_one_source_share_a_group() {
        let src = |i: usize| [0, 0, 1][i];
        let pairs = vec![
            Conflict {
                a: 0,
                b: 2,
                confidence: 0.9,
            },
            Conflict {
                a: 1,
                b: 2,
                confidence: 0.8,
            },
        ];
        let groups = group_conflicts(pairs, src, |_, _| true, |_, _| true, |_, _| true);
        assert_eq!(groups.len(), 1);
        assert_eq!(groups[0].0, vec![0, 2, 1]);
    }

    #[test]
    fn buckets_split_by_key() {
        let b = buckets(vec![("x", 1), ("y", 2), ("x", 3)]);
        assert_eq!(b.len(), 2);
        assert!(b.contains(&vec![1, 3]));
    }
}
