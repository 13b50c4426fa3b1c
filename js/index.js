// The browser entry of abridge-nlp (bundlers and <script type="module">): the core engine, and
// the languages build fetched on demand (`loadLanguages()`, `analyzeAsync()`). See engine.js.
import init, * as core from './abridge.js';
import { engine } from './engine.js';

// Whether init() or initSync() has compiled the core: before that the glue would fail with a
// TypeError about its internals, so the synchronous calls say what to do instead.
let started = false;
const begun = (exports) => {
  started = true;
  return exports;
};
const guarded =
  (name) =>
  (...args) => {
    if (!started) {
      throw new Error(`abridge-nlp: call \`await init()\` once before ${name}(), or use analyzeAsync()`);
    }
    return core[name](...args);
  };
const checked = Object.fromEntries(['analyze', 'summarize', 'keyphrases', 'languages'].map((n) => [n, guarded(n)]));

const api = engine(
  checked,
  () => init().then(begun),
  async () => {
    // The languages build's own glue; its init() fetches abridge_languages_bg.wasm beside it
    // (the form `new URL('…', import.meta.url)` that bundlers ship as an asset).
    const languages = await import('./abridge_languages.js');
    await languages.default();
    return languages;
  },
);

/** wasm-bindgen's init(): fetches and compiles abridge_bg.wasm (once). */
export default (...args) => init(...args).then(begun);
/** wasm-bindgen's initSync(): compiles the given wasm bytes or module. */
export const initSync = (...args) => begun(core.initSync(...args));
export const { languages } = checked;
export const { analyze, summarize, keyphrases, loadLanguages, analyzeAsync } = api;
