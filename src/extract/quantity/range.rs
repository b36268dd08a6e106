//! Bounds and ranges around a figure: the hedge or comparison written
//! before it ("about", "more than", "less than or equal to", ">="), the one
//! written after it ("or more", "and above"), and the pairs of figures that
//! make one interval ("between 20 and 30", "from 200 to 3,000", "10-15",
//! "20~100", "more than 10 and less than 40"), or a change or a tally
//! ("87 votes to 41", a score "3-1"), and
//! a figure's margin ("48% ± 3"). The
//! words are the lexicon's (rules/hedges.yaml); the signs and joiners are
//! the small nom grammar here.

use nom::branch::alt;
use nom::bytes::complete::{tag, tag_no_case};
use nom::character::complete::{one_of, space0};
use nom::combinator::{all_consuming, opt, recognize, value};
use nom::sequence::{delimited, terminated};
use nom::{IResult, Parser};

use super::{ArticleView, Draft};
use crate::claim::{last_digit_step, Quantity, QuantityKind, Role};
use crate::extract::number::Num;
use crate::lexicon::class;
use crate::lexicon::Hedge;

const ABOVE: Hedge = Hedge {
    low: 0.0,
    high: f64::INFINITY,
};
const BELOW: Hedge = Hedge {
    low: -1.0,
    high: 0.0,
};

/// The hedge before a figure: (its first token, its first byte, the phrase,
/// the hedge). The longest lexicon phrase wins; else a comparison sign.
pub(super) fn before(
    view: &ArticleView,
    first: usize,
    num_start: usize,
) -> Option<(usize, usize, String, Hedge)> {
    let lex = view.lex;
    // (Room is made when words are joined in it, `phrase_into`.)
    let mut phrase = String::new();
    for k in (1..=lex.max_hedge_words.min(first)).rev() {
        // A hedge opens with a word marked as opening one.
        if !view.word_is(first - k, class::HEDGE_FIRST) {
            debug_assert!(
                !view.phrase_into(first - k..first, &mut phrase) || lex.hedge(&phrase).is_none(),
                "the hedge {phrase:?} opens with a word not marked as opening one"
            );
            continue;
        }
        if !view.same_sentence(first - k, first) || !view.phrase_into(first - k..first, &mut phrase)
        {
            continue;
        }
        if let Some(h) = lex.hedge(&phrase) {
            let byte = view.doc.tokens[first - k].span.start;
            return Some((first - k, byte, phrase, h));
        }
    }
    sign_before(view, num_start)
}

/// ">", ">=", "> =", "≥", "<", "<=", "≤" right before a figure ("x>10",
/// "when <= 30"); "<>", "=>" and "=<" are not comparisons.
fn sign_before(view: &ArticleView, num_start: usize) -> Option<(usize, usize, String, Hedge)> {
    let before = &view.scan[..num_start];
    let run = before
        .char_indices()
        .rev()
        .take_while(|&(_, c)| "<>=≤≥ \t".contains(c))
        .take(6)
        .last()
        .map(|(i, _)| i)?;
    let text = &before[run..];
    let lead = text.len() - text.trim_start().len();
    let text = text.trim_start();
    let (_, h) = all_consuming(terminated(sign, space0)).parse(text).ok()?;
    let byte = run + lead;
    let tok = view.doc.tokens_in(&(byte..byte + 1)).start;
    Some((tok, byte, text.trim_end().to_string(), h))
}

fn sign(i: &str) -> IResult<&str, Hedge> {
    alt((
        value(
            ABOVE,
            alt((tag("≥"), recognize((tag(">"), space0, tag("="))), tag(">"))),
        ),
        value(
            BELOW,
            alt((tag("≤"), recognize((tag("<"), space0, tag("="))), tag("<"))),
        ),
    ))
    .parse(i)
}

