// Hostile callers of the package's `analyze`: options whose reading runs the caller's code
// and throws (getters, Proxy traps, a Map's own iterator), and strings far over the input
// limit. Each must be a clear JS error that leaves the wasm instance as it was: an
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
