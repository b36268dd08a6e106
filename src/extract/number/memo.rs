//! Readings of [`parse_number`](super::parse_number) kept while a scanner
//! holds its text. The date grammars read the number at one place several
//! times within an attempt: at "the first carriage" the span, century and
//! day grammars each read "first". A reading depends on the input alone,
//! and while the scanner borrows its text no byte of it can change, so a
//! place of that text read twice is read once.
//!
//! Only inputs that lie inside the scanned text are kept (an input is its
//! address and length there); the scanner forgets the readings at each new
//! attempt, so the list stays a few entries long.

use std::cell::RefCell;
use std::ops::Range;

use nom::error::{Error, ErrorKind};
use nom::IResult;

use super::Num;

/// A kept reading: the length of the rest and the number, or where in the
/// input the error stands and its kind.
type Reading = Result<(usize, Num), (usize, ErrorKind)>;

#[derive(Default)]
struct Memo {
    /// The addresses of the scanned text; empty outside a scan.
    text: Range<usize>,
    /// (address, length, reading) of each input read.
    readings: Vec<(usize, usize, Reading)>,
}

thread_local! {
    static MEMO: RefCell<Memo> = RefCell::new(Memo::default());
}

/// Runs `scan` with readings of places in `text` kept; a scan inside a
/// scan keeps to the outer text.
pub(crate) fn scope<R>(text: &str, scan: impl FnOnce() -> R) -> R {
    let outer = MEMO.with(|m| {
        let mut m = m.borrow_mut();
        if !m.text.is_empty() {
            return true;
        }
        let start = text.as_ptr() as usize;
        m.text = start..start + text.len();
        m.readings.clear();
        false
    });
    if outer {
        return scan();
    }
    /// Closes the scope even when `scan` unwinds.
    struct Close;
    impl Drop for Close {
        fn drop(&mut self) {
            MEMO.with(|m| {
                let mut m = m.borrow_mut();
                m.text = 0..0;
                m.readings.clear();
            });
        }
    }
    let _close = Close;
    scan()
}

/// Forgets the kept readings (the scanner calls it at each attempt).
pub(crate) fn forget() {
    MEMO.with(|m| m.borrow_mut().readings.clear());
}

/// `parse(input)`, taken from the memo when `input` lies in the scanned
/// text and was read before.
pub(super) fn read<'a>(
    input: &'a str,
    parse: impl FnOnce(&'a str) -> IResult<&'a str, Num>,
) -> IResult<&'a str, Num> {
    let at = input.as_ptr() as usize;
    let key = (at, input.len());
    let kept = MEMO.with(|m| {
        let m = m.borrow();
        if !(m.text.start <= at && at + input.len() <= m.text.end) {
            return None;
        }
        Some(
            m.readings
                .iter()
                .find(|(a, n, _)| (*a, *n) == key)
                .map(|(_, _, r)| r.clone()),
        )
    });
    let Some(kept) = kept else {
        return parse(input);
    };
    if let Some(reading) = kept {
        let got = match reading {
            Ok((rest, n)) => Ok((&input[input.len() - rest..], n)),
            Err((k, code)) => Err(nom::Err::Error(Error::new(&input[k..], code))),
        };
        debug_assert_eq!(got, parse(input), "a kept number reading of {input:?}");
        return got;
    }
    let got = parse(input);
    let reading = match &got {
        Ok((rest, n)) => Some(Ok((rest.len(), n.clone()))),
        Err(nom::Err::Error(e)) => offset_in(input, e.input).map(|k| Err((k, e.code))),
        Err(_) => None,
    };
    if let Some(reading) = reading {
        MEMO.with(|m| m.borrow_mut().readings.push((key.0, key.1, reading)));
    }
    got
}

/// Where `part` starts in `whole`, when it is a tail of it (where a
/// parser's error stands in its input).
pub(crate) fn offset_in(whole: &str, part: &str) -> Option<usize> {
    let k = (part.as_ptr() as usize).checked_sub(whole.as_ptr() as usize)?;
    (k + part.len() == whole.len()).then_some(k)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::number::parse_number;

    fn kept() -> usize {
        MEMO.with(|m| m.borrow().readings.len())
    }

    #[test]
    fn a_place_read_twice_in_a_scan_is_kept_once_and_read_the_same() {
        let text = String::from("on the first carriage, 5,100 troops");
        let (first, troops) = (&text[7..], &text[23..]);
        scope(&text, || {
            let a = parse_number(first);
            let b = parse_number(first);
            assert_eq!(a, b);
            let read = |r: &str| first.len() - r.len();
            assert_eq!(a.as_ref().map(|(r, n)| (read(r), n.value)), Ok((5, 1.0)));
            assert_eq!(kept(), 1);
            assert_eq!(parse_number(troops).map(|(_, n)| n.value), Ok(5100.0));
            assert_eq!(kept(), 2);
            // Text that is not the scanned text is read but not kept.
            let other = String::from("first carriage");
            assert_eq!(parse_number(&other).map(|(r, _)| r.len()), Ok(9));
            assert_eq!(kept(), 2);
            forget();
            assert_eq!(kept(), 0);
        });
    }

    #[test]
    fn an_error_comes_back_at_its_place() {
        let text = String::from("12 monkeys");
        fn at_three(i: &str) -> IResult<&str, Num> {
            Err(nom::Err::Error(Error::new(&i[3..], ErrorKind::Verify)))
        }
        scope(&text, || {
            let a = read(&text, at_three);
            assert_eq!(kept(), 1);
            let b = read(&text, at_three);
            assert_eq!(a, b);
            assert!(matches!(b, Err(nom::Err::Error(e)) if e.input == "monkeys"));
        });
    }

    #[test]
    fn nothing_is_kept_outside_a_scan_and_a_scan_closes() {
        let text = String::from("twenty people");
        assert_eq!(parse_number(&text).map(|(r, _)| r.len()), Ok(7));
        assert_eq!(kept(), 0);
        scope(&text, || {
            // An inner scan keeps to the outer text.
            scope("other", || parse_number(&text)).ok();
            assert_eq!(kept(), 1);
        });
        assert_eq!(kept(), 0);
        assert!(MEMO.with(|m| m.borrow().text.is_empty()));
    }
}
