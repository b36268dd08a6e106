//! Word tables: number words, scales, fractions, ordinals, vague quantities and currencies.

use std::sync::OnceLock;

use crate::text::WordTable;

/// Number words zero..nineteen (shared with the date parser).
pub(crate) const UNITS: [&str; 20] = [
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
];

/// Number words for the tens (shared with the date parser).
pub(crate) const TENS: [&str; 8] = [
    "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
];

pub(crate) const ORD_UNITS: [&str; 20] = [
    "zeroth",
    "first",
    "second",
    "third",
    "fourth",
    "fifth",
    "sixth",
    "seventh",
    "eighth",
    "ninth",
    "tenth",
    "eleventh",
    "twelfth",
    "thirteenth",
    "fourteenth",
    "fifteenth",
    "sixteenth",
    "seventeenth",
    "eighteenth",
    "nineteenth",
];

pub(super) const ORD_TENS: [&str; 8] = [
    "twentieth",
    "thirtieth",
    "fortieth",
    "fiftieth",
    "sixtieth",
    "seventieth",
    "eightieth",
    "ninetieth",
];

/// The value of a number word zero..nineteen, in any case.
pub(super) fn unit_value(w: &str) -> Option<f64> {
    static TABLE: OnceLock<WordTable<f64>> = OnceLock::new();
    let table = TABLE.get_or_init(|| {
        let units = UNITS.iter().enumerate().map(|(n, &u)| (u, n as f64));
        // British "nought point five".
        units.chain([("nought", 0.0), ("naught", 0.0)]).collect()
    });
    table.get(w.as_bytes()).copied()
}

/// The value of a tens word ("twenty".."ninety"), in any case.
pub(super) fn tens_value(w: &str) -> Option<f64> {
    static TABLE: OnceLock<WordTable<f64>> = OnceLock::new();
    let table = TABLE.get_or_init(|| {
        let tens = TENS.iter().enumerate();
        tens.map(|(n, &t)| (t, (n as f64 + 2.0) * 10.0)).collect()
    });
    table.get(w.as_bytes()).copied()
}

/// Scale words that multiply what precedes them.
pub(super) fn big_scale(w: &str) -> Option<f64> {
    BIG_SCALES
        .iter()
        .find(|(k, _)| k.eq_ignore_ascii_case(w))
        .map(|&(_, v)| v)
}

/// [`big_scale`]'s words and their values.
pub(super) const BIG_SCALES: [(&str, f64); 12] = [
    ("dozens", 12.0),
    ("thousand", 1e3),
    ("million", 1e6),
    ("billion", 1e9),
    ("trillion", 1e12),
    ("lakh", 1e5),
    ("lakhs", 1e5),
    ("lac", 1e5),
    ("lacs", 1e5),
    ("crore", 1e7),
    ("crores", 1e7),
    ("dozen", 12.0),
];

/// Abbreviated scales; single letters only when glued to the digits.
pub(super) fn abbr_scale(w: &str, glued: bool) -> Option<f64> {
    match w {
        "k" | "K" if glued => Some(1e3),
        // A bare glued "m" is metres ("a depth of 617m"); after a currency
        // sign it is millions ("€20m"), see `money_prefixed`.
        "b" | "B" if glued => Some(1e9),
        "mn" | "mln" | "Mn" | "MN" | "MLN" => Some(1e6),
        "mil" | "MM" | "M" if glued => Some(1e6), // "$10M", "10M people"
        "bn" | "bln" | "Bn" | "BN" | "BLN" => Some(1e9),
        "tn" | "trn" | "tln" | "Tn" | "TN" => Some(1e12),
        "dz" | "dzs" | "doz" | "dozs" if !glued => Some(12.0),
        _ => None,
    }
}

