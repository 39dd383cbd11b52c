import { expect } from '@open-wc/testing';
import { createGlossary, getBundledGlossary, bundledTerms, LETTERS, safeHref, lookupKey } from '../../src/core/index.js';
import { getBundledLookup } from '../../src/core/bundled-data.js';

describe('core: the bundled glossary', () => {
  const g = getBundledGlossary();

  it('holds all 70 entries without errors', () => {
    expect(g.entries).to.have.length(70);
    expect(g.errors).to.deep.equal([]);
  });

  it('is exactly what validating the dataset gives (the bundled path skips a second validation)', () => {
    const validated = createGlossary(bundledTerms);
    expect(validated.errors).to.deep.equal([]);
    expect(g.entries).to.deep.equal(validated.entries);
    expect(g.entries.map((e) => e.id)).to.deep.equal(validated.entries.map((e) => e.id));
  });

  it('shares its entries with the lookup-only path <post-term> uses, and copies them from `terms`', () => {
    const lookup = getBundledLookup();
    expect(lookup.entries).to.equal(g.entries);
    for (const q of ['LUTs', 'rec 709', 'Resolve', 'HDR10+', 'proxies', 'nothing-like-this']) {
      expect(lookup.lookup(q), q).to.equal(g.lookup(q));
    }
    expect(lookup.related('lut')).to.deep.equal(g.related('lut'));
    const raw = bundledTerms.find((t) => t.id === 'lut')!;
    expect(g.get('lut')).to.not.equal(raw);
    expect(g.get('lut')!.aliases).to.not.equal(raw.aliases);
  });

  it('looks up by id, term or alias, ignoring case, spaces and punctuation', () => {
    for (const q of ['rec-709', 'Rec.709', 'rec 709', 'REC709', 'BT.709', 'bt 709', 'ITU-R BT.709']) {
      expect(g.lookup(q)?.id, q).to.equal('rec-709');
    }
    expect(g.lookup('Look-Up Table')?.id).to.equal('lut');
    expect(g.lookup('lookup table')?.id).to.equal('lut');
    expect(g.lookup('Resolve')?.id).to.equal('davinci-resolve');
    expect(g.lookup('LUFS')?.id).to.equal('lkfs-lufs');
    expect(g.lookup('Korean Wave')?.id).to.equal('hallyu');
    expect(g.lookup('OpenEXR')?.id).to.equal('exr');
    expect(g.lookup('DNxHD')?.id).to.equal('dnxhr');
    expect(g.lookup('colour grading')?.id).to.equal('color-grading');
    expect(g.lookup('frameio')?.id).to.equal('frame-io');
  });

  it('keeps HDR10+ apart from HDR10, and AAF apart from OMF / AAF', () => {
    expect(g.lookup('HDR10+')?.id).to.equal('hdr10-plus');
    expect(g.lookup('hdr10 plus')?.id).to.equal('hdr10-plus');
    expect(g.lookup('HDR10')?.id).to.equal('hdr10');
    expect(g.lookup('HDR')?.id).to.equal('hdr');
    expect(g.lookup('AAF')?.id).to.equal('aaf');
    expect(g.lookup('OMF')?.id).to.equal('omf-aaf');
    expect(g.lookup('OMF / AAF')?.id).to.equal('omf-aaf');
  });

  it('finds plurals through their singular', () => {
    expect(g.lookup('LUTs')?.id).to.equal('lut');
    expect(g.lookup('proxies')?.id).to.equal('proxy');
    expect(g.lookup('KDMs')?.id).to.equal('kdm');
    expect(g.lookup('Color Spaces')?.id).to.equal('color-space');
  });

  it('answers undefined, never throws, for unknown or odd input', () => {
    for (const q of ['', '   ', 'gaffer', '<script>', '💥', '색보정', 'a'.repeat(10_000)]) {
      expect(g.lookup(q), q.slice(0, 20)).to.equal(undefined);
    }
    expect(g.lookup(undefined as unknown as string)).to.equal(undefined);
  });

  it('groups all 26 letters, empty ones included, in A–Z order, then "#"', () => {
    const groups = g.byLetter();
    expect(groups.map((x) => x.letter)).to.deep.equal([...LETTERS, '#']);
    const count = (l: string) => groups.find((x) => x.letter === l)!.entries.length;
    expect(count('A')).to.equal(7);
    expect(count('D')).to.equal(10);
    expect(count('J')).to.equal(0);
    expect(count('Z')).to.equal(0);
    expect(groups.reduce((n, x) => n + x.entries.length, 0)).to.equal(70);
    expect(groups.find((x) => x.letter === 'A')!.entries.map((e) => e.term)).to.deep.equal(['AAF', 'ACES', 'ADR', 'After Effects', 'Aspera', 'Assembly Cut', 'Avid Media Composer']);
  });

  it('counts categories, and the counts add up', () => {
    const cats = g.categories();
    expect(cats.map((c) => c.category)).to.include.members(['color', 'editorial', 'vfx', 'sound', 'delivery', 'formats', 'workflow', 'industry']);
    expect(cats.reduce((n, c) => n + c.count, 0)).to.equal(70);
    expect(cats.find((c) => c.category === 'vfx')!.label).to.equal('VFX');
  });

  it('lists related entries in seeAlso order', () => {
    expect(g.related('aspera').map((e) => e.term)).to.deep.equal(['MASV', 'Signiant']);
    expect(g.related('hdr').map((e) => e.id)).to.include.members(['hdr10', 'hdr10-plus', 'dolby-vision']);
    expect(g.related('nope')).to.deep.equal([]);
  });
});

