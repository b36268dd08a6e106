//! Segmentation: an article's scan text cut into tokens, sentences and
//! segments (the comma-, dash- and bracket-delimited pieces of a sentence),
//! all as byte spans. Claim context is looked up along these.

use std::ops::Range;

use crate::extract::time::{class_runs, Word};
use crate::lexicon::{class, Lexicon, WordClass};
use crate::text::{
    alnum_run, fold_word, is_alnum, is_apostrophe, is_dash, is_double_quote, is_long_dash, is_space,
};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TokKind {
    Word,
    /// A word starting with a digit ("5,100", "2013", "4-years-old").
    Digits,
    Punct(char),
}

#[derive(Debug, Clone)]
pub struct Token {
    pub span: Range<usize>,
    pub kind: TokKind,
    /// Where [`Doc::folded`] holds the token lower-cased, apostrophes
    /// folded, possessive `'s` removed (read by [`Doc::lower`]): an ASCII
    /// token's [`Token::surface`], so a token costs no copy of its word.
    pub lower: Range<usize>,
    pub cap: bool,
    /// The bytes of a possessive `'s` at the end of `span` (0 when there
    /// is none): the surface is `span` without them.
    pub possessive_len: u8,
    /// A dash other than a long one joins two parts of the word
    /// ("al-Qaeda", "Rotterdam-based", "5-day"): a word without has no
    /// hyphen to look for.
    pub dashed: bool,
    /// The token's sentence and segment, indices into [`Doc::sentences`]
    /// and [`Doc::segments`], read by [`Token::sentence`] and
    /// [`Token::segment`]. (They are `u32`, and the surface is derived from
    /// `span`, so that a token takes 56 bytes.)
    pub sentence_at: u32,
    pub segment_at: u32,
    /// What one lookup of `lower` tells, here at segmentation: the lexicon
    /// lists it is in, and the scanners' classes of it, which they take for
    /// a word that is a whole ASCII token ([`Doc::whole_ascii_token`]).
    pub class: WordClass,
    /// The surface is ASCII (so `lower` is it in lower case).
    pub ascii: bool,
}

impl Token {
    pub fn is_word(&self) -> bool {
        self.kind == TokKind::Word
    }
    pub fn is_punct(&self, c: char) -> bool {
        self.kind == TokKind::Punct(c)
    }
    /// The span without a possessive `'s`.
    pub fn surface(&self) -> Range<usize> {
        self.span.start..self.span.end - usize::from(self.possessive_len)
    }
    /// The index of the token's sentence in [`Doc::sentences`].
    pub fn sentence(&self) -> usize {
        self.sentence_at as usize
    }
    /// The index of the token's segment in [`Doc::segments`].
    pub fn segment(&self) -> usize {
        self.segment_at as usize
    }
    /// Whether the word ends in a possessive `'s`.
    pub fn possessive(&self) -> bool {
        self.possessive_len != 0
    }
    /// Whether `lower` is in a lexicon list of class `bit`.
    pub fn is(&self, bit: u32) -> bool {
        self.class.lexicon & bit != 0
    }
    /// Whether the token is a word in a lexicon list of class `bit`.
    pub fn word_is(&self, bit: u32) -> bool {
        self.is_word() && self.is(bit)
    }
}

/// Where [`fold_word`] of the `span` of `s` stands in `folded` ([`Doc::folded`]
/// as the tokenizer builds it: `s` folded byte by byte, [`fold_text`],
/// then the folds pushed so far). An ASCII span stands there folded
/// already, and is not copied; another's folded form is pushed on.
#[inline(always)]
fn fold_token(s: &str, folded: &mut String, span: Range<usize>, ascii: bool) -> Range<usize> {
    if ascii {
        debug_assert_eq!(folded[span.clone()], fold_word(&s[span.clone()]));
        span
    } else {
        let start = folded.len();
        folded.push_str(&fold_word(&s[span]));
        start..folded.len()
    }
}

