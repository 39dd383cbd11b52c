// Issue 13: data a real site sends (Korean names, emoji, repeated see-alsos, ids that clash with
// the index's own, links that only look site-relative, hostile values) must neither vanish nor throw.
import { expect } from '@open-wc/testing';
import { createGlossary, bundledTerms, LETTERS, OTHER_LETTER, safeHref } from '../../src/core/index.js';
import { mergeEntries } from '../../src/core/merge.js';
import { definedTermSet } from '../../src/core/structured-data.js';

// LUT without its see-alsos, which would dangle in these small glossaries.
const lut = { ...bundledTerms.find((t) => t.id === 'lut')!, seeAlso: [] };
const entry = (id: string, term: string, extra: Record<string, unknown> = {}) => ({ id, term, category: 'color', definition: `${term} defined.`, ...extra });

describe('core: names with no Latin letter (the "#" group)', () => {
  const g = createGlossary([lut, entry('color-correction-ko', '색보정'), entry('grading-ko', '그레이딩'), entry('nonlinear-ko', '논리니어 편집'), entry('clapper', '🎬'), entry('pulldown-23', '2-3')]);

  it('files them under "#", after Z, in byLetter()', () => {
    const groups = g.byLetter();
    expect(groups.map((x) => x.letter)).to.deep.equal([...LETTERS, '#']);
    expect(OTHER_LETTER).to.equal('#');
    expect(groups.at(-1)!.entries.map((e) => e.id)).to.have.members(['color-correction-ko', 'grading-ko', 'nonlinear-ko', 'clapper', 'pulldown-23']);
    expect(groups.reduce((n, x) => n + x.entries.length, 0)).to.equal(g.entries.length);
  });

  it('sorts Hangul names by Korean collation (ㄱ ㄴ … ㅅ), after the A–Z entries', () => {
    const other = g
      .byLetter()
      .at(-1)!
      .entries.map((e) => e.term);
    const hangul = other.filter((t) => /\p{Script=Hangul}/u.test(t));
    expect(hangul).to.deep.equal(['그레이딩', '논리니어 편집', '색보정']);
    // entries lists the groups in the same order as byLetter().
    expect(g.entries.map((e) => e.id)).to.deep.equal(g.byLetter().flatMap((x) => x.entries.map((e) => e.id)));
  });

  it('puts them in the JSON-LD', () => {
    const ld = definedTermSet(g.entries, { url: 'https://studio.example/glossary' });
    expect(ld.hasDefinedTerm.map((t) => t.name)).to.include.members(['색보정', '🎬', '2-3']);
  });
});

describe('core: see-also and letter problems say what is wrong', () => {
  it('drops a repeated seeAlso id and reports it', () => {
    const g = createGlossary([entry('a-one', 'Alpha', { seeAlso: ['b-two', 'b-two', 'b-two'] }), entry('b-two', 'Beta')]);
    expect(g.get('a-one')!.seeAlso).to.deep.equal(['b-two']);
    expect(g.related('a-one').map((e) => e.id)).to.deep.equal(['b-two']);
    const messages = g.errors.map((e) => e.message);
    expect(messages).to.have.length(2);
    expect(messages[0]).to.equal('entry "a-one": "seeAlso" names "b-two" more than once; the repeat is ignored');
  });

  it('says a non-string letter must be a string, instead of contradicting itself', () => {
    for (const letter of [['A'], 65, { toString: () => 'A' }, null]) {
      const g = createGlossary([entry('a10', 'A10', { letter })]);
      expect(g.entries).to.have.length(1);
      expect(g.errors).to.have.length(1);
      const message = g.errors[0].message;
      expect(message).to.match(/^entry "a10": "letter" must be a string/);
      expect(message).not.to.match(/is "A" but/);
    }
    // A string letter that disagrees keeps the old, accurate message.
    expect(createGlossary([entry('a10', 'A10', { letter: 'B' })]).errors[0].message).to.equal('entry "a10": "letter" is "B" but "A10" is filed under "A"');
  });
});

