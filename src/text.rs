//! Text primitives shared by every stage: byte-offset line/column lookup
//! (`LineIndex`) and the character classes that make curly and straight
//! quotes, the various dashes and the various spaces count alike.
//!
//! Spans are byte ranges into the article as it is on disk; line and column
//! are computed only when something is rendered.
//!
//! It also holds `WordTable`, the scanners' word classes (the crate's
//! hashes are in `hash`).

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};
use std::ops::Range;

/// A table of short lower-case words, looked up in any ASCII case: the
/// scanners' word classes (is this word a trigger, a month, a number
/// word?). Most words of prose are in no such table; one bit per shape of
/// the words it holds (length, first and last letter) tells most of them so
/// before the word is folded and hashed. Words longer than
/// 16 bytes are in none. A word is kept as one number (see [`packed`]):
/// hashing it and comparing it cost a few instructions whatever its length.
#[derive(Clone)]
pub struct WordTable<V> {
    map: HashMap<u128, V, BuildHasherDefault<Packed>>,
    shapes: Shapes,
}

/// The hasher of [`WordTable`]'s packed words: two multiplications.
#[derive(Default, Clone, Copy)]
struct Packed(u64);

impl Hasher for Packed {
    fn write(&mut self, bytes: &[u8]) {
        // Only packed words are hashed; any other key is hashed as FNV-1a.
        for &b in bytes {
            self.0 = (self.0 ^ u64::from(b)).wrapping_mul(0x0000_0100_0000_01b3);
        }
    }

    fn write_u128(&mut self, k: u128) {
        let x = (k as u64) ^ ((k >> 64) as u64).wrapping_mul(0x9e37_79b9_7f4a_7c15);
        self.0 = (x ^ (x >> 29)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    }

    fn finish(&self) -> u64 {
        self.0 ^ (self.0 >> 32)
    }
}

/// A word of at most `MAX_LEN` bytes, lower-cased, as one number: its
/// bytes from the lowest. None when it holds a NUL byte (no word does, and
/// a NUL would make "a" and "a\0" the same number).
fn packed(word: &[u8]) -> Option<u128> {
    let mut k = 0u128;
    for &b in word.iter().rev() {
        if b == 0 {
            return None;
        }
        k = k << 8 | u128::from(b.to_ascii_lowercase());
    }
    Some(k)
}

/// The shapes (see [`shape`]) of a set of words: one bit each, so that a
/// word whose shape no member has is ruled out without hashing it.
#[derive(Clone)]
pub struct Shapes([u64; SHAPES / 64]);

impl Default for Shapes {
    fn default() -> Self {
        Shapes([0; SHAPES / 64])
    }
}

impl Shapes {
    /// Adds the shape of `word` (in any case; a word longer than
    /// `MAX_LEN` bytes or empty adds nothing: [`Shapes::may_hold`] lets
    /// such words through).
    pub fn insert(&mut self, word: &[u8]) {
        if !word.is_empty() && word.len() <= MAX_LEN {
            let s = shape(word);
            self.0[s / 64] |= 1 << (s % 64);
        }
    }

    /// False when no inserted word has the shape of `word` (in any case);
    /// true for a word longer than `MAX_LEN` bytes or empty.
    pub fn may_hold(&self, word: &[u8]) -> bool {
        if word.is_empty() || word.len() > MAX_LEN {
            return true;
        }
        let s = shape(word);
        self.0[s / 64] & (1 << (s % 64)) != 0
    }
}

/// The longest word a [`WordTable`] holds.
const MAX_LEN: usize = 16;
/// The number of word shapes (see [`shape`]).
const SHAPES: usize = (MAX_LEN + 1) * 32 * 32;

impl<V> std::fmt::Debug for WordTable<V> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "WordTable({} words)", self.map.len())
    }
}

impl<V> Default for WordTable<V> {
    fn default() -> Self {
        WordTable {
            map: HashMap::default(),
            shapes: Shapes::default(),
        }
    }
}

impl<V: Default> WordTable<V> {
    pub fn new() -> Self {
        Self::default()
    }

