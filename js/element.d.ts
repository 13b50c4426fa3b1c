/// <reference path="./jsx.d.ts" />
import type { Analysis, Tag } from './abridge.js';

/** `detail` of the `abridge-summary-error` event. */
export interface AbridgeSummaryErrorDetail {
  /**
   * What went wrong, for developers (an attribute the engine refused, an HTTP status); also
   * logged with `console.error`. Readers see a short general sentence instead.
   */
  message: string;
  error: Error;
}

export interface AbridgeSummaryEventMap {
  /** After each render; bubbles and is composed. `detail` is the analysis (also `.result`). */
  'abridge-summary-updated': CustomEvent<Analysis>;
  /** When the source, an attribute or the engine failed; the element shows the message. */
  'abridge-summary-error': CustomEvent<AbridgeSummaryErrorDetail>;
  /**
   * A tag chip was activated (click, Enter or Space). Cancelable: with `tag-href`,
   * `preventDefault()` keeps the browser from following the link.
   */
  'abridge-summary-tag': CustomEvent<Tag>;
}

/**
 * `<abridge-summary>`: the summary and tags of an article on the page.
 *
 * Source, first found: `src` (a .txt/.html/.md URL to fetch), `for` (the id of an element
 * or textarea on the page), else the element's own light-DOM content.
 *
 * Attributes, passed to the engine's options (its ranges apply; a refused value is reported
 * as an error): `sentences` (default 3) or `max-words`, `keyphrases` (default 10), `tags`
 * (default 8), `format` (`auto` | `text` | `html` | `markdown`, default `auto`).
 * `lang`: HTML's global attribute, a BCP 47 tag ("en-US"); without it, the nearest `lang` of
 * the source or its ancestors. Its primary subtag picks the engine's language; one the engine
 * does not know is analysed as `auto` (`result.language` reports the detected language).
 * `highlight` (boolean: mark the summary sentences in the `for` element with the CSS Custom
 * Highlight API), `label` (the heading, default "Summary"; the region is named
 * "label: title"), `tag-href` (a URL template such as `/tags/{slug}`: tag chips become links,
 * `{slug}` URL-encoded; only http(s) or relative results, else chips stay buttons).
 * Changing `label` or `tag-href` re-renders without a new analysis or event.
 *
 * Colours follow the `color-scheme` the element inherits (or is given): light unless the page
 * declares dark, or `light dark` and the reader's system prefers dark.
 *
 * Parts: `container`, `heading`, `status`, `error`, `summary`, `sentence`, `tags`, `tag`,
 * `tag-person`, `tag-place`, `tag-organization`, `tag-topic`.
 * Custom properties: `--abridge-font`, `--abridge-color`, `--abridge-background`,
 * `--abridge-muted-color`, `--abridge-border-color`, `--abridge-accent-color`,
 * `--abridge-chip-background`, `--abridge-chip-color`, `--abridge-error-color`,
 * `--abridge-radius`, `--abridge-padding`, and on the page `--abridge-highlight-background`,
 * `--abridge-highlight-color`.
 */
export declare class AbridgeSummary extends HTMLElement {
  static readonly observedAttributes: string[];
  /** Articles longer than this many UTF-16 units are analysed in a module Worker. Default 10000. */
  static workerThreshold: number;
  /**
   * Registers the element as `tag` unless that name is taken, and returns the class
   * registered for it. Importing `abridge-nlp/element` already defines `abridge-summary`.
   * Does nothing without a DOM.
   */
  static define(tag?: string): typeof AbridgeSummary;
  /** The last analysis rendered; null before the first one and after an error. */
  readonly result: Analysis | null;

  addEventListener<K extends keyof AbridgeSummaryEventMap>(
    type: K,
    listener: (this: AbridgeSummary, event: AbridgeSummaryEventMap[K]) => void,
    options?: boolean | AddEventListenerOptions,
  ): void;
  addEventListener<K extends keyof HTMLElementEventMap>(
    type: K,
    listener: (this: AbridgeSummary, event: HTMLElementEventMap[K]) => void,
    options?: boolean | AddEventListenerOptions,
  ): void;
  addEventListener(
    type: string,
    listener: EventListenerOrEventListenerObject,
    options?: boolean | AddEventListenerOptions,
  ): void;
}

declare global {
  interface HTMLElementTagNameMap {
    'abridge-summary': AbridgeSummary;
  }
  interface HTMLElementEventMap extends AbridgeSummaryEventMap {}
}
