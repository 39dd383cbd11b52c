import { ContextConsumer, ContextRoot } from '@lit/context';
import type { ReactiveControllerHost, ReactiveElement } from 'lit';
import { glossaryContext, type GlossaryContextValue } from '../context.js';
import { getBundledGlossary } from '../core/bundled.js';
import type { Glossary } from '../core/glossary.js';

const ROOT = Symbol.for('post-glossary/context-root');

/**
 * Attaches one ContextRoot per page (whichever copy of the library gets there first). It keeps the
 * requests of consumers that found no provider and replays them when a provider connects, so a
 * `<glossary-provider>` defined after the elements inside it (its script loads later, or
 * `post-glossary` registers `<post-term>` first) still reaches them. It must be in place before
 * the first consumer asks, hence here and not only in the provider's module.
 */
export function attachContextRoot(): void {
  if (typeof document === 'undefined') return;
  const g = globalThis as { [ROOT]?: boolean };
  if (g[ROOT]) return;
  g[ROOT] = true;
  new ContextRoot().attach(document.documentElement);
}

/**
 * Gives an element the glossary of the nearest `<glossary-provider>` (following its changes), or
 * the bundled dataset when there is none. Settings the element sets itself win over the provider's.
 */
export class GlossaryController {
  #value?: GlossaryContextValue;

  constructor(host: ReactiveControllerHost & ReactiveElement) {
    attachContextRoot();
    new ContextConsumer(host, {
      context: glossaryContext,
      subscribe: true,
      callback: (value) => {
        this.#value = value;
        host.requestUpdate();
      },
    });
  }

  get glossary(): Glossary {
    return this.#value?.glossary ?? getBundledGlossary();
  }

  glossaryHref(own?: string | null): string | undefined {
    return own || this.#value?.glossaryHref || undefined;
  }

  linkBase(own?: string | null): string | undefined {
    return own || this.#value?.linkBase || undefined;
  }
}
