import type { PostGlossaryPreferencesDetail } from '../../internal/preferences.js';

/** Detail of `post-term-open` and `post-term-close`. */
export interface PostTermToggleDetail {
  /** The id of the entry shown. */
  id: string;
}

/** Detail of `post-term-read`. */
export interface PostTermReadDetail {
  /** The id of the entry read. */
  id: string;
}

/** Detail of `post-term-missing`. */
export interface PostTermMissingDetail {
  /** What was looked up: the `term` attribute, else the element's text. */
  term: string;
}

declare global {
  interface HTMLElementEventMap {
    'post-term-open': CustomEvent<PostTermToggleDetail>;
    'post-term-close': CustomEvent<PostTermToggleDetail>;
    'post-term-missing': CustomEvent<PostTermMissingDetail>;
    'post-term-read': CustomEvent<PostTermReadDetail>;
    'post-glossary-preferences': CustomEvent<PostGlossaryPreferencesDetail>;
  }
  // They bubble and are composed: a listener on the document or the window hears them.
  interface DocumentEventMap {
    'post-term-open': CustomEvent<PostTermToggleDetail>;
    'post-term-close': CustomEvent<PostTermToggleDetail>;
    'post-term-missing': CustomEvent<PostTermMissingDetail>;
    'post-term-read': CustomEvent<PostTermReadDetail>;
    'post-glossary-preferences': CustomEvent<PostGlossaryPreferencesDetail>;
  }
  interface WindowEventMap {
    'post-term-open': CustomEvent<PostTermToggleDetail>;
    'post-term-close': CustomEvent<PostTermToggleDetail>;
    'post-term-missing': CustomEvent<PostTermMissingDetail>;
    'post-term-read': CustomEvent<PostTermReadDetail>;
    'post-glossary-preferences': CustomEvent<PostGlossaryPreferencesDetail>;
  }
}
