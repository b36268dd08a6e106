//! `number-mismatch`: the same quantity about the same subject, scope and
//! time, given values that their hedges and rounding cannot reconcile.

use serde::{Deserialize, Serialize};

use super::Rule;
use crate::claim::{format_number, last_digit_step, Claim, ClaimKind, QuantityKind, Role};
use crate::engine::{buckets, group_conflicts, Conflict, Context};
use crate::finding::{Cited, Finding};
use crate::lexicon::{Lexicon, Scale};

kind_info! {
    /// # number-mismatch
    ///
    /// The same figure given values by different sources that cannot both be right.
    ///
    /// ## What it checks
    /// Figures from different sources that count the same thing (same counted noun
    /// after the lexicon's synonyms, same kind of figure; units of measure of one
    /// dimension that the lexicon gives a `factor` are compared converted, each
    /// figure allowed the rounding of its last digit: "6 km" meets "four miles",
    /// "88 metres" meets "289ft", "1.2GW" conflicts with "1,400MW"; a fraction is
    /// a share, rounded to the nearest half, third, quarter or fifth: "nearly
    /// three-quarters" meets "72%", "about three-quarters" conflicts with "84%"),
    /// about the same subject
    /// (whose troops, whose share), in the same scope ("in the north"; a subject
    /// that the story's other figures are scoped to counts as the scope: "Corvena
    /// set a record" is in Corvena) and at overlapping times, whose values cannot
    /// both be right. Hedges widen a figure into an interval, an approximation by
    /// its fraction but at most one step of the figure's last non-zero digit
    /// ("about 4,000" is 3,600..4,400, "about 78%" is 77..79%), an open bound
    /// reaches one step of its last digit past its figure ("more than 2,000" is
    /// 2,000..3,000, "at least 41" is 41..42: an outlet that knew of 47 deaths
    /// would not write "at least 41"), round figures allow their rounding (5,100
    /// is 5,050..5,150; a figure with a scale is rounded to its last written
    /// digit: "€40m" is 39.5..40.5 million), and a change "from X
    /// to Y" is compared as a whole: a figure conflicts with it only when it
    /// matches neither end.
    ///
    /// ## Why it matters
    /// A figure copied from an early wire report, or a before-value mistaken for an
    /// after-value, is the most common factual slip between outlets covering one
    /// story.
    ///
    /// ## Example
    /// "At least 41 people drowned when the ferry capsized" in one article and "the
    /// coast guard said 47 people drowned" in another, both about the same sinking;
    /// or "cut its fleet from 12 vessels to 9" against "from 12 vessels to 10".
    ///
    /// ## Not flagged
    /// Different scopes ("1,200 workers at the northern plant" vs "4,000 workers
    /// nationwide"), different times ("from 4,500 to 5,100" two years ago vs this
    /// year's level), different subjects (the union's members vs the company's
    /// staff), targets vs current figures ("aims to grow the fleet to 15 vessels"),
    /// hedged figures that overlap ("about 120" vs "some 118"), shares of different
    /// measures, amounts of different things ("2,400 tonnes of fertiliser" vs "30
    /// tonnes of fuel oil"), figures too far apart to be one figure misreported
    /// (more than `max_ratio` times apart: "tickets cost €9" vs "the restoration
    /// cost €48.5m", "cracks up to 4 mm wide" vs "a detour of about 11 km"),
    /// ages of which one side does not say whose they are, vague
    /// figures ("hundreds of"), lengths of time, two figures in the same
    /// article (a source is not checked against itself), and a source's other
    /// figures of the same thing once the other source gives one of them: with
    /// "1,860 seats" in both articles, the 2,100 seats one of them gives for the
    /// hall before its works is another fact (only the same figure matches so,
    /// not a bound such as "up to 600 passengers" nor a round figure's rounding).
    id: "number-mismatch",
    claim_kind: "number",
}

#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields, default)]
pub struct Params {
    /// Read figures with two or more trailing zeros as rounded.
    pub implied_precision: bool,
    /// Extra relative tolerance on every figure (0.02 = 2%).
    pub tolerance: f64,
    /// How far an open bound ("at least 41", "more than 2,000") reaches
    /// past its figure, in steps of the figure's last non-zero digit
    /// (`.inf`: as far as logic allows).
    pub open_bound_steps: f64,
    /// Skip vague figures ("hundreds of").
    pub ignore_vague: bool,
    /// Only these units (empty: all).
    pub units: Vec<String>,
    /// Lengths of time are compared only between articles dated this many
    /// days apart at most (an elapsed time grows with the date).
    pub duration_date_gap_days: i32,
    /// Figures whose nearest ends are more than this many times apart are
    /// taken as two different figures, not one misreported (`.inf`:
    /// compare them all).
    pub max_ratio: f64,
    /// Drop findings below this confidence.
    pub min_confidence: f64,
}

