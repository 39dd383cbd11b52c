import { LitElement, html, nothing, svg, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { autoUpdate, computePosition, offset, shift, size } from '@floating-ui/dom';
import { GlossaryController } from '../../internal/glossary-controller.js';
import { renderDefinitionCard } from '../../internal/definition-card.js';
import { createSearchIndex, type SearchHit } from '../../core/search.js';
import { safeHref } from '../../core/normalize.js';
import type { Glossary } from '../../core/glossary.js';
import type { TermEntry } from '../../core/types.js';
import { styles } from './glossary-search.styles.js';

/** Detail of `glossary-select`. */
export interface GlossarySelectDetail {
  /** The id of the chosen entry. */
  id: string;
  /** What the reader had typed. */
  query: string;
}

/** What a `<glossary-index>` offers a search; duck-typed, so this module does not load the index. */
interface IndexLike extends HTMLElement {
  reveal(id: string): boolean;
  filterIds: string[] | null;
  filterQuery: string;
  suggestions: string[];
}

/** One row of the results list: a search hit, or a "did you mean" name when nothing matched. */
interface Row {
  entry: TermEntry;
  hit?: SearchHit;
}

const DEFAULT_LIMIT = 8;
/** Most entries a filtered index shows; past this, the best matches. */
const FILTER_LIMIT = 1000;
/** Glossaries up to this size are filtered on every keystroke; larger ones when typing pauses. */
const FILTER_NOW = 500;
const FILTER_DELAY = 150;
/** Quiet time before the live region speaks, so a screen reader is not interrupted per keystroke. */
const ANNOUNCE_DELAY = 400;
/** Longest piece of a query quoted back in messages. */
const QUOTE_LENGTH = 60;

const quote = (q: string) => {
  const t = q.replace(/\s+/g, ' ').trim();
  return t.length > QUOTE_LENGTH ? `${t.slice(0, QUOTE_LENGTH - 1)}…` : t;
};

/** Text with the given ranges wrapped in `<mark>`; ranges are clamped, sorted and merged first. */
function marked(text: string, ranges: readonly (readonly [number, number])[] | undefined): (string | TemplateResult)[] | string {
  if (!ranges?.length) return text;
  const sorted = [...ranges].filter((r) => Array.isArray(r) && r.length === 2).sort((a, b) => a[0] - b[0]);
  const out: (string | TemplateResult)[] = [];
  let at = 0;
  for (const [s0, e0] of sorted) {
    const s = Math.max(at, Math.min(text.length, Math.floor(s0) || 0));
    const e = Math.max(s, Math.min(text.length, Math.floor(e0) || 0));
    if (e <= s) continue;
    if (s > at) out.push(text.slice(at, s));
    out.push(html`<mark part="mark">${text.slice(s, e)}</mark>`);
    at = e;
  }
  if (at < text.length) out.push(text.slice(at));
  return out;
}

/** Is the reader typing somewhere, so that "/" is a character and not our shortcut? */
function isEditable(target: EventTarget | undefined): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  const tag = target.tagName;
  return tag === 'INPUT' || tag === 'TEXTAREA' || tag === 'SELECT';
}

const instances: GlossarySearch[] = [];
let shortcutsInstalled = false;
function installShortcuts() {
  if (shortcutsInstalled || typeof document === 'undefined') return;
  shortcutsInstalled = true;
  document.addEventListener('keydown', (e) => {
    if (e.defaultPrevented || e.isComposing) return;
    if (typeof e.key !== 'string') return;
    const ctrlK = (e.ctrlKey || e.metaKey) && !e.altKey && !e.shiftKey && e.key.toLowerCase() === 'k';
    const slash = e.key === '/' && !e.ctrlKey && !e.metaKey && !e.altKey;
    if (!ctrlK && !slash) return;
    if (slash && isEditable(e.composedPath()[0])) return;
    const target = instances.find((s) => s.isConnected && (slash || s.shortcut));
    if (!target) return;
    e.preventDefault();
    target.focus();
  });
}