describe('core: createGlossary with bad data', () => {
  const good = bundledTerms.find((t) => t.id === 'lut')!;

  it('returns an empty glossary and one error for non-array input', () => {
    for (const input of [null, undefined, 42, 'terms', { entries: [] }]) {
      const g = createGlossary(input);
      expect(g.entries).to.have.length(0);
      expect(g.errors).to.have.length(1);
      expect(g.errors[0].message).to.match(/must be an array/);
    }
  });

  it('keeps the valid entries and names the entry and field of each problem', () => {
    const g = createGlossary([
      good,
      { ...good, id: 'no-term', term: undefined },
      { ...good, id: 'Bad Id' },
      { ...good, id: 'bad-category', category: 'lighting' },
      { id: 'empty-def', term: 'Empty', category: 'color', definition: '   ' },
      'not an object',
    ]);
    expect(g.entries.map((e) => e.id)).to.deep.equal(['lut']);
    const messages = g.errors.map((e) => e.message).join('\n');
    expect(messages).to.contain('entry "no-term": "term" is missing');
    expect(messages).to.contain('entry "Bad Id": "id" must be a kebab-case slug');
    expect(messages).to.contain('entry "bad-category": "category" must be one of');
    expect(messages).to.contain('entry "empty-def": "definition" is empty');
    expect(messages).to.contain('entry #6 is not an object');
    expect(g.errors.find((e) => e.id === 'no-term')!.field).to.equal('term');
  });

  it('drops a duplicate id, keeping the first', () => {
    const g = createGlossary([good, { ...good, term: 'LUT impostor' }]);
    expect(g.entries).to.have.length(1);
    expect(g.get('lut')!.term).to.equal('LUT');
    expect(g.errors[0]).to.include({ id: 'lut', field: 'id', index: 1 });
    expect(g.errors[0].message).to.match(/duplicate id/);
  });

  it('removes a dangling seeAlso and says so, keeping the entry', () => {
    const g = createGlossary([{ ...good, seeAlso: ['cdl', 'lut'] }]);
    expect(g.get('lut')!.seeAlso).to.deep.equal([]);
    const msgs = g.errors.map((e) => e.message);
    expect(msgs).to.include('entry "lut": "seeAlso" names "cdl", which is not in the glossary');
    expect(msgs).to.include('entry "lut": "seeAlso" names the entry itself');
  });

  it('drops a bad optional field but keeps the entry', () => {
    const g = createGlossary([
      {
        ...good,
        aliases: 'LUTs',
        links: [
          { label: 'x', path: 'javascript:alert(1)' },
          { label: 'Guide', path: '/guide' },
        ],
        letter: 'Q',
      },
    ]);
    const e = g.get('lut')!;
    expect(e.aliases).to.deep.equal([]);
    expect(e.links).to.deep.equal([{ label: 'Guide', path: '/guide' }]);
    expect(e.letter).to.equal('L');
    const fields = g.errors.map((x) => x.field);
    expect(fields).to.include.members(['aliases', 'links[0].path', 'letter']);
  });

  it('derives letters and normalises white space', () => {
    const g = createGlossary([{ id: 'x', term: '  3D   LUT ', category: 'color', definition: 'A  cube\n of numbers.' }]);
    expect(g.get('x')).to.include({ term: '3D LUT', letter: 'D', definition: 'A cube of numbers.' });
  });
});

describe('core: helpers', () => {
  it('lookupKey folds case, accents and punctuation but keeps +', () => {
    expect(lookupKey('Rec. 709')).to.equal('rec709');
    expect(lookupKey('Café')).to.equal('cafe');
    expect(lookupKey('HDR10+')).to.not.equal(lookupKey('HDR10'));
  });

  it('safeHref refuses javascript: and data: URLs', () => {
    expect(safeHref('javascript:alert(1)', 'https://studio.example/')).to.equal(undefined);
    expect(safeHref('data:text/html,x')).to.equal(undefined);
    expect(safeHref('/guides/x', 'https://studio.example/')).to.equal('https://studio.example/guides/x');
    expect(safeHref('JaVaScRiPt:alert(1)')).to.equal(undefined);
  });
});
