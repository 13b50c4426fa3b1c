// A Node program that bundles the package (esbuild, as for a serverless function or a CLI),
// ESM with code splitting and CommonJS, run after its output directory is moved away from the
// project: nothing in the bundle may point back to where it was built or to node_modules.
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { ARTICLES, BIN, copyInto, packed, run } from './consumer.mjs';

const { build } = await import(BIN('esbuild', 'lib/main.js'));
const { ENGLISH, FRENCH } = await import(ARTICLES);
const consumer = packed();

// An async main(), not top-level await, so that the same source bundles to CommonJS.
const PROGRAM = `import { analyze, analyzeAsync } from 'abridge-nlp';
import { ENGLISH, FRENCH } from './articles.js';

async function main() {
  const english = analyze(ENGLISH, { sentences: 1 }).summary.map((s) => s.text);
  const french = await analyzeAsync(FRENCH, { keyphrases: 5 });
  console.log(JSON.stringify({ english, language: french.language, keyphrases: french.keyphrases.map((k) => k.text) }));
}
main();
`;

/** What the program prints, from the installed package in this process (the languages build loaded last). */
let printed;
const expected = async () => (printed ??= await computed());
async function computed() {
  const { analyze, analyzeAsync } = await import(join(consumer.app, 'node_modules/abridge-nlp/node.js'));
  const english = analyze(ENGLISH, { sentences: 1 }).summary.map((s) => s.text);
  const core = analyze(FRENCH, { keyphrases: 5 }).keyphrases.map((k) => k.text);
  const french = await analyzeAsync(FRENCH, { keyphrases: 5 });
  const keyphrases = french.keyphrases.map((k) => k.text);
  // Else the check below could not tell whether the bundle loaded the languages build.
  assert.notDeepEqual(keyphrases, core, 'the languages build reads French otherwise than the core');
  return { english, language: 'fr', keyphrases };
}

for (const [format, options] of [
  ['esm', { format: 'esm', splitting: true, outExtension: { '.js': '.mjs' } }],
  ['cjs', { format: 'cjs', outExtension: { '.js': '.cjs' } }],
]) {
  test(`esbuild bundle (${format}) runs after its directory is moved`, async () => {
    const { app } = consumer;
    copyInto(app, ARTICLES);
    writeFileSync(join(app, `program-${format}.js`), PROGRAM);
    const dist = join(app, `dist-${format}`);
    await build({
      absWorkingDir: app,
      entryPoints: [`program-${format}.js`],
      bundle: true,
      platform: 'node',
      outdir: dist,
      logLevel: 'silent',
      ...options,
    });
    const elsewhere = mkdtempSync(join(tmpdir(), 'abridge-moved-'));
    try {
      renameSync(dist, join(elsewhere, 'dist'));
      const [main] = readdirSync(join(elsewhere, 'dist')).filter((f) => f.startsWith('program'));
      const r = run(process.execPath, [main], join(elsewhere, 'dist'));
      assert.equal(r.status, 0, r.output);
      assert.deepEqual(JSON.parse(r.output.trim().split('\n')[0]), await expected());
    } finally {
      rmSync(elsewhere, { recursive: true, force: true });
    }
  });
}