impl Default for Params {
    fn default() -> Self {
        Params {
            implied_precision: true,
            tolerance: 0.0,
            open_bound_steps: 1.0,
            ignore_vague: true,
            units: Vec::new(),
            duration_date_gap_days: 1,
            max_ratio: 3.0,
            min_confidence: 0.3,
        }
    }
}

/// One statement: a figure, or a change or range read as one.
struct Statement {
    claims: Vec<usize>,
    source: usize,
    /// Intervals: one for a figure or range, two for a change (before,
    /// after) or a tally (first, second); in the unit it is compared in.
    values: Vec<(f64, f64)>,
    /// The same, each figure also allowed the rounding of a conversion:
    /// how it is compared with a statement written in another unit.
    converted: Vec<(f64, f64)>,
    shape: Shape,
    /// The unit it is compared in (see [`compared_in`]) and the map of
    /// its figures into that unit.
    unit: String,
    scale: Scale,
}

impl Statement {
    /// Whether it and `other` are written in units of different sizes, so
    /// that one of them was converted: in one bucket the units differ by
    /// their scales, and two units of one size need no conversion.
    fn converted_from(&self, other: &Statement) -> bool {
        self.scale != other.scale
    }

    /// Its intervals as compared with `other`'s.
    fn values_against(&self, other: &Statement) -> &[(f64, f64)] {
        if !self.converted_from(other) {
            &self.values
        } else {
            &self.converted
        }
    }
}

/// The unit a figure is compared in, and the map of its value into it: a
/// unit of measure with a factor in the lexicon is compared in its
/// dimension's base unit ("6 km" and "four miles" as metres), a fraction
/// as a percentage ("three-quarters" and "72%"), any other unit in itself.
fn compared_in(q: &crate::claim::Quantity, lex: &Lexicon) -> (String, Scale) {
    const SAME: Scale = Scale { factor: 1.0, offset: 0.0 };
    if q.kind == QuantityKind::Fraction {
        return (PERCENT.to_string(), Scale { factor: 100.0, offset: 0.0 });
    }
    let unit = q.unit.as_deref().unwrap_or_default();
    match lex.unit_named(unit).and_then(|u| u.dimension.as_ref().zip(u.scale)) {
        Some((dimension, scale)) => (format!("{dimension} (base)"), scale),
        None => (unit.to_string(), SAME),
    }
}

/// The unit of a percentage (as `extract::quantity` names it).
const PERCENT: &str = "percent";

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
enum Shape {
    Single,
    Change,
    Tally,
}

/// A figure's interval in the unit it is compared in; a `converted` one
/// (compared with a figure written in another unit) also allows its
/// [`rounding`].
fn interval(c: &Claim, p: &Params, scale: Scale, converted: bool) -> (f64, f64) {
    let (lo, hi) = written_interval(c, p, converted);
    (scale.apply(lo), scale.apply(hi))
}

fn written_interval(c: &Claim, p: &Params, converted: bool) -> (f64, f64) {
    let q = c.quantity().expect("number claim");
    let slack = if p.implied_precision && q.hedge.is_none() { q.precision } else { 0.0 };
    let (down, up) = if converted { rounding(q) } else { (0.0, 0.0) };
    let (down, up) = (down.max(slack), up.max(slack));
    // Up to the next step, not onto it: "at least 27" is not 28.
    let reach = || last_digit_step(q.value) * p.open_bound_steps * (1.0 - 1e-9);
    let lo = if q.low.is_finite() { q.low - down - q.low.abs() * p.tolerance } else { q.value - reach() };
    let hi = if q.high.is_finite() { q.high + up + q.high.abs() * p.tolerance } else { q.value + reach() };
    (lo, hi)
}

