import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../src/glossary-provider.js';
import '../../src/glossary-index.js';
import type { GlossaryProvider } from '../../src/glossary-provider.js';
import type { GlossaryIndex } from '../../src/glossary-index.js';

const GRIP = { id: 'grip', term: 'Grip', category: 'industry', definition: 'Crew who rig cameras.' };
const resetHash = () => history.replaceState(null, '', location.pathname + location.search);

describe('<glossary-index> inside <glossary-provider src>: a deep link waits for the file', () => {
  afterEach(resetHash);

  it('a link to a site-only entry is followed once the file has loaded', async () => {
    const real = window.fetch;
    let respond!: (r: Response) => void;
    window.fetch = (() => new Promise<Response>((r) => (respond = r))) as typeof fetch;
    try {
      history.replaceState(null, '', '#grip');
      const el = await fixture<GlossaryProvider>(html`<glossary-provider src="/slow-site.json"><glossary-index no-structured-data></glossary-index></glossary-provider>`);
      const index = el.querySelector<GlossaryIndex>('glossary-index')!;
      await waitUntil(() => respond, 'the provider asks for its file');
      await index.updateComplete;
      const loaded = oneEvent(el, 'glossary-load');
      respond(new Response(JSON.stringify([GRIP])));
      await loaded;
      await waitUntil(() => index.shadowRoot!.activeElement?.id === 'grip', 'the entry is revealed and focused');
      expect(index.shadowRoot!.querySelector('.entry.highlight #grip')).to.exist;
      expect(location.hash).to.equal('#grip');
    } finally {
      window.fetch = real;
    }
  });
});
