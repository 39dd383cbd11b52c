import { LitElement, html, isServer, nothing, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { GlossaryController } from '../../internal/glossary-controller.js';
import { pageHref } from '../../internal/href.js';
import type { Category } from '../../core/types.js';
import { languageReady, stringsFor, type GlossaryStringsOverride } from '../../i18n/index.js';
import { Themed, WithLinkBase } from '../../internal/shared-properties.js';
import type { Glossary } from '../../core/glossary.js';
import { definedTermSet } from '../../core/structured-data.js';
import { pageIndexes, type PageIndex } from '../../internal/page-indexes.js';
import { indexView, sectionLetter, type View } from '../../internal/index-view.js';
import { linksReady } from '../../internal/definition-links.js';
import { IndexSections } from '../../internal/index-sections.js';
import { linkTo } from '../../internal/index-entry.js';
import { credit, letterBar, noMatch } from '../../internal/index-parts.js';
import { categoryFilter } from '../../internal/category-filter.js';
import { ChunkedRenderController } from '../../internal/controllers/chunked-render.js';
import { HashNavigationController } from '../../internal/controllers/hash-navigation.js';
import { ScrollCorrectionController } from '../../internal/controllers/scroll-correction.js';
import { SectionSpyController } from '../../internal/controllers/section-spy.js';
import { StickyBarController } from '../../internal/controllers/sticky-bar.js';
import { StructuredDataController } from '../../internal/controllers/structured-data.js';
import { styles } from './glossary-index.styles.js';

/** Detail of `glossary-index-navigate`. */
export interface GlossaryIndexNavigateDetail {
  /** The entry (or `letter-x` section) navigated to. */
  id: string;
}

/** Entries rendered at once when new data arrives (a few screenfuls); an index of at most this many is rendered whole from its first update. */
const FIRST_CHUNK = 120;
/** Entries rendered at once when the reader's filter changes what is shown (a screenful or two), the rest in chunks. */
const FILTER_CHUNK = 40;
/** Entries rendered out of turn at the start of a letter the reader jumps to (a screenful or two). */
const JUMP_CHUNK = 24;
/** Above this many entries, a block off screen skips layout as a whole (see `.large .block` in the styles). */
const BLOCK_SKIPS_ABOVE = 1000;

/**
 * The whole glossary, A–Z: a letter bar, a section per letter, and per entry its term,
 * expansion, category, definition (with links to the other terms it mentions), see-also links
 * and, when configured, "learn more" and canonical links. Deep links (`#lut`) work although the
 * entries live in shadow DOM; a schema.org DefinedTermSet describes the entries to search engines.
 *
 * @tagname glossary-index
 * @summary The A–Z glossary, embeddable on any site.
 *
 * @fires {CustomEvent<GlossaryIndexNavigateDetail>} glossary-index-navigate - The reader moved to an entry or letter (letter bar, see-also, cross-link or URL hash). `detail: { id }`. Bubbles, composed.
 *
 * @csspart letters - The A–Z letter bar.
 * @csspart letter - A letter link in the bar (`letter disabled` when it has no entries).
 * @csspart filters - The category filter buttons.
 * @csspart section - One letter's section.
 * @csspart section-heading - A letter's heading.
 * @csspart entry - One entry.
 * @csspart term - An entry's name.
 * @csspart definition - An entry's definition.
 * @csspart see-also - An entry's related terms.
 * @csspart empty - The "no terms match" message.
 *
 * @cssprop [--post-glossary-text=the page's] - Text colour (with `theme`: #1f1f1f / #e3e3e3).
 * @cssprop [--post-glossary-surface=transparent] - Background (with `theme`: #ffffff / #202124); also the sticky letter bar's, which by default takes the page's background.
 * @cssprop [--post-glossary-highlight=#fff1a8 / #5c4b00] - Background of the entry a deep link points at.
 * @cssprop [--post-glossary-font-size=1rem] - Text size of the index.
 * @cssprop [--post-glossary-sticky-top=0px] - Offset of the sticky letter bar (below a site's fixed header).
 */
export class GlossaryIndex extends Themed(WithLinkBase(LitElement)) {
  static override styles = styles;

  /** Level of the letter headings (2–6), so the index fits the host page's outline; entries are one level below. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;

  /**
   * The canonical glossary page: each entry links to its entry there, crediting the source, and
   * links to entries outside `letters`/`categories` go there (without it, those names are plain text).
   */
  @property({ attribute: 'source-url' }) sourceUrl?: string;

  /** Name shown in the credit line with `source-url` (default: its host name). */
  @property({ attribute: 'source-name' }) sourceName?: string;

  /** Only these categories (comma-separated: `color,vfx`; as a property, an array of strings is taken too). */
  @property() categories?: string;

  /** Only these letters: `A-F`, `ABX`, `a,c,x-z`; `#` is the group of names with no Latin letter (after Z). As a property, an array of strings is taken too. */
  @property() letters?: string;

  /** Do not add the schema.org DefinedTermSet JSON-LD block to the document. */
  @property({ type: Boolean, attribute: 'no-structured-data' }) noStructuredData = false;

  /** Show only these entries (a search's results); `null` shows everything. An empty array shows the "no terms match" message. */
  @property({ attribute: false }) filterIds: string[] | null = null;

  /** The query behind `filterIds`, quoted in the "no terms match" message. */
  @property({ attribute: false }) filterQuery = '';

  /** Ids offered as "Did you mean" when `filterIds` is empty. */
  @property({ attribute: false }) suggestions: string[] = [];

  /**
   * UI strings, merged over the table of the index's language (its closest `lang`: `en`, `ko`)
   * and a provider's `strings`: `{ all: 'Everything', categories: { color: 'Grading' } }`.
   */
  @property({ attribute: false }) strings?: GlossaryStringsOverride | null;

  /** A language table still loading (a Korean page's first render): the update waits for it, so no English shows first. */
  protected override scheduleUpdate(): void | Promise<unknown> {
    const ready = languageReady(this);
    return ready ? ready.then(() => super.scheduleUpdate()) : super.scheduleUpdate();
  }

  // Internal state, private fields rather than @state (each a decorator call and an unmangled
  // name): whatever changes one of them calls requestUpdate() itself.

  /** The category filter the reader chose (null: all), and one chosen but not applied yet (see #choose). */
  #category: Category | null = null;
  #pendingCategory?: Category | null;
  #highlighted?: string;
  /** The letter whose section is under the bar: aria-current in the bar. */
  #current?: string;

  #glossary = new GlossaryController(this);
  #sections = new IndexSections();
  /** Whether this render shows cross-links (see linksReady). */
  #linkedNow = true;
  /** A large glossary renders its first screenfuls at once, the rest in short tasks; every letter's heading is there from the start. */
  #chunks = new ChunkedRenderController(this, FIRST_CHUNK, () => {
    this.requestUpdate();
    this.performUpdate();
  });
  #hash = new HashNavigationController(this, {
    has: (id) => this.#has(id),
    follow: (id, updateHash, focus) => this.#follow(id, updateHash, focus),
    loading: () => this.#glossary.loading,
    data: () => this.glossary,
  });
  #bar = new StickyBarController(this, '.letters');
  #scroll = new ScrollCorrectionController(this);
  // eslint-disable-next-line no-unused-private-class-members -- registered on the host
  #spy = new SectionSpyController(this, '.letters', (letter) => this.#setCurrent(letter));
  // eslint-disable-next-line no-unused-private-class-members -- registered on the host
  #structuredData = new StructuredDataController(
    this,
    () => this.structuredData(),
    () => !this.noStructuredData,
    () => [this.glossary, this.categories, this.letters, this.sourceUrl, this.sourceName],
  );

  /** What other elements of the page (a `<post-term>`'s "Full entry") learn about this index. */
  #pageIndex: PageIndex = { shows: (id) => this.#has(id), sourceUrl: () => (this.sourceUrl && pageHref(this.sourceUrl)) || undefined };

  /** The glossary in use (the provider's, else the bundled one). */
  get glossary(): Glossary {
    return this.#glossary.glossary;
  }

  #lastView?: View;

  /** The view for the current settings and filters (the last one when they have not changed). */
  #view(): View {
    return (this.#lastView = indexView(this.glossary, this.categories, this.letters, this.#category, this.filterIds, this.#lastView));
  }

  /**
   * How many entries the index shows: within `letters` and `categories`, and through the reader's
   * category filter and `filterIds`. (A filtering search box announces this count.)
   */
  get shownCount(): number {
    return this.#view().visible;
  }

  /**
   * JSON-LD describing this index's entries (what the page's structured data block holds).
   * @returns {object} A schema.org `DefinedTermSet`, ready for `JSON.stringify`.
   */
  structuredData() {
    return definedTermSet(this.#view().scope, { url: (this.sourceUrl && pageHref(this.sourceUrl)) || location.href, name: this.sourceName ? `${this.sourceName} glossary` : undefined });
  }

  /**
   * Scrolls to an entry, highlights it (until another is revealed), moves focus to its heading
   * and puts `#id` in the URL as a new history entry, so Back works. An entry hidden by the
   * category filter or by `filterIds` is shown again (that filter is cleared). Fires
   * `glossary-index-navigate`.
   * @param id The entry's id.
   * @param options `updateHash: false` leaves the URL alone; `focus: false` keeps focus where it is.
   * @returns {boolean} `true` when the entry was revealed; `false` (and nothing happens) when the id is unknown or outside `letters`/`categories`.
   */
  reveal(id: string, options: { updateHash?: boolean; focus?: boolean } = {}): boolean {
    const entry = this.glossary.get(id);
    if (!entry || !this.#view().scope.includes(entry)) return false;
    if (this.#pendingCategory !== undefined) this.#applyCategory();
    if (this.#category && entry.category !== this.#category) this.#category = null;
    if (this.filterIds && !this.filterIds.includes(id)) this.filterIds = null;
    this.#highlighted = id;
    this.requestUpdate();
    const inLetter =
      this.#view()
        .groups.find((g) => g.letter === entry.letter)
        ?.entries.indexOf(entry) ?? 0;
    this.#go(id, entry.letter, inLetter + JUMP_CHUNK, options);
    return true;
  }

  /**
   * Goes to the entry or letter section `id`: renders at least the first `count` entries of its
   * letter (out of turn, if they are not there yet), updates the URL, tells the page, then
   * focuses and scrolls to it (below the sticky bar, however many rows it wraps to).
   */
  #go(id: string, letter: string, count: number, { updateHash = true, focus = true }: { updateHash?: boolean; focus?: boolean }) {
    this.#setCurrent(letter);
    this.#chunks.force(letter, count);
    this.#hash.pushed(id, updateHash);
    this.dispatchEvent(new CustomEvent<GlossaryIndexNavigateDetail>('glossary-index-navigate', { detail: { id }, bubbles: true, composed: true }));
    this.updateComplete.then(() => {
      const target = this.shadowRoot!.getElementById(id);
      if (!target) return;
      if (focus) target.focus({ preventScroll: true });
      this.#bar.measure();
      this.#scroll.scrollTo(target);
    });
  }

  #setCurrent(letter: string | undefined) {
    if (letter === this.#current) return;
    this.#current = letter;
    this.requestUpdate();
  }

  override connectedCallback() {
    super.connectedCallback();
    pageIndexes.add(this.#pageIndex);
    addEventListener('beforeprint', this.#renderAll);
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    pageIndexes.delete(this.#pageIndex);
    removeEventListener('beforeprint', this.#renderAll);
    if (this.#pendingCategory !== undefined) this.#applyCategory();
  }

  /** Printing a large glossary before every chunk has arrived: the rest now. */
  #renderAll = () => this.#chunks.renderAll(this.glossary.entries.length);

  /** The glossary the budget counts in: another one (a provider's data arriving) starts over. */
  #budgetFor?: Glossary;

  protected override willUpdate(changed: PropertyValues) {
    // Server rendering (Lit SSR) writes every entry, for readers and crawlers without script; a
    // server-rendered index hydrates from all of them (its first render must match the server's).
    if (!this.hasUpdated && (isServer || this.shadowRoot?.querySelector('.index'))) this.#chunks.budget = Infinity;
    // What is shown changed as a whole (new data, a search's results): its first screenfuls at
    // once, the rest in chunks again, rather than everything rendered so far in one task.
    // A large index's first update renders a screenful or two (120 entries of 10,000 was a long
    // task of its own); a small one whole.
    else if (!this.hasUpdated) this.#chunks.budget = this.#filterBudget();
    else if (this.#budgetFor !== undefined && this.#budgetFor !== this.glossary) this.#chunks.budget = FIRST_CHUNK;
    else if (changed.has('filterIds') && this.hasUpdated) this.#chunks.budget = this.#filterBudget();
    this.#budgetFor = this.glossary;
  }

  protected override updated() {
    // While cross-links wait for the names to be indexed, only the first screen is rendered (it is
    // rendered again with its links): the rest comes after, once, with them.
    this.#chunks.next(((this.#chunks.budget < this.#view().visible && this.#linkedNow) || this.#sections.relinkPending) && this.#pendingCategory === undefined);
  }

  /** Whether this index has the entry or letter section `id` (whatever the reader's filters). */
  #has(id: string): boolean {
    const letter = sectionLetter(id);
    return this.#view().scope.some((e) => (letter ? e.letter === letter : e.id === id));
  }

  /** Goes to an entry (see reveal()) or to a `letter-x` section. */
  #follow(id: string, updateHash?: boolean, focus?: boolean) {
    const letter = sectionLetter(id);
    if (letter) this.#go(id, letter, JUMP_CHUNK, { updateHash, focus });
    else this.reveal(id, { updateHash, focus });
  }

  protected override render() {
    const strings = stringsFor(this, this.#glossary.strings, this.strings, () => this.requestUpdate());
    const t = strings.t;
    const view = this.#view();
    const { groups } = view;
    const level = Math.min(6, Math.max(2, Math.round(this.headingLevel) || 2));
    const source = this.sourceUrl && pageHref(this.sourceUrl);
    const linkBase = this.#glossary.linkBase(this.linkBase);
    const sections = this.#sections.render(groups, {
      budget: this.#chunks.budget,
      forced: this.#chunks.forced,
      highlighted: this.#highlighted,
      level,
      // In a large glossary, the first screen shows definitions as plain text while the names are indexed (then gains its links).
      linked: (this.#linkedNow = linksReady(this.glossary, () => this.requestUpdate())),
      otherGroup: t.otherGroup,
      inputs: [this.glossary, level, linkBase, this.sourceUrl, this.letters, this.categories, t],
      context: () => ({ glossary: this.glossary, t, level: Math.min(6, level + 1), linkBase, sourceUrl: this.sourceUrl, link: linkTo(view.ids, this.sourceUrl) }),
    });
    return html`
      <div class="index ${view.scope.length > BLOCK_SKIPS_ABOVE ? 'large' : ''}">
        ${letterBar(groups, this.#current, t)}
        ${categoryFilter({ ...view, t, chosen: this.#pendingCategory !== undefined ? this.#pendingCategory : this.#category, choose: this.#choose })}
        ${
          this.filterIds && view.visible === 0
            ? noMatch(
                strings,
                this.filterQuery,
                this.suggestions.flatMap((id) => this.glossary.get(id) ?? []),
                linkTo(view.ids, this.sourceUrl),
              )
            : nothing
        }
        ${sections}
        ${source ? credit(t, source, this.sourceName) : nothing}
      </div>
    `;
  }

  /** Entries to render at once after a filter change: a screenful or two of a large index; a small one (the first chunk's worth) whole. */
  #filterBudget(): number {
    return this.#view().scope.length <= FIRST_CHUNK ? FIRST_CHUNK : FILTER_CHUNK;
  }

  /**
   * A category click: the button shows the choice at once; with many entries rendered, they are
   * removed from the end a step per task first, then the category applies (see ChunkedRenderController.trim).
   */
  #choose = (category: Category | null, then?: () => void) => {
    if (category !== (this.#pendingCategory !== undefined ? this.#pendingCategory : this.#category)) {
      this.#pendingCategory = category;
      this.#chunks.trim(
        () => this.#sections.rendered,
        FILTER_CHUNK,
        () => this.#applyCategory(),
      );
    }
    if (then) this.updateComplete.then(then);
  };

  #applyCategory() {
    this.#chunks.stopTrim();
    this.#category = this.#pendingCategory ?? null;
    this.#pendingCategory = undefined;
    // Another set of entries: its first screen now, the rest in chunks.
    this.#chunks.reset(this.#filterBudget());
    this.requestUpdate();
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'glossary-index': GlossaryIndex;
  }
  interface HTMLElementEventMap {
    'glossary-index-navigate': CustomEvent<GlossaryIndexNavigateDetail>;
  }
  // They bubble and are composed: a listener on document or window sees them too.
  interface DocumentEventMap {
    'glossary-index-navigate': CustomEvent<GlossaryIndexNavigateDetail>;
  }
  interface WindowEventMap {
    'glossary-index-navigate': CustomEvent<GlossaryIndexNavigateDetail>;
  }
}
