//! Tests of the rarer written forms: fractions in figures, lists without
//! spaces, letter scales after a space, digit words one by one, money's
//! figure span and the currency tables, and the readings they must not
//! take.

use super::tests::{exactly, has, none};
use super::*;

use NumKind::{Cardinal as C, Fraction as F};

#[test]
fn slash_fractions() {
    has("Rainfall was 3/4 of the usual amount.", "3/4", 0.75, F);
    has("A mouse can get through a 1/4 inch gap", "1/4", 0.25, F);
    has(
        "about 1/40 of the wavelength of red light",
        "1/40",
        0.025,
        F,
    );
    has("The boards are 2 1/2 inches thick.", "2 1/2", 2.5, C);
    has("-4/5", "-4/5", -0.8, F);
}

#[test]
fn slash_pairs_that_are_not_fractions() {
    // fixed expressions, dates and shares of a whole
    none("the attacks of 9/11 changed the agency");
    none("a 24/7 helpline");
    none("a 50/50 split");
    exactly("The talks resume on 3/4, officials said.", &[]);
    // a catalogue id's digits after "+" are no figure of their own
    exactly(
        "behind galaxy cluster MACS J1149.5+6663, in 1979",
        &[("1979", 1979.0, C)],
    );
    none("Any time to meet on 5/17/2018?");
    none("a grant worth 1/04 of the budget");
}

#[test]
fn comma_lists_without_spaces() {
    exactly(
        "Exercises nrs. 22,24,26,31.",
        &[
            ("22", 22.0, C),
            ("24", 24.0, C),
            ("26", 26.0, C),
            ("31", 31.0, C),
        ],
    );
    // one comma before one or two final digits is a decimal comma
    exactly("The number is 1,3.", &[("1,3", 1.3, C)]);
    exactly(
        "In some countries you can write 5.00 or 5,00.",
        &[("5.00", 5.0, C), ("5,00", 5.0, C)],
    );
    has(
        "Output reached 1,5 million tonnes last year",
        "1,5 million",
        1.5e6,
        C,
    );
    // a thousands group and a list are no decimal comma
    exactly("The army sent 5,100 troops.", &[("5,100", 5100.0, C)]);
    exactly(
        "Rounds 1,2,5 were replayed.",
        &[("1", 1.0, C), ("2", 2.0, C), ("5", 5.0, C)],
    );
    exactly(
        "Indian grouping 12,34,567 is a single figure",
        &[("12,34,567", 1234567.0, C)],
    );
}

#[test]
fn spaced_letter_scales_after_decimals() {
    has(
        "revenue of 1,674,200.5 M last year",
        "1,674,200.5 M",
        1_674_200.5e6,
        C,
    );
    has("followers rose to 2.33 k", "2.33 k", 2330.0, C);
    // after an integer a spaced k is a race and M a size
    exactly("She won the 10 k race.", &[("10", 10.0, C)]);
    exactly("size 5 M shirts", &[("5", 5.0, C)]);
}

#[test]
fn bare_hundred_before_a_scale() {
    has(
        "hundred thousand dollars",
        "hundred thousand dollars",
        1e5,
        NumKind::Money("USD".into()),
    );
    none("the Hundred Years' War");
}

#[test]
fn dozens_after_hundreds() {
    has(
        "three hundred and two dozens",
        "three hundred and two dozens",
        324.0,
        C,
    );
    has("three hundred dozen eggs", "three hundred dozen", 3600.0, C);
}

#[test]
fn out_of_a_plural_scale() {
    has(
        "two out of five hundreds tvs",
        "two out of five hundreds",
        0.004,
        F,
    );
}

#[test]
fn digit_words_read_one_by_one() {
    exactly(
        "they were playing three-nought-four",
        &[("three", 3.0, C), ("nought", 0.0, C), ("four", 4.0, C)],
    );
    // two of them are one figure and a word ("a one-two finish")
    exactly("a one-two finish", &[("one", 1.0, C)]);
}

#[test]
fn money_figure_without_its_currency() {
    let text = "I want to earn $10000 in 3 years and 3 hundred and 21 yuan";
    let n = find_numbers(text);
    let figures: Vec<&str> = n.iter().map(|n| &text[n.figure.clone()]).collect();
    assert_eq!(figures, ["10000", "3", "3 hundred and 21"]);
    let text = "It fell -15 euros.";
    let n = &find_numbers(text)[0];
    assert_eq!(&text[n.figure.clone()], "-15");
}

