// The Node entry (the `node` condition of the package's exports): the same wasm-bindgen glue
// that browsers use, compiled synchronously from bytes carried in a module (see wasm-file.js),
// because Node's fetch() cannot load the file: URL that the browser's `init()` would fetch. Importing is enough;
// `await init()` still works so code written for browsers runs unchanged. The languages build
// loads the same way, on demand (see engine.js).
import * as core from './abridge.js';
import { engine } from './engine.js';
import { wasmFile } from './wasm-file.js';
import wasm from './abridge_bg.wasm.br.js';

const exports = core.initSync({ module: wasmFile(wasm) });

/** Already done on import; returns the wasm exports like the browser's `init()`. */
export default async function init() {
  return exports;
}

const api = engine(
  core,
  () => Promise.resolve(),
  () => import('./languages-node.js'),
);

export { initSync, languages } from './abridge.js';
export const { analyze, summarize, keyphrases, loadLanguages, analyzeAsync } = api;
