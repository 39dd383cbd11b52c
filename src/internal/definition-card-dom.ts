import { safeHref } from '../core/normalize.js';
import { CATEGORY_LABELS, type TermEntry } from '../core/types.js';
import type { DefinitionCardOptions } from './definition-card.js';

type Child = Node | string | false | undefined;

/** An element with attributes and children; text always goes in as text nodes, never as markup. */
function el(tag: string, attrs: Record<string, string>, ...children: (Child | Child[])[]): HTMLElement {
  const e = document.createElement(tag);
  for (const k in attrs) e.setAttribute(k, attrs[k]);
  for (const c of children.flat()) if (c) e.append(c);
  return e;
}

const button = (attrs: Record<string, string>, onClick: () => void, ...children: Child[]) => {
  const b = el('button', { type: 'button', ...attrs }, ...children);
  b.addEventListener('click', onClick);
  return b;
};

/**
 * The definition card of `renderDefinitionCard`, built with DOM calls for `<post-term>`, whose
 * bundle then needs no lit-html (a third of its code). Same elements, classes, parts and text (a
 * test compares the two); text is set as text, so entry data never becomes markup.
 */
export function buildDefinitionCard(entry: TermEntry, o: DefinitionCardOptions): DocumentFragment {
  const full = o.glossaryHref ? safeHref(`${o.glossaryHref.split('#')[0]}#${encodeURIComponent(entry.id)}`) : undefined;
  const learnMore = o.linkBase ? entry.links.map((l) => ({ label: l.label, href: safeHref(l.path, o.linkBase) })).filter((l) => l.href) : [];
  const see = `${o.headingId}-see`;
  const f = document.createDocumentFragment();
  f.append(
    ...[
      o.previous && o.onBack && button({ class: 'back', part: 'card-back' }, o.onBack, el('span', { 'aria-hidden': 'true' }, '←'), ` ${o.previous.term}`),
      el(
        'p',
        { class: 'heading', part: 'card-heading' },
        el('span', { class: 'term', id: o.headingId, tabindex: '-1' }, entry.term),
        el('span', { class: 'category' }, CATEGORY_LABELS[entry.category]),
      ),
      entry.expansion && el('p', { class: 'expansion', part: 'card-expansion' }, entry.expansion),
      el('p', { class: 'definition', part: 'card-definition' }, entry.definition),
      o.related.length > 0 &&
        el(
          'div',
          { class: 'see-also', part: 'card-see-also' },
          el('span', { class: 'label', id: see }, 'See also'),
          el('ul', { 'aria-labelledby': see }, ...o.related.map((r) => el('li', {}, button({ class: 'chip' }, () => o.onSeeAlso(r.id), r.term)))),
        ),
      (full || learnMore.length > 0) &&
        el(
          'p',
          { class: 'links', part: 'card-links' },
          full && el('a', { href: full }, 'Full entry', el('span', { class: 'visually-hidden' }, `: ${entry.term}`)),
          learnMore.map((l) => el('a', { href: l.href! }, l.label)),
        ),
    ].filter((n): n is HTMLElement => !!n),
  );
  return f;
}
