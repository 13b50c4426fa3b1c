// A Next.js app (fixtures/next, app router) as a user builds it with the package installed
// from `npm pack`: a server component calls analyze() at request time (and analyzeAsync() on a
// French article, which loads the languages build), a client component renders
// <abridge-summary>. Built with each of Next's bundlers, then moved to another directory (as a
// deployment does) and served from there by `next start` on loopback; the server-rendered
// HTML must hold the summaries, and the page must work in Chromium. Next.js and React come
// from npm once and are kept between runs.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { cpSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { before, test } from 'node:test';
import { open } from '../browser/harness.mjs';
import { ARTICLES, cachedProject, FIXTURES, packed, run } from './consumer.mjs';

const DEPENDENCIES = {
  next: '16.4.6',
  react: '19.3.1',
  'react-dom': '19.3.1',
  typescript: '5.9.3',
  '@types/node': '22.20.7',
  '@types/react': '19.3.3',
};
const ENV = { NEXT_TELEMETRY_DISABLED: '1' };
// Above `make test`'s per-test default: the first run downloads Next.js, and a webpack build
// takes minutes on a small machine.
const SLOW = { timeout: 900_000 };
const consumer = packed({ project: false });
let app; // where the project is built (and kept between runs)
let story;
let expected; // { summary(sentences), words, french: [keyphrase] } from the package in this process

before(async () => {
  app = cachedProject('next', DEPENDENCIES, consumer.tarball.file);
  rmSync(join(app, 'app'), { recursive: true, force: true });
  cpSync(join(FIXTURES, 'next'), app, { recursive: true });
  const { FRENCH } = await import(ARTICLES);
  writeFileSync(join(app, 'app/french.json'), JSON.stringify({ text: FRENCH }));
  story = JSON.parse(readFileSync(join(app, 'app/story.json'), 'utf8')).text;
  // The expected summaries come from the same package run directly in Node.
  const { analyze, analyzeAsync } = await import(join(app, 'node_modules/abridge-nlp/node.js'));
  const summaries = [1, 2].map((sentences) => analyze(story, { sentences }).summary.map((s) => s.text));
  const core = analyze(FRENCH, { keyphrases: 5 }).keyphrases.map((k) => k.text);
  const french = (await analyzeAsync(FRENCH, { keyphrases: 5 })).keyphrases.map((k) => k.text);
  // Else the page's French keyphrases could not tell whether the server loaded the languages build.
  assert.notDeepEqual(french, core, 'the languages build reads French otherwise than the core');
  expected = { summary: (n) => summaries[n - 1], words: analyze(story).stats.words, french };
}, SLOW);

const freePort = () =>
  new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });

/** `next start` in `dir` on a free loopback port until `body(base)` settles. */
async function serving(dir, body) {
  const port = await freePort();
  const server = spawn(process.execPath, ['node_modules/next/dist/bin/next', 'start', '-H', '127.0.0.1', '-p', String(port)], {
    cwd: dir,
    env: { ...process.env, ...ENV },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  server.stdout.on('data', (chunk) => (log += chunk));
  server.stderr.on('data', (chunk) => (log += chunk));
  const base = `http://127.0.0.1:${port}`;
  try {
    for (let tries = 0; ; tries++) {
      try {
        await fetch(base, { method: 'HEAD' });
        break;
      } catch (error) {
        if (tries > 120 || server.exitCode !== null) throw new Error(`next start did not answer: ${log}`);
        await new Promise((resolve) => setTimeout(resolve, 500));
      }
    }
    return await body(base);
  } catch (error) {
    error.message += `\nnext start said:\n${log}`;
    throw error;
  } finally {
    server.kill();
  }
}

/** The text of each <li> of the server-rendered list `id` (ol or ul). */
function serverList(html, id) {
  const list = html.match(new RegExp(`<[ou]l id="${id}"[^>]*>(.*?)</[ou]l>`, 's'));
  assert.ok(list, `the list #${id} is in the HTML`);
  return [...list[1].matchAll(/<li>(.*?)<\/li>/gs)].map((m) => unescape(m[1]));
}

/** Text as React escapes it in HTML (&amp; &lt; &gt; &quot; &#x27;), unescaped. */
const unescape = (html) =>
  html.replace(/&(amp|lt|gt|quot|#x27);/g, (_, e) => ({ amp: '&', lt: '<', gt: '>', quot: '"', '#x27': "'" })[e]);

/**
 * Runs `body(dir)` with the project moved to a sibling directory (the original path is gone
 * meanwhile, so a path baked into the build fails), then moves it back.
 */
function moved(body) {
  const dir = `${app}-moved`;
  rmSync(dir, { recursive: true, force: true });
  renameSync(app, dir);
  return Promise.resolve()
    .then(() => body(dir))
    .finally(() => renameSync(dir, app));
}

for (const [bundler, flags] of [
  ['Turbopack', []],
  ['webpack', ['--webpack']],
]) {
  test(`next build (${bundler}) and next start: server and client components`, SLOW, async () => {
    const build = run(process.execPath, ['node_modules/next/dist/bin/next', 'build', ...flags], app, ENV);
    assert.equal(build.status, 0, build.output);
    assert.match(build.output, new RegExp(bundler === 'webpack' ? 'webpack' : 'Turbopack'));

    await moved((dir) => serving(dir, async (base) => {
      for (const sentences of [1, 2]) {
        const response = await fetch(`${base}/?sentences=${sentences}`);
        assert.equal(response.status, 200);
        const html = await response.text();
        assert.equal(expected.summary(sentences).length, sentences);
        assert.deepEqual(serverList(html, 'server-summary'), expected.summary(sentences));
        assert.deepEqual(serverList(html, 'french-keyphrases'), expected.french);
        assert.match(html, /<ul id="french-keyphrases" lang="fr">/);
        assert.match(html, /<abridge-summary id="client-summary" for="story" sentences="2" highlight="">/);
      }

      const browser = await open();
      try {
        const page = await browser.page();
        // Hydration mismatches and the like reach only the console. Chromium also asks for
        // /favicon.ico, which the app does not have; other failed loads are in `missing`.
        const consoleErrors = [];
        const missing = [];
        const workers = [];
        page.on('worker', (worker) => workers.push(worker.url()));
        page.on('console', (message) => message.type() === 'error' && consoleErrors.push(message.text()));
        page.on('response', (response) => response.status() >= 400 && missing.push(new URL(response.url()).pathname));
        await page.goto(base);
        await page.waitForFunction(() => Number(document.getElementById('words').textContent) > 0, null, {
          timeout: 30000,
        });
        const shown = await page.evaluate(() =>
          [...document.getElementById('client-summary').shadowRoot.querySelectorAll('[part~="sentence"]')].map(
            (s) => s.textContent,
          ),
        );
        assert.deepEqual(shown, expected.summary(2));
        // The element's worker, shipped by the bundler and started from the app's origin (not
        // from a Blob importing the build machine's file: URL).
        assert.equal(workers.length, 1, `workers: ${workers}`);
        assert.ok(workers[0].startsWith(`${base}/`), workers[0]);
        assert.equal(await page.evaluate(() => Number(document.getElementById('words').textContent)), expected.words);
        assert.deepEqual(page.errors, []);
        assert.deepEqual(missing.filter((path) => path !== '/favicon.ico'), []);
        assert.deepEqual(consoleErrors.filter((text) => !text.startsWith('Failed to load resource')), []);
      } finally {
        await browser.close();
      }
    }));
  });
}