/// How far below and above its value a figure may stand once read in
/// another unit: half a step of its last digit, as a converted figure is
/// rounded where it is written. A simple fraction ("three-quarters", "two
/// in five") is a share rounded to the nearest fraction of halves, thirds,
/// quarters or fifths: half way to its neighbours among them either side
/// (three-quarters is 70.8% to 77.5%).
fn rounding(q: &crate::claim::Quantity) -> (f64, f64) {
    let step = last_digit_step(q.value) / 2.0;
    if q.kind != QuantityKind::Fraction {
        return (step, step);
    }
    let simple = || (2..=5).flat_map(|d| (0..=d).map(move |n| f64::from(n) / f64::from(d)));
    if !simple().any(|f| (f - q.value).abs() < 1e-3) {
        return (step, step);
    }
    let below = simple().filter(|&f| f < q.value - 1e-3).fold(f64::NAN, f64::max);
    let above = simple().filter(|&f| f > q.value + 1e-3).fold(f64::NAN, f64::min);
    let half = |f: f64| if f.is_nan() { step } else { (f - q.value).abs() / 2.0 };
    (half(below), half(above))
}

fn overlaps(a: (f64, f64), b: (f64, f64)) -> bool {
    a.0 <= b.1 && b.0 <= a.1
}

/// How many times apart the nearest ends of two intervals are: the low
/// end of the higher over the high end of the lower, when both are
/// positive (1 when they overlap). An interval reaching zero is measured
/// by its high end: "up to 4 mm" is still far below "about 11 km".
fn ratio(a: (f64, f64), b: (f64, f64)) -> f64 {
    let above = |x: (f64, f64), y: (f64, f64)| if x.0 > 0.0 && y.1 > 0.0 { x.0 / y.1 } else { 1.0 };
    above(b, a).max(above(a, b)).max(1.0)
}