    /// The value of `word` (lower case, at most `MAX_LEN` bytes, no NUL),
    /// inserted as the default when new.
    pub fn entry(&mut self, word: &str) -> &mut V {
        assert!(word.len() <= MAX_LEN && !word.is_empty(), "{word:?}");
        debug_assert_eq!(word, word.to_ascii_lowercase());
        let key = packed(word.as_bytes()).expect("a word holds no NUL byte");
        self.shapes.insert(word.as_bytes());
        self.map.entry(key).or_default()
    }
}

/// A set of words: each word of the iterator, as [`WordTable::entry`]
/// takes it.
impl<'w> FromIterator<&'w str> for WordTable<()> {
    fn from_iter<I: IntoIterator<Item = &'w str>>(words: I) -> Self {
        words.into_iter().map(|w| (w, ())).collect()
    }
}

/// A table of words and their values, as [`WordTable::entry`] takes each
/// word; a word given twice keeps its last value.
impl<'w, V: Default> FromIterator<(&'w str, V)> for WordTable<V> {
    fn from_iter<I: IntoIterator<Item = (&'w str, V)>>(pairs: I) -> Self {
        let mut table = WordTable::new();
        for (w, v) in pairs {
            *table.entry(w) = v;
        }
        table
    }
}

impl<V> WordTable<V> {
    /// The longest word a table holds.
    pub const MAX_LEN: usize = MAX_LEN;

    /// The words held, each with its value, in no order.
    pub fn iter(&self) -> impl Iterator<Item = (String, &V)> {
        self.map.iter().map(|(&k, v)| {
            let bytes = k.to_le_bytes();
            let len = bytes.iter().position(|&b| b == 0).unwrap_or(bytes.len());
            (String::from_utf8_lossy(&bytes[..len]).into_owned(), v)
        })
    }

    /// The value of `word`, in any ASCII case.
    pub fn get(&self, word: &[u8]) -> Option<&V> {
        if word.is_empty() || word.len() > MAX_LEN || !self.shapes.may_hold(word) {
            return None;
        }
        self.map.get(&packed(word)?)
    }

    /// [`WordTable::get`] of the word `text[span]`, which is folded
    /// already (no ASCII capital) and holds no NUL byte, as a token's word
    /// in the folded text is. Where 16 bytes of `text` stand from the
    /// word's start, its packed number is read in one load instead of byte
    /// by byte.
    pub fn get_folded(&self, text: &[u8], span: Range<usize>) -> Option<&V> {
        let word = &text[span.clone()];
        if word.is_empty() || word.len() > MAX_LEN || !self.shapes.may_hold(word) {
            return None;
        }
        let key = match fixed::<MAX_LEN>(text, &span) {
            // The bytes past the word cleared.
            Some(b) => u128::from_le_bytes(b) & (u128::MAX >> (8 * (MAX_LEN - word.len()))),
            None => packed(word)?,
        };
        debug_assert_eq!(Some(key), packed(word), "{word:?} is not folded");
        self.map.get(&key)
    }
}

/// The shape of a non-empty word of at most `MAX_LEN` bytes, in any case:
/// its length, and its first and last bytes folded to five bits each.
fn shape(b: &[u8]) -> usize {
    let fold = |x: u8| usize::from(x.to_ascii_lowercase() & 31);
    (b.len() * 32 + fold(b[0])) * 32 + fold(b[b.len() - 1])
}

/// Maps byte offsets to 1-based line and column (columns count characters).
#[derive(Debug, Clone)]
pub struct LineIndex {
    starts: Vec<usize>,
}

impl LineIndex {
    pub fn new(text: &str) -> Self {
        let mut starts = vec![0];
        starts.extend(text.match_indices('\n').map(|(i, _)| i + 1));
        LineIndex { starts }
    }

    /// 1-based (line, column) of a byte offset; the column counts characters.
    pub fn line_col(&self, text: &str, offset: usize) -> (usize, usize) {
        let offset = offset.min(text.len());
        let line = match self.starts.binary_search(&offset) {
            Ok(i) => i,
            Err(i) => i - 1,
        };
        let start = self.starts[line];
        let col = text
            .get(start..offset)
            .map(|s| s.chars().count())
            .unwrap_or(offset - start);
        (line + 1, col + 1)
    }

