// The installed package in Node, as an ES module (fixtures/node-consumer.test.mjs) and from
// CommonJS through require() (fixtures/cjs-consumer.cjs).
import assert from 'node:assert/strict';
import { cpSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { FIXTURES, freshProject, pack, ROOT, run } from './consumer.mjs';

let tarball;
let app;

before(() => {
  tarball = pack();
  app = freshProject(tarball.file, tarball.dir);
});

after(() => rmSync(tarball.dir, { recursive: true, force: true }));

test('ES modules: import from the installed package', () => {
  cpSync(join(FIXTURES, 'node-consumer.test.mjs'), join(app, 'node-consumer.test.mjs'));
  const r = run(process.execPath, ['--test', 'node-consumer.test.mjs'], app, {
    ABRIDGE_SAMPLES: join(ROOT, 'www/samples'),
  });
  assert.equal(r.status, 0, r.output);
  assert.match(r.output, /# pass 7\b/);
});

test('CommonJS: require() of the package and of its element', () => {
  cpSync(join(FIXTURES, 'cjs-consumer.cjs'), join(app, 'cjs-consumer.cjs'));
  const r = run(process.execPath, ['cjs-consumer.cjs'], app);
  assert.equal(r.status, 0, r.output);
  const found = JSON.parse(r.output.trim().split('\n')[0]);
  assert.ok(found.names >= 4, 'analyze, summarize, keyphrases, default at least');
  assert.match(found.keyphrase, /ferry/i);
  // require() of an ES module warns on some Node versions; nothing else may be printed.
  assert.doesNotMatch(r.output, /Error|deprecat/i);
});