/// Half the step a figure is rounded to, read from its digits as written.
/// A figure with a scale ("45 million", "€40m", "4.62bn") is rounded to
/// its last written digit; one whose digits end in two or more zeros
/// ("5,100", "300 million") to its last non-zero digit: 5,100 -> 50,
/// 21 million and €40m -> 500,000, 4.62bn -> 5 million; 41 and 2.5 -> 0.
/// A figure in words is read by its value alone.
pub(super) fn implied_precision(num: &Num, scan: &str) -> f64 {
    let written = scan.get(num.figure.clone()).unwrap_or("");
    // The leading digits as written: their value, decimals, trailing zeros.
    let (mut m, mut decimals, mut zeros) = (0.0, None::<i32>, 0);
    for b in written.bytes() {
        match b {
            b'0'..=b'9' => {
                m = m * 10.0 + f64::from(b - b'0');
                decimals = decimals.map(|k| k + 1);
                zeros = if b == b'0' { zeros + 1 } else { 0 };
            }
            b',' => {}
            b'.' if decimals.is_none() => decimals = Some(0),
            _ => break,
        }
    }
    let decimals = decimals.unwrap_or(0);
    let m = m / 10f64.powi(decimals);
    if num.in_words || m <= 0.0 {
        return rounded_by_value(num.value);
    }
    let scale = num.value / m;
    let step = if decimals == 0 && zeros >= 2 {
        10f64.powi(zeros)
    } else if scale > 1.5 {
        10f64.powi(-decimals)
    } else {
        return 0.0;
    };
    0.5 * step * scale
}

/// Half the unit of the last non-zero digit when a whole figure has two or
/// more trailing zeros (5,100 -> 50; 21 million -> 500,000).
fn rounded_by_value(v: f64) -> f64 {
    if v.fract() != 0.0 || !(100.0..=1e15).contains(&v) {
        return 0.0;
    }
    let step = last_digit_step(v);
    if step >= 100.0 {
        0.5 * step
    } else {
        0.0
    }
}

/// The interval a hedge puts around a figure's own [low, high]. An
/// approximation reaches its fraction of the figure, but no further than
/// one step of the figure's last non-zero digit: "about 4,000" is
/// 3,600..4,400, "about 78" is 77..79 (a writer who knew of 83.6 would
/// not round it to 78).
pub(super) fn widen(num: &Num, h: Hedge) -> (f64, f64) {
    let (low, high, step) = (num.low, num.high, last_digit_step(num.value));
    let lo = if h.low <= -1.0 {
        // Down to zero for a count, open for a negative figure.
        if low >= 0.0 {
            0.0
        } else {
            f64::NEG_INFINITY
        }
    } else if h.low >= 0.0 {
        low
    } else {
        (low * (1.0 + h.low)).max(low - step).min(low)
    };
    let hi = if h.high.is_infinite() {
        f64::INFINITY
    } else if h.high <= 0.0 {
        high
    } else {
        (high * (1.0 + h.high)).min(high + step).max(high)
    };
    (lo, hi)
}

/// Two figures in one token ("10-15", "around 10-15 exabytes"): the hedge
/// before the token is the first one's, the noun after it the second one's.
pub(super) fn share_token(drafts: &mut [Draft]) {
    for b in 1..drafts.len() {
        let a = b - 1;
        if drafts[b].first > drafts[a].last {
            continue;
        }
        if drafts[a].noun_end.is_some_and(|k| k >= drafts[b].first) {
            drafts[a].noun_end = None;
            drafts[a].q.unit = None;
            drafts[a].q.figure.end = drafts[a].num.span.end;
        }
        let d = &mut drafts[b];
        if d.hedge_byte < d.num.span.start {
            d.hedge_start = d.first;
            d.hedge_byte = d.num.span.start;
            d.hedge = None;
            d.q.hedge = None;
            d.q.phrase = None;
            (d.q.low, d.q.high) = (d.num.low, d.num.high);
        }
    }
}

