import type { TermEntry } from '../../core/types.js';
import type { GlossaryLookup } from '../../core/lookup.js';
import type { GlossaryContextValue } from '../../context.js';
import { buildDefinitionCard, DefinitionCardMemo, focusPreviewsSwitch } from '../../internal/definition-card.js';
import { adopt, el } from '../../internal/dom.js';
import { Dismiss } from '../../internal/controllers/dismiss.js';
import type { TriggerInteraction } from '../../internal/controllers/trigger-interaction.js';
import { CardHistory } from '../../internal/card-history.js';
import { lineRect, place } from '../../internal/place.js';
import { fullEntryPage } from '../../internal/page-indexes.js';
import { announcePreferences, glossaryPreferences, pageOptedOut } from '../../internal/preferences.js';
import { stringsFor, type GlossaryStringsOverride } from '../../i18n/index.js';
import { cardSheet } from './term-card.styles.js';

/** What the card reads of its term. */
export interface TermCardHost extends HTMLElement {
  readonly open: boolean;
  readonly entry: TermEntry | undefined;
  readonly glossaryHref?: string;
  readonly linkBase?: string;
  readonly strings?: GlossaryStringsOverride | null;
  readonly updateComplete: Promise<boolean>;
  requestUpdate(): void;
  hide(): void;
}

/** The term's other parts the card works with. */
export interface TermCardParts {
  ix: TriggerInteraction;
  trigger(): HTMLElement | null | undefined;
  /** The provider's value, if any. */
  context(): GlossaryContextValue | undefined;
  lookup(): GlossaryLookup;
}

/**
 * A term's card: a popover in its shadow root, built on first open (its styles adopted then, not
 * by every term on the page), after the inline term so Tab goes from the term into its links; the
 * entry it shows (see-also jumps and Back), a polite live region beside it, its placement, and the
 * page-wide listeners while it is open.
 */
export class TermCard {
  readonly el = el('div', { class: 'card', id: 'card', part: 'card', popover: 'manual', role: 'dialog', 'aria-labelledby': 'h' });
  /** Says the term a see-also jump or a step back shows (not in the card: its contents are rebuilt). */
  #live = el('span', { class: 'visually-hidden', role: 'status' });
  #memo = new DefinitionCardMemo();
  #dismiss: Dismiss;
  #history = new CardHistory();
  /** The entry shown after a see-also jump (undefined: the term's own). */
  #jumped?: string;
  /** The card shows another entry since the last update. */
  #changed = false;

  #host: TermCardHost;
  #parts: TermCardParts;

