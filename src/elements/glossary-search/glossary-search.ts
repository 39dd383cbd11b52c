import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { GlossaryController } from '../../internal/glossary-controller.js';
import { Themed, WithGlossaryHref, WithLinkBase } from '../../internal/shared-properties.js';
import { preferencesController } from '../../internal/preferences.js';
import type { SearchHit } from '../../core/search.js';
// The glossary's shared search index: prepared when the page is idle; a failure is warned, never thrown.
import { searchIndexFor as createSearchIndex } from '../../internal/search-index.js';
import { place } from '../../internal/place.js';
import { ShortcutController } from '../../internal/shortcuts.js';
import { comboboxKey } from '../../internal/combobox-keys.js';
import { Announcer } from '../../internal/controllers/announcer.js';
import { goToEntry } from '../../internal/index-bridge.js';
import { quote, SearchController } from '../../internal/controllers/search.js';
import { Dismiss } from '../../internal/controllers/dismiss.js';
import type { Glossary } from '../../core/glossary.js';
import type { TermEntry } from '../../core/types.js';
import { styles } from './glossary-search.styles.js';
import { resultOption } from './result-option.js';
import { cross, SearchCard, togglePanel } from './search-card.js';
import { selectEvent } from './events.js';
import { languageReady, stringsFor, type GlossaryStringsOverride, type Strings } from '../../i18n/index.js';

export type { GlossarySearchEmptyDetail, GlossarySelectDetail } from './events.js';