/// A figure and its margin ("48% ± 3 points", "9.83 +/- 0.01 km/s2"): one
/// figure whose interval is the margin either side of it, written up to
/// the margin's unit. The margin is no figure of its own.
pub(super) fn margins(view: &ArticleView, drafts: &mut Vec<Draft>) {
    let mut b = 1;
    while b < drafts.len() {
        let a = b - 1;
        let between = view
            .scan
            .get(drafts[a].q.figure.end..drafts[b].hedge_byte)
            .unwrap_or_default();
        if !matches!(between.trim(), "±" | "+/-" | "+-") || drafts[b].q.value < 0.0 {
            b += 1;
            continue;
        }
        let m = drafts.remove(b);
        let d = &mut drafts[a];
        let (value, margin) = (d.q.value, m.q.value);
        (d.q.low, d.q.high) = (value - margin, value + margin);
        d.q.figure.end = m.q.figure.end;
        d.noun_end = Some(m.noun_end.unwrap_or(m.last).max(d.last));
        if d.q.unit.is_none() {
            d.q.unit = m.q.unit;
            d.q.comparable = m.q.comparable;
        }
    }
}

/// The hedges written after figures ("500 or more", "aged 18 and over"):
/// read once every figure's own hedge is known, so that "200 or greater
/// than 190" leaves "greater than" to 190. A comparison after a figure
/// replaces an approximation before it ("about 500 or more" is [500,)).
pub(super) fn read_after(view: &ArticleView, drafts: &mut [Draft]) {
    let doc = view.doc;
    for i in 0..drafts.len() {
        let limit = drafts
            .get(i + 1)
            .filter(|n| view.same_sentence(n.first, drafts[i].first))
            .map_or(doc.tokens.len(), |n| n.hedge_start);
        let d = &drafts[i];
        let found =
            after(view, d.last, limit).or_else(|| d.noun_end.and_then(|k| after(view, k, limit)));
        let Some((end_tok, phrase, h)) = found else {
            continue;
        };
        let d = &mut drafts[i];
        let end = doc.tokens[end_tok].span.end;
        let start = match d.hedge {
            Some(p) if p.is_bound() => {
                let (lo, hi) = widen(&d.num, h);
                d.q.low = d.q.low.min(lo);
                d.q.high = d.q.high.max(hi);
                d.hedge_byte
            }
            _ => {
                (d.q.low, d.q.high) = widen(&d.num, h);
                d.q.hedge = Some(phrase);
                d.hedge = Some(h);
                d.num.span.start
            }
        };
        if h.is_bound() {
            d.q.phrase = Some(start..end);
        }
    }
}

/// A lexicon hedge right after token `last`, ending before token `limit`.
/// One that opens with "and" must end the phrase: "18 and over", not
/// "5 million and more jobs".
fn after(view: &ArticleView, last: usize, limit: usize) -> Option<(usize, String, Hedge)> {
    let lex = view.lex;
    // (Room is made when words are joined in it, `phrase_into`.)
    let mut phrase = String::new();
    // Every hedge tried opens with the word after `last`.
    if !view.word_is(last + 1, class::HEDGE_AFTER_FIRST) {
        debug_assert!((1..=lex.max_hedge_after_words).all(|k| {
            !view.phrase_into(last + 1..=last + k, &mut phrase)
                || lex.hedge_after(&phrase).is_none()
        }));
        return None;
    }
    for k in (1..=lex.max_hedge_after_words).rev() {
        let end = last + k;
        if end >= limit
            || !view.same_sentence(last, end)
            || !view.phrase_into(last + 1..=end, &mut phrase)
        {
            continue;
        }
        let Some(h) = lex.hedge_after(&phrase) else {
            continue;
        };
        let next_is_noun = view.word(end + 1).is_some()
            && view.same_sentence(end, end + 1)
            && !view.word_is(end + 1, class::STOPWORD);
        // One that opens with "and" ends the phrase (see above).
        let opens_with_and = phrase == "and" || phrase.starts_with("and ");
        let after_and = phrase.get("and ".len()..).unwrap_or_default();
        if opens_with_and && next_is_noun && !lex.is_scope_preposition(after_and) {
            continue;
        }
        return Some((end, phrase, h));
    }
    None
}

/// How two figures are joined, once trimmed of spaces.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Joiner {
    /// "-", "–", "—", "~".
    Dash,
    To,
    Through,
    And,
    /// "but", ",": only between two one-sided comparisons.
    Then,
}

