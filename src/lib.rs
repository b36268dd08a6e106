//! crosscheck: cross-check news articles against each other.
//!
//! The pipeline, one module per stage: `article` (read a source) ->
//! `segment` (tokens, sentences, segments) -> `extract` (claims, with their
//! context) -> `rules` (rule kinds, run by the `engine`) -> `finding`s ->
//! `report` (emitters). `eval` scores a report against an expected file;
//! `ruletest` runs a rule author's tests with it.
//!
//! The library never prints; `main.rs` and `report/` produce output.
#![warn(clippy::print_stdout, clippy::print_stderr)]

pub mod article;
pub mod baseline;
pub mod claim;
pub mod config;
pub mod engine;
pub mod eval;
pub mod extract;
pub mod finding;
pub mod hash;
pub mod lexicon;
pub mod report;
pub mod rules;
pub mod ruletest;
pub mod segment;
pub mod story;
pub mod suppress;
pub mod text;

pub use article::Article;
pub use engine::{check, Report};
pub use rules::RuleSet;
