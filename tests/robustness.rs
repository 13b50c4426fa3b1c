//! Bad input never panics, never hangs, and gives an empty result or a clear error.

use abridge::{analyze, Options};

/// A small deterministic generator, so failures reproduce.
struct Rng(u64);
impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
}

#[test]
fn empty_and_content_free_inputs_give_empty_results() {
    for input in [
        "",
        "   \n\n\t ",
        "\u{FEFF}",
        "<html><body></body></html>",
        "---\ntitle: Only a title\n---\n",
        "...!?",
        "00:22\nDownload\n",
    ] {
        let a = analyze(input, &Options::default()).unwrap_or_else(|e| panic!("{input:?}: {e}"));
        assert!(a.summary.is_empty(), "{input:?}");
        assert!(a.keyphrases.is_empty(), "{input:?}");
        assert_eq!(
            a.stats.sentences,
            a.summary.len().max(a.stats.sentences),
            "{input:?}"
        );
    }
    let a = analyze("---\ntitle: Only a title\n---\n", &Options::default()).unwrap();
    assert_eq!(a.title.as_deref(), Some("Only a title"));
}

#[test]
fn oversized_input_is_refused_with_the_limit_in_the_message() {
    let huge = "word ".repeat(abridge::MAX_INPUT_BYTES / 5 + 1);
    let err = analyze(&huge, &Options::default()).unwrap_err();
    assert!(err.message().contains("limit"), "{err}");
}

#[test]
fn binary_junk_and_random_markup_do_not_panic() {
    let mut rng = Rng(0x9E3779B97F4A7C15);
    let alphabet: Vec<char> = "<>/=\"'&;#!-.?aZ \n\t\0\u{FFFD}é中😀x:U.S"
        .chars()
        .collect();
    for round in 0..300 {
        let len = (rng.next() % 400) as usize;
        let input: String = if round % 2 == 0 {
            let bytes: Vec<u8> = (0..len).map(|_| rng.next() as u8).collect();
            String::from_utf8_lossy(&bytes).into_owned()
        } else {
            (0..len)
                .map(|_| alphabet[(rng.next() % alphabet.len() as u64) as usize])
                .collect()
        };
        for format in [
            abridge::Format::Auto,
            abridge::Format::Html,
            abridge::Format::Markdown,
            abridge::Format::Text,
        ] {
            let a = analyze(&input, &Options::default().format(format)).unwrap();
            check_offsets(&a);
        }
    }
}

#[test]
fn pathological_shapes_stay_fast_enough_to_finish() {
    let deep =
        "<div>".repeat(100_000) + "Deep text here. It is nested." + &"</div>".repeat(100_000);
    let a = analyze(&deep, &Options::default()).unwrap();
    assert!(a.text.contains("Deep text here."));

    let unclosed = "<p>".repeat(50_000) + "Still text.";
    assert!(analyze(&unclosed, &Options::default())
        .unwrap()
        .text
        .contains("Still text."));

    let run_on = "word ".repeat(200_000);
    let a = analyze(&run_on, &Options::default()).unwrap();
    check_offsets(&a);

    let dots = "U.S. ".repeat(50_000);
    check_offsets(&analyze(&dots, &Options::default()).unwrap());

    // Sentence-boundary shapes: unclosed brackets after full stops, one-line list
    // markers, spaced ellipses, caseless abbreviation candidates.
    for shape in ["x. (", "1) a 2) b ", "a. b. ", ". . ", "etc. the "] {
        check_offsets(&analyze(&shape.repeat(40_000), &Options::default()).unwrap());
    }

    let long_line = "a".repeat(1_000_000);
    check_offsets(&analyze(&long_line, &Options::default()).unwrap());
}

/// Every offset must slice the text exactly (UTF-16 units) to the reported string.
fn check_offsets(a: &abridge::Analysis) {
    let units = a.text.encode_utf16().count();
    for s in &a.summary {
        assert!(s.start <= s.end && s.end <= units);
        assert_eq!(a.slice(s.start, s.end), s.text);
        assert!((0.0..=1.0).contains(&s.score));
    }
    for k in &a.keyphrases {
        assert!((0.0..=1.0).contains(&k.score));
        assert_eq!(k.count, k.occurrences.len());
        for o in &k.occurrences {
            assert!(o.start < o.end && o.end <= units);
        }
    }
}

#[test]
fn offsets_are_utf16_with_emoji_and_cjk() {
    let text = "😀 The café council 中文 approved the budget on Monday. The budget 😀 raises school funding. Critics say the budget ignores transit.";
    let a = analyze(text, &Options::default()).unwrap();
    check_offsets(&a);
    let budget = a
        .keyphrases
        .iter()
        .find(|k| k.text.eq_ignore_ascii_case("budget"))
        .expect("budget is a keyphrase");
    for o in &budget.occurrences {
        assert_eq!(a.slice(o.start, o.end).to_lowercase(), "budget");
    }
}
