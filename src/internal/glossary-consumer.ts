import { ContextEvent } from '@lit/context';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { glossaryContext, type GlossaryContextValue } from '../context.js';

/**
 * Consumers under one parent share one request and one subscription. Siblings share every
 * ancestor, so every provider would answer them alike: the first asks, the others join its
 * group (a paragraph of a thousand terms asks once, with or without a provider). Only within
 * one task (then forgotten, and whenever a provider connects); children of a shadow host ask
 * for themselves, since its slots may sit under different providers.
 */
let groups: Map<Node, Group> | undefined;

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
function listenForProviders(): void {
  if (listening || typeof document === 'undefined') return;
  listening = true;
  document.addEventListener('context-provider', (e) => {
    if ((e as Event & { context?: unknown }).context !== glossaryContext) return;
    groups = undefined;
    for (const c of [...waiting]) c.request();
  });
}

/** The parent a consumer may share a request under, or null (see `groups`). */
function sharedParent(host: HTMLElement): Node | null {
  const p = host.parentNode as (Node & { localName?: string; shadowRoot?: ShadowRoot | null }) | null;
  return p && !p.shadowRoot && !p.localName?.includes('-') ? p : null;
}

/** One subscription to the nearest provider, for the consumers in it. */
class Group {
  readonly members = new Set<GlossaryConsumer>();
  value?: GlossaryContextValue;
  answered = false;
  /** The element the provider knows the subscription by (it asks again from there when a closer provider connects). */
  #leader?: HTMLElement;
  #unsubscribe?: () => void;
  /** One callback per group: a provider keys its subscribers by it. */
  #callback = (value: GlossaryContextValue, unsubscribe?: () => void) => {
    // Another provider answered (a closer one connected): leave the previous one.
    if (this.#unsubscribe !== unsubscribe) this.#unsubscribe?.();
    this.#unsubscribe = unsubscribe;
    this.answered = true;
    this.value = value;
    for (const m of this.members) if (m.value !== value) m.receive(value);
  };

  /** Asks from `leader` (an answer comes synchronously, or never). */
  request(leader: HTMLElement): boolean {
    this.#leader = leader;
    leader.dispatchEvent(new ContextEvent(glossaryContext, leader, this.#callback, true));
    return this.answered;
  }

  leave(member: GlossaryConsumer): void {
    this.members.delete(member);
    if (member.host !== this.#leader && this.members.size) return;
    this.#unsubscribe?.();
    this.#unsubscribe = undefined;
    this.answered = false;
    // The leader left: the next member asks in its place, or they all wait for a provider.
    const next = this.members.values().next().value;
    if (next && !(next.host.isConnected && this.request(next.host))) {
      for (const m of this.members) m.wait();
      this.members.clear();
    }
  }
}

/**
 * The glossary context, consumed with the `@lit/context` protocol (`context-request` events,
 * subscribed): any provider of `glossaryContext` answers, a `<glossary-provider>` or one of the
 * page's own. A consumer no provider answered waits (while connected) for one to connect later.
 */
export class GlossaryConsumer implements ReactiveController {
  value?: GlossaryContextValue;
  readonly host: ReactiveControllerHost & HTMLElement;
  #onValue?: (value: GlossaryContextValue | undefined) => void;
  #group?: Group;

  /**
   * @param onValue Called with each value a provider gives (undefined once no provider is around).
   * @param attach Registers as the host's controller. A host that calls `hostConnected` and
   *   `hostDisconnected` itself passes false (a thousand terms need no controller set each).
   */
  constructor(host: ReactiveControllerHost & HTMLElement, onValue?: (value: GlossaryContextValue | undefined) => void, attach = true) {
    this.host = host;
    this.#onValue = onValue;
    listenForProviders();
    if (attach) host.addController(this);
  }

  hostConnected(): void {
    this.request();
  }

  hostDisconnected(): void {
    // Its parent may be on its way elsewhere (under another provider): siblings ask anew there.
    const parent = this.host.parentNode;
    if (parent) groups?.delete(parent);
    waiting.delete(this);
    this.#group?.leave(this);
    this.#group = undefined;
  }

  /** @internal Joins its siblings' group, or asks the providers around the host. */
  request(): void {
    if (!this.host.isConnected || this.#group) return;
    waiting.delete(this);
    const parent = sharedParent(this.host);
    let group = parent ? groups?.get(parent) : undefined;
    if (!group) {
      group = new Group();
      group.members.add(this);
      group.request(this.host);
      if (parent) {
        if (!groups) {
          groups = new Map();
          queueMicrotask(() => (groups = undefined));
        }
        groups.set(parent, group);
      }
    } else if (group.answered) {
      group.members.add(this);
      this.receive(group.value!);
    }
    if (group.answered) this.#group = group;
    else {
      group.members.delete(this);
      this.wait();
      // Moved out of the provider it had (or its provider out of an outer one): no provider now,
      // so the bundled set, not the old provider's glossary.
      if (this.value !== undefined) this.receive(undefined);
    }
  }

  /** @internal No provider answered: wait for one to connect. */
  wait(): void {
    this.#group = undefined;
    waiting.add(this);
  }

  /** @internal A provider's value (at first, and each time it changes); undefined when no provider is around any more. */
  receive(value: GlossaryContextValue | undefined): void {
    this.value = value;
    this.host.requestUpdate();
    this.#onValue?.(value);
  }
}