    /// Byte range of the 1-based line `line` (without its newline).
    pub fn line_range(&self, text: &str, line: usize) -> std::ops::Range<usize> {
        let start = self
            .starts
            .get(line.saturating_sub(1))
            .copied()
            .unwrap_or(0);
        let end = text[start..]
            .find('\n')
            .map(|i| start + i)
            .unwrap_or(text.len());
        start..end
    }
}

/// Straight and curly apostrophes and single quotes.
pub fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '\u{2019}' | '\u{2018}' | '\u{02BC}' | '`')
}

/// Straight and curly double quotes and guillemets.
pub fn is_double_quote(c: char) -> bool {
    matches!(
        c,
        '"' | '\u{201C}' | '\u{201D}' | '\u{201E}' | '\u{00AB}' | '\u{00BB}'
    )
}

/// Hyphen and the dashes writers use interchangeably.
pub fn is_dash(c: char) -> bool {
    matches!(
        c,
        '-' | '\u{2010}'
            | '\u{2011}'
            | '\u{2012}'
            | '\u{2013}'
            | '\u{2014}'
            | '\u{2015}'
            | '\u{2212}'
    )
}

/// Dashes that set off a parenthetical (en and em dash, or a spaced hyphen).
pub fn is_long_dash(c: char) -> bool {
    matches!(c, '\u{2013}' | '\u{2014}' | '\u{2015}')
}

/// The end of the run of letters and digits from byte `i` of `text`:
/// ASCII byte by byte (most words), any other char by char. The tokenizer
/// and the scanners of numbers and dates step over words with it.
#[inline]
pub fn alnum_end(text: &str, i: usize) -> usize {
    alnum_run(text, i).0
}

/// [`alnum_end`], and whether the run is all ASCII.
#[inline]
pub fn alnum_run(text: &str, i: usize) -> (usize, bool) {
    let b = text.as_bytes();
    let k = swar_run_end(b, i, alnum_bytes, u8::is_ascii_alphanumeric);
    debug_assert!(b[i.min(k)..k].iter().all(u8::is_ascii_alphanumeric));
    if b.get(k).is_some_and(|x| !x.is_ascii()) {
        let end = run_end(text, k, u8::is_ascii_alphanumeric, is_alnum);
        return (end, end == k);
    }
    (k, true)
}

/// `char::is_alphanumeric`, answered at once for the punctuation of news
/// text that is not ASCII: curly quotes, dashes, ellipses and spaces sit in
/// the General Punctuation block (U+2000 to U+206F), which holds no letter
/// or digit, and the standard library's Unicode lookup costs a few hundred
/// instructions a char.
#[inline]
pub fn is_alnum(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphanumeric();
    }
    !in_general_punctuation(c) && c.is_alphanumeric()
}

/// `char::is_alphabetic`, with [`is_alnum`]'s shortcut.
#[inline]
pub fn is_alpha(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphabetic();
    }
    !in_general_punctuation(c) && c.is_alphabetic()
}

/// Whether `s` starts with a letter or digit (of any script), bytes first.
#[inline]
pub fn starts_alnum(s: &str) -> bool {
    match s.as_bytes().first() {
        None => false,
        Some(b) if b.is_ascii() => b.is_ascii_alphanumeric(),
        Some(_) => s.starts_with(is_alnum),
    }
}

/// Whether `s` opens with the whole word `k` (ASCII letters, any ASCII
/// case): `k`'s bytes, then no letter or digit of any script. Tests only
/// `k`'s length of bytes and the char after, so a longer word is refused
/// without being read to its end.
#[inline]
pub fn opens_with_word(s: &str, k: &str) -> bool {
    debug_assert!(!k.is_empty() && k.bytes().all(|b| b.is_ascii_alphabetic()));
    let head = s.as_bytes().get(..k.len());
    // `k` is ASCII, so a matching head ends on a char boundary.
    head.is_some_and(|h| h.eq_ignore_ascii_case(k.as_bytes())) && !starts_alnum(&s[k.len()..])
}

fn in_general_punctuation(c: char) -> bool {
    ('\u{2000}'..='\u{206F}').contains(&c)
}