/// Plural scale words used vaguely ("hundreds", "thousands of").
pub(super) fn plural_scale(w: &str) -> Option<f64> {
    const T: [(&str, f64); 9] = [
        ("tens", 10.0),
        ("dozens", 12.0),
        ("hundreds", 100.0),
        ("thousands", 1e3),
        ("lakhs", 1e5),
        ("millions", 1e6),
        ("crores", 1e7),
        ("billions", 1e9),
        ("trillions", 1e12),
    ];
    T.iter()
        .find(|(k, _)| k.eq_ignore_ascii_case(w))
        .map(|&(_, v)| v)
}

/// Fraction denominators: (denominator, is_plural).
pub(super) fn denominator(w: &str) -> Option<(f64, bool)> {
    DENOMINATORS
        .iter()
        .find(|(k, _, _)| k.eq_ignore_ascii_case(w))
        .map(|&(_, d, p)| (d, p))
}

/// [`denominator`]'s words: (word, denominator, is_plural).
pub(super) const DENOMINATORS: [(&str, f64, bool); 26] = [
    ("hundredth", 1e2, false),
    ("hundredths", 1e2, true),
    ("thousandth", 1e3, false),
    ("thousandths", 1e3, true),
    ("millionth", 1e6, false),
    ("millionths", 1e6, true),
    ("half", 2.0, false),
    ("halves", 2.0, true),
    ("third", 3.0, false),
    ("thirds", 3.0, true),
    ("quarter", 4.0, false),
    ("quarters", 4.0, true),
    ("fourth", 4.0, false),
    ("fourths", 4.0, true),
    ("fifth", 5.0, false),
    ("fifths", 5.0, true),
    ("sixth", 6.0, false),
    ("sixths", 6.0, true),
    ("seventh", 7.0, false),
    ("sevenths", 7.0, true),
    ("eighth", 8.0, false),
    ("eighths", 8.0, true),
    ("ninth", 9.0, false),
    ("ninths", 9.0, true),
    ("tenth", 10.0, false),
    ("tenths", 10.0, true),
];

pub(super) const CURRENCY_PREFIXES: [(&str, &str); 28] = [
    ("US$", "USD"),
    ("U.S.$", "USD"),
    ("A$", "AUD"),
    ("AU$", "AUD"),
    ("C$", "CAD"),
    ("CA$", "CAD"),
    ("HK$", "HKD"),
    ("S$", "SGD"),
    ("NZ$", "NZD"),
    ("NT$", "TWD"),
    ("R$", "BRL"),
    ("MX$", "MXN"),
    ("$", "USD"),
    ("€", "EUR"),
    ("£", "GBP"),
    ("¥", "JPY"),
    ("₹", "INR"),
    ("₦", "NGN"),
    ("₩", "KRW"),
    ("₽", "RUB"),
    ("₱", "PHP"),
    ("₺", "TRY"),
    ("₪", "ILS"),
    ("₴", "UAH"),
    ("₫", "VND"),
    ("Rs.", "INR"),
    ("Rs", "INR"),
    ("Rp", "IDR"),
];

/// Whether `word` is the letters a currency prefix of
/// [`CURRENCY_PREFIXES`] opens with ([`leading_letters`]: "US" of "US$",
/// "U" of "U.S.$", "Rs" of "Rs."), as written: the prefixes are matched
/// case-sensitively, so "world" before a full stop opens none.
pub(super) fn prefix_letters(word: &str) -> bool {
    !word.is_empty()
        && CURRENCY_PREFIXES
            .iter()
            .any(|(p, _)| leading_letters(p) == word)
}

pub(super) const CURRENCY_CODES: [&str; 34] = [
    "USD", "EUR", "GBP", "JPY", "CNY", "INR", "AUD", "CAD", "CHF", "HKD", "SGD", "NZD", "ZAR",
    "NGN", "KES", "RUB", "BRL", "MXN", "KRW", "TRY", "SAR", "AED", "PKR", "BDT", "IDR", "MYR",
    "THB", "PHP", "VND", "EGP", "ILS", "UAH", "XOF", "XAF",
];

pub(super) fn currency_code(w: &str) -> Option<&'static str> {
    if w == "RMB" {
        return Some("CNY");
    }
    // Every code has three letters (a unit test checks the table).
    if w.len() != 3 {
        return None;
    }
    CURRENCY_CODES.iter().find(|&&c| c == w).copied()
}

