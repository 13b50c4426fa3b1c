// Hostile callers of the package's `analyze`: options whose reading runs the caller's code
// and throws (getters, Proxy traps, a Map's own iterator and what it yields), values that
// only look like strings or numbers, and strings far over the input limit. Each must be a clear JS error that leaves the wasm instance as it was: an
// exception that unwound through the wasm frames leaked the shadow stack, so about a
// thousand of them made every later call trap, and a huge string copied in before its size
// was checked grew the wasm memory for good. Needs `make pkg`.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import init, { analyze } from '../../pkg/node.js';

const ARTICLE =
  'The ferry resumed service on Friday. Crews had repaired the ramp over the week. ' +
  'Commuters said the crossing was calm.';

const throwing = {
  getter: () => ({
    get sentences() {
      throw new Error('from the getter');
    },
  }),
  'Proxy ownKeys trap': () =>
    new Proxy({}, {
      ownKeys() {
        throw new Error('from the ownKeys trap');
      },
    }),
  'Proxy has trap': () =>
    new Proxy({}, {
      has() {
        throw new Error('from the has trap');
      },
    }),
  'revoked Proxy': () => {
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    return proxy;
  },
  "Map's own iterator": () => {
    const map = new Map([['sentences', 1]]);
    map[Symbol.iterator] = () => {
      throw new Error("from the Map's iterator");
    };
    return map;
  },
  // A Map's own iterator may yield anything as an entry.
  ...Object.fromEntries(
    Object.entries({
      'a Proxy whose get trap throws': () =>
        new Proxy(['sentences', 1], {
          get() {
            throw new Error('from the get trap');
          },
        }),
      'a pair whose [0] getter throws': () => ({
        get 0() {
          throw new Error('from the [0] getter');
        },
        1: 1,
      }),
      'a pair whose [1] getter throws': () => ({
        0: 'sentences',
        get 1() {
          throw new Error('from the [1] getter');
        },
      }),
      'a key whose toString throws': () => [
        {
          toString() {
            throw new Error('from toString');
          },
        },
        1,
      ],
      null: () => null,
      'a number': () => 1,
    }).map(([what, entry]) => [
      `Map yielding ${what}`,
      () => {
        const map = new Map([['sentences', 1]]);
        map[Symbol.iterator] = function* () {
          yield entry();
        };
        return map;
      },
    ]),
  ),
};

for (const [name, make] of Object.entries(throwing)) {
  test(`options that throw while read (${name}): the caller's error, every time`, () => {
    const expected = analyze(ARTICLE);
    // Well past the thousand throws that used to exhaust the shadow stack.
    for (let i = 0; i < 5000; i++) {
      assert.throws(
        () => analyze(ARTICLE, make()),
        (e) => e instanceof Error && !(e instanceof WebAssembly.RuntimeError),
      );
    }
    assert.deepEqual(analyze(ARTICLE), expected);
  });
}

test("a getter's own error is what the caller sees", () => {
  assert.throws(() => analyze(ARTICLE, throwing.getter()), { message: 'from the getter' });
});

test('a string over the limit in UTF-16 units is refused without being copied in', async () => {
  const { memory } = await init();
  analyze(ARTICLE);
  const before = memory.buffer.byteLength;
  const limit = 1 << 20;
  // Three bytes of UTF-8 a unit: the copy alone would have been 3 MiB per call.
  for (const unit of ['x', '€']) {
    assert.throws(() => analyze(unit.repeat(limit + 1), { maxInputBytes: limit }), {
      message: /input limit is 1048576 bytes/,
    });
  }
  // The default limit, 16 MiB.
  assert.throws(() => analyze('x'.repeat(16 * limit + 1)), { message: /input limit/ });
  assert.ok(
    memory.buffer.byteLength - before < limit,
    `the memory grew from ${before} to ${memory.buffer.byteLength} bytes`,
  );
  // Just under the limit in units but over it in bytes: read, then refused with its size.
  assert.throws(() => analyze('€'.repeat(1000), { maxInputBytes: 2000 }), {
    message: /the input is 3000 bytes/,
  });
  assert.equal(analyze(ARTICLE, { maxInputBytes: ARTICLE.length }).summary.length, 3);
});

test('numbers JSON lacks are written as JS writes them', () => {
  for (const [value, got] of [
    [Infinity, 'Infinity'],
    [-Infinity, '-Infinity'],
    [NaN, 'NaN'],
  ]) {
    for (const option of ['ratio', 'sentences']) {
      assert.throws(() => analyze(ARTICLE, { [option]: value }), {
        message: new RegExp(`^option \`${option}\` must be .*, got ${got}$`),
      });
    }
  }
});

test('other hostile values are clear errors, and the instance stays healthy', () => {
  const expected = analyze(ARTICLE);
  const throwingToString = {
    toString() {
      throw new Error('from toString');
    },
  };
  const refused = [
    // Inputs that only look like strings are not read (no toString is run).
    [new String(ARTICLE), undefined, /^input must be a string, got object$/],
    [throwingToString, undefined, /^input must be a string, got object$/],
    [Symbol('article'), undefined, /^input must be a string, got symbol$/],
    [ARTICLE, { sentences: Symbol('three') }, /^option `sentences` must be .*, got an unsupported value \(symbol\)$/],
    [ARTICLE, { format: throwingToString }, /^option `format` must be .*, got an object, array or binary data$/],
    [ARTICLE, { format: new String('html') }, /^option `format` must be .*, got an object, array or binary data$/],
    [ARTICLE, new Map([[1, 2]]), /^unknown option `1`;/],
    // JSON's escapes, as JSON.stringify writes them, not Rust's.
    [ARTICLE, { format: 'ht\u0000ml\n\u0301' }, /, got "ht\\u0000ml\\n\u0301"$/],
  ];
  for (const [input, options, message] of refused) {
    for (let i = 0; i < 2000; i++) assert.throws(() => analyze(input, options), { message });
  }
  // A megabyte of option name or value is not repeated in full.
  const long = 'x'.repeat(1 << 20);
  for (const options of [{ [long]: 1 }, new Map([[long, 1]]), { language: long }, { format: `"${long}` }]) {
    assert.throws(
      () => analyze(ARTICLE, options),
      (e) => e instanceof Error && e.message.length < 400 && /x{59}…/.test(e.message),
    );
  }
  // Symbol keys are not option names: skipped in a Map as in a plain object.
  assert.deepEqual(analyze(ARTICLE, { [Symbol('sentences')]: 'lots' }), expected);
  assert.deepEqual(analyze(ARTICLE, new Map([[Symbol('sentences'), 'lots']])), expected);
  assert.deepEqual(analyze(ARTICLE), expected);
});
