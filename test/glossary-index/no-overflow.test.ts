import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/glossary-index.js';
import '../../src/glossary-search.js';
import type { GlossaryIndex } from '../../src/glossary-index.js';
import { DEFAULT_VIEWPORT, itExcept, narrowerThanWebKit, setViewport } from '../helpers.js';

/** Whether `el` is inside a box that scrolls or clips sideways (below `container`): that box holds it, the page does not widen. */
function clipped(el: Element, container: Element): boolean {
  for (let n: Element | null = el.parentElement ?? ((el.getRootNode() as ShadowRoot).host || null); n && n !== container; n = n.parentElement ?? ((n.getRootNode() as ShadowRoot).host || null)) {
    if (getComputedStyle(n).overflowX !== 'visible') return true;
  }
  return false;
}

/** Elements of a tree (through open shadow roots) whose box reaches outside `container`'s. */
function sticking(container: Element): string[] {
  const box = container.getBoundingClientRect();
  const out: string[] = [];
  const visit = (root: ParentNode) => {
    for (const el of root.querySelectorAll('*')) {
      const r = el.getBoundingClientRect();
      if (r.width === 0 && r.height === 0) continue;
      if (el.closest('.visually-hidden')) continue;
      // A scrolling row (the letter bar on a phone) holds its items; the box itself is checked.
      if (clipped(el, container)) continue;
      if (r.left < box.left - 0.5 || r.right > box.right + 0.5)
        out.push(`${el.localName}.${el.getAttribute('class') ?? ''} ${Math.round(r.left)}–${Math.round(r.right)} (container ${Math.round(box.left)}–${Math.round(box.right)})`);
      if (el.shadowRoot) visit(el.shadowRoot);
    }
  };
  visit(container);
  if (container.shadowRoot) visit(container.shadowRoot);
  return out;
}

describe('No horizontal scrolling: nothing widens its container', () => {
  after(() => setViewport(DEFAULT_VIEWPORT));

  it('a filter box above the index keeps clear of its letter bar (room for the focus ring)', async () => {
    const page = await fixture<HTMLElement>(html`<div>
      <glossary-search for="spaced" filter label="Filter the glossary"></glossary-search>
      <glossary-index id="spaced" no-structured-data></glossary-index>
    </div>`);
    const [search, index] = [page.querySelector('glossary-search')!, page.querySelector<GlossaryIndex>('glossary-index')!];
    await index.updateComplete;
    const gap = index.shadowRoot!.querySelector('[part=letters]')!.getBoundingClientRect().top - search.getBoundingClientRect().bottom;
    expect(gap).to.be.at.least(8);
  });

  for (const [width, height] of [
    [1280, 800],
    [375, 740],
  ]) {
    itExcept(narrowerThanWebKit(width), `the README's "your own glossary page" snippet at ${width}px`, async () => {
      await setViewport({ width, height });
      const page = await fixture<HTMLElement>(html`<div>
        <h1>Post-production glossary</h1>
        <glossary-search></glossary-search>
        <glossary-index heading-level="2" link-base="https://studio.example/" no-structured-data></glossary-index>
      </div>`);
      const index = page.querySelector<GlossaryIndex>('glossary-index')!;
      await index.updateComplete;
      // Every entry laid out (content-visibility would otherwise skip those off screen).
      for (const e of index.shadowRoot!.querySelectorAll<HTMLElement>('.entry')) e.style.contentVisibility = 'visible';
      await waitUntil(() => index.shadowRoot!.querySelectorAll('.entry').length === 70);
      expect(document.documentElement.scrollWidth, 'page width').to.be.at.most(innerWidth);
      expect(sticking(index)).to.deep.equal([]);
      expect(sticking(page.querySelector('glossary-search')!)).to.deep.equal([]);
    });
  }
});
