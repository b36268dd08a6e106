//! Tests of the number parser over newswire strings.

use super::*;

fn approx(a: f64, b: f64) -> bool {
    (a - b).abs() <= 1e-9 * b.abs().max(1.0)
}

fn show(text: &str) -> Vec<(String, f64, NumKind)> {
    find_numbers(text)
        .into_iter()
        .map(|n| (text[n.span.clone()].to_string(), n.value, n.kind))
        .collect()
}

/// `text` yields exactly these numbers (span text, value, kind).
pub(super) fn exactly(text: &str, want: &[(&str, f64, NumKind)]) {
    let got = show(text);
    let ok = got.len() == want.len()
        && got
            .iter()
            .zip(want)
            .all(|(g, w)| g.0 == w.0 && approx(g.1, w.1) && g.2 == w.2);
    assert!(ok, "{text:?}\n got: {got:?}\nwant: {want:?}");
}

/// `text` yields a number with this span text, value and kind; returns it.
pub(super) fn has(text: &str, span: &str, value: f64, kind: NumKind) -> Num {
    let nums = find_numbers(text);
    let found = nums
        .iter()
        .find(|n| &text[n.span.clone()] == span && approx(n.value, value) && n.kind == kind);
    match found {
        Some(n) => n.clone(),
        None => panic!(
            "{text:?}: no {span:?}={value} {kind:?}; got {:?}",
            show(text)
        ),
    }
}

pub(super) fn none(text: &str) {
    let got = show(text);
    assert!(got.is_empty(), "{text:?}: expected nothing, got {got:?}");
}

use NumKind::{Cardinal as C, Fraction as F, Ordinal as O, Percent as P};

fn m(code: &str) -> NumKind {
    NumKind::Money(code.to_string())
}

#[test]
fn digits_basic() {
    exactly(
        "The company employs 5,100 people in 26 countries.",
        &[("5,100", 5100.0, C), ("26", 26.0, C)],
    );
    exactly(
        "The estate sold for 1,200,000 last year.",
        &[("1,200,000", 1.2e6, C)],
    );
    exactly("Inflation rose to 26.1 in March.", &[("26.1", 26.1, C)]);
    exactly("a margin of 0.5", &[("0.5", 0.5, C)]);
    exactly(
        "between 4,500 to 5,100 protesters",
        &[("4,500", 4500.0, C), ("5,100", 5100.0, C)],
    );
    exactly("The death toll rose to 2,400.", &[("2,400", 2400.0, C)]);
    exactly("Police said 37.", &[("37", 37.0, C)]);
    exactly(
        "10-15 people were hurt",
        &[("10", 10.0, C), ("15", 15.0, C)],
    );
    exactly("aged 20–30 years", &[("20", 20.0, C), ("30", 30.0, C)]);
    exactly("The final score was 3-1.", &[("3", 3.0, C), ("1", 1.0, C)]);
    exactly(
        "the population was 12,34,567 in the census",
        &[("12,34,567", 1234567.0, C)],
    );
    exactly(
        "a budget of 5\u{2009}100 units",
        &[("5\u{2009}100", 5100.0, C)],
    );
    // a list without spaces reads each figure (see tests_forms)
    exactly(
        "numbers 1,2,3 in a list",
        &[("1", 1.0, C), ("2", 2.0, C), ("3", 3.0, C)],
    );
    exactly("In 2013, the firm was founded.", &[("2013", 2013.0, C)]);
    exactly("Temperatures fell to -5 overnight", &[("-5", -5.0, C)]);
    exactly("GDP shrank by −0.3%", &[("−0.3%", -0.3, P)]);
    exactly(
        "the 1990 -2000 period",
        &[("1990", 1990.0, C), ("2000", 2000.0, C)],
    );
    exactly("KABUL (Reuters) - 21 people", &[("21", 21.0, C)]);
    // A comparison sign bounds a negative figure: the minus is its sign.
    exactly("overnight lows <-30 in the north", &[("-30", -30.0, C)]);
    exactly("a reading of \u{2265}-5.5", &[("-5.5", -5.5, C)]);
}

