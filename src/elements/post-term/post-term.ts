// @lit/reactive-element, not 'lit': the inline term is static markup and the card is built with
// DOM calls, so this entry does not carry lit-html.
import { ReactiveElement, type PropertyValues } from '@lit/reactive-element';
import { GlossaryConsumer } from '../../internal/glossary-consumer.js';
import { Themed, WithGlossaryHref, WithLinkBase } from '../../internal/shared-properties.js';
import { buildDefinitionCard, DefinitionCardMemo, el, focusPreviewsSwitch } from '../../internal/definition-card.js';
import { announcePreferences, glossaryPreferences, onPreferencesChange, pageOptedOut, type PostGlossaryPreferencesDetail } from '../../internal/preferences.js';
import type { TermEntry } from '../../core/types.js';
import type { GlossaryLookup } from '../../core/lookup.js';
import { fullEntryPage } from '../../internal/page-indexes.js';
import { entryHref } from '../../internal/href.js';
import { firstSentence } from '../../core/summary.js';
import { adopt, adoptInlineStyles, cardSheet } from './post-term.styles.js';
import { languageReady, stringsFor, type GlossaryStringsOverride } from '../../i18n/index.js';
// Last: bundles then put the dataset's text after the styles' code (smaller once gzipped).
import { getBundledLookup } from '../../core/bundled-data.js';

/** Detail of `post-term-open` and `post-term-close`. */
export interface PostTermToggleDetail {
  /** The id of the entry shown. */
  id: string;
}

/** Detail of `post-term-read`. */
export interface PostTermReadDetail {
  /** The id of the entry read. */
  id: string;
}

export type { PostGlossaryPreferencesDetail };

/** Entries whose post-term-read went out in this page view (once per term per page view). */
const readThisView = new Set<string>();

/** Connected terms, told when the reader's preferences change (previews off, read marks cleared). */
const liveTerms = new Set<PostTerm>();
let followingPreferences = false;
function followPreferences() {
  if (followingPreferences) return;
  followingPreferences = true;
  onPreferencesChange(() => {
    for (const t of liveTerms) t.requestUpdate();
  });
}

/** Detail of `post-term-missing`. */
export interface PostTermMissingDetail {
  /** What was looked up: the `term` attribute, else the element's text. */
  term: string;
}

/** Defined (true) only by the CDN build, which is for browsers only: see render() below. */
declare const __POST_GLOSSARY_BROWSER_ONLY__: boolean | undefined;
let preloaded = false;

// One warning per unknown term per page, however many tags name it, for the first WARNINGS of
// them; then one saying the rest go unreported (a page of thousands of unknown terms gets 21
// lines, and this set stays that small).
const warned = new Set<string>();
const WARNINGS = 20;
/** Lookups remembered per glossary: enough for every name a page uses; unknown ones do not pile up past it. */
const LOOKUPS_KEPT = 1000;

/** `map`'s value for `key`, computed on first use (a page may repeat a term a thousand times). */
function cached<K, V>(map: { has(key: K): boolean; get(key: K): V | undefined; set(key: K, value: V): unknown }, key: K, compute: () => V): V {
  if (!map.has(key)) map.set(key, compute());
  return map.get(key)!;
}

// The accessible description: what the acronym stands for and the definition's first sentence.
// Ids are static: each term has its own shadow root, so they cannot collide.
const descriptions = new WeakMap<TermEntry, string>();
const describe = (e: TermEntry) =>
  cached(descriptions, e, () => `${e.expansion ? `${e.expansion}. ` : ''}${firstSentence(e.definition)}`);

// Lookups per glossary, so a page repeating a term does not normalise its text again.
const lookups = new WeakMap<GlossaryLookup, Map<string, TermEntry | undefined>>();
const lookup = (glossary: GlossaryLookup, key: string) => {
  const known = cached(lookups, glossary, () => new Map());
  if (known.size >= LOOKUPS_KEPT && !known.has(key)) known.clear();
  return cached(known, key, () => glossary.lookup(key));
};

