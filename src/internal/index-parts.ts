// The parts of <glossary-index> around its entries: the letter bar, the no-match message, the credit line.
import { html, nothing } from 'lit';
import { OTHER_LETTER } from '../core/normalize.js';
import type { TermEntry } from '../core/types.js';
import { around, type Strings } from '../i18n/index.js';
import type { Group } from './index-view.js';
import { linkList, type LinkTo } from './index-entry.js';

/** The letter bar: a link per letter with entries (`aria-current` on `current`), the others disabled. */
export function letterBar(groups: Group[], current: string | undefined, t: Strings['t']) {
  const otherName = (letter: string) => (letter === OTHER_LETTER ? `${OTHER_LETTER} (${t.otherGroup})` : nothing);
  return html`<nav class="letters" part="letters" aria-label=${t.letters}>
    <ul>
      ${groups.map(({ letter, id, entries }) =>
        entries.length
          ? html`<li><a part="letter" href="#${id}" data-target=${id} aria-current=${current === letter ? 'true' : nothing} aria-label=${otherName(letter)}>${letter}</a></li>`
          : html`<li><span part="letter disabled" class="disabled" aria-disabled="true" aria-label=${otherName(letter)}>${letter}</span></li>`,
      )}
    </ul>
  </nav>`;
}

/** "No terms match" (quoting `query`), with "Did you mean" links to `suggestions`. */
export function noMatch({ t, format }: Strings, query: string, suggestions: TermEntry[], link: LinkTo) {
  const [before, after] = around(t.didYouMean, 'terms');
  return html`<div class="empty" part="empty">
    <p>${query ? format(t.noMatchQuery, { query }) : t.noMatch}</p>
    ${suggestions.length ? html`<p>${before}${linkList(suggestions, link)}${after}</p>` : nothing}
  </div>`;
}

/** "From {source}": a link to the canonical glossary page, named `name` or by its host. */
export function credit(t: Strings['t'], source: string, name?: string) {
  const [before, after] = around(t.credit, 'source');
  return html`<p class="credit">${before}<a href=${source}>${name || new URL(source).hostname}</a>${after}</p>`;
}
