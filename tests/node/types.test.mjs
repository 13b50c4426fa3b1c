// The shipped types as a TypeScript user meets them: tsc --strict (with the package's own
// declaration files checked too) on fixtures/consumer.ts, in a project without React.
import assert from 'node:assert/strict';
import { cpSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { BIN, FIXTURES, freshProject, pack, run } from './consumer.mjs';

let tarball;
let app;

before(() => {
  tarball = pack();
  app = freshProject(tarball.file, tarball.dir);
});

after(() => rmSync(tarball.dir, { recursive: true, force: true }));

test('tsc type-checks a consumer file against the shipped types', () => {
  cpSync(join(FIXTURES, 'consumer.ts'), join(app, 'consumer.ts'));
  cpSync(join(FIXTURES, 'tsconfig.json'), join(app, 'tsconfig.json'));
  const r = run(process.execPath, [BIN('typescript', 'bin/tsc'), '-p', app], app);
  assert.equal(r.status, 0, r.output);
  // Breaking a type on purpose must fail, so the check above is not vacuous.
  writeFileSync(join(app, 'consumer.ts'), "import { analyze } from 'abridge-nlp';\nconst n: number = analyze('x').title;\n");
  const broken = run(process.execPath, [BIN('typescript', 'bin/tsc'), '-p', app], app);
  assert.notEqual(broken.status, 0);
  assert.match(broken.output, /Type 'string \| null' is not assignable to type 'number'/);
});