#[test]
fn number_words() {
    for (w, v) in [
        ("zero", 0.0),
        ("three", 3.0),
        ("eleven", 11.0),
        ("nineteen", 19.0),
        ("forty", 40.0),
        ("ninety", 90.0),
        ("twenty-one", 21.0),
        ("twenty one", 21.0),
        ("Sixty-six", 66.0),
        ("one hundred and five", 105.0),
        ("one hundred five", 105.0),
        ("3 hundred and 21", 321.0),
        ("two thousand", 2000.0),
        ("a hundred", 100.0),
        ("a thousand", 1000.0),
        ("a dozen", 12.0),
        ("two dozen", 24.0),
        ("half a dozen", 6.0),
        ("one and a half", 1.5),
        ("nine and a half", 9.5),
        ("2 and a half", 2.5),
        ("3 and three quarters", 3.75),
        ("two and a half million", 2.5e6),
        ("half a million", 5e5),
        ("a million", 1e6),
        ("nineteen hundred", 1900.0),
        ("two thousand and five", 2005.0),
        ("two thousand three hundred", 2300.0),
        ("one million two hundred thousand", 1.2e6),
        ("three hundred and twenty-one thousand", 321000.0),
        ("a hundred and fifty", 150.0),
        ("ten thousand", 1e4),
    ] {
        let text = format!("Officials said {w} people attended.");
        let n = has(&text, w, v, C);
        assert!(n.in_words, "{w}");
        assert!(!n.vague, "{w}");
    }
}

/// A bare glued "m" is metres, not millions: "a depth of 617m" read as
/// 617 million made a mine's depth look like a count of miners.
#[test]
fn glued_m_without_currency_is_metres() {
    let n = has("at a depth of 617m.", "617m", 617.0, NumKind::Cardinal);
    assert_eq!(n.glued_unit.as_deref(), Some("m"));
    has("a €20m fund", "€20m", 20e6, NumKind::Money("EUR".into()));
    // before a currency name it is millions too
    has(
        "a 3m euros fine",
        "3m euros",
        3e6,
        NumKind::Money("EUR".into()),
    );
    has(
        "worth 900m lei",
        "900m lei",
        900e6,
        NumKind::Money("RON".into()),
    );
}

/// Currency names written after the figure, beyond the dollar, euro and
/// pound; a name several countries use keeps the word.
#[test]
fn currency_names_after_a_figure() {
    for (text, code) in [
        ("1.84 billion kroner", "KRONER"),
        ("450 forint", "HUF"),
        ("12 million kronor", "SEK"),
        ("80,000 shillings", "SHILLING"),
    ] {
        let n = parse_number(text).unwrap().1;
        assert_eq!(n.kind, NumKind::Money(code.into()), "{text}");
    }
}

#[test]
fn scales() {
    for (s, v) in [
        ("21 million", 21e6),
        ("2.5 million", 2.5e6),
        ("5k", 5e3),
        ("3.4bn", 3.4e9),
        ("3.4 bn", 3.4e9),
        ("2tn", 2e12),
        ("1.5mn", 1.5e6),
        ("10 bln", 1e10),
        ("5 lakh", 5e5),
        ("2 lakhs", 2e5),
        ("3 crore", 3e7),
        ("40 crores", 4e8),
        ("1.5 lakh crore", 1.5e12),
        ("1.2-billion", 1.2e9),
        ("two trillion", 2e12),
        ("1,674.5 million", 1674.5e6),
    ] {
        let text = format!("The deficit reached {s} last year.");
        has(&text, s, v, C);
    }
    assert!(!find_numbers("reached 3.4bn")[0].in_words);
    assert!(find_numbers("reached 21 million")[0].in_words);
}

#[test]
fn percents() {
    for (s, v) in [
        ("26.1 percent", 26.1),
        ("40%", 40.0),
        ("40 %", 40.0),
        ("12 per cent", 12.0),
        ("40 pc", 40.0),
        ("3 pct", 3.0),
        ("five percent", 5.0),
        ("Ten per cent", 10.0),
        ("half a percentage point", 0.5),
        ("5-percent", 5.0),
    ] {
        let text = format!("Prices rose {s} in the quarter.");
        has(&text, s, v, P);
    }
    let n = has(
        "The bank raised rates by 1.5 percentage points on Tuesday.",
        "1.5 percentage points",
        1.5,
        P,
    );
    assert_eq!(n.glued_unit.as_deref(), Some("percentage points"));
    let n = has("up 1 percentage point", "1 percentage point", 1.0, P);
    assert_eq!(n.glued_unit.as_deref(), Some("percentage points"));
    exactly(
        "Unemployment fell from 8.2% to 7.9% in May.",
        &[("8.2%", 8.2, P), ("7.9%", 7.9, P)],
    );
}

