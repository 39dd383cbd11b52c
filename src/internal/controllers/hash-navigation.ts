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
  /** Goes there: from the URL (`updateHash` false), or from an in-page link. */
  follow(id: string, updateHash: boolean, focus: boolean): void;
  /** Its data is still loading (the id may be in it): the link waits. */
  loading(): boolean;
  /** Its data now: new data is looked in once more. */
  data(): unknown;
}

// Every connected router, so that a deep link is followed by one host only (the first in document order that has it).
const connected = new Set<HashNavigationController>();

/**
 * Fragment links into shadow DOM, which the browser cannot follow there: the URL's `#id` on load,
 * on hashchange/popstate (once per visit: Back fires both) and when data arrives late (focus then
 * moves only if the reader has not moved on); clicks on the host's own `a[data-target]` links;
 * `pushed()` records the host's navigation as a history entry.
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
    this.host.shadowRoot?.addEventListener('click', this.#onClick);
    addEventListener('hashchange', this.#onHash);
    addEventListener('popstate', this.#onHash);
    this.#inputsAtConnect = readerInputs();
    // A deep link on load: after the first render. (Data arriving later: see hostUpdated.)
    this.host.updateComplete.then(() => this.#onHash());
  }

  hostDisconnected() {
    connected.delete(this);
    this.host.shadowRoot?.removeEventListener('click', this.#onClick);
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
    this.target.follow(id, false, focus);
  };

  #onClick = (e: Event) => {
    const { button, metaKey, ctrlKey, shiftKey, altKey } = e as MouseEvent;
    if (e.defaultPrevented || button !== 0 || metaKey || ctrlKey || shiftKey || altKey) return;
    // The listener is on the shadow root, so the target is the clicked element itself.
    const a = (e.target as Element).closest?.('a[data-target]');
    if (!a) return;
    e.preventDefault();
    this.target.follow(a.getAttribute('data-target')!, true, true);
  };
}
