import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { GlossaryController } from '../../internal/glossary-controller.js';
import { renderDefinitionCard } from '../../internal/definition-card.js';
import type { TermEntry } from '../../core/types.js';
import type { Glossary } from '../../core/glossary.js';
import { styles, cardSheet } from './post-term.styles.js';

/** Detail of `post-term-open` and `post-term-close`. */
export interface PostTermToggleDetail {
  /** The id of the entry shown. */
  id: string;
}

/** Detail of `post-term-missing`. */
export interface PostTermMissingDetail {
  /** What was looked up: the `term` attribute, else the element's text. */
  term: string;
}

// One warning per unknown term per page, however many tags name it.
const warned = new Set<string>();
const firstSentence = (text: string) => /^.*?[.!?](?=\s|$)/.exec(text)?.[0] ?? text;

// The accessible description: what the acronym stands for and the definition's first sentence.
// Ids are static: each term has its own shadow root, so they cannot collide.
const descriptions = new WeakMap<TermEntry, string>();
const describe = (e: TermEntry) => {
  let d = descriptions.get(e);
  if (d === undefined) descriptions.set(e, (d = `${e.expansion ? `${e.expansion}. ` : ''}${firstSentence(e.definition)}`));
  return d;
};

// Lookups per glossary, so a page repeating a term does not normalise its text again.
const lookups = new WeakMap<Glossary, Map<string, TermEntry | undefined>>();
function lookup(glossary: Glossary, key: string) {
  let cache = lookups.get(glossary);
  if (!cache) lookups.set(glossary, (cache = new Map()));
  if (!cache.has(key)) cache.set(key, glossary.lookup(key));
  return cache.get(key);
}

/**
 * An inline glossary term. The author's text stays in the sentence, styled as a term; hovering,
 * focusing or tapping it shows the definition card next to it. Unknown terms render as plain text.
 *
 * @tagname post-term
 * @summary Inline definition of a post-production term.
 *
 * @slot - The text shown inline (and looked up when `term` is not set).
 *
 * @fires post-term-open - The card opened. `detail: { id }`. Bubbles, composed.
 * @fires post-term-close - The card closed. `detail: { id }`. Bubbles, composed.
 * @fires post-term-missing - The term is not in the glossary; the text renders plain. `detail: { term }`. Bubbles, composed.
 *
 * @csspart trigger - The inline term (the focusable element readers hover, focus or tap).
 * @csspart card - The definition card.
 * @csspart card-heading - The card's term and category line.
 * @csspart card-expansion - What an acronym stands for.
 * @csspart card-definition - The definition text.
 * @csspart card-see-also - The related terms.
 * @csspart card-links - "Full entry" and "learn more" links.
 * @csspart card-back - The button back to the term shown before a see-also jump.
 *
 * @cssprop [--post-glossary-accent=currentColor] - Underline colour of the term (by default the sentence's own colour); also links and see-also buttons in the card (default #0b57d0 light, #a8c7fa dark).
 * @cssprop [--post-glossary-text=#1f1f1f / #e3e3e3] - Card text colour.
 * @cssprop [--post-glossary-muted=#5f6368 / #bdc1c6] - Secondary text (expansion, category).
 * @cssprop [--post-glossary-surface=#ffffff / #202124] - Card background.
 * @cssprop [--post-glossary-border=#c4c7c5 / #5f6368] - Card border.
 * @cssprop [--post-glossary-radius=8px] - Card corner radius.
 * @cssprop [--post-glossary-font=inherit] - Card font family (the inline term always inherits the page's).
 * @cssprop [--post-glossary-focus=currentColor] - Focus ring colour (in the card: #0b57d0 light, #a8c7fa dark).
 * @cssprop [--post-glossary-card-width=22rem] - Card width (never wider than the viewport).
 * @cssprop [--post-glossary-card-font-size=0.9375rem] - Card text size.
 * @cssprop [--post-glossary-underline=dotted] - Underline style of the inline term.
 */
export class PostTerm extends LitElement {
  static override styles = styles;

  /** The entry to show: its id, term or an alias. When absent, the element's own text is looked up. */
  @property() term?: string;

