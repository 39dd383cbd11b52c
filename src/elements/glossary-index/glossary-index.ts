import { LitElement, html, isServer, noChange, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { GlossaryController } from '../../internal/glossary-controller.js';
import { Themed, WithLinkBase } from '../../internal/shared-properties.js';
import { LETTERS, OTHER_LETTER, entryNameId, letterSectionId } from '../../core/normalize.js';
import { entryHref, pageHref } from '../../internal/href.js';
import { CATEGORIES, type Category, type TermEntry } from '../../core/types.js';
import { around, languageReady, stringsFor, type GlossaryStringsOverride, type Strings } from '../../i18n/index.js';
import type { Glossary } from '../../core/glossary.js';
import { definedTermSet, jsonLdWriter } from '../../core/structured-data.js';
import { pageIndexes, type PageIndex } from '../../internal/page-indexes.js';
import { runInSlices } from '../../internal/slices.js';
import { styles } from './glossary-index.styles.js';

/** Detail of `glossary-index-navigate`. */
export interface GlossaryIndexNavigateDetail {
  /** The entry (or `letter-x` section) navigated to. */
  id: string;
}

type Segment = string | { id: string; text: string };

/** A glossary that can index its names for findMentions() in slices (the library's own do). */
interface PreparesMentions {
  mentionsReady(): boolean;
  mentionSteps(): Generator<void, void>;
}
/** Names being indexed in slices, per glossary (see #linked). */
const preparing = new WeakMap<Glossary, Promise<void>>();
/** Above this many entries, cross-links wait until the names are indexed in slices (see #linked). */
const LINKS_LATER_ABOVE = 2000;

// A definition split into text and cross-links, computed once per entry per glossary.
const segmentCache = new WeakMap<Glossary, Map<string, Segment[]>>();
function segments(glossary: Glossary, entry: TermEntry): Segment[] {
  let cache = segmentCache.get(glossary);
  if (!cache) segmentCache.set(glossary, (cache = new Map()));
  let out = cache.get(entry.id);
  if (!out) {
    out = [];
    let at = 0;
    for (const m of glossary.findMentions(entry.definition, { exclude: [entry.id] })) {
      if (m.start > at) out.push(entry.definition.slice(at, m.start));
      out.push({ id: m.id, text: m.text });
      at = m.end;
    }
    if (at < entry.definition.length) out.push(entry.definition.slice(at));
    cache.set(entry.id, out);
  }
  return out;
}

/** The id in the URL fragment ('' when none, or when it is not valid percent-encoding). */
function hashId(): string {
  try {
    return decodeURIComponent(location.hash.slice(1));
  } catch {
    return '';
  }
}

/** The index's groups, in order: A–Z, then "#" (names with no Latin letter). */
const GROUPS: readonly string[] = [...LETTERS, OTHER_LETTER];


/** The group of a section id, or undefined when `id` is not one. */
const sectionLetter = (id: string) => (id === 'letter-other' ? OTHER_LETTER : /^letter-([a-z])$/.exec(id)?.[1].toUpperCase());

/** "A-F", "ABX", "a,c,x-z", "A-Z#" → the set of groups; empty or unparseable → all (with "#"). */
function parseLetters(spec?: string | null): Set<string> {
  const out = new Set<string>();
  // Ranges and single letters anywhere in the spec ("X-Z#" is X, Y, Z and "#").
  for (const [, from, to, one] of (spec ?? '').toUpperCase().matchAll(/([A-Z])-([A-Z])|([A-Z#])/g)) {
    if (one) out.add(one);
    else for (let c = from.charCodeAt(0); c <= to.charCodeAt(0); c++) out.add(String.fromCharCode(c));
  }
  return out.size ? out : new Set(GROUPS);
}

/** Presses and key strokes so far: a deep link honoured late moves focus only if there were none since. */
let readerInputs = 0;
/** The reader's last input was a key (focus moved by keyboard). */
let lastInputKey = false;
if (typeof document !== 'undefined') {
  for (const type of ['pointerdown', 'keydown'])
    document.addEventListener(
      type,
      () => {
        readerInputs++;
        lastInputKey = type === 'keydown';
      },
      { capture: true, passive: true },
    );
}

/** Entries rendered in the first update (a few screenfuls). */
const FIRST_CHUNK = 120;
/** Entries rendered at once when the reader's filter changes what is shown (a screenful or two), the rest in chunks. */
const FILTER_CHUNK = 40;
/**
 * Before a category click is applied to an index with more than this many entries rendered, they
 * are removed this many per task, from the end (removing ten thousand entries' markup at once is
 * a long task of its own).
 */
const TRIM_STEP = 1000;
/** Entries rendered out of turn at the start of a letter the reader jumps to (a screenful or two). */
const JUMP_CHUNK = 24;
/** Work per later task, in milliseconds: the chunk size adapts to the device to stay near it. */
const CHUNK_MS = 25;
/** Most entries one later task renders, whatever the device (style and layout come on top). */
const MAX_CHUNK = 1000;
/**
 * Entries are rendered in blocks of this many: a render compares block by block and leaves
 * unchanged blocks alone, so its cost follows what changed, not the size of the glossary.
 */
const BLOCK = 50;
/** Above this many entries, a block off screen skips layout as a whole (see `.large .block` in the styles). */
const BLOCK_SKIPS_ABOVE = 1000;

/** What the index shows: a letter section and its entries. */
interface Group {
  letter: string;
  id: string;
  entries: TermEntry[];
}

/** A rendered block of entries: `length` entries of `entries` from `from`, and the highlighted one among them. */
interface ShownBlock {
  entries: TermEntry[];
  from: number;
  length: number;
  highlighted?: string;
  /** Whether its definitions show their cross-links. */
  linked: boolean;
}

/** The entries in scope and what the reader's filters leave of them, worked out once per change. */
interface View {
  inputs: unknown[];
  scope: TermEntry[];
  /** The ids in scope (see #link). */
  ids: Set<string>;
  groups: Group[];
  visible: number;
  /** The categories in scope, and how many entries of each a search (`filterIds`) lets through. */
  present: Category[];
  counts: Map<Category, number>;
  pool: number;
}

// Every connected index, so that a deep link is followed by one of them only (see #onHash).
const connectedIndexes = new Set<GlossaryIndex>();

// One JSON-LD block per page, whatever the number of indexes: the first connected index that
// allows it describes its entries; when it goes, the next one takes over. (A Set keeps the order
// indexes were added in, and adding one already there leaves it in its place.)
const structuredDataOwners = new Set<GlossaryIndex>();
const firstOwner = (): GlossaryIndex | undefined => structuredDataOwners.values().next().value;
let structuredDataJob = 0;
let structuredDataWritten = '';
const structuredDataSelector = 'script[type="application/ld+json"][data-post-glossary]';

/**
 * Brings the page's JSON-LD block up to date with the first owner. The block goes at once when
 * no index wants it; it is written in idle periods, a slice of terms at a time, so that
 * thousands of entries never delay the index's first render or a reader's input. A newer call
 * supersedes a pending one.
 */
function scheduleStructuredData() {
  const job = ++structuredDataJob;
  if (!firstOwner()) {
    document.head.querySelector(structuredDataSelector)?.remove();
    return;
  }
  let writer: ReturnType<typeof jsonLdWriter> | undefined;
  const step = (deadline?: IdleDeadline) => {
    const owner = firstOwner();
    if (job !== structuredDataJob || !owner) return;
    writer ??= jsonLdWriter(owner.structuredData());
    let json: string | undefined;
    do json = writer.next(100);
    while (json === undefined && deadline && deadline.timeRemaining() > 4);
    if (json === undefined) return idle(step);
    let script = document.head.querySelector<HTMLScriptElement>(structuredDataSelector);
    if (!script) {
      script = document.createElement('script');
      script.type = 'application/ld+json';
      script.dataset.postGlossary = '';
      document.head.append(script);
    }
    // Compared with what was written last, not read back: the block can be megabytes.
    if (json !== structuredDataWritten || script.firstChild === null) setScriptText(script, json);
    structuredDataWritten = json;
  };
  idle(step);
}

function idle(fn: (deadline?: IdleDeadline) => void) {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(fn, { timeout: 1000 });
  else setTimeout(fn, 20);
}

interface ScriptPolicy {
  createScript(input: string): unknown;
}
interface TrustedTypesFactory {
  createPolicy(name: string, rules: { createScript(input: string): string }): ScriptPolicy;
}
let jsonPolicy: ScriptPolicy | null | undefined;

/**
 * Fills the JSON-LD block. Under Trusted Types (`require-trusted-types-for 'script'`) the script
 * text setters throw without a TrustedScript, and a text node is stored but logs a console error
 * ("will not be executed"), so where Trusted Types exist the text goes through a private policy
 * named `post-glossary` that accepts only JSON. A page whose `trusted-types` directive lists
 * policy names must add `post-glossary` to it; when the policy is refused, a text node is
 * used: the data is still there for search engines, only the console message remains. Without
 * Trusted Types the text node is all there is to it.
 */
function setScriptText(script: HTMLScriptElement, json: string) {
  const tt = (globalThis as { trustedTypes?: TrustedTypesFactory }).trustedTypes;
  if (tt && jsonPolicy === undefined) {
    try {
      jsonPolicy = tt.createPolicy('post-glossary', {
        createScript(input) {
          // Only what jsonLdText writes (a JSON object with every "<" escaped): this policy is
          // private to this module and is no way to run script.
          if (input[0] !== '{' || input.includes('<')) throw new TypeError('post-glossary: JSON-LD only');
          return input;
        },
      });
    } catch {
      jsonPolicy = null;
    }
  }
  if (jsonPolicy) script.textContent = jsonPolicy.createScript(json) as string;
  else script.replaceChildren(json);
}

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

  /** The strings of the current render. */
  #t!: Strings;

  /** A language table still loading (a Korean page's first render): the update waits for it, so no English shows first. */
  protected override scheduleUpdate(): void | Promise<unknown> {
    const ready = languageReady(this);
    return ready ? ready.then(() => super.scheduleUpdate()) : super.scheduleUpdate();
  }

  // Internal state, private fields rather than @state (each a decorator call and an unmangled
  // name): whatever changes one of them calls requestUpdate() itself.

  /** The category filter the reader chose (null: all), and one chosen but not applied yet (see #trim). */
  #category: Category | null = null;
  #pendingCategory?: Category | null;
  #trimTimer?: ReturnType<typeof setTimeout>;

  #highlighted?: string;

  /**
   * How many entries are rendered so far, in A–Z order. A large glossary renders its first
   * screenfuls at once and the rest in short tasks after that; every letter's heading is there
   * from the start, and a jump or reveal renders the start of its letter out of turn first.
   */
  #budget = FIRST_CHUNK;

  #chunk = 100;
  #chunkTimer?: ReturnType<typeof setTimeout>;

  /** Letters rendered out of turn because the reader jumped there: letter → entries to show. */
  #forced = new Map<string, number>();

  #glossary = new GlossaryController(this);

  /** The glossary in use (the provider's, else the bundled one). */
  get glossary(): Glossary {
    return this.#glossary.glossary;
  }

  /** Entries within `categories` and `letters`, before the reader's filters. */
  get #scope(): TermEntry[] {
    return this.#view().scope;
  }

  #lastView?: View;

  /** The view for the current settings and filters (the last one when they have not changed). */
  #view(): View {
    // filterIds by content: a page may change the array in place and call requestUpdate().
    const inputs = [this.glossary, this.categories, this.letters, this.#category, Array.isArray(this.filterIds) ? this.filterIds.join('\n') : this.filterIds];
    const last = this.#lastView;
    if (last && inputs.every((v, i) => v === last.inputs[i])) return last;
    let scope: TermEntry[];
    let ids: Set<string>;
    if (last && inputs.slice(0, 3).every((v, i) => v === last.inputs[i])) ({ scope, ids } = last);
    else {
      const cats = this.categories ? new Set(this.categories.split(/[\s,]+/)) : null;
      const letters = parseLetters(this.letters);
      scope = this.glossary.entries.filter((e) => letters.has(e.letter) && (!cats || cats.has(e.category)));
      ids = new Set(scope.map((e) => e.id));
    }
    const filter = this.filterIds ? new Set(this.filterIds) : null;
    const byLetter = new Map<string, TermEntry[]>();
    const counts = new Map<Category, number>();
    const inScope = new Set<Category>();
    let visible = 0;
    let pool = 0;
    let other = false;
    for (const e of scope) {
      inScope.add(e.category);
      if (e.letter === OTHER_LETTER) other = true;
      if (filter && !filter.has(e.id)) continue;
      pool++;
      counts.set(e.category, (counts.get(e.category) ?? 0) + 1);
      if (this.#category && e.category !== this.#category) continue;
      visible++;
      let list = byLetter.get(e.letter);
      if (!list) byLetter.set(e.letter, (list = []));
      list.push(e);
    }
    const letters = parseLetters(this.letters);
    // "#" is in the bar only when the glossary has names with no Latin letter (A–Z always are).
    const groups = GROUPS.filter((l) => letters.has(l) && (l !== OTHER_LETTER || other)).map((letter) => ({ letter, id: letterSectionId(letter), entries: byLetter.get(letter) ?? [] }));
    const present = CATEGORIES.filter((c) => inScope.has(c));
    return (this.#lastView = { inputs, scope, ids, groups, visible, present, counts, pool });
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
    return definedTermSet(this.#scope, { url: (this.sourceUrl && pageHref(this.sourceUrl)) || location.href, name: this.sourceName ? `${this.sourceName} glossary` : undefined });
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
    if (!entry || !this.#scope.includes(entry)) return false;
    if (this.#pendingCategory !== undefined) this.#applyCategory();
    if (this.#category && entry.category !== this.#category) this.#category = null;
    if (this.filterIds && !this.filterIds.includes(id)) this.filterIds = null;
    this.#highlighted = id;
    this.requestUpdate();
    const inLetter = this.#view().groups.find((g) => g.letter === entry.letter)?.entries.indexOf(entry) ?? 0;
    this.#go(id, entry.letter, inLetter + JUMP_CHUNK, options);
    return true;
  }

  /**
   * Goes to the entry or letter section `id`: renders at least the first `count` entries of its
   * letter (out of turn, if they are not there yet), updates the URL, tells the page, then
   * focuses and scrolls to it.
   */
  #go(id: string, letter: string, count: number, { updateHash = true, focus = true }: { updateHash?: boolean; focus?: boolean }) {
    this.#setCurrent(letter);
    if ((this.#forced.get(letter) ?? 0) < count) {
      this.#forced.set(letter, count);
      this.requestUpdate();
    }
    if (updateHash && hashId() !== id) history.pushState(history.state, '', `#${encodeURIComponent(id)}`);
    this.#handledUrl = location.href;
    this.dispatchEvent(new CustomEvent<GlossaryIndexNavigateDetail>('glossary-index-navigate', { detail: { id }, bubbles: true, composed: true }));
    this.updateComplete.then(() => {
      const target = this.shadowRoot!.getElementById(id);
      if (!target) return;
      if (focus) target.focus({ preventScroll: true });
      this.#scrollTo(target);
    });
  }

  #scrolling = 0;

  /**
   * Jumps (instantly: a letter jump must be immediate at any size) and then corrects for a few
   * frames: sections above the target skip rendering (content-visibility) and take their real
   * height only as they are laid out, which moves the target after the first jump.
   */
  #scrollTo(target: Element) {
    const run = ++this.#scrolling;
    // The sticky letter bar wraps to several rows on a phone: land the target below all of them
    // (below a third of the window at most, for a bar made huge by a page's root font size).
    // The bar is always rendered, and its parent is the .index wrapper the offset is set on.
    this.#measureBar();
    let stable = 0;
    const step = (frame: number) => {
      if (run !== this.#scrolling || frame > 30) return;
      const before = target.getBoundingClientRect().top;
      target.scrollIntoView({ block: 'start' });
      const after = target.getBoundingClientRect().top;
      stable = Math.abs(after - before) < 1 ? stable + 1 : 0;
      if (stable < 3) requestAnimationFrame(() => step(frame + 1));
    };
    step(0);
  }

  /** What other elements of the page (a `<post-term>`'s "Full entry") learn about this index. */
  #pageIndex: PageIndex = { shows: (id) => this.#has(id), sourceUrl: () => (this.sourceUrl && pageHref(this.sourceUrl)) || undefined };

  /**
   * The sticky letter bar's height, kept in --_letters-height on the .index wrapper (its parent):
   * every focusable entry part keeps that much room above it (scroll-margin), so focus never lands
   * under the bar. 0 where the bar does not stick (short windows); at most a third of the window.
   */
  #measureBar = () => {
    const letters = this.renderRoot?.querySelector<HTMLElement>('.letters');
    if (!letters) return;
    const sticky = getComputedStyle(letters).position === 'sticky';
    letters.parentElement!.style.setProperty('--_letters-height', `${sticky ? Math.ceil(Math.min(letters.offsetHeight, innerHeight / 3)) : 0}px`);
  };

  #barObserver?: ResizeObserver;

  /**
   * Keeps a part that keyboard focus reached in view for a few frames. The browser scrolls it into
   * view as focus lands; then the entries around it render (content-visibility) and take their real
   * height, which moves it. Chromium and Firefox keep it in place (scroll anchoring); WebKit has
   * none, and focus ended up below the window. `nearest` honours the scroll margins (the bar).
   */
  #onFocusIn = () => {
    const target = this.shadowRoot?.activeElement;
    if (!(target instanceof HTMLElement) || !lastInputKey) return;
    let frames = 0;
    let still = 0;
    let last = NaN;
    const keep = () => {
      if (this.shadowRoot?.activeElement !== target || ++frames > 60) return;
      let r = target.getBoundingClientRect();
      if (r.top < 0 || r.bottom > innerHeight) {
        target.scrollIntoView({ block: 'nearest' });
        r = target.getBoundingClientRect();
      }
      // Until it has stayed put for a few frames (the entries around it have rendered).
      still = Math.abs(r.top - last) < 1 ? still + 1 : 0;
      last = r.top;
      if (still < 3) requestAnimationFrame(keep);
    };
    requestAnimationFrame(keep);
  };

  /** The letter whose section is under the bar: aria-current in the bar. */
  #current?: string;

  #setCurrent(letter: string | undefined) {
    if (letter === this.#current) return;
    this.#current = letter;
    this.requestUpdate();
  }

  #spyFrame = 0;

  /** While the reader scrolls: the current letter is the last section that starts above the bar's foot (plus a line or two). */
  #onScroll = () => {
    if (this.#spyFrame) return;
    this.#spyFrame = requestAnimationFrame(() => {
      this.#spyFrame = 0;
      const root = this.shadowRoot;
      const letters = root?.querySelector<HTMLElement>('.letters');
      if (!root || !letters) return;
      const box = this.getBoundingClientRect();
      if (box.bottom < 0 || box.top > innerHeight) return;
      const line = Math.max(letters.getBoundingClientRect().bottom, 0) + 48;
      let current: string | undefined;
      for (const s of root.querySelectorAll<HTMLElement>('.section')) {
        if (s.getBoundingClientRect().top > line) break;
        current = s.dataset.letter;
      }
      this.#setCurrent(current);
    });
  };

  override connectedCallback() {
    super.connectedCallback();
    connectedIndexes.add(this);
    pageIndexes.add(this.#pageIndex);
    addEventListener('scroll', this.#onScroll, { capture: true, passive: true });
    addEventListener('resize', this.#measureBar);
    addEventListener('hashchange', this.#onHash);
    addEventListener('popstate', this.#onHash);
    addEventListener('beforeprint', this.#renderAll);
    this.addEventListener('focusin', this.#onFocusIn);
    // A page that follows the reader's scheme changes its background with it.
    this.#schemeQuery ??= matchMedia('(prefers-color-scheme: dark)');
    this.#schemeQuery.addEventListener('change', this.#matchPageBackground);
    if (this.hasUpdated) this.#matchPageBackground();
    if (!this.noStructuredData) {
      structuredDataOwners.add(this);
      scheduleStructuredData();
    }
    // A deep link on load: wait for the first render, then go there. (An entry that arrives
    // later, from a provider's file or `terms`, is followed when it does: see updated().)
    this.#inputsAtConnect = readerInputs;
    this.updateComplete.then(() => this.#onHash());
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    connectedIndexes.delete(this);
    pageIndexes.delete(this.#pageIndex);
    removeEventListener('scroll', this.#onScroll, { capture: true });
    removeEventListener('resize', this.#measureBar);
    this.#barObserver?.disconnect();
    this.#barObserver = undefined;
    clearTimeout(this.#chunkTimer);
    if (this.#pendingCategory !== undefined) this.#applyCategory();
    removeEventListener('hashchange', this.#onHash);
    removeEventListener('popstate', this.#onHash);
    removeEventListener('beforeprint', this.#renderAll);
    this.#schemeQuery?.removeEventListener('change', this.#matchPageBackground);
    if (structuredDataOwners.delete(this)) scheduleStructuredData();
  }

  /**
   * Gives the sticky letter bar the page's own background (the colour of the first ancestor that
   * paints one): the index has none of its own, and a bar of another colour would show as a strip.
   */
  #matchPageBackground = () => {
    const wrapper = this.renderRoot.querySelector<HTMLElement>('.index');
    if (!wrapper) return;
    let color = '';
    for (let n: Element | null | undefined = this.parentElement ?? (this.getRootNode() as ShadowRoot).host; n; n = n.parentElement ?? (n.getRootNode() as ShadowRoot).host) {
      const c = getComputedStyle(n).backgroundColor;
      if (c && c !== 'transparent' && !/[,/]\s*0(?:\.0*)?\s*\)$/.test(c)) {
        color = c;
        break;
      }
    }
    if (color) wrapper.style.setProperty('--_page-bg', color);
    else wrapper.style.removeProperty('--_page-bg');
  };

  #schemeQuery?: MediaQueryList;

  protected override firstUpdated() {
    this.#matchPageBackground();
  }

  /** What the JSON-LD was last written from: it is rebuilt only when one of these changes. */
  #ldInputs: unknown[] = [];

  /** The glossary the budget counts in: another one (a provider's data arriving) starts over. */
  #budgetFor?: Glossary;

  protected override willUpdate(changed: PropertyValues) {
    // Server rendering (Lit SSR) writes every entry, for readers and crawlers without script; a
    // server-rendered index hydrates from all of them (its first render must match the server's).
    if (!this.hasUpdated && (isServer || this.shadowRoot?.querySelector('.index'))) this.#budget = Infinity;
    // What is shown changed as a whole (new data, a search's results): its first screenfuls at
    // once, the rest in chunks again, rather than everything rendered so far in one task.
    else if (this.#budgetFor !== undefined && this.#budgetFor !== this.glossary) this.#budget = FIRST_CHUNK;
    else if (changed.has('filterIds') && this.hasUpdated) this.#budget = this.#filterBudget();
    this.#budgetFor = this.glossary;
    if (changed.has('noStructuredData') && this.isConnected) {
      if (this.noStructuredData) structuredDataOwners.delete(this);
      else structuredDataOwners.add(this);
    }
  }

  protected override updated() {
    // New entries (a provider's file, `terms`), or a deep link that waited for the provider's data
    // to settle: followed now, once (focus moves only if the reader has not moved on).
    const settled = this.#hashPending && !this.#glossary.loading;
    if (this.#hashGlossary !== this.glossary || settled) {
      const late = this.#hashGlossary !== undefined || settled;
      this.#hashGlossary = this.glossary;
      this.#hashPending = false;
      // After this update (following it renders again).
      if (late) Promise.resolve().then(() => this.#onHash(undefined, true));
    }
    // The bar's height follows its wrapping (width, font size, zoom).
    const letters = this.renderRoot.querySelector('.letters');
    if (letters && !this.#barObserver && typeof ResizeObserver === 'function') {
      (this.#barObserver = new ResizeObserver(this.#measureBar)).observe(letters);
    }
    const inputs = [this.glossary, this.categories, this.letters, this.sourceUrl, this.sourceName, this.noStructuredData];
    if (inputs.some((v, i) => v !== this.#ldInputs[i])) {
      this.#ldInputs = inputs;
      if (firstOwner() === this || this.noStructuredData) scheduleStructuredData();
    }
    // More to render: the next chunk in a task of its own, so input and paint get in between.
    // Chunks are sized from the last one's cost (its update, run at once) to take about CHUNK_MS each.
    clearTimeout(this.#chunkTimer);
    // While cross-links wait for the names to be indexed, only the first screen is rendered (it is
    // rendered again with its links): the rest comes after, once, with them.
    if (((this.#budget < this.#view().visible && this.#linkedNow) || this.#relinkPending) && this.#pendingCategory === undefined) {
      this.#chunkTimer = setTimeout(() => {
        this.#budget += this.#chunk;
        for (const [letter, n] of this.#forced) this.#forced.set(letter, n + this.#chunk);
        const start = performance.now();
        this.requestUpdate();
        this.performUpdate();
        const took = Math.max(1, performance.now() - start);
        this.#chunk = Math.round(Math.min(MAX_CHUNK, Math.max(25, (this.#chunk * CHUNK_MS) / took)));
      }, 0);
    }
  }

  /** The glossary a deep link was last looked for in. */
  #hashGlossary?: Glossary;
  /** `readerInputs` when this index connected. */
  #inputsAtConnect = 0;

  /** Whether this index has the entry or letter section `id` (whatever the reader's filters). */
  #has(id: string): boolean {
    const letter = sectionLetter(id);
    return this.#scope.some((e) => (letter ? e.letter === letter : e.id === id));
  }

  /** Printing a large glossary before every chunk has arrived: render the rest now. */
  #renderAll = () => {
    if (this.#budget < this.glossary.entries.length) {
      this.#budget = this.glossary.entries.length;
      this.requestUpdate();
      this.performUpdate();
    }
  };

  /** A deep link waits for the provider's data (see #onHash). */
  #hashPending = false;

  /** The URL last acted on: Back fires both popstate and hashchange, and one visit is enough. */
  #handledUrl = '';

  #onHash = (event?: Event, late = false) => {
    // A hashchange that arrives after the URL moved on again (a link pushed a new entry) is stale.
    if (event instanceof HashChangeEvent && event.newURL !== location.href) return;
    if (location.href === this.#handledUrl) return;
    // A provider's data is loading: the entry may be in it. Followed once it has settled (updated()).
    if (this.#glossary.loading) {
      this.#hashPending = true;
      return;
    }
    const id = hashId();
    if (!id || !connectedIndexes.has(this) || !this.#has(id)) return;
    // Several indexes on a page: the first one (in document order) that has the id follows it.
    for (const other of connectedIndexes) if (other.compareDocumentPosition(this) & Node.DOCUMENT_POSITION_FOLLOWING && other.#has(id)) return;
    // Honoured late (the entry has just arrived): focus moves only if the reader has not moved on.
    const active = document.activeElement;
    const focus = !late || (readerInputs === this.#inputsAtConnect && (!active || active === document.body || active === document.documentElement));
    this.#follow(id, false, focus);
  };

  /** In-index links: history entry + reveal, since the browser cannot follow a fragment into shadow DOM. */
  #onLinkClick = (e: MouseEvent) => {
    if (e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    // The listener is inside the shadow root, so the target is the clicked element itself.
    const a = (e.target as Element).closest?.('a[data-target]');
    if (!a) return;
    e.preventDefault();
    this.#follow(a.getAttribute('data-target')!);
  };

  /** Goes to an entry (see reveal()) or to a `letter-x` section. */
  #follow(id: string, updateHash?: boolean, focus?: boolean) {
    const letter = sectionLetter(id);
    if (letter) this.#go(id, letter, JUMP_CHUNK, { updateHash, focus });
    else this.reveal(id, { updateHash, focus });
  }

  protected override render() {
    const strings = (this.#t = stringsFor(this, this.#glossary.strings, this.strings, () => this.requestUpdate()));
    const t = strings.t;
    const otherName = (letter: string) => (letter === OTHER_LETTER ? `${OTHER_LETTER} (${t.otherGroup})` : nothing);
    const view = this.#view();
    const { groups } = view;
    const filter = this.filterIds;
    this.#inScope = view.ids;
    const level = Math.min(6, Math.max(2, Math.round(this.headingLevel) || 2));
    const source = this.sourceUrl && pageHref(this.sourceUrl);
    return html`
      <div class="index ${view.scope.length > BLOCK_SKIPS_ABOVE ? 'large' : ''}" @click=${this.#onLinkClick}>
        <nav class="letters" part="letters" aria-label=${t.letters}>
          <ul>
            ${groups.map(({ letter, id, entries }) =>
              entries.length
                ? html`<li><a part="letter" href="#${id}" data-target=${id} aria-current=${this.#current === letter ? 'true' : nothing} aria-label=${otherName(letter)}>${letter}</a></li>`
                : html`<li><span part="letter disabled" class="disabled" aria-disabled="true" aria-label=${otherName(letter)}>${letter}</span></li>`,
            )}
          </ul>
        </nav>
        ${this.#renderFilters(view)}
        ${filter && view.visible === 0 ? this.#renderEmpty() : nothing}
        ${this.#renderSections(groups, level)}
        ${source ? this.#renderCredit(source) : nothing}
      </div>
    `;
  }

  #renderCredit(source: string) {
    const [before, after] = around(this.#t.t.credit, 'source');
    return html`<p class="credit">${before}<a href=${source}>${this.sourceName || new URL(source).hostname}</a>${after}</p>`;
  }

  /**
   * What the last render showed (see #renderSections): for each section position, the blocks of
   * entries (each: its entries' array and where the block starts in it, its length, and the
   * highlighted entry in it),
   */
  #shown: ShownBlock[][] = [];
  /** and what every entry's markup depended on. */
  #shownWith: unknown[] = [];
  /** Whether this render shows cross-links (see #linked), and whether blocks are left to gain them. */
  #linkedNow = true;
  #relinkPending = false;

  /**
   * Whether definitions show their cross-links yet. In a large glossary, finding the mentions
   * needs every name indexed first (over a second at 100,000 entries): the first screen shows the
   * definitions as plain text while the names are indexed in slices, then gains its links.
   */
  #linked(): boolean {
    const g = this.glossary as Glossary & Partial<PreparesMentions>;
    if (g.entries.length <= LINKS_LATER_ABOVE || !g.mentionsReady || !g.mentionSteps || g.mentionsReady()) return true;
    let ready = preparing.get(g);
    if (!ready) preparing.set(g, (ready = runInSlices(g.mentionSteps())));
    ready.then(() => this.requestUpdate());
    return false;
  }

  #renderSections(groups: Group[], level: number) {
    // An entry's markup depends on its entry, whether it is highlighted and these only: later
    // chunks, filter clicks and highlights leave the others alone instead of re-evaluating
    // thousands of bindings. Entries are rendered in blocks of BLOCK; Lit keeps a list item as it
    // is when given noChange, and list items are matched by position, so each block position
    // remembers the entries it holds: a render compares blocks, a few hundred at 100,000 entries.
    const inputs = [this.glossary, level, this.#glossary.linkBase(this.linkBase), this.sourceUrl, this.letters, this.categories, this.#t];
    const linked = (this.#linkedNow = this.#linked());
    // Blocks shown before the cross-links were ready gain them a few blocks per render.
    let relink = 8;
    this.#relinkPending = false;
    const same = inputs.every((v, i) => v === this.#shownWith[i]);
    const highlighted = this.#highlighted;
    const shown: ShownBlock[][] = [];
    let left = this.#budget;
    const sections = groups
      .filter((g) => g.entries.length)
      .map((g, j) => {
        const inTurn = Math.min(g.entries.length, Math.max(0, left));
        left -= inTurn;
        const count = Math.min(g.entries.length, Math.max(inTurn, this.#forced.get(g.letter) ?? 0));
        const before = this.#shown[j] ?? [];
        const now: ShownBlock[] = [];
        const blocks: unknown[] = [];
        for (let from = 0, b = 0; from < count; from += BLOCK, b++) {
          const length = Math.min(BLOCK, count - from);
          let mark: string | undefined;
          for (let k = from; k < from + length && highlighted; k++) if (g.entries[k].id === highlighted) mark = highlighted;
          const was = before[b];
          let unchanged = same && was !== undefined && was.length === length && was.highlighted === mark;
          for (let k = 0; unchanged && k < length; k++) unchanged = was.entries[was.from + k] === g.entries[from + k];
          if (unchanged && was.linked !== linked) {
            if (relink > 0) {
              relink--;
              unchanged = false;
            } else this.#relinkPending = true;
          }
          now.push({ entries: g.entries, from, length, highlighted: mark, linked: unchanged ? was.linked : linked });
          blocks.push(
            unchanged
              ? noChange
              : html`<div class="block">
                  ${g.entries.slice(from, from + length).map((e, k) =>
                    // Within a block that changed (one growing as chunks arrive), entries that did not are left alone too.
                    same && was && k < was.length && was.entries[was.from + k] === e && was.linked === linked && (e.id === mark) === (e.id === was.highlighted)
                      ? noChange
                      : this.#renderEntry(e, Math.min(6, level + 1)),
                  )}
                </div>`,
          );
        }
        shown.push(now);
        const pending = g.entries.length - count;
        // Not a named region: 24 landmarks are noise (the headings already structure the index).
        return html`<section class="section" part="section" data-letter=${g.letter} aria-busy=${pending ? 'true' : 'false'}>
          <div class="letter-heading" part="section-heading" role="heading" aria-level=${level} id=${g.id} tabindex="-1">${g.letter}${g.letter === OTHER_LETTER ? html`<span class="group-name"> ${this.#t.t.otherGroup}</span>` : nothing}</div>
          ${blocks}
          ${pending ? html`<div class="pending"></div>` : nothing}
        </section>`;
      });
    this.#shown = shown;
    this.#shownWith = inputs;
    return sections;
  }

  /**
   * The category filter: one choice of many, so a radio group (APG): one Tab stop (the checked
   * one), arrows move and choose. Counts are of what a search (`filterIds`) lets through; a
   * category with none cannot be chosen.
   */
  #renderFilters({ present, counts, pool }: View) {
    if (present.length < 2) return nothing;
    // A choice not applied yet (see #trim) shows at once.
    const chosen = this.#pendingCategory !== undefined ? this.#pendingCategory : this.#category;
    const radio = (c: Category | null, label: string, n: number) => {
      const checked = chosen === c;
      const disabled = !n && !checked;
      return html`<button type="button" role="radio" aria-checked=${checked ? 'true' : 'false'} aria-disabled=${disabled ? 'true' : nothing}
        tabindex=${checked ? 0 : -1} data-category=${c ?? ''} @click=${() => !disabled && this.#setCategory(c)}>
        ${label} <span class="count">${n}</span>
      </button>`;
    };
    const t = this.#t.t;
    return html`<div class="filters" part="filters" role="radiogroup" aria-label=${t.filters} @keydown=${this.#onFilterKey}>
      ${radio(null, t.all, pool)} ${present.map((c) => radio(c, t.categories[c], counts.get(c) ?? 0))}
    </div>`;
  }

  /** Entries to render at once after a filter change: a screenful or two of a large index; a small one (the first chunk's worth) whole. */
  #filterBudget(): number {
    return this.#scope.length <= FIRST_CHUNK ? FIRST_CHUNK : FILTER_CHUNK;
  }

  #setCategory(category: Category | null) {
    if (category === (this.#pendingCategory !== undefined ? this.#pendingCategory : this.#category)) return;
    this.#pendingCategory = category;
    this.#trim();
  }

  /**
   * Applies the chosen category once few entries are rendered; until then, each task removes
   * TRIM_STEP of them from the end (the button shows the choice at once).
   */
  #trim = () => {
    clearTimeout(this.#trimTimer);
    if (this.#pendingCategory === undefined) return;
    let shown = 0;
    for (const blocks of this.#shown) for (const b of blocks) shown += b.length;
    if (shown <= TRIM_STEP) return this.#applyCategory();
    const step = this.#trimStep;
    this.#budget = Math.max(FILTER_CHUNK, Math.min(this.#budget, shown) - step);
    for (const [letter, n] of this.#forced) this.#forced.set(letter, Math.max(0, n - step));
    // Run now, timed, so the next step can be sized to take about CHUNK_MS.
    const start = performance.now();
    this.requestUpdate();
    this.performUpdate();
    const took = Math.max(1, performance.now() - start);
    this.#trimStep = Math.round(Math.min(20 * TRIM_STEP, Math.max(TRIM_STEP / 2, (step * CHUNK_MS) / took)));
    this.#trimTimer = setTimeout(this.#trim, 0);
  };

  /** Entries removed per trim step, sized from the last step's cost. */
  #trimStep = TRIM_STEP;

  #applyCategory() {
    clearTimeout(this.#trimTimer);
    this.#category = this.#pendingCategory ?? null;
    this.#pendingCategory = undefined;
    // Another set of entries: its first screen now, the rest in chunks.
    this.#budget = this.#filterBudget();
    this.#forced.clear();
    this.requestUpdate();
  }

  /** Ids of the entries within `letters` and `categories` (set by each render). */
  #inScope = new Set<string>();

  /**
   * A link to an entry: into this index when it shows the entry; to its entry on the source page
   * (`source-url#id`, like "Original entry") when the entry is outside `letters`/`categories`;
   * else its name as plain text: a link that goes nowhere is worse than none.
   */
  #link(id: string, text: string) {
    if (this.#inScope.has(id)) return html`<a href="#${id}" data-target=${id}>${text}</a>`;
    const elsewhere = this.sourceUrl ? entryHref(this.sourceUrl, id) : undefined;
    return elsewhere ? html`<a href=${elsewhere}>${text}</a>` : text;
  }

  /** Arrows (and Home/End) move to the next category that can be chosen, and choose it. */
  #onFilterKey = (e: KeyboardEvent) => {
    const keys: Record<string, number> = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1, Home: 0, End: 0 };
    if (!(e.key in keys)) return;
    const radios = [...(e.currentTarget as HTMLElement).querySelectorAll<HTMLElement>('[role=radio]')];
    const enabled = radios.filter((r) => r.getAttribute('aria-disabled') !== 'true');
    if (!enabled.length) return;
    e.preventDefault();
    const at = enabled.indexOf(e.target as HTMLElement);
    const next =
      e.key === 'Home' ? enabled[0] : e.key === 'End' ? enabled[enabled.length - 1] : enabled[(Math.max(at, 0) + keys[e.key] + enabled.length) % enabled.length];
    const value = next.dataset.category;
    this.#setCategory(value ? (value as Category) : null);
    this.updateComplete.then(() => next.focus());
  };

  /** Links to entries, comma-separated (see-also, "Did you mean"). */
  #links(entries: TermEntry[]) {
    return entries.map((e, i) => html`${i ? ', ' : ''}${this.#link(e.id, e.term)}`);
  }

  #renderEmpty() {
    const suggestions = this.suggestions.map((id) => this.glossary.get(id)).filter((e): e is TermEntry => !!e);
    const { t, format } = this.#t;
    const [before, after] = around(t.didYouMean, 'terms');
    return html`<div class="empty" part="empty">
      <p>${this.filterQuery ? format(t.noMatchQuery, { query: this.filterQuery }) : t.noMatch}</p>
      ${suggestions.length ? html`<p>${before}${this.#links(suggestions)}${after}</p>` : nothing}
    </div>`;
  }

  #renderEntry(e: TermEntry, level: number): TemplateResult {
    const g = this.glossary;
    const t = this.#t.t;
    const related = g.related(e);
    const linkBase = this.#glossary.linkBase(this.linkBase);
    const learnMore = linkBase ? e.links.map((l) => ({ label: l.label, href: pageHref(l.path, linkBase) })).filter((l) => l.href) : [];
    const canonical = this.sourceUrl ? entryHref(this.sourceUrl, e.id) : undefined;
    return html`<article class="entry ${this.#highlighted === e.id ? 'highlight' : ''}" part="entry" aria-labelledby=${entryNameId(e.id)}>
      <div class="entry-head">
        <div class="term" part="term" role="heading" aria-level=${level} id=${e.id} tabindex="-1">
          <span id=${entryNameId(e.id)}>${e.term}</span>
        </div>
        <span class="category">${t.categories[e.category]}</span>
      </div>
      ${e.expansion ? html`<p class="expansion" dir="auto">${e.expansion}</p>` : nothing}
      <p class="definition" part="definition" dir="auto">
        ${this.#linkedNow ? segments(g, e).map((s) => (typeof s === 'string' ? s : this.#link(s.id, s.text))) : e.definition}
      </p>
      ${related.length
        ? html`<p class="see-also" part="see-also">
            <span class="label">${t.seeAlsoList}</span>
            ${this.#links(related)}
          </p>`
        : nothing}
      ${learnMore.length || canonical
        ? html`<p class="more">
            ${learnMore.map((l) => html`<a href=${l.href!}>${l.label}</a>`)}
            ${canonical ? html`<a href=${canonical}>${t.originalEntry}<span class="visually-hidden">: ${e.term}</span></a>` : nothing}
          </p>`
        : nothing}
    </article>`;
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
