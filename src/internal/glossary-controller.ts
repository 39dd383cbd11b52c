import { ContextConsumer } from '@lit/context';
import type { ReactiveControllerHost, ReactiveElement } from 'lit';
import { glossaryContext, type GlossaryContextValue } from '../context.js';
import { getBundledGlossary } from '../core/bundled.js';
import type { Glossary } from '../core/glossary.js';

/**
 * Gives an element the glossary of the nearest `<glossary-provider>` (following its changes), or
 * the bundled dataset when there is none. Settings the element sets itself win over the provider's.
 */
export class GlossaryController {
  #value?: GlossaryContextValue;

  constructor(host: ReactiveControllerHost & ReactiveElement) {
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