/// The entries of [`CURRENCY_WORDS`] a phrase opening with the word `w`
/// may match, in table order: those whose first word opens with exactly
/// the letters `w`, in any case ("u.s." opens with "u", as the word reader
/// reads it). An entry matches only text that opens with its first word,
/// and the word reader reads that word's letters and stops, so no other
/// entry can match.
pub(super) fn currency_entries(w: &str) -> &'static [u8] {
    static TABLE: OnceLock<WordTable<Vec<u8>>> = OnceLock::new();
    let table = TABLE.get_or_init(|| {
        let mut table = WordTable::<Vec<u8>>::new();
        for (k, (words, _)) in CURRENCY_WORDS.iter().enumerate() {
            table
                .entry(&leading_letters(words[0]).to_ascii_lowercase())
                .push(k as u8);
        }
        table
    });
    table.get(w.as_bytes()).map_or(&[], Vec::as_slice)
}

/// The ASCII letters a currency word or prefix opens with ("u" of "u.s.",
/// "US" of "US$").
pub(super) fn leading_letters(w: &str) -> &str {
    let n = w.bytes().take_while(u8::is_ascii_alphabetic).count();
    &w[..n]
}

/// Currency names written after the number, longest phrases first.
pub(super) const CURRENCY_WORDS: [(&[&str], &str); 81] = [
    (&["new", "taiwan", "dollars"], "TWD"),
    (&["hong", "kong", "dollars"], "HKD"),
    (&["new", "zealand", "dollars"], "NZD"),
    (&["south", "african", "rand"], "ZAR"),
    (&["sri", "lankan", "rupees"], "LKR"),
    (&["us", "dollars"], "USD"),
    (&["us", "dollar"], "USD"),
    (&["u.s.", "dollars"], "USD"),
    (&["american", "dollars"], "USD"),
    (&["australian", "dollars"], "AUD"),
    (&["canadian", "dollars"], "CAD"),
    (&["singapore", "dollars"], "SGD"),
    (&["taiwan", "dollars"], "TWD"),
    (&["cfa", "francs"], "XOF"),
    (&["swiss", "francs"], "CHF"),
    (&["kenyan", "shillings"], "KES"),
    (&["ugandan", "shillings"], "UGX"),
    (&["tanzanian", "shillings"], "TZS"),
    (&["pounds", "sterling"], "GBP"),
    (&["british", "pounds"], "GBP"),
    (&["egyptian", "pounds"], "EGP"),
    (&["indian", "rupees"], "INR"),
    (&["pakistani", "rupees"], "PKR"),
    (&["nepalese", "rupees"], "NPR"),
    (&["saudi", "riyals"], "SAR"),
    (&["mexican", "pesos"], "MXN"),
    (&["philippine", "pesos"], "PHP"),
    (&["argentine", "pesos"], "ARS"),
    (&["chinese", "yuan"], "CNY"),
    (&["japanese", "yen"], "JPY"),
    (&["dollars"], "USD"),
    (&["dollar"], "USD"),
    (&["euros"], "EUR"),
    (&["euro"], "EUR"),
    (&["pounds"], "GBP"),
    (&["pound"], "GBP"),
    (&["sterling"], "GBP"),
    (&["yen"], "JPY"),
    (&["yuan"], "CNY"),
    (&["renminbi"], "CNY"),
    (&["rupees"], "INR"),
    (&["rupee"], "INR"),
    (&["francs"], "FRANC"),
    (&["rand"], "ZAR"),
    (&["naira"], "NGN"),
    (&["cedis"], "GHS"),
    // Bare "pesos" and "francs" name several currencies: keep the word.
    (&["pesos"], "PESO"),
    (&["peso"], "PESO"),
    (&["won"], "KRW"),
    (&["som"], "KGS"),
    (&["roubles"], "RUB"),
    (&["rubles"], "RUB"),
    (&["riyals"], "SAR"),
    (&["dirhams"], "AED"),
    (&["ringgit"], "MYR"),
    (&["baht"], "THB"),
    (&["rupiah"], "IDR"),
    (&["shekels"], "ILS"),
    (&["lira"], "TRY"),
    (&["hryvnia"], "UAH"),
    (&["hryvnias"], "UAH"),
    (&["reais"], "BRL"),
    (&["zloty"], "PLN"),
    (&["zlotys"], "PLN"),
    (&["forint"], "HUF"),
    (&["lei"], "RON"),
    (&["koruna"], "CZK"),
    (&["kronor"], "SEK"),
    (&["krona"], "SEK"),
    (&["kwacha"], "ZMW"),
    (&["birr"], "ETB"),
    (&["taka"], "BDT"),
    (&["tenge"], "KZT"),
    (&["kyat"], "MMK"),
    // Names of several currencies keep the word, as "pesos" does.
    (&["kroner"], "KRONER"),
    (&["krone"], "KRONER"),
    (&["dinars"], "DINAR"),
    (&["shillings"], "SHILLING"),
    (&["rials"], "RIAL"),
    // Subunits keep their own code: "34 cents" is 34 cents, not 34 dollars.
    (&["cents"], "CENT"),
    (&["pence"], "PENCE"),
];

