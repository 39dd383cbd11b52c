import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Glossary } from '../../core/glossary.js';
import type { SearchHit, SearchIndex } from '../../core/search.js';
import type { TermEntry } from '../../core/types.js';
import type { Strings } from '../../i18n/index.js';
import { yieldToPage } from '../prepare-index.js';
import { findIndex, setFilter, type IndexLike } from '../index-bridge.js';
import type { Announcer } from './announcer.js';

/** Most entries a filtered index shows; past this, the best matches. */
const FILTER_LIMIT = 1000;
/** Glossaries up to this size are filtered on every keystroke; larger ones when typing pauses. */
const FILTER_NOW = 500;
const FILTER_DELAY = 150;
/** Quiet time before "did you mean" is looked up (it needs fuse.js, loaded then). */
const SUGGEST_DELAY = 120;
/** Longest piece of a query quoted back in messages. */
const QUOTE_LENGTH = 60;

export const quote = (q: string) => {
  const t = q.replace(/\s+/g, ' ').trim();
  return t.length > QUOTE_LENGTH ? `${t.slice(0, QUOTE_LENGTH - 1)}…` : t;
};

/** A search box (see `<glossary-search>`). */
export interface SearchHost extends ReactiveControllerHost, HTMLElement {
  readonly glossary: Glossary;
  value: string;
  filter: boolean;
  for?: string;
  emptyDelay: number;
}

export interface SearchControllerOptions {
  /** The glossary's search index: the host's one way to the search engine. */
  index: (glossary: Glossary) => Pick<SearchIndex, 'search' | 'suggest'>;
  /** The UI strings in force. */
  strings: () => Strings;
  announcer: Announcer;
  /** Milliseconds a query with no result stays unchanged before it is reported, when the host's `emptyDelay` is not one. */
  emptyDelay: number;
}

/** Detail of the event for a search that settled with no result. */
export interface EmptySearch {
  /** What the reader searched for (spaces collapsed). */
  query: string;
  /** Ids of the "did you mean" entries offered instead by the time it settled (possibly none). */
  suggestions: string[];
}

/**
 * A box's search as the reader types: results for its own list, or a filter on a
 * `<glossary-index>` (`filter`); what the live region says of them; "did you mean" when nothing
 * matched; and `glossary-search-empty` once a search that found nothing settles (unchanged for
 * `emptyDelay`, or `reportEmpty()`: one typed word is one event, not one per keystroke).
 * `compute()` in willUpdate; what reaches the index (another element) once rendered.
 */
export class SearchController implements ReactiveController {
  /** The results listed (none in filter mode). */
  hits: SearchHit[] = [];
  /** The listed entries: the hits', else "did you mean" names when nothing matched. */
  entries: TermEntry[] = [];
  /** The index the last search filters, else none (a list of results). */
  target?: IndexLike;
  #searched: unknown[] = [];
  #unsettled = false;
  /** The index this box filters, to release it when filtering stops. */
  #filtered?: IndexLike;
  /** The last search found nothing and has not been reported yet. */
  #unreported?: EmptySearch;
  #emptyTimer?: ReturnType<typeof setTimeout>;
  #filterTimer?: ReturnType<typeof setTimeout>;
  /** The "did you mean" lookup under way, aborted by the next search. */
  #suggesting?: AbortController;
  #suggestTimer?: ReturnType<typeof setTimeout>;

  #host: SearchHost;
  #options: SearchControllerOptions;

