// @lit/reactive-element, not 'lit': the inline term is static markup and the card is built with
// DOM calls, so this entry does not carry lit-html.
import { ReactiveElement, type PropertyValues } from '@lit/reactive-element';
import { GlossaryConsumer } from '../../internal/glossary-consumer.js';
import { Themed, WithGlossaryHref, WithLinkBase } from '../../internal/shared-properties.js';
import { followPreferences, glossaryPreferences, pageOptedOut, type PostGlossaryPreferencesDetail } from '../../internal/preferences.js';
import type { TermEntry } from '../../core/types.js';
import type { GlossaryLookup } from '../../core/lookup.js';
import { fullEntryPage } from '../../internal/page-indexes.js';
import { entryHref } from '../../internal/href.js';
import { delegator } from '../../internal/delegate.js';
import { textObserver } from '../../internal/text-observer.js';
import { TriggerInteraction } from '../../internal/controllers/trigger-interaction.js';
import type { TermCard } from './term-card.js';
import { loadTermCard } from './term-card-loader.js';
import { describe, lookup, warnMissing } from './term-lookup.js';
import { InlineTerm, insideControl, ssrMarkup } from './term-markup.js';
import { ReadTracker } from './read-tracker.js';
import { defaultProps } from '../../internal/default-props.js';
import { dispatch, ToggleEvents, type PostTermMissingDetail, type PostTermReadDetail, type PostTermToggleDetail } from './events.js';
import { adoptInlineStyles } from './post-term.styles.js';
import { languageReady, type GlossaryStringsOverride } from '../../i18n/index.js';
// Last: bundles then put the dataset's text after the styles' code (smaller once gzipped).
import { getBundledLookup } from '../../core/bundled-data.js';

export type { PostTermMissingDetail, PostTermReadDetail, PostTermToggleDetail, PostGlossaryPreferencesDetail };

/** Defined (true) only by the CDN build, which is for browsers only: see render() below. */
declare const __POST_GLOSSARY_BROWSER_ONLY__: boolean | undefined;
let preloaded = false;

const isTerm = (n: EventTarget): n is PostTerm => n instanceof PostTerm;
/** The page-wide listeners every term shares (see delegate.ts). */
const delegate = delegator(isTerm, ['pointerover', 'pointerout', 'pointerdown', 'click', 'keydown', 'focusin']);
/** One MutationObserver follows every term's text (see text-observer.ts). */
const observeText = textObserver(isTerm, (term) => term.textChanged());
/**
 * The card's code (term-card.ts and what only it needs) comes apart, loaded on the first hover,
 * focus or open: most terms of a page are never opened. It never fails (a card that cannot load
 * stays closed).
 */