/**
 * An inline glossary term. The author's text stays in the sentence, styled as a term; hovering,
 * focusing or tapping it shows the definition card next to it. Unknown terms render as plain text.
 *
 * @tagname post-term
 * @summary Inline definition of a post-production term.
 *
 * @slot - The text shown inline (and looked up when `term` is not set).
 *
 * @fires {CustomEvent<PostTermToggleDetail>} post-term-open - The card opened. `detail: { id }`. Bubbles, composed.
 * @fires {CustomEvent<PostTermToggleDetail>} post-term-close - The card closed. `detail: { id }`. Bubbles, composed. When the term is removed with its card open, it is dispatched on the removed term and on the document (or shadow root) the term was in, so a listener on the document still sees it.
 * @fires {CustomEvent<PostTermReadDetail>} post-term-read - The card stayed open `read-delay` ms (1 s by default: what Wikipedia counts as a preview seen); once per entry per page view. `detail: { id }`. Bubbles, composed.
 * @fires {CustomEvent<PostGlossaryPreferencesDetail>} post-glossary-preferences - The reader turned previews off or on with the card's control. `detail: { previews }`. Bubbles, composed.
 * @fires {CustomEvent<PostTermMissingDetail>} post-term-missing - The term is not in the glossary; the text renders plain. Inside a `<glossary-provider src>` it fires only once that file has loaded (or failed to). `detail: { term }`. Bubbles, composed.
 *
 * @csspart trigger - The inline term (the focusable element readers hover, focus or tap).
 * @csspart card - The definition card.
 * @csspart card-heading - The card's term and category line.
 * @csspart card-expansion - What an acronym stands for.
 * @csspart card-definition - The definition text.
 * @csspart card-more - The "More"/"Less" button that shows the rest of a long definition.
 * @csspart card-see-also - The related terms.
 * @csspart card-links - "Full entry" and "learn more" links.
 * @csspart card-back - The button back to the term shown before a see-also jump.
 * @csspart card-previews - The reader's previews switch: the "Don't show previews" icon button in the card's top corner; once off, the line at the card's foot with "Show previews".
 * @csspart link - The term as a plain link to its glossary entry, when the reader turned previews off (and `glossary-href` is known).
 * @csspart read - The inline term when the reader read it on an earlier page (with `mark-read`): also `trigger`, shown quieter.
 *
 * @cssprop [--post-glossary-accent=currentColor] - Underline colour of the term (by default the sentence's own colour); also links and see-also buttons in the card (default #0b57d0 light, #a8c7fa dark).
 * @cssprop [--post-glossary-font=inherit] - Card font family (the inline term always inherits the page's).
 * @cssprop [--post-glossary-focus=currentColor] - Focus ring colour (in the card: #0b57d0 light, #a8c7fa dark).
 * @cssprop [--post-glossary-card-width=22rem] - Card width (never wider than the viewport).
 * @cssprop [--post-glossary-card-font-size=0.9375rem] - Card text size.
 * @cssprop [--post-glossary-underline=dotted] - Underline style of the inline term.
 */
export class PostTerm extends Themed(WithLinkBase(WithGlossaryHref(ReactiveElement))) {
  static override properties = {
    term: {},
    // Own accessors (below) for those with a default: a default set in the constructor would be a
    // property change, and an update's worth of work, for each of a thousand terms. (Accessors
    // Lit wraps would be too: it records a wrapped property's value as a change on first update.)
    delay: { type: Number, noAccessor: true },
    closeDelay: { type: Number, attribute: 'close-delay', noAccessor: true },
    open: { type: Boolean, reflect: true, noAccessor: true },
    markRead: { type: Boolean, attribute: 'mark-read' },
    readDelay: { type: Number, attribute: 'read-delay', noAccessor: true },
    strings: { attribute: false },
  };

  /** The entry to show: its id, term or an alias. When absent, the element's own text is looked up. */
  declare term?: string;

  /**
   * Hover intent: milliseconds the pointer must rest on the term before the card opens.
   * @default 300
   */
  get delay(): number {
    return this.#delay;
  }
  set delay(value: number) {
    const old = this.#delay;
    this.#delay = value;
    this.requestUpdate('delay', old);
  }
  #delay = 300;

  /**
   * Grace period, in milliseconds, for the pointer to travel from the term into the card.
   * @default 200
   */
  get closeDelay(): number {
    return this.#closeDelay;
  }
  set closeDelay(value: number) {
    const old = this.#closeDelay;
    this.#closeDelay = value;
    this.requestUpdate('closeDelay', old);
  }
  #closeDelay = 200;

  /**
   * Whether the card is showing. Set it to open or close the card from script.
   * @default false
   */
  get open(): boolean {
    return this.#open;
  }
  set open(value: boolean) {
    const old = this.#open;
    // Opened from script: interactive (#openAs says otherwise for a preview).
    if (value && !old) this.#interactive = true;
    this.#open = value;
    this.requestUpdate('open', old);
  }
  #open = false;

  /**
   * Read marks: a term whose card stayed open `read-delay` ms is remembered (as storage allows) and
   * shown quieter on later pages (never hidden). Also set for every term inside by a
   * `<glossary-provider mark-read>`.
   */
  declare markRead: boolean;

  /**
   * Milliseconds the card must stay open for the term to count as read (`post-term-read`, read marks).
   * @default 1000
   */
  get readDelay(): number {
    return this.#readDelay;
  }
  set readDelay(value: number) {
    const old = this.#readDelay;
    this.#readDelay = value;
    this.requestUpdate('readDelay', old);
  }
  #readDelay = 1000;

  /**
   * UI strings of the card, merged over the table of the term's language (its closest `lang`:
   * `en`, `ko`) and a provider's `strings`: `{ seeAlso: 'Related' }`.
   */
  declare strings?: GlossaryStringsOverride | null;