const searchIcon = svg`<path d="M10.5 4a6.5 6.5 0 1 0 3.9 11.7l4.4 4.4 1.4-1.4-4.4-4.4A6.5 6.5 0 0 0 10.5 4Zm0 2a4.5 4.5 0 1 1 0 9 4.5 4.5 0 0 1 0-9Z" fill="currentColor"/>`;
const crossIcon = svg`<path d="M3 3l10 10M13 3 3 13" stroke="currentColor" stroke-width="2" stroke-linecap="round" fill="none"/>`;

/**
 * A search box for the glossary: typo-tolerant, as-you-type results with the matching letters
 * marked, following the WAI-ARIA combobox-with-listbox pattern. Choosing a result jumps to it in a
 * `<glossary-index>` on the page, else goes to `glossary-href#id`, else shows its definition card
 * under the box. With `filter`, typing filters a `<glossary-index>` in place instead.
 *
 * `/` focuses the first search box on the page (unless the reader is typing in a field);
 * `shortcut` adds Ctrl+K / ⌘K.
 *
 * @tagname glossary-search
 * @summary Fuzzy search box for the glossary (combobox), alone or driving a glossary index.
 *
 * @fires glossary-select - A result was chosen, before the element acts on it. `detail: { id, query }`. Cancelable: `preventDefault()` stops the jump, navigation or card, so a site can route it itself. Bubbles, composed.
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
 * @csspart card-see-also - The related terms.
 * @csspart card-links - "Full entry" and "learn more" links.
 * @csspart card-back - The button back to the term shown before a see-also jump.
 *
 * @cssprop [--post-glossary-accent=#0b57d0 / #a8c7fa] - Highlighted result outline, links.
 * @cssprop [--post-glossary-text=#1f1f1f / #e3e3e3] - Text colour.
 * @cssprop [--post-glossary-muted=#5f6368 / #bdc1c6] - Placeholder, expansions and snippets.
 * @cssprop [--post-glossary-surface=#ffffff / #202124] - Background of the box, results and card.
 * @cssprop [--post-glossary-border=#c4c7c5 / #5f6368] - Borders.
 * @cssprop [--post-glossary-highlight=#fff1a8 / #5c4b00] - Background of matched letters.
 * @cssprop [--post-glossary-radius=8px] - Corner radius.
 * @cssprop [--post-glossary-font=inherit] - Font family.
 * @cssprop [--post-glossary-focus=#0b57d0 / #a8c7fa] - Focus ring colour.
 * @cssprop [--post-glossary-search-font-size=1rem] - Text size of the box and results.
 * @cssprop [--post-glossary-search-max-height=26rem] - Tallest the results panel grows (never past 80% of the viewport).
 * @cssprop [--post-glossary-card-width=22rem] - Width of the definition card.
 */
export class GlossarySearch extends LitElement {
  static override styles = styles;

  /** Hint shown in the empty box. */
  @property() placeholder = 'Search the glossary';

  /** Accessible name of the box (shown above it with `label-visible`). */
  @property() label = 'Search the glossary';

  /** Shows `label` above the box; otherwise it is read by screen readers only. */
  @property({ type: Boolean, attribute: 'label-visible' }) labelVisible = false;

  /** Id of the `<glossary-index>` to drive; by default the first one on the page. */
  @property({ attribute: 'for' }) for?: string;

  /** Where the full glossary lives: with no index on the page, choosing a result goes to `glossary-href#id`. Overrides a provider's. */
  @property({ attribute: 'glossary-href' }) glossaryHref?: string;

  /** Base URL for an entry's "learn more" paths in the definition card. Overrides a provider's. */
  @property({ attribute: 'link-base' }) linkBase?: string;

  /** Filters the connected `<glossary-index>` as the reader types, instead of listing results. */
  @property({ type: Boolean, reflect: true }) filter = false;

  /** Also focus this box with Ctrl+K / ⌘K. */
  @property({ type: Boolean }) shortcut = false;

  /** Most results listed (1–50). */
  @property({ type: Number }) limit = DEFAULT_LIMIT;

  /** `light` or `dark` pins the colour scheme; by default it follows the reader's preference. */
  @property({ reflect: true }) theme?: 'light' | 'dark';

  /** What is typed in the box. Setting it runs the search (without opening the results). */
  @property({ attribute: false }) value = '';

