//! What the grammars read at the start of one attempt of the scanner.
//!
//! At an attempt the grammars of `ALL` run at its start, and some of them
//! run the same grammars there again: a range with no "from" reads its
//! first end at the start ("May 2 to 5"), where `ENDPOINTS` holds seventeen
//! grammars that `ALL` and `PERIODS` have just run in the same context; most
//! such attempts open no range, so all that work is done twice for nothing.
//! The chart keeps, for the attempt's start and context only, the first
//! word's classes (`Opening`) and how far each grammar read there (or that it
//! read nothing). `longest` takes both from it there: a grammar read before
//! is not run again unless it wins, and then once, for its value.
//!
//! A grammar's reading depends on its context and input alone, and while
//! the scanner borrows its text no byte of it can change, so a kept length is
//! exact; debug builds run every grammar anyway and check it. Grammars are
//! told apart by their address, in a small open-addressed table (a grammar
//! that finds no slot free is simply run again; the table is emptied at each
//! attempt by numbering the attempts).
//!
//! It also keeps, whole, what the duration grammars' core read there
//! (`duration::dur_core`, a count and a unit: "a second", "nine years"): a
//! length of time, a time "ago" and a compound "ago" each open with it, and
//! they are different grammars, so their lengths alone would not spare
//! reading it again; at an attempt's start 458 of the core's 460 repeated
//! readings over the story folders are made.

use std::cell::RefCell;

use nom::error::{Error, ErrorKind};

use super::duration::Unit;
use super::start::Opening;
use super::{Ctx, Day, Res, P};
use crate::extract::number::memo::offset_in;

/// Slots of the table (a power of two; an attempt runs about forty grammars
/// at its start).
const SLOTS: usize = 128;

/// A slot: the grammar's address, the attempt it was kept in, and the
/// length of the rest it left ([`NOTHING`] when it read nothing).
#[derive(Clone, Copy)]
struct Slot {
    grammar: usize,
    attempt: u32,
    rest: usize,
}

/// Slots tried for one grammar.
const PROBES: usize = 8;

/// The rest of a grammar that read nothing.
const NOTHING: usize = usize::MAX;

struct Chart {
    /// The open attempt; None outside one.
    open: Option<Start>,
    /// The attempt's number: slots kept in an earlier one are stale.
    attempt: u32,
    slots: [Slot; SLOTS],
    /// The duration core's reading at the start of attempt number `.0`.
    duration: (u32, Option<KeptDuration>),
}

/// A kept reading of the duration core: the length of the rest, the count
/// and the unit; or where in the input the error stands, and its kind.
type KeptDuration = Result<(usize, (f64, Unit)), (usize, ErrorKind)>;

/// Where an attempt starts, and its first word's classes.
#[derive(Clone, Copy)]
struct Start {
    /// The input (address, length).
    input: (usize, usize),
    reference: Option<Day>,
    /// The context's word before the input (address, length).
    prev: (usize, usize),
    opening: Opening,
}

thread_local! {
    static CHART: RefCell<Chart> = const {
        RefCell::new(Chart {
            open: None,
            attempt: 0,
            slots: [Slot { grammar: 0, attempt: 0, rest: 0 }; SLOTS],
            duration: (0, None),
        })
    };
}

fn key(s: &str) -> (usize, usize) {
    (s.as_ptr() as usize, s.len())
}

/// The slots to try for grammar `p`, in order: from the high bits of a
/// multiplicative hash of its address on, a few in a row.
fn slots_of(p: P) -> impl Iterator<Item = usize> {
    let first =
        (p as usize).wrapping_mul(0x9E37_79B9_7F4A_7C15) >> (usize::BITS - SLOTS.trailing_zeros());
    (first..first + PROBES).map(|k| k & (SLOTS - 1))
}