#[test]
fn money() {
    for (s, v, code) in [
        ("$3.4bn", 3.4e9, "USD"),
        ("$1.2 billion", 1.2e9, "USD"),
        ("US$1.2 billion", 1.2e9, "USD"),
        ("US$ 5 million", 5e6, "USD"),
        ("€20m", 20e6, "EUR"),
        ("£5", 5.0, "GBP"),
        ("£5.50", 5.5, "GBP"),
        ("¥100", 100.0, "JPY"),
        ("₹5 crore", 5e7, "INR"),
        ("Rs 5 crore", 5e7, "INR"),
        ("Rs. 2,500", 2500.0, "INR"),
        ("Rs1.5 lakh", 1.5e5, "INR"),
        ("USD 5m", 5e6, "USD"),
        ("A$300 million", 3e8, "AUD"),
        ("HK$2.5bn", 2.5e9, "HKD"),
        ("500 euros", 500.0, "EUR"),
        ("1.2 billion dollars", 1.2e9, "USD"),
        ("a billion dollars", 1e9, "USD"),
        ("30 pounds", 30.0, "GBP"),
        ("2 trillion yen", 2e12, "JPY"),
        ("10 billion yuan", 1e10, "CNY"),
        ("900 rupees", 900.0, "INR"),
        ("5 billion CFA francs", 5e9, "XOF"),
        ("20 million US dollars", 2e7, "USD"),
        ("3 million Australian dollars", 3e6, "AUD"),
        ("45 million USD", 45e6, "USD"),
        ("half a million dollars", 5e5, "USD"),
        ("$10", 10.0, "USD"),
        ("$10-million", 1e7, "USD"),
        ("34 cents", 34.0, "CENT"),
        ("470 pence", 470.0, "PENCE"),
    ] {
        let text = format!("The deal is worth {s}, sources said.");
        has(&text, s, v, m(code));
    }
    let n = has(
        "a fine of hundreds of thousands of dollars",
        "hundreds of thousands of dollars",
        5e5,
        m("USD"),
    );
    assert!(n.vague);
    assert_eq!((n.low, n.high), (2e5, 999_999.0));
}

#[test]
fn fractions() {
    for (s, v) in [
        ("half", 0.5),
        ("a half", 0.5),
        ("a quarter", 0.25),
        ("two-thirds", 2.0 / 3.0),
        ("two thirds", 2.0 / 3.0),
        ("three-quarters", 0.75),
        ("three quarters", 0.75),
        ("one-fifth", 0.2),
        ("one-half", 0.5),
        ("one third", 1.0 / 3.0),
    ] {
        let text = format!("Nearly {s} of voters backed the plan.");
        let n = has(&text, s, v, F);
        assert!(n.in_words);
    }
    has(
        "About a third of the 800 staff left.",
        "a third",
        1.0 / 3.0,
        F,
    );
    has("a hundredth of a second", "a hundredth", 0.01, F);
    has("three hundredths of a second", "three hundredths", 0.03, F);
    has("the one hundredth anniversary", "one hundredth", 100.0, O);
    exactly(
        "nearly half of the 800 passengers",
        &[("half", 0.5, F), ("800", 800.0, C)],
    );
    // "a third term" is an ordinal, not a fraction
    exactly("He won a third term.", &[("third", 3.0, O)]);
    exactly("She won a fifth consecutive title", &[("fifth", 5.0, O)]);
}