#[test]
fn signed_money_and_signs_after_the_figure() {
    let eur = NumKind::Money("EUR".into());
    let usd = NumKind::Money("USD".into());
    has(
        "The annual revenue is -15€ ($-99.99).",
        "-15€",
        -15.0,
        eur.clone(),
    );
    has(
        "The annual revenue is -15€ ($-99.99).",
        "$-99.99",
        -99.99,
        usd.clone(),
    );
    has("Entry costs 20 € a head.", "20 €", 20.0, eur);
    // the sign belongs to the next figure
    exactly(
        "swapped 15 $20 bills",
        &[("15", 15.0, C), ("$20", 20.0, usd.clone())],
    );
    has("Its GDP is $2.174T.", "$2.174T", 2.174e12, usd);
    // a capital letter after figures alone is a code, but for C: degrees
    none("5G and 3D, a Boeing 777F");
    let n = has("temperatures hit 44.6C on", "44.6C", 44.6, C);
    assert_eq!(n.glued_unit.as_deref(), Some("°c"));
}

#[test]
fn flattened_exponents_and_product_codes() {
    has("by a factor of 2.48×10−5, with", "2.48×10−5", 2.48e-5, C);
    // "×10" then a figure without a minus is a product, not a power
    exactly("a 3×10 grid", &[("3", 3.0, C), ("10", 10.0, C)]);
    exactly(
        "Intel Core i7 860 Processor, CPU I7-860BOX",
        &[("860", 860.0, C)],
    );
    // figures joined by a hyphen after figures are still a range
    exactly(
        "the 2019-20 season",
        &[("2019", 2019.0, C), ("20", 20.0, C)],
    );
}

#[test]
fn shares_named_without_a_figure() {
    fn spans(text: &str) -> Vec<&str> {
        share_mentions(text, &find_numbers(text))
            .into_iter()
            .map(|r| &text[r])
            .collect()
    }
    assert_eq!(
        spans("Only a small percent of the ballots were spoiled."),
        ["percent"]
    );
    assert_eq!(
        spans("The table shows the % of increase in the last month"),
        ["%"]
    );
    assert_eq!(
        spans("a percentage of the budget went to defence"),
        ["percentage"]
    );
    assert_eq!(spans("a rise of several per cent"), ["per cent"]);
    // a figure's own percent word is the figure's
    assert!(spans("Turnout was 40 percent, up 3 per cent, or 12%.").is_empty());
    assert!(spans("percent of 10").is_empty());
    // URL escapes are no share
    assert!(spans("https://www.test.com/search?q=30%25%2020%").is_empty());
    assert!(spans("the percentages and percentile ranks").is_empty());
}

#[test]
fn units_raised_to_a_power() {
    // the power is part of the glued unit, not a figure of its own
    let n = has("a lake of 4km^2 near the dam", "4km^2", 4.0, C);
    assert_eq!(n.glued_unit.as_deref(), Some("km^2"));
    let n = has("it holds 40m³ of water", "40m³", 40.0, C);
    assert_eq!(n.glued_unit.as_deref(), Some("m³"));
    exactly("the reservoir holds 4 km^3 of water", &[("4", 4.0, C)]);
    exactly("a flux of 20 J/m^2 per year", &[("20", 20.0, C)]);
    // a power of a figure is still read: "1.1^23"
    has("grows as 1.1^2 each year", "1.1^2", 1.1f64.powi(2), C);
    // a negative power written with a hyphen or minus sign is the unit's
    exactly("light oscillates at 4e14 s-1", &[("4e14", 4e14, C)]);
    exactly("they reached 5 fb\u{2212}1 of data", &[("5", 5.0, C)]);
    // a year or a figure after a word and a hyphen is still read
    exactly("prices in mid-2020 rose", &[("2020", 2020.0, C)]);
    exactly("the under-15 team", &[("15", 15.0, C)]);
}

#[test]
fn am_and_pm_after_a_figure_that_is_no_clock_reading() {
    // a clock reading has no decimals or two: those are the date parser's
    none("the meeting ends at 2.30 pm");
    none("doors open at 7 am");
    none("the 1030pm train");
    // other decimals before "pm" or "am" are lengths (picometres, attometres)
    exactly("a grid of 2.1 pm", &[("2.1", 2.1, C)]);
    exactly("a grid of 2.123 am", &[("2.123", 2.123, C)]);
}

