// renderGlossaryHtml: the glossary page as static HTML. Its ids and in-page links are those of
// <glossary-index>, deep links work with no JavaScript at all, and the element takes over from it.
import { expect, fixture, waitUntil } from '@open-wc/testing';
import '../../src/glossary-index.js';
import type { GlossaryIndex } from '../../src/glossary-index.js';
import { renderGlossaryHtml, renderStructuredData } from '../../src/html.js';
import { getBundledGlossary } from '../../src/core/bundled.js';

function inert(html: string): DocumentFragment {
  const t = document.createElement('template');
  t.innerHTML = html;
  return t.content;
}
const resetHash = () => history.replaceState(null, '', location.pathname + location.search);
const ids = (root: ParentNode, sel: string) => [...root.querySelectorAll(sel)].map((n) => n.id);
const hrefs = (root: ParentNode) => [...root.querySelectorAll('a[href^="#"]')].map((a) => a.getAttribute('href'));

describe('renderGlossaryHtml', () => {
  beforeEach(resetHash);
  afterEach(resetHash);

  it('has the ids, anchors and in-page links of <glossary-index>, and the same text', async () => {
    const el = await fixture<GlossaryIndex>(Object.assign(document.createElement('glossary-index'), { noStructuredData: true }));
    const shadow = el.shadowRoot!;
    await waitUntil(() => shadow.querySelectorAll('.entry').length === 70, 'the index did not render every entry');
    const page = inert(renderGlossaryHtml());
    expect(ids(page, '.term')).to.deep.equal(ids(shadow, '.term'));
    expect(ids(page, '.term').length).to.equal(70);
    expect(ids(page, '.letter-heading')).to.deep.equal(ids(shadow, '.letter-heading'));
    expect(ids(page, '.term span')).to.deep.equal(ids(shadow, '.term span'));
    // Letter bar, cross-links in definitions, see-also: the same targets in the same order.
    expect(hrefs(page)).to.deep.equal(hrefs(shadow));
    const texts = (root: ParentNode, sel: string) => [...root.querySelectorAll(sel)].map((n) => n.textContent!.replace(/\s+/g, ' ').trim());
    for (const sel of ['.definition', '.see-also', '.expansion', '.term']) expect(texts(page, sel), sel).to.deep.equal(texts(shadow, sel));
  });

  it('without JavaScript: every entry is in the page, every in-page link has its target, deep links scroll to it', async () => {
    const frame = document.createElement('iframe');
    frame.style.height = '300px';
    // No script may run in this frame: what a crawler or a reader without JavaScript gets.
    frame.setAttribute('sandbox', 'allow-same-origin');
    frame.srcdoc = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Glossary</title></head><body><h1>Glossary</h1>${renderGlossaryHtml({ url: 'https://example.com/glossary' })}</body></html>`;
    document.body.append(frame);
    try {
      await waitUntil(() => frame.contentDocument?.getElementById('lut'), 'the frame did not load');
      const doc = frame.contentDocument!;
      const text = doc.body.textContent!.replace(/\s+/g, ' ');
      for (const e of getBundledGlossary().entries) {
        expect(text, e.id).to.include(e.term);
        expect(text, e.id).to.include(e.definition);
      }
      const ld = JSON.parse(doc.querySelector('script[type="application/ld+json"]')!.textContent!);
      expect(ld.hasDefinedTerm).to.have.length(70);
      frame.contentWindow!.location.hash = '#lut';
      await waitUntil(() => doc.querySelector(':target')?.id === 'lut', 'the deep link has no target');
      await waitUntil(() => Math.abs(doc.getElementById('lut')!.getBoundingClientRect().top) < 2, 'not scrolled to the entry');
      expect(doc.querySelector('nav a[href="#letter-p"]')).to.exist;
      frame.contentWindow!.location.hash = '#letter-p';
      await waitUntil(() => doc.querySelector(':target')?.id === 'letter-p', 'the letter link has no target');
      await waitUntil(() => Math.abs(doc.getElementById('letter-p')!.getBoundingClientRect().top) < 2, 'not scrolled to the letter');
      // A cross-link inside a definition leads to an entry that is there.
      for (const a of doc.querySelectorAll('a[href^="#"]')) expect(doc.getElementById(decodeURIComponent(a.getAttribute('href')!.slice(1))), a.getAttribute('href')!).to.exist;
    } finally {
      frame.remove();
    }
  });

  it('element: true: <glossary-index> takes over, follows the deep link and keeps one JSON-LD block', async () => {
    const head = inert(renderStructuredData({ url: 'https://example.com/glossary' })).firstElementChild!;
    document.head.append(head);
    history.replaceState(null, '', '#dolby-vision');
    try {
      const wrapper = document.createElement('div');
      wrapper.append(document.importNode(inert(renderGlossaryHtml({ element: true, headingLevel: 3 })), true));
      await fixture(wrapper);
      const el = wrapper.querySelector<GlossaryIndex>('glossary-index')!;
      expect(el.headingLevel).to.equal(3);
      const entry = () => el.shadowRoot!.getElementById('dolby-vision');
      await waitUntil(() => entry()?.closest('article')?.classList.contains('highlight'), 'the deep link was not followed');
      await waitUntil(() => el.shadowRoot!.activeElement === entry(), 'the entry was not focused');
      // The static copy is no longer shown (the element renders its own), but still in the page for crawlers.
      const copy = el.querySelector('.post-glossary-static')!;
      expect(copy.getClientRects().length).to.equal(0);
      expect(copy.querySelector('#dolby-vision')).to.exist;
      // The element brings the head's block up to date (this page's address) instead of adding a second.
      await waitUntil(() => head.textContent!.includes(`${location.href.split('#')[0]}#dolby-vision`), 'the element did not update the block');
      expect(document.head.querySelectorAll('script[type="application/ld+json"][data-post-glossary]')).to.have.length(1);
    } finally {
      head.remove();
    }
  });

  it('escapes the dataset: text stays text, whatever a site entry holds', () => {
    const glossary = [{ id: 'x-tag', term: '<img src=x onerror=alert(1)>', category: 'vfx', definition: 'A </p><script>alert(1)</script> & "quoted" definition.', aliases: ['a"b'] }];
    const page = inert(renderGlossaryHtml({ glossary, mode: 'replace', url: 'https://example.com/g', sourceUrl: 'https://example.com/g"><script>alert(1)</script>' }));
    expect(page.querySelector('img, script:not([type="application/ld+json"])')).to.equal(null);
    expect(page.querySelector('.term')!.textContent).to.equal('<img src=x onerror=alert(1)>');
    expect(page.querySelector('.definition')!.textContent).to.equal('A </p><script>alert(1)</script> & "quoted" definition.');
    const ld = JSON.parse(page.querySelector('script[type="application/ld+json"]')!.textContent!);
    expect(ld.hasDefinedTerm[0].description).to.equal(glossary[0].definition);
  });
});