/// Words that may open a number, in lower case, besides the number and
/// ordinal words from their own tables ([`UNITS`], [`TENS`], [`ORD_UNITS`]
/// from "first", [`ORD_TENS`]): negatives, scales, vague quantities,
/// percent words, currency codes.
const TRIGGER_WORDS: [&str; 65] = [
    "nought",
    "naught",
    "minus",
    "negative",
    "quarter",
    "percent",
    "percents",
    "per",
    "hundredth",
    "thousandth",
    "hundred",
    "millionth",
    "billionth",
    "a",
    "an",
    "half",
    "several",
    "few",
    "tens",
    "dozens",
    "scores",
    "hundreds",
    "thousands",
    "lakhs",
    "millions",
    "crores",
    "billions",
    "trillions",
    "rs",
    "rp",
    "usd",
    "eur",
    "gbp",
    "jpy",
    "cny",
    "inr",
    "rmb",
    "aud",
    "cad",
    "chf",
    "hkd",
    "sgd",
    "nzd",
    "zar",
    "ngn",
    "kes",
    "rub",
    "brl",
    "mxn",
    "krw",
    "try",
    "sar",
    "aed",
    "pkr",
    "bdt",
    "idr",
    "myr",
    "thb",
    "php",
    "vnd",
    "egp",
    "ils",
    "uah",
    "xof",
    "xaf",
];

/// The words a number written in words can start with (besides "a" and
/// "an" before one of them): number words, scales, currency codes.
pub(crate) fn trigger_words() -> impl Iterator<Item = &'static str> {
    let tables = [
        &UNITS[..],
        &TENS,
        &ORD_UNITS[1..],
        &ORD_TENS,
        &TRIGGER_WORDS,
    ];
    tables.into_iter().flatten().copied()
}

/// Whether `w` is a word a number may go on with after a word that opens
/// it: a trigger word, a scale or a denominator, in any ASCII case, in one
/// lookup ([`super::may_continue`] asks this after every "a" of prose).
pub(super) fn is_continuation(w: &str) -> bool {
    static TABLE: OnceLock<WordTable<()>> = OnceLock::new();
    let table = TABLE.get_or_init(|| {
        let scales = BIG_SCALES.iter().map(|&(k, _)| k);
        let denominators = DENOMINATORS.iter().map(|&(k, _, _)| k);
        trigger_words().chain(scales).chain(denominators).collect()
    });
    table.get(w.as_bytes()).is_some()
}

/// Cheap test (no allocation) whether a word can start a number.
pub(super) fn is_trigger(w: &str) -> bool {
    static TABLE: OnceLock<WordTable<()>> = OnceLock::new();
    let table = TABLE.get_or_init(|| trigger_words().collect());
    table.get(w.as_bytes()).is_some()
}
