// The packed package itself: what `npm pack` ships, its manifest and README, and that each
// entry point exports exactly what its types declare.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { before, test } from 'node:test';
import { BIN, packed } from './consumer.mjs';

const { default: ts } = await import(BIN('typescript', 'lib/typescript.js'));
const consumer = packed();
let installed;
before(() => (installed = join(consumer.app, 'node_modules/abridge-nlp')));

test('npm pack ships the built package and nothing else', () => {
  assert.equal(consumer.tarball.packed.name, 'abridge-nlp');
  assert.deepEqual(consumer.tarball.packed.files.map((f) => f.path).sort(), [
    'README.md',
    'abridge.d.ts',
    'abridge.js',
    'abridge_bg.wasm',
    'abridge_bg.wasm.br.js',
    'abridge_bg.wasm.d.ts',
    'abridge_languages.d.ts',
    'abridge_languages.js',
    'abridge_languages_bg.wasm',
    'abridge_languages_bg.wasm.br.js',
    'abridge_languages_bg.wasm.d.ts',
    'element.d.ts',
    'element.js',
    'engine.js',
    'index.d.ts',
    'index.js',
    'jsx.d.ts',
    'languages-node.js',
    'node.js',
    'package.json',
    'wasm-file.js',
    'worker.js',
  ]);
});

test('the manifest tells npm and bundlers what they need', () => {
  const manifest = JSON.parse(readFileSync(join(installed, 'package.json'), 'utf8'));
  assert.equal(manifest.license, 'MIT');
  assert.match(manifest.repository.url, /^git\+https:\/\/github\.com\/.+\.git$/);
  assert.match(manifest.homepage, /^https:\/\//);
  assert.ok(manifest.keywords.includes('summarization'));
  // Modules that act on import must survive tree-shaking: the element defines itself, the
  // Node entries compile their wasm, the worker installs its message handler.
  assert.deepEqual(manifest.sideEffects.sort(), ['./element.js', './languages-node.js', './node.js', './worker.js']);
  // require() of this ES-only package needs a Node that can require ES modules.
  assert.equal(manifest.engines.node, '^20.19.0 || >=22.12.0');
});

test('the README is written for npm users', () => {
  const readme = readFileSync(join(installed, 'README.md'), 'utf8');
  assert.match(readme, /^# abridge-nlp$/m);
  assert.match(readme, /npm install abridge-nlp/);
  for (const entry of ["'abridge-nlp'", "'abridge-nlp/element'", "require('abridge-nlp')"]) {
    assert.ok(readme.includes(entry), entry);
  }
  // The build tools of the repository are no concern of someone installing from npm.
  assert.doesNotMatch(readme, /`make |cargo |wasm-bindgen /);
});

/** The names of the values (not types) a declaration file exports, sorted. */
function declaredExports(file) {
  const program = ts.createProgram([file], {
    noEmit: true,
    strict: true,
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    lib: ['lib.es2022.d.ts', 'lib.dom.d.ts'],
    types: [],
  });
  const checker = program.getTypeChecker();
  return checker
    .getExportsOfModule(checker.getSymbolAtLocation(program.getSourceFile(file)))
    .filter((symbol) => {
      const target = symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
      return target.flags & ts.SymbolFlags.Value;
    })
    .map((symbol) => symbol.name)
    .sort();
}

test('every entry point exports exactly what its types declare', async () => {
  const { exports } = JSON.parse(readFileSync(join(installed, 'package.json'), 'utf8'));
  let checked = 0;
  for (const [subpath, conditions] of Object.entries(exports)) {
    if (typeof conditions !== 'object') continue;
    const declared = declaredExports(join(installed, conditions.types));
    assert.ok(declared.length > 0, subpath);
    for (const [condition, file] of Object.entries(conditions)) {
      if (condition === 'types') continue;
      const actual = Object.keys(await import(join(installed, file))).sort();
      assert.deepEqual(actual, declared, `${subpath} under "${condition}" (${file})`);
      checked++;
    }
  }
  assert.equal(checked, 5, 'the browser and Node entries of the core and of the languages build, and the element');
});

test("the JSX props of <abridge-summary> are the element's observed attributes", async () => {
  const file = join(installed, 'jsx.d.ts');
  const program = ts.createProgram([file], { noEmit: true, strict: true, types: [] });
  const checker = program.getTypeChecker();
  const attributes = checker
    .getExportsOfModule(checker.getSymbolAtLocation(program.getSourceFile(file)))
    .find((symbol) => symbol.name === 'AbridgeSummaryAttributes');
  const props = checker.getDeclaredTypeOfSymbol(attributes).getProperties().map((p) => p.name);
  const { AbridgeSummary } = await import(join(installed, 'element.js'));
  assert.deepEqual(props.sort(), [...AbridgeSummary.observedAttributes].sort());
});
