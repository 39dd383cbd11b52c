/** The events `<glossary-search>` fires, and their place in the DOM's event maps. */
import type { GlossarySearch } from './glossary-search.js';
import type { EmptySearch } from '../../internal/controllers/search.js';

/** Detail of `glossary-select`. */
export interface GlossarySelectDetail {
  /** The id of the chosen entry. */
  id: string;
  /** What the reader had typed. */
  query: string;
}

/** `glossary-select`: bubbles, composed, cancelable (the page routes the choice itself). */
export const selectEvent = (detail: GlossarySelectDetail) => new CustomEvent<GlossarySelectDetail>('glossary-select', { detail, bubbles: true, composed: true, cancelable: true });

/** Detail of `glossary-search-empty`: `{ query, suggestions }`. */
export interface GlossarySearchEmptyDetail extends EmptySearch {}

declare global {
  interface HTMLElementTagNameMap {
    'glossary-search': GlossarySearch;
  }
  interface HTMLElementEventMap {
    'glossary-select': CustomEvent<GlossarySelectDetail>;
    'glossary-search-empty': CustomEvent<GlossarySearchEmptyDetail>;
  }
  // It bubbles and is composed: a listener on the document or the window hears it.
  interface DocumentEventMap {
    'glossary-search-empty': CustomEvent<GlossarySearchEmptyDetail>;
  }
  interface WindowEventMap {
    'glossary-search-empty': CustomEvent<GlossarySearchEmptyDetail>;
  }
  // They bubble and are composed: a listener on document or window sees them too.
  interface DocumentEventMap {
    'glossary-select': CustomEvent<GlossarySelectDetail>;
  }
  interface WindowEventMap {
    'glossary-select': CustomEvent<GlossarySelectDetail>;
  }
}
