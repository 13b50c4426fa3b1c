// Reads a wasm file of the package in Node, for the Node entries (node.js, languages-node.js).
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The bytes of `name` beside this file. A path, not `new URL(name, import.meta.url)`: bundlers
 * that build server code (Next.js with Turbopack or webpack) rewrite that pattern into a web
 * path such as /_next/static/media/….wasm, which readFileSync cannot read, while
 * `import.meta.url` alone stays this file's file: URL.
 */
export function wasmFile(name) {
  return readFileSync(join(dirname(fileURLToPath(import.meta.url)), name));
}
