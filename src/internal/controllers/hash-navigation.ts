import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { readerInputs } from '../reader-input.js';

/** The id in the URL fragment ('' when none, or when it is not valid percent-encoding). */
export function hashId(): string {
  try {
    return decodeURIComponent(location.hash.slice(1));
  } catch {
    return '';
  }
}

/** What the host tells the router. */
export interface HashTarget {
  /** Whether it has the entry or section `id`. */
  has(id: string): boolean;
  /** Goes there (without touching the URL). */
  follow(id: string, focus: boolean): void;
  /** Its data is still loading (the id may be in it): the link waits. */
  loading(): boolean;
  /** Its data now: new data is looked in once more. */
  data(): unknown;
}

// Every connected router, so that a deep link is followed by one host only (the first in document order that has it).
const connected = new Set<HashNavigationController>();

/**
 * Deep links into shadow DOM: follows the URL's `#id` on load, on hashchange/popstate (once per
 * visit: Back fires both) and when data arrives late (focus then moves only if the reader has not
 * moved on); `pushed()` records the host's own navigation as a history entry.
 */
export class HashNavigationController implements ReactiveController {
  /** The URL last acted on. */
  #handled = '';
  #pending = false;
  #data?: unknown;
  #inputsAtConnect = 0;

  constructor(
    private host: ReactiveControllerHost & HTMLElement,
    private target: HashTarget,
  ) {
    host.addController(this);
  }

  hostConnected() {
    connected.add(this);
    addEventListener('hashchange', this.#onHash);
    addEventListener('popstate', this.#onHash);
    this.#inputsAtConnect = readerInputs();
    // A deep link on load: after the first render. (Data arriving later: see hostUpdated.)
    this.host.updateComplete.then(() => this.#onHash());
  }

  hostDisconnected() {
    connected.delete(this);
    removeEventListener('hashchange', this.#onHash);
    removeEventListener('popstate', this.#onHash);
  }

  hostUpdated() {
    // New data, or a deep link that waited for it to settle: followed now, once.
    const settled = this.#pending && !this.target.loading();
    const data = this.target.data();
    if (this.#data !== data || settled) {
      const late = this.#data !== undefined || settled;
      this.#data = data;
      this.#pending = false;
      // After this update (following it renders again).
      if (late) Promise.resolve().then(() => this.#onHash(undefined, true));
    }
  }

  /** The host went to `id`: a new history entry (unless `updateHash` is false), and this visit is handled. */
  pushed(id: string, updateHash: boolean) {
    if (updateHash && hashId() !== id) history.pushState(history.state, '', `#${encodeURIComponent(id)}`);
    this.#handled = location.href;
  }

  #onHash = (event?: Event, late = false) => {
    // A hashchange that arrives after the URL moved on again (a link pushed a new entry) is stale.
    if (event instanceof HashChangeEvent && event.newURL !== location.href) return;
    if (location.href === this.#handled) return;
    if (this.target.loading()) {
      this.#pending = true;
      return;
    }
    const id = hashId();
    if (!id || !connected.has(this) || !this.target.has(id)) return;
    for (const other of connected) if (other.host.compareDocumentPosition(this.host) & Node.DOCUMENT_POSITION_FOLLOWING && other.target.has(id)) return;
    const active = document.activeElement;
    const focus = !late || (readerInputs() === this.#inputsAtConnect && (!active || active === document.body || active === document.documentElement));
    this.target.follow(id, focus);
  };
}
