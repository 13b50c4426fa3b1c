//! The JavaScript binding: a thin skin over [`analyze`](crate::analyze). Options come in
//! and results go out through serde as plain objects; every error becomes a JS `Error`
//! carrying the engine's message. The TypeScript types are written out below because the
//! generated ones would only say `any`; `tests/options.rs` checks the `Options` type
//! against the engine's option table.

use crate::{analyze as analyze_article, Analysis, Error, Options};
use serde::Serialize;
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
  /** The article's language as an ISO 639-1 code or a BCP 47 tag ("en-US"); "auto" detects it. "auto" or "en"; default "auto". */
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
  /** ISO 639-1 code of the language the article was analysed as. */
  language: string;
  /** The clean body text, paragraphs separated by a blank line; every offset indexes it. */
  text: string;
  stats: Stats;
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
    let input = input.as_string().ok_or_else(|| {
        let got = if input.is_null() {
            "null".into()
        } else {
            input.js_typeof().as_string().unwrap_or_default()
        };
        error(Error::input_not_string(&got).message())
    })?;
    let options: Options = if options.is_undefined() || options.is_null() {
        Options::default()
    } else if !options.is_object() || js_sys::Array::is_array(&options) {
        return Err(error(Error::options_not_object().message()));
    } else {
        // Already a JS `Error` with the engine's message (`to_string` would prefix "Error: ").
        serde_wasm_bindgen::from_value(options).map_err(JsValue::from)?
    };
    analyze_article(&input, &options).map_err(|e| error(e.message()))
}

/// Plain objects and arrays (no `Map`s), `null` for a missing title.
fn to_js(value: &impl Serialize) -> Result<JsValue, JsValue> {
    value
        .serialize(&serde_wasm_bindgen::Serializer::json_compatible())
        .map_err(JsValue::from)
}

#[wasm_bindgen(skip_typescript)]
pub fn analyze(input: JsValue, options: JsValue) -> Result<JsValue, JsValue> {
    to_js(&run(&input, options)?)
}

#[wasm_bindgen(skip_typescript)]
pub fn summarize(input: JsValue, options: JsValue) -> Result<JsValue, JsValue> {
    let analysis = run(&input, options)?;
    let sentences: Vec<&str> = analysis.summary.iter().map(|s| s.text.as_str()).collect();
    to_js(&sentences)
}

#[wasm_bindgen(skip_typescript)]
pub fn keyphrases(input: JsValue, options: JsValue) -> Result<JsValue, JsValue> {
    let analysis = run(&input, options)?;
    let phrases: Vec<&str> = analysis
        .keyphrases
        .iter()
        .map(|k| k.text.as_str())
        .collect();
    to_js(&phrases)
}
