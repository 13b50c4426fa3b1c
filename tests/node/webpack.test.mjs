// A webpack build of a consumer app (fixtures/webpack) whose bundle, worker chunk and wasm are
// served from another origin (`output.publicPath` on a CDN), the page from its own: the
// element's long articles must still be analysed in its Worker (webpack's chunk, loaded from a
// same-origin Blob worker), in English and in French (the worker loads the languages build).
// webpack comes from npm once and is kept between runs.
import assert from 'node:assert/strict';
import { cpSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { serve } from '../../scripts/serve.mjs';
import { open } from '../browser/harness.mjs';
import { ARTICLES, cachedProject, FIXTURES, packed, run } from './consumer.mjs';

const consumer = packed({ project: false });

/** Text for an HTML element's content: the characters HTML would read as markup, escaped. */
const escape = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');

test('webpack with a cross-origin publicPath: the element runs its worker chunk from the CDN', { timeout: 600_000 }, async () => {
  const app = cachedProject('webpack', { webpack: '5.113.0' }, consumer.tarball.file);
  rmSync(join(app, 'site'), { recursive: true, force: true });
  cpSync(join(FIXTURES, 'webpack'), join(app, 'site'), { recursive: true });
  const dist = join(app, 'site/dist');
  const cdn = await serve(dist, 0, { headers: { 'access-control-allow-origin': '*' } });
  const cdnBase = `http://127.0.0.1:${cdn.address().port}/`;
  const page = join(app, 'page');
  let browser;
  try {
    const build = run(process.execPath, ['site/build.mjs'], app, { PUBLIC_PATH: cdnBase });
    assert.equal(build.status, 0, build.output);
    const files = readdirSync(dist);
    assert.ok(files.includes('main.js'), `bundle: ${files}`);
    assert.ok(files.filter((f) => f.endsWith('.wasm')).length === 2, `both builds' wasm: ${files}`);

    // Long articles (over the element's worker threshold), the page's text as the expected input.
    const { ENGLISH, FRENCH } = await import(ARTICLES);
    const long = (text) => Array.from({ length: 40 }, (_, i) => `Part ${i + 1}. ${text}`).join('\n\n');
    const articles = { en: long(ENGLISH), fr: long(FRENCH) };
    const { analyzeAsync } = await import(join(app, 'node_modules/abridge-nlp/node.js'));
    const expected = {};
    for (const [language, text] of Object.entries(articles)) {
      assert.ok(text.length > 10000, 'over the worker threshold');
      const result = await analyzeAsync(text, { sentences: 2, language, format: 'auto' });
      expected[language] = result.summary.map((s) => s.text);
    }
    rmSync(page, { recursive: true, force: true });
    mkdirSync(page);
    writeFileSync(
      join(page, 'index.html'),
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A webpack site</title>
<script defer src="${cdnBase}main.js"></script></head><body>
<article id="en">${escape(articles.en)}</article><abridge-summary for="en" sentences="2"></abridge-summary>
<article id="fr" lang="fr">${escape(articles.fr)}</article><abridge-summary for="fr" sentences="2"></abridge-summary>
</body></html>`,
    );

    browser = await open(page);
    const requests = [];
    browser.context.on('request', (r) => requests.push(r.url()));
    const tab = await browser.page();
    const consoleErrors = [];
    tab.on('console', (message) => message.type() === 'error' && consoleErrors.push(message.text()));
    // Chromium also asks for /favicon.ico, which the page does not have.
    const missing = [];
    tab.on('response', (response) => response.status() >= 400 && missing.push(new URL(response.url()).pathname));
    await tab.goto(`${browser.base}index.html`);
    assert.notEqual(new URL(browser.base).origin, new URL(cdnBase).origin, 'two origins');
    await tab.waitForFunction(
      () => [...document.querySelectorAll('abridge-summary')].every((el) => el.result || el.shadowRoot?.querySelector('[part~="error"]')),
      null,
      { timeout: 60000 },
    );
    const shown = await tab.evaluate(() =>
      Object.fromEntries(
        [...document.querySelectorAll('abridge-summary')].map((el) => [
          el.getAttribute('for'),
          [...el.shadowRoot.querySelectorAll('[part~="sentence"]')].map((li) => li.textContent),
        ]),
      ),
    );
    assert.equal(await tab.evaluate(() => window.elementDefined), true);
    assert.deepEqual(shown, expected);
    // One worker, still running its script: one that failed to load is terminated and its
    // articles analysed on the main thread, with the same summaries.
    const workers = tab.workers();
    assert.equal(workers.length, 1, `workers: ${workers.map((w) => w.url())}`);
    assert.match(workers[0].url(), /^blob:/, 'a same-origin Blob worker');
    assert.equal(await workers[0].evaluate(() => typeof self.onmessage), 'function', "the worker chunk's script ran");
    const wasm = requests.filter((url) => url.endsWith('.wasm'));
    assert.equal(wasm.length, 2, `the core and the languages build, once each: ${wasm}`);
    assert.ok(wasm.every((url) => url.startsWith(cdnBase)), `from the CDN: ${wasm}`);
    assert.ok(!requests.some((url) => url.startsWith('file:')), 'no build-machine path');
    assert.deepEqual(tab.errors, []);
    assert.deepEqual(missing.filter((path) => path !== '/favicon.ico'), []);
    assert.deepEqual(consoleErrors.filter((text) => !text.startsWith('Failed to load resource')), []);
  } finally {
    await browser?.close();
    cdn.close();
  }
});
