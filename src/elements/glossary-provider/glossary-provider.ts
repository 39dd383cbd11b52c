import { LitElement, html, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { ContextProvider } from '@lit/context';
import { glossaryContext, type GlossaryContextValue } from '../../context.js';
import { bundledTerms, getBundledGlossary } from '../../core/bundled.js';
import type { Glossary } from '../../core/glossary.js';
import { mergeEntries, type EntrySource, type MergeResult, type SourcedGlossaryError } from '../../core/merge.js';
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

/** The base of `replace` mode: no entries (one array, so merges over it can be reused). */
const NONE: readonly unknown[] = [];

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
  /** The accepted data of each source: replaced only by data with at least one usable entry. */
  #fileData?: EntrySource;
  #termsData?: EntrySource;
  /** The last merge and what it was made of, so the same inputs give the same glossary object. */
  #merged?: { inputs: readonly unknown[]; result: MergeResult };
  /** The request for `src` that is running; also what tells a load it is still the latest one. */
  #abort?: AbortController;
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
    return this.#provider.value.glossary;
  }

  override connectedCallback() {
    super.connectedCallback();
    // Reconnected after a load was cut short by a disconnect.
    if (this.hasUpdated) this.#load();
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    if (this.#abort) {
      this.#abort.abort();
      this.#abort = undefined;
      this.#requestedSrc = undefined;
    }
  }

  protected override willUpdate(changed: PropertyValues<this>) {
    // The sources whose data was just applied: their problems are reported with the load.
    const applied: string[] = [];
    if (changed.has('terms') && (this.terms != null || this.#termsData) && this.#acceptTerms()) applied.push('terms');
    if (changed.has('mode') && this.hasUpdated) applied.push(...this.#sources().map((s) => s.name));
    if (applied.length) this.#apply(applied);
    else this.#rebuild();
  }

  protected override updated(changed: PropertyValues<this>) {
    if (changed.has('src')) this.#load();
  }

  protected override render() {
    return html`<slot></slot>`;
  }

  /** The entries the site's own extend: an outer provider's or the bundled set; none in `replace` mode. */
  #base(): readonly unknown[] {
    return this.mode === 'replace' ? NONE : (this.#outer?.glossary.entries ?? bundledTerms);
  }

  #sources(): EntrySource[] {
    return [this.#fileData, this.#termsData].filter((s) => s !== undefined);
  }

  /** Checks the `terms` property; keeps the previous data (and says why) when it has nothing usable. */
  #acceptTerms(): boolean {
    const terms = this.terms;
    if (terms != null && !Array.isArray(terms)) {
      this.#fail([{ index: -1, source: 'terms', message: `the terms property must be an array of entries, not ${typeof terms}` }]);
      return false;
    }
    if (terms?.length && !this.#usable('terms', terms)) return false;
    this.#termsData = terms?.length ? { name: 'terms', entries: terms } : undefined;
    return true;
  }

  /** Whether a source has a usable entry; when none is, says so (and the elements keep their data). */
  #usable(name: string, entries: readonly unknown[]): boolean {
    const alone = mergeEntries(this.#base(), [{ name, entries }]);
    const usable = alone.valid[0] > 0;
    if (!usable) this.#fail(alone.errors, `no usable entry in ${name}, the glossary is unchanged`);
    return usable;
  }

  /** Rebuilds the glossary after sources changed, then reports their problems and the load. */
  #apply(applied: string[]) {
    const errors = this.#rebuild().filter((e) => applied.includes(e.source));
    if (errors.length) this.#fail(errors);
    const detail: GlossaryLoadDetail = { count: this.glossary.entries.length, errors };
    this.dispatchEvent(new CustomEvent<GlossaryLoadDetail>('glossary-load', { detail, bubbles: true, composed: true }));
  }

  /** Recomputes the glossary from the base and the accepted sources and shares it; returns the merge's problems. */
  #rebuild(): SourcedGlossaryError[] {
    const sources = this.#sources();
    const outer = this.#outer;
    let glossary = outer?.glossary ?? getBundledGlossary();
    let errors: SourcedGlossaryError[] = [];
    if (sources.length) {
      const base = this.#base();
      const inputs = [base, this.#fileData, this.#termsData];
      // Same inputs (a settings change, a re-render): keep the same object, so consumers' caches stay warm.
      if (!this.#merged?.inputs.every((input, i) => input === inputs[i])) {
        this.#merged = { inputs, result: mergeEntries(base, sources) };
      }
      ({ glossary, errors } = this.#merged.result);
    }
    const value: GlossaryContextValue = {
      glossary,
      glossaryHref: this.glossaryHref || outer?.glossaryHref || undefined,
      linkBase: this.linkBase || outer?.linkBase || undefined,
    };
    const old = this.#provider.value;
    if ((Object.keys(value) as (keyof GlossaryContextValue)[]).some((k) => old[k] !== value[k])) this.#provider.setValue(value);
    return errors;
  }

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

  /**
   * Fetches `src` unless that value is loading or loaded already. A newer `src` aborts the running
   * request, and a stale answer is ignored.
   */
  async #load() {
    const src = this.src?.trim() || undefined;
    if (src === this.#requestedSrc) return;
    this.#abort?.abort();
    this.#abort = undefined;
    this.#requestedSrc = src;
    if (!src) {
      if (this.#fileData) {
        this.#fileData = undefined;
        this.#apply([]);
      }
      return;
    }
    const controller = (this.#abort = new AbortController());
    const current = () => this.#abort === controller;
    const failWhole = (problem: string) => this.#fail([{ index: -1, source: src, message: `${problem}; the glossary is unchanged` }]);
    let data: unknown;
    try {
      const response = await fetch(src, { signal: controller.signal });
      if (!current()) return;
      if (!response.ok) {
        return failWhole(`could not load ${src}: HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`);
      }
      const text = await response.text();
      if (!current()) return;
      try {
        data = JSON.parse(text);
      } catch (e) {
        // JSON.parse throws only SyntaxErrors.
        return failWhole(`${src} is not valid JSON (${(e as SyntaxError).message})`);
      }
    } catch (e) {
      // An aborted request is no longer the current one.
      if (current()) failWhole(`could not load ${src}: ${e instanceof Error ? e.message : String(e)} (network error or blocked by CORS)`);
      return;
    } finally {
      if (current()) this.#abort = undefined;
    }
    if (!Array.isArray(data)) {
      return failWhole(`${src} must hold a JSON array of entries, not ${data === null ? 'null' : typeof data}`);
    }
    if (data.length && !this.#usable(src, data)) return;
    this.#fileData = data.length ? { name: src, entries: data } : undefined;
    this.#apply([src]);
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
  // They bubble and are composed: a listener on document or window sees them too.
  interface DocumentEventMap {
    'glossary-load': CustomEvent<GlossaryLoadDetail>;
    'glossary-error': CustomEvent<GlossaryErrorDetail>;
  }
  interface WindowEventMap {
    'glossary-load': CustomEvent<GlossaryLoadDetail>;
    'glossary-error': CustomEvent<GlossaryErrorDetail>;
  }
}