/// `text` with each ASCII byte folded as [`crate::text::fold_ascii`] folds it (lower
/// case, the backquote as an apostrophe) and the other bytes kept: an
/// ASCII word's span of it is the word as [`fold_word`] folds it.
fn fold_text(text: &str) -> String {
    let lower = text.to_ascii_lowercase();
    // (Looked for a block of bytes at a time, each block read whole: most
    // texts hold no backquote, and a loop without an early exit is one
    // the compiler runs many bytes a step.)
    let backquote = text
        .as_bytes()
        .chunks(64)
        .any(|block| block.iter().fold(false, |seen, &b| seen | (b == b'`')));
    debug_assert_eq!(backquote, lower.contains('`'));
    if backquote {
        lower.replace('`', "'")
    } else {
        lower
    }
}

#[derive(Debug, Clone)]
pub struct Sentence {
    pub span: Range<usize>,
    pub tokens: Range<usize>,
    /// Its segments, in `Doc::segments` (see [`Doc::sentence_segments`]).
    pub segments: Range<usize>,
    pub paragraph: usize,
}

#[derive(Debug, Clone)]
pub struct Segment {
    pub tokens: Range<usize>,
    /// Inside a dash or bracket parenthetical.
    pub paren: bool,
}

#[derive(Debug, Clone, Default)]
pub struct Doc {
    pub tokens: Vec<Token>,
    pub sentences: Vec<Sentence>,
    pub segments: Vec<Segment>,
    /// The runs of letters and digits of the text (see
    /// [`crate::text::alnum_end`]), in order, with the date scanner's
    /// classes of each: a word token holds one or more ("al", "Qaeda").
    /// Cut and classed once here, the date scanner walks them instead of
    /// cutting the text and looking its words up again.
    pub(crate) runs: Vec<Word>,
    /// The text folded byte by byte ([`fold_text`]) and, after it, the
    /// folded form of each token that is not ASCII: each token's
    /// [`Token::lower`] is a span of it.
    pub folded: String,
}

impl Doc {
    /// Token `t` lower-cased, apostrophes folded, possessive `'s` removed
    /// ([`fold_word`] of its surface).
    #[inline]
    pub fn lower(&self, t: &Token) -> &str {
        &self.folded[t.lower.clone()]
    }

    /// [`Doc::lower`]'s bytes, for a test of bytes: cut without the
    /// string's tests of char boundaries.
    #[inline]
    pub fn lower_bytes(&self, t: &Token) -> &[u8] {
        &self.folded.as_bytes()[t.lower.clone()]
    }

    /// [`Doc::lower`] of token `k`.
    #[inline]
    pub fn lower_at(&self, k: usize) -> &str {
        self.lower(&self.tokens[k])
    }

    /// Index of the first token that starts at or after `offset`.
    pub fn token_at(&self, offset: usize) -> usize {
        self.tokens.partition_point(|t| t.span.end <= offset)
    }

    /// The sentence of token `k`.
    pub fn sentence_of(&self, k: usize) -> &Sentence {
        &self.sentences[self.tokens[k].sentence()]
    }

    /// The segment of token `k`.
    pub fn segment_of(&self, k: usize) -> &Segment {
        &self.segments[self.tokens[k].segment()]
    }

    /// The segments of sentence `si`, in order, as the segmenter cut them.
    pub fn sentence_segments(&self, si: usize) -> Range<usize> {
        self.sentences[si].segments.clone()
    }

    /// The token whose surface is `span` and ASCII, if one is: a scanner
    /// reads its classes (found by one lookup at segmentation) instead of
    /// looking the word up again. `cursor` is a token index that only moves
    /// on, so spans asked for in text order are found in one walk.
    pub fn whole_ascii_token(&self, cursor: &mut usize, span: &Range<usize>) -> Option<&Token> {
        while self
            .tokens
            .get(*cursor)
            .is_some_and(|k| k.span.end <= span.start)
        {
            *cursor += 1;
        }
        self.tokens
            .get(*cursor)
            .filter(|k| k.ascii && k.surface() == *span)
    }

