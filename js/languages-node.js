// `abridge-nlp/languages` in Node: the languages build, compiled synchronously on import like
// the core in node.js.
import { initSync } from './abridge_languages.js';
import { wasmFile } from './wasm-file.js';
import wasm from './abridge_languages_bg.wasm.br.js';

const exports = initSync({ module: wasmFile(wasm) });

/** Already done on import; returns the wasm exports like the browser's `init()`. */
export default async function init() {
  return exports;
}

export * from './abridge_languages.js';
