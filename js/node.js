// The Node entry (the `node` condition of the package's exports): the same wasm-bindgen glue
// that browsers use, compiled synchronously from the file beside it, because Node's fetch()
// cannot load the file: URL that the browser's `init()` would fetch. Importing is enough;
// `await init()` still works so code written for browsers runs unchanged.
import { readFileSync } from 'node:fs';
import { initSync } from './abridge.js';

const exports = initSync({ module: readFileSync(new URL('./abridge_bg.wasm', import.meta.url)) });

/** Already done on import; returns the wasm exports like the browser's `init()`. */
export default async function init() {
  return exports;
}

export { analyze, summarize, keyphrases, initSync } from './abridge.js';
