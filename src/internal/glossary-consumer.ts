import { ContextEvent } from '@lit/context';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { glossaryContext, type GlossaryContextValue } from '../context.js';

/**
 * Parents whose consumer found no provider, in the current task. Siblings share every ancestor
 * (unless their parent is a shadow host, see `hostConnected`), so they would get the same answer:
 * the others skip their request (a paragraph of a thousand terms on a page without a provider
 * asks once, not a thousand times). Forgotten after the task, and whenever a provider connects.
 */
let unanswered: WeakSet<Node> | undefined;

/** Connected consumers no provider has answered (yet): asked again when a provider connects. */
const waiting = new Set<GlossaryConsumer>();
let listening = false;

/**
 * Listens, once per copy of the library, for providers announcing themselves: `@lit/context`'s
 * ContextProvider dispatches `context-provider` when it connects, and it reaches the document
 * unless a provider around it takes it (whose consumers then get the inner one). Consumers
 * connected earlier, with no provider or with none around them, ask again. Only connected
 * consumers wait, so a page without a provider keeps nothing for the terms it removes.
 */
export function listenForProviders(): void {
  if (listening || typeof document === 'undefined') return;
  listening = true;
  document.addEventListener('context-provider', (e) => {
    if ((e as Event & { context?: unknown }).context !== glossaryContext) return;
    unanswered = undefined;
    for (const c of [...waiting]) c.request();
  });
}

/**
 * The glossary context, consumed with the `@lit/context` protocol (`context-request` events,
 * subscribed): any provider of `glossaryContext` answers, a `<glossary-provider>` or one of the
 * page's own. A consumer no provider answered waits (while connected) for one to connect later.
 */
export class GlossaryConsumer implements ReactiveController {
  value?: GlossaryContextValue;
  #host: ReactiveControllerHost & HTMLElement;
  #onValue?: (value: GlossaryContextValue) => void;
  #unsubscribe?: () => void;
  #callback?: (value: GlossaryContextValue, unsubscribe?: () => void) => void;

  /**
   * @param onValue Called with each value a provider gives.
   * @param attach Registers as the host's controller. A host that calls `hostConnected` and
   *   `hostDisconnected` itself passes false (a thousand terms need no controller set each).
   */
  constructor(host: ReactiveControllerHost & HTMLElement, onValue?: (value: GlossaryContextValue) => void, attach = true) {
    this.#host = host;
    this.#onValue = onValue;
    listenForProviders();
    if (attach) host.addController(this);
  }

  hostConnected(): void {
    // Children of a shadow host (a custom element, or an open shadow root) may be slotted into
    // different places, under different providers: they ask for themselves.
    const p = this.#host.parentNode as (Node & { localName?: string; shadowRoot?: ShadowRoot | null }) | null;
    const parent = p && !p.shadowRoot && !p.localName?.includes('-') ? p : null;
    if (!parent || !unanswered?.has(parent)) {
      this.request();
      if (!this.#unsubscribe && parent) {
        if (!unanswered) {
          unanswered = new WeakSet();
          queueMicrotask(() => (unanswered = undefined));
        }
        unanswered.add(parent);
      }
    }
    if (!this.#unsubscribe) waiting.add(this);
  }

  hostDisconnected(): void {
    waiting.delete(this);
    this.#unsubscribe?.();
    this.#unsubscribe = undefined;
  }

  /** @internal Asks the providers around the host (an answer comes synchronously, or never). */
  request(): void {
    const host = this.#host;
    if (!host.isConnected) return;
    // One callback per consumer: a provider keys its subscribers by it.
    this.#callback ??= (value, unsubscribe) => {
      // Another provider answered (a closer one connected): leave the previous one.
      if (this.#unsubscribe !== unsubscribe) this.#unsubscribe?.();
      this.#unsubscribe = unsubscribe;
      waiting.delete(this);
      this.value = value;
      this.#host.requestUpdate();
      this.#onValue?.(value);
    };
    host.dispatchEvent(new ContextEvent(glossaryContext, host, this.#callback, true));
  }
}
