import { entryHref, learnMoreLinks } from './href.js';
import { append, el, type Child } from './dom.js';
import type { TermEntry } from '../core/types.js';
import { summarize } from '../core/summary.js';
import { english, type Strings } from '../i18n/index.js';

/** (Re-exported for the elements that build their markup with it.) */
export { el };

export interface DefinitionCardOptions {
  /** Id of the heading, for aria-labelledby on the card's container. */
  headingId: string;
  /** Entries named by the entry's seeAlso (already resolved). */
  related: readonly TermEntry[];
  /** Called when a see-also term is activated: show that entry in place. */
  onSeeAlso(id: string): void;
  /** Where the full glossary lives: adds a "Full entry" link to `${glossaryHref}#${id}`. */
  glossaryHref?: string;
  /** Base URL for the entry's "learn more" paths; without it they are not rendered. */
  linkBase?: string;
  /** The entry shown before a see-also jump, to offer a way back. */
  previous?: TermEntry;
  onBack?(): void;
  /**
   * The reader's previews switch at the foot of the card: "Don't show previews" while they are on;
   * once off, the card says so and offers "Show previews" (undo in the same place). Left out when
   * absent (the page opted out with `data-no-glossary`).
   */
  previews?: { on: boolean; onChange(on: boolean): void };
  /** The UI strings, in the element's language (default: English). */
  strings?: Strings;
  /** Called after "More"/"Less" changed the card's height (to place it again). */
  onResize?(): void;
}

const button = (attrs: Record<string, string>, onClick: () => void, ...children: Child[]) => {
  const b = el('button', { type: 'button', ...attrs }, ...children);
  b.addEventListener('click', onClick);
  return b;
};

/**
 * The definition card shared by `<post-term>` and `<glossary-search>`: term, expansion, category,
 * definition, see-also buttons (which show that term in place: no tooltip inside a tooltip),
 * "Full entry" and "learn more" links. Links appear only when they can work: a dead link is worse
 * than none. Built with DOM calls, so `<post-term>`'s bundle needs no lit-html (a third of its
 * code); every piece of entry data goes in as a text node or an attribute value, never as markup.
 */
export function buildDefinitionCard(entry: TermEntry, o: DefinitionCardOptions): DocumentFragment {
  const full = o.glossaryHref ? entryHref(o.glossaryHref, entry.id) : undefined;
  const learnMore = learnMoreLinks(entry, o.linkBase);
  const see = `${o.headingId}-see`;
  const { t, format } = o.strings ?? english;
  return append(document.createDocumentFragment(), [
    o.previous &&
      o.onBack &&
      button(
        { class: 'back', part: 'card-back', 'aria-label': format(t.backTo, { term: o.previous.term }) },
        o.onBack,
        el('span', { class: 'arrow', 'aria-hidden': 'true' }, '←'),
        ` ${o.previous.term}`,
      ),
    el(
      'div',
      // Room at its end for the previews switch, which sits in the card's corner (see below).
      { class: o.previews?.on ? 'heading with-switch' : 'heading', part: 'card-heading' },
      el('h2', { class: 'term', id: o.headingId, tabindex: '-1' }, entry.term),
      el('span', { class: 'category' }, t.categories[entry.category]),
    ),
    entry.expansion && el('p', { class: 'expansion', part: 'card-expansion', dir: 'auto' }, entry.expansion),
    definition(entry, o),
    o.related.length > 0 &&
      el(
        'div',
        { class: 'see-also', part: 'card-see-also' },
        el('span', { class: 'label', id: see }, t.seeAlso),
        el(
          'ul',
          { 'aria-labelledby': see },
          ...o.related.map((r) =>
            el(
              'li',
              {},
              button({ class: 'chip' }, () => o.onSeeAlso(r.id), r.term),
            ),
          ),
        ),
      ),
    (full || learnMore.length > 0) &&
      el(
        'p',
        { class: 'links', part: 'card-links' },
        full && el('a', { href: full }, t.fullEntry, el('span', { class: 'visually-hidden' }, `: ${entry.term}`)),
        learnMore.map((l) => el('a', { href: l.href }, l.label)),
      ),
    o.previews && previewsControl(o.previews, `${o.headingId}-previews`, !!(o.previous && o.onBack), t),
  ]);
}

