import { html, nothing, type TemplateResult } from 'lit';
import type { SearchHit } from '../../core/search.js';
import type { TermEntry } from '../../core/types.js';

/** The template of one result in `<glossary-search>`'s listbox (option `i`, `opt-${i}`). */

/** Text with the given ranges (half-open, from the search core) wrapped in `<mark>`. */
function marked(text: string, ranges: readonly (readonly [number, number])[] = []): (string | TemplateResult)[] {
  const out: (string | TemplateResult)[] = [];
  let at = 0;
  for (const [s0, e0] of [...ranges].sort((a, b) => a[0] - b[0])) {
    const s = Math.max(at, s0);
    const e = Math.min(text.length, e0);
    if (e <= s) continue;
    out.push(text.slice(at, s), html`<mark part="mark">${text.slice(s, e)}</mark>`);
    at = e;
  }
  out.push(text.slice(at));
  return out;
}

/** Option `i`: the entry's name with the matched letters marked, and the matching snippet. */
export function resultOption(entry: TermEntry, hit: SearchHit | undefined, i: number, active: boolean, onHover: () => void, onChoose: () => void): TemplateResult {
  const field = hit?.field;
  const name = (f: string, text: string) => (f === field ? marked(text, hit!.nameMatches) : text);
  const alias = field === 'alias' ? hit!.matchedText : undefined;
  // The name is the term (the alias that matched) and the expansion, as one text node: built
  // from the marked spans, Chromium left out every whitespace-only text node between them and
  // the words ran together ("LUTLook-Up Table", "DigitalImagingTechnician"). What is seen is
  // hidden from the tree instead. The snippet is the description, not part of the name, so
  // each arrow press does not read a paragraph.
  const label = `${entry.term}${alias ? ` (${alias})` : ''}${entry.expansion ? ` ${entry.expansion}` : ''}`;
  return html`<div class="option" part=${active ? 'option active' : 'option'} role="option" id="opt-${i}" aria-selected=${active}
    aria-describedby=${hit?.snippet ? `opt-${i}-d` : nothing}
    @pointermove=${onHover} @click=${onChoose}>
    <span class="visually-hidden">${label}</span>
    <span class="name" aria-hidden="true"><span class="term">${name('term', entry.term)}</span>${
      alias ? html` <span class="alias">(${name('alias', alias)})</span>` : nothing
    }${entry.expansion ? html` <span class="expansion">${name('expansion', entry.expansion)}</span>` : nothing}</span>
    ${hit?.snippet ? html`<span class="snippet" id="opt-${i}-d" aria-hidden="true" dir="auto">${marked(hit.snippet, hit.snippetMatches)}</span>` : nothing}
  </div>`;
}