    /// Tokens overlapping a byte range.
    pub fn tokens_in(&self, range: &Range<usize>) -> Range<usize> {
        let a = self.tokens.partition_point(|t| t.span.end <= range.start);
        let b = self.tokens.partition_point(|t| t.span.start < range.end);
        a..b.max(a)
    }
}

/// Cut `scan` into tokens, sentences and segments.
pub fn segment(scan: &str, lex: &Lexicon) -> Doc {
    let (mut tokens, runs, breaks, folded) = tokenize(scan, lex);
    let n = tokens.len();
    let mut doc = Doc {
        folded,
        sentences: Vec::with_capacity(n / 16 + 1),
        segments: Vec::with_capacity(n / 6 + 1),
        runs,
        ..Doc::default()
    };
    let mut paragraph = 0;
    let mut sent_start_tok = 0;
    let mut sent_start_byte = tokens.first().map(|t| t.span.start).unwrap_or(0);
    // Sentence boundaries. `breaks` lists the tokens after a line break,
    // in order: only there may a paragraph end.
    let mut next_break = 0;
    let mut i = 0;
    while i < n {
        let t = &tokens[i];
        let mut end_here = false;
        let mut last = i;
        if matches!(
            t.kind,
            TokKind::Punct('.') | TokKind::Punct('!') | TokKind::Punct('?')
        ) {
            // Swallow closing quotes and brackets.
            while last + 1 < n
                && matches!(tokens[last + 1].kind, TokKind::Punct(c) if is_double_quote(c) || is_apostrophe(c) || c == ')')
                && tokens[last + 1].span.start == tokens[last].span.end
            {
                last += 1;
            }
            let abbrev = t.is_punct('.') && i > 0 && is_abbreviation(&tokens[i - 1], scan);
            let next_starts = tokens
                .get(last + 1)
                .is_none_or(|nt| starts_sentence(nt, scan));
            end_here = !abbrev && next_starts;
        }
        while breaks.get(next_break).is_some_and(|&b| b <= last) {
            next_break += 1;
        }
        let para_break = last + 1 < n
            && breaks.get(next_break) == Some(&(last + 1))
            && paragraph_break(scan, tokens[last].span.end, tokens[last + 1].span.start);
        debug_assert_eq!(
            para_break,
            tokens.get(last + 1).is_some_and(|nt| paragraph_break(
                scan,
                tokens[last].span.end,
                nt.span.start
            )),
            "a paragraph break off the line breaks"
        );
        if end_here || para_break || last + 1 == n {
            let end_byte = tokens[last].span.end;
            doc.sentences.push(Sentence {
                span: sent_start_byte..end_byte,
                tokens: sent_start_tok..last + 1,
                // Set when the segments are cut, below.
                segments: 0..0,
                paragraph,
            });
            if para_break {
                paragraph += 1;
            }
            sent_start_tok = last + 1;
            if let Some(nt) = tokens.get(last + 1) {
                sent_start_byte = nt.span.start;
            }
        }
        i = last + 1;
    }
    // Segments within each sentence. A token that splits two segments
    // points at the next one (the last one at the end of the text).
    for si in 0..doc.sentences.len() {
        let sent_tokens = doc.sentences[si].tokens.clone();
        let first_segment = doc.segments.len();
        let mut seg_start = sent_tokens.start;
        let mut paren = false;
        for ti in sent_tokens.clone() {
            let t = &mut tokens[ti];
            t.sentence_at = narrow(si);
            t.segment_at = narrow(doc.segments.len());
            let TokKind::Punct(c) = t.kind else {
                continue;
            };
            let opens = c == '(' || c == '[' || (is_long_dash(c) && !paren);
            let closes = c == ')' || c == ']' || (is_long_dash(c) && paren);
            let splits = opens || closes || matches!(c, ',' | ';' | ':');
            if splits {
                if seg_start < ti {
                    doc.segments.push(Segment {
                        tokens: seg_start..ti,
                        paren,
                    });
                    t.segment_at = narrow(doc.segments.len());
                }
                seg_start = ti + 1;
                if opens {
                    paren = true;
                } else if closes {
                    paren = false;
                }
            }
        }
        if seg_start < sent_tokens.end {
            doc.segments.push(Segment {
                tokens: seg_start..sent_tokens.end,
                paren,
            });
        }
        doc.sentences[si].segments = first_segment..doc.segments.len();
    }
    // The tokens' segments rise along the text, so only split tokens
    // after the last segment (at the text's end) point past it.
    let last_segment = narrow(doc.segments.len().saturating_sub(1));
    for t in tokens.iter_mut().rev() {
        if t.segment_at <= last_segment {
            break;
        }
        t.segment_at = last_segment;
    }
    debug_assert!(tokens.is_sorted_by_key(|t| t.segment_at));
    debug_assert!(tokens.iter().all(|t| t.segment_at <= last_segment));
    doc.tokens = tokens;
    // The sentences' ranges tile the segments, in order, and each segment
    // lies in its sentence.
    debug_assert!(doc.sentences.iter().enumerate().all(|(si, sent)| {
        let from = si
            .checked_sub(1)
            .map_or(0, |p| doc.sentences[p].segments.end);
        sent.segments.start == from
            && doc.segments[sent.segments.clone()]
                .iter()
                .all(|g| sent.tokens.start <= g.tokens.start && g.tokens.end <= sent.tokens.end)
    }));
    debug_assert_eq!(
        doc.sentences.last().map_or(0, |s| s.segments.end),
        doc.segments.len()
    );
    doc
}