const SVG = 'http://www.w3.org/2000/svg';
/** An eye struck through (drawn with DOM calls: no markup parsed). */
function eyeOff(): SVGElement {
  const svg = document.createElementNS(SVG, 'svg');
  for (const [k, v] of Object.entries({ viewBox: '0 0 24 24', 'aria-hidden': 'true', fill: 'none', stroke: 'currentColor', 'stroke-width': '2', 'stroke-linecap': 'round' })) svg.setAttribute(k, v);
  const path = document.createElementNS(SVG, 'path');
  path.setAttribute('d', 'M2 12s3.6-7 10-7c2 0 3.7.7 5.1 1.6M22 12s-3.6 7-10 7c-2 0-3.7-.7-5.1-1.6M9.9 14.1a3 3 0 0 1 4.2-4.2M3 21 21 3');
  svg.append(path);
  return svg;
}

/**
 * The previews switch. While previews are on: a small icon button named "Don't show previews" (a
 * tooltip for the pointer), in the card's top corner, so it costs the card no line (a card must
 * fit a phone); last in the card's Tab order. Once off: a line at the foot says so, with "Show
 * previews" (focused, and described by that line, so a screen reader says both).
 */
function previewsControl({ on, onChange }: NonNullable<DefinitionCardOptions['previews']>, id: string, afterBack: boolean, t: Strings['t']): HTMLElement {
  if (on) {
    // Level with the heading: below the back button when there is one.
    return button(
      { class: afterBack ? 'previews-switch icon after-back' : 'previews-switch icon', part: 'card-previews', title: t.previewsOff },
      () => onChange(false),
      eyeOff(),
      el('span', { class: 'visually-hidden' }, t.previewsOff),
    );
  }
  return el(
    'p',
    { class: 'previews', part: 'card-previews' },
    el('span', { id }, t.previewsAreOff),
    button({ class: 'previews-switch', 'aria-describedby': id }, () => onChange(true), t.previewsOn),
  );
}

/** Focuses the previews switch in a card just rebuilt (after the reader used it, it has new text). */
export function focusPreviewsSwitch(card: ParentNode | null | undefined): void {
  card?.querySelector<HTMLElement>('.previews-switch')?.focus();
}

/**
 * The definition: its first sentence or two (about 40 words), the rest hidden in the same paragraph
 * behind a "More" disclosure button (aria-expanded; "Less" folds it again). A card that fits
 * without scrolling, with the whole text one keypress away; the paragraph's text is always the
 * whole definition.
 */
function definition(entry: TermEntry, o: DefinitionCardOptions): HTMLElement {
  const { short, rest } = summarize(entry.definition);
  if (!rest) return el('p', { class: 'definition', part: 'card-definition', dir: 'auto' }, entry.definition);
  const { t, format } = o.strings ?? english;
  const restId = `${o.headingId}-rest`;
  const more = el('span', { id: restId, hidden: '' }, rest);
  const label = el('span', {}, t.more);
  const toggle = button(
    { class: 'more', part: 'card-more', 'aria-expanded': 'false', 'aria-controls': restId },
    () => {
      const open = more.hidden;
      more.hidden = !open;
      toggle.setAttribute('aria-expanded', String(open));
      label.textContent = open ? t.less : t.more;
      o.onResize?.();
      // A card now taller than its room scrolls inside: keep the button (and its focus) in view.
      toggle.scrollIntoView?.({ block: 'nearest' });
    },
    label,
    el('span', { class: 'visually-hidden' }, ` ${format(t.definitionOf, { term: entry.term })}`),
  );
  return el('div', { class: 'definition-block' }, el('p', { class: 'definition', part: 'card-definition', dir: 'auto' }, short, more), ' ', toggle);
}

/**
 * Remembers what a card last showed, so an element rebuilds it only when that changed: a rebuilt
 * card would drop the focus a reader put inside it (elements re-render for other reasons, the
 * search box on every keystroke).
 */
export class DefinitionCardMemo {
  #shown?: unknown[];

  /** Whether a card for this entry, with these options, from this glossary, differs from the last. */
  changed(glossary: unknown, entry: TermEntry, o: Pick<DefinitionCardOptions, 'previous' | 'glossaryHref' | 'linkBase' | 'strings' | 'previews'>): boolean {
    const shown = [glossary, entry, o.previous, o.glossaryHref, o.linkBase, o.strings, o.previews?.on];
    if (this.#shown?.every((v, i) => v === shown[i])) return false;
    this.#shown = shown;
    return true;
  }

  /** Forgets the last card: its nodes went with a closed card, so the next one is built afresh. */
  reset(): void {
    this.#shown = undefined;
  }
}

export { definitionCardStyles } from './definition-card.styles.js';