  /** Hover intent: milliseconds the pointer must rest on the term before the card opens. */
  @property({ type: Number }) delay = 300;

  /** Grace period, in milliseconds, for the pointer to travel from the term into the card. */
  @property({ type: Number, attribute: 'close-delay' }) closeDelay = 200;

  /** Where the full glossary lives; the card links to `glossary-href#id`. Overrides a provider's. */
  @property({ attribute: 'glossary-href' }) glossaryHref?: string;

  /** Base URL for the entry's "learn more" paths; they are shown only when this (or a provider's) is set. */
  @property({ attribute: 'link-base' }) linkBase?: string;

  /** Whether the card is showing. Set it to open or close the card from script. */
  @property({ type: Boolean, reflect: true }) open = false;

  /** `light` or `dark` pins the colour scheme; by default it follows the reader's preference. */
  @property({ reflect: true }) theme?: 'light' | 'dark';

  /** The entry the card shows (a see-also jump changes it without touching `term`). */
  @state() private shownId?: string;

  #glossary = new GlossaryController(this);
  #text = '';
  #entry?: TermEntry;
  #history: string[] = [];
  #built = false;
  #pinned = false;
  #openTimer?: ReturnType<typeof setTimeout>;
  #closeTimer?: ReturnType<typeof setTimeout>;
  #pointerDown = false;
  #refocusing = false;
  #lastPointer?: { x: number; y: number };
  #missingFor?: string;

  constructor() {
    super();
    delegate();
  }

  /** @internal Entry point for the page-wide listeners (see `delegate`). */
  handle(e: Event): void {
    switch (e.type) {
      case 'pointerover':
        return this.#onEnter(e as PointerEvent);
      case 'pointerout':
        return this.#onLeave(e as PointerEvent);
      case 'pointerdown':
        return this.#onPointerDown(e as PointerEvent);
      case 'click':
        return this.#onClick(e as MouseEvent);
      case 'keydown':
        return this.#onKeydown(e as KeyboardEvent);
      case 'focusin':
        return this.#onFocus(e as FocusEvent);
    }
  }

  /** The entry this element resolves to, or undefined for an unknown term. */
  get entry(): TermEntry | undefined {
    return this.#entry;
  }