fn joiner(i: &str) -> IResult<&str, Joiner> {
    let dash = delimited(space0, value(Joiner::Dash, one_of("-–—~")), space0);
    // "8- to 16-meter", "two- and three-year": a suspended hyphen.
    let suspended = (opt(tag("-")), space0);
    alt((all_consuming(dash), all_consuming(words_joiner(suspended)))).parse(i)
}

fn words_joiner<'a>(
    lead: impl Parser<&'a str, Error = nom::error::Error<&'a str>>,
) -> impl Parser<&'a str, Output = Joiner, Error = nom::error::Error<&'a str>> {
    delimited(
        lead,
        alt((
            value(Joiner::To, tag_no_case("to")),
            value(
                Joiner::Through,
                alt((tag_no_case("through"), tag_no_case("thru"))),
            ),
            value(Joiner::And, tag_no_case("and")),
            value(Joiner::Then, alt((tag_no_case("but"), tag(",")))),
        )),
        space0,
    )
}

/// Which way a comparison points: (bound, open upwards).
fn side(q: &Quantity) -> Option<(f64, bool)> {
    q.phrase.as_ref()?;
    if q.high.is_infinite() && q.low == q.value {
        Some((q.value, true))
    } else if q.high == q.value && q.low < q.value {
        Some((q.value, false))
    } else {
        None
    }
}