/// Opens an attempt at `input` in context `c` (the scanner's); it lasts
/// while the returned guard lives. `input` must lie in the scanned text,
/// which stays borrowed meanwhile.
pub(super) fn attempt(c: &Ctx<'_>, input: &str) -> Attempt {
    CHART.with(|ch| {
        let mut ch = ch.borrow_mut();
        ch.open = Some(Start {
            input: key(input),
            reference: c.reference,
            prev: key(c.prev),
            opening: Opening::of(input),
        });
        ch.attempt = ch.attempt.wrapping_add(1);
        if ch.attempt == 0 {
            // After a wrap no slot may look current.
            ch.slots.iter_mut().for_each(|s| s.attempt = 0);
            ch.attempt = 1;
        }
    });
    Attempt
}

/// Closes the attempt when dropped, even when a grammar unwinds.
pub(super) struct Attempt;

impl Drop for Attempt {
    fn drop(&mut self) {
        CHART.with(|ch| ch.borrow_mut().open = None);
    }
}

/// The first word's classes when `i` in context `c` is the open attempt's
/// start (where the chart holds what was read), None elsewhere.
pub(super) fn at_start(c: &Ctx<'_>, i: &str) -> Option<Opening> {
    let open = CHART.with(|ch| ch.borrow().open)?;
    (open.input == key(i) && open.reference == c.reference && open.prev == key(c.prev))
        .then_some(open.opening)
}

/// What grammar `p` read at the attempt's start, if it ran there: the
/// length of its rest, or None when it read nothing.
pub(super) fn read(p: P) -> Option<Option<usize>> {
    CHART.with(|ch| {
        let ch = ch.borrow();
        for k in slots_of(p) {
            let s = ch.slots[k];
            if s.attempt != ch.attempt {
                // A free slot: `p` was not kept (it would stand here or before).
                return None;
            }
            if s.grammar == p as usize {
                return Some((s.rest != NOTHING).then_some(s.rest));
            }
        }
        None
    })
}

/// Keeps what grammar `p` read at the attempt's start.
pub(super) fn keep(p: P, rest: Option<usize>) {
    CHART.with(|ch| {
        let mut ch = ch.borrow_mut();
        let attempt = ch.attempt;
        let free = slots_of(p).find(|&k| {
            let s = ch.slots[k];
            s.attempt != attempt || s.grammar == p as usize
        });
        if let Some(k) = free {
            ch.slots[k] = Slot {
                grammar: p as usize,
                attempt,
                rest: rest.unwrap_or(NOTHING),
            };
        }
    });
}

/// `core(c, i)`, the duration grammars' core: read once at the open
/// attempt's start (in its context) and kept for the attempt, read as is
/// anywhere else.
pub(super) fn duration<'a>(
    c: &Ctx<'_>,
    i: &'a str,
    core: fn(&Ctx<'_>, &'a str) -> Res<'a, (f64, Unit)>,
) -> Res<'a, (f64, Unit)> {
    if at_start(c, i).is_none() {
        return core(c, i);
    }
    let kept = CHART.with(|ch| {
        let ch = ch.borrow();
        ch.duration.1.filter(|_| ch.duration.0 == ch.attempt)
    });
    if let Some(kept) = kept {
        let got = match kept {
            Ok((rest, v)) => Ok((&i[i.len() - rest..], v)),
            Err((k, code)) => Err(nom::Err::Error(Error::new(&i[k..], code))),
        };
        debug_assert_eq!(got, core(c, i), "the kept duration of {i:?}");
        return got;
    }
    let got = core(c, i);
    let reading = match &got {
        Ok((r, v)) => Some(Ok((r.len(), *v))),
        Err(nom::Err::Error(e)) => offset_in(i, e.input).map(|k| Err((k, e.code))),
        Err(_) => None,
    };
    if let Some(reading) = reading {
        CHART.with(|ch| {
            let mut ch = ch.borrow_mut();
            ch.duration = (ch.attempt, Some(reading));
        });
    }
    got
}

#[cfg(test)]
mod tests {
    use super::super::{days_from_civil, parse_core, rel_unit};
    use super::*;