/// Whether the first `n` (1 to the width) of the bytes `b`, read as one
/// number of type `$t`, are all ASCII letters. A letter in lower case (the
/// 0x20 bit set) is 0x61..=0x7a; for an ASCII byte, adding 0x1f sets its
/// high bit from 0x61 up, and adding 0x05 from 0x7b up, without carrying
/// into the next byte. A byte that is not ASCII sets its high bit in both
/// sums, or carries and sets it in neither, so it fails; what it carries
/// into the bytes after it does not matter then, nor do the bytes past
/// the first `n`.
macro_rules! swar_letters {
    ($t:ty, $b:expr, $n:expr) => {{
        const ONES: $t = <$t>::MAX / 255;
        let x = <$t>::from_le_bytes($b) | ONES * 0x20;
        let high = (ONES * 0x80) >> (8 * (std::mem::size_of::<$t>() - $n));
        let letter = x.wrapping_add(ONES * 0x1f) & !x.wrapping_add(ONES * 0x05);
        letter & high == high
    }};
}

/// Whether the bytes `text[span]` are all ASCII letters. Where 8 (or 16)
/// bytes of `text` stand from the span's start and the span holds at most
/// as many, they are tested as one 64-bit (or 128-bit) number, not byte by
/// byte: a scanner asks this of every word it passes over.
#[inline]
pub fn ascii_letters(text: &[u8], span: Range<usize>) -> bool {
    let n = span.len();
    let found = if n == 0 {
        false
    } else if let Some(b) = fixed::<8>(text, &span) {
        swar_letters!(u64, b, n)
    } else if let Some(b) = fixed::<16>(text, &span) {
        swar_letters!(u128, b, n)
    } else {
        text[span.clone()].iter().all(u8::is_ascii_alphabetic)
    };
    debug_assert_eq!(
        found,
        !span.is_empty() && text[span].iter().all(u8::is_ascii_alphabetic)
    );
    found
}

/// The end of the run of bytes of `b` from `k` that `marks` marks (see
/// [`alnum_bytes`]): eight bytes at a time while they stand in `b` (most
/// words end within the first eight, found without a branch per byte,
/// which the processor would mispredict at nearly every word's end), then
/// the rest byte by byte by `one`, the same test on one byte.
#[inline(always)]
fn swar_run_end(b: &[u8], mut k: usize, marks: fn(u64) -> u64, one: fn(&u8) -> bool) -> usize {
    while let Some(&x) = b.get(k..).and_then(<[u8]>::first_chunk::<8>) {
        let stop = !marks(u64::from_le_bytes(x)) & (u64::MAX / 255 * 0x80);
        if stop != 0 {
            return k + stop.trailing_zeros() as usize / 8;
        }
        k += 8;
    }
    while k < b.len() && one(&b[k]) {
        k += 1;
    }
    k
}

/// The end of the run of ASCII letters of `b` from `k`.
#[inline]
pub fn ascii_letters_end(b: &[u8], k: usize) -> usize {
    swar_run_end(b, k, letter_bytes, u8::is_ascii_alphabetic)
}

/// The end of the run of letters ([`is_alpha`]) from byte `i` of `text`:
/// ASCII eight bytes at a time ([`ascii_letters_end`]), any other letter
/// char by char. The number scanner and the number lexer read their
/// words with it.
#[inline]
pub fn letters_end(text: &str, i: usize) -> usize {
    let k = ascii_letters_end(text.as_bytes(), i);
    if text.as_bytes().get(k).is_some_and(|x| !x.is_ascii()) {
        return run_end(text, k, u8::is_ascii_alphabetic, is_alpha);
    }
    k
}

/// The high bit of each byte of `x` (eight bytes read as one number) set
/// where the byte is an ASCII letter. With each byte's high bit cleared
/// (`low`, at most 0x7f), adding a constant below 0x81 carries into no
/// other byte: `low | 0x20` plus 0x1f sets the high bit from 0x61 up and
/// plus 0x05 from 0x7b up (the letters, any case, between); `!x` then
/// turns down the bytes that are not ASCII.
#[inline]
fn letter_bytes(x: u64) -> u64 {
    const ONES: u64 = u64::MAX / 255;
    let folded = x & (ONES * 0x7f) | (ONES * 0x20);
    (folded + ONES * 0x1f) & !(folded + ONES * 0x05) & !x & (ONES * 0x80)
}

