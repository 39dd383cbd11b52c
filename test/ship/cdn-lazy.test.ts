import { expect, waitUntil } from '@open-wc/testing';
import { defined, errors, fetchedElements, loadCdn, mount } from './helpers.js';

// The one-tag install fetches an element's code only when the page uses its tag: in the document,
// in content added later, and inside open shadow roots other components attach, before or after it runs.

// A component that attached an open shadow root holding a <glossary-provider> before the CDN file ran.
const early = document.createElement('div');
early.attachShadow({ mode: 'open' }).append(document.createElement('glossary-provider'));
document.body.append(early);

describe('the CDN file fetches an element only when the page uses it', () => {
  before(async () => {
    expect(customElements.get('glossary-provider'), 'nothing is defined before the file runs').to.equal(undefined);
    await loadCdn();
  });

  it('finds a tag inside an open shadow root attached before it ran, and fetches nothing else', async () => {
    await defined('glossary-provider');
    expect(early.shadowRoot!.querySelector('glossary-provider')).to.be.instanceOf(customElements.get('glossary-provider')!);
    expect(fetchedElements()).to.deep.equal(['glossary-provider']);
    for (const tag of ['post-term', 'glossary-index', 'glossary-search', 'glossary-autolink']) expect(customElements.get(tag), tag).to.equal(undefined);
  });

  it('fetches <post-term> when an article with one is added later, and only that', async () => {
    const div = mount('<p>Graded with a <post-term>LUT</post-term>.</p>');
    try {
      const PostTerm = await defined('post-term');
      const term = div.querySelector('post-term') as HTMLElement & { entry?: { id: string } };
      expect(term).to.be.instanceOf(PostTerm);
      await waitUntil(() => term.entry?.id === 'lut', 'the added <post-term> did not find its entry');
      expect(fetchedElements().sort()).to.deep.equal(['glossary-provider', 'post-term']);
    } finally {
      div.remove();
    }
  });

  it('fetches an element used inside an open shadow root that another component attaches later', async () => {
    customElements.define(
      'x-search-card',
      class extends HTMLElement {
        connectedCallback() {
          if (!this.shadowRoot) this.attachShadow({ mode: 'open' }).append(document.createElement('glossary-search'));
        }
      },
    );
    const card = document.createElement('x-search-card');
    document.body.append(card);
    try {
      const GlossarySearch = await defined('glossary-search');
      expect(card.shadowRoot!.querySelector('glossary-search')).to.be.instanceOf(GlossarySearch);
      await waitUntil(() => card.shadowRoot!.querySelector('glossary-search')!.shadowRoot?.querySelector('input'), 'the search box did not render');
    } finally {
      card.remove();
    }
  });

  it('fetches an element inside a shadow root added later by a component that filled it before it was connected', async () => {
    // Built while detached, connected afterwards: found with its host.
    const host = document.createElement('div');
    host.attachShadow({ mode: 'open' }).append(document.createElement('glossary-index'));
    const div = mount('');
    div.append(host);
    try {
      const GlossaryIndex = await defined('glossary-index');
      expect(host.shadowRoot!.querySelector('glossary-index')).to.be.instanceOf(GlossaryIndex);
    } finally {
      div.remove();
    }
  });

  it('fetches <glossary-autolink> and the <post-term> it makes', async () => {
    const div = mount('<glossary-autolink><p>We graded in Dolby Vision.</p></glossary-autolink>');
    try {
      await defined('glossary-autolink');
      await waitUntil(() => (div.querySelector('post-term') as (HTMLElement & { entry?: unknown }) | null)?.entry, 'no linked term');
      expect(fetchedElements().sort()).to.deep.equal(['glossary-autolink', 'glossary-index', 'glossary-provider', 'glossary-search', 'post-term']);
      expect(errors).to.deep.equal([]);
    } finally {
      div.remove();
    }
  });
});