pub fn check(p: &Params, rule: &Rule, ctx: &Context, out: &mut Vec<Finding>) {
    let claims = ctx.claims;
    let mut stmts: Vec<Statement> = Vec::new();
    for (i, c) in claims.iter().enumerate() {
        if c.kind != ClaimKind::Number {
            continue;
        }
        let q = c.quantity().expect("number claim");
        let Some(unit) = &q.unit else { continue };
        if !q.comparable || (p.ignore_vague && q.vague) || (!p.units.is_empty() && !p.units.contains(unit)) {
            continue;
        }
        let (unit, scale) = compared_in(q, ctx.lexicon);
        let (members, shape) = match c.ctx.role {
            Role::After | Role::RangeHigh | Role::TallySecond => continue,
            Role::Before | Role::RangeLow | Role::TallyFirst => {
                let Some(j) = c.ctx.link else { continue };
                let shape = match c.ctx.role {
                    Role::Before => Shape::Change,
                    Role::TallyFirst => Shape::Tally,
                    _ => Shape::Single,
                };
                (vec![i, j], shape)
            }
            _ => (vec![i], Shape::Single),
        };
        let values = |converted: bool| {
            let each = members.iter().map(|&k| interval(&claims[k], p, scale, converted));
            match shape {
                // A range as one interval.
                Shape::Single => vec![each.reduce(|a, b| (a.0.min(b.0), a.1.max(b.1))).expect("a member")],
                Shape::Change | Shape::Tally => each.collect(),
            }
        };
        let (values, converted) = (values(false), values(true));
        stmts.push(Statement { claims: members, source: c.source, values, converted, shape, unit, scale });
    }
    let first = |s: &Statement| &claims[s.claims[0]];
    // Where each statement holds. A subject that the story scopes figures
    // to elsewhere is where a figure without a scope holds: "Corvena set
    // a record of 44.9C" is scoped like "temperatures in Corvena reached
    // 44.6C".
    let places: Vec<&String> = stmts.iter().flat_map(|s| &first(s).ctx.scope).collect();
    let scopes: Vec<Vec<String>> = stmts
        .iter()
        .map(|s| {
            let c = first(s);
            let mut scope = c.ctx.scope.clone();
            if scope.is_empty() {
                scope.extend(c.ctx.subject.iter().filter(|s| places.contains(s)).cloned());
            }
            scope.sort();
            scope.dedup();
            scope
        })
        .collect();
    let keyed = stmts.iter().enumerate().map(|(i, s)| {
        let c = first(s);
        let q = c.quantity().expect("number claim");
        let kind = match &q.kind {
            QuantityKind::Count => "count".to_string(),
            // A fraction is a share: compared as a percentage.
            QuantityKind::Percent | QuantityKind::Fraction => "percent".to_string(),
            QuantityKind::Money(cur) => format!("money:{cur}"),
        };
        // Tallies are compared only with tallies.
        let key = (
            (kind, s.unit.clone(), q.population.clone()),
            (scopes[i].clone(), c.ctx.target, c.ctx.qualifier.clone(), s.shape == Shape::Tally),
        );
        (key, i)
    });
    let comparable = |a: usize, b: usize| -> Option<f64> {
        let (sa, sb) = (&stmts[a], &stmts[b]);
        if sa.source == sb.source {
            return None;
        }
        let (ca, cb) = (first(sa), first(sb));
        let mut conf = 0.9;
        // Subject: both named and disjoint means different things. An age
        // is a person's: two ages meet only when both say whose they are.
        let (qa, qb) = (ca.quantity()?, cb.quantity()?);
        let age = |q: &crate::claim::Quantity| {
            let unit = q.unit.as_deref().and_then(|u| ctx.lexicon.unit_named(u));
            unit.is_some_and(|u| u.dimension.as_deref() == Some("age"))
        };
        if age(qa) && (ca.ctx.subject.is_empty() || cb.ctx.subject.is_empty()) {
            return None;
        }
        if !ca.ctx.subject.is_empty() && !cb.ctx.subject.is_empty() {
            if !ca.ctx.subject.iter().any(|x| cb.ctx.subject.iter().any(|y| super::same_entity(x, y, ctx.lexicon))) {
                return None;
            }
        } else {
            conf *= 0.8;
        }
        match (ca.ctx.time, cb.ctx.time) {
            (Some(x), Some(y)) => {
                if x.0 > y.1 || y.0 > x.1 {
                    return None;
                }
            }
            _ => conf *= 0.7,
        }
        if ca.ctx.time_estimated || cb.ctx.time_estimated {
            conf *= 0.85;
        }
        if qa.elapsed || qb.elapsed {
            let (da, db) = (ctx.articles[ca.source].date?, ctx.articles[cb.source].date?);
            if (da - db).abs() > p.duration_date_gap_days {
                return None;
            }
        }
        // Shares, amounts and lengths of time must say what they measure,
        // and measure the same thing; so must counts in a unit of measure
        // that both say what they are of ("tonnes of fertiliser", "tonnes
        // of fuel oil").
        let must_share = qa.kind != QuantityKind::Count
            || qa.duration
            || qb.duration
            || (!qa.measure.is_empty() && !qb.measure.is_empty());
        if must_share && !qa.measure.iter().any(|w| qb.measure.contains(w)) {
            return None;
        }
        Some(conf)
    };
    let disagree = |a: usize, b: usize| -> bool {
        let (sa, sb) = (&stmts[a], &stmts[b]);
        let (va, vb) = (sa.values_against(sb), sb.values_against(sa));
        match (va.len(), vb.len()) {
            // Change with change, tally with tally: side by side.
            (2, 2) => !overlaps(va[0], vb[0]) || !overlaps(va[1], vb[1]),
            // A figure against a change: it must match neither end.
            (2, _) => va.iter().all(|&v| !overlaps(v, vb[0])),
            (_, 2) => vb.iter().all(|&v| !overlaps(v, va[0])),
            _ => !overlaps(va[0], vb[0]),
        }
    };
    // Every value of one statement far from every value of the other.
    let far = |a: usize, b: usize| -> bool {
        let (sa, sb) = (&stmts[a], &stmts[b]);
        sa.values.iter().all(|&x| sb.values.iter().all(|&y| ratio(x, y) > p.max_ratio))
    };
    // Two statements give the same figures, written as points (not as
    // bounds or ranges), within their hedges but not their rounding.
    let same_figure = |a: usize, b: usize| {
        let converted = stmts[a].converted_from(&stmts[b]);
        let points = |s: usize| -> Option<Vec<(f64, f64)>> {
            let scale = stmts[s].scale;
            let qs = stmts[s].claims.iter().map(|&k| claims[k].quantity());
            let point = |q: &crate::claim::Quantity| {
                let (down, up) = if converted { rounding(q) } else { (0.0, 0.0) };
                (scale.apply(q.low - down), scale.apply(q.high + up))
            };
            qs.map(|q| q.filter(|q| q.phrase.is_none()).map(point)).collect()
        };
        match (points(a), points(b)) {
            (Some(x), Some(y)) => x.len() == y.len() && x.iter().zip(&y).all(|(&p, &q)| overlaps(p, q)),
            _ => false,
        }
    };
    let mut pairs = Vec::new();
    for bucket in buckets(keyed) {
        let s0 = &stmts[bucket[0]];
        let label = fact_label(first(s0), s0.shape == Shape::Tally);
        ctx.record_fact(&rule.id, label, bucket.iter().flat_map(|&s| stmts[s].claims.iter().copied()));
        // The sources each figure is matched in: a figure that another
        // source also gives is that source's figure, and the source's other
        // figures of the bucket are other facts ("1,860 seats" in both
        // articles; one of them also gives 2,100 seats before the works).
        // Only the same figure matches: a bound or range ("up to 600
        // passengers") matches nothing, nor does a round figure's rounding
        // (100 km/h is no 92 km/h).
        let agreed: Vec<Vec<usize>> = bucket
            .iter()
            .map(|&a| {
                let matches = |&b: &usize| same_figure(a, b) && comparable(a, b).is_some();
                bucket.iter().filter(|b| matches(b)).map(|&b| stmts[b].source).collect()
            })
            .collect();
        for (x, &a) in bucket.iter().enumerate() {
            for (y, &b) in bucket.iter().enumerate().skip(x + 1) {
                let Some(mut conf) = comparable(a, b) else { continue };
                let (sa, sb) = (&stmts[a], &stmts[b]);
                if !disagree(a, b) || far(a, b) {
                    continue;
                }
                if agreed[x].contains(&sb.source) || agreed[y].contains(&sa.source) {
                    continue;
                }
                if sa.shape != sb.shape {
                    conf *= 0.85;
                }
                let hedged = |s: &Statement| s.claims.iter().any(|&k| claims[k].quantity().is_some_and(|q| q.hedge.is_some()));
                if hedged(sa) || hedged(sb) {
                    conf *= 0.9;
                }
                pairs.push(Conflict { a, b, confidence: conf });
            }
        }
    }
    let same_key = |a: usize, b: usize| {
        let (ca, cb) = (first(&stmts[a]), first(&stmts[b]));
        scopes[a] == scopes[b] && ca.ctx.subject == cb.ctx.subject && stmts[a].shape == stmts[b].shape
    };
    let groups = group_conflicts(
        pairs,
        |i| stmts[i].source,
        |a, b| comparable(a, b).is_some(),
        |a, b| same_key(a, b) && !disagree(a, b),
        |a, b| !disagree(a, b),
    );
    for (members, confidence) in groups {
        if confidence < p.min_confidence {
            continue;
        }
        out.push(finding(rule, ctx, &stmts, &members, confidence));
    }
}

