//! Options from JSON (as the CLI and JS pass them): defaults, and errors that name the field.

use abridge::{analyze, Budget, Format, Kind, Options, MAX_COUNT, MAX_WORDS, OPTIONS};

fn parse(json: &str) -> Result<Options, String> {
    serde_json::from_str::<Options>(json).map_err(|e| e.to_string())
}

#[test]
fn accepted_options() {
    for (json, expected) in [
        ("{}", Options::default()),
        ("null", Options::default()),
        (r#"{"sentences": 5}"#, Options::default().sentences(5)),
        (r#"{"ratio": 0.25}"#, Options::default().ratio(0.25)),
        (
            r#"{"maxWords": 80, "keyphrases": 4, "tags": 0}"#,
            Options::default().max_words(80).keyphrases(4).tags(0),
        ),
        (
            r#"{"format": "html", "language": "en"}"#,
            Options::default().format(Format::Html).language("en"),
        ),
        (
            r#"{"language": "auto", "sentences": null}"#,
            Options::default(),
        ),
    ] {
        assert_eq!(parse(json).unwrap(), expected, "{json}");
    }
    assert_eq!(Options::default().budget(), Budget::Sentences(3));
}

#[test]
fn rejected_options_name_the_field() {
    for (json, field) in [
        (r#"{"sentences": "three"}"#, "`sentences`"),
        (r#"{"sentences": -1}"#, "`sentences`"),
        (r#"{"sentences": 2.5}"#, "`sentences`"),
        (r#"{"keyphrases": 1e9}"#, "`keyphrases`"),
        (r#"{"ratio": 0}"#, "`ratio`"),
        (r#"{"ratio": 1.5}"#, "`ratio`"),
        (r#"{"format": "pdf"}"#, "`format`"),
        (r#"{"format": 3}"#, "`format`"),
        (r#"{"language": "xx"}"#, "`language`"),
        (r#"{"language": ["en"]}"#, "`language`"),
        (r#"{"sentence": 3}"#, "`sentence`"),
        (r#"{"sentences": 2, "maxWords": 50}"#, "`maxWords`"),
        (r#"{"tags": true}"#, "`tags`"),
        (r#"{"maxWords": 10001}"#, "`maxWords`"),
        // Numbers serde_json itself refuses still name the option.
        (r#"{"sentences": 1e400}"#, "`sentences`"),
        (r#"{"ratio": -1e400}"#, "`ratio`"),
    ] {
        let err = parse(json).expect_err(json);
        assert!(err.contains(field), "{json}: {err}");
    }
    assert!(parse("\"fast\"").is_err());
}

#[test]
fn each_limit_holds_for_every_way_of_building_options() {
    assert_eq!(
        parse(&format!(r#"{{"maxWords": {MAX_WORDS}}}"#))
            .unwrap()
            .budget(),
        Budget::MaxWords(MAX_WORDS)
    );
    assert!(parse(&format!(r#"{{"maxWords": {}}}"#, MAX_WORDS + 1)).is_err());
    let args = |flag: &'static str, value: String| {
        Options::from_args([(flag, value.as_str())].into_iter().collect::<Vec<_>>())
    };
    assert!(args("max-words", MAX_WORDS.to_string()).is_ok());
    assert!(args("max-words", (MAX_WORDS + 1).to_string()).is_err());
    assert!(args("tags", MAX_COUNT.to_string()).is_ok());
    assert!(args("tags", (MAX_COUNT + 1).to_string()).is_err());
    // Options built in Rust are checked by the same table when analysed.
    let err = analyze(
        "The council met.",
        &Options::default().max_words(MAX_WORDS + 1),
    )
    .unwrap_err();
    assert!(
        err.message().contains("`maxWords`") && err.message().contains(&MAX_WORDS.to_string()),
        "{err}"
    );
    let err = analyze("The council met.", &Options::default().ratio(f64::NAN)).unwrap_err();
    assert!(err.message().contains("`ratio`"), "{err}");
}

#[test]
fn unknown_options_list_the_known_ones() {
    let err = parse(r#"{"maxwords": 3}"#).unwrap_err();
    for spec in OPTIONS {
        assert!(err.contains(spec.name), "{err}");
    }
}

/// The TypeScript `Options` type as the option table says it should read.
fn typescript_options() -> String {
    let mut ts = String::from("export interface Options {\n");
    for spec in OPTIONS {
        let expected = spec.kind.expected();
        let expected = expected[..1].to_uppercase() + &expected[1..];
        let default = spec
            .default
            .map(|d| format!("; default {d}"))
            .unwrap_or_default();
        let ty = match spec.kind {
            Kind::Count { .. } | Kind::Share => "number",
            Kind::Format => "Format",
            Kind::Language => "string",
        };
        ts += &format!(
            "  /** {} {expected}{default}. */\n  {}?: {ty};\n",
            spec.doc, spec.name
        );
    }
    ts + "}"
}

#[test]
fn typescript_options_match_the_table() {
    let source = include_str!("../src/wasm.rs");
    let start = source
        .find("export interface Options {")
        .expect("the Options type");
    let end = start + source[start..].find("\n}").expect("its end") + 2;
    let formats: Vec<String> = Format::NAMES.iter().map(|n| format!("{n:?}")).collect();
    let format_type = format!("export type Format = {};", formats.join(" | "));
    assert!(
        source.contains(&format_type),
        "src/wasm.rs should declare {format_type}"
    );
    let expected = typescript_options();
    assert_eq!(
        &source[start..end],
        expected,
        "src/wasm.rs's Options type differs from the option table; it should read:\n{expected}"
    );
}

#[test]
fn language_accepts_bcp47_tags_by_their_primary_subtag() {
    for tag in ["en", "en-US", "EN-gb", "en-Latn-US"] {
        let options = parse(&format!(r#"{{"language":"{tag}"}}"#));
        assert_eq!(options, Ok(Options::default().language("en")), "{tag}");
    }
    for (tag, code) in [
        ("fr-FR", "fr"),
        ("pt-BR", "pt"),
        ("zh-Hant-TW", "zh"),
        ("nb-NO", "no"),
    ] {
        let options = parse(&format!(r#"{{"language":"{tag}"}}"#));
        assert_eq!(options, Ok(Options::default().language(code)), "{tag}");
    }
    // Malformed tags, languages abridge has no rules for (Persian, Polish), "undetermined".
    for tag in ["en_US", "e", "english", "fa", "pl-PL", "und"] {
        let err = parse(&format!(r#"{{"language":"{tag}"}}"#)).unwrap_err();
        assert!(err.contains("`language`"), "{tag}: {err}");
    }
}

#[test]
fn the_input_limit_is_an_option() {
    let article = "The council met on Monday. The budget passed.";
    let tight = parse(r#"{"maxInputBytes": 10}"#).unwrap();
    let err = analyze(article, &tight).unwrap_err().to_string();
    assert!(err.contains("10"), "{err}");
    let roomy = parse(&format!(r#"{{"maxInputBytes": {}}}"#, article.len())).unwrap();
    assert!(analyze(article, &roomy).is_ok());
    let over = parse(&format!(
        r#"{{"maxInputBytes": {}}}"#,
        abridge::MAX_INPUT_CEILING + 1
    ));
    assert!(over.unwrap_err().contains("`maxInputBytes`"));
}

/// The wasm build writes numbers in messages without Rust's float formatting (through JS);
/// tests/wasm.rs checks the same texts there, so both read alike.
#[test]
fn numbers_in_messages_are_written_out_in_full() {
    for (json, got) in [
        (r#"{"sentences": 2.5}"#, "got 2.5"),
        (r#"{"ratio": 1e21}"#, "got 1000000000000000000000"),
        (r#"{"ratio": -1.25e22}"#, "got -12500000000000000000000"),
        (r#"{"ratio": -1.5e-7}"#, "got -0.00000015"),
        (r#"{"ratio": 1.5}"#, "got 1.5"),
    ] {
        let err = parse(json).unwrap_err();
        assert!(err.contains(got), "{json}: {err}");
    }
    // Values JSON lacks, named as JS names them.
    for (ratio, got) in [
        (f64::INFINITY, "got Infinity"),
        (f64::NEG_INFINITY, "got -Infinity"),
        (f64::NAN, "got NaN"),
    ] {
        let err = analyze("The council met.", &Options::default().ratio(ratio)).unwrap_err();
        assert!(err.message().ends_with(got), "{err}");
    }
}

/// A caller's text is quoted with JSON's escapes (as JS and JSON write it, not Rust's
/// `\u{301}`), and a long name or value is cut: a megabyte of it is not the message.
#[test]
fn texts_in_messages_are_quoted_as_json_and_clipped() {
    let err = parse(r#"{"format": "ht\u0000ml\n\"\u0301"}"#).unwrap_err();
    assert!(err.contains("got \"ht\\u0000ml\\n\\\"\u{301}\""), "{err}");
    let long = "x".repeat(100_000);
    for json in [
        format!(r#"{{"{long}": 1}}"#),
        format!(r#"{{"language": "{long}"}}"#),
    ] {
        let err = parse(&json).unwrap_err();
        assert!(
            err.len() < 400 && err.contains(&format!("{}…", "x".repeat(60))),
            "{err}"
        );
    }
    let err = Options::from_args([("format", "ht\u{1}ml")]).unwrap_err();
    assert!(err.message().ends_with(r#"got "ht\u0001ml""#), "{err}");
}