/// "from X to Y" (a change when a change verb precedes, else a range),
/// "between X and Y", "X to Y", "X-Y", "X through Y", and two comparisons
/// that close each other ("more than 10 and less than 40", "at most 100 and
/// at least 20"): link the two figures.
pub(super) fn link_pairs(view: &ArticleView, drafts: &mut [Draft]) {
    let doc = view.doc;
    for a in 0..drafts.len().saturating_sub(1) {
        let b = a + 1;
        if drafts[a].ctx.link.is_some() || !view.same_sentence(drafts[a].first, drafts[b].first) {
            continue;
        }
        let a_end = drafts[a]
            .noun_end
            .map_or(drafts[a].num.span.end, |k| doc.tokens[k].surface().end)
            .max(drafts[a].num.span.end);
        let b_start = drafts[b].hedge_byte;
        if b_start <= a_end {
            continue;
        }
        let Ok((_, join)) = joiner(&view.scan[a_end..b_start]) else {
            continue;
        };
        let a_start = drafts[a].hedge_start;
        let before = a_start.checked_sub(1).and_then(|i| view.word(i));
        // "87 votes to 41": a noun after the first figure only makes a tally.
        let tally = drafts[a].noun_end.is_some() && drafts[b].noun_end.is_none();
        // "from 44 ml to 50 mg" are two measures, neither a range nor a change.
        if let (Some(x), Some(y)) = (&drafts[a].q.unit, &drafts[b].q.unit) {
            if x != y {
                continue;
            }
        }
        // "9 per cent to $165 million": a share and an amount.
        let (ka, kb) = (&drafts[a].q.kind, &drafts[b].q.kind);
        if ka != kb && *ka != QuantityKind::Count && *kb != QuantityKind::Count {
            continue;
        }
        let ordered = drafts[a].num.value < drafts[b].num.value;
        // "beat Lyon 3-1", "passed 212-178": two whole counts without a
        // noun, joined by a dash, the first not below the second, are a
        // score, not a range (a range is written low to high).
        let score = !ordered
            && [a, b].iter().all(|&k| {
                let d = &drafts[k];
                d.noun_end.is_none()
                    && d.q.unit.is_none()
                    && d.q.kind == QuantityKind::Count
                    && d.num.value.fract() == 0.0
            });
        // "rose 2.3% to 23,450", "fell by $1.2bn to $38.5bn": after a
        // change, "X to Y" is the amount and the level it reached, not a
        // range, when X is written with a kind Y lacks or when Y is more
        // than ten times X (a range's ends lie within a factor of ten:
        // "grow 2% to 3%", "cut by 20 to 30 per cent").
        let after_change = before.is_some_and(|w| w == "by" || view.lex.is_change_verb(w));
        let amount_and_level = after_change
            && ((*ka != QuantityKind::Count && *kb == QuantityKind::Count)
                || drafts[b].num.value > 10.0 * drafts[a].num.value);
        let opener = doc.tokens[a_start.saturating_sub(1)].span.start;
        let (va, vb) = (&drafts[a].q, &drafts[b].q);
        // (roles, phrase start, closing comparisons)
        let found = match (before, join) {
            (Some("from"), Joiner::To) => {
                let sent = doc.sentence_of(a_start);
                let change = (sent.tokens.start..a_start)
                    .any(|i| view.word(i).is_some_and(|w| view.lex.is_change_verb(w)));
                Some(if change {
                    ((Role::Before, Role::After), None)
                } else {
                    ((Role::RangeLow, Role::RangeHigh), Some(opener))
                })
            }
            (Some("between"), Joiner::And) => {
                Some(((Role::RangeLow, Role::RangeHigh), Some(opener)))
            }
            (_, Joiner::To | Joiner::Dash) if tally => {
                Some(((Role::TallyFirst, Role::TallySecond), None))
            }
            (_, Joiner::Dash) if !dash_chain(view, &drafts[a], &drafts[b]) => None,
            (_, Joiner::Dash) if score => Some(((Role::TallyFirst, Role::TallySecond), None)),
            (_, Joiner::To | Joiner::Dash | Joiner::Through) if ordered && !amount_and_level => {
                let start = va
                    .phrase
                    .as_ref()
                    .map_or(drafts[a].num.span.start, |p| p.start);
                Some(((Role::RangeLow, Role::RangeHigh), Some(start)))
            }
            (_, Joiner::And | Joiner::Then) => match (side(va), side(vb)) {
                (Some((x, true)), Some((y, false))) if x < y => Some((
                    (Role::RangeLow, Role::RangeHigh),
                    va.phrase.as_ref().map(|p| p.start),
                )),
                (Some((x, false)), Some((y, true))) if y < x => Some((
                    (Role::RangeHigh, Role::RangeLow),
                    va.phrase.as_ref().map(|p| p.start),
                )),
                _ => None,
            },
            _ => None,
        };
        let Some(((ra, rb), phrase_start)) = found else {
            continue;
        };
        if let Some(start) = phrase_start {
            let end = vb.phrase.as_ref().map_or(drafts[b].num.span.end, |p| p.end);
            // Two comparisons closing each other hold one interval.
            if let (Some((x, _)), Some((y, _))) = (side(va), side(vb)) {
                let (lo, hi) = (x.min(y), x.max(y));
                for k in [a, b] {
                    (drafts[k].q.low, drafts[k].q.high) = (lo, hi);
                }
            }
            for k in [a, b] {
                drafts[k].q.phrase = Some(start..end);
            }
        }
        // "44 and 50 mg" reads as two figures: the range as written needs
        // its "between" ("44 to 50 mg" is a range without its "from").
        if (before, join) == (Some("between"), Joiner::And) {
            drafts[a].q.figure.start = opener;
            drafts[a].hedge_byte = drafts[a].hedge_byte.min(opener);
        }
        share(drafts, a, b, ra, rb);
        if score && ra == Role::TallyFirst {
            for k in [a, b] {
                drafts[k].q.unit = Some("score".to_string());
                drafts[k].q.comparable = true;
            }
        }
    }
}

/// "1000-5000" joins two figures; "+1-222-2222-2222" is a chain of digits.
fn dash_chain(view: &ArticleView, a: &Draft, b: &Draft) -> bool {
    let before = view.scan[..a.num.span.start].chars().next_back();
    let after = view.scan[b.num.span.end..].chars().next();
    !before.is_some_and(|c| "-–+/".contains(c) || c.is_ascii_digit())
        && !after.is_some_and(|c| "-–/".contains(c) || c.is_ascii_digit())
}

