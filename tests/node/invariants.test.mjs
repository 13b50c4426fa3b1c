// Native and wasm agree, and the wasm instance survives use: the same inputs and options
// give the same JSON from the native CLI (`abridge batch`) and the package's `analyze`; a
// thrown error leaves the instance usable; 10,000 analyses after warm-up do not grow the
// wasm memory. Needs `make pkg`; builds the debug CLI.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import init, { analyze } from '../../pkg/node.js';
// The CLI carries every language: it is compared with the languages build.
import { analyze as analyzeLanguages } from '../../pkg/languages-node.js';

const ROOT = new URL('../../', import.meta.url).pathname;
const CLI = join(ROOT, 'target/debug/abridge');
const FORMATS = { a: 'auto', t: 'text', h: 'html', m: 'markdown' };

const files = (dir) =>
  readdirSync(join(ROOT, dir))
    .sort()
    .map((name) => readFileSync(join(ROOT, dir, name), 'utf8'));

/** [text, format] pairs: the seed articles, the fuzzers' committed seeds, and pieces of the
 * seed articles cut at code-point positions (mid-sentence, mid-markup, mid-front-matter). */
function inputs() {
  const seeds = files('tests/fixtures/seeds');
  const out = seeds.map((text) => [text, 'auto']);
  for (const data of files('fuzz/seeds/ingest')) out.push([data.slice(1), FORMATS[data[0]] ?? 'auto']);
  for (const data of files('fuzz/seeds/analyze_json')) out.push([data.slice(data.indexOf('\n') + 1), 'auto']);
  for (const text of seeds) {
    const points = Array.from(text);
    for (const [from, to] of [[0, 0.37], [0.21, 0.64], [0.5, 1], [0.9, 1]]) {
      out.push([points.slice(Math.floor(points.length * from), Math.floor(points.length * to)).join(''), 'auto']);
    }
  }
  out.push(['😀 The café council 中文 approved the budget on Monday. مرحبا said Mr. Levi. 👩‍👩‍👧 e\u0301.', 'text']);
  out.push(['', 'auto']);
  return out;
}

/** Each options object and the CLI flags that say the same. */
const OPTION_SETS = [
  {},
  { sentences: 1, keyphrases: 3, tags: 2 },
  { ratio: 0.5, language: 'en' },
  { maxWords: 25, keyphrases: 0 },
];
const flags = (options) =>
  Object.entries(options).flatMap(([k, v]) => [`--${k.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`, String(v)]);

/** JSON with keys sorted: every value compared, while the CLI's key order (serde_json's
 * `Value` sorts keys) and the two spellings of a number ("1.0" and "1") are not. */
const canonical = (value) =>
  JSON.stringify(value, (_, v) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );

test('native and wasm (the languages build, the CLI\'s features) give the same JSON', () => {
  // Built from the same sources as pkg/ (a no-op when target/debug is current).
  execFileSync('cargo', ['build', '-q', '--features', 'cli', '--bin', 'abridge'], { cwd: ROOT, stdio: 'inherit' });
  const cases = inputs();
  const lines = cases.map(([text, format], id) => JSON.stringify({ id, text, format })).join('\n');
  for (const options of OPTION_SETS) {
    const out = execFileSync(CLI, ['batch', ...flags(options)], { input: lines, encoding: 'utf8', maxBuffer: 1 << 28 });
    const native = out.trimEnd().split('\n');
    assert.equal(native.length, cases.length, 'one output line per input line');
    cases.forEach(([text, format], id) => {
      const wasm = { id, ...analyzeLanguages(text, { ...options, format }) };
      assert.equal(
        canonical(JSON.parse(native[id])),
        canonical(wasm),
        `input ${id} (${format}) with ${JSON.stringify(options)}`,
      );
    });
  }
});

test('after a thrown error the wasm instance is still usable', () => {
  const [text] = inputs()[0];
  const before = JSON.stringify(analyze(text, { sentences: 2 }));
  for (const bad of [
    () => analyze(text, { sentences: 'three' }),
    () => analyze(text, { summaryLength: 3 }),
    () => analyze(text, { sentences: 1, ratio: 0.5 }),
    () => analyze(text, { language: 'xx' }),
    () => analyze(42),
    () => analyze(text, [1]),
  ]) {
    assert.throws(bad, Error);
    assert.equal(JSON.stringify(analyze(text, { sentences: 2 })), before);
  }
});

test('the wasm memory does not grow over 10,000 analyses after warm-up', async () => {
  const { memory } = await init();
  const cases = inputs().filter(([text]) => text.length < 1500);
  const once = (i) => {
    const [text, format] = cases[i % cases.length];
    const options = { ...OPTION_SETS[i % OPTION_SETS.length], format };
    if (i % 10 === 9) assert.throws(() => analyze(text, { ...options, keyphrases: -1 }), Error);
    else analyze(text, options);
  };
  for (let i = 0; i < cases.length * OPTION_SETS.length; i++) once(i);
  const warm = memory.buffer.byteLength;
  for (let i = 0; i < 10_000; i++) once(i);
  assert.equal(memory.buffer.byteLength, warm, `grew from ${warm} to ${memory.buffer.byteLength} bytes`);
});
