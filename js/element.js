// <abridge-summary>: a dependency-free custom element that summarises an article on the page.
//
//   <script type="module" src="…/abridge-nlp/element.js"></script>
//   <abridge-summary for="article" highlight></abridge-summary>
//
// Importing this module defines the tag when a DOM is present; without one (server
// rendering) the import is harmless. Article text and metadata are untrusted: they only ever
// reach the page through textContent and text nodes, never as HTML.
// analyzeAsync: the core wasm loads on first use, the languages build only for an article
// in another language (index.js).
import { analyzeAsync } from './index.js';

const TAG = 'abridge-summary';
const HIGHLIGHT = 'abridge-summary';

/**
 * Attribute → engine option. Values go to the engine as written (numbers as numbers): the
 * engine owns the ranges and says what is wrong; an absent attribute takes its default.
 */
const OPTIONS = {
  sentences: 'sentences',
  'max-words': 'maxWords',
  keyphrases: 'keyphrases',
  tags: 'tags',
  format: 'format',
};
/** Attributes that change only how the analysis is shown: no new analysis, no new event. */
const PRESENTATION = ['label', 'tag-href'];

/** Each custom property's light and dark default; `light-dark()` picks by the used `color-scheme`. */
const PALETTE = {
  color: ['#1d2230', '#e6e8ee'],
  background: ['#ffffff', '#171a21'],
  'muted-color': ['#5b6272', '#a1a8b8'],
  'border-color': ['#d9dde5', '#343a48'],
  'accent-color': ['#2457d6', '#8fb0ff'],
  'chip-background': ['#eef2fb', '#25304a'],
  'chip-color': ['#1d3f99', '#c9d7ff'],
  'error-color': ['#b42318', '#ff8a80'],
};
const palette = (pick) =>
  Object.entries(PALETTE)
    .map(([name, pair]) => `--_${name}: var(--abridge-${name}, ${pick(...pair)});`)
    .join('\n  ');

// Dark only where the page asks for it: the host inherits the page's `color-scheme`, so a
// light-only page (the default) stays light whatever the OS prefers, and a page that declares
// `color-scheme: light dark` follows the OS. Browsers without light-dark() get the light set.
const STYLE = `
:host {
  ${palette((light) => light)}
  display: block;
  font: var(--abridge-font, inherit);
  color: var(--_color);
  background: var(--_background);
  border: 1px solid var(--_border-color);
  border-radius: var(--abridge-radius, 12px);
  padding: var(--abridge-padding, 1rem 1.25rem);
  line-height: 1.5;
}
@supports (color: light-dark(#000, #fff)) {
  :host {
  ${palette((light, dark) => `light-dark(${light}, ${dark})`)}
  }
}
:host([hidden]) { display: none; }
[part~="heading"] {
  margin: 0 0 .5rem;
  font-size: .8rem;
  letter-spacing: .06em;
  text-transform: uppercase;
  color: var(--_muted-color);
}
[part~="summary"] { margin: 0; padding-left: 1.25rem; }
[part~="sentence"] { margin: 0 0 .4rem; }
[part~="sentence"]::marker { color: var(--_accent-color); }
[part~="tags"] { display: flex; flex-wrap: wrap; gap: .4rem; list-style: none; margin: .75rem 0 0; padding: 0; }
[part~="tags"]:empty, [part~="summary"]:empty { display: none; }
[part~="tag"] {
  display: inline-block;
  font: inherit;
  font-size: .85rem;
  border: 0;
  border-radius: 999px;
  padding: .15rem .7rem;
  background: var(--_chip-background);
  color: var(--_chip-color);
  text-decoration: none;
  cursor: pointer;
}
a[part~="tag"]:hover { text-decoration: underline; }
[part~="tag"]:focus-visible { outline: 2px solid var(--_accent-color); outline-offset: 2px; }
[part~="status"] { margin: 0; color: var(--_muted-color); font-size: .9rem; }
[part~="status"]:empty { display: none; }
[part~="error"] { color: var(--_error-color); }
`;

