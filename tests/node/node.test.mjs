// The installed package in Node, as an ES module (fixtures/node-consumer.test.mjs) and from
// CommonJS through require() (fixtures/cjs-consumer.cjs).
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { test } from 'node:test';
import { copyInto, FIXTURES, packed, ROOT, run } from './consumer.mjs';

const consumer = packed();

test('ES modules: import from the installed package', () => {
  copyInto(consumer.app, join(FIXTURES, 'node-consumer.test.mjs'));
  const r = run(process.execPath, ['--test', 'node-consumer.test.mjs'], consumer.app, {
    ABRIDGE_SAMPLES: join(ROOT, 'www/samples'),
  });
  assert.equal(r.status, 0, r.output);
  assert.match(r.output, /# pass 7\b/);
});

test('CommonJS: require() of the package and of its element', () => {
  copyInto(consumer.app, join(FIXTURES, 'cjs-consumer.cjs'));
  const r = run(process.execPath, ['cjs-consumer.cjs'], consumer.app);
  assert.equal(r.status, 0, r.output);
  const found = JSON.parse(r.output.trim().split('\n')[0]);
  assert.ok(found.names >= 4, 'analyze, summarize, keyphrases, default at least');
  assert.match(found.keyphrase, /ferry/i);
  // require() of an ES module warns on some Node versions; nothing else may be printed.
  assert.doesNotMatch(r.output, /Error|deprecat/i);
});
