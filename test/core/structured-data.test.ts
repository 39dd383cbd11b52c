import { expect } from '@open-wc/testing';
import { createGlossary, getBundledGlossary } from '../../src/core/index.js';
import { definedTermSet, jsonLdText, jsonLdWriter } from '../../src/core/structured-data.js';

describe('core: DefinedTermSet JSON-LD', () => {
  const g = getBundledGlossary();

  it('describes every entry as a DefinedTerm anchored on the page', () => {
    const data = definedTermSet(g.entries, { url: 'https://studio.example/glossary?lang=en#top' });
    expect(data['@context']).to.equal('https://schema.org');
    expect(data['@type']).to.equal('DefinedTermSet');
    expect(data.url).to.equal('https://studio.example/glossary?lang=en');
    expect(data['@id']).to.equal('https://studio.example/glossary?lang=en#glossary');
    expect(data.name).to.equal('Post-production glossary');
    expect(data.hasDefinedTerm.map((t) => t.name)).to.deep.equal(g.entries.map((e) => e.term));
    const lut = data.hasDefinedTerm.find((t) => t.termCode === 'lut')!;
    expect(lut).to.deep.equal({
      '@type': 'DefinedTerm',
      '@id': 'https://studio.example/glossary?lang=en#lut',
      name: 'LUT',
      alternateName: ['Look-Up Table', ...g.get('lut')!.aliases],
      description: g.get('lut')!.definition,
      termCode: 'lut',
      url: 'https://studio.example/glossary?lang=en#lut',
      inDefinedTermSet: 'https://studio.example/glossary?lang=en#glossary',
    });
    // No alternate names: no empty array.
    const plain = g.entries.find((e) => !e.expansion && e.aliases.length === 0)!;
    expect(data.hasDefinedTerm.find((t) => t.termCode === plain.id)).to.not.have.property('alternateName');
  });

  it('takes the name given, and drops a URL that is not http(s)', () => {
    const data = definedTermSet(g.entries.slice(0, 2), { url: 'javascript:alert(1)', name: 'Seoul Post Studio glossary' });
    expect(data.name).to.equal('Seoul Post Studio glossary');
    expect(data).to.not.have.property('url');
    expect(JSON.stringify(data)).to.not.contain('javascript');
    expect(data.hasDefinedTerm[0].url).to.equal(`#${g.entries[0].id}`);
  });

  it('serialises as JSON that cannot close its script block', () => {
    const { entries } = createGlossary([{ id: 'x', term: 'X', aliases: [], letter: 'X', category: 'vfx', definition: 'Ends </script><script>alert(1)</script> <!-- here', seeAlso: [], links: [] }]);
    expect(entries).to.have.length(1);
    const text = jsonLdText(definedTermSet(entries, { url: 'https://studio.example/' }));
    expect(text).to.not.contain('<');
    expect(JSON.parse(text).hasDefinedTerm[0].description).to.equal(entries[0].definition);
  });

  it('serialises a slice at a time to the same text', () => {
    const set = definedTermSet(g.entries, { url: 'https://studio.example/glossary' });
    const writer = jsonLdWriter(set);
    let calls = 0;
    let text: string | undefined;
    while ((text = writer.next(7)) === undefined) calls++;
    expect(calls).to.equal(Math.ceil(g.entries.length / 7) - 1);
    expect(text).to.equal(jsonLdText(set));
    expect(JSON.parse(text)).to.deep.equal(set);
  });
});
