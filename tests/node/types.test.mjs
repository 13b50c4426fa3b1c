// The shipped types as a TypeScript user meets them: tsc --strict (with the package's own
// declaration files checked too) on fixtures/consumer.ts, in a project without React.
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { copyInto, FIXTURES, packed, tsc } from './consumer.mjs';

const consumer = packed();

test('tsc type-checks a consumer file against the shipped types', () => {
  const { app } = consumer;
  copyInto(app, join(FIXTURES, 'consumer.ts'), join(FIXTURES, 'tsconfig.json'));
  const r = tsc(app);
  assert.equal(r.status, 0, r.output);
  // Breaking a type on purpose must fail, so the check above is not vacuous.
  writeFileSync(join(app, 'consumer.ts'), "import { analyze } from 'abridge-nlp';\nconst n: number = analyze('x').title;\n");
  const broken = tsc(app);
  assert.notEqual(broken.status, 0);
  assert.match(broken.output, /Type 'string \| null' is not assignable to type 'number'/);
});

// Written for this test: front matter with every metadata field, and people, places and
// organisations for typed tags.
const ARTICLE = `---
title: Harbour board approves ferry plan
author: Ana Ruiz
date: 2026-03-02
categories: [Transport, City]
tags: [ferries, harbour]
description: The harbour board backs a second ferry terminal.
image: https://example.com/ferry.jpg
url: https://example.com/news/ferry-plan
site_name: Harbour Weekly
---
The Lisbon Harbour Authority approved a second ferry terminal on Tuesday. Mayor Carlos Moedas
said the terminal would shorten trips across the Tagus for thousands of commuters. The European
Investment Bank will lend most of the money, the authority said. Work on the terminal starts in
Lisbon next spring, and the Harbour Authority expects the first ferries within two years.
Carlos Moedas called the plan the largest change to the river crossings in decades.`;

test('what analyze() returns is exactly an Analysis: no field missing, none undeclared', async () => {
  const { app } = consumer;
  const { analyze } = await import(join(app, 'node_modules/abridge-nlp/node.js'));
  const result = analyze(ARTICLE);
  assert.equal(Object.keys(result.metadata).length, 8, 'every metadata field, so each is checked');
  assert.ok(result.tags.length > 0 && result.sentences.length > 0 && result.keyphrases.length > 0);
  const check = (value) => {
    // An object literal: tsc reports a property the type lacks, and a required one missing.
    writeFileSync(
      join(app, 'consumer.ts'),
      `import type { Analysis } from 'abridge-nlp';\nexport const result: Analysis = ${JSON.stringify(value)};\n`,
    );
    copyInto(app, join(FIXTURES, 'tsconfig.json'));
    return tsc(app);
  };
  const r = check(result);
  assert.equal(r.status, 0, r.output);
  const extra = check({ ...result, stats: { ...result.stats, characters: 1 } });
  assert.match(extra.output, /'"characters"' does not exist in type 'Stats'/);
  const { language, ...missing } = result;
  assert.match(check(missing).output, /Property 'language' is missing in type/);
});