    fn ctx() -> Ctx<'static> {
        Ctx {
            reference: Some(days_from_civil(2026, 11, 22)),
            prev: "",
        }
    }

    /// The rest's length and the TIMEX of the reading of `text`.
    fn reading(text: &str) -> Option<(usize, String)> {
        parse_core(&ctx(), text)
            .ok()
            .map(|(r, ex)| (r.len(), ex.timex))
    }

    #[test]
    fn an_attempt_reads_as_the_grammars_do_without_the_chart() {
        for text in [
            "May 2 to 5",
            "last year until 2026",
            "from 4 to 22 this month",
            "2019-20",
            "on Monday",
            "the end of the year",
            "Monday, May 5 - Friday, May 9",
            "the world until",
            // The duration core, kept at the start for the grammars after
            // the first that read it.
            "two weeks ago",
            "a year and a half ago",
            "1 month 21 days ago",
            "nine years later",
            "a second coup",
            "34-year-long",
        ] {
            let plain = reading(text);
            let charted = {
                let _attempt = attempt(&ctx(), text);
                reading(text)
            };
            assert_eq!(plain, charted, "{text:?}");
        }
    }

    #[test]
    fn the_chart_holds_the_attempt_start_in_its_context_only() {
        let text = "last year until 2026";
        let c = ctx();
        {
            let _attempt = attempt(&c, text);
            assert!(reading(text).is_some());
            // "last year" read there (by the relative-unit grammar, and by
            // the range's first end), the rest's length kept.
            assert!(kept().contains(&" until 2026".len()), "{:?}", kept());
            assert!(at_start(&c, text).is_some());
            assert!(at_start(&c, &text[5..]).is_none());
            assert!(at_start(&Ctx { prev: "on", ..c }, text).is_none());
            assert!(at_start(
                &Ctx {
                    reference: None,
                    ..c
                },
                text
            )
            .is_none());
        }
        // Closed with its guard.
        assert!(at_start(&c, text).is_none());
        // The next attempt starts empty.
        let _next = attempt(&c, text);
        assert!(kept().is_empty());
        assert_eq!(read(rel_unit), None);
    }

    #[test]
    fn the_duration_core_is_kept_at_the_attempt_start_only() {
        let c = ctx();
        let text = "two weeks ago, a second coup";
        let core = super::super::duration::dur_core;
        let _attempt = attempt(&c, text);
        let kept = || CHART.with(|ch| ch.borrow().duration);
        let attempt_no = CHART.with(|ch| ch.borrow().attempt);
        // Read elsewhere than at the start: not kept.
        let at = text.find("a second").unwrap_or(0);
        assert!(core(&c, &text[at..]).is_err());
        assert_ne!(kept().0, attempt_no);
        // Read at the start: kept whole, and given back as read.
        let (rest, (n, unit)) = core(&c, text).expect("a duration");
        assert_eq!((rest, n), (" ago, a second coup", 2.0));
        assert_eq!(kept(), (attempt_no, Some(Ok((rest.len(), (n, unit))))));
        assert_eq!(core(&c, text), Ok((rest, (n, unit))));
        // In another context the same place is no attempt's start: read,
        // not taken from the chart nor kept in it.
        let other = Ctx { prev: "for", ..c };
        assert_eq!(core(&other, "two weeks"), Ok(("", (n, unit))));
        assert_eq!(kept(), (attempt_no, Some(Ok((rest.len(), (n, unit))))));
        // A new attempt keeps nothing yet.
        drop(_attempt);
        let _next = attempt(&c, text);
        assert_ne!(kept().0, CHART.with(|ch| ch.borrow().attempt));
    }

    /// The rests kept in the open attempt (a grammar is told by its address,
    /// which a test cannot rely on: a small function may have a copy of its
    /// own in each unit of code that names it).
    fn kept() -> Vec<usize> {
        CHART.with(|ch| {
            let ch = ch.borrow();
            ch.slots
                .iter()
                .filter(|s| s.attempt == ch.attempt)
                .map(|s| s.rest)
                .collect()
        })
    }
}
