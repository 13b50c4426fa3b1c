// <abridge-summary> in React + TSX: `tsc --strict` on fixtures/react/consumer.tsx in projects
// with React's types, the current major and the previous one.
import assert from 'node:assert/strict';
import { cpSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { BIN, cachedProject, FIXTURES, pack, run } from './consumer.mjs';

let tarball;

before(() => {
  tarball = pack();
});

after(() => rmSync(tarball.dir, { recursive: true, force: true }));

for (const version of ['19.3.3', '18.3.32']) {
  // The timeout covers the first run's download of the types.
  test(`tsc --strict accepts the element in TSX with @types/react ${version}`, { timeout: 600_000 }, () => {
    const app = cachedProject('react-types', { '@types/react': version }, tarball.file);
    cpSync(join(FIXTURES, 'react'), app, { recursive: true });
    const r = run(process.execPath, [BIN('typescript', 'bin/tsc'), '-p', app], app);
    assert.equal(r.status, 0, r.output);
  });
}