const DEFAULT_LIMIT = 8;
/** How long a query with no result must stay unchanged before glossary-search-empty (ms). */
const DEFAULT_EMPTY_DELAY = 1000;

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
      this.#search.reset();
      this.requestUpdate();
    });
  }

  /**
   * A language table still loading (a Korean page's first render), or the card's code on its way
   * (the first card): the update waits for it, so no English shows first and `updateComplete`
   * means the card is there.
   */
  protected override scheduleUpdate(): void | Promise<unknown> {
    const ready = languageReady(this) ?? this.#card.loading;
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

  #glossary = new GlossaryController(this);
  #shortcuts = new ShortcutController(this);
  #announcer = new Announcer(this);
  #search = new SearchController(this, {
    index: createSearchIndex,
    strings: () => this.#s,
    announcer: this.#announcer,
    emptyDelay: DEFAULT_EMPTY_DELAY,
  });
  #card = new SearchCard(this, this.#announcer, () => this.#place());

  constructor() {
    super();
    // The card's previews control follows the reader's choice, wherever it was made.
    preferencesController(this);
    // Wait for focus to land: a click inside the card or list keeps it here; leaving the window does not count.
    this.addEventListener('focusout', () =>
      setTimeout(() => {
        if (this.matches(':focus-within') || this.shadowRoot?.activeElement) return;
        this.#search.reportEmpty();
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
    return this.#search.hits;
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

  override disconnectedCallback() {
    super.disconnectedCallback();
    this.#outside.listen(false);
    this.#card.close(false);
    this.expanded = false;
  }

  #$<T extends HTMLElement = HTMLElement>(selector: string) {
    return this.renderRoot?.querySelector<T>(selector);
  }

  /** A list of results (not a filter on an index), open. */
  get #open() {
    return this.expanded && !this.#search.target && this.value.trim() !== '';
  }

  protected override willUpdate() {
    if (typeof this.value !== 'string') this.value = this.value == null ? '' : String(this.value);
    const limit = Math.max(1, Math.min(50, Math.floor(Number(this.limit)) || DEFAULT_LIMIT));
    const newQuery = this.#search.compute(limit);
    if (newQuery) this.active = -1;
    // A filtered index shows the matches, and an empty box has none: no list of our own.
    if (newQuery !== undefined && (this.#search.target || !this.value.trim())) this.expanded = false;
    if (this.active >= this.#search.entries.length) this.active = this.#search.entries.length - 1;
  }

  protected override render() {
    const { hits, entries, target } = this.#search;
    const combobox = !target;
    const open = this.#open;
    const keys = this.#shortcuts.keys;
    const strings = this.#s;
    const { t, format } = strings;
    const label = this.label ?? t.searchLabel;
    return html`<label for="input" part="label" class=${this.labelVisible ? 'label' : 'visually-hidden'}>${label}</label>
      <div class="field" part="field">
        <svg class="icon" viewBox="0 0 24 24" aria-hidden="true"><path d="M10.5 4a6.5 6.5 0 1 0 3.9 11.7l4.4 4.4 1.4-1.4-4.4-4.4A6.5 6.5 0 0 0 10.5 4Zm0 2a4.5 4.5 0 1 1 0 9 4.5 4.5 0 0 1 0-9Z" fill="currentColor"/></svg>
        <input id="input" part="input" role=${combobox ? 'combobox' : 'searchbox'} aria-autocomplete=${combobox ? 'list' : nothing}
          aria-expanded=${combobox ? open && entries.length > 0 : nothing} aria-controls=${combobox ? 'listbox' : nothing}
          aria-activedescendant=${open && this.active >= 0 ? `opt-${this.active}` : nothing}
          aria-keyshortcuts=${keys || nothing} placeholder=${this.placeholder ?? t.placeholder}
          autocomplete="off" autocapitalize="none" spellcheck="false" enterkeyhint="search"
          @input=${this.#onInput} @click=${this.#onInput} @keydown=${this.#onKeydown}
          @focus=${() => setTimeout(() => createSearchIndex(this.glossary)) /* build the index before the first key */} />
        ${
          this.value
            ? html`<button type="button" class="clear" part="clear" tabindex="-1" aria-label=${t.clearSearch} @click=${this.#onClear}>${cross}</button>`
            : // Always the same template, hidden unless "/" focuses this box: a server-rendered box
              // (no shortcut yet) hydrates without a mismatch.
              html`<kbd class="hint" aria-hidden="true" ?hidden=${!keys.startsWith('/')}>/</kbd>`
        }
      </div>
      <div class="popup" part="popup" popover="manual" @pointerdown=${(e: Event) => e.preventDefault() /* focus stays in the input */}>
        ${open && !hits.length ? html`<p class="empty" part="empty">${format(t.noMatchQuery, { query: quote(this.value) })}${entries.length ? ` ${t.didYouMeanList}` : ''}</p>` : nothing}
        <div role="listbox" id="listbox" part="listbox" aria-label=${hits.length || !entries.length ? format(t.resultsLabel, { label }) : t.suggestionsLabel}>
          ${
            open
              ? entries.map((entry, i) =>
                  resultOption(
                    entry,
                    hits[i],
                    i,
                    i === this.active,
                    () => (this.active = i),
                    () => this.#select(entry),
                  ),
                )
              : nothing
          }
        </div>
      </div>
      <div class="visually-hidden" role="status">${this.#announcer.text}</div>
      ${this.#card.render(strings, this.#glossary.glossaryHref(this.glossaryHref), this.#glossary.linkBase(this.linkBase))}`;
  }

  protected override updated(changed: PropertyValues) {
    // What the box shows follows `value`, checked against the box itself (not the last value
    // rendered): the reader may have typed since.
    const box = this.#$<HTMLInputElement>('input')!;
    if (box.value !== this.value) box.value = this.value;
    const open = this.#open;
    togglePanel(this.#$('.popup'), open);
    const card = this.#card.shown();
    this.#outside.listen(open || !!card);
    this.#place();
    if (open && changed.has('active') && this.active >= 0) this.#$(`#opt-${this.active}`)?.scrollIntoView({ block: 'nearest' });
    this.#card.focus();
  }

  /** The results and the card live in the top layer (no page overflow or transform clips them), placed under the field. */
  #place() {
    const field = this.#$('.field')!;
    const card = this.#$('.card');
    if (this.#open) place(this.#$('.popup')!, field, { scroller: this.#$('#listbox')!, matchWidth: true });
    if (card) place(card, field);
  }

  /** While the list or the card is open: a press outside closes them; scrolling and resizing move them. */
  #outside = new Dismiss(this, { dismiss: () => this.#dismiss(), place: () => this.#place() });

  #dismiss() {
    this.expanded = false;
    this.active = -1;
    if (this.#card.id) this.#card.close(false);
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
    const { entries, target } = this.#search;
    const to = comboboxKey(e, {
      open: this.#open,
      active: this.active,
      count: entries.length,
      value: this.value,
      combobox: !target,
      card: !!this.#card.id,
    });
    if (!to) return;
    if (to.prevent) e.preventDefault();
    if (to.stop) e.stopPropagation();
    if (to.settle) this.#search.reportEmpty();
    if (to.expanded !== undefined) this.expanded = to.expanded;
    if (to.active !== undefined) this.active = to.active;
    if (to.action === 'clear') this.clear();
    else if (to.action === 'close-card') this.#card.close();
    else if (to.action) {
      const entry = to.action === 'choose' ? entries[this.active] : createSearchIndex(this.glossary).search(this.value, { limit: 1 })[0]?.entry;
      if (entry) this.#select(entry);
    }
  };

  /** Fires glossary-select, then jumps to the entry in the index, goes to glossary-href, or shows the card. */
  #select(entry: TermEntry) {
    const proceed = this.dispatchEvent(selectEvent({ id: entry.id, query: this.value }));
    this.expanded = false;
    this.active = -1;
    if (!proceed) return;
    if (!this.#search.target && this.value !== entry.term) {
      this.#announcer.quietNext();
      this.value = entry.term;
    }
    if (!goToEntry(this, this.for, this.#glossary.glossaryHref(this.glossaryHref), entry.id)) this.#card.show(entry.id);
  }
}