// The page-level style for the highlight: ::highlight() only matches in the document the
// ranges live in. Adopted (not inserted) so the page's DOM is left untouched.
const PAGE_STYLE = `::highlight(${HIGHLIGHT}) {
  background-color: var(--abridge-highlight-background, rgb(255 214 10 / .45));
  color: var(--abridge-highlight-color, inherit);
}`;

/** What readers see when no summary can be shown; the detail goes to the error event and the console. */
const UNAVAILABLE = 'A summary is not available.';
const NOT_LOADED = 'The article could not be loaded.';

let worker; // { worker, pending: Map } once a long article needed it; null if unavailable.
let nextId = 0;
const unsupported = new Set(); // language codes the engine refused: analysed as "auto"

/**
 * The module Worker beside this script, or the bundler's chunk of it. A Worker's URL must be
 * same-origin: browsers refuse another origin's (a CDN's, a bundle's cross-origin
 * `publicPath`) with a SecurityError, and then a same-origin Blob worker loads that same URL.
 * The URL and options are the ones the bundler wrote into the `new Worker(…)` below (webpack:
 * its chunk on the public path, a classic script; `import.meta.url` alone would be the build
 * machine's file: URL there), caught by standing in for `Worker` while that line runs.
 */
function startWorker() {
  const Native = globalThis.Worker;
  let url, options;
  globalThis.Worker = function (...args) {
    [url, options] = args;
  };
  try {
    // This exact form lets bundlers (Vite, webpack, Rollup) find and ship the worker.
    new Worker(new URL('./worker.js', import.meta.url), { type: 'module' });
  } finally {
    globalThis.Worker = Native;
  }
  try {
    return new Native(url, options);
  } catch (error) {
    if (error?.name !== 'SecurityError') throw error;
  }
  const href = JSON.stringify(String(url));
  const source = options?.type === 'module' ? `import ${href};` : `importScripts(${href});`;
  return new Native(URL.createObjectURL(new Blob([source], { type: 'text/javascript' })), options);
}

function analyzeInWorker(input, options) {
  if (worker === undefined) {
    try {
      const w = startWorker();
      worker = { worker: w, pending: new Map() };
      w.onmessage = ({ data }) => {
        const job = worker.pending.get(data.id);
        worker.pending.delete(data.id);
        if (data.error !== undefined) job?.reject(new Error(data.error));
        else job?.resolve(data.result);
      };
      w.onerror = (event) => {
        // A worker that cannot start (CSP, file://, a CDN without CORS): its jobs and all
        // later ones run on the main thread.
        event.preventDefault();
        w.terminate();
        for (const job of worker.pending.values()) job.retry();
        worker = null;
      };
    } catch {
      worker = null;
    }
  }
  if (!worker) return analyzeAsync(input, options);
  return new Promise((resolve, reject) => {
    const id = nextId++;
    const retry = () => analyzeAsync(input, options).then(resolve, reject);
    worker.pending.set(id, { resolve, reject, retry });
    worker.worker.postMessage({ id, input, options });
  });
}

/**
 * Analyses `input`; a language the engine has no rules for (the page's `lang` may be any
 * language) is analysed as "auto". Whether the language was what the engine refused is asked
 * of the engine itself: the same options on an empty article.
 */
async function analyzeArticle(input, options, run) {
  if (unsupported.has(options.language)) options = { ...options, language: 'auto' };
  try {
    return await run(input, options);
  } catch (error) {
    const refused = (o) => run('', o).then(() => false, () => true);
    if (options.language === 'auto' || !(await refused(options))) throw error;
    const auto = { ...options, language: 'auto' };
    if (await refused(auto)) throw error;
    unsupported.add(options.language);
    return run(input, auto);
  }
}

/** The start of `text` for a name: up to 60 characters, cut after a whole word where there is one, then "…". */
function opening(text) {
  const chars = Array.from(text);
  if (chars.length <= 60) return text;
  const head = chars.slice(0, 60).join('');
  const space = head.lastIndexOf(' ');
  return `${space > 30 ? head.slice(0, space) : head}…`;
}

const sheets = new WeakMap(); // Document → the element's sheet (a sheet is adopted only where it was made)

