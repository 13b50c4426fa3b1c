// The wasm of the Node entries (node.js, languages-node.js), carried inside a JS module rather
// than read from a file beside them: a path to the package's files does not survive bundlers
// of server code. webpack (Next.js) writes the build machine's absolute `import.meta.url` into
// the bundle, and rewrites `new URL('…wasm', import.meta.url)` into a web path under /_next/;
// esbuild and Rollup keep `import.meta.url`, which then names the bundle's directory. A module
// is bundled like any other, so a built server runs wherever it is moved.
import { Buffer } from 'node:buffer';
import { brotliDecompressSync } from 'node:zlib';

/** The bytes of a wasm file from its brotli-compressed base64 (`abridge*_bg.wasm.br.js`, written by `make pkg`). */
export function wasmFile(base64) {
  return brotliDecompressSync(Buffer.from(base64, 'base64'));
}
