//! Claims: what an article asserts, as data. A claim has a kind (number,
//! date, name), a normalised value, the surface text and its byte span, the
//! sentence it stands in, and the context it is about (subject, scope, time,
//! and its role in a change, a range or a plan).

use std::ops::Range;
use std::sync::Arc;

use compact_str::CompactString;

use crate::extract::time::{Day, Granularity, TimeKind};
use crate::lexicon::name_key;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ClaimKind {
    Number,
    Date,
    Name,
}

impl ClaimKind {
    pub fn as_str(self) -> &'static str {
        match self {
            ClaimKind::Number => "number",
            ClaimKind::Date => "date",
            ClaimKind::Name => "name",
        }
    }
}

#[derive(Debug, Clone)]
pub struct Claim {
    /// Index of the article it comes from.
    pub source: usize,
    pub kind: ClaimKind,
    /// Byte span of the claim in the article file.
    pub span: Range<usize>,
    /// Byte span of its sentence.
    pub sentence: Range<usize>,
    pub text: CompactString,
    pub value: Value,
    pub ctx: Context,
}

#[derive(Debug, Clone)]
pub enum Value {
    Quantity(Quantity),
    Time(TimeValue),
    Name(NameValue),
}

#[derive(Debug, Clone, PartialEq)]
pub enum QuantityKind {
    Count,
    Percent,
    Money(String),
    Fraction,
}

#[derive(Debug, Clone)]
pub struct Quantity {
    /// The figure as written, normalised.
    pub value: f64,
    /// The interval the figure allows once hedges and vague words are read.
    pub low: f64,
    pub high: f64,
    /// Half the unit of the figure's last non-zero digit when it looks
    /// rounded (5,100 -> 50), else 0.
    pub precision: f64,
    pub kind: QuantityKind,
    /// Canonical counted noun ("troops"), if any.
    pub unit: Option<String>,
    /// Whether figures in this unit are compared at all.
    pub comparable: bool,
    pub hedge: Option<String>,
    pub vague: bool,
    /// For shares: whose share ("residents" in "26.1 percent of residents").
    pub population: Option<String>,
    /// Content words saying what a share, amount or length of time measures.
    pub measure: Vec<String>,
    /// A length of time ("nine years"), in hours.
    pub duration: bool,
    /// A length of time anchored to the writing date ("for the past nine
    /// years"), which grows with that date.
    pub elapsed: bool,
    /// Byte span of the figure as a measurement: its number and its unit of
    /// measure, without hedge or counted noun ("4,500 tpd" in "roughly
    /// 4,500 tpd", "17 km", "50" in "50 cars"). Inside the claim's `span`
    /// except for a range's unit written after its second figure. The low
    /// end of a range joined by "and" starts at its "between" ("between 44
    /// and 50 mg"): without it the two figures read as two, not a range.
    pub figure: Range<usize>,
    /// Byte span of the comparison or interval the figure is read from,
    /// when it is one: "more than thirty", "five hundred or more", "< 20",
    /// "between 20 and 30" (the two ends of a range share it). Approximate
    /// hedges ("about 20") widen a figure without making it a range.
    pub phrase: Option<Range<usize>>,
}

#[derive(Debug, Clone)]
pub struct TimeValue {
    pub kind: TimeKind,
    pub start: Option<Day>,
    pub end: Option<Day>,
    pub granularity: Granularity,
    pub timex: CompactString,
    pub length_days: Option<f64>,
    pub clock_minutes: Option<u32>,
    /// How the date relates to its event: "until", "by", "since", "at".
    pub relation: Option<CompactString>,
    /// The event concept it dates ("election"), from the lexicon.
    pub event: Option<CompactString>,
    /// An ordinal on the event ("second coup").
    pub ordinal: Option<u32>,
    /// How many words stand between the date (with its relation and hedge
    /// words, "shortly after") and its event word.
    pub event_distance: Option<usize>,
    /// A planned or scheduled date ("had been scheduled for Nov. 23").
    pub planned: bool,
    /// Hedged ("about 11:40", "shortly after 1:15").
    pub approx: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum EntityKind {
    Person,
    Place,
    Org,
    Other,
}

impl EntityKind {
    pub fn as_str(self) -> &'static str {
        match self {
            EntityKind::Person => "person",
            EntityKind::Place => "place",
            EntityKind::Org => "organisation",
            EntityKind::Other => "other",
        }
    }
}

#[derive(Debug, Clone)]
pub struct NameValue {
    pub name: String,
    pub entity: EntityKind,
    /// Title or role written before it ("statistician", "President").
    pub role: Option<String>,
}

/// When a figure holds relative to a change, a range or a plan.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Role {
    Plain,
    /// The earlier value of a change ("from 5,500").
    Before,
    /// The later value of a change ("to 4,800").
    After,
    RangeLow,
    RangeHigh,
    /// The two sides of a tally ("87 votes to 41"): different measures
    /// reported together, compared side by side.
    TallyFirst,
    TallySecond,
}

impl Role {
    pub fn as_str(self) -> &'static str {
        match self {
            Role::Plain => "plain",
            Role::Before => "before",
            Role::After => "after",
            Role::RangeLow => "range-low",
            Role::RangeHigh => "range-high",
            Role::TallyFirst => "tally-first",
            Role::TallySecond => "tally-second",
        }
    }
}