/**
 * Styles a shadow root with an adopted sheet, which a strict CSP allows (a `<style>` needs
 * 'unsafe-inline'). Constructable sheets: Chrome 73, Firefox 101, Safari 16.4.
 */
function adoptStyle(root, doc) {
  let sheet = sheets.get(doc);
  if (!sheet) {
    sheet = new doc.defaultView.CSSStyleSheet();
    sheet.replaceSync(STYLE);
    sheets.set(doc, sheet);
  }
  root.adoptedStyleSheets = [sheet];
}

/** The format a fetched article's extension, else its content type, implies. */
function formatOf(path, contentType) {
  if (/\.html?$/i.test(path)) return 'html';
  if (/\.(md|markdown)$/i.test(path)) return 'markdown';
  if (/\.txt$/i.test(path)) return 'auto'; // plain text, or front matter and HTML: detect
  if (/html/i.test(contentType)) return 'html';
  if (/markdown/i.test(contentType)) return 'markdown';
  return 'auto';
}

/**
 * The source element's rendered text with runs of whitespace collapsed, and for each of its
 * UTF-16 units the text node and offset it came from, so summary sentences found in it map
 * back to DOM ranges.
 */
function textIndex(root) {
  const skip = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE']);
  const walker = root.ownerDocument.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) =>
      skip.has(node.parentNode?.nodeName) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT,
  });
  const parts = [];
  const nodes = [];
  const offsets = [];
  let space = true;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const data = node.data;
    for (let i = 0; i < data.length; i++) {
      const blank = /\s/.test(data[i]);
      if (blank && space) continue;
      parts.push(blank ? ' ' : data[i]);
      nodes.push(node);
      offsets.push(i);
      space = blank;
    }
  }
  return { text: parts.join(''), nodes, offsets };
}

function collapse(text) {
  return text.replace(/\s+/g, ' ').trim();
}

export class AbridgeSummary extends (globalThis.HTMLElement ?? class {}) {
  static observedAttributes = ['for', 'src', 'highlight', 'lang', ...PRESENTATION, ...Object.keys(OPTIONS)];

  /**
   * Articles longer than this (in UTF-16 units) are analysed in a module Worker: at the
   * engine's current speed in Chromium, about 25 ms of work on the main thread.
   */
  static workerThreshold = 10000;

  /**
   * Registers the element under `tag` (default `abridge-summary`) if no element has that
   * name yet, and returns the class registered for it. Without a DOM it does nothing.
   */
  static define(tag = TAG) {
    const registry = globalThis.customElements;
    if (!registry) return this;
    if (!registry.get(tag)) {
      // One constructor can back only one name, so other names get a subclass.
      registry.define(tag, tag === TAG ? this : class extends this {});
    }
    return registry.get(tag);
  }

  #result = null;
  #analysed = null; // the options and input of #result, to skip re-analysing the same
  #generation = 0;
  #scheduled = false;
  #changed = true; // an attribute changed since the last render: render even if the analysis is the same
  #ranges = [];
  #watching = null; // { target, observer, onInput }
  #view;

  // The language comes from the nearest `lang` above the element or its source, which a
  // framework re-render or a client-side navigation may relabel (`<html lang>`, an
  // `<article lang>`): one observer of `lang` attributes serves every connected element, and
  // is dropped when the last one leaves.
  static #connected = new Set();
  static #langs = null;

