import { expect } from '@open-wc/testing';
import { createGlossary } from '../../src/core/glossary.js';
import { mergeEntries } from '../../src/core/merge.js';
import { createGlossaryInSlices, mergeEntriesInSlices } from '../../src/internal/slices.js';
import { bundledTerms } from '../../src/core/bundled.js';

/** 3,000 entries in no order, some broken, some duplicated, names that sort by number and case. */
function messy() {
  const out: unknown[] = [];
  for (let i = 0; i < 3000; i++) {
    const n = (i * 7919) % 3000;
    out.push({ id: `t-${n}`, term: `${n % 3 ? 'rec' : 'Rec'} ${n}`, aliases: [`alias ${n}`], category: 'formats', definition: `Entry ${n}.`, seeAlso: [`t-${(n + 1) % 3000}`, 'missing'] });
    if (i % 500 === 0) out.push({ id: `t-${n}`, term: 'Duplicate', category: 'formats', definition: 'Again.' }, { id: 'Bad Id', term: '', category: 'x' });
  }
  return out;
}

describe('createGlossary in slices', () => {
  it('builds the same glossary as createGlossary: same order, errors, lookups and related entries', async () => {
    const input = messy();
    const now = createGlossary(input);
    const sliced = await createGlossaryInSlices(input);
    expect(sliced.entries.map((e) => e.id)).to.deep.equal(now.entries.map((e) => e.id));
    expect(sliced.entries.slice(0, 3).map((e) => e.term)).to.deep.equal(['Rec 0', 'rec 1', 'rec 2']);
    expect(sliced.errors).to.deep.equal(now.errors);
    expect(sliced.lookup('alias 42')?.id).to.equal('t-42');
    expect(sliced.lookup('REC.2999')?.id).to.equal('t-2999');
    expect(sliced.related('t-5').map((e) => e.id)).to.deep.equal(['t-6']);
    expect(sliced.byLetter().find((g) => g.letter === 'R')!.entries.length).to.equal(3000);
  });

  it('mergeEntries in slices gives the same result, and counts the valid entries of each source', async () => {
    const sources = [
      { name: 'file', entries: messy() },
      { name: 'terms', entries: [{ id: 'lut', term: 'LUT', category: 'color', definition: 'Ours.' }, { id: 'x' }] },
    ];
    const now = mergeEntries(bundledTerms, sources);
    const sliced = await mergeEntriesInSlices(bundledTerms, sources);
    expect(sliced.glossary.entries.map((e) => e.id)).to.deep.equal(now.glossary.entries.map((e) => e.id));
    expect(sliced.errors).to.deep.equal(now.errors);
    expect(now.valid).to.deep.equal([3000, 1]);
    expect(sliced.valid).to.deep.equal(now.valid);
    expect(now.glossary.get('lut')?.definition).to.equal('Ours.');
  });
});