fn finding(rule: &Rule, ctx: &Context, stmts: &[Statement], members: &[usize], confidence: f64) -> Finding {
    let claims = ctx.claims;
    let mut cited = Vec::new();
    let mut parts = Vec::new();
    let mut value_groups: Vec<String> = Vec::new();
    for &m in members {
        let s = &stmts[m];
        let shown: Vec<String> = s.claims.iter().map(|&k| show(&claims[k], ctx.lexicon)).collect();
        let text = match s.shape {
            Shape::Change => shown.join(" → "),
            Shape::Tally => shown.join(" to "),
            Shape::Single => shown.join("–"),
        };
        let group = match value_groups.iter().position(|g| *g == text) {
            Some(g) => g,
            None => {
                value_groups.push(text.clone());
                value_groups.len() - 1
            }
        };
        for &k in &s.claims {
            cited.push(Cited { claim: k, group });
        }
        parts.push(format!("{} ({})", text, ctx.source_name(&claims[s.claims[0]])));
    }
    let c0 = &claims[stmts[members[0]].claims[0]];
    let q = c0.quantity().expect("number claim");
    let unit = q.unit.clone().unwrap_or_default();
    let subject = c0
        .ctx
        .subject
        .first()
        .cloned()
        .or_else(|| members.iter().find_map(|&m| claims[stmts[m].claims[0]].ctx.subject.first().cloned()))
        .unwrap_or_default();
    let mut what = match &q.kind {
        QuantityKind::Percent | QuantityKind::Fraction => match &q.population {
            Some(pop) => format!("share of {pop}"),
            None => "share".to_string(),
        },
        QuantityKind::Money(_) => "amount".to_string(),
        _ => unit.clone(),
    };
    if !subject.is_empty() {
        what = format!("{what} ({subject})");
    }
    if let Some(scope) = c0.ctx.scope.first() {
        what = format!("{what} in {scope}");
    }
    if c0.ctx.target {
        what = format!("planned {what}");
    }
    Finding {
        rule: rule.id.clone(),
        kind: "number",
        severity: rule.severity,
        confidence: (confidence * 100.0).round() / 100.0,
        message: rule.render_message(&what, &parts.join(" vs "), &unit, &subject),
        claims: cited,
    }
}

