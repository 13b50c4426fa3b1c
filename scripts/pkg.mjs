// Finishes pkg/ after wasm-bindgen and wasm-opt (see `make pkg`): copies the hand-written
// files from js/ (JS, types, the package's README for npm users), minifies what a browser
// downloads, and writes package.json from
// js/package.json with the crate's version.
import { copyFileSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { brotliCompressSync, constants } from 'node:zlib';
import { transformSync } from 'esbuild';

const out = process.argv[2] ?? 'pkg';
const version = readFileSync('Cargo.toml', 'utf8').match(/^version\s*=\s*"([^"]+)"/m)[1];
const manifest = JSON.parse(readFileSync('js/package.json', 'utf8'));
manifest.version = version;
for (const file of readdirSync('js')) {
  if (file !== 'package.json') copyFileSync(`js/${file}`, `${out}/${file}`);
}
// wasm-bindgen types the raw wasm exports (InitOutput) with `any`; `unknown` is as true and
// keeps the package free of `any`.
for (const file of ['abridge.d.ts', 'abridge_bg.wasm.d.ts', 'abridge_languages.d.ts', 'abridge_languages_bg.wasm.d.ts']) {
  const path = `${out}/${file}`;
  writeFileSync(path, readFileSync(path, 'utf8').replace(/: any\b/g, ': unknown'));
}
// The files a browser downloads (the entry, the glue of both builds, the element, its worker)
// ship minified, with a header that points to the readable source; the Node files stay as
// written. Minifying renames locals only: exports, `import('./abridge_languages.js')` and the
// `new URL('./worker.js', import.meta.url)` and `new URL('abridge_bg.wasm', import.meta.url)`
// forms that bundlers look for stay intact.
const glue = ['abridge.js', 'abridge_languages.js'];
for (const file of [...glue, 'index.js', 'engine.js', 'element.js', 'worker.js']) {
  const path = `${out}/${file}`;
  const source = glue.includes(file) ? "wasm-bindgen's glue" : `js/${file}`;
  const { code } = transformSync(readFileSync(path, 'utf8'), { minify: true, format: 'esm' });
  writeFileSync(path, `// ${manifest.name} ${version}, ${manifest.license} license; minified from ${source}.\n${code}`);
}
// The Node entries carry their wasm in a module, brotli and base64 (js/wasm-file.js says why);
// browsers fetch the .wasm files themselves.
for (const name of ['abridge_bg', 'abridge_languages_bg']) {
  const wasm = readFileSync(`${out}/${name}.wasm`);
  const packed = brotliCompressSync(wasm, {
    params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: wasm.length },
  });
  writeFileSync(
    `${out}/${name}.wasm.br.js`,
    `// ${name}.wasm (${manifest.name} ${version}), brotli-compressed, base64: the Node entry's wasm.\n` +
      `export default '${packed.toString('base64')}';\n`,
  );
}
writeFileSync(`${out}/package.json`, JSON.stringify(manifest, null, 2) + '\n');
const missing = [...manifest.files, 'README.md'].filter((f) => !readdirSync(out).includes(f));
if (missing.length) throw new Error(`pkg/ lacks ${missing.join(', ')}`);
