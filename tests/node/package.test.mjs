// The npm package as a consumer gets it: `npm pack` of pkg/ installed into a throwaway
// project, then used from Node, type-checked by tsc, and bundled by Vite into a page that
// runs in Chromium. Needs `make pkg` first.
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { open, ROOT } from '../browser/harness.mjs';

const FIXTURES = join(ROOT, 'tests/node/fixtures');
const BIN = (pkg, file) => join(ROOT, 'node_modules', pkg, file);
let tmp;
let app;
let packed;

function run(command, args, cwd, extra = {}) {
  // Without the parent runner's context, so a nested `node --test` runs its own files.
  const { NODE_TEST_CONTEXT, ...env } = process.env;
  const r = spawnSync(command, args, { cwd, encoding: 'utf8', env: { ...env, ...extra } });
  return { status: r.status, output: `${r.stdout}\n${r.stderr}` };
}

before(() => {
  tmp = mkdtempSync(join(tmpdir(), 'abridge-consumer-'));
  const out = execFileSync('npm', ['pack', '--json', '--pack-destination', tmp, join(ROOT, 'pkg')], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'ignore'],
  });
  [packed] = JSON.parse(out);
  app = join(tmp, 'app');
  mkdirSync(app);
  writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }));
  const install = run('npm', ['install', '--no-audit', '--no-fund', join(tmp, packed.filename)], app);
  assert.equal(install.status, 0, install.output);
});

after(() => rmSync(tmp, { recursive: true, force: true }));

test('npm pack ships the built package and nothing else', () => {
  assert.equal(packed.name, 'abridge-nlp');
  assert.deepEqual(packed.files.map((f) => f.path).sort(), [
    'README.md',
    'abridge.d.ts',
    'abridge.js',
    'abridge_bg.wasm',
    'abridge_bg.wasm.d.ts',
    'element.d.ts',
    'element.js',
    'node.js',
    'package.json',
    'worker.js',
  ]);
});

test('the installed package works in Node', () => {
  cpSync(join(FIXTURES, 'node-consumer.test.mjs'), join(app, 'node-consumer.test.mjs'));
  const r = run(process.execPath, ['--test', 'node-consumer.test.mjs'], app, {
    ABRIDGE_SAMPLES: join(ROOT, 'www/samples'),
  });
  assert.equal(r.status, 0, r.output);
  assert.match(r.output, /# pass 7\b/);
});

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
