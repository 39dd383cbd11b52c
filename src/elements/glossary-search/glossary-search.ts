import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { GlossaryController } from '../../internal/glossary-controller.js';
import { Themed, WithGlossaryHref, WithLinkBase } from '../../internal/shared-properties.js';
import { buildDefinitionCard, DefinitionCardMemo, focusPreviewsSwitch } from '../../internal/definition-card.js';
import { announcePreferences, glossaryPreferences, onPreferencesChange, pageOptedOut } from '../../internal/preferences.js';
import { createSearchIndex as searchIndexOf, type SearchHit } from '../../core/search.js';
import { prepareWhenIdle, yieldToPage } from '../../internal/prepare-index.js';
import { entryHref } from '../../internal/href.js';
import { place } from '../../internal/place.js';
import type { Glossary } from '../../core/glossary.js';
import type { TermEntry } from '../../core/types.js';
import { styles } from './glossary-search.styles.js';
import { languageReady, stringsFor, type GlossaryStringsOverride, type Strings } from '../../i18n/index.js';

/** Detail of `glossary-select`. */
export interface GlossarySelectDetail {
  /** The id of the chosen entry. */
  id: string;
  /** What the reader had typed. */
  query: string;
}

/** Detail of `glossary-search-empty`. */
export interface GlossarySearchEmptyDetail {
  /** What the reader searched for (spaces collapsed). */
  query: string;
  /** Ids of the "did you mean" entries offered instead by the time it settled (possibly none). */
  suggestions: string[];
}

/** What a `<glossary-index>` offers a search; duck-typed, so this module does not load the index. */
interface IndexLike extends HTMLElement {
  reveal(id: string): boolean;
  filterIds: string[] | null;
  filterQuery: string;
  suggestions: string[];
  /** How many entries it shows (its own category filter applied too). */
  readonly shownCount?: number;
}

/** A keyboard shortcut a box can take: `/`, and Ctrl+K / ⌘K. */
type ShortcutKey = 'slash' | 'ctrl-k';

/** The keys the `shortcut` attribute asks for: bare (or `true`) means both, as before the list existed. */
function shortcutKeys(value: unknown): Set<ShortcutKey> {
  if (value === true || value === '') return new Set(['slash', 'ctrl-k']);
  if (typeof value !== 'string') return new Set();
  const keys = new Set<ShortcutKey>();
  for (const t of value.toLowerCase().split(/[\s,]+/)) {
    if (t === 'slash' || t === '/') keys.add('slash');
    else if (t === 'ctrl-k' || t === 'mod-k' || t === 'ctrl+k') keys.add('ctrl-k');
  }
  return keys;
}

const DEFAULT_LIMIT = 8;
/** How long a query with no result must stay unchanged before glossary-search-empty (ms). */
const DEFAULT_EMPTY_DELAY = 1000;
/** Most entries a filtered index shows; past this, the best matches. */
const FILTER_LIMIT = 1000;
/** Glossaries up to this size are filtered on every keystroke; larger ones when typing pauses. */
const FILTER_NOW = 500;
const FILTER_DELAY = 150;
/** Quiet time before "did you mean" is looked up (it needs fuse.js, loaded then). */
const SUGGEST_DELAY = 120;
/** Quiet time before the live region speaks, so a screen reader is not interrupted per keystroke. */
const ANNOUNCE_DELAY = 400;
/** Longest piece of a query quoted back in messages. */
const QUOTE_LENGTH = 60;

const quote = (q: string) => {
  const t = q.replace(/\s+/g, ' ').trim();
  return t.length > QUOTE_LENGTH ? `${t.slice(0, QUOTE_LENGTH - 1)}…` : t;
};

/** Text with the given ranges (half-open, from the search core) wrapped in `<mark>`. */
function marked(text: string, ranges: readonly (readonly [number, number])[] = []): (string | TemplateResult)[] {
  const out: (string | TemplateResult)[] = [];
  let at = 0;
  for (const [s0, e0] of [...ranges].sort((a, b) => a[0] - b[0])) {
    const s = Math.max(at, s0);
    const e = Math.min(text.length, e0);
    if (e <= s) continue;
    out.push(text.slice(at, s), html`<mark part="mark">${text.slice(s, e)}</mark>`);
    at = e;
  }
  out.push(text.slice(at));
  return out;
}