  #glossary = new GlossaryConsumer(this, undefined, false);
  /** The entry the card shows (a see-also jump changes it without touching `term`). */
  #shownId?: string;
  /** The card shows another entry since the last update (a see-also jump or a step back). */
  #shownChanged = false;
  #text = '';
  #entry?: TermEntry;
  #history?: string[];
  #card?: HTMLElement;
  /** Says the term a see-also jump or a step back shows. */
  #live?: HTMLElement;
  /** What the card was last built from (one per card container). */
  #cardMemo?: DefinitionCardMemo;
  /** The inline term while the entry is known (null: plain text, undefined: not rendered yet). */
  #trigger?: HTMLElement | null;
  #pinned = false;
  // Cleared, never reset: a browser does not reuse a timer's id.
  #openTimer?: ReturnType<typeof setTimeout>;
  #closeTimer?: ReturnType<typeof setTimeout>;
  #readTimer?: ReturnType<typeof setTimeout>;
  /** How the term renders: its trigger, a plain link (previews off), or its text alone. */
  #mode?: 'trigger' | 'link' | 'plain';
  /** Whether the trigger shows the term as read. */
  #quiet = false;
  #pointerDown = false;
  /** What pressed the term last ('mouse', 'touch', 'pen'), for the click that follows. */
  #pressType = '';
  /** A press inside the card is under way (a link around the term takes focus on it). */
  #pressInside = false;
  #refocusing = false;
  /**
   * Whether the open card takes part in the page: its buttons and links are Tab stops. A card
   * shown by keyboard focus is a preview (nothing in it to Tab through: one Tab per term);
   * Enter, Space, a click or a hover make it interactive.
   */
  #interactive = false;
  /** aria-expanded as last written. */
  #expanded = false;
  /** Inside a button or summary: a control cannot hold another one, so the term is plain text. */
  #plain = false;
  /** The last press or hover on the term (a PointerEvent: its x and y are clientX and clientY). */
  #lastPointer?: { x: number; y: number };
  #missingFor?: string;
  #described?: TermEntry;
  /** The id announced by post-term-open, for the matching post-term-close. */
  #openId?: string;
  /** The document or shadow root the term is connected in (see disconnectedCallback). */
  #root?: Node;
  /** post-term-close went out already, at removal. */
  #closeAnnounced = false;
  /** Page-wide listeners while the card is open (bound once, on first open). */
  #docListener?: (e: Event) => void;

  constructor() {
    super();
    delegate();
  }

  /**
   * @internal Server rendering (`@lit-labs/ssr`): Lit's LitElementRenderer renders classes with
   * this flag, calling willUpdate() and render() and writing the result as the term's declarative
   * shadow root, which the browser attaches and update() replaces (ReactiveElement adopts an
   * existing shadow root). Without it the term would get no shadow root and, through a Lit SSR
   * bug, every custom element after it `defer-hydration`.
   */
  static readonly _$litElement$ = true;

  static {
    // For the server only (see `_$litElement$`): render(), the inline markup as a lit-html
    // TemplateResult, made without importing lit-html. The browser never calls it, so the CDN
    // build (browsers only: vite.cdn.config.ts defines __POST_GLOSSARY_BROWSER_ONLY__) leaves it out.
    if (typeof __POST_GLOSSARY_BROWSER_ONLY__ == 'undefined') {
      (this.prototype as { render?(): unknown }).render = function (this: PostTerm) {
        const entry = this.#entry;
        return entry ? { ['_$litType$']: 1, strings: (ssrStrings ??= ssrTemplate()), values: [describe(entry)] } : { ['_$litType$']: 1, strings: (ssrPlain ??= templateStrings(['<slot></slot>'])), values: [] };
      };
    }
  }

  /** @internal Entry point for the page-wide listeners (see `delegate`). */
  handle(e: Event): void {
    // The trigger's look (and focus ring) lives in a sheet the page may have dropped since this
    // term connected (by assigning adoptedStyleSheets): put it back when a reader reaches the term.
    if (e.type === 'pointerover' || e.type === 'focusin') {
      adoptInlineStyles(this);
      // The card's language table, if it is not English, before the card opens.
      languageReady(this);
    }
    switch (e.type) {
      case 'pointerover':
        return this.#onEnter(e as PointerEvent);
      case 'pointerout':
        return this.#onLeave(e as PointerEvent);
      case 'pointerdown':
        return this.#onPointerDown(e as PointerEvent);
      case 'click':
        return this.#onClick(e);
      case 'keydown':
        return this.#onKeydown(e as KeyboardEvent);
      case 'focusin':
        return this.#onFocus(e);
    }
  }

  /** The entry this element resolves to, or undefined for an unknown term. */
  get entry(): TermEntry | undefined {
    return this.#entry;
  }

  /** Opens the card (unless previews are off: then the term is a plain link or text). */
  show(): void {
    this.#openAs(true);
  }

