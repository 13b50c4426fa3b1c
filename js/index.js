// The browser entry of abridge-nlp (bundlers and <script type="module">): the core engine, and
// the languages build fetched on demand (`loadLanguages()`, `analyzeAsync()`). See engine.js.
import init, * as core from './abridge.js';
import { engine } from './engine.js';

const api = engine(
  core,
  () => init(),
  async () => {
    // The languages build's own glue; its init() fetches abridge_languages_bg.wasm beside it
    // (the form `new URL('…', import.meta.url)` that bundlers ship as an asset).
    const languages = await import('./abridge_languages.js');
    await languages.default();
    return languages;
  },
);

export default init;
export { initSync, languages } from './abridge.js';
export const { analyze, summarize, keyphrases, loadLanguages, analyzeAsync } = api;