/** The glossary's shared search index; its definitions are indexed when the page is idle. */
function createSearchIndex(glossary: Glossary) {
  const index = searchIndexOf(glossary);
  prepareWhenIdle(index);
  return index;
}

/** Sets what an index shows (by default: everything); never throws. */
function setFilter(index?: IndexLike, filterIds: string[] | null = null, filterQuery = '', suggestions: string[] = []) {
  try {
    if (index) Object.assign(index, { filterQuery, suggestions, filterIds });
  } catch {
    /* not an index after all */
  }
}

/** Connected search boxes, first connected first: "/" and Ctrl+K focus the first that takes them. */
const instances: GlossarySearch[] = [];
let shortcutsInstalled = false;

/** The box a key focuses: the first connected one that asked for it. */
const shortcutTarget = (key: ShortcutKey) => instances.find((s) => shortcutKeys(s.shortcut).has(key));

function onShortcut(e: KeyboardEvent) {
  if (e.defaultPrevented || e.isComposing || e.altKey) return;
  const mod = e.ctrlKey || e.metaKey;
  const slash = e.key === '/' && !mod;
  if (!slash && !(mod && !e.shiftKey && String(e.key).toLowerCase() === 'k')) return;
  // Someone typing in a field means "/" as a character.
  const t = e.composedPath()[0];
  if (slash && t instanceof HTMLElement && (t.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName))) return;
  const target = shortcutTarget(slash ? 'slash' : 'ctrl-k');
  if (!target) return;
  e.preventDefault();
  target.focus();
}

const cross = html`<svg viewBox="0 0 16 16" aria-hidden="true"><path d="M3 3l10 10M13 3 3 13" stroke="currentColor" stroke-width="2" stroke-linecap="round" fill="none" /></svg>`;

/**
 * A search box for the glossary: typo-tolerant, as-you-type results with the matching letters
 * marked, following the WAI-ARIA combobox-with-listbox pattern. Choosing a result jumps to it in a
 * `<glossary-index>` on the page, else goes to `glossary-href#id`, else shows its definition card
 * under the box. With `filter`, typing filters a `<glossary-index>` in place instead.
 *
 * Keyboard shortcuts are opt-in (`shortcut`): a single-character key such as `/` must be
 * something a page can leave off (WCAG 2.1.4). Each key focuses the first box that takes it, and
 * only that box announces it (`aria-keyshortcuts`) and shows the `/` hint (where a keyboard is
 * likely: a hovering, fine pointer).
 *
 * @tagname glossary-search
 * @summary Fuzzy search box for the glossary (combobox), alone or driving a glossary index.
 *
 * @fires {CustomEvent<GlossarySelectDetail>} glossary-select - A result was chosen, before the element acts on it. `detail: { id, query }`. Cancelable: `preventDefault()` stops the jump, navigation or card, so a site can route it itself. Bubbles, composed.
 * @fires {CustomEvent<GlossarySearchEmptyDetail>} glossary-search-empty - A search settled with no result: the query stayed unchanged `empty-delay` ms, or the reader pressed Enter or left the box (so one typed word is one event, not one per keystroke). `detail: { query, suggestions }`. Bubbles, composed.
 * @fires {CustomEvent<PostGlossaryPreferencesDetail>} post-glossary-preferences - The reader turned term previews off or on with the card's control. `detail: { previews }`. Bubbles, composed.
 *
 * @csspart label - The visible label (with `label-visible`).
 * @csspart field - The box around the input.
 * @csspart input - The text input.
 * @csspart clear - The clear button.
 * @csspart popup - The results panel.
 * @csspart listbox - The list of results.
 * @csspart option - One result (`option active` for the highlighted one).
 * @csspart mark - A matched part of a name or snippet.
 * @csspart empty - The "no terms match" line.
 * @csspart card - The definition card shown in place.
 * @csspart card-close - The card's close button.
 * @csspart card-heading - The card's term and category line.
 * @csspart card-expansion - What an acronym stands for.
 * @csspart card-definition - The definition text.
 * @csspart card-more - The "More"/"Less" button that shows the rest of a long definition.
 * @csspart card-see-also - The related terms.
 * @csspart card-links - "Full entry" and "learn more" links.
 * @csspart card-back - The button back to the term shown before a see-also jump.
 * @csspart card-previews - The reader's previews switch: the "Don't show previews" icon button in the card's top corner; once off, the line at the card's foot with "Show previews".
 *
 * @cssprop [--post-glossary-highlight=#fff1a8 / #5c4b00] - Background of matched letters.
 * @cssprop [--post-glossary-search-font-size=1rem] - Text size of the box and results.
 * @cssprop [--post-glossary-search-max-height=26rem] - Tallest the results panel grows (never past 80% of the viewport).
 * @cssprop [--post-glossary-card-width=22rem] - Width of the definition card.
 */
