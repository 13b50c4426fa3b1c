// The types of the package's main entry (index.js in browsers and bundlers, node.js in Node):
// the core engine's API (abridge.d.ts, generated from the Rust binding) and the on-demand
// loading of the languages build.
import type { Analysis, Options } from './abridge.js';

export type {
  Analysis,
  Format,
  InitInput,
  InitOutput,
  Keyphrase,
  Metadata,
  Options,
  Span,
  Stats,
  SummarySentence,
  SyncInitInput,
  Tag,
  TagKind,
} from './abridge.js';
/** `analyze`, `summarize`, `keyphrases`: the languages build once loaded, else the core. */
export { default, initSync, analyze, summarize, keyphrases, languages } from './abridge.js';

/**
 * Loads the languages build (every language's word lists, stemmers and rules; the core has
 * English only): fetched once, from `abridge_languages_bg.wasm` beside the package's files,
 * and used by {@link analyze}, {@link summarize} and {@link keyphrases} from then on.
 * Later calls return the same promise; a failed download rejects and may be retried.
 */
export function loadLanguages(): Promise<void>;

/**
 * {@link analyze} for articles in any language: initialises the core if needed, and when the
 * `language` option names a language other than English, or the core detects one, that
 * abridge has rules for ({@link languages}), loads the languages build ({@link loadLanguages})
 * and analyses with it. English articles, and articles in a language abridge does not list
 * or too short or mixed to tell (`result.language` "und"), never download it.
 * @throws {Error} (rejects) as {@link analyze} does, or when the languages build cannot be fetched.
 */
export function analyzeAsync(input: string, options?: Options | null): Promise<Analysis>;
