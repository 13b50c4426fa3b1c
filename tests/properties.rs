//! Property tests: the invariants every analysis promises (`common::check`: offsets on UTF-16
//! boundaries that slice to the reported text, the summary in document order within its
//! budget, scores in [0, 1] with the best at 1, counts within the options), and the same
//! bytes for the same input and options, over generated articles (the fuzzers' generator,
//! fed by proptest) and the repository's seed articles under any options. Options given as
//! JSON are either accepted and analysable, or refused with a message naming a field.

#[path = "../fuzz/common.rs"]
mod common;

use abridge::{analyze, Format, Options};
use proptest::prelude::*;
use serde_json::{json, Map, Value};

const SEEDS: [&str; 2] = [
    include_str!("fixtures/seeds/000_619fbf2692e600e9.txt"),
    include_str!("fixtures/seeds/003_3517b4e7fe09921b.txt"),
];

/// Analyses, checks the invariants, and analyses again: the same JSON bytes both times.
fn holds(text: &str, options: &Options) {
    let first = analyze(text, options).expect("an input under the limit is analysed");
    common::check(text, options, &first);
    let again = analyze(text, options).expect("the same input again");
    assert_eq!(
        serde_json::to_string(&first).unwrap(),
        serde_json::to_string(&again).unwrap(),
        "the same input and options gave different results"
    );
}

fn any_options() -> impl Strategy<Value = Options> {
    let budget = prop_oneof![
        (0usize..=1000).prop_map(|n| Options::default().sentences(n)),
        (1u32..=1000).prop_map(|n| Options::default().ratio(n as f64 / 1000.0)),
        (0usize..=1000).prop_map(|n| Options::default().max_words(n)),
        (0usize..=12).prop_map(|n| Options::default().max_words(n)),
    ];
    let format = prop_oneof![
        Just(Format::Auto),
        Just(Format::Text),
        Just(Format::Html),
        Just(Format::Markdown)
    ];
    (budget, 0usize..=1000, 0usize..=1000, format, any::<bool>()).prop_map(
        |(options, keyphrases, tags, format, english)| {
            let options = options.keyphrases(keyphrases).tags(tags).format(format);
            if english {
                options.language("en")
            } else {
                options
            }
        },
    )
}

/// A JSON value of the kinds JS may pass: numbers at and past the edges, strings, null,
/// booleans, arrays and objects.
fn any_value() -> impl Strategy<Value = Value> {
    prop_oneof![
        (0u32..=1001).prop_map(|n| json!(n)),
        prop_oneof![
            Just(-1.0),
            Just(0.0),
            Just(0.5),
            Just(1.0),
            Just(1.5),
            Just(2.5),
            Just(1e300),
            Just(-1e-300)
        ]
        .prop_map(|n: f64| json!(n)),
        prop_oneof![
            Just("auto"),
            Just("en"),
            Just("text"),
            Just("html"),
            Just("markdown"),
            Just("xx"),
            Just("3"),
            Just("")
        ]
        .prop_map(|s| json!(s)),
        Just(Value::Null),
        any::<bool>().prop_map(|b| json!(b)),
        Just(json!([1])),
        Just(json!({ "a": 1 })),
    ]
}

fn any_options_object() -> impl Strategy<Value = Map<String, Value>> {
    let key = prop_oneof![
        Just("sentences"),
        Just("ratio"),
        Just("maxWords"),
        Just("keyphrases"),
        Just("tags"),
        Just("format"),
        Just("language"),
        Just("max_words"),
        Just("summaryLength"),
    ];
    proptest::collection::vec((key, any_value()), 0..4).prop_map(|fields| {
        fields
            .into_iter()
            .map(|(k, v)| (k.to_string(), v))
            .collect()
    })
}

/// Sentences of our own, heavy in names, sides and places: what the tag rules read.
const NAME_SENTENCES: [&str; 8] = [
    "Mira Osk, the Tarnby striker, scored twice against Kell Barrow Rovers on Sunday.",
    "Coach Alan Reed said the Vale side had trained in Osterby all week.",
    "Kell Barrow Rovers v Tarnby United ended 2-1 after a late goal.",
    "The Osterby Harbour Board met the mayor of Tarnby to discuss the new quay.",
    "Reed praised Osk, who joined Tarnby from Kell-Barrow-Rovers last spring.",
    "Fans in Osterby and Tarnby queued for hours as ticket prices doubled.",
    "UK debt futures rose while the Tarnby council weighed a harbour fee.",
    "Alan Reed and Mira Osk will both travel to Osterby for the final.",
];

