import type { ReactiveControllerHost } from 'lit';
import { getBundledGlossary } from '../core/bundled.js';
import type { Glossary } from '../core/glossary.js';
import { GlossaryConsumer } from './glossary-consumer.js';
import type { GlossaryStringsOverride } from '../i18n/types.js';

/**
 * Gives an element the glossary of the nearest `<glossary-provider>` (following its changes), or
 * the bundled dataset when there is none. Settings the element sets itself win over the provider's.
 */
export class GlossaryController {
  #consumer: GlossaryConsumer;

  constructor(host: ReactiveControllerHost & HTMLElement) {
    this.#consumer = new GlossaryConsumer(host);
  }

  get glossary(): Glossary {
    return this.#consumer.value?.glossary ?? getBundledGlossary();
  }

  /** The provider's data is still loading: the glossary in force is not final yet. */
  get loading(): boolean {
    return !!this.#consumer.value?.loading;
  }

  glossaryHref(own?: string | null): string | undefined {
    return own || this.#consumer.value?.glossaryHref || undefined;
  }

  /** The provider's UI strings, if it has any. */
  get strings(): GlossaryStringsOverride | undefined {
    return this.#consumer.value?.strings;
  }

  linkBase(own?: string | null): string | undefined {
    return own || this.#consumer.value?.linkBase || undefined;
  }
}