/// The two figures of a pair share noun, subject, scope and time.
fn share(drafts: &mut [Draft], a: usize, b: usize, ra: Role, rb: Role) {
    if drafts[a].q.unit.is_none() {
        drafts[a].q.unit = drafts[b].q.unit.clone();
        drafts[a].q.comparable = drafts[b].q.comparable;
    }
    if drafts[b].q.unit.is_none() || drafts[b].q.kind != drafts[a].q.kind {
        drafts[b].q.unit = drafts[a].q.unit.clone();
        drafts[b].q.comparable = drafts[a].q.comparable;
        drafts[b].q.kind = drafts[a].q.kind.clone();
    }
    let ctx_a = drafts[a].ctx.clone();
    let ctx_b = drafts[b].ctx.clone();
    let subject = if ctx_a.subject.is_empty() {
        ctx_b.subject.clone()
    } else {
        ctx_a.subject.clone()
    };
    let scope = if ctx_a.scope.is_empty() {
        ctx_b.scope.clone()
    } else {
        ctx_a.scope.clone()
    };
    let (time, text) = if ctx_a.time_text.is_some() {
        (ctx_a.time, ctx_a.time_text.clone())
    } else {
        (ctx_b.time, ctx_b.time_text.clone())
    };
    for (k, r, other) in [(a, ra, b), (b, rb, a)] {
        let c = &mut drafts[k].ctx;
        c.subject = subject.clone();
        c.scope = scope.clone();
        c.time = time;
        c.time_text = text.clone();
        c.target = ctx_a.target || ctx_b.target;
        if c.target && c.time_text.is_none() {
            c.time = None;
        }
        c.role = r;
        c.link = Some(other);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// (phrase, low, high) of every figure read as a comparison or range.
    fn ranges(text: &str) -> Vec<(String, f64, f64)> {
        crate::extract::quantity::quantities_in(text)
            .into_iter()
            .filter_map(|(q, _)| q.phrase.map(|p| (text[p].to_string(), q.low, q.high)))
            .collect()
    }

    #[test]
    fn comparisons_and_ranges_in_newswire() {
        let inf = f64::INFINITY;
        assert_eq!(
            ranges("Police said more than 30 people were arrested."),
            [("more than 30".to_string(), 30.0, inf)]
        );
        assert_eq!(
            ranges("Fewer than a thousand giant pandas still live in the wild."),
            [("Fewer than a thousand".to_string(), 0.0, 1000.0)]
        );
        assert_eq!(
            ranges("Officials say 500 or more families were moved."),
            [("500 or more".to_string(), 500.0, inf)]
        );
        let r = ranges("Between 20 and 30 soldiers were wounded.");
        assert_eq!(r.len(), 2);
        assert_eq!(r[0].0, "Between 20 and 30");
        let r = ranges("Turnout was above 40% and below 60%, officials said.");
        assert_eq!(r[0], ("above 40% and below 60%".to_string(), 40.0, 60.0));
    }

    /// "and more" followed by a noun starts a new phrase; two units make
    /// two figures.
    #[test]
    fn look_alikes_are_not_ranges() {
        assert!(ranges("Output rose by 5 million and more jobs were created.").is_empty());
        assert!(ranges("They were given from 44 ml to 50 mg ethanol.").is_empty());
        assert!(ranges("Call +1-222-2222-2222 for details.").is_empty());
    }

    /// After a change, "X to Y" is the amount and the level it reached
    /// when X has a kind Y lacks, or Y is over ten times X; close ends of
    /// one kind still make a range.
    #[test]
    fn a_change_and_its_level_are_no_range() {
        for text in [
            "The index rose 2.3% to 23,450 points on Monday.",
            "Reserves fell by $1.2bn to $38.5bn in March.",
            "Inflation rose 0.2% to 3.1% in May.",
            "The population grew by 1,200 to 45,300.",
        ] {
            assert!(range_figures(text).is_empty(), "{text}");
        }
        for (text, ends) in [
            (
                "The economy is expected to grow 2% to 3% this year.",
                ["2%", "3%"],
            ),
            (
                "The plan would cut emissions by 20 to 30 per cent.",
                ["20", "30 per cent"],
            ),
            ("Output climbed 4 to 6 per cent.", ["4", "6 per cent"]),
        ] {
            assert_eq!(range_figures(text), ends, "{text}");
        }
    }

    /// A dash between two bare whole counts, the first not below the
    /// second, is a score; written low to high it stays a range.
    #[test]
    fn a_dash_from_high_to_low_is_a_score() {
        let read = |text: &str| -> Vec<(f64, Role, Option<String>)> {
            crate::extract::quantity::quantities_in(text)
                .into_iter()
                .map(|(q, c)| (q.value, c.ctx.role, q.unit))
                .collect()
        };
        let score = Some("score".to_string());
        assert_eq!(
            read("Rovers beat Lyon 3-1 on Saturday."),
            [
                (3.0, Role::TallyFirst, score.clone()),
                (1.0, Role::TallySecond, score.clone())
            ]
        );
        assert_eq!(
            read("The bill passed 212-178.")[1],
            (178.0, Role::TallySecond, score)
        );
        assert_eq!(read("Between 10-15 boats sank.")[0].1, Role::RangeLow);
    }

    #[test]
    fn signs_are_comparisons_and_their_look_alikes_are_not() {
        for s in [">", ">=", "> =", "≥"] {
            assert!(sign(s).unwrap().1.high.is_infinite(), "{s}");
        }
        for s in ["<", "<=", "< =", "≤"] {
            assert_eq!(sign(s).unwrap().1.high, 0.0, "{s}");
        }
        for s in ["<>", "=>", "=<"] {
            assert!(all_consuming(sign).parse(s).is_err(), "{s}");
        }
    }

    #[test]
    fn joiners() {
        assert_eq!(joiner("-").unwrap().1, Joiner::Dash);
        assert_eq!(joiner(" – ").unwrap().1, Joiner::Dash);
        assert_eq!(joiner("~").unwrap().1, Joiner::Dash);
        assert_eq!(joiner(" to ").unwrap().1, Joiner::To);
        assert_eq!(joiner(" through ").unwrap().1, Joiner::Through);
        assert_eq!(joiner(" and ").unwrap().1, Joiner::And);
        assert_eq!(joiner(", ").unwrap().1, Joiner::Then);
        assert_eq!(joiner("- to ").unwrap().1, Joiner::To);
        assert!(joiner(" votes to ").is_err());
        assert!(joiner("- -").is_err());
    }

    #[test]
    fn a_figure_is_rounded_as_its_digits_are_written() {
        let text = "Of 5,100 troops, 41 left; 21 million and €40m, 4.62bn and 2.5 and 300 million.";
        let precision: Vec<f64> = crate::extract::quantity::quantities_in(text)
            .into_iter()
            .map(|(q, _)| q.precision)
            .collect();
        assert_eq!(precision, vec![50.0, 0.0, 5e5, 5e5, 5e6, 0.0, 5e7]);
    }

    #[test]
    fn hedges_widen_counts_to_zero_and_negatives_to_the_open() {
        let num = |s| crate::extract::number::parse_number(s).unwrap().1;
        assert_eq!(widen(&num("1000"), BELOW), (0.0, 1000.0));
        assert_eq!(widen(&num("-30"), BELOW), (f64::NEG_INFINITY, -30.0));
        assert_eq!(widen(&num("30"), ABOVE), (30.0, f64::INFINITY));
    }

    /// The figure as written of each range end, low end first.
    fn range_figures(text: &str) -> Vec<String> {
        crate::extract::quantity::quantities_in(text)
            .into_iter()
            .filter(|(_, c)| c.ctx.link.is_some())
            .map(|(q, _)| text[q.figure.clone()].to_string())
            .collect()
    }

    #[test]
    fn a_range_joined_by_and_keeps_its_between() {
        // "44 and 50 mg" alone reads as two figures
        let f = range_figures("Patients were given between 44 and 50 mg of the drug.");
        assert_eq!(f, ["between 44", "50 mg"]);
        // "7 to 10" is a range without its "from"
        let f = range_figures("Zones run from 7 to 10 across the islands.");
        assert_eq!(f, ["7", "10"]);
    }
}
