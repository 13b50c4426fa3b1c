// Shared set-up for the consumer tests (tests/node/*.test.mjs): the package as a user gets it,
// `npm pack` of pkg/ (run `make pkg` first) installed with npm into a throwaway project. A test
// file calls `packed()` once; it packs before the file's tests and cleans up after them.
// Projects that need other packages from npm (Next.js, React's types) are kept between runs
// in $TMPDIR/abridge-consumers/ (outside any other project, whose lockfile would confuse Next's
// choice of root), one directory per exact set of versions, so only the first run downloads
// them; the packed tarball is installed afresh every time.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before } from 'node:test';
import { ROOT } from '../browser/harness.mjs';

export { ROOT };
export const FIXTURES = join(ROOT, 'tests/node/fixtures');
/** English and French articles (ENGLISH, FRENCH), shared with the browser tests. */
export const ARTICLES = join(ROOT, 'tests/browser/fixtures/articles.js');
/** A tool of the workspace's own devDependencies (TypeScript, Vite). */
export const BIN = (pkg, file) => join(ROOT, 'node_modules', pkg, file);

/** Runs a command to completion; `output` is stdout and stderr together. */
export function run(command, args, cwd, extra = {}) {
  // Without the parent runner's context, so a nested `node --test` runs its own files.
  const { NODE_TEST_CONTEXT, ...env } = process.env;
  const r = spawnSync(command, args, { cwd, encoding: 'utf8', env: { ...env, ...extra } });
  return { status: r.status, output: `${r.stdout}\n${r.stderr}` };
}

/**
 * For a test file: `npm pack` of pkg/ before its tests, removed after them. Returns an object
 * filled in before the tests run: `tarball` ({ dir, file, packed }, see `pack`) and, unless
 * `project` is false, `app`: a fresh ESM project with the package installed (`freshProject`).
 */
export function packed({ project = true } = {}) {
  const state = {};
  before(() => {
    state.tarball = pack();
    if (project) state.app = freshProject(state.tarball.file, state.tarball.dir);
  });
  after(() => state.tarball && rmSync(state.tarball.dir, { recursive: true, force: true }));
  return state;
}

/** Copies the files at `paths` into the directory `into`, under their own names. */
export function copyInto(into, ...paths) {
  for (const path of paths) cpSync(path, join(into, path.split('/').pop()), { recursive: true });
}

/** `tsc -p project` with the workspace's TypeScript. */
export const tsc = (project) => run(process.execPath, [BIN('typescript', 'bin/tsc'), '-p', project], project);

/** `npm pack` of pkg/ into a new temporary directory: { dir, file, packed (npm's report) }. */
export function pack() {
  const dir = mkdtempSync(join(tmpdir(), 'abridge-consumer-'));
  const out = execFileSync('npm', ['pack', '--json', '--pack-destination', dir, join(ROOT, 'pkg')], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'ignore'],
  });
  const [packed] = JSON.parse(out);
  return { dir, file: join(dir, packed.filename), packed };
}

/** Installs the packed tarball into `project` (without recording it in its package.json). */
export function install(tarball, project) {
  const r = run('npm', ['install', '--no-save', '--no-audit', '--no-fund', tarball], project);
  assert.equal(r.status, 0, r.output);
}

/** A new ESM project under `parent` with only the packed package installed. */
export function freshProject(tarball, parent) {
  const project = join(parent, 'app');
  mkdirSync(project);
  writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }));
  install(tarball, project);
  return project;
}

/**
 * A project with `dependencies` (exact versions) installed from npm, kept between runs, and
 * the packed tarball installed afresh. Returns its directory.
 */
export function cachedProject(name, dependencies, tarball) {
  const key = createHash('sha256').update(JSON.stringify(dependencies)).digest('hex').slice(0, 12);
  const project = join(tmpdir(), 'abridge-consumers', `${name}-${key}`);
  const done = join(project, '.installed');
  if (!existsSync(done)) {
    rmSync(project, { recursive: true, force: true });
    mkdirSync(project, { recursive: true });
    const manifest = { name: `consumer-${name}`, private: true, type: 'module', dependencies };
    writeFileSync(join(project, 'package.json'), JSON.stringify(manifest, null, 2));
    const r = run('npm', ['install', '--no-audit', '--no-fund'], project);
    assert.equal(r.status, 0, r.output);
    writeFileSync(done, '');
  }
  install(tarball, project);
  return project;
}