  /** Opens the card, as a preview (see #interactive) or interactive; moving focus into it is the caller's. */
  #openAs(interactive: boolean) {
    this.#cancelTimers();
    // Previews off: the term is a plain link or text (an open card stays while the reader may undo).
    if (!this.#entry || this.#plain || !(this.open || glossaryPreferences.previews)) return;
    if (interactive !== this.#interactive) this.requestUpdate();
    this.open = true;
    this.#interactive = interactive;
  }

  /** Closes the card. */
  hide(): void {
    this.#cancelTimers();
    this.#pinned = false;
    this.open = false;
  }

  override connectedCallback() {
    super.connectedCallback();
    this.#root = this.getRootNode();
    liveTerms.add(this);
    followPreferences();
    this.#glossary.hostConnected();
    adoptInlineStyles(this);
    this.#text = this.#ownText;
    observeText(this);
    const plain = insideControl(this);
    if (plain !== this.#plain) {
      this.#plain = plain;
      this.requestUpdate();
    }
    // The page's language table, if it is not English, loads with the first term (a thousand terms ask once).
    if (!preloaded) {
      preloaded = true;
      languageReady(this);
    }
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    liveTerms.delete(this);
    this.#glossary.hostDisconnected();
    // A removed popover is hidden by the browser: keep `open` (and the close event) truthful.
    this.hide();
    this.#listen(false);
    // The removed term no longer bubbles to the page: announce the close now, on the term and on
    // the document (or shadow root) it was in, so analytics listening there see it.
    const id = this.#openId;
    if (id) {
      this.#openId = undefined;
      this.#closeAnnounced = true;
      for (const target of [this, this.#root]) {
        target?.dispatchEvent(new CustomEvent<PostTermToggleDetail>('post-term-close', { detail: { id }, bubbles: true, composed: true }));
      }
    }
    this.#root = undefined;
  }

  /** @internal The author's text changed (see `textObserver`). */
  textChanged(): void {
    if (this.term) return;
    const text = this.#ownText;
    if (text !== this.#text) {
      this.#text = text;
      this.requestUpdate();
    }
  }

  get #ownText() {
    return this.textContent!.trim();
  }

  protected override willUpdate() {
    const key = (this.term ?? this.#text).trim();
    const entry = key ? lookup(this.#lookup, key) : undefined;
    if (entry !== this.#entry) {
      this.#entry = entry;
      this.#shownId = entry?.id;
      this.#history = undefined;
    }
    if (!entry || this.#plain) {
      if (this.open) this.open = false;
    }
    if (!entry) {
      // Not while a provider's data is loading: the term may be in it (decided when it settles).
      if (key && this.#missingFor !== key && !this.#glossary.value?.loading) {
        this.#missingFor = key;
        const lower = key.toLowerCase();
        if (warned.size <= WARNINGS && !warned.has(lower)) {
          warned.add(lower);
          console.warn(
            warned.size <= WARNINGS
              ? `<post-term>: "${key}" is not in the glossary; it is shown as plain text.`
              : `<post-term>: more than ${WARNINGS} terms on this page are not in the glossary ("${key}" too); the others are not reported here (listen for post-term-missing).`,
          );
        }
        // After this update, so listeners see the rendered plain text.
        this.updateComplete.then(() => this.dispatchEvent(new CustomEvent<PostTermMissingDetail>('post-term-missing', { detail: { term: key }, bubbles: true, composed: true })));
      }
    } else {
      this.#missingFor = undefined;
    }
  }

  get #lookup(): GlossaryLookup {
    return this.#glossary.value?.glossary ?? getBundledLookup();
  }

  /**
   * The inline part is static markup, cloned (a page may hold a thousand terms: no template
   * bindings, no re-render); only its description's text is written. The card is built separately,
   * on first open.
   */
  protected override update(changed: PropertyValues) {
    super.update(changed);
    const root = this.renderRoot as ShadowRoot;
    const entry = this.#plain ? undefined : this.#entry;
    // Previews off (the reader's choice, the page's default, data-no-glossary): no trigger. A card
    // that is open stays until it closes: the reader may be undoing the choice in it.
    if (entry && (this.open || glossaryPreferences.previews)) {
      if (!this.#trigger) {
        root.replaceChildren((inline ??= inlineMarkup()).cloneNode(true));
        this.#trigger = root.firstElementChild as HTMLElement;
        this.#described = undefined;
        this.#quiet = false;
        this.#mode = 'trigger';
        this.#expanded = false; // (the markup says so)
      }
      // The accessible description: an attribute, not a hidden element per term.
      if (this.#described !== entry) this.#trigger.setAttribute('aria-description', describe((this.#described = entry)));
      // Read on an earlier page (read marks are opt-in): quieter, never hidden.
      const quiet = this.#marksRead && glossaryPreferences.isRead(entry.id);
      if (quiet !== this.#quiet) this.#trigger.part.toggle('read', (this.#quiet = quiet));
    } else if (entry) {
      // A plain link to the entry when the glossary page is known, else the text alone; focus that
      // was in the term (or its card) stays on it.
      const base = pageOptedOut() ? undefined : fullEntryPage(this.glossaryHref || this.#glossary.value?.glossaryHref, entry.id);
      const href = base && entryHref(base, entry.id);
      const mode = href ? 'link' : 'plain';
      if (mode !== this.#mode) {
        const focused = !!root.activeElement;
        root.replaceChildren(href ? el('a', { part: 'link', href }, document.createElement('slot')) : el('span', { tabindex: '-1' }, document.createElement('slot')));
        this.#trigger = null;
        this.#described = undefined;
        this.#mode = mode;
        if (focused) (root.firstElementChild as HTMLElement).focus();
      } else if (href && root.firstElementChild!.getAttribute('href') !== href) root.firstElementChild!.setAttribute('href', href);
    } else if (this.#trigger !== null || this.#mode !== undefined) {
      // Unknown (or empty): the author's text only, nothing focusable. The card goes with it.
      root.replaceChildren(document.createElement('slot'));
      this.#trigger = null;
      this.#described = undefined;
      this.#mode = undefined;
    }
  }

  /** Read marks are on for this term (its own `mark-read`, or its provider's). */
  get #marksRead(): boolean {
    return !!(this.markRead || this.#glossary.value?.markRead);
  }

  /** Starts counting the card as read (again, for another entry shown in it). */
  #startReading(id: string) {
    clearTimeout(this.#readTimer);
    this.#readTimer = setTimeout(() => {
      if (!this.open || !this.isConnected) return;
      if (this.#marksRead) glossaryPreferences.markRead(id);
      if (readThisView.has(id)) return;
      readThisView.add(id);
      this.dispatchEvent(new CustomEvent<PostTermReadDetail>('post-term-read', { detail: { id }, bubbles: true, composed: true }));
    }, this.readDelay);
  }

  /** The reader used the card's previews control. */
  #setPreviews(on: boolean) {
    glossaryPreferences.previews = on;
    // The card stays while the reader may undo (a pointer leaving does not close it).
    this.#pinned = true;
    announcePreferences(this, on);
    this.updateComplete.then(() => focusPreviewsSwitch(this.#card));
  }

  protected override updated(changed: PropertyValues) {
    const entry = this.#entry;
    const trigger = this.#trigger;
    if (this.open) {
      this.#renderCard();
      this.#applyMode();
    }
    // Expanded: the card is open and can be used (a preview is a tooltip: described, not expanded).
    // The template says false: only real changes are written (not on every term's first render).
    const expanded = this.open && this.#interactive;
    if (trigger && expanded !== this.#expanded) trigger.setAttribute('aria-expanded', String(expanded));
    this.#expanded = expanded;
    if (!changed.has('open')) {
      if (this.open && this.#shownChanged) {
        this.#place();
        this.#startReading(this.#shownId!);
      }
      this.#shownChanged = false;
      return;
    }
    // Built by #renderCard when the card opened (now or in an earlier update).
    const card = this.#card!;
    this.#shownChanged = false;
    const id = this.#shownId!;
    if (this.open) {
      try {
        if (!card.matches(':popover-open')) card.showPopover();
      } catch {
        /* not connected any more */
      }
      this.#place();
      this.#listen(true);
      this.#startReading(id);
      this.#openId = id;
      this.dispatchEvent(new CustomEvent<PostTermToggleDetail>('post-term-open', { detail: { id }, bubbles: true, composed: true }));
    } else if (changed.get('open') === true) {
      clearTimeout(this.#readTimer);
      this.#listen(false);
      if (card.matches(':popover-open')) {
        // Focus inside a card that disappears would fall to <body>: give it back to the term.
        if (card.contains(this.shadowRoot!.activeElement)) {
          this.#refocusing = true;
          trigger?.focus();
          this.#refocusing = false;
        }
        card.hidePopover();
      }
      this.#pinned = false;
      this.#interactive = false;
      if (this.#history?.length && entry) {
        // Reopening shows the term's own entry again (the card is rendered on open).
        this.#history = undefined;
        this.#shownId = entry.id;
      }
      const closedId = this.#closeAnnounced ? undefined : (this.#openId ?? id);
      this.#openId = undefined;
      this.#closeAnnounced = false;
      if (closedId) this.dispatchEvent(new CustomEvent<PostTermToggleDetail>('post-term-close', { detail: { id: closedId }, bubbles: true, composed: true }));
    }
  }

  /**
   * Builds the card on first open (its container, its styles) and renders the entry shown into it.
   * It lives after Lit's inline content, so Tab goes from the term into the card's links.
   */
  #renderCard() {
    const root = this.shadowRoot!;
    let card = this.#card;
    if (!card?.isConnected) {
      // The card's styles are adopted with the first card, not by every term on the page.
      adopt(root, cardSheet);
      card = this.#card = el('div', { class: 'card', id: 'card', part: 'card', popover: 'manual', role: 'dialog', 'aria-labelledby': 'h' });
      this.#cardMemo = new DefinitionCardMemo();
      // A polite live region beside the card (not in it: the card's contents are rebuilt).
      this.#live = el('span', { class: 'visually-hidden', role: 'status' });
      root.append(card, this.#live);
      this.#trigger!.setAttribute('aria-controls', 'card'); // (open: the entry is known)
    }
    const g = this.#lookup;
    const shown = (this.#shownId && g.get(this.#shownId)) || this.#entry!;
    const h = this.#history;
    const options = {
      previous: h?.length ? g.get(h[h.length - 1]) : undefined,
      // (A partial index on this very page may leave the entry out: see fullEntryPage.)
      glossaryHref: fullEntryPage(this.glossaryHref || this.#glossary.value?.glossaryHref, shown.id),
      linkBase: this.linkBase || this.#glossary.value?.linkBase,
      // (A table still loading: English now, the card is rebuilt when it arrives.)
      strings: stringsFor(this, this.#glossary.value?.strings, this.strings, () => this.requestUpdate()),
      previews: pageOptedOut() ? undefined : { on: glossaryPreferences.previews, onChange: (on: boolean) => this.#setPreviews(on) },
    };
    if (!this.#cardMemo!.changed(g, shown, options)) return;
    card.replaceChildren(
      buildDefinitionCard(shown, {
        ...options,
        headingId: 'h',
        related: g.related(shown),
        onSeeAlso: (id) => this.#jump(id),
        onBack: () => this.#back(),
        onResize: () => this.#place(),
      }),
    );
  }

  /**
   * A preview keeps its buttons and links out of the Tab order; an interactive card puts back
   * what the card's markup says (each control's own tabindex, kept aside meanwhile).
   */
  #applyMode() {
    const preview = !this.#interactive;
    const card = this.#card!;
    // A card that scrolls would be a Tab stop of its own (a keyboard-focusable scroller).
    if (preview) card.tabIndex = -1;
    else card.removeAttribute('tabindex');
    for (const n of card.querySelectorAll<HTMLElement>('a[href], button, summary, input, select, textarea, [tabindex]')) {
      if (n.id === 'h') continue; // the heading: a focus target for script only, tabindex -1 already
      const kept = n.getAttribute('data-tabindex');
      if (preview && kept === null) {
        n.setAttribute('data-tabindex', n.getAttribute('tabindex') ?? '');
        n.tabIndex = -1;
      } else if (!preview && kept !== null) {
        if (kept) n.setAttribute('tabindex', kept);
        else n.removeAttribute('tabindex');
        n.removeAttribute('data-tabindex');
      }
    }
  }

  /** Opens the card interactive (or closes an interactive one) and moves focus into it. */
  #activate() {
    if (this.open && this.#interactive) return this.hide();
    this.#openAs(true);
    this.#pinned = true;
    this.updateComplete.then(() => {
      if (this.open) this.shadowRoot?.getElementById('h')?.focus();
    });
  }

  /** The link around this term, if any (`<a href>…<post-term>…</a>`, across shadow roots). */
  #link(e: Event): HTMLAnchorElement | undefined {
    const path = e.composedPath();
    return path.slice(path.indexOf(this) + 1).find((n): n is HTMLAnchorElement => n instanceof HTMLAnchorElement && n.hasAttribute('href'));
  }

  #cancelTimers() {
    clearTimeout(this.#openTimer);
    clearTimeout(this.#closeTimer);
  }

  #onEnter(e: PointerEvent) {
    if (e.pointerType === 'touch' || !this.#entry) return; // touch never depends on hover
    this.#lastPointer = e;
    clearTimeout(this.#closeTimer);
    if (this.open) return;
    clearTimeout(this.#openTimer);
    // A negative (or NaN) delay is 0 to setTimeout.
    this.#openTimer = setTimeout(() => this.#openAs(true), this.delay);
  }

  /** Did this event start on the inline term (not in the card)? Never while there is none (no path holds null). */
  #fromTrigger(e: Event) {
    return e.composedPath().includes(this.#trigger!);
  }

  #onLeave(e: PointerEvent) {
    if (e.pointerType === 'touch') return;
    clearTimeout(this.#openTimer);
    if (!this.open || this.#pinned) return;
    // Keyboard focus inside keeps it open: the reader may be tabbing through its links.
    if (this.matches(':focus-within') && !this.#pointerDown) return;
    clearTimeout(this.#closeTimer);
    this.#closeTimer = setTimeout(() => this.hide(), this.closeDelay);
  }

  #onPointerDown(e: PointerEvent) {
    if (!this.#fromTrigger(e)) return;
    // A press focuses the trigger; the click decides what happens, not the focus.
    this.#pointerDown = true;
    this.#pressType = e.pointerType;
    this.#lastPointer = e;
    setTimeout(() => (this.#pointerDown = false), 0);
  }

  #onFocus(e: Event) {
    if (!this.#fromTrigger(e)) return;
    if (this.#pointerDown || this.#refocusing || this.open) return;
    this.#openAs(false);
  }

  #onClick(e: Event) {
    const link = this.#link(e);
    if (!this.#fromTrigger(e)) {
      // Inside a link, nothing in the card follows it (the card's own links go where they say).
      if (link && !(e.composedPath()[0] as Element).closest?.('a[href]')) e.preventDefault();
      return;
    }
    const type = (e as PointerEvent).pointerType || this.#pressType;
    this.#pressType = '';
    if (link) {
      // The term is part of the link's text. A mouse (which shows the card on hover) follows the
      // link; a tap, or a click with no pointer, opens the card first and follows the link when
      // the term is tapped again with its card open.
      if (type === 'mouse' || type === 'pen' || (this.open && this.#interactive)) return this.hide();
      e.preventDefault();
      return this.#activate();
    }
    // A tap or click toggles; a click on a card opened by hovering (the pointer is still on it)
    // pins it instead of closing it.
    if (this.open && !this.#pinned && !this.#pointerDown && this.#lastPointer && this.matches(':hover')) this.#pinned = true;
    else this.#activate();
  }

  #onKeydown(e: KeyboardEvent) {
    if (e.key === 'Escape') {
      // Focus is in this term or its card: Esc is for the card. Stopped only when it closed one,
      // so a dialog around the term does not close with it.
      if (!this.open) return;
      e.preventDefault();
      e.stopPropagation();
      this.hide();
    } else if (this.#fromTrigger(e) && (e.key === 'Enter' || e.key === ' ')) {
      // (Also keeps a link around the term from following.)
      e.preventDefault();
      this.#activate();
    }
  }

  /**
   * While open: Esc (focus elsewhere: a card shown by hovering) and a press or focus outside close
   * it; scrolling and resizing move it.
   */
  #onDocEvent(e: Event) {
    switch (e.type) {
      case 'keydown':
        // In the bubbling phase, after the focused element and the page had their turn; not
        // stopped: a card closing is no reason to keep the key from anyone.
        if ((e as KeyboardEvent).key === 'Escape' && this.open && !e.defaultPrevented) this.hide();
        return;
      case 'pointerdown':
        if (e.composedPath().includes(this)) {
          this.#pressInside = true;
          setTimeout(() => (this.#pressInside = false));
        } else this.hide();
        return;
      case 'focusin':
        // A press in the card of a term inside a link focuses that link: not a reason to close.
        if (!e.composedPath().includes(this) && !(this.#pressInside && (e.target as Node).contains?.(this))) this.hide();
        return;
      default:
        if (this.open) this.#place();
    }
  }

  #listening = false;

  #listen(on: boolean) {
    if (on === this.#listening) return;
    this.#listening = on;
    const f = (this.#docListener ??= (e: Event) => this.#onDocEvent(e));
    const m = on ? 'addEventListener' : 'removeEventListener';
    for (const type of ['pointerdown', 'focusin']) document[m](type, f, true);
    document[m]('keydown', f);
    window[m]('scroll', f, { capture: true, passive: true } as AddEventListenerOptions);
    window[m]('resize', f);
  }

  #jump(id: string) {
    const current = this.#shownId;
    if (!current || id === current) return;
    (this.#history ??= []).push(current);
    this.#pinned = true;
    this.#show(id);
  }

  #back() {
    const id = this.#history?.pop();
    if (id) this.#show(id);
  }

  /** Shows another entry in the open card, focus on its heading. */
  #show(id: string) {
    this.#shownId = id;
    this.#shownChanged = true;
    this.requestUpdate();
    this.updateComplete.then(() => {
      this.shadowRoot?.getElementById('h')?.focus();
      // Focus on the new heading is not always spoken (Orca in browse mode, after activating a
      // see-also button that the new entry replaced): the new term is also said politely.
      const live = this.#live;
      const entry = this.#lookup.get(id);
      if (live && entry) {
        live.textContent = '';
        requestAnimationFrame(() => (live.textContent = entry.term));
      }
    });
  }

  /**
   * Places the card under the term (above when there is no room below), on its start edge (the
   * right one in right-to-left text), shifted to stay inside the viewport. It lives in the top layer, so overflow: hidden, transforms and z-index of the
   * page cannot clip or cover it; only the term's own box matters.
   */
  #place() {
    const card = this.#card;
    const trigger = this.#trigger;
    if (!card?.isConnected || !trigger) return;
    const rects = [...trigger.getClientRects()];
    if (!rects.length) return;
    // A term wrapped over two lines: use the line the pointer is on, else the first.
    const p = this.#lastPointer;
    const rect = (p && this.matches(':hover') && rects.find((r) => p.y >= r.top && p.y <= r.bottom)) || rects[0];
    const gap = 6;
    const margin = 8;
    const vw = document.documentElement.clientWidth;
    const vh = document.documentElement.clientHeight;
    // CSSOM writes (not a style attribute in markup), which a strict style-src CSP allows.
    card.style.maxHeight = '';
    const { width, height } = card.getBoundingClientRect();
    const roomBelow = vh - margin - (rect.bottom + gap);
    const roomAbove = rect.top - gap - margin;
    // Below when it fits, else above when it fits, else on the roomier side, scrolling inside:
    // the card never covers the term it explains.
    const below = height <= roomBelow || (height > roomAbove && roomBelow >= roomAbove);
    const room = below ? roomBelow : roomAbove;
    if (height > room) card.style.maxHeight = `${Math.max(room, 80)}px`;
    const h = Math.min(height, Math.max(room, 80));
    const top = below ? rect.bottom + gap : rect.top - gap - h;
    // On the term's start edge: its left edge on the term's left, or right to left, its right edge on the term's right.
    const start = getComputedStyle(this).direction === 'rtl' ? rect.right - width : rect.left;
    const left = Math.min(Math.max(margin, start), Math.max(margin, vw - width - margin));
    card.style.top = `${Math.round(top)}px`;
    card.style.left = `${Math.round(left)}px`;
    card.dataset.placement = below ? 'bottom' : 'top';
  }
}

/**
 * The inline markup, the same for every term, built once with DOM calls (no HTML parsing, so
 * nothing for Trusted Types to object to) and cloned per term:
 * `<span class="trigger" part="trigger" role="button" tabindex="0" aria-expanded="false"><slot></slot></span>`.
 * Its description is written per term, in `aria-description`.
 */
let inline: HTMLElement | undefined;
const inlineMarkup = () =>
  el('span', { class: 'trigger', part: 'trigger', role: 'button', tabindex: '0', 'aria-expanded': 'false' }, document.createElement('slot'));

/** Whether `term` sits inside a button or a summary (across shadow roots). */
function insideControl(term: HTMLElement): boolean {
  for (let n: Node | null = term.parentNode; n; n = n instanceof ShadowRoot ? n.host : n.parentNode) {
    if (n instanceof Element && (n.localName === 'button' || n.localName === 'summary')) return true;
  }
  return false;
}

/** A lit-html template strings array (its own `raw`, as lit-html checks), built from constant text only. */
const templateStrings = (parts: string[]) => Object.freeze(Object.assign(parts, { raw: parts })) as unknown as TemplateStringsArray;
let ssrStrings: TemplateStringsArray | undefined;
let ssrPlain: TemplateStringsArray | undefined;
/**
 * The server's inline markup: the trigger, unstyled until the term upgrades (its look is the
 * page's shared sheet; a stylesheet per term would weigh on a page of a thousand terms).
 */
const ssrTemplate = () => templateStrings(['<span class="trigger" part="trigger" role="button" tabindex="0" aria-expanded="false" aria-description="', '"><slot></slot></span>']);

/**
 * Follows the author's text (a framework may rewrite it in place): one observer serves every term;
 * unlike slotchange it sees edits of the text node itself. It observes a term's parent element (a
 * paragraph of terms registers once, not once per term), or the term itself when its parent is the
 * body, the root or a shadow root, whose other changes are not worth a record each.
 */
let textObserver: MutationObserver | undefined;
const observed = new WeakSet<Node>();
function observeText(term: PostTerm) {
  const parent = term.parentNode;
  const target = parent instanceof Element && parent !== document.body && parent !== document.documentElement ? parent : term;
  if (observed.has(target)) return;
  observed.add(target);
  (textObserver ??= new MutationObserver(onTextMutations)).observe(target, { childList: true, characterData: true, subtree: true });
}

function onTextMutations(records: MutationRecord[]) {
  const changed = new Set<PostTerm>();
  for (const r of records) {
    // The term itself or a node inside its light DOM (others, around the terms, are skipped).
    let n: Node | null = r.target;
    while (n && !(n instanceof PostTerm)) n = n.parentNode;
    if (n) changed.add(n);
  }
  for (const term of changed) term.textChanged();
}

/**
 * One set of listeners on the document serves every <post-term>, instead of six per element: a
 * page may hold a thousand terms. Events from inside a term's shadow root reach the document
 * retargeted to the term, and pointerover/pointerout fire there only when the pointer crosses the
 * term's boundary (its card is inside it), which is exactly enter/leave for the term and its card.
 */
let delegated = false;
function delegate() {
  if (delegated || typeof document === 'undefined') return;
  delegated = true;
  const route = (e: Event) => {
    const term = e.composedPath().find((n): n is PostTerm => n instanceof PostTerm);
    term?.handle(e);
  };
  for (const type of ['pointerover', 'pointerout', 'pointerdown', 'click', 'keydown', 'focusin']) {
    document.addEventListener(type, route, { capture: true });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'post-term': PostTerm;
  }
  interface HTMLElementEventMap {
    'post-term-open': CustomEvent<PostTermToggleDetail>;
    'post-term-close': CustomEvent<PostTermToggleDetail>;
    'post-term-missing': CustomEvent<PostTermMissingDetail>;
    'post-term-read': CustomEvent<PostTermReadDetail>;
    'post-glossary-preferences': CustomEvent<PostGlossaryPreferencesDetail>;
  }
  // They bubble and are composed: a listener on the document or the window hears them.
  interface DocumentEventMap {
    'post-term-read': CustomEvent<PostTermReadDetail>;
    'post-glossary-preferences': CustomEvent<PostGlossaryPreferencesDetail>;
  }
  interface WindowEventMap {
    'post-term-read': CustomEvent<PostTermReadDetail>;
    'post-glossary-preferences': CustomEvent<PostGlossaryPreferencesDetail>;
  }
  // They bubble and are composed: a listener on document or window sees them too.
  interface DocumentEventMap {
    'post-term-open': CustomEvent<PostTermToggleDetail>;
    'post-term-close': CustomEvent<PostTermToggleDetail>;
    'post-term-missing': CustomEvent<PostTermMissingDetail>;
  }
  interface WindowEventMap {
    'post-term-open': CustomEvent<PostTermToggleDetail>;
    'post-term-close': CustomEvent<PostTermToggleDetail>;
    'post-term-missing': CustomEvent<PostTermMissingDetail>;
  }
}