/// [`letter_bytes`] and [`digit_bytes`]: the ASCII letters and digits.
#[inline]
fn alnum_bytes(x: u64) -> u64 {
    letter_bytes(x) | digit_bytes(x)
}

/// The high bit of each byte of `x` set where the byte is an ASCII digit:
/// with each byte's high bit cleared (`low`), `low` plus 0x50 sets it from
/// 0x30 up and plus 0x46 from 0x3a up, carrying into no other byte; `!x`
/// then turns down the bytes that are not ASCII.
#[inline]
fn digit_bytes(x: u64) -> u64 {
    const ONES: u64 = u64::MAX / 255;
    let low = x & (ONES * 0x7f);
    (low + ONES * 0x50) & !(low + ONES * 0x46) & !x & (ONES * 0x80)
}

/// The index of the first ASCII digit in `s` from `from` on, or `s.len()`
/// when there is none: the end of the run of other bytes, read eight at a
/// time by [`swar_run_end`] with [`digit_bytes`].
pub fn next_digit(s: &[u8], from: usize) -> usize {
    let k = swar_run_end(
        s,
        from.min(s.len()),
        |x| !digit_bytes(x),
        |b| !b.is_ascii_digit(),
    );
    debug_assert!(
        s.get(k).is_none_or(u8::is_ascii_digit)
            && !s[from.min(k)..k].iter().any(u8::is_ascii_digit)
    );
    k
}

/// The `N` bytes of `text` from the start of `span`, when it holds at most
/// `N` and they stand in `text`.
#[inline]
fn fixed<const N: usize>(text: &[u8], span: &Range<usize>) -> Option<[u8; N]> {
    if span.len() > N {
        return None;
    }
    text.get(span.start..span.start + N)
        .and_then(|b| <[u8; N]>::try_from(b).ok())
}

/// The end of the run of chars from byte `i` of `text` that `any` holds
/// for, `ascii` being the same test on an ASCII byte: bytes are read one
/// by one until the first non-ASCII byte, chars after it. Out of line:
/// the block readers ([`alnum_run`], [`letters_end`]) go on with it past
/// the ASCII run they read, which few words need.
#[inline(never)]
pub fn run_end(
    text: &str,
    i: usize,
    ascii: impl Fn(&u8) -> bool,
    any: impl Fn(char) -> bool,
) -> usize {
    let end = text.as_bytes()[i..]
        .iter()
        .position(|b| !ascii(b))
        .map_or(text.len(), |k| i + k);
    if text.as_bytes().get(end).is_none_or(u8::is_ascii) {
        return end;
    }
    text[end..]
        .char_indices()
        .find(|&(_, c)| !any(c))
        .map_or(text.len(), |(k, _)| end + k)
}

/// Any space, including non-breaking and thin spaces.
#[inline]
pub fn is_space(c: char) -> bool {
    // The ASCII ones (most chars of a text) by their code: the standard
    // library's `is_whitespace` and the list below cost more per char.
    if c.is_ascii() {
        return matches!(c, ' ' | '\t'..='\r');
    }
    c.is_whitespace()
        || matches!(
            c,
            '\u{00A0}' | '\u{2009}' | '\u{202F}' | '\u{200B}' | '\u{FEFF}'
        )
}

/// One ASCII byte as [`fold_word`] folds it: lower case, the backquote as
/// an apostrophe.
pub fn fold_ascii(b: u8) -> u8 {
    match b {
        b'`' => b'\'',
        _ => b.to_ascii_lowercase(),
    }
}

/// Lower-case a word and fold curly apostrophes to straight ones.
pub fn fold_word(word: &str) -> String {
    if word.is_ascii() {
        // Most words: only case and the backquote fold, in a copy (a
        // byte map collected into a vector, then checked as UTF-8 again,
        // cost a fifth more).
        let mut s = word.to_owned();
        s.make_ascii_lowercase();
        if s.bytes().any(|b| b == b'`') {
            s = s.replace('`', "'");
        }
        debug_assert!(s.bytes().eq(word.bytes().map(fold_ascii)));
        return s;
    }
    word.chars()
        .map(|c| {
            if is_apostrophe(c) {
                '\''
            } else if is_dash(c) {
                '-'
            } else {
                c
            }
        })
        .flat_map(char::to_lowercase)
        .collect()
}

