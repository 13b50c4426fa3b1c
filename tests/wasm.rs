//! The JS binding as JavaScript sees it, run under Node by wasm-bindgen-test:
//! `CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner \
//!  cargo test --target wasm32-unknown-unknown --test wasm` (or `make test`).
#![cfg(target_arch = "wasm32")]

use abridge::wasm::{analyze, keyphrases, languages, summarize};
use js_sys::{Array, Error, Object, Reflect, JSON};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::wasm_bindgen_test;

const ARTICLE: &str = "The city council approved the new budget on Monday. \
    The budget raises school funding by five percent. \
    Critics said the budget ignores public transit. \
    The mayor will sign the budget next week.";

fn options(json: &str) -> JsValue {
    JSON::parse(json).unwrap()
}

/// `{ key: value }` for values JSON cannot write.
fn with(key: &str, value: JsValue) -> JsValue {
    let object = Object::new();
    Reflect::set(&object, &key.into(), &value).unwrap();
    object.into()
}

fn get(value: &JsValue, key: &str) -> JsValue {
    Reflect::get(value, &key.into()).unwrap()
}

fn keys(value: &JsValue) -> Vec<String> {
    Object::keys(value.unchecked_ref::<Object>())
        .iter()
        .map(|k| k.as_string().unwrap())
        .collect()
}

/// The message of the `Error` a call threw.
fn thrown(result: Result<JsValue, JsValue>) -> String {
    let err = result.expect_err("expected an error");
    let err: &Error = err.dyn_ref().expect("thrown value is a JS Error");
    err.message().into()
}

#[wasm_bindgen_test]
fn results_are_plain_camel_case_objects() {
    let a = analyze(ARTICLE.into(), JsValue::UNDEFINED).unwrap();
    assert_eq!(a.unchecked_ref::<Object>().constructor().name(), "Object");
    assert_eq!(
        keys(&a),
        [
            "title",
            "metadata",
            "language",
            "text",
            "stats",
            "sentences",
            "summary",
            "keyphrases",
            "tags"
        ]
    );
    let sentences: Array = get(&a, "sentences").dyn_into().unwrap();
    assert_eq!(keys(&sentences.get(0)), ["start", "end"]);
    assert!(get(&a, "title").is_null());
    assert_eq!(
        keys(&get(&a, "stats")),
        ["words", "sentences", "paragraphs", "readingMinutes"]
    );
    let summary: Array = get(&a, "summary").dyn_into().unwrap();
    assert_eq!(summary.length(), 3);
    assert_eq!(
        keys(&summary.get(0)),
        ["text", "start", "end", "index", "score"]
    );
    let phrase = Array::from(&get(&a, "keyphrases")).get(0);
    assert_eq!(keys(&phrase), ["text", "score", "count", "occurrences"]);
    assert_eq!(get(&phrase, "text"), "budget");
    assert!(Array::is_array(&get(&phrase, "occurrences")));
}