  @state() private expanded = false;
  @state() private active = -1;
  @state() private cardId?: string;
  @state() private announcement = '';

  #glossary = new GlossaryController(this);
  #rows: Row[] = [];
  #hitCount = 0;
  #searched?: { glossary: Glossary; value: string; limit: number; filter: boolean };
  #cardHistory: string[] = [];
  /** Set when choosing a result puts its name in the box: that search is not announced. */
  #quiet = false;
  #announceTimer?: ReturnType<typeof setTimeout>;
  #filterTimer?: ReturnType<typeof setTimeout>;
  #stopPopup?: () => void;
  #stopCard?: () => void;
  /** The index this box filtered last, to release it when filtering stops. */
  #filtered?: IndexLike;

  /** The glossary in use (the provider's, else the bundled one). */
  get glossary(): Glossary {
    return this.#glossary.glossary;
  }

  /** The current results (empty when nothing matched or nothing is typed). */
  get results(): readonly SearchHit[] {
    return this.#rows.flatMap((r) => (r.hit ? [r.hit] : []));
  }

  /** Moves keyboard focus to the search box. */
  override focus(options?: FocusOptions): void {
    this.#input?.focus(options);
  }

  /** Clears the box, the results and any filter on the index. */
  clear(): void {
    this.value = '';
    this.expanded = false;
    this.active = -1;
  }

  override connectedCallback() {
    super.connectedCallback();
    instances.push(this);
    installShortcuts();
    // Only the box that "/" focuses shows the hint.
    for (const other of instances) if (other !== this) other.requestUpdate();
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    instances.splice(instances.indexOf(this), 1);
    for (const other of instances) other.requestUpdate();
    clearTimeout(this.#announceTimer);
    clearTimeout(this.#filterTimer);
    this.#stopPopup?.();
    this.#stopPopup = undefined;
    this.#stopCard?.();
    this.#stopCard = undefined;
    this.#listenDoc(false);
    this.cardId = undefined;
    this.expanded = false;
    this.#releaseFilter();
    this.#searched = undefined;
  }

  protected override willUpdate(changed: PropertyValues) {
    if (typeof this.value !== 'string') this.value = this.value == null ? '' : String(this.value);
    const glossary = this.glossary;
    const limit = Math.max(1, Math.min(50, Math.floor(Number(this.limit)) || DEFAULT_LIMIT));
    const s = this.#searched;
    if (!s || s.glossary !== glossary || s.value !== this.value || s.limit !== limit || s.filter !== this.filter) {
      this.#searched = { glossary, value: this.value, limit, filter: this.filter };
      this.#runSearch(glossary, limit);
      if (s && s.value !== this.value) this.active = -1;
    }
    if (changed.has('cardId') && this.cardId && !glossary.get(this.cardId)) this.cardId = undefined;
    if (this.active >= this.#rows.length) this.active = this.#rows.length - 1;
  }

  #runSearch(glossary: Glossary, limit: number) {
    const query = this.value;
    const target = this.filter ? this.#findIndex() : undefined;
    clearTimeout(this.#filterTimer);
    if (!query.trim()) {
      this.#rows = [];
      this.#hitCount = 0;
      if (this.expanded) this.expanded = false;
      if (target) this.#applyFilter(target, null, '', []);
      else this.#releaseFilter();
      this.#announce('');
      return;
    }
    if (target) {
      // Filter mode: the index shows the matches; no list of our own. A big glossary is filtered
      // once typing pauses: each pass re-renders the index.
      this.#rows = [];
      this.expanded = false;
      clearTimeout(this.#filterTimer);
      const run = () => this.#filterIndex(glossary, target, query);
      if (glossary.entries.length > FILTER_NOW) this.#filterTimer = setTimeout(run, FILTER_DELAY);
      else run();
      return;
    }
    this.#releaseFilter();
    const index = createSearchIndex(glossary);
    const hits = index.search(query, { limit });
    this.#hitCount = hits.length;
    if (hits.length) {
      this.#rows = hits.map((hit) => ({ entry: hit.entry, hit }));
      this.#announce(`${hits.length} ${hits.length === 1 ? 'result' : 'results'}.`);
    } else {
      const suggestions = index.suggest(query, 3);
      this.#rows = suggestions.map((entry) => ({ entry }));
      this.#announce(
        `No results for “${quote(query)}”.${suggestions.length ? ` Did you mean ${suggestions.map((e) => e.term).join(', ')}?` : ''}`,
      );
    }
  }

  #filterIndex(glossary: Glossary, target: IndexLike, query: string) {
    const index = createSearchIndex(glossary);
    const hits = index.search(query, { limit: Math.min(FILTER_LIMIT, glossary.entries.length) });
    const suggestions = hits.length ? [] : index.suggest(query, 3);
    this.#hitCount = hits.length;
    this.#applyFilter(
      target,
      hits.map((h) => h.entry.id),
      quote(query),
      suggestions.map((e) => e.id),
    );
    this.#announce(
      hits.length
        ? `${hits.length} ${hits.length === 1 ? 'term matches' : 'terms match'}.`
        : `No terms match “${quote(query)}”.${suggestions.length ? ` Did you mean ${suggestions.map((e) => e.term).join(', ')}?` : ''}`,
    );
  }

