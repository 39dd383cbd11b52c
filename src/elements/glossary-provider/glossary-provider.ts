import { LitElement, nothing, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { ContextProvider } from '@lit/context';
import { glossaryContext, type GlossaryContextValue } from '../../context.js';
import { bundledTerms, getBundledGlossary } from '../../core/bundled.js';
import { readItems, type Glossary } from '../../core/glossary.js';
import { mergeEntries, type EntrySource, type MergeResult, type SourcedGlossaryError } from '../../core/merge.js';
import { mergeEntriesInSlices } from '../../internal/slices.js';
import { fetchEntries } from '../../internal/fetch-entries.js';
import { LatestLoad } from '../../internal/controllers/latest-load.js';
import { GlossaryConsumer } from '../../internal/glossary-consumer.js';
import { stringsMerger } from '../../internal/merge-strings.js';
import { describeProblems } from '../../internal/describe-problems.js';
import { WithGlossaryHref, WithLinkBase } from '../../internal/shared-properties.js';
import { styles } from './glossary-provider.styles.js';
import type { GlossaryStringsOverride } from '../../i18n/types.js';

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

/** How long a `src` request may take, by default (ms). */
const DEFAULT_TIMEOUT = 15000;

/** The base of `replace` mode: no entries (one array, so merges over it can be reused). */
const NONE: readonly unknown[] = [];

/**
 * Above this many entries (base included), data is validated and merged in slices of a few
 * milliseconds, so the page stays responsive; below it, at once (as before the data is shared).
 */
const SLICED_ABOVE = 2000;

/** A change of the provider's sources: each given one replaces the accepted one (null: none). */
interface Change {
  file?: EntrySource | null;
  terms?: EntrySource | null;
  /** The sources whose data this applies: their problems are reported with the load (none: a rebuild, no load event). */
  applied?: string[];
  /** False once the change is out of date (a newer `src` was set meanwhile). */
  current?: () => boolean;
  /** Why the `terms` given cannot be used (reported, and the accepted ones kept). */
  problem?: string;
}

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
 * @fires {CustomEvent<GlossaryErrorDetail>} glossary-error - Data could not be loaded (HTTP error, network failure, no answer within `timeout`, invalid JSON, not an array, an empty array or no usable entry: the glossary is then unchanged) or some entries break the schema; the message names the entry and field. `detail: { message, errors }`. Bubbles, composed.
 */
export class GlossaryProvider extends WithLinkBase(WithGlossaryHref(LitElement)) {
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

  /**
   * Read marks for every `<post-term>` inside: a term whose card stayed open 1 s is remembered (as
   * `<html data-glossary-storage>` allows) and shown quieter on later pages, never hidden.
   */
  @property({ type: Boolean, attribute: 'mark-read' }) markRead = false;

  /**
   * UI strings for every element inside, merged over the table of each element's language (its
   * closest `lang`): any of the keys of `GlossaryStrings` (`{ seeAlso: 'Related' }`,
   * `{ categories: { color: 'Grading' } }`). An outer provider's are merged under these; an
   * element's own `strings` over them.
   */
  @property({ attribute: false }) strings?: GlossaryStringsOverride | null;

  /**
   * Milliseconds to wait for `src` (its answer and its body) before giving up: then
   * `glossary-error` fires and the glossary stays as it was. `reload()` tries again.
   */
  @property({ type: Number }) timeout = DEFAULT_TIMEOUT;

  #provider = new ContextProvider(this, { context: glossaryContext, initialValue: { glossary: getBundledGlossary() } });
  #outer?: GlossaryContextValue;
  /** The accepted data of each source: replaced only by data with at least one usable entry. */
  #fileData?: EntrySource;
  #termsData?: EntrySource;
  /** The last merge and what it was made of, so the same inputs give the same glossary object. */
  #merged?: { inputs: readonly unknown[]; result: MergeResult };
  /** The merge in force (undefined: no sources of its own). */
  #inForce?: MergeResult;
  /** A change whose data is being validated in slices (large data), and the number of the latest such job. */
  #pending?: { change: Change; inputs: readonly unknown[]; done: Promise<void> };
  #job = 0;
  /** The load of `src`: the latest only (a newer `src` or a disconnect aborts it); while it runs the glossary is not final. */
  #src = new LatestLoad<string>(this, () => this.#share(this.#inForce));
  /** What the last update changed (computed in willUpdate, applied in updated). */
  #change: Change = {};
  #strings = stringsMerger();

  constructor() {
    super();
    // A provider inside another one extends the outer glossary and inherits its settings. The
    // provider ignores its own host's request, so this one reaches the outer provider (also one
    // that connects later: consumers waiting for a provider ask again when one announces itself).
    new GlossaryConsumer(this, (value) => {
      this.#outer = value;
      this.#offer({});
    });
  }

  /** The glossary this provider shares with the elements inside it: its data merged over the bundled set (or an outer provider's). */
  get glossary(): Glossary {
    return this.#provider.value.glossary;
  }

  /**
   * Fetches `src` again, even when it has not changed (after a failed load, or when the file was
   * updated on the server). Fires `glossary-load` or `glossary-error` like any load.
   * @returns {Promise<void>} Settles when the request is done (applied, refused or superseded).
   */
  reload(): Promise<void> {
    return this.#load(true);
  }

  override connectedCallback() {
    super.connectedCallback();
    // Reconnected after a load was cut short by a disconnect.
    if (this.hasUpdated) this.#load();
    // A src to load: say so from the start (terms inside may render before this provider's first
    // update starts the request), so that none is called missing before the file is in.
    else this.#src.setLoading(this.src?.trim() || undefined);
  }

  /** Works out what the change of `terms` or `mode` means for the sources (applied in updated). */
  protected override willUpdate(changed: PropertyValues<this>) {
    const change: Change = {};
    const applied: string[] = [];
    if (changed.has('terms') && (this.terms != null || this.#termsData)) {
      // Read once, item by item: a Proxy or getters that throw cost their entries, never the page.
      const terms = this.terms == null ? null : readItems(this.terms);
      if (typeof terms === 'string') change.problem = `the terms property must be an array of entries, not ${terms}`;
      else {
        change.terms = terms?.length ? { name: 'terms', entries: terms } : null;
        applied.push('terms');
      }
    }
    if (changed.has('mode') && this.hasUpdated) applied.push(...this.#sources().map((s) => s.name));
    if (applied.length) change.applied = applied;
    this.#change = change;
  }

  protected override updated(changed: PropertyValues<this>) {
    if (this.#change.problem) this.#fail([{ index: -1, source: 'terms', message: this.#change.problem }]);
    this.#offer(this.#change);
    if (changed.has('src')) this.#load();
  }

  /**
   * The slot is made with a DOM call, not a Lit template: the content around it must show even
   * where Trusted Types refuse Lit's policy (see internal/lit-policy-guard.ts).
   */
  protected override createRenderRoot() {
    const root = super.createRenderRoot();
    root.append(document.createElement('slot'));
    return root;
  }

  protected override render() {
    return nothing;
  }

  /** The entries the site's own extend: an outer provider's or the bundled set; none in `replace` mode. */
  #base(): readonly unknown[] {
    return this.mode === 'replace' ? NONE : (this.#outer?.glossary.entries ?? bundledTerms);
  }

  #sources(): EntrySource[] {
    return [this.#fileData, this.#termsData].filter((s) => s !== undefined);
  }

  /**
   * Merges the sources a change leads to over the base (each entry validated once), then accepts
   * them, shares the glossary and reports the load; new data without a usable entry is refused (and
   * said so), keeping the data in force. Large data is merged in slices: until it is done the
   * elements keep the glossary they have (settings changes still reach them at once), and a
   * change arriving meanwhile joins it.
   */
  #offer(change: Change): Promise<void> | void {
    const pending = this.#pending?.change;
    if (pending) {
      const current = change.current;
      change = {
        ...pending,
        ...change,
        applied: pending.applied || change.applied ? [...new Set([...(pending.applied ?? []), ...(change.applied ?? [])])] : undefined,
        current: () => (pending.current?.() ?? true) && (current?.() ?? true),
      };
    }
    const file = change.file !== undefined ? (change.file ?? undefined) : this.#fileData;
    const terms = change.terms !== undefined ? (change.terms ?? undefined) : this.#termsData;
    const sources = [file, terms].filter((s) => s !== undefined);
    const base = this.#base();
    const inputs = [base, file, terms];
    const accept = (result: MergeResult | undefined): void => {
      // Settled: a slower merge still running for an earlier change is out of date.
      this.#job++;
      this.#pending = undefined;
      if (change.current && !change.current()) return void this.#share(this.#inForce);
      if (result) this.#merged = { inputs, result };
      // New data with no usable entry: said so, and the glossary is unchanged.
      const unusable = result && [change.file, change.terms].find((s) => s && result.valid[sources.indexOf(s)] === 0);
      if (unusable) {
        this.#fail(
          result.errors.filter((e) => e.source === unusable.name),
          `no usable entry in ${unusable.name}, the glossary is unchanged`,
        );
        return void this.#share(this.#inForce);
      }
      this.#fileData = file;
      this.#termsData = terms;
      this.#inForce = result;
      const applied = change.applied;
      const errors = this.#share(result).filter((e) => applied?.includes(e.source));
      if (!applied) return;
      if (errors.length) this.#fail(errors);
      const detail: GlossaryLoadDetail = { count: this.glossary.entries.length, errors };
      this.dispatchEvent(new CustomEvent<GlossaryLoadDetail>('glossary-load', { detail, bubbles: true, composed: true }));
    };
    if (!sources.length) return accept(undefined);
    // Same inputs (a settings change, a re-render): keep the same object, so consumers' caches stay warm.
    if (this.#merged?.inputs.every((input, i) => input === inputs[i])) return accept(this.#merged.result);
    const size = sources.reduce((n, s) => n + s.entries.length, base.length);
    // Being merged already (a re-render meanwhile): only the settings are shared now.
    if (this.#pending?.inputs.every((input, i) => input === inputs[i])) {
      this.#pending.change = change;
      this.#share(this.#inForce);
      return this.#pending.done;
    }
    if (size <= SLICED_ABOVE) return accept(mergeEntries(base, sources));
    const job = ++this.#job;
    const done = mergeEntriesInSlices(base, sources).then((result) => {
      if (job === this.#job) accept(result);
    });
    this.#pending = { change, inputs, done };
    this.#share(this.#inForce);
    return done;
  }

  /** Shares this merge's glossary (or the base glossary) and the settings, when they changed; returns the merge's problems. */
  #share(merged: MergeResult | undefined): SourcedGlossaryError[] {
    const outer = this.#outer;
    const glossary = merged?.glossary ?? outer?.glossary ?? getBundledGlossary();
    const errors = merged?.errors ?? [];
    const value: GlossaryContextValue = {
      glossary,
      glossaryHref: this.glossaryHref || outer?.glossaryHref || undefined,
      linkBase: this.linkBase || outer?.linkBase || undefined,
      markRead: this.markRead || outer?.markRead || undefined,
      strings: this.#strings(this.strings, outer?.strings),
      // Not final while `src` loads or large data is still being merged.
      loading: !!this.#src.loading || !!this.#pending || !!outer?.loading,
    };
    const old = this.#provider.value;
    if ((Object.keys(value) as (keyof GlossaryContextValue)[]).some((k) => old[k] !== value[k])) this.#provider.setValue(value);
    return errors;
  }

  /** Reports problems: a `glossary-error` event and one console.error. */
  #fail(errors: SourcedGlossaryError[], headline?: string) {
    const message = describeProblems(errors, headline);
    console.error(message);
    const detail: GlossaryErrorDetail = { message, errors };
    this.dispatchEvent(new CustomEvent<GlossaryErrorDetail>('glossary-error', { detail, bubbles: true, composed: true }));
  }

  /**
   * Loads `src` unless that value is loading or loaded already (`force`: anyway). A newer `src`
   * aborts the running request, and a stale answer is ignored.
   */
  #load(force = false): Promise<void> {
    const src = this.src?.trim() || undefined;
    return this.#src.run(
      src,
      async (signal, current) => {
        if (!src) {
          if (this.#fileData || this.#pending?.change.file) await this.#offer({ file: null, applied: [] });
          return;
        }
        const entries = await fetchEntries(src, signal, Number.isFinite(this.timeout) && this.timeout > 0 ? this.timeout : DEFAULT_TIMEOUT);
        if (!current()) return;
        if (typeof entries === 'string') return this.#fail([{ index: -1, source: src, message: `${entries}; the glossary is unchanged` }]);
        await this.#offer({ file: { name: src, entries }, applied: [src], current });
      },
      force,
    );
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