  /** Opens the card. */
  show(): void {
    this.#cancelTimers();
    if (this.#entry) this.open = true;
  }

  /** Closes the card. */
  hide(): void {
    this.#cancelTimers();
    this.#pinned = false;
    this.open = false;
  }

  override connectedCallback() {
    super.connectedCallback();
    this.#text = (this.textContent ?? '').trim();
  }

  protected override firstUpdated() {
    // slotchange bubbles: one listener on the shadow root follows the author's text.
    this.shadowRoot!.addEventListener('slotchange', this.#onSlotChange);
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    this.#cancelTimers();
    this.#listen(false);
  }

  protected override willUpdate(changed: PropertyValues) {
    const key = (this.term ?? this.#text).trim();
    const entry = key ? lookup(this.#glossary.glossary, key) : undefined;
    if (entry !== this.#entry) {
      this.#entry = entry;
      this.shownId = entry?.id;
      this.#history = [];
    }
    if (!entry) {
      if (this.open) this.open = false;
      if (key && this.#missingFor !== key) {
        this.#missingFor = key;
        if (!warned.has(key.toLowerCase())) {
          warned.add(key.toLowerCase());
          console.warn(`<post-term>: "${key}" is not in the glossary; it is shown as plain text.`);
        }
        // After this update, so listeners see the rendered plain text.
        this.updateComplete.then(() =>
          this.dispatchEvent(new CustomEvent<PostTermMissingDetail>('post-term-missing', { detail: { term: key }, bubbles: true, composed: true })),
        );
      }
    } else {
      this.#missingFor = undefined;
    }
    if (changed.has('open') && this.open && !this.#built) {
      this.#built = true;
      // The card's styles are adopted with the first card, not by every term on the page.
      const root = this.shadowRoot!;
      if (!root.adoptedStyleSheets.includes(cardSheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, cardSheet];
    }
  }

  protected override render() {
    const entry = this.#entry;
    if (!entry) return html`<slot></slot>`;
    const shown = (this.shownId && this.#glossary.glossary.get(this.shownId)) || entry;
    const g = this.#glossary.glossary;
    const previous = this.#history.length ? g.get(this.#history[this.#history.length - 1]) : undefined;
    return html`<span
        class="trigger"
        part="trigger"
        role="button"
        tabindex="0"
        aria-expanded=${this.open ? 'true' : 'false'}
        aria-controls=${this.#built ? 'card' : nothing}
        aria-describedby="desc"
        ><slot></slot></span
      ><span hidden id="desc">${describe(entry)}</span
      >${this.#built
        ? html`<div
            class="card"
            part="card"
            id="card"
            popover="manual"
            role="dialog"
            aria-labelledby="h"
          >
            ${renderDefinitionCard(shown, {
              headingId: 'h',
              related: g.related(shown),
              onSeeAlso: (id) => this.#jump(id),
              glossaryHref: this.#glossary.glossaryHref(this.glossaryHref),
              linkBase: this.#glossary.linkBase(this.linkBase),
              previous,
              onBack: () => this.#back(),
            })}
          </div>`
        : nothing}`;
  }

  protected override updated(changed: PropertyValues) {
    if (!changed.has('open')) {
      if (this.open && changed.has('shownId')) this.#place();
      return;
    }
    const card = this.#card;
    const id = (this.shownId ?? this.#entry?.id)!;
    if (this.open && card) {
      try {
        if (!card.matches(':popover-open')) card.showPopover();
      } catch {
        /* not connected any more */
      }
      this.#place();
      this.#listen(true);
      this.dispatchEvent(new CustomEvent<PostTermToggleDetail>('post-term-open', { detail: { id }, bubbles: true, composed: true }));
    } else if (changed.get('open') === true) {
      this.#listen(false);
      if (card?.matches(':popover-open')) {
        // Focus inside a card that disappears would fall to <body>: give it back to the term.
        if (card.contains(this.shadowRoot!.activeElement)) {
          this.#refocusing = true;
          this.#trigger?.focus();
          this.#refocusing = false;
        }
        card.hidePopover();
      }
      this.#pinned = false;
      if (this.#history.length && this.#entry) {
        this.#history = [];
        this.shownId = this.#entry.id;
      }
      if (id) this.dispatchEvent(new CustomEvent<PostTermToggleDetail>('post-term-close', { detail: { id }, bubbles: true, composed: true }));
    }
  }

  get #card() {
    return this.shadowRoot?.querySelector<HTMLElement>('.card') ?? null;
  }

  get #trigger() {
    return this.shadowRoot?.querySelector<HTMLElement>('.trigger') ?? null;
  }

  #onSlotChange = () => {
    if (this.term) return;
    const text = (this.textContent ?? '').trim();
    if (text !== this.#text) {
      this.#text = text;
      this.requestUpdate();
    }
  };

  #cancelTimers() {
    clearTimeout(this.#openTimer);
    clearTimeout(this.#closeTimer);
    this.#openTimer = this.#closeTimer = undefined;
  }

  #onEnter = (e: PointerEvent) => {
    if (e.pointerType === 'touch' || !this.#entry) return; // touch never depends on hover
    this.#lastPointer = { x: e.clientX, y: e.clientY };
    clearTimeout(this.#closeTimer);
    if (this.open) return;
    clearTimeout(this.#openTimer);
    this.#openTimer = setTimeout(() => this.show(), Math.max(0, this.delay));
  };

  /** Did this event start on the inline term (not in the card)? */
  #fromTrigger(e: Event) {
    const t = this.#trigger;
    return !!t && e.composedPath().includes(t);
  }

  #onLeave = (e: PointerEvent) => {
    if (e.pointerType === 'touch') return;
    clearTimeout(this.#openTimer);
    if (!this.open || this.#pinned) return;
    // Keyboard focus inside keeps it open: the reader may be tabbing through its links.
    if (this.matches(':focus-within') && !this.#pointerDown) return;
    clearTimeout(this.#closeTimer);
    this.#closeTimer = setTimeout(() => this.hide(), Math.max(0, this.closeDelay));
  };

  #onPointerDown = (e: PointerEvent) => {
    if (!this.#fromTrigger(e)) return;
    // A press focuses the trigger; the click decides what happens, not the focus.
    this.#pointerDown = true;
    this.#lastPointer = { x: e.clientX, y: e.clientY };
    setTimeout(() => (this.#pointerDown = false), 0);
  };

  #onFocus = (e: FocusEvent) => {
    if (!this.#fromTrigger(e)) return;
    if (this.#pointerDown || this.#refocusing || this.open) return;
    this.show();
  };

  #onClick = (e: MouseEvent) => {
    if (!this.#fromTrigger(e)) return;
    // A tap or click toggles; a click on a card opened by hovering pins it instead of closing it.
    if (this.open && !this.#pinned && !this.#pointerDown && this.#openedByHover()) {
      this.#pinned = true;
      return;
    }
    if (this.open) this.hide();
    else {
      this.show();
      this.#pinned = true;
    }
  };

  #openedByHover() {
    return this.#lastPointer !== undefined && this.matches(':hover');
  }

  #onKeydown = (e: KeyboardEvent) => {
    if (!this.#fromTrigger(e)) return;
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      if (this.open) this.hide();
      else {
        this.show();
        this.#pinned = true;
      }
    }
  };

  #onDocKeydown = (e: KeyboardEvent) => {
    if (e.key === 'Escape' && this.open) {
      e.stopPropagation();
      this.hide();
    }
  };

  #onDocPointerDown = (e: PointerEvent) => {
    if (!e.composedPath().includes(this)) this.hide();
  };

  #onDocFocusIn = (e: FocusEvent) => {
    if (!e.composedPath().includes(this)) this.hide();
  };

  #onViewportChange = () => {
    if (this.open) this.#place();
  };

  #listening = false;

  #listen(on: boolean) {
    if (on === this.#listening) return;
    this.#listening = on;
    const m = on ? 'addEventListener' : 'removeEventListener';
    document[m]('keydown', this.#onDocKeydown as EventListener, true);
    document[m]('pointerdown', this.#onDocPointerDown as EventListener, true);
    document[m]('focusin', this.#onDocFocusIn as EventListener, true);
    window[m]('scroll', this.#onViewportChange, { capture: true, passive: true } as AddEventListenerOptions);
    window[m]('resize', this.#onViewportChange);
  }

  #jump(id: string) {
    const current = this.shownId ?? this.#entry?.id;
    if (!current || id === current) return;
    this.#history.push(current);
    this.shownId = id;
    this.#pinned = true;
    this.updateComplete.then(() => this.shadowRoot?.getElementById('h')?.focus());
  }

  #back() {
    const id = this.#history.pop();
    if (!id) return;
    this.shownId = id;
    this.requestUpdate();
    this.updateComplete.then(() => this.shadowRoot?.getElementById('h')?.focus());
  }

  /**
   * Places the card under the term (above when there is no room below), shifted to stay inside
   * the viewport. It lives in the top layer, so overflow: hidden, transforms and z-index of the
   * page cannot clip or cover it; only the term's own box matters.
   */
  #place() {
    const card = this.#card;
    const trigger = this.#trigger;
    if (!card || !trigger) return;
    const rects = [...trigger.getClientRects()];
    if (!rects.length) return;
    // A term wrapped over two lines: use the line the pointer is on, else the first.
    const p = this.#lastPointer;
    const rect = (p && this.matches(':hover') && rects.find((r) => p.y >= r.top && p.y <= r.bottom)) || rects[0];
    const gap = 6;
    const margin = 8;
    const vw = document.documentElement.clientWidth;
    const vh = document.documentElement.clientHeight;
    const { width, height } = card.getBoundingClientRect();
    const below = rect.bottom + gap;
    const above = rect.top - gap - height;
    const top = below + height <= vh - margin || above < margin ? below : above;
    const left = Math.min(Math.max(margin, rect.left), Math.max(margin, vw - width - margin));
    card.style.top = `${Math.round(Math.max(margin, Math.min(top, vh - height - margin)))}px`;
    card.style.left = `${Math.round(left)}px`;
    card.dataset.placement = top === below ? 'bottom' : 'top';
  }
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
  }
}
