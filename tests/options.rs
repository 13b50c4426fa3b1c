//! Options from JSON (as the CLI and JS pass them): defaults, and errors that name the field.

use abridge::{Budget, Format, Options};

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
    ] {
        let err = parse(json).expect_err(json);
        assert!(err.contains(field), "{json}: {err}");
    }
    assert!(parse("\"fast\"").is_err());
}
