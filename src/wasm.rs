//! The JavaScript binding: a thin skin over [`analyze`](crate::analyze). Options are read
//! entry by entry into the option table's checks (no serde on the way in: its error paths
//! carry Rust's float formatting, ~15 KB of wasm); results go out as JSON text
//! (`Analysis::to_json`) that `JSON.parse` turns into plain objects; every error becomes a
//! JS `Error` carrying the engine's message. The TypeScript types are written out below
//! because the generated ones would only say `any`; `tests/options.rs` checks the `Options`
//! type against the engine's option table.

use crate::analysis::json_strings;
use crate::options::{Builder, Raw};
use crate::{analyze as analyze_article, Analysis, Error, Options};
use js_sys::{Array, JsString, Map, Symbol};
use wasm_bindgen::prelude::*;

#[wasm_bindgen(typescript_custom_section)]
const TYPES: &str = r#"
/** How to read the input; `"auto"` detects HTML, Markdown or plain text from the content. */
export type Format = "auto" | "text" | "html" | "markdown";

/** What kind of thing a tag names, where the evidence allows; `"topic"` otherwise. */
export type TagKind = "person" | "place" | "organization" | "topic";

/**
 * Options for {@link analyze}. Every field is optional; unknown fields and wrong types
 * throw an `Error` that names the field. Set at most one of `sentences`, `ratio`, `maxWords`.
 */
export interface Options {
  /** How to read the input; "auto" detects HTML, Markdown or plain text. One of "auto", "text", "html", "markdown"; default "auto". */
  format?: Format;
  /** The article's language as an ISO 639-1 code or a BCP 47 tag ("en-US"); "auto" detects it. "auto" or one of "ar", "da", "de", "el", "en", "es", "fi", "fr", "hu", "it", "ja", "ko", "nl", "no", "pt", "ro", "ru", "sv", "ta", "tr", "zh"; default "auto". */
  language?: string;
  /** Summary length: at most this many sentences. A whole number from 0 to 1000; default 3. */
  sentences?: number;
  /** Summary length: this share of the article's sentences (at least one sentence). A number in (0, 1]. */
  ratio?: number;
  /** Summary length: whole sentences up to this many words (at least one sentence). A whole number from 0 to 10000. */
  maxWords?: number;
  /** How many keyphrases to return. A whole number from 0 to 1000; default 10. */
  keyphrases?: number;
  /** How many tags to return. A whole number from 0 to 1000; default 8. */
  tags?: number;
  /** Inputs longer than this many bytes of UTF-8 are refused with an error. A whole number from 0 to 67108864; default 16777216. */
  maxInputBytes?: number;
}

/** A range of {@link Analysis.text} in UTF-16 code units: `text.slice(start, end)`. */
export interface Span {
  start: number;
  end: number;
}

/** One sentence of the summary. */
export interface SummarySentence extends Span {
  /** The sentence as it appears in {@link Analysis.text}. */
  text: string;
  /** The sentence's position among all sentences of the article, from 0. */
  index: number;
  /** In [0, 1]; 1 for the best sentence. */
  score: number;
}

export interface Keyphrase {
  /** The most natural surface form seen in the text. */
  text: string;
  /** In [0, 1]; 1 for the best keyphrase. */
  score: number;
  /** How many occurrences, variants included. */
  count: number;
  /** Every occurrence, in document order. */
  occurrences: Span[];
}

export interface Tag {
  /** For display. */
  label: string;
  /** URL-safe: lowercase ASCII letters, digits and hyphens (non-Latin letters kept). */
  slug: string;
  kind: TagKind;
  /** In [0, 1]. */
  score: number;
}

/** What front matter or HTML `<meta>` tags said about the article; absent fields were not found. */
export interface Metadata {
  author?: string;
  /** As written by the source, not reformatted. */
  date?: string;
  categories?: string[];
  keywords?: string[];
  description?: string;
  image?: string;
  url?: string;
  siteName?: string;
}

export interface Stats {
  words: number;
  sentences: number;
  paragraphs: number;
  /** At 230 words a minute, rounded up; 0 for an empty article. */
  readingMinutes: number;
}

/** Everything abridge found in one article. */
export interface Analysis {
  title: string | null;
  metadata: Metadata;
  /** ISO 639-1 code of the language the article was analysed as ("und" when it is in a language or script abridge does not list, or too short or mixed to tell). */
  language: string;
  /** The clean body text, paragraphs separated by a blank line; every offset indexes it. */
  text: string;
  stats: Stats;
  /**
   * Every sentence of {@link Analysis.text} in document order (headings included), as
   * offsets only: `text.slice(start, end)`. `summary[i].index` indexes this list.
   */
  sentences: Span[];
  /** The summary sentences, in document order. */
  summary: SummarySentence[];
  /** Best first. */
  keyphrases: Keyphrase[];
  /** Best first. */
  tags: Tag[];
}

/**
 * Analyses an article (plain text, HTML or Markdown, optionally with front matter).
 * An empty or content-free article gives an empty result, not an error.
 * @throws {Error} for a non-string input, invalid options or an input over 16 MiB.
 */
export function analyze(input: string, options?: Options | null): Analysis;

/** The summary sentences of an article, in document order. Same options as {@link analyze}. */
export function summarize(input: string, options?: Options | null): string[];

/** The keyphrases of an article, best first. Same options as {@link analyze}. */
export function keyphrases(input: string, options?: Options | null): string[];

/**
 * The ISO 639-1 codes of the languages abridge has rules for, sorted: the values of the
 * `language` option besides "auto" and BCP 47 tags of them. `Analysis.language` is one of
 * these, or a code (or "und") of a language read by statistics alone.
 */
