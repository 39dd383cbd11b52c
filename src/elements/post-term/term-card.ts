import type { TermEntry } from '../../core/types.js';
import { buildDefinitionCard, DefinitionCardMemo, el, type DefinitionCardOptions } from '../../internal/definition-card.js';
import { Dismiss, type DismissOptions } from '../../internal/controllers/dismiss.js';
import { place } from '../../internal/place.js';
import { adopt, cardSheet } from './post-term.styles.js';

/** What the card is built from besides the entry (see DefinitionCardMemo). */
export type TermCardOptions = Pick<DefinitionCardOptions, 'previous' | 'glossaryHref' | 'linkBase' | 'strings' | 'previews' | 'related' | 'onSeeAlso' | 'onBack' | 'onResize'>;

/**
 * A term's card: a popover in its shadow root, built on first open (with its styles, adopted then,
 * not by every term on the page), after the inline term so Tab goes from the term into its links;
 * a polite live region beside it; the page-wide listeners while it is open.
 */
export class TermCard {
  readonly el = el('div', { class: 'card', id: 'card', part: 'card', popover: 'manual', role: 'dialog', 'aria-labelledby': 'h' });
  /** Says the term a see-also jump or a step back shows (not in the card: its contents are rebuilt). */
  #live = el('span', { class: 'visually-hidden', role: 'status' });
  #memo = new DefinitionCardMemo();
  #dismiss: Dismiss;

  constructor(host: HTMLElement, on: Pick<DismissOptions, 'dismiss' | 'place'>) {
    const root = host.shadowRoot!;
    adopt(root, cardSheet);
    root.append(this.el, this.#live);
    this.#dismiss = new Dismiss(host, { ...on, escape: true, focus: true });
  }

  /** Shows `entry` (rebuilt only when it or the options changed: a rebuilt card drops the focus in it). */
  render(glossary: unknown, entry: TermEntry, o: TermCardOptions): void {
    if (this.#memo.changed(glossary, entry, o)) this.el.replaceChildren(buildDefinitionCard(entry, { ...o, headingId: 'h' }));
  }

  /**
   * A preview keeps its buttons and links out of the Tab order; an interactive card puts back
   * what the card's markup says (each control's own tabindex, kept aside meanwhile).
   */
  mode(interactive: boolean): void {
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

  /** Under the term's line box `rect` (above when there is no room below: never over the term). */
  place(term: Element, rect: DOMRect): void {
    if (this.el.isConnected) this.el.dataset.placement = place(this.el, term, { gap: 6, enough: Infinity }, rect) ? 'bottom' : 'top';
  }

  open(): void {
    try {
      if (!this.el.matches(':popover-open')) this.el.showPopover();
    } catch {
      /* not connected any more */
    }
    this.#dismiss.listen(true);
  }

  /** Whether focus is in the open card (it would fall to <body> when the card goes). */
  get focused(): boolean {
    return this.el.matches(':popover-open') && this.el.contains((this.el.getRootNode() as ShadowRoot).activeElement);
  }

  close(): void {
    this.#dismiss.listen(false);
    if (this.el.matches(':popover-open')) this.el.hidePopover();
  }

  /** Focus on the heading, and the term said politely: focus on a new heading is not always spoken (Orca in browse mode). */
  shown(term: string | undefined): void {
    this.el.querySelector<HTMLElement>('#h')?.focus();
    const live = this.#live;
    if (term) {
      live.textContent = '';
      requestAnimationFrame(() => (live.textContent = term));
    }
  }
}