  static #relabelled(records) {
    for (const el of AbridgeSummary.#connected) {
      const from = el.#languageSource();
      if (from && records.some((r) => r.target.contains(from))) el.#schedule();
    }
  }

  /** The last analysis rendered, or null before the first one (or after an error). */
  get result() {
    return this.#result;
  }

  connectedCallback() {
    if (!this.#view) this.#build();
    this.#watch();
    AbridgeSummary.#connected.add(this);
    AbridgeSummary.#langs ??= new MutationObserver(AbridgeSummary.#relabelled);
    // The document, and a shadow root the element is in (`closest` stops at its boundary).
    for (const root of new Set([this.ownerDocument, this.getRootNode()])) {
      AbridgeSummary.#langs.observe(root, { attributeFilter: ['lang'], subtree: true });
    }
    this.#schedule();
  }

  disconnectedCallback() {
    this.#unwatch();
    this.#setHighlight([]);
    AbridgeSummary.#connected.delete(this);
    if (!AbridgeSummary.#connected.size) {
      AbridgeSummary.#langs?.disconnect();
      AbridgeSummary.#langs = null;
    }
  }

  attributeChangedCallback(name, before, now) {
    if (!this.isConnected || before === now) return;
    if (PRESENTATION.includes(name)) {
      this.#render();
      return;
    }
    if (name === 'for' || name === 'src') this.#watch();
    this.#changed = true;
    this.#schedule();
  }

  #label() {
    return this.getAttribute('label') || 'Summary';
  }

  #build() {
    const root = this.shadowRoot ?? this.attachShadow({ mode: 'open' });
    const doc = this.ownerDocument;
    const el = (tag, part, attrs = {}) => {
      const node = doc.createElement(tag);
      if (part) node.setAttribute('part', part);
      for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
      return node;
    };
    const region = el('section', 'container', { role: 'region' });
    const heading = el('h2', 'heading');
    const status = el('p', 'status', { role: 'status', 'aria-live': 'polite' });
    const summary = el('ol', 'summary');
    const tags = el('ul', 'tags', { 'aria-label': 'Tags' });
    tags.addEventListener('click', (event) => {
      const chip = event.target.closest?.('[data-index]');
      const tag = chip && this.#result?.tags[Number(chip.dataset.index)];
      // Cancelable: a page that routes tag links itself calls preventDefault().
      if (tag && !this.#emit('abridge-summary-tag', tag, true)) event.preventDefault();
    });
    region.append(heading, status, summary, tags);
    root.replaceChildren(region);
    adoptStyle(root, doc);
    this.#view = { region, heading, status, summary, tags };
    this.#render();
  }

  #schedule() {
    if (this.#scheduled) return;
    this.#scheduled = true;
    // Several attribute changes in one task give one analysis.
    queueMicrotask(() => {
      this.#scheduled = false;
      if (this.isConnected) this.#update();
    });
  }

  #options() {
    const options = {};
    for (const [attribute, option] of Object.entries(OPTIONS)) {
      const raw = this.getAttribute(attribute);
      if (raw === null) continue;
      const number = Number(raw);
      options[option] = option === 'format' || raw.trim() === '' || Number.isNaN(number) ? raw : number;
    }
    options.language = this.#language();
    return options;
  }

  /**
   * The primary subtag of the nearest `lang` (BCP 47: "en-US" → "en"): the element's own,
   * else the source's or its ancestors'. "auto" when there is none or it is empty.
   */
  #language() {
    // A missing source is the update's error (#source), not the language's.
    const lang = this.#languageSource()?.closest('[lang]')?.getAttribute('lang') ?? '';
    return lang.trim().split(/[-_]/)[0].toLowerCase() || 'auto';
  }

  /** The element whose nearest `lang` is the language: this one or the source; null if missing. */
  #languageSource() {
    return this.hasAttribute('lang') || this.hasAttribute('src') ? this : this.#found();
  }

  /** The article to analyse, and the element to highlight in (none for `src`). */
  async #source(format) {
    const src = this.getAttribute('src');
    if (src !== null) {
      const url = new URL(src, this.ownerDocument.baseURI);
      let response;
      try {
        response = await fetch(url);
        if (!response.ok) throw new Error(`HTTP ${response.status}`);
      } catch (error) {
        throw Object.assign(new Error(`could not load ${url.href}: ${error.message}`), { forReaders: NOT_LOADED });
      }
      const type = format === 'auto' ? formatOf(url.pathname, response.headers.get('content-type') ?? '') : format;
      return { input: await response.text(), format: type, element: null };
    }
    const element = this.#sourceElement();
    if (element.localName === 'textarea' || element.localName === 'input') {
      return { input: element.value, format, element: null };
    }
    // Our own light DOM is not rendered (the shadow root is), so there is nothing to highlight.
    const shown = element === this ? null : element;
    const asHtml = format === 'html' || (format === 'auto' && element.childElementCount > 0);
    return asHtml
      ? { input: element.innerHTML, format: 'html', element: shown }
      : { input: element.textContent, format, element: shown };
  }

  #sourceElement() {
    const id = this.getAttribute('for');
    if (id === null) return this;
    const element = this.getRootNode().getElementById?.(id) ?? this.ownerDocument.getElementById(id);
    if (!element) throw new Error(`no element with id "${id}" (the for attribute)`);
    return element;
  }

  /**
   * Re-analyse when the source's content changes: typing, or edits to its DOM. A `for` element
   * not there yet (parsed after this one, rendered later by a framework) is waited for: each
   * change of the document looks for it again. One that is there is watched for being removed
   * or replaced (a framework re-rendering the article under the same id): then the element
   * follows the id to the new one, or says the article is gone, rather than keep a stale summary.
   */
  #watch() {
    this.#unwatch();
    if (this.hasAttribute('src')) return;
    const root = this.getRootNode();
    let target;
    try {
      target = this.#sourceElement();
    } catch {
      target = root; // the error is reported by the next update
    }
    let timer;
    const later = () => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        if (this.#watching?.later !== later) return; // unwatched meanwhile
        // The element the id names now: the same (its content changed), found, or replaced.
        const now = this.#found() ?? root;
        if (now !== target) this.#watch();
        if (now !== root || target !== root) this.#schedule(); // not while it is still missing
      }, 120);
    };
    const observer = new MutationObserver(later);
    // `lang` too: the source's language is the engine's `language` when the element has none.
    observer.observe(target, { childList: true, characterData: true, subtree: true, attributeFilter: ['lang'] });
    // Any change of the page costs one lookup: is the id still the watched element's?
    const moved = new MutationObserver(() => this.#found() !== target && later());
    moved.observe(root, { childList: true, subtree: true });
    this.#watching = { target, observer, moved, later };
    target.addEventListener('input', later);
  }

  /** The `for` element, or null where there is none. */
  #found() {
    try {
      return this.#sourceElement();
    } catch {
      return null;
    }
  }

  #unwatch() {
    if (!this.#watching) return;
    this.#watching.observer.disconnect();
    this.#watching.moved.disconnect();
    this.#watching.target.removeEventListener('input', this.#watching.later);
    this.#watching = null;
  }

  async #update() {
    const generation = ++this.#generation;
    const current = () => generation === this.#generation;
    const { region, status } = this.#view;
    region.setAttribute('aria-busy', 'true');
    try {
      const options = this.#options();
      const { input, format, element } = await this.#source(options.format ?? 'auto');
      if (!current()) return;
      options.format = format;
      const analysed = JSON.stringify(options) + '\0' + input;
      const same = this.#result !== null && analysed === this.#analysed;
      if (this.#result === null) status.textContent = 'Summarising…';
      const run = input.length > this.constructor.workerThreshold ? analyzeInWorker : analyzeAsync;
      const result = same ? this.#result : await analyzeArticle(input, options, run);
      if (!current()) return;
      this.#setHighlight(element && this.hasAttribute('highlight') ? this.#rangesFor(element, result) : []);
      region.removeAttribute('aria-busy');
      // Typing that did not change the text (or an input event after the attribute change that
      // already showed it) is not a new render.
      if (same && !this.#changed) return;
      this.#changed = false;
      this.#result = result;
      this.#analysed = analysed;
      this.#render();
      this.#emit('abridge-summary-updated', result);
    } catch (error) {
      if (!current()) return;
      this.#result = null;
      this.#analysed = null;
      this.#changed = false;
      this.#fail(error instanceof Error ? error : new Error(String(error)));
      region.removeAttribute('aria-busy');
    }
  }

  /** Shows `#result` (or only the heading before the first one): re-run when presentation attributes change. */
  #render() {
    if (!this.#view) return;
    const { region, heading, summary, tags, status } = this.#view;
    const result = this.#result;
    const doc = this.ownerDocument;
    heading.textContent = this.#label();
    // Landmarks need distinct names: several summaries on a page are told apart by title, or
    // for an untitled article by the start of its first summary sentence.
    const about = result?.title ?? (result?.summary[0] && opening(result.summary[0].text));
    region.setAttribute('aria-label', about ? `${this.#label()}: ${about}` : this.#label());
    if (!result) return;
    status.setAttribute('part', 'status');
    status.textContent = result.summary.length ? '' : 'Nothing to summarise.';
    // The summary and tags are in the article's language, which need not be the page's: screen
    // readers choose their voice by `lang` ("" is unknown), and `dir="auto"` lays each sentence
    // and tag out by its own first letters (Arabic right to left on an English page).
    for (const list of [summary, tags]) list.lang = result.language === 'und' ? '' : result.language;
    summary.replaceChildren(
      ...result.summary.map((sentence) => {
        const li = doc.createElement('li');
        li.setAttribute('part', 'sentence');
        li.dir = 'auto';
        li.textContent = sentence.text;
        return li;
      }),
    );
    tags.replaceChildren(
      ...result.tags.map((tag, index) => {
        const li = doc.createElement('li');
        const href = this.#tagHref(tag);
        const chip = doc.createElement(href ? 'a' : 'button');
        if (href) chip.href = href;
        else chip.type = 'button';
        chip.setAttribute('part', `tag tag-${tag.kind}`);
        chip.dataset.index = String(index);
        chip.dataset.kind = tag.kind;
        chip.title = tag.kind;
        chip.dir = 'auto';
        chip.textContent = tag.label;
        li.append(chip);
        return li;
      }),
    );
  }

  /** The link of a tag chip from `tag-href` ("{slug}" → the URL-encoded slug); http(s) only, else null. */
  #tagHref(tag) {
    const template = this.getAttribute('tag-href');
    if (template === null) return null;
    try {
      const url = new URL(template.replaceAll('{slug}', encodeURIComponent(tag.slug)), this.ownerDocument.baseURI);
      return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : null;
    } catch {
      return null;
    }
  }

  #fail(error) {
    this.#render(); // the heading and the region's name, no longer the failed article's title
    const { summary, tags, status } = this.#view;
    summary.replaceChildren();
    tags.replaceChildren();
    status.setAttribute('part', 'status error');
    status.textContent = error.forReaders ?? UNAVAILABLE;
    this.#setHighlight([]);
    console.error(`<${this.localName}>: ${error.message}`);
    this.#emit('abridge-summary-error', { message: error.message, error });
  }

  /** Dispatches a bubbling, composed event; false if a cancelable one was cancelled. */
  #emit(type, detail, cancelable = false) {
    return this.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true, cancelable }));
  }

  /** DOM ranges of the summary sentences inside `element`, found in document order. */
  #rangesFor(element, result) {
    const index = textIndex(element);
    const ranges = [];
    let from = 0;
    for (const sentence of result.summary) {
      const needle = collapse(sentence.text);
      const at = needle ? index.text.indexOf(needle, from) : -1;
      if (at < 0) continue;
      const last = at + needle.length - 1;
      const range = this.ownerDocument.createRange();
      range.setStart(index.nodes[at], index.offsets[at]);
      range.setEnd(index.nodes[last], index.offsets[last] + 1);
      ranges.push(range);
      from = last + 1;
    }
    return ranges;
  }

  /** Swaps this element's ranges in the shared highlight; a no-op where the API is missing. */
  #setHighlight(ranges) {
    const registry = globalThis.CSS?.highlights;
    if (!registry || (ranges.length === 0 && this.#ranges.length === 0)) return;
    let highlight = registry.get(HIGHLIGHT);
    if (!highlight) {
      highlight = new Highlight();
      registry.set(HIGHLIGHT, highlight);
      adoptPageStyle(this.ownerDocument);
    }
    for (const range of this.#ranges) highlight.delete(range);
    for (const range of ranges) highlight.add(range);
    this.#ranges = ranges;
  }
}

function adoptPageStyle(doc) {
  const sheet = new doc.defaultView.CSSStyleSheet();
  sheet.replaceSync(PAGE_STYLE);
  doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
}

AbridgeSummary.define();
