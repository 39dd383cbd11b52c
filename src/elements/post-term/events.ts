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

/** Dispatches a bubbling, composed CustomEvent (every event of a term is one). */
export const dispatch = (target: EventTarget, type: string, detail: object): boolean => target.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));

/**
 * post-term-open and its matching post-term-close, once each. A term removed with its card open
 * no longer bubbles to the page: the close goes out at removal, on the term and on the document
 * (or shadow root) it was in, so analytics listening there see it.
 */
export class ToggleEvents {
  /** The id announced by post-term-open, for the matching post-term-close. */
  #openId?: string;
  /** post-term-close went out already, at removal. */
  #announced = false;
  /** The document or shadow root the term is connected in. */
  #root?: Node;

  connected(host: Node): void {
    this.#root = host.getRootNode();
  }

  opened(host: EventTarget, id: string): void {
    dispatch(host, 'post-term-open', { id: (this.#openId = id) } satisfies PostTermToggleDetail);
  }

  closed(host: EventTarget, id: string): void {
    const closedId = this.#announced ? undefined : (this.#openId ?? id);
    this.#openId = undefined;
    this.#announced = false;
    if (closedId) dispatch(host, 'post-term-close', { id: closedId } satisfies PostTermToggleDetail);
  }

  removed(host: EventTarget): void {
    const id = this.#openId;
    if (id) {
      this.#openId = undefined;
      this.#announced = true;
      for (const target of [host, this.#root]) if (target) dispatch(target, 'post-term-close', { id } satisfies PostTermToggleDetail);
    }
    this.#root = undefined;
  }
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