/// A sentence or segment index as a token keeps it. (Past `u32::MAX`, a
/// text of some eight gigabytes, it stays there rather than wrap.)
fn narrow(i: usize) -> u32 {
    u32::try_from(i).unwrap_or(u32::MAX)
}

/// The bytes of a possessive `'s` that word `s` ends in (0 when none):
/// [`Token::possessive_len`].
fn possessive_len(s: &str) -> u8 {
    // (Most words do not end in "s": told by the last byte.)
    if !s.ends_with('s') {
        return 0;
    }
    let mut chars = s.char_indices().rev();
    if let (Some((_, 's')), Some((i, a))) = (chars.next(), chars.next()) {
        if is_apostrophe(a) && i > 0 {
            // (An apostrophe and an "s": at most five bytes.)
            return (s.len() - i) as u8;
        }
    }
    0
}

/// Whether token `t` of `scan` is an abbreviation, so that a stop after
/// it may not end the sentence. A word of the lexicon's list is told by
/// the token's class (debug builds check every token's classes against
/// the lists as it is classed, [`Lexicon::word_class`]).
fn is_abbreviation(t: &Token, scan: &str) -> bool {
    if t.kind != TokKind::Word {
        return false;
    }
    if t.is(class::ABBREVIATION) {
        return true;
    }
    // Initials ("J."), dotted acronyms ("U.S", "U.N").
    let s = &scan[t.span.clone()];
    let mut chars = s.chars();
    if let (Some(c), None) = (chars.next(), chars.next()) {
        if c.is_uppercase() {
            return true;
        }
    }
    s.contains('.')
}

fn starts_sentence(t: &Token, scan: &str) -> bool {
    match t.kind {
        TokKind::Digits => true,
        TokKind::Word => scan[t.span.clone()]
            .chars()
            .next()
            .is_some_and(|c| !c.is_lowercase()),
        TokKind::Punct(c) => {
            is_double_quote(c) || is_apostrophe(c) || c == '(' || c == '#' || c == '*'
        }
    }
}