/// Strip diacritics from Latin letters (é -> e, ï -> i, ø -> o) and write
/// ligatures as their letters, as ASCII spellings do (æ -> ae, œ -> oe, ß ->
/// ss), for comparing spellings; other characters pass through unchanged.
pub fn strip_diacritics(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            'æ' => out.push_str("ae"),
            'Æ' => out.push_str("Ae"),
            'œ' => out.push_str("oe"),
            'Œ' => out.push_str("Oe"),
            'ß' => out.push_str("ss"),
            _ => out.push(base_letter(c)),
        }
    }
    out
}

fn base_letter(c: char) -> char {
    match c {
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ā' | 'ă' | 'ą' => 'a',
        'À' | 'Á' | 'Â' | 'Ã' | 'Ä' | 'Å' | 'Ā' | 'Ă' | 'Ą' => 'A',
        'ç' | 'ć' | 'č' | 'ĉ' | 'ċ' => 'c',
        'Ç' | 'Ć' | 'Č' | 'Ĉ' | 'Ċ' => 'C',
        'ď' | 'đ' => 'd',
        'Ď' | 'Đ' => 'D',
        'è' | 'é' | 'ê' | 'ë' | 'ē' | 'ĕ' | 'ė' | 'ę' | 'ě' => 'e',
        'È' | 'É' | 'Ê' | 'Ë' | 'Ē' | 'Ĕ' | 'Ė' | 'Ę' | 'Ě' => 'E',
        'ğ' | 'ĝ' | 'ġ' | 'ģ' => 'g',
        'Ğ' | 'Ĝ' | 'Ġ' | 'Ģ' => 'G',
        'ì' | 'í' | 'î' | 'ï' | 'ĩ' | 'ī' | 'ĭ' | 'į' | 'ı' => 'i',
        'Ì' | 'Í' | 'Î' | 'Ï' | 'Ĩ' | 'Ī' | 'Ĭ' | 'Į' | 'İ' => 'I',
        'ñ' | 'ń' | 'ň' | 'ņ' => 'n',
        'Ñ' | 'Ń' | 'Ň' | 'Ņ' => 'N',
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'ō' | 'ŏ' | 'ő' => 'o',
        'Ò' | 'Ó' | 'Ô' | 'Õ' | 'Ö' | 'Ø' | 'Ō' | 'Ŏ' | 'Ő' => 'O',
        'ŕ' | 'ř' => 'r',
        'Ŕ' | 'Ř' => 'R',
        'ś' | 'š' | 'ş' | 'ș' => 's',
        'Ś' | 'Š' | 'Ş' | 'Ș' => 'S',
        'ť' | 'ţ' | 'ț' => 't',
        'Ť' | 'Ţ' | 'Ț' => 'T',
        'ù' | 'ú' | 'û' | 'ü' | 'ũ' | 'ū' | 'ŭ' | 'ů' | 'ű' | 'ų' => 'u',
        'Ù' | 'Ú' | 'Û' | 'Ü' | 'Ũ' | 'Ū' | 'Ŭ' | 'Ů' | 'Ű' | 'Ų' => 'U',
        'ý' | 'ÿ' => 'y',
        'Ý' | 'Ÿ' => 'Y',
        'ź' | 'ż' | 'ž' => 'z',
        'Ź' | 'Ż' | 'Ž' => 'Z',
        _ => c,
    }
}

/// Collapse runs of whitespace (of any kind) to one ASCII space and fold
/// quotes and dashes, for showing a sentence on one line.
pub fn one_line(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut space = false;
    for c in s.trim().chars() {
        if is_space(c) {
            if !space {
                out.push(' ');
            }
            space = true;
        } else {
            out.push(c);
            space = false;
        }
    }
    out
}

#[cfg(test)]
mod tests;