  constructor(host: TermCardHost, parts: TermCardParts) {
    this.#host = host;
    this.#parts = parts;
    const root = host.shadowRoot!;
    adopt(root, cardSheet);
    root.append(this.el, this.#live);
    parts.trigger()!.setAttribute('aria-controls', 'card'); // (open: the entry is known)
    this.#dismiss = new Dismiss(host, { dismiss: () => host.hide(), place: () => host.open && this.place(), escape: true, focus: true });
  }

  /** The id of the entry shown. */
  get shownId(): string | undefined {
    return this.#jumped ?? this.#host.entry?.id;
  }

  /** Back to the term's own entry (it changed, or the card closed). */
  reset(): void {
    this.#history.clear();
    this.#jumped = undefined;
  }

  /** Renders the entry shown (rebuilt only when it or what it shows changed: a rebuilt card drops the focus in it); true when another entry is shown since the last update. */
  update(): boolean {
    const host = this.#host;
    const parts = this.#parts;
    const g = parts.lookup();
    const shown = (this.#jumped && g.get(this.#jumped)) || host.entry!;
    const previous = this.#history.previous;
    const context = parts.context();
    const o = {
      previous: previous ? g.get(previous) : undefined,
      // (A partial index on this very page may leave the entry out: see fullEntryPage.)
      glossaryHref: fullEntryPage(host.glossaryHref || context?.glossaryHref, shown.id),
      linkBase: host.linkBase || context?.linkBase,
      // (A table still loading: English now, the card is rebuilt when it arrives.)
      strings: stringsFor(host, context?.strings, host.strings, () => host.requestUpdate()),
      previews: pageOptedOut() ? undefined : { on: glossaryPreferences.previews, onChange: (on: boolean) => this.#setPreviews(on) },
    };
    if (this.#memo.changed(g, shown, o)) {
      this.el.replaceChildren(
        buildDefinitionCard(shown, {
          ...o,
          headingId: 'h',
          related: g.related(shown),
          onSeeAlso: (id) => this.#history.jump(this.shownId, id) && ((parts.ix.pinned = true), this.#show(id)),
          onBack: () => this.#show(this.#history.back()),
          onResize: () => this.place(),
        }),
      );
    }
    this.#mode(parts.ix.interactive);
    const changed = this.#changed;
    this.#changed = false;
    return changed;
  }

  /** Shows another entry in the open card, focus on its heading, its term said politely (focus on a new heading is not always spoken: Orca in browse mode). */
  #show(id: string | undefined) {
    if (!id) return;
    this.#jumped = id;
    this.#changed = true;
    this.#host.requestUpdate();
    this.#host.updateComplete.then(() => {
      this.el.querySelector<HTMLElement>('#h')?.focus();
      const live = this.#live;
      const term = this.#parts.lookup().get(id)?.term;
      if (!term) return;
      live.textContent = '';
      requestAnimationFrame(() => (live.textContent = term));
    });
  }

  /** The reader used the card's previews control: the card stays while they may undo. */
  #setPreviews(on: boolean) {
    glossaryPreferences.previews = on;
    this.#parts.ix.pinned = true;
    announcePreferences(this.#host, on);
    this.#host.updateComplete.then(() => focusPreviewsSwitch(this.el));
  }

  /**
   * A preview keeps its buttons and links out of the Tab order; an interactive card puts back
   * what the card's markup says (each control's own tabindex, kept aside meanwhile).
   */
  #mode(interactive: boolean): void {
    const card = this.el;
    // A card that scrolls would be a Tab stop of its own (a keyboard-focusable scroller).
    if (interactive) card.removeAttribute('tabindex');
    else card.tabIndex = -1;
    for (const n of card.querySelectorAll<HTMLElement>('a[href], button, summary, input, select, textarea, [tabindex]')) {
      if (n.id === 'h') continue; // the heading: a focus target for script only, tabindex -1 already
      const kept = n.getAttribute('data-tabindex');
      if (!interactive && kept === null) {
        n.setAttribute('data-tabindex', n.getAttribute('tabindex') ?? '');
        n.tabIndex = -1;
      } else if (interactive && kept !== null) {
        if (kept) n.setAttribute('tabindex', kept);
        else n.removeAttribute('tabindex');
        n.removeAttribute('data-tabindex');
      }
    }
  }

  /** Under the term's line box the pointer is on (a term wrapped over two lines), else its first; above when there is no room below: never over the term. */
  place(): void {
    const trigger = this.#parts.trigger();
    const p = this.#parts.ix.lastPointer;
    const rect = trigger && lineRect(trigger, p && this.#host.matches(':hover') ? p.y : undefined);
    if (rect && this.el.isConnected) this.el.dataset.placement = place(this.el, this.#host, { gap: 6, enough: Infinity }, rect) ? 'bottom' : 'top';
  }

  open(): void {
    try {
      if (!this.el.matches(':popover-open')) this.el.showPopover();
    } catch {
      /* not connected any more */
    }
    this.place();
    this.#dismiss.listen(true);
  }

  /** Hides the card; focus that was in it goes back to the term (it would fall to <body>). */
  close(): void {
    this.#dismiss.listen(false);
    const showing = this.el.matches(':popover-open');
    this.#parts.ix.closed(showing && this.el.contains((this.el.getRootNode() as ShadowRoot).activeElement));
    if (showing) this.el.hidePopover();
    // Reopening shows the term's own entry again.
    this.reset();
  }
}
