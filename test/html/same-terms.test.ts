// The same article linked at build time (post-glossary/html, in this page: it needs no DOM) and
// by <glossary-autolink> in the browser gets the same terms, at the same places.
import { expect, fixture } from '@open-wc/testing';
import '../../src/glossary-autolink.js';
import { linkTerms } from '../../src/html.js';

/** [term id, text as written] of every <post-term> under a node, in document order. */
const links = (root: ParentNode) => [...root.querySelectorAll('post-term')].map((t) => [t.getAttribute('term'), t.textContent]);

/** Parsed by the fragment parser: inert (scripts never run), custom elements not upgraded until adopted. */
function inert(html: string): DocumentFragment {
  const t = document.createElement('template');
  t.innerHTML = html;
  return t.content;
}

describe('build time and browser link the same terms', () => {
  let page: string;
  let body: string;
  before(async () => {
    page = await (await fetch(new URL('../fixtures/article.html', import.meta.url))).text();
    body = /<body[^>]*>([^]*)<\/body>/.exec(page)![1];
  });

  it('a realistic blog page: the whole document at build time, its body in <glossary-autolink>', async () => {
    const built = linkTerms(page);
    const builtBody = inert(/<body[^>]*>([^]*)<\/body>/.exec(built)![1]);
    const el = document.createElement('glossary-autolink');
    el.append(document.importNode(inert(body), true));
    await fixture(el);
    const browser = links(el);
    expect(browser.length, 'the browser linked terms').to.be.greaterThan(25);
    expect(links(builtBody)).to.deep.equal(browser);
    // …and each in the same element (the text before it is the same).
    const context = (root: ParentNode) => [...root.querySelectorAll('post-term')].map((t) => `${t.parentElement!.localName}: ${(t.previousSibling?.textContent ?? '').slice(-20)}`);
    expect(context(builtBody)).to.deep.equal(context(el));
  });

  it('with all, exclude and a site glossary too', async () => {
    const site = [{ id: 'night-shift', term: 'Night Shift', category: 'industry', definition: 'Our 2024 series.' }];
    const provider = document.createElement('glossary-provider');
    await import('../../src/glossary-provider.js');
    (provider as unknown as { terms: unknown[] }).terms = site;
    const el = document.createElement('glossary-autolink');
    el.setAttribute('all', '');
    el.setAttribute('exclude', 'lut, cdl');
    const article = `${body}<p>More on Night Shift, graded with a LUT.</p>`;
    el.append(document.importNode(inert(article), true));
    provider.append(el);
    await fixture(provider);
    await (provider as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    await el.updateComplete;
    const browser = links(el);
    expect(browser.some(([id]) => id === 'lut')).to.equal(false);
    expect(browser).to.deep.include(['night-shift', 'Night Shift']);
    expect(links(inert(linkTerms(article, { all: true, exclude: 'lut, cdl', glossary: site })))).to.deep.equal(browser);
  });
});