#[test]
fn ordinals() {
    for (s, v) in [
        ("first", 1.0),
        ("second", 2.0),
        ("third", 3.0),
        ("twelfth", 12.0),
        ("twentieth", 20.0),
        ("thirtieth", 30.0),
        ("twenty-first", 21.0),
        ("forty-fourth", 44.0),
        ("hundredth", 100.0),
        ("two hundredth", 200.0),
        ("one hundred and twenty-fifth", 125.0),
        ("1st", 1.0),
        ("2nd", 2.0),
        ("3rd", 3.0),
        ("21st", 21.0),
        ("44th", 44.0),
        // the suffix after groups of digits
        ("1,000th", 1000.0),
        ("40 000th", 40000.0),
        ("2ND", 2.0),
    ] {
        let text = format!("It was the {s} time this year.");
        has(&text, s, v, O);
    }
    let n = has("the 21st-century economy", "21st-century", 21.0, O);
    assert_eq!(n.glued_unit.as_deref(), Some("century"));
    has(
        "the world's second-largest economy",
        "second-largest",
        2.0,
        O,
    );
}

#[test]
fn hyphen_glue() {
    for (text, span, v, unit) in [
        ("a 27-minute delay", "27-minute", 27.0, "minute"),
        ("a 44-year-old man", "44-year-old", 44.0, "year-old"),
        ("the boy, 4-years-old, was", "4-years-old", 4.0, "years-old"),
        (
            "ending a 34-year-long feud",
            "34-year-long",
            34.0,
            "year-long",
        ),
        ("the nine-year mission", "nine-year", 9.0, "year"),
        ("a 100-strong crowd", "100-strong", 100.0, "strong"),
        ("a 15km walk", "15km", 15.0, "km"),
        ("the 200-metre final", "200-metre", 200.0, "metre"),
        (
            "a twenty-one-year-old",
            "twenty-one-year-old",
            21.0,
            "year-old",
        ),
        ("the 1990s", "1990s", 1990.0, "s"),
        ("a 100MW plant", "100MW", 100.0, "MW"),
        (
            "a two-and-a-half-year deal",
            "two-and-a-half-year",
            2.5,
            "year",
        ),
    ] {
        let n = has(text, span, v, C);
        assert_eq!(n.glued_unit.as_deref(), Some(unit), "{text}");
    }
    // no glue onto a following number or preposition
    exactly("won 5-to-4 on penalties", &[("5", 5.0, C), ("4", 4.0, C)]);
    assert_eq!(find_numbers("27 minutes")[0].glued_unit, None);
}

#[test]
fn vague() {
    for (s, lo, hi) in [
        ("hundreds", 200.0, 999.0),
        ("thousands", 2000.0, 9999.0),
        ("dozens", 24.0, 99.0),
        ("tens of thousands", 20000.0, 99999.0),
        ("hundreds of thousands", 2e5, 999_999.0),
        ("millions", 2e6, 9_999_999.0),
        ("several hundred", 300.0, 900.0),
        ("several thousand", 3000.0, 9000.0),
        ("a few dozen", 24.0, 60.0),
        ("a few hundred", 200.0, 500.0),
        ("several hundred thousand", 3e5, 9e5),
    ] {
        let text = format!("Police said {s} of people marched.");
        let text = text.replace(" of people", " people");
        let n = find_numbers(&text)
            .into_iter()
            .find(|n| &text[n.span.clone()] == s)
            .unwrap_or_else(|| panic!("{text}: {:?}", show(&text)));
        assert!(n.vague, "{s}");
        assert_eq!((n.low, n.high), (lo, hi), "{s}");
        assert!(n.low <= n.value && n.value <= n.high, "{s}");
        assert_eq!(n.kind, C);
    }
    let n = has("Hundreds of people were detained.", "Hundreds", 500.0, C);
    assert!(n.vague);
    none("The tens of people"); // "tens" alone is not a number
    let n = has("a dozen eggs", "a dozen", 12.0, C);
    assert!(!n.vague);
}

#[test]
fn not_numbers() {
    none("No one was hurt.");
    none("Someone called the police and anyone could see it.");
    none("They helped one another.");
    none("One of the victims was a child.");
    none("one day he left");
    none("The one who left.");
    none("It was a good day and a fine result.");
    none("no-one knows");
    none("The G7 summit and the A320 jet.");
    none("The COVID-19 pandemic, Covid-19, F-16 jets, MiG-29s and SARS-CoV-2.");
    none("The meeting started at 10:25 on Friday.");
    none("The train left at 10.25 am and 7 p.m. and 3pm.");
    none("Released on 2022-02-17 officially.");
    none("The 5G network and 3D printing in the 4x4.");
    none("version 1.2.3 ships");
    none("open 24/7");
    none("see https://example.com/a?id=305&x=20%25%2020 and www.example.com/2020/05/story");
    exactly("visit http://x.org/1 today, 5 people", &[("5", 5.0, C)]);
    exactly("One of the 800 victims", &[("800", 800.0, C)]);
    exactly("Only one person died.", &[("one", 1.0, C)]);
    exactly("wait one second", &[("one", 1.0, C)]);
}