/// A blank line, or a line break after a line that ends a sentence or is
/// short like a heading, separates paragraphs.
fn paragraph_break(scan: &str, from: usize, to: usize) -> bool {
    // (`segment` asks only about the gaps the tokenizer saw a line break
    // in; the test keeps the answer right for any gap.) `contains` on a
    // byte slice calls a memchr made for long slices; the gaps are short.
    #[allow(clippy::manual_contains)]
    let newline = scan.as_bytes()[from..to].iter().any(|&b| b == b'\n');
    if !newline {
        return false;
    }
    let gap = &scan[from..to];
    let newlines = gap.matches('\n').count();
    if newlines >= 2 && gap.split('\n').skip(1).any(|l| l.trim().is_empty()) {
        return true;
    }
    let next_line_start = &scan[to..];
    let list = next_line_start.starts_with(['#', '-', '*', '>']);
    // Hard-wrapped text: a line ending in "a.m." followed by "on Sunday"
    // runs on; a break needs the next line to open a sentence.
    let opens = next_line_start.chars().next().is_some_and(|c| {
        c.is_uppercase() || c.is_ascii_digit() || is_double_quote(c) || is_apostrophe(c)
    });
    if list || !opens {
        return list;
    }
    // The line that ends at `from`, trimmed, is read back from its end:
    // its last char, then (only when that ends no sentence) whether it
    // is short, counting at most sixty chars (a paragraph's line is long).
    let before = &scan[..from];
    let ends = line_last_char(before).is_some_and(|c| {
        matches!(c, '.' | '!' | '?' | ':' | ')') || is_double_quote(c) || is_apostrophe(c)
    });
    ends || short_line(before, 60)
}

/// `before` without the trailing spaces of its last line (the line after
/// its last line break).
fn line_trimmed_end(before: &str) -> &str {
    before.trim_end_matches(|c: char| c.is_whitespace() && c != '\n')
}

/// The last char of the line that ends `before`, trimmed; None when it is
/// blank.
fn line_last_char(before: &str) -> Option<char> {
    line_trimmed_end(before)
        .chars()
        .next_back()
        .filter(|&c| c != '\n')
}

/// Whether the line that ends `before` holds fewer than `limit` chars once
/// trimmed: read back from its last char that is not a space, and no
/// further than `limit` chars.
fn short_line(before: &str, limit: usize) -> bool {
    // Chars counted back, and the count at the leftmost one that is not a
    // space (the trimmed line's length once its start is reached).
    let (mut seen, mut reach) = (0, 0);
    for c in line_trimmed_end(before).chars().rev() {
        if c == '\n' {
            break;
        }
        seen += 1;
        if !c.is_whitespace() {
            reach = seen;
            if reach >= limit {
                return false;
            }
        }
    }
    reach < limit
}

/// Tokens: words (letters/digits with inner apostrophes, hyphens,
/// periods and digit-group commas) and single punctuation characters, each
/// read once: its folded form, case, possessive and lexicon classes are
/// taken as it is cut.
/// Also the runs of letters and digits the words are made of ([`Doc::runs`]),
/// the indices of the tokens a line break stands before, in order, and
/// the tokens' folded text ([`Doc::folded`]).
fn tokenize(s: &str, lex: &Lexicon) -> Tokenized {
    // Folded once for the whole text: an ASCII word is read off it. (The
    // folds pushed after it change no offset of the text's.)
    let mut folded = fold_text(s);
    let mut out = Vec::with_capacity(s.len() / 5);
    let mut runs = Vec::with_capacity(s.len() / 5);
    let mut breaks = Vec::new();
    let mut i = 0;
    while let Some(c) = char_at(s, i) {
        let len = c.len_utf8();
        if is_space(c) {
            if c == '\n' && breaks.last() != Some(&out.len()) {
                breaks.push(out.len());
            }
            i += len;
            continue;
        }
        if !is_alnum(c) {
            let (span, ascii) = (i..i + len, c.is_ascii());
            let lower = fold_token(s, &mut folded, span.clone(), ascii);
            out.push(Token {
                class: lex.word_class(&folded[lower.clone()]),
                ..token(span, TokKind::Punct(c), lower, ascii)
            });
            i += len;
            continue;
        }
        let first_run = runs.len();
        let (j, dashed, all_ascii) = word_end(s, i, c, &mut runs);
        let possessive_len = possessive_len(&s[i..j]);
        let surface = i..j - usize::from(possessive_len);
        let kind = if c.is_ascii_digit() {
            TokKind::Digits
        } else {
            TokKind::Word
        };
        // (Without its possessive, "Norway’s" is ASCII.)
        let ascii = all_ascii || s[surface.clone()].is_ascii();
        let lower = fold_token(s, &mut folded, surface.clone(), ascii);
        // (A word's chars are letters, digits and joiners: no NUL, which
        // a key read off the folded text needs.)
        let class = if ascii {
            lex.word_class_in(&folded, surface.clone())
        } else {
            lex.word_class(&folded[lower.clone()])
        };
        class_runs(s, &mut runs[first_run..], &surface, ascii, class.time);
        out.push(Token {
            class,
            cap: c.is_uppercase(),
            possessive_len,
            dashed,
            ..token(i..j, kind, lower, ascii)
        });
        i = j;
    }
    (out, runs, breaks, folded)
}

