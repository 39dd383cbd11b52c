import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/glossary-provider.js';
import '../../src/glossary-index.js';
import type { GlossaryProvider } from '../../src/glossary-provider.js';
import type { GlossaryIndex } from '../../src/glossary-index.js';
import { bundledTerms as terms } from '../../src/core/bundled.js';

// The README's "Custom datasets": override one bundled entry, drop some.
describe('<glossary-provider>: a site overrides or drops bundled entries', () => {
  it('an entry with a bundled id replaces it; mode="replace" with the bundled entries minus some drops them, cleanly', async () => {
    const errors: string[] = [];
    const onError = (e: Event) => errors.push((e as CustomEvent).detail.message);
    document.addEventListener('glossary-error', onError);
    try {
      const own = { id: 'dailies', term: 'Dailies', category: 'workflow', definition: 'Our own dailies, our own words.' };
      const el = await fixture<GlossaryProvider>(html`<glossary-provider .terms=${[own]}><glossary-index no-structured-data></glossary-index></glossary-provider>`);
      expect(el.glossary.get('dailies')!.definition).to.equal('Our own dailies, our own words.');
      expect(el.glossary.entries).to.have.length(terms.length);

      const drop = new Set(['hallyu', 'kofic']);
      const loaded = oneEvent(el, 'glossary-load');
      el.mode = 'replace';
      el.terms = terms.filter((t) => !drop.has(t.id)).map((t) => ({ ...t, seeAlso: t.seeAlso.filter((id) => !drop.has(id)) }));
      await loaded;
      const index = el.querySelector<GlossaryIndex>('glossary-index')!;
      await index.updateComplete;
      expect(el.glossary.entries).to.have.length(terms.length - 2);
      expect(el.glossary.get('hallyu')).to.equal(undefined);
      expect(index.shadowRoot!.getElementById('kofic')).to.equal(null);
      expect(index.shadowRoot!.getElementById('lut')).to.exist;
      expect(errors).to.deep.equal([]);
    } finally {
      document.removeEventListener('glossary-error', onError);
    }
  });
});