/// What the figures of a bucket count, from the key's parts: "troops in
/// West Africa", "share of residents", "planned troops".
fn fact_label(c: &Claim, tally: bool) -> String {
    let q = c.quantity().expect("number claim");
    let unit = q.unit.clone().unwrap_or_default();
    let mut label = match &q.kind {
        QuantityKind::Percent | QuantityKind::Fraction => match &q.population {
            Some(pop) => format!("share of {pop}"),
            None => "share".to_string(),
        },
        QuantityKind::Money(cur) => format!("amount in {cur}"),
        _ if q.duration => "length of time".to_string(),
        _ => unit,
    };
    if let Some(qualifier) = &c.ctx.qualifier {
        label = format!("{qualifier} {label}");
    }
    if !c.ctx.scope.is_empty() {
        let mut scope = c.ctx.scope.clone();
        scope.sort();
        label = format!("{label} in {}", scope.join(", "));
    }
    if c.ctx.target {
        label = format!("planned {label}");
    }
    if tally {
        label = format!("{label} (tally)");
    }
    label
}

/// "about 4,000 troops", "26.1%", "€38.50".
fn show(c: &Claim, lex: &Lexicon) -> String {
    let q = c.quantity().expect("number claim");
    let v = format_number(q.value);
    let figure = match &q.kind {
        QuantityKind::Count => match &q.unit {
            Some(u) => format!("{v} {u}"),
            None => v,
        },
        QuantityKind::Percent => format!("{v}%"),
        QuantityKind::Money(cur) => format!("{v} {cur}"),
        // As written, with its percentage: "about three-quarters (75%)".
        QuantityKind::Fraction => return format!("{} ({}%)", c.text, format_number((q.value * 1000.0).round() / 10.0)),
    };
    // The hedge where it is written: "about 40 tonnes", "7.5 tonnes or less".
    match q.hedge.as_deref() {
        Some(h) if lex.hedge(h).is_none() && lex.hedge_after(h).is_some() => format!("{figure} {h}"),
        Some(h) => format!("{h} {figure}"),
        None => figure,
    }
}

#[cfg(test)]
mod tests {
    use crate::article::from_bytes;

    /// The report of the default pack on two one-sentence articles of
    /// the same day, from outlets A and B.
    fn report(a: &str, b: &str) -> crate::Report {
        let article = |name: &str, outlet: &str, text: &str| {
            let src = format!("---\noutlet: {outlet}\ndate: 2026-03-10\n---\n{text}\n");
            from_bytes(name, src.into_bytes()).unwrap()
        };
        let rules = crate::rules::load::default_pack().unwrap();
        crate::check(vec![article("a.md", "A", a), article("b.md", "B", b)], &rules)
    }

    /// The number-mismatch findings between two such articles.
    fn mismatches(a: &str, b: &str) -> usize {
        report(a, b).findings.iter().filter(|f| f.rule == "number-mismatch").count()
    }


    #[test]
    fn figures_in_units_of_one_dimension_are_compared_converted() {
        // each figure may be rounded after the conversion: 88 m is 288.7 ft
        let ship = "The 88-metre ferry sank on Monday.";
        assert_eq!(mismatches(ship, "The 289ft ferry sank on Monday."), 0);
        assert_eq!(mismatches(ship, "The 250ft ferry sank on Monday."), 1);
        // so is a bound's figure: 289ft is 88.09 m
        let bound = "The ferry that sank on Monday was at most 88 metres long.";
        assert_eq!(mismatches(bound, "The 289ft ferry sank on Monday."), 0);
        let line = "The 118 km line opened on Sunday.";
        assert_eq!(mismatches(line, "The 73-mile line opened on Sunday."), 0);
        assert_eq!(mismatches(line, "The 113-mile line opened on Sunday."), 1);
        let wind = "The wind farm has a capacity of 1.2GW.";
        assert_eq!(mismatches(wind, "The wind farm has a capacity of 1,200MW."), 0);
        assert_eq!(mismatches(wind, "The wind farm has a capacity of 1,400MW."), 1);
        // a scale with an offset: 17C is 62.6F
        let sea = "The water was 17C when the ferry sank.";
        assert_eq!(mismatches(sea, "The water was 63°F when the ferry sank."), 0);
        assert_eq!(mismatches(sea, "The water was 70°F when the ferry sank."), 1);
        // units without a factor meet only themselves
        let fuel = "The tanker spilled 30 gallons of fuel.";
        assert_eq!(mismatches(fuel, "The tanker spilled 30 litres of fuel."), 0);
    }

