// Finishes pkg/ after wasm-bindgen and wasm-opt (see `make pkg`): copies the hand-written
// files from js/ (JS, types, the package's README for npm users) and writes package.json from
// js/package.json with the crate's version.
import { copyFileSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';

const out = process.argv[2] ?? 'pkg';
const version = readFileSync('Cargo.toml', 'utf8').match(/^version\s*=\s*"([^"]+)"/m)[1];
const manifest = JSON.parse(readFileSync('js/package.json', 'utf8'));
manifest.version = version;
for (const file of readdirSync('js')) {
  if (file !== 'package.json') copyFileSync(`js/${file}`, `${out}/${file}`);
}
// wasm-bindgen types the raw wasm exports (InitOutput) with `any`; `unknown` is as true and
// keeps the package free of `any`.
for (const file of ['abridge.d.ts', 'abridge_bg.wasm.d.ts']) {
  const path = `${out}/${file}`;
  writeFileSync(path, readFileSync(path, 'utf8').replace(/: any\b/g, ': unknown'));
}
writeFileSync(`${out}/package.json`, JSON.stringify(manifest, null, 2) + '\n');
const missing = [...manifest.files, 'README.md'].filter((f) => !readdirSync(out).includes(f));
if (missing.length) throw new Error(`pkg/ lacks ${missing.join(', ')}`);