#[test]
fn newswire_sentences() {
    exactly(
        "KABUL (Reuters) - A suicide bomber killed 21 people and wounded 44 others on Tuesday.",
        &[("21", 21.0, C), ("44", 44.0, C)],
    );
    exactly(
        "The government said 3.4 million people, or 26.1 percent of the population, need aid.",
        &[("3.4 million", 3.4e6, C), ("26.1 percent", 26.1, P)],
    );
    exactly(
        "Apple reported revenue of $89.5 billion, up 8% from a year earlier.",
        &[("$89.5 billion", 89.5e9, m("USD")), ("8%", 8.0, P)],
    );
    exactly(
        "Tens of thousands of people rallied in the capital for a third day.",
        &[("Tens of thousands", 50000.0, C), ("third", 3.0, O)],
    );
    exactly(
        "The 44-year-old was sentenced to nine years in prison.",
        &[("44-year-old", 44.0, C), ("nine", 9.0, C)],
    );
    exactly(
        "The ministry approved Rs 5 crore for the project, 12 per cent more than last year.",
        &[("Rs 5 crore", 5e7, m("INR")), ("12 per cent", 12.0, P)],
    );
    exactly(
        "Shares fell 2.3% to €20.15 in Frankfurt.",
        &[("2.3%", 2.3, P), ("€20.15", 20.15, m("EUR"))],
    );
    exactly(
        "Two-thirds of the 1,500 respondents said they were worried.",
        &[("Two-thirds", 2.0 / 3.0, F), ("1,500", 1500.0, C)],
    );
    exactly(
        "More than 5,000 troops and 100 tanks were deployed on the second day.",
        &[("5,000", 5000.0, C), ("100", 100.0, C), ("second", 2.0, O)],
    );
    exactly(
        "The fund lost £1.2bn in the first half of 2020.",
        &[
            ("£1.2bn", 1.2e9, m("GBP")),
            ("first", 1.0, O),
            ("half", 0.5, F),
            ("2020", 2020.0, C),
        ],
    );
    exactly(
        "Growth slowed to 6.1 pc, its weakest pace in 29 years.",
        &[("6.1 pc", 6.1, P), ("29", 29.0, C)],
    );
    exactly(
        "About 1.5mn barrels a day, or roughly a quarter of output.",
        &[("1.5mn", 1.5e6, C), ("a quarter", 0.25, F)],
    );
    exactly(
        "The ¥500 billion package was approved.",
        &[("¥500 billion", 5e11, m("JPY"))],
    );
    exactly(
        "He scored his 21st goal of the season in the 44th minute.",
        &[("21st", 21.0, O), ("44th", 44.0, O)],
    );
    exactly(
        "Several hundred people gathered; a few dozen were arrested.",
        &[("Several hundred", 500.0, C), ("a few dozen", 36.0, C)],
    );
    exactly(
        "Rain fell on 3 of the 7 days.",
        &[("3", 3.0, C), ("7", 7.0, C)],
    );
    exactly(
        "“Twenty-five,” he said, ‘not 30’.",
        &[("Twenty-five", 25.0, C), ("30", 30.0, C)],
    );
    exactly(
        "It cost\u{a0}$5\u{a0}million.",
        &[("$5\u{a0}million", 5e6, m("USD"))],
    );
}

