// The installed package in Node loads the languages build on demand: importing it and English
// articles read only the core wasm; the first French article (analyzeAsync) reads the
// languages wasm once; `abridge-nlp/languages` is that same build. The checks are on the
// loading path (files read, `result.language`), so they hold whether the languages build
// carries real rules or, for now, only differs by its feature flag.
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { ARTICLES, copyInto, FIXTURES, packed, run } from './consumer.mjs';

const consumer = packed();

test('Node reads the languages wasm only for an article in another language, once', () => {
  copyInto(consumer.app, join(FIXTURES, 'languages-consumer.mjs'), ARTICLES);
  const r = run(process.execPath, ['languages-consumer.mjs'], consumer.app);
  assert.equal(r.status, 0, r.output);
  const core = ['abridge_bg.wasm'];
  const both = ['abridge_bg.wasm', 'abridge_languages_bg.wasm'];
  assert.deepEqual(JSON.parse(r.output.trim().split('\n')[0]), [
    ['import', null, core],
    ['english async', 'en', core],
    ['french sync', 'fr', core], // the core detects the language; sync analyze() loads nothing
    ['french async', 'fr', both],
    ['french sync after', 'fr', both],
    ['english after', 'en', both],
    ['opt-in entry', 'fr', both],
  ]);
});

test('abridge-nlp/languages works on its own, without the core entry', () => {
  writeFileSync(
    join(consumer.app, 'opt-in.mjs'),
    "import init, { analyze } from 'abridge-nlp/languages';\n" +
      "import { FRENCH } from './articles.js';\n" +
      'console.log(typeof (await init()).memory, analyze(FRENCH).language);\n',
  );
  copyInto(consumer.app, ARTICLES);
  const r = run(process.execPath, ['opt-in.mjs'], consumer.app);
  assert.equal(r.status, 0, r.output);
  assert.equal(r.output.trim(), 'object fr');
});