/// Words of several scripts, and the marks that end, close or run on after a sentence, one
/// to four bytes wide: the sentence splitter walks runs of them by byte offset.
const RUN_WORDS: [&str; 8] = ["Then", "yes", "e.g", "vs", "Москва", "东京", "مرحبا", "42"];
const RUN_MARKS: [&str; 20] = [
    ".", "!", "?", "…", "。", "！", "？", "؟", "।", "”", "’", "»", ")", "\"", "'", " . . .",
    " . . . .", ". . .", " ", "\n",
];

/// Pieces of chat, log and transcript lines: timestamps, brackets, speakers, colons.
const LABEL_PIECES: [&str; 16] = [
    "[",
    "]",
    "(",
    "10:02",
    "9:41:07",
    "12/01/2024,",
    " - ",
    "<",
    ">",
    "ANNA",
    "Q",
    ":",
    " ",
    "ok.",
    "ÉÀ’",
    "\n",
];

proptest! {
    #![proptest_config(ProptestConfig { cases: 48, failure_persistence: None, ..ProptestConfig::default() })]

    /// Lines made of label pieces in any order (a label with nothing after it, a bracket
    /// left open, multi-byte names at the search limits) keep the invariants.
    #[test]
    fn chat_and_transcript_lines(
        pieces in proptest::collection::vec(0..LABEL_PIECES.len(), 1..40),
        format in prop_oneof![Just(Format::Text), Just(Format::Auto), Just(Format::Markdown)],
    ) {
        let text: String = pieces.iter().map(|&p| LABEL_PIECES[p]).collect();
        holds(&text, &Options::default().format(format));
    }

    /// Any run of stops, closers, spaced dots and spaces between words, in any order and
    /// byte width ("yes.” . . . Then", "e.g.？ . . . x"), is split without a panic and keeps
    /// the invariants.
    #[test]
    fn runs_of_marks_between_words(
        pieces in proptest::collection::vec(
            (0..RUN_WORDS.len(), proptest::collection::vec(0..RUN_MARKS.len(), 0..6)),
            1..24,
        ),
        format in prop_oneof![Just(Format::Text), Just(Format::Auto), Just(Format::Markdown)],
    ) {
        let mut text = String::new();
        for (w, marks) in &pieces {
            text.push_str(RUN_WORDS[*w]);
            for &m in marks {
                text.push_str(RUN_MARKS[m]);
            }
            text.push(' ');
        }
        holds(&text, &Options::default().format(format));
    }

    /// The bytes choose an article the way the `article` fuzz target does.
    #[test]
    fn generated_articles(bytes in proptest::collection::vec(any::<u8>(), 0..1536)) {
        if let Some((text, options)) = common::Article::from_bytes(&bytes) {
            holds(&text, &serde_json::from_value(options).expect("valid options"));
        }
    }

    #[test]
    fn seed_articles_under_any_options(seed in 0..SEEDS.len(), options in any_options()) {
        holds(SEEDS[seed], &options);
    }

    #[test]
    fn json_options_are_accepted_or_refused_by_name(object in any_options_object()) {
        let keys: Vec<String> = object.keys().cloned().collect();
        match serde_json::from_value::<Options>(Value::Object(object)) {
            Ok(options) => holds(SEEDS[0], &options),
            Err(e) => {
                let message = e.to_string();
                prop_assert!(
                    keys.iter().any(|k| message.contains(&format!("`{k}`"))),
                    "{message:?} names none of {keys:?}"
                );
            }
        }
    }

    /// Doubling the spaces between words changes no tag: labels, kinds and order come from
    /// the words, not from how much space separates them.
    #[test]
    fn tags_stay_under_extra_spaces(
        picks in proptest::collection::vec(0..NAME_SENTENCES.len(), 1..24),
        widen in proptest::collection::vec(any::<bool>(), 64),
    ) {
        let text = picks.iter().map(|&i| NAME_SENTENCES[i]).collect::<Vec<_>>().join(" ");
        let mut spaced = String::new();
        for (i, word) in text.split(' ').enumerate() {
            if i > 0 {
                spaced.push_str(if widen[i % widen.len()] { "  " } else { " " });
            }
            spaced.push_str(word);
        }
        let options = Options::default().format(Format::Text);
        let tags = |t: &str| -> Vec<(String, abridge::TagKind)> {
            let analysis = analyze(t, &options).expect("analysed");
            common::check(t, &options, &analysis);
            analysis.tags.into_iter().map(|t| (t.label, t.kind)).collect()
        };
        let plain = tags(&text);
        prop_assert!(!plain.is_empty(), "no tags for {:?}", text);
        prop_assert_eq!(plain, tags(&spaced));
    }
}
