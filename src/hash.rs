//! The crate's two hashes: FNV-1a for baseline fingerprints (stable
//! across platforms and releases) and `WordHasher` for the word maps of
//! the lexicon and the name finder (short keys, looked up for every word).

use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasherDefault, Hasher};

/// FNV-1a, 64 bits: tiny and the same on every platform and release
/// (Rust's `DefaultHasher` promises neither).
pub fn fnv1a64(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |h, &b| {
        (h ^ u64::from(b)).wrapping_mul(0x0000_0100_0000_01b3)
    })
}

/// The [`Hasher`] of the word maps. The keys come from the rule files and
/// the article text, not from an adversary, so the flooding protection of
/// the standard hasher buys nothing here and costs a large share of every
/// lookup. A word is read a load at a time, not byte by byte as FNV
/// reads it: a word of 4 to 8 bytes in two overlapping 4-byte loads (or
/// one of 8), a shorter one as its first, middle and last bytes, a longer
/// one eight bytes at a time with its last load overlapping. Each load is
/// mixed in by a 128-bit multiply whose halves are folded together, which
/// spreads every input bit over the low bits (the bucket) and the high
/// bits (the tag) alike.
#[derive(Clone, Copy, Default)]
pub struct WordHasher(u64);

/// An odd constant with its bits well spread (the fractional part of pi).
const MIX: u64 = 0x243f_6a88_85a3_08d3;

#[inline]
fn fold_mix(x: u64) -> u64 {
    let m = u128::from(x) * u128::from(MIX);
    (m as u64) ^ ((m >> 64) as u64)
}

impl Hasher for WordHasher {
    #[inline]
    fn write(&mut self, bytes: &[u8]) {
        let n = bytes.len();
        let at = |k: usize, w: usize| {
            let mut b = [0u8; 8];
            b[..w].copy_from_slice(&bytes[k..k + w]);
            u64::from_le_bytes(b)
        };
        // The length keeps "ab" apart from "abb" (their loads match).
        let mut h = self.0 ^ n as u64;
        let last = if n >= 8 {
            let mut k = 0;
            while k + 8 < n {
                h = fold_mix(h ^ at(k, 8));
                k += 8;
            }
            at(n - 8, 8)
        } else if n >= 4 {
            at(0, 4) | at(n - 4, 4) << 32
        } else if n > 0 {
            u64::from(bytes[0]) | u64::from(bytes[n / 2]) << 8 | u64::from(bytes[n - 1]) << 16
        } else {
            0
        };
        self.0 = fold_mix(h ^ last);
    }

    #[inline]
    fn write_u8(&mut self, i: u8) {
        self.0 = fold_mix(self.0 ^ u64::from(i));
    }

    fn finish(&self) -> u64 {
        self.0
    }
}

/// A map keyed by words, hashed with [`WordHasher`].
pub type WordMap<K, V> = HashMap<K, V, BuildHasherDefault<WordHasher>>;
/// A set of words, hashed with [`WordHasher`].
pub type WordSet<K> = HashSet<K, BuildHasherDefault<WordHasher>>;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_word_hasher_reads_every_byte_and_the_length_and_spreads_words_over_buckets() {
        let hash = |w: &[u8]| {
            let mut h = WordHasher::default();
            h.write(w);
            h.finish()
        };
        // Every byte of words of 1 to 24 bytes counts: changing any one
        // changes the hash (the loads overlap at every length).
        for len in 1..=24 {
            let word: Vec<u8> = (0..len).map(|k| b'a' + k as u8).collect();
            for place in 0..len {
                let mut other = word.clone();
                other[place] = b'Z';
                assert_ne!(hash(&word), hash(&other), "byte {place} of {len}");
            }
        }
        // Words whose loads are the same tell apart by their length.
        for (a, b) in [("ab", "abb"), ("a", "aa"), ("abcd", "abcdbcd"), ("", "\0")] {
            assert_ne!(hash(a.as_bytes()), hash(b.as_bytes()), "{a:?} {b:?}");
        }
        // The words of a text fill the low bits (the bucket) and the top
        // seven (hashbrown's tag) about as evenly as chance would.
        let words: Vec<String> = (0..4096).map(|k| format!("w{k}")).collect();
        let buckets: HashSet<u64> = words.iter().map(|w| hash(w.as_bytes()) & 4095).collect();
        let tags: HashSet<u64> = words.iter().map(|w| hash(w.as_bytes()) >> 57).collect();
        assert!(buckets.len() > 2400, "{} of 4096 buckets", buckets.len());
        assert_eq!(tags.len(), 128);
    }
}
