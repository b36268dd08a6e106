//! Findings: what a rule reports, as data. A finding points at every claim
//! involved (never just one), carries its rule, severity and confidence, and
//! is rendered by the emitters in `report/`.

use crate::rules::Severity;

/// One claim cited by a finding.
#[derive(Debug, Clone)]
pub struct Cited {
    /// Index of the claim in the report's claim list.
    pub claim: usize,
    /// Which side of the disagreement this claim is on (claims with equal
    /// groups agree with each other).
    pub group: usize,
}

#[derive(Debug, Clone)]
pub struct Finding {
    pub rule: String,
    /// The claim kind compared: `number`, `name` or `date`.
    pub kind: &'static str,
    pub severity: Severity,
    /// How sure the tool is, 0..=1.
    pub confidence: f64,
    pub message: String,
    pub claims: Vec<Cited>,
}