  constructor(host: SearchHost, options: SearchControllerOptions) {
    (this.#host = host).addController(this);
    this.#options = options;
  }

  /**
   * Runs a new search if the glossary, query, limit or mode changed since the last (not once the
   * host is removed: a detached box would filter the page's index again with no box to clear it).
   * Returns undefined when nothing changed, else whether the query did.
   */
  compute(limit: number): boolean | undefined {
    const host = this.#host;
    const next = [host.glossary, host.value, limit, host.filter];
    if (!host.isConnected || next.every((v, i) => v === this.#searched[i])) return;
    const newQuery = this.#searched.length > 0 && this.#searched[1] !== host.value;
    this.#searched = next;
    this.#cancel();
    const query = host.value;
    const target = (this.target = host.filter ? findIndex(host, host.for) : undefined);
    this.hits = target || !query.trim() ? [] : this.#options.index(host.glossary).search(query, { limit });
    this.entries = this.hits.map((h) => h.entry);
    if (!query.trim()) this.#options.announcer.say('');
    else if (!target) this.#found(query, this.hits.length);
    this.#unsettled = true;
    return newQuery;
  }

  /** The next update searches again (the strings changed, so the messages do). */
  reset(): void {
    this.#searched = [];
  }

  /** Reports a search that found nothing now (Enter, or the reader left the box). */
  reportEmpty(): void {
    clearTimeout(this.#emptyTimer);
    const detail = this.#unreported;
    this.#unreported = undefined;
    if (detail) this.#host.dispatchEvent(new CustomEvent<EmptySearch>('glossary-search-empty', { detail, bubbles: true, composed: true }));
  }

  /** Once rendered, the search reaches the index: its filter (at once, or when typing pauses), or none. */
  hostUpdated(): void {
    if (!this.#unsettled) return;
    this.#unsettled = false;
    const { glossary, value: query } = this.#host;
    const target = this.target;
    if (!query.trim() || !target) return this.#show(target);
    const run = () => {
      const hits = this.#options.index(glossary).search(query, { limit: FILTER_LIMIT });
      // What the index shows is what counts (its own category filter may hide some).
      this.#show(
        target,
        hits.map((h) => h.entry.id),
        quote(query),
      );
      const shown = target.shownCount;
      this.#found(query, hits.length, typeof shown === 'number' && shown >= 0 ? Math.min(hits.length, shown) : hits.length, target);
    };
    // A big glossary filters once typing pauses: each pass re-renders the index.
    if (glossary.entries.length > FILTER_NOW) this.#filterTimer = setTimeout(run, FILTER_DELAY);
    else run();
  }

  hostDisconnected(): void {
    this.#cancel();
    this.#show();
    this.target = undefined;
    this.#searched = [];
  }

  /** Shows `ids` (null: every entry) in the index `target`, after lifting the filter from any other. */
  #show(target?: IndexLike, ids: string[] | null = null, query?: string, suggestions?: string[]) {
    if (this.#filtered !== target) setFilter(this.#filtered);
    setFilter(target, ids, query, suggestions);
    this.#filtered = target;
  }

  #cancel() {
    clearTimeout(this.#filterTimer);
    clearTimeout(this.#emptyTimer);
    this.#unreported = undefined;
    this.#suggesting?.abort();
    clearTimeout(this.#suggestTimer);
  }

  /** Says what a search found (`n` shown of `found`); when nothing, arms the empty report and looks up "did you mean". */
  #found(query: string, found: number, n = found, target?: IndexLike) {
    const { t, format, plural } = this.#options.strings();
    const { announcer } = this.#options;
    const q = quote(query);
    const unreported: EmptySearch = { query: query.replace(/\s+/g, ' ').trim(), suggestions: [] };
    if (!found) {
      this.#unreported = unreported;
      const delay = Number(this.#host.emptyDelay);
      this.#emptyTimer = setTimeout(() => this.reportEmpty(), Number.isFinite(delay) && delay >= 0 ? delay : this.#options.emptyDelay);
    }
    if (n) return announcer.say(plural(target ? t.termsMatch : t.results, n));
    // Nothing matched: that shows now; "did you mean" follows when fuse.js has looked (it never
    // holds up the list, and a newer keystroke cancels it).
    const none = format(target ? t.noMatchQuery : t.noResults, { query: q });
    announcer.say(none);
    const suggesting = (this.#suggesting = new AbortController());
    const index = this.#options.index(this.#host.glossary);
    // Once typing pauses: a fast typist's intermediate no-match prefixes cost nothing.
    const pause = new Promise((resolve) => (this.#suggestTimer = setTimeout(resolve, SUGGEST_DELAY)));
    void pause
      .then(() => index.suggest(query, 3, { signal: suggesting.signal, pause: yieldToPage }))
      .then((suggestions) => {
        if (suggesting.signal.aborted || !suggestions.length) return;
        // Reported with the search, when it is reported after them.
        unreported.suggestions = suggestions.map((e) => e.id);
        if (target) this.#show(target, [], q, unreported.suggestions);
        else {
          this.entries = suggestions;
          this.#host.requestUpdate();
        }
        announcer.say(`${none} ${format(t.didYouMean, { terms: suggestions.map((e) => e.term).join(', ') })}`);
      });
  }
}