#[test]
fn number_words_across_a_comma() {
    // a group with its own tail, or a smaller scale after it, goes on
    exactly(
        "three million, two hundred & forty, you say?",
        &[("three million, two hundred & forty", 3_000_240.0, C)],
    );
    has(
        "one million, two hundred thousand ballots were cast",
        "one million, two hundred thousand",
        1_200_000.0,
        C,
    );
    // a comma that ends a list item does not
    exactly(
        "three million, two hundred were killed",
        &[("three million", 3e6, C), ("two hundred", 200.0, C)],
    );
    exactly(
        "it cost three million, 200 of them were sold",
        &[("three million", 3e6, C), ("200", 200.0, C)],
    );
    // a scale that is not smaller starts another figure
    exactly(
        "two million and one million",
        &[("two million", 2e6, C), ("one million", 1e6, C)],
    );
    has(
        "a bill of two hundred & forty dollars",
        "two hundred & forty dollars",
        240.0,
        NumKind::Money("USD".into()),
    );
}

/// `currency_prefix` rejects at once what starts with a digit or a lower-case
/// letter; that holds only while every prefix starts with a capital or a sign.
#[test]
fn currency_prefixes_start_with_a_capital_or_a_sign() {
    for (p, _) in tables::CURRENCY_PREFIXES {
        let c = p.chars().next().unwrap();
        assert!(c.is_ascii_uppercase() || !c.is_alphanumeric(), "{p}");
    }
    for text in ["US$5", "€20", "Rs. 40", "USD 5"] {
        assert!(suffix::currency_prefix(text).is_ok(), "{text}");
    }
    for text in ["5 dollars", "usd 5", "rs 40"] {
        assert!(suffix::currency_prefix(text).is_err(), "{text}");
    }
}

/// A word before "$" or "." opens a number only when it opens a currency
/// prefix: "the world." and "Mr." do not reach the parsers.
#[test]
fn only_currency_prefix_letters_open_a_number_before_a_sign() {
    for text in ["US$5", "U.S.$5", "HK$ 3", "Rs. 40", "Rs.40"] {
        assert!(may_start(text), "{text}");
        assert!(parse_number(text).is_ok(), "{text}");
    }
    for text in ["world. By", "Mr. Smith", "us$5", "UK$5", "Rss. 40"] {
        assert!(!may_start(text), "{text}");
    }
}

/// The word a number may open with is read to its last letter, in any
/// script: "Tenía" (Spanish, quoted) is not "Ten" and starts nothing, while
/// "ten’s" stops at the apostrophe, a punctuation mark, and starts a number.
/// So is the word after "a": "a tenör" (Swedish) is not "a ten".
#[test]
fn a_word_that_may_open_a_number_is_read_to_its_last_letter() {
    for text in [
        "ten days",
        "Ten’s",
        "a dozen",
        "an eighth",
        "a million",
        "one",
    ] {
        assert!(may_start(text), "{text}");
    }
    for text in [
        "Tenía",
        "tenía razón",
        "oneé",
        "aé dozen",
        "Ténéré",
        "a tenör",
        "señor",
    ] {
        assert!(!may_start(text), "{text}");
    }
}

/// `currency_code` rejects at once a word of other than three letters, and
/// `currency_entries` finds an entry by the letters its first word opens
/// with: both hold only while the tables keep to that shape.
#[test]
fn currency_tables_keep_the_shape_their_lookups_rely_on() {
    for code in tables::CURRENCY_CODES {
        assert_eq!(code.len(), 3, "{code}");
    }
    for (words, _) in tables::CURRENCY_WORDS {
        let first = words[0];
        let letters = tables::leading_letters(first);
        assert!(!letters.is_empty(), "{first}");
        // After its letters, a first word goes on with no other letter.
        assert!(
            !first[letters.len()..].starts_with(char::is_alphabetic),
            "{first}"
        );
    }
    for (text, code) in [
        ("5 euros", "EUR"),
        ("5 U.S. dollars", "USD"),
        ("5 Hong Kong dollars", "HKD"),
        ("5 USD", "USD"),
        ("5 RMB", "CNY"),
    ] {
        let (_, n) = parse_number(text).unwrap();
        assert_eq!(n.kind, NumKind::Money(code.to_string()), "{text}");
    }
    assert!(suffix::currency_suffix("by the river").is_err());
}