/// What [`tokenize`] cuts: the tokens, the runs, the line breaks' token
/// indices and the folded text.
type Tokenized = (Vec<Token>, Vec<Word>, Vec<usize>, String);

/// A token of `kind` over `span`, folded to `lower`, before it is classed
/// and placed in its sentence (and, if a word, given its possessive).
fn token(span: Range<usize>, kind: TokKind, lower: Range<usize>, ascii: bool) -> Token {
    Token {
        ascii,
        span,
        kind,
        lower,
        cap: false,
        possessive_len: 0,
        dashed: false,
        sentence_at: 0,
        segment_at: 0,
        class: WordClass::default(),
    }
}

/// The end of the word that opens with the letter or digit `c` at byte
/// `i`, whether a dash joins two of its parts, and whether it is all
/// ASCII; its runs of letters and digits are pushed onto `runs`.
fn word_end(s: &str, i: usize, c: char, runs: &mut Vec<Word>) -> (usize, bool, bool) {
    let (mut j, mut prev) = (i + c.len_utf8(), c);
    let mut dashed = false;
    let mut ascii = c.is_ascii();
    let mut run_start = i;
    loop {
        // The letters and digits up to the next other char, in one run.
        let (e, run_ascii) = alnum_run(s, j);
        ascii &= run_ascii;
        runs.push(Word::run(run_start, e));
        if e > j {
            prev = match s.as_bytes()[e - 1] {
                b if b.is_ascii() => char::from(b),
                _ => s[j..e].chars().next_back().unwrap_or(prev),
            };
            j = e;
        }
        let Some(cj) = char_at(s, j) else {
            break;
        };
        // Only an apostrophe, a dash, a stop or a comma may join; of
        // ASCII chars (a space after most words) no other one.
        if cj.is_ascii() && !matches!(cj, '\'' | '`' | '-' | '.' | ',') {
            break;
        }
        let after = j + cj.len_utf8();
        // Joiners continue a word only between two word characters.
        let next = char_at(s, after);
        let next_alnum = next.is_some_and(is_alnum);
        let next_digit = next.is_some_and(|x| x.is_ascii_digit());
        let joins = next_alnum
            && (is_apostrophe(cj)
                || (is_dash(cj) && !is_long_dash(cj))
                // "U.N", "26.1"
                || (cj == '.' && (prev.is_ascii_digit() || prev.is_uppercase()))
                // "5,100"
                || (cj == ',' && prev.is_ascii_digit() && next_digit));
        if !joins {
            break;
        }
        dashed |= is_dash(cj);
        ascii &= cj.is_ascii();
        (j, prev, run_start) = (after, cj, after);
    }
    debug_assert_eq!(ascii, s[i..j].is_ascii(), "{:?}", &s[i..j]);
    (j, dashed, ascii)
}

/// The character starting at byte `i` of `s` (an ASCII byte read as is).
fn char_at(s: &str, i: usize) -> Option<char> {
    match s.as_bytes().get(i) {
        Some(&b) if b.is_ascii() => Some(char::from(b)),
        Some(_) => s.get(i..).and_then(|r| r.chars().next()),
        None => None,
    }
}

#[cfg(test)]
mod tests;
