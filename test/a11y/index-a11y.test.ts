import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/glossary-index.js';
import type { GlossaryIndex } from '../../src/glossary-index.js';
import { axNodes, deepActive } from './helpers.js';
import { DEFAULT_VIEWPORT, itExcept, narrowerThanWebKit, pressKey, setViewport, waitForStill } from '../helpers.js';

const $ = <T extends HTMLElement = HTMLElement>(el: HTMLElement, sel: string) => el.shadowRoot!.querySelector<T>(sel)!;
const $$ = (el: HTMLElement, sel: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(sel)];
const resetHash = () => history.replaceState(null, '', location.pathname + location.search);
const nextFrame = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));

afterEach(async () => {
  resetHash();
  scrollTo(0, 0);
  await setViewport(DEFAULT_VIEWPORT);
});

async function page() {
  const wrap = await fixture<HTMLElement>(html`<div>
    <glossary-index no-structured-data link-base="https://studio.example/"></glossary-index>
    <button id="after">after</button>
  </div>`);
  const index = wrap.querySelector<GlossaryIndex>('glossary-index')!;
  await index.updateComplete;
  await waitUntil(() => $$(index, '.entry').length === 70, 'not all entries rendered');
  return { wrap, index };
}

describe('<glossary-index> focus not obscured (issue 19.2)', () => {
  for (const [label, width, height] of [
    ['1280 px', 1280, 800],
    ['Pixel 5', 393, 851],
    ['200 % zoom', 640, 400],
  ] as const) {
    itExcept(narrowerThanWebKit(width), `Shift+Tab through the index never leaves focus under the sticky letter bar (${label})`, async function () {
      this.timeout(30000); // 60 real key presses, each followed by two frames
      await setViewport({ width, height });
      const { wrap, index } = await page();
      wrap.querySelector<HTMLButtonElement>('#after')!.focus();
      const bar = $(index, '.letters');
      const hidden: string[] = [];
      for (let i = 0; i < 60; i++) {
        await pressKey('Tab', { modifiers: ['Shift'] });
        const f = deepActive() as HTMLElement;
        if (!index.shadowRoot!.contains(f) || bar.contains(f)) continue;
        // Where focus scrolled it, once the scroll has ended (WebKit scrolls on another thread).
        await waitForStill(f);
        const r = f.getBoundingClientRect();
        const b = bar.getBoundingClientRect();
        const covered = b.bottom > 0 && r.top < b.bottom - 1 && r.bottom > b.top;
        if (covered || r.bottom > innerHeight + 1 || r.top < 0) hidden.push(`${f.textContent!.trim().slice(0, 20)} (${Math.round(r.top)} vs bar ${Math.round(b.bottom)})`);
      }
      expect(hidden, 'focused but hidden').to.deep.equal([]);
    });
  }
});

describe('<glossary-index> letter bar (issue 19.8, issue 15)', () => {
  itExcept(narrowerThanWebKit(320), 'at 320 × 256 (400 % zoom) the bar does not cover the content as the reader scrolls', async () => {
    await setViewport({ width: 320, height: 256 });
    const { index } = await page();
    $(index, '#letter-m').scrollIntoView();
    await nextFrame();
    const b = $(index, '.letters').getBoundingClientRect();
    const covering = Math.max(0, Math.min(b.bottom, innerHeight) - Math.max(b.top, 0));
    expect(covering, `the bar covers ${covering}px of ${innerHeight}`).to.be.at.most(innerHeight * 0.25);
  });

  it('marks the current letter (aria-current and a visible state) after a jump and while scrolling', async () => {
    const { index } = await page();
    const link = (l: string) => $$(index, '[part~=letter]').find((a) => a.textContent!.trim() === l)!;
    link('M').click();
    await waitUntil(() => link('M').getAttribute('aria-current') === 'true', 'M is not current after the jump');
    expect($$(index, '[aria-current]').length).to.equal(1);
    expect(getComputedStyle(link('M')).backgroundColor, 'current looks like the others').to.not.equal(getComputedStyle(link('A')).backgroundColor);
    // The jump settles (it corrects itself for a few frames while sections lay out).
    let last = NaN;
    let still = 0;
    await waitUntil(() => {
      const top = $(index, '#letter-m').getBoundingClientRect().top;
      still = Math.abs(top - last) < 1 ? still + 1 : 0;
      last = top;
      return still >= 5;
    }, 'the jump did not settle');
    const r = $(index, '#letter-r').getBoundingClientRect();
    scrollBy(0, r.top - 60);
    await waitUntil(() => link('R').getAttribute('aria-current') === 'true', 'scrolling to R did not mark it');
    expect(link('M').hasAttribute('aria-current')).to.equal(false);
  });
});

describe('<glossary-index> semantics (issue 19, lower)', () => {
  it('letter sections are not landmarks (no 24 named regions)', async () => {
    await page();
    const nodes = await axNodes();
    if (!nodes) return;
    expect(nodes.filter((n) => n.role === 'region').map((n) => n.name)).to.deep.equal([]);
  });

  it('the category filters are one radio group: one Tab stop, arrows choose, empty categories are disabled', async () => {
    const { index } = await page();
    const group = $(index, '[part=filters]');
    expect(group.getAttribute('role')).to.equal('radiogroup');
    const radios = $$(index, '[part=filters] [role=radio]');
    expect(radios.length).to.be.greaterThan(2);
    expect(radios.map((r) => r.getAttribute('aria-checked'))).to.deep.equal(['true', ...radios.slice(1).map(() => 'false')]);
    expect(radios.filter((r) => r.tabIndex === 0).length, 'one Tab stop').to.equal(1);
    radios[0].focus();
    await pressKey('ArrowRight');
    await index.updateComplete;
    const now = $$(index, '[part=filters] [role=radio]');
    expect(now[1].getAttribute('aria-checked')).to.equal('true');
    expect(deepActive() === now[1], 'focus did not follow the arrow').to.equal(true);
    expect(now[0].getAttribute('aria-checked')).to.equal('false');
    // A search leaving a category empty: that one cannot be chosen.
    index.filterIds = ['lut'];
    await index.updateComplete;
    const empty = $$(index, '[part=filters] [role=radio]').filter((r) => /\b0\b/.test(r.textContent!) && r.getAttribute('aria-checked') !== 'true');
    expect(empty.length).to.be.greaterThan(0);
    for (const r of empty) expect(r.getAttribute('aria-disabled'), `${r.textContent!.trim()} is enabled`).to.equal('true');
    empty[0].click();
    await index.updateComplete;
    expect(empty[0].getAttribute('aria-checked')).to.equal('false');
  });
});