#[test]
fn a_segmented_text_reads_the_same_numbers() {
    // `find_numbers_in` takes "may a number start here?" off the token of
    // a plain word; words joined by dashes, a possessive and words not
    // ASCII are looked up on their own.
    let text = "Twenty-one of the São Paulo fund's forty staff, a dozen in all, \
        left; al-Qaeda's 3 cells lost one-third, and Norway’s Twelve said 5,100.";
    let want = [
        "Twenty-one",
        "forty",
        "a dozen",
        "3",
        "one-third",
        "Twelve",
        "5,100",
    ];
    // An empty lexicon holds the number parser's words too.
    for lex in [
        crate::lexicon::Lexicon::builtin_for_tests(),
        Default::default(),
    ] {
        let doc = crate::segment::segment(text, &lex);
        let found = find_numbers_in(&doc, text);
        assert_eq!(found, find_numbers(text));
        let spans: Vec<&str> = found.iter().map(|n| &text[n.span.clone()]).collect();
        assert_eq!(spans, want);
    }
}

#[test]
fn numbers_are_found_the_same_when_the_tokens_pass_over_words() {
    // `find_numbers_in` passes over the spaces, marks and plain words the
    // scan would read nothing in; not over a dash, a stop or "$" (which
    // may open a figure), a word with ":", "." or "$" after it (a URL,
    // "www.", "US$"), or a word with a char that is not ASCII after it.
    let texts = [
        "Prices fell -5 and rose .5 to US$40, Rs.300 or $12 at 10:25.",
        "The ‘ten’ said «twelve» and twenty;thirty fell.",
        "Visit www.5star.com or http://x.org/7 today, Rp5 or Rs 9.",
        "G7 leaders met 5km away, then eleven-year-old X.Y. left twice",
        "one",
        "  \n a dozen\u{a0}eggs  ",
        "",
    ];
    let lex = crate::lexicon::Lexicon::builtin_for_tests();
    for text in texts {
        let doc = crate::segment::segment(text, &lex);
        assert_eq!(find_numbers_in(&doc, text), find_numbers(text), "{text:?}");
    }
    let text = texts[0];
    let doc = crate::segment::segment(text, &lex);
    let spans: Vec<&str> = find_numbers_in(&doc, text)
        .iter()
        .map(|n| &text[n.span.clone()])
        .collect();
    assert_eq!(spans, ["-5", ".5", "US$40", "Rs.300", "$12"]);
}

#[test]
fn an_article_opens_a_number_before_every_scale_and_denominator_in_any_case() {
    let scales = BIG_SCALES.iter().map(|&(w, _)| w);
    let denominators = DENOMINATORS.iter().map(|&(w, _, _)| w);
    for w in scales.chain(denominators) {
        for phrase in [format!("a {w}"), format!("An {}", w.to_uppercase())] {
            assert!(may_start(&phrase), "{phrase:?}");
        }
    }
    // Number words, and ordinals by their ending ("a fortieth").
    for phrase in ["a hundred", "an eleven-point plan", "a fortieth"] {
        assert!(may_start(phrase), "{phrase:?}");
    }
    // The "a" of prose opens none.
    for phrase in ["a new plan", "an official", "a lot"] {
        assert!(!may_start(phrase), "{phrase:?}");
    }
}

#[test]
fn number_words_are_read_in_any_case() {
    let cases = |w: &str| {
        let title = w[..1].to_uppercase() + &w[1..];
        [w.to_string(), title, w.to_uppercase()]
    };
    for (n, u) in UNITS.iter().enumerate() {
        for w in cases(u) {
            assert_eq!(unit_value(&w), Some(n as f64), "{w:?}");
            assert_eq!(tens_value(&w), None, "{w:?}");
        }
    }
    for (n, t) in TENS.iter().enumerate() {
        for w in cases(t) {
            assert_eq!(tens_value(&w), Some(10.0 * (n as f64 + 2.0)), "{w:?}");
            assert_eq!(unit_value(&w), None, "{w:?}");
        }
    }
    assert_eq!(unit_value("Nought"), Some(0.0));
    for w in ["", "a", "ones", "tenth", "twentyone", "seventeens"] {
        assert_eq!((unit_value(w), tens_value(w)), (None, None), "{w:?}");
    }
    has("Forty-Two ships and NINETEEN boats", "Forty-Two", 42.0, C);
    has("Forty-Two ships and NINETEEN boats", "NINETEEN", 19.0, C);
    has("a rate of nought point five", "nought point five", 0.5, C);
}

