// <abridge-summary> in React + TSX: `tsc --strict` on fixtures/react/consumer.tsx in projects
// with React's types, the current major and the previous one.
import assert from 'node:assert/strict';
import { cpSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { cachedProject, FIXTURES, packed, tsc } from './consumer.mjs';

const consumer = packed({ project: false });

for (const version of ['19.3.3', '18.3.32']) {
  // The timeout covers the first run's download of the types.
  test(`tsc --strict accepts the element in TSX with @types/react ${version}`, { timeout: 600_000 }, () => {
    const app = cachedProject('react-types', { '@types/react': version }, consumer.tarball.file);
    cpSync(join(FIXTURES, 'react'), app, { recursive: true });
    const r = tsc(app);
    assert.equal(r.status, 0, r.output);
  });
}