    #[test]
    fn a_fraction_is_a_share_rounded_to_halves_thirds_quarters_or_fifths() {
        let trial = "About three-quarters of the volunteers were protected by the vaccine.";
        assert_eq!(mismatches(trial, "The vaccine protected 84% of the volunteers."), 1);
        assert_eq!(mismatches(trial, "The vaccine protected 77% of the volunteers."), 0);
        let nearly = "Nearly three-quarters of the volunteers were protected by the vaccine.";
        assert_eq!(mismatches(nearly, "The vaccine protected 72% of the volunteers."), 0);
        // half way to the neighbours: two-thirds is 63.3% to 70.8%
        let vote = "Two-thirds of voters backed the measure.";
        assert_eq!(mismatches(vote, "The measure was backed by 65% of voters."), 0);
        assert_eq!(mismatches(vote, "The measure was backed by 58% of voters."), 1);
        let adults = "Half of adults in the region smoke.";
        assert_eq!(mismatches(adults, "Fifty per cent of adults in the region smoke."), 0);
    }

    #[test]
    fn a_hedge_is_shown_where_it_is_written() {
        let report = report(
            "The bridge is closed to lorries of 7.5 tonnes or less.",
            "The bridge is closed to lorries of about 12 tonnes.",
        );
        let message = &report.findings.first().expect("a finding").message;
        assert!(message.contains("7.5 tonnes or less (A)"), "{message}");
        assert!(message.contains("about 12 tonnes (B)"), "{message}");
    }

    #[test]
    fn a_bound_reaching_zero_is_far_from_a_figure_many_times_its_top() {
        let cracks = "Engineers found cracks up to 4 millimetres wide.";
        assert_eq!(mismatches(cracks, "Engineers found cracks about 11 kilometres wide."), 0);
        assert_eq!(mismatches(cracks, "Engineers found cracks 6 millimetres wide."), 1);
    }

    #[test]
    fn a_bound_open_on_one_side_holds_the_figures_past_it() {
        let died = "At least 27 people have died in the floods.";
        assert_eq!(mismatches(died, "The floods have killed 27 people."), 0);
        assert_eq!(mismatches(died, "The floods have killed 20 people."), 1);
        let fighting = "More than 2,000 firefighters are battling the blaze.";
        assert_eq!(mismatches(fighting, "Some 2,100 firefighters are battling the blaze."), 0);
        assert_eq!(mismatches(fighting, "Some 1,200 firefighters are battling the blaze."), 1);
        // a bound reaches one step of its last digit, not beyond
        assert_eq!(mismatches(died, "The floods have killed 28 people."), 1);
        assert_eq!(mismatches(fighting, "Some 3,400 firefighters are battling the blaze."), 1);
    }

    #[test]
    fn a_figure_both_sources_give_leaves_the_others_figures_as_other_facts() {
        let hall = "The hall now has 1,860 seats.";
        let both = "The hall has 1,860 seats. Before the works it had 2,100 seats.";
        assert_eq!(mismatches(both, hall), 0);
        assert_eq!(mismatches("The hall has 2,100 seats.", hall), 1);
        // a bound, or a round figure's rounding, is no match
        let ferry = "The ferry ran aground with 412 passengers.";
        let bound = "The ferry, which can carry up to 600 passengers, grounded with 421 passengers.";
        assert_eq!(mismatches(ferry, bound), 1);
        let train = "The train was travelling at 92 km/h.";
        let limit = "The train was travelling at 70 km/h. The normal limit is 100 km/h.";
        assert_eq!(mismatches(train, limit), 1);
    }

