// <abridge-summary>: a dependency-free custom element that summarises an article on the page.
//
//   <script type="module" src="…/abridge/element.js"></script>
//   <abridge-summary for="article" highlight></abridge-summary>
//
// Importing this module defines the tag when a DOM is present; without one (server
// rendering) the import is harmless. Article text and metadata are untrusted: they only ever
// reach the page through textContent and text nodes, never as HTML.
import init, { analyze } from './abridge.js';

const TAG = 'abridge-summary';
const HIGHLIGHT = 'abridge-summary';

/** Attribute → how to read it into an engine option (null: attribute absent). */
const whole = (name, min, max, fallback) => (raw) => {
  if (raw === null) return fallback;
  const n = Number(raw.trim());
  if (raw.trim() === '' || !Number.isInteger(n) || n < min || n > max) {
    throw new Error(`attribute ${name}="${raw}" must be a whole number from ${min} to ${max}`);
  }
  return n;
};
const oneOf = (name, values, fallback) => (raw) => {
  if (raw === null) return fallback;
  if (!values.includes(raw)) {
    throw new Error(`attribute ${name}="${raw}" must be one of ${values.join(', ')}`);
  }
  return raw;
};
const ATTRIBUTES = {
  sentences: whole('sentences', 1, 100, 3),
  'max-words': whole('max-words', 1, 10000, null),
  keyphrases: whole('keyphrases', 0, 100, 10),
  tags: whole('tags', 0, 100, 8),
  format: oneOf('format', ['auto', 'text', 'html', 'markdown'], 'auto'),
  lang: (raw) => {
    if (raw === null || raw === '' || raw === 'auto') return 'auto';
    if (!/^[a-z]{2}$/.test(raw)) {
      throw new Error(`attribute lang="${raw}" must be "auto" or a two-letter code such as "en"`);
    }
    return raw;
  },
};

const STYLE = `
:host {
  --_fg: var(--abridge-color, #1d2230);
  --_bg: var(--abridge-background, #ffffff);
  --_muted: var(--abridge-muted-color, #5b6272);
  --_border: var(--abridge-border-color, #d9dde5);
  --_accent: var(--abridge-accent-color, #2457d6);
  --_chip-bg: var(--abridge-chip-background, #eef2fb);
  --_chip-fg: var(--abridge-chip-color, #1d3f99);
  --_error: var(--abridge-error-color, #b42318);
  display: block;
  font: var(--abridge-font, inherit);
  color: var(--_fg);
  background: var(--_bg);
  border: 1px solid var(--_border);
  border-radius: var(--abridge-radius, 12px);
  padding: var(--abridge-padding, 1rem 1.25rem);
  line-height: 1.5;
}
@media (prefers-color-scheme: dark) {
  :host {
    --_fg: var(--abridge-color, #e6e8ee);
    --_bg: var(--abridge-background, #171a21);
    --_muted: var(--abridge-muted-color, #a1a8b8);
    --_border: var(--abridge-border-color, #343a48);
    --_accent: var(--abridge-accent-color, #8fb0ff);
    --_chip-bg: var(--abridge-chip-background, #25304a);
    --_chip-fg: var(--abridge-chip-color, #c9d7ff);
    --_error: var(--abridge-error-color, #ff8a80);
  }
}
:host([hidden]) { display: none; }
[part~="heading"] {
  margin: 0 0 .5rem;
  font-size: .8rem;
  letter-spacing: .06em;
  text-transform: uppercase;
  color: var(--_muted);
}
[part~="summary"] { margin: 0; padding-left: 1.25rem; }
[part~="sentence"] { margin: 0 0 .4rem; }
[part~="sentence"]::marker { color: var(--_accent); }
[part~="tags"] { display: flex; flex-wrap: wrap; gap: .4rem; list-style: none; margin: .75rem 0 0; padding: 0; }
[part~="tags"]:empty, [part~="summary"]:empty { display: none; }
[part~="tag"] {
  font: inherit;
  font-size: .85rem;
  border: 0;
  border-radius: 999px;
  padding: .15rem .7rem;
  background: var(--_chip-bg);
  color: var(--_chip-fg);
  cursor: pointer;
}
[part~="tag"]:focus-visible { outline: 2px solid var(--_accent); outline-offset: 2px; }
[part~="status"] { margin: 0; color: var(--_muted); font-size: .9rem; }
[part~="status"]:empty { display: none; }
[part~="error"] { color: var(--_error); }
`;

// The page-level style for the highlight: ::highlight() only matches in the document the
// ranges live in. Adopted (not inserted) so the page's DOM is left untouched.
const PAGE_STYLE = `::highlight(${HIGHLIGHT}) {
  background-color: var(--abridge-highlight-background, rgb(255 214 10 / .45));
  color: var(--abridge-highlight-color, inherit);
}`;

let mainThread; // Promise of the wasm, initialised on first use on the main thread.
let worker; // { worker, pending: Map } once a long article needed it; null if unavailable.
let nextId = 0;

function analyzeOnMainThread(input, options) {
  mainThread ??= init();
  return mainThread.then(() => analyze(input, options));
}