#[test]
fn a_keyword_matches_only_the_whole_word_in_any_case() {
    let per = kw("percent");
    for (text, rest) in [
        ("percent", ""),
        ("Percent rise", " rise"),
        ("PERCENT.", "."),
        ("percent-point", "-point"),
        ("percent\u{2009}more", "\u{2009}more"),
    ] {
        assert_eq!(per(text).ok(), Some((rest, &text[..7])), "{text:?}");
    }
    // A longer word, a glued digit, a letter of another script after it,
    // a shorter word, or a space inside are not the keyword.
    for text in [
        "percents",
        "percent5",
        "percenté",
        "perc",
        "per cent",
        "",
        " percent",
    ] {
        assert!(per(text).is_err(), "{text:?}");
        let same = word(text).is_ok_and(|(_, w)| w.eq_ignore_ascii_case("percent"));
        assert!(!same, "{text:?}");
    }
    has(
        "five percent of voters",
        "five percent",
        5.0,
        NumKind::Percent,
    );
}

/// A figure's value is the standard parser's value of its digits, for
/// short figures (read as an integer over a power of ten) and long ones.
#[test]
fn a_figure_reads_as_the_standard_parser_reads_its_digits() {
    let cases: [(&str, f64); 13] = [
        ("7", 7.0),
        ("0.1", 0.1),
        (".08", 0.08),
        ("6.28307", 6.28307),
        ("1,200,000", 1_200_000.0),
        ("12,34,567", 1_234_567.0),
        ("40 000", 40_000.0),
        ("1,5", 1.5),
        ("2.675", 2.675),
        ("9007199254740993", 9_007_199_254_740_993.0),
        ("0.1234567890123456789", 0.123_456_789_012_345_68),
        ("1.00000000000000000000001", 1.0),
        ("123456789012345678901234567890", 1.234_567_890_123_456_8e29),
    ];
    for (text, want) in cases {
        let (rest, d) = digit_number(text).unwrap_or_else(|e| panic!("{text:?}: {e:?}"));
        assert_eq!(rest, "", "{text:?}");
        assert_eq!(d.value.to_bits(), want.to_bits(), "{text:?}");
    }
    // Every figure of up to 22 decimals agrees with the parser, bit for bit.
    for digits in ["1", "12", "905", "4503599627370495", "9007199254740992"] {
        for places in 0..=22 {
            let text = if places == 0 {
                digits.to_string()
            } else {
                format!("{digits}.{}", "3".repeat(places))
            };
            let want: f64 = text.parse().unwrap();
            let (_, d) = digit_number(&text).unwrap();
            assert_eq!(d.value.to_bits(), want.to_bits(), "{text:?}");
        }
    }
}

#[test]
fn a_cardinal_word_is_read_as_an_ordinal_or_fraction_only_with_more_number_words() {
    use NumKind::Ordinal as O;
    // Before a word that ends the number, only the cardinal is tried.
    for rest in ["people", " of them", "\nover there", ""] {
        assert!(!number_may_go_on(rest), "{rest:?}");
    }
    // Past spaces, hyphens and dashes, a number word, "and" or anything
    // but a letter may go on ("two ½").
    for rest in [
        " thirds",
        "-first",
        " hundredth",
        " and a half",
        " \u{2013} fifths",
        " ½",
    ] {
        assert!(number_may_go_on(rest), "{rest:?}");
    }
    exactly("Two people died.", &[("Two", 2.0, C)]);
    exactly("nine of them", &[("nine", 9.0, C)]);
    exactly("the twenty-first century", &[("twenty-first", 21.0, O)]);
    exactly("its two hundredth year", &[("two hundredth", 200.0, O)]);
    exactly("one-third of voters", &[("one-third", 1.0 / 3.0, F)]);
    exactly("one and a half hours", &[("one and a half", 1.5, C)]);
    exactly("on the 5th floor", &[("5th", 5.0, O)]);
    exactly("5,100 troops", &[("5,100", 5100.0, C)]);
}