    #[test]
    fn an_approximation_reaches_one_step_of_its_last_digit_at_most() {
        let trial = "The vaccine showed an efficacy of 83.6% in the trial.";
        assert_eq!(mismatches(trial, "The vaccine's efficacy in the trial was about 78%."), 1);
        assert_eq!(mismatches(trial, "The vaccine's efficacy in the trial was about 84%."), 0);
        // a round figure keeps its fraction: about 4,000 is 3,600..4,400
        let crowd = "About 4,000 protesters marched on Saturday.";
        assert_eq!(mismatches(crowd, "Some 3,700 protesters marched on Saturday."), 0);
        assert_eq!(mismatches(crowd, "Some 3,400 protesters marched on Saturday."), 1);
    }

    #[test]
    fn a_figure_with_a_scale_is_rounded_to_its_last_written_digit() {
        let fee = "He joined for a fee of €45 million.";
        assert_eq!(mismatches(fee, "He joined for a fee of €40m."), 1);
        assert_eq!(mismatches(fee, "He joined for a fee of €45.3m."), 0);
        // two written zeros still read as rounded: 300 million is 250..350 million
        let budget = "The ministry's budget is $300 million.";
        assert_eq!(mismatches(budget, "The ministry's budget is $320m."), 0);
    }

    #[test]
    fn a_subject_the_story_scopes_figures_to_is_the_figures_scope() {
        let scoped = "Temperatures in Corvena reached 44.6C on Tuesday.";
        assert_eq!(mismatches(scoped, "Corvena set a record of 44.9C on Tuesday."), 1);
        // a figure with neither stays apart from the scoped one
        assert_eq!(mismatches(scoped, "A record of 44.9C was set on Tuesday."), 0);
    }

    #[test]
    fn the_place_of_who_speaks_is_not_the_figures_scope() {
        let plain = "By Tuesday 12,900 residents had been evacuated.";
        let said = "Emergency services in the Ashwen valley said that 12,400 residents were evacuated.";
        assert_eq!(mismatches(said, plain), 1);
        // the figure's own place still scopes it
        let scoped = "Emergency services said that 12,400 residents in the Ashwen valley were evacuated.";
        assert_eq!(mismatches(scoped, plain), 0);
    }

    #[test]
    fn the_word_that_opens_a_sentence_may_say_what_a_share_measures() {
        let turnout = "Turnout was 48.2% on Sunday.";
        assert_eq!(mismatches(turnout, "Turnout reached 42.8% on Sunday."), 1);
        // a name that opens it says whose, not what
        let deficit = "Rovania's deficit will shrink to $11bn.";
        assert_eq!(mismatches(deficit, "Rovania's rail plan will cost $9bn."), 0);
    }

    #[test]
    fn a_national_figure_is_apart_from_a_local_one() {
        let local = "The health office had recorded 83 cases by Wednesday.";
        let national = "Nationally, 185 cases have been recorded so far this year.";
        assert_eq!(mismatches(local, national), 0);
        let unscoped = "So far this year, 185 cases have been recorded.";
        assert_eq!(mismatches(local, unscoped), 1);
    }

    #[test]
    fn figures_far_apart_are_two_figures_not_one_misreported() {
        let museum = "The museum cost €48.5m to restore.";
        assert_eq!(mismatches(museum, "The museum cost €46.5m to restore."), 1);
        assert_eq!(mismatches(museum, "Tickets to the museum cost €9."), 0);
        // three times apart at most
        let fire = "The fire has burned 60 homes.";
        assert_eq!(mismatches(fire, "The fire has burned 19 homes."), 0);
        assert_eq!(mismatches(fire, "The fire has burned 21 homes."), 1);
    }

    #[test]
    fn two_ages_meet_only_when_both_say_whose_they_are() {
        let kirana = "The cubs were born to nine-year-old Kirana.";
        assert_eq!(mismatches(kirana, "Mother Kirana, 11, gave birth."), 1);
        // whose 21 years, the text does not say
        assert_eq!(mismatches(kirana, "The 21-year-old keeper fed the cubs."), 0);
    }

    #[test]
    fn the_step_of_a_figure_is_its_last_non_zero_digit() {
        for (v, step) in [(41.0, 1.0), (30.0, 10.0), (2000.0, 1000.0), (2.5, 0.1), (0.0, 0.0)] {
            assert!((super::last_digit_step(v) - step).abs() < 1e-12, "{v}");
        }
    }
}
