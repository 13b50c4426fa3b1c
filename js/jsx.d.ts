// `<abridge-summary>` in React's JSX (TSX): the element's attributes as typed props.
// Referenced from element.d.ts, so importing 'abridge-nlp/element' is enough. It also
// compiles where @types/react is absent: the two interfaces declared inside `declare module
// 'react'` merge with React's own when it is installed and are empty otherwise.
import type { Analysis, Format, Tag } from './abridge.js';
import type { AbridgeSummary, AbridgeSummaryErrorDetail } from './element.js';

/** A whole number, as a JSX number or as the attribute's string. */
type Whole = number | `${number}`;

/** The attributes of `<abridge-summary>`; their meaning is in element.d.ts. */
export interface AbridgeSummaryAttributes {
  src?: string;
  for?: string;
  sentences?: Whole;
  'max-words'?: Whole;
  keyphrases?: Whole;
  tags?: Whole;
  format?: Format;
  lang?: string;
  highlight?: boolean;
  label?: string;
  'tag-href'?: string;
}

/**
 * The element's events as props (React 19 adds a listener for `on<event name>` on custom
 * elements; React 18 ignores them: use addEventListener on a ref there).
 */
export interface AbridgeSummaryEventProps {
  'onabridge-summary-updated'?: (event: CustomEvent<Analysis>) => void;
  'onabridge-summary-error'?: (event: CustomEvent<AbridgeSummaryErrorDetail>) => void;
  'onabridge-summary-tag'?: (event: CustomEvent<Tag>) => void;
}

declare module 'react' {
  interface ClassAttributes<T> {}
  interface HTMLAttributes<T> {}

  /** React.JSX: what TypeScript reads for @types/react ≥ 18.3 (older ones lack it). */
  namespace JSX {
    interface IntrinsicElements {
      'abridge-summary': ClassAttributes<AbridgeSummary> &
        HTMLAttributes<AbridgeSummary> &
        AbridgeSummaryAttributes &
        AbridgeSummaryEventProps;
    }
  }
}