  #applyFilter(target: IndexLike, ids: string[] | null, query: string, suggestions: string[]) {
    if (this.#filtered && this.#filtered !== target) this.#releaseFilter();
    this.#filtered = target;
    try {
      target.filterQuery = query;
      target.suggestions = suggestions;
      target.filterIds = ids;
    } catch {
      /* not an index after all */
    }
  }

  #releaseFilter() {
    const t = this.#filtered;
    this.#filtered = undefined;
    if (!t) return;
    try {
      t.filterIds = null;
      t.filterQuery = '';
      t.suggestions = [];
    } catch {
      /* ignore */
    }
  }

  /** The `<glossary-index>` named by `for`, else the first on the page; anything with a reveal() method. */
  #findIndex(): IndexLike | undefined {
    const root = this.getRootNode() as Document | ShadowRoot;
    let el: Element | null | undefined;
    if (this.for) {
      el = (typeof root.getElementById === 'function' ? root.getElementById(this.for) : null) ?? document.getElementById(this.for);
    } else {
      el = (root !== document && 'querySelector' in root ? root.querySelector('glossary-index') : null) ?? document.querySelector('glossary-index');
    }
    // A <glossary-index> not yet upgraded still counts: Lit keeps properties set before upgrade.
    return el && (typeof (el as Partial<IndexLike>).reveal === 'function' || el.localName === 'glossary-index') ? (el as IndexLike) : undefined;
  }

  #announce(text: string) {
    clearTimeout(this.#announceTimer);
    if (this.#quiet) {
      this.#quiet = false;
      text = '';
    }
    if (!text) {
      this.announcement = '';
      return;
    }
    this.#announceTimer = setTimeout(() => (this.announcement = text), ANNOUNCE_DELAY);
  }

  get #input() {
    return this.shadowRoot?.querySelector<HTMLInputElement>('input') ?? null;
  }

  get #popup() {
    return this.shadowRoot?.querySelector<HTMLElement>('.popup') ?? null;
  }

  get #card() {
    return this.shadowRoot?.querySelector<HTMLElement>('.card') ?? null;
  }

  get #combobox() {
    return !(this.filter && this.#filtered);
  }

  protected override render() {
    const combobox = this.#combobox;
    const rows = this.#rows;
    const open = this.expanded && combobox && this.value.trim() !== '';
    const activeId = open && this.active >= 0 && this.active < rows.length ? `opt-${this.active}` : undefined;
    const keys = ['/', ...(this.shortcut ? ['Control+K', 'Meta+K'] : [])].join(' ');
    const g = this.glossary;
    const card = this.cardId ? g.get(this.cardId) : undefined;
    const previous = this.#cardHistory.length ? g.get(this.#cardHistory[this.#cardHistory.length - 1]) : undefined;
    return html`
      <label for="input" part="label" class=${this.labelVisible ? 'label' : 'visually-hidden'}>${this.label}</label>
      <div class="field" part="field">
        <svg class="icon" viewBox="0 0 24 24" aria-hidden="true">${searchIcon}</svg>
        <input
          id="input"
          part="input"
          type="text"
          role=${combobox ? 'combobox' : 'searchbox'}
          aria-autocomplete=${combobox ? 'list' : nothing}
          aria-expanded=${combobox ? (open ? 'true' : 'false') : nothing}
          aria-controls=${combobox ? 'listbox' : nothing}
          aria-activedescendant=${activeId ?? nothing}
          aria-keyshortcuts=${keys}
          autocomplete="off"
          autocapitalize="none"
          spellcheck="false"
          enterkeyhint="search"
          placeholder=${this.placeholder}
          .value=${live(this.value)}
          @input=${this.#onInput}
          @keydown=${this.#onKeydown}
          @click=${this.#onInputClick}
          @focus=${this.#onFocus}
        />
        ${this.value
          ? html`<button type="button" class="clear" part="clear" tabindex="-1" aria-label="Clear search" @click=${this.#onClear}>
              <svg viewBox="0 0 16 16" aria-hidden="true">${crossIcon}</svg>
            </button>`
          : instances.find((i) => i.isConnected) === this
            ? html`<kbd class="hint" aria-hidden="true">/</kbd>`
            : nothing}
      </div>
      <div class="popup" part="popup" popover="manual" @pointerdown=${this.#keepFocus}>
        ${open && this.#hitCount === 0
          ? html`<p class="empty" part="empty" id="empty">
              No terms match “${quote(this.value)}”.${rows.length ? ' Did you mean:' : ''}
            </p>`
          : nothing}
        <div
          role="listbox"
          id="listbox"
          part="listbox"
          aria-label=${this.#hitCount === 0 && rows.length ? 'Suggestions' : `${this.label}: results`}
        >
          ${open ? rows.map((row, i) => this.#renderRow(row, i)) : nothing}
        </div>
      </div>
      <div class="visually-hidden" role="status">${this.announcement}</div>
      ${card
        ? html`<div class="card" part="card" popover="manual" role="dialog" aria-labelledby="card-h" @keydown=${this.#onCardKeydown}>
            <button type="button" class="card-close" part="card-close" aria-label="Close" @click=${this.#closeCard}>
              <svg viewBox="0 0 16 16" aria-hidden="true">${crossIcon}</svg>
            </button>
            ${renderDefinitionCard(card, {
              headingId: 'card-h',
              related: g.related(card),
              onSeeAlso: (id) => this.#jump(id),
              glossaryHref: this.#glossary.glossaryHref(this.glossaryHref),
              linkBase: this.#glossary.linkBase(this.linkBase),
              previous,
              onBack: () => this.#back(),
            })}
          </div>`
        : nothing}
    `;
  }

  #renderRow({ entry, hit }: Row, i: number) {
    const active = i === this.active;
    const field = hit?.field;
    return html`<div
      class="option"
      part=${active ? 'option active' : 'option'}
      role="option"
      id=${`opt-${i}`}
      aria-selected=${active ? 'true' : 'false'}
      @pointermove=${() => this.#hover(i)}
      @click=${() => this.#select(entry)}
    >
      <span class="name"
        ><span class="term">${field === 'term' ? marked(entry.term, hit!.nameMatches) : entry.term}</span
        >${field === 'alias'
          ? html` <span class="alias">(${marked(hit!.matchedText, hit!.nameMatches)})</span>`
          : nothing}${entry.expansion
          ? html` <span class="expansion">${field === 'expansion' ? marked(entry.expansion, hit!.nameMatches) : entry.expansion}</span>`
          : nothing}</span
      >${hit?.snippet ? html`<span class="snippet">${marked(hit.snippet, hit.snippetMatches)}</span>` : nothing}
    </div>`;
  }

  protected override updated(changed: PropertyValues) {
    const popup = this.#popup;
    const open = this.expanded && this.#combobox && this.value.trim() !== '';
    if (popup) {
      if (open && !popup.matches(':popover-open')) {
        try {
          popup.showPopover();
        } catch {
          /* not connected */
        }
        const field = this.shadowRoot!.querySelector<HTMLElement>('.field')!;
        this.#stopPopup = autoUpdate(field, popup, () => this.#placePopup(field, popup));
      } else if (!open && popup.matches(':popover-open')) {
        this.#stopPopup?.();
        this.#stopPopup = undefined;
        popup.hidePopover();
      }
    }
    if (open && changed.has('active') && this.active >= 0) {
      this.shadowRoot!.getElementById(`opt-${this.active}`)?.scrollIntoView({ block: 'nearest' });
    }
    const card = this.#card;
    if (changed.has('cardId')) {
      this.#stopCard?.();
      this.#stopCard = undefined;
      if (card) {
        try {
          if (!card.matches(':popover-open')) card.showPopover();
        } catch {
          /* not connected */
        }
        const field = this.shadowRoot!.querySelector<HTMLElement>('.field')!;
        this.#stopCard = autoUpdate(field, card, () => this.#placeCard(field, card));
        this.shadowRoot!.getElementById('card-h')?.focus();
      }
    }
  }

  #placePopup(field: HTMLElement, popup: HTMLElement) {
    this.#place(field, popup, true);
  }

  #placeCard(field: HTMLElement, card: HTMLElement) {
    this.#place(field, card, false);
  }

  /**
   * Puts a panel under the field, or above it when there is clearly more room there, and caps its
   * height to the room it has (it scrolls inside), so it never runs off the viewport.
   */
  #place(field: HTMLElement, floating: HTMLElement, matchWidth: boolean) {
    const margin = 8;
    const gap = matchWidth ? 4 : 6;
    const rect = field.getBoundingClientRect();
    const vh = document.documentElement.clientHeight;
    const below = vh - rect.bottom - gap - margin;
    const above = rect.top - gap - margin;
    floating.style.maxHeight = '';
    const natural = floating.scrollHeight;
    const up = below < Math.min(natural, 240) && above > below;
    computePosition(field, floating, {
      strategy: 'fixed',
      placement: up ? 'top-start' : 'bottom-start',
      middleware: [
        offset(gap),
        shift({ padding: margin }),
        size({
          padding: margin,
          apply({ rects, availableHeight, elements }) {
            if (matchWidth) elements.floating.style.width = `${Math.round(rects.reference.width)}px`;
            elements.floating.style.maxHeight = `${Math.max(120, Math.floor(availableHeight))}px`;
          },
        }),
      ],
    }).then(({ x, y }) => {
      floating.style.left = `${Math.round(x)}px`;
      floating.style.top = `${Math.round(y)}px`;
    });
  }

  #onInput = (e: Event) => {
    const input = e.target as HTMLInputElement;
    this.value = input.value;
    this.active = -1;
    this.expanded = this.value.trim() !== '';
  };

  /** Builds the search index (cached per glossary) as the reader arrives, not on their first key. */
  #onFocus = () => {
    const glossary = this.glossary;
    setTimeout(() => createSearchIndex(glossary), 0);
  };

  #onInputClick = () => {
    if (this.value.trim() && !this.expanded) this.expanded = true;
  };

  #onClear = () => {
    this.clear();
    this.#input?.focus();
  };

  /** Keeps focus in the input while the pointer works the list (the APG pattern's "visual focus"). */
  #keepFocus = (e: PointerEvent) => {
    e.preventDefault();
  };

  #hover(i: number) {
    if (this.active !== i) this.active = i;
  }

  #onKeydown = (e: KeyboardEvent) => {
    if (e.isComposing || e.keyCode === 229) return; // an IME (Korean, Japanese…) is composing
    const n = this.#rows.length;
    const open = this.expanded && this.value.trim() !== '';
    const combobox = this.#combobox;
    switch (e.key) {
      case 'ArrowDown':
      case 'ArrowUp': {
        if (!combobox || !this.value.trim()) return;
        e.preventDefault();
        const down = e.key === 'ArrowDown';
        if (!open) {
          this.expanded = true;
          if (!e.altKey && n) this.active = down ? 0 : n - 1;
          return;
        }
        if (!n) return;
        this.active = down ? (this.active + 1) % n : this.active <= 0 ? n - 1 : this.active - 1;
        return;
      }
      case 'Home':
      case 'End':
        if (!combobox || !open || this.active < 0 || !n) return; // move the caret, as in any text box
        e.preventDefault();
        this.active = e.key === 'Home' ? 0 : n - 1;
        return;
      case 'Enter': {
        if (!this.value.trim()) return;
        e.preventDefault();
        if (!combobox) {
          // Filter mode: Enter goes to the best match.
          const first = createSearchIndex(this.glossary).search(this.value, { limit: 1 })[0];
          if (first) this.#select(first.entry);
          return;
        }
        const row = open && this.active >= 0 ? this.#rows[this.active] : this.#hitCount ? this.#rows[0] : undefined;
        if (row) this.#select(row.entry);
        return;
      }
      case 'Escape':
        if (this.value || open) {
          e.preventDefault();
          e.stopPropagation();
          this.clear();
        } else if (this.cardId) {
          e.preventDefault();
          e.stopPropagation();
          this.#closeCard();
        }
        return;
      case 'Tab':
        this.expanded = false;
        return;
    }
  };

  #onFocusOut = (e: FocusEvent) => {
    const to = e.relatedTarget as Node | null;
    if (to && this.shadowRoot!.contains(to)) return;
    // Wait for focus to land: a click inside the card or list keeps it here.
    setTimeout(() => {
      if (this.matches(':focus-within') || !document.hasFocus()) return;
      this.expanded = false;
      this.active = -1;
      if (this.cardId) this.#closeCard(false);
    }, 0);
  };

  #onDocPointerDown = (e: PointerEvent) => {
    if (!e.composedPath().includes(this)) {
      this.expanded = false;
      if (this.cardId) this.#closeCard(false);
    }
  };

  protected override firstUpdated() {
    this.shadowRoot!.addEventListener('focusout', this.#onFocusOut as EventListener);
  }

  #listeningDoc = false;
  #listenDoc(on: boolean) {
    if (on === this.#listeningDoc) return;
    this.#listeningDoc = on;
    document[on ? 'addEventListener' : 'removeEventListener']('pointerdown', this.#onDocPointerDown as EventListener, true);
  }

  /** Fires glossary-select, then jumps to the entry in the index, goes to glossary-href, or shows the card. */
  #select(entry: TermEntry) {
    const query = this.value;
    const proceed = this.dispatchEvent(
      new CustomEvent<GlossarySelectDetail>('glossary-select', {
        detail: { id: entry.id, query },
        bubbles: true,
        composed: true,
        cancelable: true,
      }),
    );
    this.expanded = false;
    this.active = -1;
    if (!proceed) return;
    if (this.#combobox && this.value !== entry.term) {
      this.#quiet = true;
      this.value = entry.term;
    }
    const index = this.#findIndex();
    let revealed = false;
    try {
      revealed = typeof index?.reveal === 'function' && !!index.reveal(entry.id);
    } catch {
      revealed = false;
    }
    if (revealed) return;
    const href = this.#glossary.glossaryHref(this.glossaryHref);
    const url = href ? safeHref(`${href.split('#')[0]}#${encodeURIComponent(entry.id)}`) : undefined;
    if (url) {
      location.assign(url);
      return;
    }
    this.#openCard(entry.id);
  }

  #openCard(id: string) {
    this.#cardHistory = [];
    if (this.cardId === id) {
      this.updateComplete.then(() => this.shadowRoot!.getElementById('card-h')?.focus());
      return;
    }
    this.cardId = id;
    this.#listenDoc(true);
  }

  #closeCard = (refocus: boolean | Event = true) => {
    const focusInput = refocus !== false;
    this.cardId = undefined;
    this.#cardHistory = [];
    this.#listenDoc(false);
    this.#stopCard?.();
    this.#stopCard = undefined;
    if (focusInput) this.#input?.focus();
  };

  #onCardKeydown = (e: KeyboardEvent) => {
    if (e.key === 'Escape') {
      e.preventDefault();
      e.stopPropagation();
      this.#closeCard();
    }
  };

  #jump(id: string) {
    if (!this.cardId || id === this.cardId) return;
    this.#cardHistory.push(this.cardId);
    this.cardId = id;
  }

  #back() {
    const id = this.#cardHistory.pop();
    if (id) this.cardId = id;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'glossary-search': GlossarySearch;
  }
  interface HTMLElementEventMap {
    'glossary-select': CustomEvent<GlossarySelectDetail>;
  }
}
