// Prints the package's sizes as the README's Markdown table: raw, gzip -9 and brotli -11 for
// what a browser downloads for an English article (core wasm, glue, entry, element, worker),
// their total against the budget, and apart from it the languages build that only an article
// in another language fetches.
//   node scripts/sizes.mjs [pkg] [--check]     --check: exit 1 when the total is over budget
import { readFileSync } from 'node:fs';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const BUDGET_BROTLI = 132 * 1024;
const dir = process.argv.slice(2).find((a) => !a.startsWith('--')) ?? 'pkg';
const files = ['abridge_bg.wasm', 'abridge.js', 'index.js', 'engine.js', 'element.js', 'worker.js'];
const languages = ['abridge_languages_bg.wasm', 'abridge_languages.js'];
const kb = (n) => (n / 1024).toFixed(1);
const measure = (file) => {
  const bytes = readFileSync(`${dir}/${file}`);
  return {
    file,
    raw: bytes.length,
    gzip: gzipSync(bytes, { level: 9 }).length,
    brotli: brotliCompressSync(bytes, {
      params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length },
    }).length,
  };
};
const sum = (file, rows) => {
  const total = { file };
  for (const k of ['raw', 'gzip', 'brotli']) total[k] = rows.reduce((s, r) => s + r[k], 0);
  return total;
};
const rows = files.map(measure);
const total = sum('**total**', rows);
const extra = languages.map(measure);
console.log('| file | raw KB | gzip KB | brotli KB |\n| --- | ---: | ---: | ---: |');
for (const r of [...rows, total, ...extra, sum('**languages, on demand**', extra)]) {
  console.log(`| ${r.file} | ${kb(r.raw)} | ${kb(r.gzip)} | ${kb(r.brotli)} |`);
}
console.log(`\nbudget: ${kb(total.brotli)} of ${kb(BUDGET_BROTLI)} KB brotli (the languages build is not in it)`);
if (process.argv.includes('--check') && total.brotli > BUDGET_BROTLI) {
  console.error(`over the ${kb(BUDGET_BROTLI)} KB brotli budget`);
  process.exit(1);
}