export function languages(): string[];
"#;

#[wasm_bindgen(start)]
fn start() {
    #[cfg(debug_assertions)]
    console_error_panic_hook::set_once();
}

fn error(message: &str) -> JsValue {
    js_sys::Error::new(message).into()
}

fn run(input: &JsValue, options: JsValue) -> Result<Analysis, JsValue> {
    if !input.is_string() {
        let got = if input.is_null() {
            "null".into()
        } else {
            input.js_typeof().as_string().unwrap_or_default()
        };
        return Err(error(Error::input_not_string(&got).message()));
    }
    let options = read_options(&options)?;
    // Every UTF-16 unit is at least one byte of UTF-8: a string longer than the limit in
    // units is refused before it is copied in, which would grow the wasm memory (never given
    // back) by up to three times its length, or fail to and trap.
    let limit = options.input_limit();
    if input.unchecked_ref::<JsString>().length() as usize > limit {
        return Err(error(Error::input_too_large(None, limit).message()));
    }
    let input = input.as_string().unwrap_or_default();
    analyze_article(&input, &options).map_err(|e| error(e.message()))
}

// The JS calls that may run the caller's code (getters, Proxy traps, a Map's iterator), and
// so throw. Declared with `catch`: an exception unwinding through the wasm frames would skip
// their epilogues and leak the shadow stack each time, until, about a thousand throws later,
// every call traps. Caught at the boundary, the exception is the call's error.
#[wasm_bindgen]
extern "C" {
    #[wasm_bindgen(js_namespace = Reflect, js_name = has, catch)]
    fn has(target: &JsValue, key: &JsValue) -> Result<bool, JsValue>;
    #[wasm_bindgen(js_namespace = Object, js_name = entries, catch)]
    fn entries(object: &JsValue) -> Result<Array, JsValue>;
    #[wasm_bindgen(js_namespace = Object, js_name = fromEntries, catch)]
    fn from_entries(iterable: &JsValue) -> Result<JsValue, JsValue>;
    /// `Number(value)`, which reads a BigInt (and cannot throw on one).
    #[wasm_bindgen(js_name = Number)]
    fn number(value: &JsValue) -> f64;
}

/// `null`/`undefined` give the defaults; a plain object's own entries (or a `Map`'s) are the
/// options. A getter or Proxy trap that throws makes its exception the error.
fn read_options(options: &JsValue) -> Result<Options, JsValue> {
    if options.is_undefined() || options.is_null() {
        return Ok(Options::default());
    }
    let object = if options.has_type::<Map>() {
        // A Map's entries as an object's, read by JS: its iterator may be the caller's own,
        // yielding anything (a non-object, a Proxy, a pair whose [0] throws), and the
        // keys become strings as an object's would.
        from_entries(options)?
    } else if !options.is_object() || has(options, &Symbol::iterator())? {
        // Arrays, Sets, typed arrays and other collections (iterables) are not an options
        // object.
        return Err(error(Error::options_not_object().message()));
    } else {
        options.clone()
    };
    let mut builder = Builder::for_object();
    // Fresh [string, value] arrays, whatever `object` is: reading them runs no caller code.
    for entry in entries(&object)?.iter() {
        let entry: Array = entry.unchecked_into();
        let key = entry.get(0).as_string().unwrap_or_default();
        builder
            .entry(&key, &raw(&entry.get(1)))
            .map_err(|e| error(e.message()))?;
    }
    Ok(builder.finish())
}

/// A JS value as the option table's checks take it.
fn raw(value: &JsValue) -> Raw {
    if value.is_undefined() || value.is_null() {
        Raw::Null
    } else if let Some(b) = value.as_bool() {
        Raw::Bool(b)
    } else if let Some(n) = value.as_f64() {
        Raw::Number(n)
    } else if let Some(s) = value.as_string() {
        Raw::Text(s)
    } else if value.is_bigint() {
        // Rounded beyond 2^53, where every option is out of range anyway.
        Raw::Number(number(value))
    } else if value.is_object() {
        Raw::Other
    } else {
        Raw::Unsupported(value.js_typeof().as_string().unwrap_or_default())
    }
}

/// Plain objects and arrays (no `Map`s), `null` for a missing title: JSON text written in
/// Rust, parsed by the engine that will hold the objects.
fn parsed(json: &str) -> Result<JsValue, JsValue> {
    js_sys::JSON::parse(json)
}

#[wasm_bindgen(skip_typescript)]
pub fn analyze(input: JsValue, options: JsValue) -> Result<JsValue, JsValue> {
    parsed(&run(&input, options)?.to_json())
}

/// The list of [`Language::CODES`](crate::lang::Language::CODES): the package decides from it
/// whether an article's language needs the languages build.
#[wasm_bindgen(skip_typescript)]
pub fn languages() -> Result<JsValue, JsValue> {
    parsed(&json_strings(crate::lang::Language::CODES.iter().copied()))
}

#[wasm_bindgen(skip_typescript)]
pub fn summarize(input: JsValue, options: JsValue) -> Result<JsValue, JsValue> {
    let analysis = run(&input, options)?;
    parsed(&json_strings(
        analysis.summary.iter().map(|s| s.text.as_str()),
    ))
}

#[wasm_bindgen(skip_typescript)]
pub fn keyphrases(input: JsValue, options: JsValue) -> Result<JsValue, JsValue> {
    let analysis = run(&input, options)?;
    parsed(&json_strings(
        analysis.keyphrases.iter().map(|k| k.text.as_str()),
    ))
}