#[wasm_bindgen_test]
fn offsets_are_utf16_units() {
    // Astral-plane emoji take two UTF-16 units and four UTF-8 bytes; CJK one unit, three bytes.
    let article = "Emoji 😀🎉 lovers gathered in Tokyo 東京 on Monday. \
        The 東京 emoji festival drew 😀 crowds of emoji lovers. \
        Emoji lovers said the festival in 東京 was the best yet.";
    let a = analyze(article.into(), options(r#"{"sentences":2}"#)).unwrap();
    let text = js_sys::JsString::from(get(&a, "text"));
    let slice = |span: &JsValue| {
        let start = get(span, "start").as_f64().unwrap() as u32;
        let end = get(span, "end").as_f64().unwrap() as u32;
        text.slice(start, end)
    };
    let summary = Array::from(&get(&a, "summary"));
    let sentences = Array::from(&get(&a, "sentences"));
    assert!(summary.length() > 0);
    for s in summary.iter() {
        assert_eq!(slice(&s), js_sys::JsString::from(get(&s, "text")));
        // `index` points into the sentence list, whose span is the same.
        let listed = sentences.get(get(&s, "index").as_f64().unwrap() as u32);
        assert_eq!(slice(&listed), js_sys::JsString::from(get(&s, "text")));
    }
    let mut checked = 0;
    for k in Array::from(&get(&a, "keyphrases")).iter() {
        let phrase = get(&k, "text").as_string().unwrap().to_lowercase();
        for occ in Array::from(&get(&k, "occurrences")).iter() {
            // Variants merge ("lover" in "lovers"), so compare word stems, not whole strings.
            let found = String::from(slice(&occ)).to_lowercase();
            let shares_a_word = phrase
                .split(' ')
                .any(|w| found.contains(&w.chars().take(3).collect::<String>()));
            assert!(
                shares_a_word,
                "{found:?} is not an occurrence of {phrase:?}"
            );
            checked += 1;
        }
    }
    assert!(checked > 0);
}

#[wasm_bindgen_test]
fn conveniences() {
    let sentences = summarize(ARTICLE.into(), options(r#"{"sentences":1}"#)).unwrap();
    let sentences = Array::from(&sentences);
    assert_eq!(sentences.length(), 1);
    assert!(sentences.get(0).as_string().unwrap().contains("budget"));
    let phrases = Array::from(&keyphrases(ARTICLE.into(), options(r#"{"keyphrases":2}"#)).unwrap());
    assert_eq!(phrases.length(), 2);
    assert_eq!(phrases.get(0), "budget");
}

/// `languages()` (the package decides from it whether to load the languages build) is what
/// the `language` option takes: each code is accepted and reported back, and the refusal of
/// another code lists the same codes.
#[wasm_bindgen_test]
fn languages_are_what_the_option_takes() {
    let codes: Vec<String> = Array::from(&languages().unwrap())
        .iter()
        .map(|c| c.as_string().unwrap())
        .collect();
    assert!(codes.iter().any(|c| c == "en") && codes.iter().any(|c| c == "zh"));
    for code in &codes {
        let a = analyze("".into(), with("language", code.into())).unwrap();
        assert_eq!(get(&a, "language"), code.as_str());
    }
    let refused = thrown(analyze("".into(), options(r#"{"language":"xh"}"#)));
    let listed: Vec<String> = codes.iter().map(|c| format!("\"{c}\"")).collect();
    assert!(refused.contains(&listed.join(", ")), "{refused}");
}

#[wasm_bindgen_test]
fn errors_are_js_errors_with_the_engine_message() {
    let cases: &[(JsValue, JsValue, &str)] = &[
        (
            ARTICLE.into(),
            options(r#"{"sentences":"three"}"#),
            "option `sentences` must be a whole number",
        ),
        (
            ARTICLE.into(),
            options(r#"{"format":"pdf"}"#),
            "option `format` must be one of",
        ),
        (
            ARTICLE.into(),
            options(r#"{"summaryLength":3}"#),
            "unknown option `summaryLength`",
        ),
        (
            ARTICLE.into(),
            options(r#"{"sentences":2,"maxWords":50}"#),
            "both set the summary length",
        ),
        (
            ARTICLE.into(),
            options(r#"{"language":"xx"}"#),
            "option `language` must be",
        ),
        (ARTICLE.into(), 5.into(), "options must be an object"),
        // Values serde cannot read as a number or string still name the option.
        (
            ARTICLE.into(),
            with(
                "sentences",
                js_sys::BigInt::new(&"1000000000000000000000000000000".into())
                    .unwrap()
                    .into(),
            ),
            "option `sentences` must be a whole number",
        ),
        (
            ARTICLE.into(),
            with("maxWords", js_sys::Uint8Array::new_with_length(2).into()),
            "option `maxWords` must be a whole number",
        ),
        (
            42.into(),
            JsValue::UNDEFINED,
            "input must be a string, got number",
        ),
        (
            JsValue::NULL,
            JsValue::UNDEFINED,
            "input must be a string, got null",
        ),
        (
            JsValue::UNDEFINED,
            JsValue::UNDEFINED,
            "input must be a string, got undefined",
        ),
    ];
    for (input, opts, expected) in cases {
        let message = thrown(analyze(input.clone(), opts.clone()));
        assert!(
            message.contains(expected),
            "{message:?} should contain {expected:?}"
        );
        assert!(
            !message.starts_with("Error"),
            "{message:?} repeats the error's name"
        );
    }
    assert!(thrown(summarize(JsValue::TRUE, JsValue::NULL)).contains("input must be a string"));
}

#[wasm_bindgen_test]
fn empty_input_is_an_empty_result() {
    let a = analyze("".into(), JsValue::NULL).unwrap();
    assert_eq!(Array::from(&get(&a, "summary")).length(), 0);
    assert_eq!(get(&get(&a, "stats"), "words"), 0);
}

/// The deepest inputs on the wasm stack (about 1 MB, far smaller than a native thread's):
/// a recursion over the input's structure traps here first. Each must give an analysis.
#[wasm_bindgen_test]
fn deep_inputs_do_not_overflow_the_stack() {
    let depth = 50_000;
    let inputs = [
        // Acronym compounds, 100 000 characters: once tokenized by recursion.
        format!("The talks began. {} talks.", "U.S.-".repeat(20_000)),
        format!("The talks began. {} talks.", "U.S.—".repeat(20_000)),
        // One word of 50 000 hyphenated parts.
        format!("Words follow. {} end.", "ab-".repeat(depth)),
        format!("<html><body>{}{ARTICLE}", "<div>".repeat(depth)),
        format!("{}{ARTICLE}{}", "<b>".repeat(depth), "</b>".repeat(depth)),
        format!(
            "{}{ARTICLE}{}",
            "<ul><li>".repeat(depth),
            "</li></ul>".repeat(depth)
        ),
        format!("{} {ARTICLE}", ">".repeat(depth)),
        format!("{}{ARTICLE}{}", "[".repeat(depth), "](x)".repeat(depth)),
    ];
    for input in inputs {
        let a = analyze(input.as_str().into(), JsValue::UNDEFINED)
            .unwrap_or_else(|e| panic!("{:?}", e.as_string()));
        assert!(get(&a, "stats").is_object());
    }
    // And the instance is still usable.
    let a = analyze(ARTICLE.into(), JsValue::UNDEFINED).unwrap();
    assert!(Array::from(&get(&a, "summary")).length() > 0);
}

/// Numbers in messages read as natively (tests/options.rs has the same texts), though the
/// wasm writes them through JS.
#[wasm_bindgen_test]
fn numbers_in_messages_read_as_natively() {
    for (key, value, got) in [
        ("sentences", 2.5, "got 2.5"),
        ("ratio", 1e21, "got 1000000000000000000000"),
        ("ratio", -1.25e22, "got -12500000000000000000000"),
        ("ratio", -1.5e-7, "got -0.00000015"),
        ("ratio", 1.5, "got 1.5"),
        ("ratio", f64::INFINITY, "got Infinity"),
        ("ratio", f64::NEG_INFINITY, "got -Infinity"),
        ("ratio", f64::NAN, "got NaN"),
    ] {
        let message = thrown(analyze(ARTICLE.into(), with(key, value.into())));
        assert!(message.ends_with(got), "{key} {value}: {message:?}");
    }
}

#[wasm_bindgen_test]
fn options_objects_as_js_writes_them() {
    // `undefined` values keep the default, like `null`.
    let a = analyze(ARTICLE.into(), with("sentences", JsValue::UNDEFINED)).unwrap();
    assert_eq!(Array::from(&get(&a, "summary")).length(), 3);
    // A Map's entries are options too.
    let map = js_sys::Map::new();
    map.set(&"sentences".into(), &1.into());
    let a = analyze(ARTICLE.into(), map.clone().into()).unwrap();
    assert_eq!(Array::from(&get(&a, "summary")).length(), 1);
    map.set(&"summaryLength".into(), &1.into());
    assert!(
        thrown(analyze(ARTICLE.into(), map.into())).starts_with("unknown option `summaryLength`")
    );
    // Collections other than a Map are not an options object.
    for not_options in [
        js_sys::Set::new(&JsValue::UNDEFINED).into(),
        Array::new().into(),
    ] {
        let message = thrown(analyze(ARTICLE.into(), not_options));
        assert!(
            message.starts_with("options must be an object"),
            "{message:?}"
        );
    }
    // A symbol still gets a message naming the option.
    let message = thrown(analyze(
        ARTICLE.into(),
        with("tags", js_sys::Symbol::for_("x").into()),
    ));
    assert!(message.starts_with("option `tags` must be"), "{message:?}");
}
