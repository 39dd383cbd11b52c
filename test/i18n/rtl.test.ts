import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { DEFAULT_VIEWPORT, setViewport } from '../helpers.js';
import '../../src/post-term.js';
import '../../src/glossary-search.js';
import '../../src/glossary-index.js';
import type { PostTerm } from '../../src/post-term.js';
import type { GlossarySearch } from '../../src/glossary-search.js';
import type { GlossaryIndex } from '../../src/glossary-index.js';

const $ = <T extends HTMLElement = HTMLElement>(el: HTMLElement, sel: string) => el.shadowRoot!.querySelector<T>(sel);
const near = (a: number, b: number) => Math.abs(a - b) <= 1;

async function openCard(term: PostTerm) {
  await term.updateComplete;
  term.show();
  await term.updateComplete;
  const card = $(term, '[part=card]')!;
  await waitUntil(() => card.matches(':popover-open'), 'the card did not open');
  return card;
}

describe('right to left', () => {
  before(() => setViewport({ width: 1000, height: 700 }));
  // (WebKit sizes the shared window: give the next file the size it expects.)
  after(() => setViewport(DEFAULT_VIEWPORT));

  it('<post-term>: the card sits on the term’s start edge: its right edge under the term’s right edge in RTL, its left under the left in LTR', async () => {
    // The term in the middle of the line, with room on both sides for the card.
    const el = await fixture<HTMLElement>(html`<div>
      <p dir="rtl">نص عربي قبل المصطلح <post-term>LUT</post-term> ونص بعده</p>
      <p dir="ltr">Some words before the <post-term>LUT</post-term> and after it</p>
    </div>`);
    const [rtl, ltr] = [...el.querySelectorAll<PostTerm>('post-term')];
    const rtlCard = (await openCard(rtl)).getBoundingClientRect();
    const rtlTerm = $(rtl, '[part=trigger]')!.getBoundingClientRect();
    expect(rtlTerm.right).to.be.lessThan(990).and.greaterThan(400);
    expect(near(rtlCard.right, rtlTerm.right), `card right ${rtlCard.right}, term right ${rtlTerm.right}`).to.equal(true);
    rtl.hide();
    const ltrCard = (await openCard(ltr)).getBoundingClientRect();
    const ltrTerm = $(ltr, '[part=trigger]')!.getBoundingClientRect();
    expect(near(ltrCard.left, ltrTerm.left), `card left ${ltrCard.left}, term left ${ltrTerm.left}`).to.equal(true);
    ltr.hide();
  });

  it('<post-term>: near the left edge in RTL the card stays inside the viewport', async () => {
    const el = await fixture<HTMLElement>(html`<p dir="rtl" style="width: 200px"><post-term>LUT</post-term></p>`);
    const term = el.querySelector<PostTerm>('post-term')!;
    const card = (await openCard(term)).getBoundingClientRect();
    expect(card.left).to.be.at.least(8);
    term.hide();
  });

  it('<post-term>: the Back arrow points to the start edge (mirrored in RTL)', async () => {
    const el = await fixture<HTMLElement>(html`<p dir="rtl"><post-term>LUT</post-term></p>`);
    const term = el.querySelector<PostTerm>('post-term')!;
    const card = await openCard(term);
    card.querySelector<HTMLButtonElement>('.see-also button')!.click();
    await waitUntil(() => card.querySelector('.back'), 'no Back button');
    const arrow = card.querySelector('.back .arrow')!;
    expect(getComputedStyle(arrow).transform).to.equal('matrix(-1, 0, 0, 1, 0, 0)');
    expect(card.querySelector('.back')!.getAttribute('aria-label')).to.equal('Back to LUT');
    term.hide();
  });

  it('<glossary-search>: icon on the right, clear button on the left, and the card on the box’s right edge', async () => {
    const el = await fixture<HTMLElement>(html`<div dir="rtl" style="width: 600px; margin-inline-start: 40px"><glossary-search></glossary-search></div>`);
    const search = el.querySelector<GlossarySearch>('glossary-search')!;
    search.value = 'lut';
    await search.updateComplete;
    const field = $(search, '.field')!.getBoundingClientRect();
    const icon = $(search, '.icon')!.getBoundingClientRect();
    const clear = $(search, '.clear')!.getBoundingClientRect();
    const input = $(search, 'input')!.getBoundingClientRect();
    expect(icon.left).to.be.greaterThan(input.right - 1);
    expect(clear.right).to.be.lessThan(input.left + 1);
    expect(field.right - icon.right).to.be.lessThan(20);
    // Enter with no index and no glossary-href: the card opens under the box.
    $<HTMLInputElement>(search, 'input')!.focus();
    // ArrowDown to the best match, then Enter (Enter alone only highlights it: APG list autocomplete).
    $<HTMLInputElement>(search, 'input')!.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true, composed: true }));
    await search.updateComplete;
    $<HTMLInputElement>(search, 'input')!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true }));
    await search.updateComplete;
    const card = $(search, '[part=card]')!;
    await waitUntil(() => card.matches(':popover-open'), 'no card');
    const box = card.getBoundingClientRect();
    expect(near(box.right, field.right), `card right ${box.right}, field right ${field.right}`).to.equal(true);
    // Its close button at the end edge: the left.
    expect($(search, '.card-close')!.getBoundingClientRect().left - box.left).to.be.lessThan(24);
  });

  it('one placement for both cards: a card stays inside the viewport even when its term or box starts outside it', async () => {
    const el = await fixture<HTMLElement>(html`<div style="margin-inline-start: -60px; width: 500px">
      <p><post-term>LUT</post-term> is a table</p>
      <glossary-search></glossary-search>
    </div>`);
    const term = el.querySelector<PostTerm>('post-term')!;
    expect($(term, '[part=trigger]')!.getBoundingClientRect().left, 'the term starts left of the viewport').to.be.lessThan(0);
    const termCard = (await openCard(term)).getBoundingClientRect();
    expect(termCard.left, 'term card').to.be.at.least(0);
    term.hide();
    const search = el.querySelector<GlossarySearch>('glossary-search')!;
    const input = $<HTMLInputElement>(search, 'input')!;
    search.value = 'lut';
    await search.updateComplete;
    input.focus();
    input.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true, composed: true }));
    await search.updateComplete;
    input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true }));
    await search.updateComplete;
    const card = $(search, '[part=card]')!;
    await waitUntil(() => card.matches(':popover-open'), 'no card');
    expect($(search, '.field')!.getBoundingClientRect().left, 'the box starts left of the viewport').to.be.lessThan(0);
    expect(card.getBoundingClientRect().left, 'search card').to.be.at.least(0);
  });

  it('the dataset’s English text keeps its own direction in an RTL page (dir=auto): its full stop stays at its end', async () => {
    const el = await fixture<HTMLElement>(html`<div dir="rtl"><post-term>LUT</post-term><glossary-index no-structured-data letters="L"></glossary-index></div>`);
    const term = el.querySelector<PostTerm>('post-term')!;
    const card = await openCard(term);
    expect(getComputedStyle(card.querySelector('.definition')!).direction).to.equal('ltr');
    expect(getComputedStyle(card.querySelector('.heading')!).direction).to.equal('rtl');
    term.hide();
    const index = el.querySelector<GlossaryIndex>('glossary-index')!;
    await index.updateComplete;
    expect(getComputedStyle($(index, '#lut')!.closest('article')!.querySelector('.definition')!).direction).to.equal('ltr');
  });

  it('<glossary-index>: the letter bar runs from the right, A first', async () => {
    const index = await fixture<GlossaryIndex>(html`<glossary-index dir="rtl" no-structured-data letters="A-C"></glossary-index>`);
    const [a, b] = [...index.shadowRoot!.querySelectorAll('.letters li')].map((li) => li.getBoundingClientRect());
    expect(a.left).to.be.greaterThan(b.left);
  });
});
