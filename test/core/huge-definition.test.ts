import { expect } from '@open-wc/testing';
import { createGlossary, getBundledGlossary } from '../../src/core/index.js';
import { buildSearchIndex, DEFINITION_INDEX_LENGTH } from '../../src/core/search.js';

/** About `chars` characters of ordinary words ("word" among them), then `tail`. */
function longText(chars: number, tail: string): string {
  const filler = 'The colorist checked every word of the notes against the reference frame before the review session. ';
  return filler.repeat(Math.ceil(chars / filler.length)).slice(0, chars) + ' ' + tail;
}

describe('search: a huge definition', () => {
  // A studio pasted a whole manual into one definition (10 MB).
  const glossary = (tail: string) => createGlossary([...getBundledGlossary().entries, { id: 'manual', term: 'Manual', category: 'workflow', definition: longText(10_000_000, tail) }]);

  it('reads only the start of each definition: a word past the documented limit is not found, one before it is', () => {
    expect(DEFINITION_INDEX_LENGTH).to.be.within(5_000, 100_000);
    const index = buildSearchIndex(glossary('The last word is zanzibarquux.').entries);
    expect(index.search('zanzibarquux').map((h) => h.entry.id)).to.not.include('manual');
    expect(index.search('colorist reference').map((h) => h.entry.id)).to.include('manual');
  });

  it('a search for a common word does not run away (it took 7.4 s)', () => {
    const index = buildSearchIndex(glossary('The end.').entries);
    const t0 = performance.now();
    const hits = index.search('word');
    const took = performance.now() - t0;
    const hit = hits.find((h) => h.entry.id === 'manual')!;
    expect(hit.field).to.equal('definition');
    // The snippet is the usual ~140 characters around the match, taken from the start of the text.
    expect(hit.snippet.length).to.be.lessThan(150);
    expect(hit.snippet).to.include('word');
    // Runaway guard, not a speed test (this machine is shared): seconds before the limit.
    expect(took).to.be.lessThan(1500);
  });
});