describe('core: ids the index uses itself', () => {
  it('rejects letter-a … letter-z and letter-other with a clear error, keeping the rest', () => {
    const g = createGlossary([lut, entry('letter-a', 'Letter A'), entry('letter-other', 'Other'), entry('letter-ab', 'Letter AB'), entry('lut-name', 'LUT name')]);
    expect(g.entries.map((e) => e.id)).to.have.members(['lut', 'letter-ab', 'lut-name']);
    expect(g.errors.map((e) => e.message)).to.deep.equal([
      `entry "letter-a": "id" is reserved for the glossary index's letter sections (#letter-a … #letter-z, #letter-other); choose another id`,
      `entry "letter-other": "id" is reserved for the glossary index's letter sections (#letter-a … #letter-z, #letter-other); choose another id`,
    ]);
  });
});

describe('core: link paths that only look site-relative', () => {
  const base = 'https://studio.example/docs/';
  const offSite = [
    '/\\evil.example/x',
    '/\t/evil.example/x',
    '/\n/evil.example/x',
    '/\r/evil.example/x',
    '/\\/evil.example/x',
    '//evil.example/x',
    ' //evil.example/x',
    'https:evil.example/x',
    'java\tscript:alert(1)',
  ];

  for (const path of offSite) {
    it(`safeHref refuses ${JSON.stringify(path)}, with and without a base`, () => {
      expect(safeHref(path, base)).to.equal(undefined);
      expect(safeHref(path)).to.equal(undefined);
    });
    it(`validation rejects the link path ${JSON.stringify(path)}`, () => {
      const g = createGlossary([{ ...lut, links: [{ label: 'Guide', path }] }]);
      expect(g.get('lut')!.links).to.deep.equal([]);
      expect(g.errors).to.have.length(1);
      expect(g.errors[0].field).to.match(/^links\[0\]/);
    });
  }

  it('keeps same-origin paths and absolute http(s) URLs given as such', () => {
    expect(safeHref('/guides/x', base)).to.equal('https://studio.example/guides/x');
    expect(safeHref('guides/x', base)).to.equal('https://studio.example/docs/guides/x');
    expect(safeHref('https://partner.example/a', base)).to.equal('https://partner.example/a');
    expect(safeHref('HTTP://partner.example/a')).to.equal('http://partner.example/a');
  });

  it('leaves a relative path relative without a base (core never reads location)', () => {
    expect(safeHref('/guides/x')).to.equal('/guides/x');
    expect(safeHref('../x')).to.equal('../x');
    expect(safeHref('/glossary#lut')).to.equal('/glossary#lut');
  });
});

describe('core: hostile values never throw', () => {
  const revoked = Proxy.revocable([], {});
  revoked.revoke();
  const throwingArray = new Proxy([lut], {
    get(t, k) {
      if (k === '0') throw new Error('getter boom');
      return Reflect.get(t, k);
    },
  });
  const nullProto = Object.assign(Object.create(null), { ...lut, id: 'null-proto', letter: Object.create(null), expansion: Object.create(null) });
  const throwingEntry = {
    id: 'throws',
    get term(): string {
      throw new Error('term getter boom');
    },
  };

  it('createGlossary takes a revoked Proxy, throwing getters and null-prototype values', () => {
    const g1 = createGlossary(revoked.proxy);
    expect(g1.entries).to.have.length(0);
    expect(g1.errors[0].message).to.match(/must be an array/);

    const g2 = createGlossary(throwingArray);
    expect(g2.entries).to.have.length(0);
    expect(g2.errors[0].message).to.match(/entry #1 could not be read/);

    const g3 = createGlossary([nullProto, throwingEntry, entry('ok', 'OK')]);
    expect(g3.entries.map((e) => e.id)).to.have.members(['null-proto', 'ok']);
    expect(g3.errors.map((e) => e.message).join('\n')).to.match(/entry #2 could not be read \(term getter boom\)/);
    expect(g3.errors.map((e) => e.message).join('\n')).to.match(/"letter" must be a string/);
  });

  it('mergeEntries takes them too', () => {
    const r = mergeEntries(bundledTerms, [
      { name: 'revoked', entries: revoked.proxy as unknown as unknown[] },
      { name: 'throwing', entries: throwingArray },
      { name: 'ok', entries: [entry('site-only', 'Site only'), throwingEntry] },
    ]);
    expect(r.glossary.get('site-only')).to.exist;
    expect(r.glossary.entries).to.have.length(71);
    expect(r.valid).to.deep.equal([0, 0, 1]);
  });
});