let Card: typeof TermCard | undefined;
let cardLoad: Promise<unknown> | undefined;
const loadCard = () =>
  (cardLoad ??= loadTermCard().then(
    (m) => (Card = m.TermCard),
    () => (cardLoad = undefined),
  ));

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
    // noAccessor: see defaultProps (below the class) and the `open` accessor.
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
  declare delay: number;

  /**
   * Grace period, in milliseconds, for the pointer to travel from the term into the card.
   * @default 200
   */
  declare closeDelay: number;

  /**
   * Whether the card is showing. Set it to open or close the card from script.
   * @default false
   */
  get open(): boolean {
    return this.#open;
  }
  set open(value: boolean) {
    const old = this.#open;
    // Opened from script: interactive (openAs says otherwise for a preview).
    if (value && !old) {
      this.#ix.interactive = true;
      loadCard();
    }
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
  declare readDelay: number;

  /**
   * UI strings of the card, merged over the table of the term's language (its closest `lang`:
   * `en`, `ko`) and a provider's `strings`: `{ seeAlso: 'Related' }`.
   */
  declare strings?: GlossaryStringsOverride | null;

  #glossary = new GlossaryConsumer(this, undefined, false);
  /** Hover, press, focus and pin: how the card opens and closes (made on first use: most terms are never touched). */
  get #ix(): TriggerInteraction {
    return (this.#interaction ??= new TriggerInteraction(this, {
      trigger: () => this.#inline.trigger,
      canOpen: () => !!this.#entry && !this.#plain && (this.open || glossaryPreferences.previews),
      focusCard: () => this.shadowRoot?.getElementById('h')?.focus(),
    }));
  }
  #interaction?: TriggerInteraction;
  #text = '';
  #entry?: TermEntry;
  /** Built on first open. */
  #card?: TermCard;
  #inline = new InlineTerm();
  #reader?: ReadTracker;
  get #reading(): ReadTracker {
    return (this.#reader ??= new ReadTracker(this, () => this.#marksRead));
  }
  /** Inside a button or summary: a control cannot hold another one, so the term is plain text. */
  #plain = false;
  #missingFor?: string;
  #toggles = new ToggleEvents();

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
    // For the server only (see `_$litElement$`): render(), the inline markup. The browser never
    // calls it, so the CDN build (browsers only: vite.cdn.config.ts defines
    // __POST_GLOSSARY_BROWSER_ONLY__) leaves it out.
    if (typeof __POST_GLOSSARY_BROWSER_ONLY__ == 'undefined') {
      (this.prototype as { render?(): unknown }).render = function (this: PostTerm) {
        return ssrMarkup(this.#entry && describe(this.#entry));
      };
    }
  }

  /** @internal Entry point for the page-wide listeners (see `delegate`). */
  handle(e: Event): void {
    // The trigger's look (and focus ring) lives in a sheet the page may have dropped since this
    // term connected (by assigning adoptedStyleSheets): put it back when a reader reaches the term.
    if (e.type === 'pointerover' || e.type === 'focusin') {
      adoptInlineStyles(this);
      // The card's code and its language table, if it is not English, before the card opens.
      languageReady(this);
      loadCard();
    }
    this.#ix.handle(e);
  }

  /** The entry this element resolves to, or undefined for an unknown term. */
  get entry(): TermEntry | undefined {
    return this.#entry;
  }

  /** Opens the card (unless previews are off: then the term is a plain link or text). */
  show(): void {
    this.#ix.openAs(true);
  }

  /** Closes the card. */
  hide(): void {
    if (this.#interaction) this.#interaction.hide();
    else this.open = false;
  }

  override connectedCallback() {
    super.connectedCallback();
    this.#toggles.connected(this);
    // Told when the reader's preferences change (previews off, read marks cleared); called, not a
    // controller: a thousand terms need no controller set each.
    followPreferences(this);
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
    followPreferences(this, false);
    this.#glossary.hostDisconnected();
    // A removed popover is hidden by the browser: keep `open` (and the close event) truthful.
    this.hide();
    this.#card?.close();
    this.#toggles.removed(this);
  }

  /** @internal The author's text changed (see `observeText`). */
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
      this.#card?.reset();
    }
    if ((!entry || this.#plain) && this.open) this.open = false;
    if (entry) this.#missingFor = undefined;
    // Not while a provider's data is loading: the term may be in it (decided when it settles).
    else if (key && this.#missingFor !== key && !this.#glossary.value?.loading) {
      this.#missingFor = key;
      warnMissing(key);
      // After this update, so listeners see the rendered plain text.
      this.updateComplete.then(() => dispatch(this, 'post-term-missing', { term: key } satisfies PostTermMissingDetail));
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
    if (entry && (this.open || glossaryPreferences.previews)) return this.#inline.showTrigger(root, entry, this.#marksRead && glossaryPreferences.isRead(entry.id));
    const base = entry && !pageOptedOut() ? fullEntryPage(this.glossaryHref || this.#glossary.value?.glossaryHref, entry.id) : undefined;
    this.#inline.showPlain(root, !!entry, base && entryHref(base, entry!.id));
  }

  /** Read marks are on for this term (its own `mark-read`, or its provider's). */
  get #marksRead(): boolean {
    return !!(this.markRead || this.#glossary.value?.markRead);
  }

  /** A card opened before its code arrived: the update (and `updateComplete`) waits for it. */
  protected override scheduleUpdate(): void | Promise<unknown> {
    return this.open && !Card ? loadCard().then(() => super.scheduleUpdate()) : super.scheduleUpdate();
  }

  protected override updated(changed: PropertyValues) {
    if (this.open && Card && !this.#card?.el.isConnected) {
      this.#card = new Card(this, { ix: this.#ix, trigger: () => this.#inline.trigger, context: () => this.#glossary.value, lookup: () => this.#lookup });
    }
    const card = this.#card;
    if (!card) return; // (its code failed to load: the card stays closed)
    const moved = this.open && card.update();
    this.#inline.expanded = this.open && !!this.#interaction?.interactive;
    const id = card.shownId ?? '';
    if (!changed.has('open')) {
      if (moved) {
        card.place();
        this.#reading.start(id);
      }
    } else if (this.open) {
      card.open();
      this.#reading.start(id);
      this.#toggles.opened(this, id);
    } else if (changed.get('open') === true) {
      this.#reading.stop();
      card.close();
      this.#toggles.closed(this, id);
    }
  }
}

defaultProps(PostTerm, { delay: 300, closeDelay: 200, readDelay: 1000 });

declare global {
  interface HTMLElementTagNameMap {
    'post-term': PostTerm;
  }
}
