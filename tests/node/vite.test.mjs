// A Vite build of a consumer app (fixtures/vite) that uses the API and the element by name,
// run in Chromium: the wasm, the element and its worker must all be shipped by the bundler.
import assert from 'node:assert/strict';
import { cpSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { open } from '../browser/harness.mjs';
import { BIN, FIXTURES, freshProject, pack, run } from './consumer.mjs';

let tarball;
let app;

before(() => {
  tarball = pack();
  app = freshProject(tarball.file, tarball.dir);
});

after(() => rmSync(tarball.dir, { recursive: true, force: true }));

test('a Vite build of a consumer app runs in Chromium, element and worker included', async () => {
  const site = join(app, 'site');
  cpSync(join(FIXTURES, 'vite'), site, { recursive: true });
  const build = run(process.execPath, [BIN('vite', 'bin/vite.js'), 'build', '--logLevel', 'warn'], site);
  assert.equal(build.status, 0, build.output);
  const assets = readdirSync(join(site, 'dist/assets'));
  assert.ok(assets.some((f) => f.endsWith('.wasm')), `wasm emitted: ${assets}`);
  assert.ok(assets.some((f) => /worker/.test(f)), `worker emitted: ${assets}`);

  const browser = await open(join(site, 'dist'));
  try {
    const page = await browser.page('index.html');
    await page.waitForFunction(
      () =>
        document.getElementById('out').textContent &&
        ['short', 'long'].every((id) => document.getElementById(id).shadowRoot?.querySelector('[part~="sentence"]')),
      null,
      { timeout: 20000 },
    );
    const r = await page.evaluate(() => ({
      out: JSON.parse(document.getElementById('out').textContent),
      short: document.getElementById('short').result.summary.length,
      long: document.getElementById('long').result.stats.words,
      highlighted: CSS.highlights.get('abridge-summary')?.size,
    }));
    assert.equal(r.out.element, true);
    assert.equal(r.out.summary.length, 1);
    assert.match(r.out.summary[0], /ferry|terminal/);
    assert.match(r.out.keyphrase, /ferry|terminal/i);
    assert.equal(r.short, 2);
    assert.ok(r.long > 2000, 'the long article was analysed (in the worker)');
    assert.equal(r.highlighted, 2);
    assert.deepEqual(page.errors, []);
  } finally {
    await browser.close();
  }
});