#[derive(Debug, Clone)]
pub struct Context {
    /// Whose figure it is (canonical names: "Norway", "Denmark", "UN").
    pub subject: Vec<String>,
    /// Where it applies ("West Africa").
    pub scope: Vec<String>,
    /// When it holds, inclusive days.
    pub time: Option<(Day, Day)>,
    /// The time words it was dated by, if any ("last year").
    pub time_text: Option<CompactString>,
    /// The time rests on an estimated article date.
    pub time_estimated: bool,
    pub role: Role,
    /// A plan, goal or forecast rather than a current figure.
    pub target: bool,
    /// A qualifier that makes it a different measure of the same thing
    /// ("peak" for "at its height, 1,100 workers").
    pub qualifier: Option<String>,
    /// The other claim of a change or range.
    pub link: Option<usize>,
    /// Named entities of the sentence, typed (for dates). Shared by the
    /// dates of one sentence, like `keywords`.
    pub entities: Arc<[(EntityKind, String)]>,
    /// Content words of the sentence (for dates): what else it talks about.
    /// Shared by the dates of one sentence.
    pub keywords: Arc<[CompactString]>,
}

impl Default for Context {
    fn default() -> Self {
        Context {
            subject: Vec::new(),
            scope: Vec::new(),
            time: None,
            time_text: None,
            time_estimated: false,
            role: Role::Plain,
            target: false,
            qualifier: None,
            link: None,
            entities: Arc::default(),
            keywords: Arc::default(),
        }
    }
}

/// The place value of a figure's last non-zero digit: 1 for 41, 10 for
/// 30, 1,000 for 2,000, 0.1 for 2.5 (0 for 0).
pub fn last_digit_step(v: f64) -> f64 {
    let v = v.abs();
    (-6..=15)
        .rev()
        .map(|k| 10f64.powi(k))
        .find(|&step| {
            let n = v / step;
            n >= 1.0 && (n - n.round()).abs() <= 1e-9 * n
        })
        .unwrap_or(0.0)
}

/// A figure for display: "5,100", "26.1", "2.5 million".
pub fn format_number(v: f64) -> String {
    if !v.is_finite() {
        return if v > 0.0 { "∞".into() } else { "-∞".into() };
    }
    if v.abs() >= 1e9 && ((v / 1e9) * 100.0).fract().abs() < 1e-6 {
        return format!("{} billion", trim_float(v / 1e9));
    }
    if v.abs() >= 1e6 && ((v / 1e6) * 100.0).fract().abs() < 1e-6 {
        return format!("{} million", trim_float(v / 1e6));
    }
    if v.fract().abs() < 1e-9 && v.abs() < 1e15 {
        let s = format!("{}", v.abs() as u64);
        let mut out = String::new();
        for (i, c) in s.chars().enumerate() {
            if i > 0 && (s.len() - i) % 3 == 0 {
                out.push(',');
            }
            out.push(c);
        }
        return if v < 0.0 { format!("-{out}") } else { out };
    }
    trim_float(v)
}

fn trim_float(v: f64) -> String {
    let s = format!("{:.4}", v);
    let s = s.trim_end_matches('0').trim_end_matches('.');
    s.to_string()
}

impl NameValue {
    /// The name's parts folded (lower case, no diacritics), particles
    /// included: "José Peña" -> ["jose", "pena"], the words of its
    /// [`name_key`]. Derived when asked (by the rule that compares
    /// spellings, once per spelling), not kept on every name claim.
    pub fn parts(&self) -> Vec<String> {
        name_key(&self.name)
            .split(' ')
            .map(str::to_string)
            .filter(|p| !p.is_empty())
            .collect()
    }
}

impl Claim {
    /// The normalised value as a short string ("5500 troops", "2026",
    /// "Jaromil Halek").
    pub fn value_string(&self) -> String {
        match &self.value {
            Value::Quantity(q) => {
                let v = trim_float(q.value);
                match &q.kind {
                    QuantityKind::Count => match &q.unit {
                        Some(u) => format!("{v} {u}"),
                        None => v,
                    },
                    QuantityKind::Percent => format!("{v}%"),
                    QuantityKind::Money(c) => format!("{v} {c}"),
                    QuantityKind::Fraction => format!("{v} (fraction)"),
                }
            }
            Value::Time(t) => t.timex.to_string(),
            Value::Name(n) => n.name.clone(),
        }
    }

    pub fn quantity(&self) -> Option<&Quantity> {
        match &self.value {
            Value::Quantity(q) => Some(q),
            _ => None,
        }
    }
    pub fn time_value(&self) -> Option<&TimeValue> {
        match &self.value {
            Value::Time(t) => Some(t),
            _ => None,
        }
    }
    pub fn name_value(&self) -> Option<&NameValue> {
        match &self.value {
            Value::Name(n) => Some(n),
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_format_for_editors() {
        assert_eq!(format_number(5100.0), "5,100");
        assert_eq!(format_number(21e6), "21 million");
        assert_eq!(format_number(26.1), "26.1");
        assert_eq!(format_number(3.4e9), "3.4 billion");
    }

    #[test]
    fn a_names_parts_are_its_words_folded() {
        let parts = |name: &str| {
            NameValue {
                name: name.into(),
                entity: EntityKind::Person,
                role: None,
            }
            .parts()
        };
        // Case and diacritics fold; a particle stays; runs of spaces and a
        // line break cut one part from the next.
        assert_eq!(parts("José  Peña"), ["jose", "pena"]);
        assert_eq!(
            parts("Ursula von der\nLeyen"),
            ["ursula", "von", "der", "leyen"]
        );
        assert_eq!(parts("O`Brien"), ["o'brien"]);
        assert!(parts(" ").is_empty());
    }
}
