// The Node entry (the `node` condition of the package's exports): the same wasm-bindgen glue
// that browsers use, compiled synchronously from the file beside it, because Node's fetch()
// cannot load the file: URL that the browser's `init()` would fetch. Importing is enough;
// `await init()` still works so code written for browsers runs unchanged.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { initSync } from './abridge.js';

// A path, not `new URL('./abridge_bg.wasm', import.meta.url)`: bundlers that build server code
// (Next.js with Turbopack or webpack) rewrite that pattern into a web path such as
// /_next/static/media/….wasm, which readFileSync cannot read, while `import.meta.url` alone
// stays this file's file: URL.
const wasm = join(dirname(fileURLToPath(import.meta.url)), 'abridge_bg.wasm');
const exports = initSync({ module: readFileSync(wasm) });

/** Already done on import; returns the wasm exports like the browser's `init()`. */
export default async function init() {
  return exports;
}

// Every named export of the browser entry, so that abridge.d.ts describes both.
export * from './abridge.js';
