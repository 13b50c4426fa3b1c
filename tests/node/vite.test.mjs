// A Vite build of a consumer app (fixtures/vite) that uses the API and the element by name,
// run in Chromium: the wasm, the element and its worker must all be shipped by the bundler,
// and the languages build as a separate file that the English page never requests.
import assert from 'node:assert/strict';
import { cpSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { open } from '../browser/harness.mjs';
import { ARTICLES, BIN, copyInto, FIXTURES, packed, run } from './consumer.mjs';

const consumer = packed();

test('a Vite build of a consumer app runs in Chromium, element and worker included', async () => {
  const site = join(consumer.app, 'site');
  cpSync(join(FIXTURES, 'vite'), site, { recursive: true });
  copyInto(site, ARTICLES);
  const build = run(process.execPath, [BIN('vite', 'bin/vite.js'), 'build', '--logLevel', 'warn'], site);
  assert.equal(build.status, 0, build.output);
  const assets = readdirSync(join(site, 'dist/assets'));
  assert.ok(assets.some((f) => /^abridge_bg.*\.wasm$/.test(f)), `core wasm emitted: ${assets}`);
  assert.ok(assets.some((f) => /^abridge_languages_bg.*\.wasm$/.test(f)), `languages wasm emitted: ${assets}`);
  assert.ok(assets.some((f) => /worker/.test(f)), `worker emitted: ${assets}`);

  const browser = await open(join(site, 'dist'));
  const languages = [];
  browser.context.on('request', (r) => /abridge_languages/.test(r.url()) && languages.push(r.url()));
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
    assert.deepEqual(languages, [], 'the English page never requests the languages build');
    assert.equal(await page.evaluate(() => window.analyzeFrench()), 'fr');
    assert.ok(languages.some((url) => /abridge_languages_bg.*\.wasm$/.test(url)), `requested: ${languages}`);
    assert.deepEqual(page.errors, []);
  } finally {
    await browser.close();
  }
});