#[test]
fn odd_forms() {
    for (s, v, kind) in [
        ("half a million", 5e5, C),
        ("half million", 5e5, C),
        ("a half-million", 5e5, C),
        ("a quarter million", 2.5e5, C),
        ("a quarter of a million", 2.5e5, C),
        ("3 million and a half", 3.5e6, C),
        ("two million and one half", 2.5e6, C),
        ("one and a fourth", 1.25, C),
        ("three and a fifth", 3.2, C),
        ("three dozens", 36.0, C),
        ("2½", 2.5, C),
        ("½", 0.5, F),
        ("¾", 0.75, F),
        (".08", 0.08, C),
        ("2mil", 2e6, C),
    ] {
        let text = format!("They said {s} were counted.");
        has(&text, s, v, kind);
    }
    exactly(
        "five billion and three quarters",
        &[("five billion and three quarters", 5.75e9, C)],
    );
    exactly(
        "3 hundred and 2 hundred",
        &[("3 hundred", 300.0, C), ("2 hundred", 200.0, C)],
    );
    none("prices like 1.111,11 in Europe");
    let n = has("Scores of people", "Scores", 100.0, C);
    assert!(n.vague);
    none("the final scores were");
}

#[test]
fn fractions_in_words_and_ratios() {
    for (s, v) in [
        ("two fifths", 0.4),
        ("twenty-three fifths", 4.6),
        ("three twenty-firsts", 3.0 / 21.0),
        ("one hundred thirty-fifths", 100.0 / 35.0),
        ("two and fifty-four hundredths", 2.54),
        ("two thirds of a million", 2e6 / 3.0),
        ("one out of three", 1.0 / 3.0),
        ("one in five", 0.2),
        ("1 over 3", 1.0 / 3.0),
    ] {
        let text = format!("Officials said {s}.");
        let n = find_numbers(&text);
        assert_eq!(n.len(), 1, "{text}: {:?}", show(&text));
        assert!(approx(n[0].value, v), "{text}: {:?}", show(&text));
        assert_eq!(&text[n[0].span.clone()], s);
    }
    has("The economy shrank by a fifth.", "a fifth", 0.2, F);
    // an ordinal before a noun stays an ordinal; "second" is never a half
    exactly("She won a fifth consecutive title", &[("fifth", 5.0, O)]);
    exactly("wait one second.", &[("one", 1.0, C)]);
    exactly("the twenty fifth anniversary", &[("twenty fifth", 25.0, O)]);
    // time spans and ratings are not ratios
    exactly(
        "$2000 over 3 years",
        &[("$2000", 2000.0, m("USD")), ("3", 3.0, C)],
    );
    exactly("rated 12 out of 10", &[("12", 12.0, C), ("10", 10.0, C)]);
    exactly("one in 2019", &[("one", 1.0, C), ("2019", 2019.0, C)]);
}

#[test]
fn signs_exponents_and_spoken_decimals() {
    for (s, v) in [
        ("-1", -1.0),
        ("minus 5", -5.0),
        ("negative one", -1.0),
        ("1e10", 1e10),
        ("12.32e+14", 1.232e15),
        ("6.23x10^-4", 6.23e-4),
        ("2.5^-1", 0.4),
        ("nine point nought four", 9.04),
        ("two hundred point seventy-one", 200.71),
        ("40 000", 40000.0),
        ("1 414 021 100", 1414021100.0),
        ("322 hundred", 32200.0),
        ("4 thousand 3 hundred and 21", 4321.0),
        ("one billion and a half million", 1000500000.0),
        ("quarter million", 250000.0),
        ("fifty - two", 52.0),
        ("10M", 1e7),
    ] {
        let text = format!("The figure was {s} today.");
        has(&text, s, v, C);
    }
    has(
        "a change of minus five percent",
        "minus five percent",
        -5.0,
        P,
    );
    has("100 percentage", "100 percentage", 100.0, P);
    // "at one point" is a time, a dash between clauses no sign
    exactly("At one point two men ran.", &[("two", 2.0, C)]);
    exactly("It was a negative one.", &[("one", 1.0, C)]);
}

#[test]
fn parse_number_api() {
    let (rest, n) = parse_number("$3.4bn deal").unwrap();
    assert_eq!(rest, " deal");
    assert_eq!(n.span, 0..6);
    assert_eq!(n.kind, m("USD"));
    assert!(approx(n.value, 3.4e9));
    assert!(parse_number("hello").is_err());
    assert!(parse_number("a").is_err());
    let (_, n) = parse_number("twenty-one trillion three hundred").unwrap();
    assert!(approx(n.value, 21e12 + 300.0));
}