function analyzeInWorker(input, options) {
  if (worker === undefined) {
    try {
      // This exact form lets bundlers (Vite, webpack, Rollup) find and ship the worker.
      const w = new Worker(new URL('./worker.js', import.meta.url), { type: 'module' });
      worker = { worker: w, pending: new Map() };
      w.onmessage = ({ data }) => {
        const job = worker.pending.get(data.id);
        worker.pending.delete(data.id);
        if (data.error !== undefined) job?.reject(new Error(data.error));
        else job?.resolve(data.result);
      };
      w.onerror = (event) => {
        // A worker that cannot start (CSP, file://): fail its jobs, use the main thread next.
        event.preventDefault();
        for (const job of worker.pending.values()) job.retry();
        worker = null;
      };
    } catch {
      worker = null;
    }
  }
  if (!worker) return analyzeOnMainThread(input, options);
  return new Promise((resolve, reject) => {
    const id = nextId++;
    const retry = () => analyzeOnMainThread(input, options).then(resolve, reject);
    worker.pending.set(id, { resolve, reject, retry });
    worker.worker.postMessage({ id, input, options });
  });
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
  static observedAttributes = ['for', 'src', 'highlight', 'label', ...Object.keys(ATTRIBUTES)];

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

  /** The last analysis rendered, or null before the first one (or after an error). */
  get result() {
    return this.#result;
  }

  connectedCallback() {
    if (!this.#view) this.#view = this.#build();
    this.#watch();
    this.#schedule();
  }

  disconnectedCallback() {
    this.#unwatch();
    this.#setHighlight([]);
  }

  attributeChangedCallback(name, before, now) {
    if (!this.isConnected || before === now) return;
    if (name === 'for' || name === 'src') this.#watch();
    if (name === 'label' && this.#view) this.#view.heading.textContent = this.#label();
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
    const style = el('style');
    style.textContent = STYLE;
    const region = el('section', 'container', { role: 'region', 'aria-labelledby': 'heading' });
    const heading = el('h2', 'heading', { id: 'heading' });
    heading.textContent = this.#label();
    const status = el('p', 'status', { role: 'status', 'aria-live': 'polite' });
    const summary = el('ol', 'summary');
    const tags = el('ul', 'tags', { 'aria-label': 'Tags' });
    tags.addEventListener('click', (event) => {
      const button = event.target.closest?.('button[data-index]');
      const tag = button && this.#result?.tags[Number(button.dataset.index)];
      if (tag) this.#emit('abridge-summary-tag', tag);
    });
    region.append(heading, status, summary, tags);
    root.replaceChildren(style, region);
    return { region, heading, status, summary, tags };
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
    const read = (name) => ATTRIBUTES[name](this.getAttribute(name));
    const maxWords = read('max-words');
    const options = {
      keyphrases: read('keyphrases'),
      tags: read('tags'),
      format: read('format'),
      language: read('lang'),
    };
    if (maxWords !== null) {
      if (this.hasAttribute('sentences')) {
        throw new Error('set either the sentences or the max-words attribute, not both');
      }
      options.maxWords = maxWords;
    } else {
      options.sentences = read('sentences');
    }
    return options;
  }

  /** The article to analyse, and the element to highlight in (none for `src`). */
  async #source(format) {
    const src = this.getAttribute('src');
    if (src !== null) {
      const url = new URL(src, this.ownerDocument.baseURI);
      const response = await fetch(url);
      if (!response.ok) throw new Error(`could not load ${url.pathname}: HTTP ${response.status}`);
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

  /** Re-analyse when the source's content changes: typing, or edits to its DOM. */
  #watch() {
    this.#unwatch();
    if (this.hasAttribute('src')) return;
    let target;
    try {
      target = this.#sourceElement();
    } catch {
      return; // reported by the next update
    }
    let timer;
    const later = () => {
      clearTimeout(timer);
      timer = setTimeout(() => this.#schedule(), 120);
    };
    const observer = new MutationObserver(later);
    observer.observe(target, { childList: true, characterData: true, subtree: true });
    target.addEventListener('input', later);
    this.#watching = { target, observer, later };
  }

  #unwatch() {
    if (!this.#watching) return;
    this.#watching.observer.disconnect();
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
      const { input, format, element } = await this.#source(options.format);
      if (!current()) return;
      options.format = format;
      const analysed = JSON.stringify(options) + '\0' + input;
      const same = this.#result !== null && analysed === this.#analysed;
      if (this.#result === null) status.textContent = 'Summarising…';
      const long = input.length > this.constructor.workerThreshold;
      const result = same ? this.#result : await (long ? analyzeInWorker : analyzeOnMainThread)(input, options);
      if (!current()) return;
      this.#setHighlight(element && this.hasAttribute('highlight') ? this.#rangesFor(element, result) : []);
      region.removeAttribute('aria-busy');
      // Typing that did not change the text (or an input event after the attribute change that
      // already showed it) is not a new render.
      if (same && !this.#changed) return;
      this.#changed = false;
      this.#result = result;
      this.#analysed = analysed;
      this.#render(result);
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

  #render(result) {
    const { summary, tags, status } = this.#view;
    const doc = this.ownerDocument;
    status.setAttribute('part', 'status');
    status.textContent = result.summary.length ? '' : 'Nothing to summarise.';
    summary.replaceChildren(
      ...result.summary.map((sentence) => {
        const li = doc.createElement('li');
        li.setAttribute('part', 'sentence');
        li.textContent = sentence.text;
        return li;
      }),
    );
    tags.replaceChildren(
      ...result.tags.map((tag, index) => {
        const li = doc.createElement('li');
        const button = doc.createElement('button');
        button.type = 'button';
        button.setAttribute('part', `tag tag-${tag.kind}`);
        button.dataset.index = String(index);
        button.dataset.kind = tag.kind;
        button.title = tag.kind;
        button.textContent = tag.label;
        li.append(button);
        return li;
      }),
    );
  }

  #fail(error) {
    const { summary, tags, status } = this.#view;
    summary.replaceChildren();
    tags.replaceChildren();
    status.setAttribute('part', 'status error');
    status.textContent = error.message;
    this.#setHighlight([]);
    this.#emit('abridge-summary-error', { message: error.message, error });
  }

  #emit(type, detail) {
    this.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
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