export class GlossarySearch extends Themed(WithLinkBase(WithGlossaryHref(LitElement))) {
  static override styles = styles;

  /** Hint shown in the empty box. By default the language's ("Search the glossary", "용어집 검색"). */
  @property() placeholder?: string;

  /** Accessible name of the box (shown above it with `label-visible`). By default the language's ("Search the glossary", "용어집 검색"). */
  @property() label?: string;

  /**
   * UI strings, merged over the table of the box's language (its closest `lang`: `en`, `ko`) and a
   * provider's `strings`: `{ clearSearch: 'Reset' }`. `label` and `placeholder` win over them.
   */
  @property({ attribute: false }) strings?: GlossaryStringsOverride | null;

  /** The strings in force (see #strings). */
  get #s(): Strings {
    return stringsFor(this, this.#glossary.strings, this.strings, () => {
      this.#searched = [];
      this.requestUpdate();
    });
  }

  /** A language table still loading (a Korean page's first render): the update waits for it, so no English shows first. */
  protected override scheduleUpdate(): void | Promise<unknown> {
    const ready = languageReady(this);
    return ready ? ready.then(() => super.scheduleUpdate()) : super.scheduleUpdate();
  }

  /** Shows `label` above the box; otherwise it is read by screen readers only. */
  @property({ type: Boolean, attribute: 'label-visible' }) labelVisible = false;

  /** Id of the `<glossary-index>` to drive; by default the first one on the page. */
  @property({ attribute: 'for' }) for?: string;

  /** Filters the connected `<glossary-index>` as the reader types, instead of listing results. */
  @property({ type: Boolean, reflect: true }) filter = false;

  /**
   * Keys that focus this box from anywhere on the page, space-separated: `slash` (`/`, unless the
   * reader is typing in a field) and `ctrl-k` (Ctrl+K / ⌘K). The bare attribute means both;
   * absent or `none`: no shortcut. Each key goes to the first box on the page that takes it.
   * A page that sets `slash` makes a single-key shortcut: give readers a way to turn it off
   * (WCAG 2.1.4), for instance a setting that removes the attribute.
   */
  @property() shortcut?: string | boolean;

  /**
   * Milliseconds a query with no result must stay unchanged before `glossary-search-empty` fires
   * (Enter or leaving the box fires it at once).
   */
  @property({ type: Number, attribute: 'empty-delay' }) emptyDelay = DEFAULT_EMPTY_DELAY;

  /** Most results listed (1–50). */
  @property({ type: Number }) limit = DEFAULT_LIMIT;

  /** What is typed in the box. Setting it runs the search (without opening the results). */
  @property({ attribute: false }) value = '';

  @state() private expanded = false;
  @state() private active = -1;
  @state() private cardId?: string;
  @state() private announcement = '';

  #glossary = new GlossaryController(this);
  #hits: SearchHit[] = [];
  /** The listed entries: the hits', else "did you mean" names when nothing matched. */
  #entries: TermEntry[] = [];
  /** What the last search ran on: glossary, value, limit, filter. */
  #searched: unknown[] = [];
  #cardHistory: string[] = [];
  #cardNode?: DocumentFragment;
  #cardMemo = new DefinitionCardMemo();
  /** Set when choosing a result puts its name in the box: that search is not announced. */
  #quiet = false;
  #announceTimer?: ReturnType<typeof setTimeout>;
  #filterTimer?: ReturnType<typeof setTimeout>;
  #emptyTimer?: ReturnType<typeof setTimeout>;
  /** The last search found nothing and has not been reported yet. */
  #unreported?: GlossarySearchEmptyDetail;
  #unfollow?: () => void;
  /** The "did you mean" lookup under way, aborted by the next search. */
  #suggesting?: AbortController;
  #suggestTimer?: ReturnType<typeof setTimeout>;
  /** The index this box filters, to release it when filtering stops. */
  #filtered?: IndexLike;

  constructor() {
    super();
    // Wait for focus to land: a click inside the card or list keeps it here; leaving the window does not count.
    this.addEventListener('focusout', () =>
      setTimeout(() => {
        if (this.matches(':focus-within') || this.shadowRoot?.activeElement) return;
        this.#reportEmpty();
        if (document.hasFocus()) this.#dismiss();
      }),
    );
  }

  /** The glossary in use (the provider's, else the bundled one). */
  get glossary(): Glossary {
    return this.#glossary.glossary;
  }

  /** The current results (empty when nothing matched or nothing is typed). */
  get results(): readonly SearchHit[] {
    return this.#hits;
  }

  /** Moves keyboard focus to the search box. */
  override focus(options?: FocusOptions): void {
    this.#$<HTMLInputElement>('input')?.focus(options);
  }

  /** Clears the box, the results and any filter on the index. */
  clear(): void {
    this.value = '';
    this.expanded = false;
  }

  override connectedCallback() {
    super.connectedCallback();
    instances.push(this);
    if (!shortcutsInstalled) document.addEventListener('keydown', onShortcut);
    shortcutsInstalled = true;
    // Only the box that "/" focuses shows the hint.
    for (const i of instances) i.requestUpdate();
    // The card's previews control follows the reader's choice, wherever it was made.
    this.#unfollow = onPreferencesChange(() => this.requestUpdate());
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    instances.splice(instances.indexOf(this), 1);
    for (const i of instances) i.requestUpdate();
    this.#unfollow?.();
    clearTimeout(this.#announceTimer);
    clearTimeout(this.#filterTimer);
    clearTimeout(this.#emptyTimer);
    this.#unreported = undefined;
    this.#suggesting?.abort();
    clearTimeout(this.#suggestTimer);
    this.#listen(false);
    this.cardId = undefined;
    this.expanded = false;
    this.#filter();
    this.#searched = [];
  }

  #$<T extends HTMLElement = HTMLElement>(selector: string) {
    return this.renderRoot?.querySelector<T>(selector);
  }

  /** A list of results (not a filter on an index), open. */
  get #open() {
    return this.expanded && !this.#filtered && this.value.trim() !== '';
  }

  protected override willUpdate(changed: PropertyValues) {
    // Which box a key focuses may have changed for the others too.
    if (changed.has('shortcut') && this.hasUpdated) for (const i of instances) if (i !== this) i.requestUpdate();
    if (typeof this.value !== 'string') this.value = this.value == null ? '' : String(this.value);
    const limit = Math.max(1, Math.min(50, Math.floor(Number(this.limit)) || DEFAULT_LIMIT));
    const next = [this.glossary, this.value, limit, this.filter];
    // Not once removed: a detached box would filter the page's index again with no box to clear it.
    if (this.isConnected && next.some((v, i) => v !== this.#searched[i])) {
      if (this.#searched.length && this.#searched[1] !== this.value) this.active = -1;
      this.#searched = next;
      this.#search(this.glossary, limit);
    }
    if (changed.has('cardId') && this.cardId && !this.glossary.get(this.cardId)) this.cardId = undefined;
    if (this.active >= this.#entries.length) this.active = this.#entries.length - 1;
  }

  #search(glossary: Glossary, limit: number) {
    const query = this.value;
    const target = this.filter ? this.#findIndex() : undefined;
    clearTimeout(this.#filterTimer);
    clearTimeout(this.#emptyTimer);
    this.#unreported = undefined;
    this.#suggesting?.abort();
    clearTimeout(this.#suggestTimer);
    this.#hits = [];
    this.#entries = [];
    if (target || !query.trim()) this.expanded = false;
    if (!query.trim()) {
      this.#filter(target);
      this.#announce('');
      return;
    }
    const run = () => {
      const index = createSearchIndex(glossary);
      const hits = index.search(query, { limit: target ? FILTER_LIMIT : limit });
      let n = hits.length;
      const q = quote(query);
      const unreported: GlossarySearchEmptyDetail = { query: query.replace(/\s+/g, ' ').trim(), suggestions: [] };
      if (!n) {
        this.#unreported = unreported;
        const delay = Number(this.emptyDelay);
        this.#emptyTimer = setTimeout(() => this.#reportEmpty(), Number.isFinite(delay) && delay >= 0 ? delay : DEFAULT_EMPTY_DELAY);
      }
      const { t, format, plural } = this.#s;
      if (target) {
        // The index shows the matches: no list of our own. What it shows is what counts (its
        // own category filter may hide some).
        this.#filter(target, hits.map((h) => h.entry.id), q);
        const shown = (target as IndexLike).shownCount;
        if (typeof shown === 'number' && shown >= 0) n = Math.min(n, shown);
      } else {
        this.#filter();
        this.#hits = hits;
        this.#entries = hits.map((h) => h.entry);
      }
      if (n) {
        this.#announce(plural(target ? t.termsMatch : t.results, n));
        return;
      }
      // Nothing matched: that shows now; "did you mean" follows when fuse.js has looked (it never
      // holds up the list, and a newer keystroke cancels it).
      const none = format(target ? t.noMatchQuery : t.noResults, { query: q });
      this.#announce(none);
      const suggesting = (this.#suggesting = new AbortController());
      // Once typing pauses: a fast typist's intermediate no-match prefixes cost nothing.
      const pause = new Promise((resolve) => (this.#suggestTimer = setTimeout(resolve, SUGGEST_DELAY)));
      void pause.then(() => index.suggest(query, 3, { signal: suggesting.signal, pause: yieldToPage })).then((suggestions) => {
        if (suggesting.signal.aborted || !suggestions.length) return;
        // Reported with the search, when it is reported after them.
        unreported.suggestions = suggestions.map((e) => e.id);
        if (target) this.#filter(target, [], q, suggestions.map((e) => e.id));
        else {
          this.#entries = suggestions;
          this.requestUpdate();
        }
        this.#announce(`${none} ${format(t.didYouMean, { terms: suggestions.map((e) => e.term).join(', ') })}`);
      });
    };
    // A big glossary filters once typing pauses: each pass re-renders the index.
    if (target && glossary.entries.length > FILTER_NOW) this.#filterTimer = setTimeout(run, FILTER_DELAY);
    else run();
  }

  /** Shows `ids` (null: every entry) in the index `target`, after lifting the filter from any other. */
  #filter(target?: IndexLike, ids: string[] | null = null, query?: string, suggestions?: string[]) {
    if (this.#filtered !== target) setFilter(this.#filtered);
    setFilter(target, ids, query, suggestions);
    this.#filtered = target;
  }

  /** The `<glossary-index>` named by `for`, else the first on the page; anything with a reveal() method. */
  #findIndex(): IndexLike | undefined {
    const id = this.for;
    const find = (root: Document | ShadowRoot) => (id ? root.getElementById?.(id) : root.querySelector?.('glossary-index'));
    const el = find(this.getRootNode() as ShadowRoot) ?? find(document);
    // A <glossary-index> not yet upgraded still counts: Lit keeps properties set before upgrade.
    return el && (typeof (el as IndexLike).reveal === 'function' || el.localName === 'glossary-index') ? (el as IndexLike) : undefined;
  }

  /** Fires glossary-search-empty for the search that found nothing, if it has not been yet. */
  #reportEmpty() {
    clearTimeout(this.#emptyTimer);
    const detail = this.#unreported;
    this.#unreported = undefined;
    if (detail) this.dispatchEvent(new CustomEvent<GlossarySearchEmptyDetail>('glossary-search-empty', { detail, bubbles: true, composed: true }));
  }

  #announce(text: string) {
    clearTimeout(this.#announceTimer);
    if (this.#quiet) text = '';
    this.#quiet = false;
    if (text) this.#announceTimer = setTimeout(() => (this.announcement = text), ANNOUNCE_DELAY);
    else this.announcement = '';
  }

  protected override render() {
    const combobox = !this.#filtered;
    const open = this.#open;
    const keys = [shortcutTarget('slash') === this && '/', shortcutTarget('ctrl-k') === this && 'Control+K Meta+K'].filter(Boolean).join(' ');
    const hits = this.#hits;
    const g = this.glossary;
    const card = this.cardId ? g.get(this.cardId) : undefined;
    const strings = this.#s;
    const { t, format } = strings;
    const label = this.label ?? t.searchLabel;
    return html`<label for="input" part="label" class=${this.labelVisible ? 'label' : 'visually-hidden'}>${label}</label>
      <div class="field" part="field">
        <svg class="icon" viewBox="0 0 24 24" aria-hidden="true"><path d="M10.5 4a6.5 6.5 0 1 0 3.9 11.7l4.4 4.4 1.4-1.4-4.4-4.4A6.5 6.5 0 0 0 10.5 4Zm0 2a4.5 4.5 0 1 1 0 9 4.5 4.5 0 0 1 0-9Z" fill="currentColor"/></svg>
        <input id="input" part="input" role=${combobox ? 'combobox' : 'searchbox'} aria-autocomplete=${combobox ? 'list' : nothing}
          aria-expanded=${combobox ? open && this.#entries.length > 0 : nothing} aria-controls=${combobox ? 'listbox' : nothing}
          aria-activedescendant=${open && this.active >= 0 ? `opt-${this.active}` : nothing}
          aria-keyshortcuts=${keys || nothing} placeholder=${this.placeholder ?? t.placeholder}
          autocomplete="off" autocapitalize="none" spellcheck="false" enterkeyhint="search"
          @input=${this.#onInput} @click=${this.#onInput} @keydown=${this.#onKeydown}
          @focus=${() => setTimeout(() => createSearchIndex(this.glossary)) /* build the index before the first key */} />
        ${this.value
          ? html`<button type="button" class="clear" part="clear" tabindex="-1" aria-label=${t.clearSearch} @click=${this.#onClear}>${cross}</button>`
          : // Always the same template, hidden unless "/" focuses this box: a server-rendered box
            // (no shortcut yet) hydrates without a mismatch.
            html`<kbd class="hint" aria-hidden="true" ?hidden=${!keys.startsWith('/')}>/</kbd>`}
      </div>
      <div class="popup" part="popup" popover="manual" @pointerdown=${(e: Event) => e.preventDefault() /* focus stays in the input */}>
        ${open && !hits.length
          ? html`<p class="empty" part="empty">${format(t.noMatchQuery, { query: quote(this.value) })}${this.#entries.length ? ` ${t.didYouMeanList}` : ''}</p>`
          : nothing}
        <div role="listbox" id="listbox" part="listbox" aria-label=${hits.length || !this.#entries.length ? format(t.resultsLabel, { label }) : t.suggestionsLabel}>
          ${open ? this.#entries.map((entry, i) => this.#renderOption(entry, hits[i], i)) : nothing}
        </div>
      </div>
      <div class="visually-hidden" role="status">${this.announcement}</div>
      ${card
        ? html`<div class="card" part="card" popover="manual" role="dialog" aria-labelledby="card-h"
            @keydown=${(e: KeyboardEvent) => e.key === 'Escape' && this.#closeCard(e)}>
            <button type="button" class="card-close" part="card-close" aria-label=${t.close} @click=${() => this.#closeCard()}>${cross}</button>
            ${this.#cardBody(g, card, strings)}
          </div>`
        : nothing}`;
  }

  /** The card's contents (DOM, text only), rebuilt only when what it shows changes. */
  #cardBody(g: Glossary, entry: TermEntry, strings: Strings) {
    const previous = g.get(this.#cardHistory.at(-1) ?? '');
    const glossaryHref = this.#glossary.glossaryHref(this.glossaryHref);
    const linkBase = this.#glossary.linkBase(this.linkBase);
    const previews = pageOptedOut()
      ? undefined
      : {
          on: glossaryPreferences.previews,
          onChange: (on: boolean) => {
            glossaryPreferences.previews = on;
            announcePreferences(this, on);
            this.updateComplete.then(() => focusPreviewsSwitch(this.#$('.card')));
          },
        };
    if (this.#cardMemo.changed(g, entry, { previous, glossaryHref, linkBase, strings, previews })) {
      this.#cardNode = buildDefinitionCard(entry, {
        headingId: 'card-h',
        related: g.related(entry),
        onSeeAlso: (id) => {
          if (id === this.cardId) return;
          this.#cardHistory.push(this.cardId!);
          this.cardId = id;
          // Focus goes to the new heading; the term is said too (not every screen reader speaks
          // that focus move).
          this.#announce(g.get(id)?.term ?? '');
        },
        glossaryHref,
        linkBase,
        previous,
        strings,
        onBack: () => (this.cardId = this.#cardHistory.pop() ?? this.cardId),
        previews,
        onResize: () => this.#place(),
      });
    }
    return this.#cardNode;
  }

  #renderOption(entry: TermEntry, hit: SearchHit | undefined, i: number) {
    const active = i === this.active;
    const field = hit?.field;
    const name = (f: string, text: string) => (f === field ? marked(text, hit!.nameMatches) : text);
    const alias = field === 'alias' ? hit!.matchedText : undefined;
    // The name is the term (the alias that matched) and the expansion, as one text node: built
    // from the marked spans, Chromium left out every whitespace-only text node between them and
    // the words ran together ("LUTLook-Up Table", "DigitalImagingTechnician"). What is seen is
    // hidden from the tree instead. The snippet is the description, not part of the name, so
    // each arrow press does not read a paragraph.
    const label = `${entry.term}${alias ? ` (${alias})` : ''}${entry.expansion ? ` ${entry.expansion}` : ''}`;
    return html`<div class="option" part=${active ? 'option active' : 'option'} role="option" id="opt-${i}" aria-selected=${active}
      aria-describedby=${hit?.snippet ? `opt-${i}-d` : nothing}
      @pointermove=${() => (this.active = i)} @click=${() => this.#select(entry)}>
      <span class="visually-hidden">${label}</span>
      <span class="name" aria-hidden="true"><span class="term">${name('term', entry.term)}</span>${alias
          ? html` <span class="alias">(${name('alias', alias)})</span>`
          : nothing}${entry.expansion ? html` <span class="expansion">${name('expansion', entry.expansion)}</span>` : nothing}</span>
      ${hit?.snippet ? html`<span class="snippet" id="opt-${i}-d" aria-hidden="true" dir="auto">${marked(hit.snippet, hit.snippetMatches)}</span>` : nothing}
    </div>`;
  }

  protected override updated(changed: PropertyValues) {
    // What the box shows follows `value`, checked against the box itself (not the last value
    // rendered): the reader may have typed since.
    const box = this.#$<HTMLInputElement>('input')!;
    if (box.value !== this.value) box.value = this.value;
    const popup = this.#$('.popup')!;
    const card = this.#$('.card');
    const open = this.#open;
    try {
      if (popup.matches(':popover-open') !== open) popup.togglePopover(open);
      if (card && !card.matches(':popover-open')) card.showPopover();
    } catch {
      /* not connected, or no popover support */
    }
    // A closed card's nodes went with it: the next card is built afresh, even for the same entry.
    if (!card) this.#cardMemo.reset();
    this.#listen(open || !!card);
    this.#place();
    if (open && changed.has('active') && this.active >= 0) this.#$(`#opt-${this.active}`)?.scrollIntoView({ block: 'nearest' });
    if (changed.has('cardId') && card) {
      // Another entry in the card: it starts at its top (the back button, the heading). Focus alone
      // scrolls only as far as the heading in Firefox, leaving "Back" above the card's edge.
      this.#$('[part=card]')!.scrollTop = 0;
      this.#$('#card-h')?.focus();
    }
  }

  /** The results and the card live in the top layer (no page overflow or transform clips them), placed under the field. */
  #place() {
    const field = this.#$('.field')!;
    const card = this.#$('.card');
    if (this.#open) place(this.#$('.popup')!, field, { scroller: this.#$('#listbox')!, matchWidth: true });
    if (card) place(card, field);
  }

  /** While the list or the card is open: a press outside closes them; scrolling and resizing move them. */
  #onDocEvent = (e: Event) => {
    if (e.type !== 'pointerdown') this.#place();
    else if (!e.composedPath().includes(this)) this.#dismiss();
  };

  #listening = false;
  #listen(on: boolean) {
    if (on === this.#listening) return;
    this.#listening = on;
    const m = on ? 'addEventListener' : 'removeEventListener';
    document[m]('pointerdown', this.#onDocEvent, true);
    window[m]('scroll', this.#onDocEvent, { capture: true, passive: true } as AddEventListenerOptions);
    window[m]('resize', this.#onDocEvent);
  }

  #dismiss() {
    this.expanded = false;
    this.active = -1;
    if (this.cardId) this.#closeCard(false);
  }

  /** Typing, or a click in the box: the list shows whenever there is text. */
  #onInput = (e: Event) => {
    if (e.type === 'input') this.value = (e.target as HTMLInputElement).value;
    this.expanded = this.value.trim() !== '';
  };

  #onClear = () => {
    this.clear();
    this.focus();
  };

  #onKeydown = (e: KeyboardEvent) => {
    if (e.isComposing || e.keyCode === 229) return; // an IME (Korean, Japanese…) is composing
    const n = this.#entries.length;
    const typed = this.value.trim() !== '';
    const open = this.#open;
    const combobox = !this.#filtered;
    const stop = () => e.preventDefault();
    switch (e.key) {
      case 'ArrowDown':
      case 'ArrowUp': {
        if (!combobox || !typed) return;
        stop();
        const down = e.key === 'ArrowDown';
        // Alt+Down opens the list without moving into it; on an open list it does nothing.
        if (open && e.altKey) return;
        if (!open) {
          this.expanded = true;
          if (!e.altKey && n) this.active = down ? 0 : n - 1;
        } else if (n) this.active = down ? (this.active + 1) % n : this.active <= 0 ? n - 1 : this.active - 1;
        return;
      }
      case 'ArrowLeft':
      case 'ArrowRight':
        // The caret moves in the text: the reader is back in the box, not on an option.
        if (this.active >= 0) this.active = -1;
        return;
      case 'Home':
      case 'End':
        if (!open || this.active < 0 || !n) return; // move the caret, as in any text box
        stop();
        this.active = e.key === 'Home' ? 0 : n - 1;
        return;
      case 'Enter': {
        if (!typed) return;
        stop();
        // Enter settles the search: one that found nothing is reported now.
        this.#reportEmpty();
        if (combobox && !(open && this.active >= 0)) {
          // Nothing highlighted: highlight the top result (a screen reader announces it); the
          // next Enter chooses it. Nothing is chosen that the reader has not heard.
          if (n) {
            this.expanded = true;
            this.active = 0;
          }
          return;
        }
        // Filter mode: Enter goes to the best match (the index shows the matches already).
        const entry = combobox ? this.#entries[this.active] : createSearchIndex(this.glossary).search(this.value, { limit: 1 })[0]?.entry;
        if (entry) this.#select(entry);
        return;
      }
      case 'Escape':
        // The first press closes the list, the next clears the box, the next closes the card.
        if (open) {
          this.expanded = false;
          this.active = -1;
        } else if (this.value) {
          this.clear();
        } else if (this.cardId) {
          this.#closeCard();
        } else return;
        stop();
        e.stopPropagation();
        return;
      case 'Tab':
        this.expanded = false;
    }
  };

  /** Fires glossary-select, then jumps to the entry in the index, goes to glossary-href, or shows the card. */
  #select(entry: TermEntry) {
    const proceed = this.dispatchEvent(
      new CustomEvent<GlossarySelectDetail>('glossary-select', {
        detail: { id: entry.id, query: this.value },
        bubbles: true,
        composed: true,
        cancelable: true,
      }),
    );
    this.expanded = false;
    this.active = -1;
    if (!proceed) return;
    if (!this.#filtered && this.value !== entry.term) {
      this.#quiet = true;
      this.value = entry.term;
    }
    try {
      if (this.#findIndex()?.reveal(entry.id)) return;
    } catch {
      /* not an index after all: fall through */
    }
    const href = this.#glossary.glossaryHref(this.glossaryHref);
    const url = href && entryHref(href, entry.id);
    if (url) return location.assign(url);
    this.#cardHistory = [];
    if (this.cardId === entry.id) this.#$('#card-h')?.focus();
    this.cardId = entry.id;
  }

  /** Closes the card; Esc or its close button (but not a press or focus elsewhere) returns focus to the box. */
  #closeCard(e?: Event | false) {
    if (e) {
      e.preventDefault();
      e.stopPropagation();
    }
    this.cardId = undefined;
    this.#cardHistory = [];
    if (e !== false) this.focus();
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'glossary-search': GlossarySearch;
  }
  interface HTMLElementEventMap {
    'glossary-select': CustomEvent<GlossarySelectDetail>;
    'glossary-search-empty': CustomEvent<GlossarySearchEmptyDetail>;
  }
  // It bubbles and is composed: a listener on the document or the window hears it.
  interface DocumentEventMap {
    'glossary-search-empty': CustomEvent<GlossarySearchEmptyDetail>;
  }
  interface WindowEventMap {
    'glossary-search-empty': CustomEvent<GlossarySearchEmptyDetail>;
  }
  // They bubble and are composed: a listener on document or window sees them too.
  interface DocumentEventMap {
    'glossary-select': CustomEvent<GlossarySelectDetail>;
  }
  interface WindowEventMap {
    'glossary-select': CustomEvent<GlossarySelectDetail>;
  }
}
