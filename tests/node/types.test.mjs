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
