//! The JavaScript binding: a thin skin over [`analyze`](crate::analyze). Options come in
//! and results go out through serde; every error becomes a JS `Error`.

use crate::{analyze as analyze_article, Options};
use serde::Serialize;
use wasm_bindgen::prelude::*;

#[wasm_bindgen(start)]
fn start() {
    #[cfg(debug_assertions)]
    console_error_panic_hook::set_once();
}

fn options_from(options: JsValue) -> Result<Options, JsError> {
    if options.is_undefined() || options.is_null() {
        return Ok(Options::default());
    }
    serde_wasm_bindgen::from_value(options).map_err(|e| JsError::new(&e.to_string()))
}

fn input_from(input: &JsValue) -> Result<String, JsError> {
    input.as_string().ok_or_else(|| {
        JsError::new(&format!(
            "input must be a string, got {}",
            input.js_typeof().as_string().unwrap_or_default()
        ))
    })
}

/// Analyses an article: summary, keyphrases, tags, metadata and stats.
#[wasm_bindgen]
pub fn analyze(input: JsValue, options: JsValue) -> Result<JsValue, JsError> {
    let analysis = analyze_article(&input_from(&input)?, &options_from(options)?)
        .map_err(|e| JsError::new(e.message()))?;
    analysis
        .serialize(&serde_wasm_bindgen::Serializer::json_compatible())
        .map_err(|e| JsError::new(&e.to_string()))
}