#[test]
fn robustness() {
    let nines = "9".repeat(400);
    let inputs = [
        "",
        "$",
        "bn",
        "..5",
        "1,2,3",
        "€",
        "-",
        "5-",
        "5.",
        "a a a a a",
        "half",
        "half a",
        "one and a",
        "Rs",
        "Rs.",
        "US$",
        "USD",
        "%",
        "5%%",
        "२३ ٣٤ 五",
        "🙂5🙂 5🙂 e\u{301}5 ５",
        "\u{2009}5\u{2009}\u{2009}100\u{202f}",
        "1,\u{2009}",
        "12,34",
        "12,34,5",
        "ninety-",
        "twenty one-",
        "one hundred and",
        "$$$5$",
        "5 \u{2010}\u{2011}year",
        nines.as_str(),
    ];
    for s in inputs {
        for n in find_numbers(s) {
            assert!(s.is_char_boundary(n.span.start) && s.is_char_boundary(n.span.end));
            assert!(n.span.start < n.span.end);
        }
        let _ = parse_number(s);
    }
    // a cheap deterministic fuzz over a mixed alphabet
    let alphabet: Vec<char> = "0123456789 ,.-–:/$€£¥₹%aehlnortuwy\u{a0}\u{2009}’\"é🙂bnkm"
        .chars()
        .collect();
    let mut seed: u64 = 0x2545_f491_4f6c_dd1d;
    for _ in 0..3000 {
        let len = (seed % 24) as usize;
        let mut s = String::new();
        for _ in 0..len {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            s.push(alphabet[(seed % alphabet.len() as u64) as usize]);
        }
        let mut prev_end = 0;
        for n in find_numbers(&s) {
            assert!(s.is_char_boundary(n.span.start) && s.is_char_boundary(n.span.end));
            assert!(
                n.span.start >= prev_end && n.span.start < n.span.end,
                "{s:?}"
            );
            assert!(n.value.is_finite());
            prev_end = n.span.end;
        }
    }
}

#[test]
fn linear_on_large_input() {
    let para = "KABUL - At least 21 people, including a 44-year-old, died; \
                two-thirds of the $3.4bn budget (26.1 percent) went to hundreds of \
                projects on 2022-02-17 at 10:25. No one said anything. ";
    let text = para.repeat(2_000); // ~360 kB
    let n = find_numbers(&text).len();
    assert_eq!(n, 6 * 2_000);
    let lots_of_a = "a ".repeat(50_000);
    assert!(find_numbers(&lots_of_a).is_empty());
    let digits = "1".repeat(1_000_000);
    assert!(find_numbers(&digits).len() <= 1);
}

/// The word and space readers walk ASCII by bytes: they read what the
/// char-by-char definitions read, on every string of up to three chars
/// from spaces (ASCII and not), letters, digits and signs.
#[test]
fn word_and_space_readers_match_their_char_definitions() {
    use nom::combinator::verify;
    fn word_by_chars(i: &str) -> Res<'_, &str> {
        let n = i.find(|c: char| !is_alpha(c)).unwrap_or(i.len());
        if n == 0 {
            return Err(nom::Err::Error(Error::new(i, ErrorKind::TakeWhile1)));
        }
        let (w, r) = i.split_at(n);
        if r.starts_with(is_alnum) {
            return fail(i);
        }
        Ok((r, w))
    }
    fn sp_by_chars(i: &str) -> Res<'_, &str> {
        verify(take_while1(is_space), |s: &str| {
            s.len() <= 16 && s.bytes().filter(|&b| b == b'\n').count() <= 1
        })
        .parse(i)
    }
    let chars = [
        ' ', '\t', '\n', '\u{0B}', '\u{0C}', '\r', 'a', 'Z', '5', '.', '-', '\u{A0}', 'é',
        '\u{2009}', '\u{2019}',
    ];
    let mut inputs = vec![String::new()];
    for _ in 0..3 {
        let longer: Vec<String> = inputs
            .iter()
            .flat_map(|s| chars.iter().map(move |c| format!("{s}{c}")))
            .collect();
        inputs.extend(longer);
    }
    inputs.push(" ".repeat(17));
    inputs.push("\n\n x".to_string());
    for i in &inputs {
        assert_eq!(lex::word(i), word_by_chars(i), "word {i:?}");
        assert_eq!(lex::sp(i), sp_by_chars(i), "sp {i:?}");
    }
}
