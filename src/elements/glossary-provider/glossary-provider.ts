import { LitElement, html, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { ContextProvider } from '@lit/context';
import { glossaryContext, type GlossaryContextValue } from '../../context.js';
import { bundledTerms, getBundledGlossary } from '../../core/bundled.js';
import type { Glossary } from '../../core/glossary.js';
import { mergeEntries, type EntrySource, type SourcedGlossaryError } from '../../core/merge.js';
import { GlossaryConsumer } from '../../internal/glossary-consumer.js';
import { styles } from './glossary-provider.styles.js';

/** Detail of `glossary-load`. */
export interface GlossaryLoadDetail {
  /** Number of entries in the glossary now in force. */
  count: number;
  /** Problems with the data just applied (entries left out, fields ignored); empty when it was clean. */
  errors: SourcedGlossaryError[];
}

/** Detail of `glossary-error`. */
export interface GlossaryErrorDetail {
  /** A readable summary naming the source, the entries and the fields at fault. */
  message: string;
  /** Each problem; `index` counts within its source, -1 for the whole source (HTTP, network, JSON). */
  errors: SourcedGlossaryError[];
}

/** How many problems a message spells out before "and N more". */
const LISTED = 5;

/**
 * Shares one glossary with every post-glossary element inside it (also inside other components'
 * shadow roots), through the `@lit/context` protocol. The data is the bundled set, extended or replaced by the
 * site's own entries from `src` (a JSON file) and/or the `terms` property; nested providers extend
 * the glossary of the provider around them. Bad data never empties the page: invalid entries are
 * left out and reported, and when nothing usable arrives the elements keep the data they had.
 *
 * @tagname glossary-provider
 * @summary Shares a glossary (bundled, or a site's own) with the elements inside it.
 *
 * @slot - Any content; the post-glossary elements in it use this provider's glossary.
 *
 * @fires {CustomEvent<GlossaryLoadDetail>} glossary-load - The provider's own data (`src` or `terms`) was applied. `detail: { count, errors }`. Bubbles, composed.
 * @fires {CustomEvent<GlossaryErrorDetail>} glossary-error - Data could not be loaded (HTTP error, network failure, invalid JSON, not an array) or some entries break the schema; the message names the entry and field. `detail: { message, errors }`. Bubbles, composed.
 */
export class GlossaryProvider extends LitElement {
  static override styles = styles;

  /**
   * URL of a JSON file holding an array of entries (the shape of `data/terms.json`; `id`, `term`,
   * `category` and `definition` are required). Resolved against the page. Changing it loads the new
   * file; a response to an earlier value is never applied over a newer one.
   */
  @property() src?: string;

  /**
   * `extend` (default): the site's entries are added to the bundled set (or to an outer provider's
   * glossary), an entry with the same `id` replacing the bundled one. `replace`: only the site's
   * entries are used (the bundled set stays in force until they have loaded).
   */
  @property() mode: 'extend' | 'replace' = 'extend';

  /**
   * Entries from JavaScript, in the same shape as the `src` file. They win over the file's on the
   * same id. Assign a new array to update every element inside.
   */
  @property({ attribute: false }) terms?: readonly unknown[] | null;

  /** Where the full glossary page lives; elements inside link entries to `glossary-href#id`. */
  @property({ attribute: 'glossary-href' }) glossaryHref?: string;

  /** Base URL the entries' "learn more" paths are resolved against; those links show only when it is set. */
  @property({ attribute: 'link-base' }) linkBase?: string;

  #provider = new ContextProvider(this, { context: glossaryContext, initialValue: { glossary: getBundledGlossary() } });
  #outer?: GlossaryContextValue;
  #glossary: Glossary = getBundledGlossary();
  /** The accepted data of each source: replaced only by data with at least one usable entry. */
  #fileData?: { name: string; entries: readonly unknown[] };
  #termsData?: readonly unknown[];
  #abort?: AbortController;
  #loadToken = 0;
  /** The `src` value whose load is running or done, so reconnecting does not fetch again. */
  #requestedSrc?: string;

  constructor() {
    super();
    // A provider inside another one extends the outer glossary and inherits its settings. The
    // provider ignores its own host's request, so this one reaches the outer provider (also one
    // that connects later: consumers waiting for a provider ask again when one announces itself).
    new GlossaryConsumer(this, (value) => {
      this.#outer = value;
      this.#rebuild();
    });
  }

  /** The glossary this provider shares with the elements inside it: its data merged over the bundled set (or an outer provider's). */
  get glossary(): Glossary {
    return this.#glossary;
  }

  override connectedCallback() {
    super.connectedCallback();
    // Reconnected after a load was cut short by a disconnect.
    if (this.hasUpdated && this.#currentSrc() !== this.#requestedSrc) this.#load();
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    if (this.#abort) {
      this.#abort.abort();
      this.#abort = undefined;
      this.#loadToken++;
      this.#requestedSrc = undefined;
    }
  }

  protected override willUpdate(changed: PropertyValues<this>) {
    const sources = new Set<string>();
    if (changed.has('terms') && (this.terms != null || this.#termsData)) {
      if (this.#acceptTerms()) sources.add('terms');
    }
    if (changed.has('mode') && this.hasUpdated) {
      if (this.#fileData) sources.add(this.#fileData.name);
      if (this.#termsData) sources.add('terms');
    }
    if (sources.size) this.#apply(sources);
    else this.#rebuild();
  }

  protected override updated(changed: PropertyValues<this>) {
    if (changed.has('src') && this.#currentSrc() !== this.#requestedSrc) this.#load();
  }

  protected override render() {
    return html`<slot></slot>`;
  }

  #currentSrc() {
    return this.src?.trim() || undefined;
  }

  #mode() {
    return this.mode === 'replace' ? 'replace' : 'extend';
  }

  #base() {
    return this.#outer?.glossary.entries ?? bundledTerms;
  }

  /** Checks the `terms` property; keeps the previous data (and says why) when it has nothing usable. */
  #acceptTerms(): boolean {
    const terms = this.terms;
    if (terms == null || (Array.isArray(terms) && terms.length === 0)) {
      this.#termsData = undefined;
      return true;
    }
    if (!Array.isArray(terms)) {
      const kind = typeof terms;
      this.#fail([{ index: -1, source: 'terms', message: `the terms property must be an array of entries, not ${kind}` }]);
      return false;
    }
    return this.#accept('terms', terms, () => (this.#termsData = terms));
  }

  /** Accepts a source's entries unless none of them is usable (then the elements keep their data). */
  #accept(name: string, entries: readonly unknown[], take: () => void): boolean {
    const alone = mergeEntries(this.#base(), [{ name, entries }], this.#mode());
    if (alone.valid[0] === 0) {
      this.#fail(alone.errors, `no usable entry in ${name}, the glossary is unchanged`);
      return false;
    }
    take();
    return true;
  }

  /** Rebuilds the glossary after a source changed, then reports that source's problems and the load. */
  #apply(changedSources: Set<string>) {
    const errors = this.#rebuild().filter((e) => changedSources.has(e.source));
    if (errors.length) this.#fail(errors);
    const detail: GlossaryLoadDetail = { count: this.#glossary.entries.length, errors };
    this.dispatchEvent(new CustomEvent<GlossaryLoadDetail>('glossary-load', { detail, bubbles: true, composed: true }));
  }

  /** Recomputes the glossary from the base and the accepted sources and shares it; returns the merge's problems. */
  #rebuild(): SourcedGlossaryError[] {
    const sources: EntrySource[] = [];
    if (this.#fileData) sources.push(this.#fileData);
    if (this.#termsData) sources.push({ name: 'terms', entries: this.#termsData });
    const base = this.#base();
    const mode = this.#mode();
    let errors: SourcedGlossaryError[] = [];
    if (sources.length === 0) {
      this.#built = undefined;
      this.#glossary = this.#outer?.glossary ?? getBundledGlossary();
    } else {
      const b = this.#built;
      // Same inputs (a settings change, a re-render): keep the same object, so consumers' caches stay warm.
      if (!b || b.base !== base || b.mode !== mode || b.sources.length !== sources.length || b.sources.some((s, i) => s !== sources[i].entries)) {
        const merged = mergeEntries(base, sources, mode);
        this.#built = { base, mode, sources: sources.map((s) => s.entries), glossary: merged.glossary, errors: merged.errors };
      }
      this.#glossary = this.#built!.glossary;
      errors = this.#built!.errors;
    }
    const value: GlossaryContextValue = {
      glossary: this.#glossary,
      glossaryHref: this.glossaryHref || this.#outer?.glossaryHref || undefined,
      linkBase: this.linkBase || this.#outer?.linkBase || undefined,
    };
    const old = this.#provider.value;
    if (!old || old.glossary !== value.glossary || old.glossaryHref !== value.glossaryHref || old.linkBase !== value.linkBase) {
      this.#provider.setValue(value);
    }
    return errors;
  }

  #built?: { base: readonly unknown[]; mode: string; sources: readonly (readonly unknown[])[]; glossary: Glossary; errors: SourcedGlossaryError[] };

  /** Reports problems: a `glossary-error` event and one console.error. */
  #fail(errors: SourcedGlossaryError[], headline?: string) {
    const sources = [...new Set(errors.map((e) => e.source))].join(', ');
    const listed = errors.slice(0, LISTED).map((e) => e.message);
    if (errors.length > LISTED) listed.push(`and ${errors.length - LISTED} more`);
    const what = headline ?? (errors.length === 1 ? sources : `${errors.length} problems in ${sources}`);
    const message = `<glossary-provider>: ${what}: ${listed.join('; ')}`;
    console.error(message);
    const detail: GlossaryErrorDetail = { message, errors };
    this.dispatchEvent(new CustomEvent<GlossaryErrorDetail>('glossary-error', { detail, bubbles: true, composed: true }));
  }

  /** Fetches `src`. A newer `src` aborts the running request, and a stale answer is ignored. */
  async #load() {
    const src = this.#currentSrc();
    this.#abort?.abort();
    this.#abort = undefined;
    const token = ++this.#loadToken;
    this.#requestedSrc = src;
    if (!src) {
      if (this.#fileData) {
        this.#fileData = undefined;
        this.#apply(new Set());
      }
      return;
    }
    const controller = new AbortController();
    this.#abort = controller;
    const current = () => token === this.#loadToken;
    const failWhole = (message: string) => this.#fail([{ index: -1, source: src, message }]);
    let data: unknown;
    try {
      const response = await fetch(src, { signal: controller.signal });
      if (!current()) return;
      if (!response.ok) {
        failWhole(`could not load ${src}: HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}; the glossary is unchanged`);
        return;
      }
      const text = await response.text();
      if (!current()) return;
      try {
        data = JSON.parse(text);
      } catch (e) {
        failWhole(`${src} is not valid JSON (${e instanceof Error ? e.message : String(e)}); the glossary is unchanged`);
        return;
      }
    } catch (e) {
      if (!current() || controller.signal.aborted) return;
      failWhole(`could not load ${src}: ${e instanceof Error ? e.message : String(e)} (network error or blocked by CORS); the glossary is unchanged`);
      return;
    } finally {
      if (current()) this.#abort = undefined;
    }
    if (!Array.isArray(data)) {
      const kind = data === null ? 'null' : typeof data;
      failWhole(`${src} must hold a JSON array of entries, not ${kind}; the glossary is unchanged`);
      return;
    }
    const entries = data;
    if (entries.length === 0) {
      this.#fileData = undefined;
      this.#apply(new Set([src]));
    } else if (this.#accept(src, entries, () => (this.#fileData = { name: src, entries }))) {
      this.#apply(new Set([src]));
    }
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'glossary-provider': GlossaryProvider;
  }
  interface HTMLElementEventMap {
    'glossary-load': CustomEvent<GlossaryLoadDetail>;
    'glossary-error': CustomEvent<GlossaryErrorDetail>;
  }
}
