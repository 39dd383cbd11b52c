import { expect, fixture, html } from '@open-wc/testing';
import '../../src/post-term.js';
import type { PostTerm } from '../../src/post-term.js';
import { getBundledGlossary } from '../../src/core/bundled.js';
import { DEFAULT_VIEWPORT, itExcept, narrowerThanWebKit, pressKey, setViewport } from '../helpers.js';

const words = (s: string) => s.trim().split(/\s+/).filter(Boolean).length;

/** Why a card does not fit: anything outside the viewport, clipped by the card, or a scrollbar. */
function misfit(card: HTMLElement): string[] {
  const out: string[] = [];
  const r = card.getBoundingClientRect();
  const { clientWidth: vw, clientHeight: vh } = document.documentElement;
  if (r.left < 0 || r.top < 0 || r.right > vw || r.bottom > vh) out.push(`card ${Math.round(r.left)},${Math.round(r.top)}–${Math.round(r.right)},${Math.round(r.bottom)} outside ${vw}×${vh}`);
  if (card.scrollHeight > card.clientHeight + 1 || card.scrollWidth > card.clientWidth + 1) out.push(`scrolls: ${card.scrollHeight} in ${card.clientHeight}`);
  for (const el of card.querySelectorAll<HTMLElement>('*')) {
    const e = el.getBoundingClientRect();
    if (e.width === 0 && e.height === 0) continue;
    if (el.closest('.visually-hidden')) continue;
    if (e.top < r.top - 0.5 || e.bottom > r.bottom + 0.5 || e.left < r.left - 0.5 || e.right > r.right + 0.5) out.push(`${el.localName}.${el.className} clipped`);
  }
  return out;
}

describe('<post-term> card: short by default, the rest one step away', () => {
  after(() => setViewport(DEFAULT_VIEWPORT));

  for (const [width, height] of [
    [1280, 800],
    [375, 740],
  ]) {
    itExcept(narrowerThanWebKit(width), `every one of the 70 entries' cards fits a ${width}×${height} viewport, nothing clipped, no scrollbar`, async () => {
      await setViewport({ width, height });
      const entries = getBundledGlossary().entries;
      expect(entries).to.have.length(70);
      const wrap = await fixture<HTMLElement>(html`<p style="margin: 40vh 16px 0">Read about <post-term glossary-href="/glossary" link-base="https://studio.example/"></post-term>.</p>`);
      const term = wrap.querySelector<PostTerm>('post-term')!;
      const problems: string[] = [];
      for (const e of entries) {
        term.term = e.id;
        await term.updateComplete;
        term.show();
        await term.updateComplete;
        const card = term.shadowRoot!.querySelector<HTMLElement>('[part=card]')!;
        const definition = card.querySelector<HTMLElement>('[part=card-definition]')!;
        // The whole definition is there, verbatim; what shows is its first sentence or two.
        expect(definition.textContent, e.id).to.equal(e.definition);
        const shown = definition.innerText;
        // About 40 words; more only when the first sentence alone is longer.
        const first = /^.*?[.!?](?=\s|$)/.exec(e.definition)![0];
        if (words(shown) > 45 && shown.trim() !== first) problems.push(`${e.id}: short form of ${words(shown)} words`);
        if (shown !== e.definition && !/[.!?]["”’)]*$/.test(shown.trim())) problems.push(`${e.id}: cut mid-sentence: …${shown.slice(-30)}`);
        for (const p of misfit(card)) problems.push(`${e.id}: ${p}`);
        term.hide();
        await term.updateComplete;
      }
      expect(problems).to.deep.equal([]);
    });
  }

  it('"More" shows the rest in place, from the keyboard, and says so', async () => {
    await setViewport({ width: 1280, height: 800 });
    const wrap = await fixture<HTMLElement>(html`<p style="margin-top: 96px"><post-term>LUT</post-term></p>`);
    const term = wrap.querySelector<PostTerm>('post-term')!;
    const lut = getBundledGlossary().get('lut')!;
    term.shadowRoot!.querySelector<HTMLElement>('[part=trigger]')!.focus();
    await term.updateComplete;
    expect(term.open).to.equal(true);
    const card = term.shadowRoot!.querySelector<HTMLElement>('[part=card]')!;
    const definition = card.querySelector<HTMLElement>('[part=card-definition]')!;
    expect(words(definition.innerText)).to.be.below(words(lut.definition));
    const more = card.querySelector<HTMLButtonElement>('button.more')!;
    expect(more.getAttribute('aria-expanded')).to.equal('false');
    expect(more.textContent).to.contain('More');
    // Enter makes the preview interactive (focus on the card's heading, issue 19.11); Tab then
    // reaches "More" first: it follows the text it extends.
    await pressKey('Enter');
    await term.updateComplete;
    await pressKey('Tab');
    expect(term.shadowRoot!.activeElement === more, 'focus on More').to.equal(true);
    await pressKey('Enter');
    expect(more.getAttribute('aria-expanded')).to.equal('true');
    expect(definition.innerText.replace(/\s+/g, ' ').trim()).to.equal(lut.definition);
    expect(term.shadowRoot!.activeElement === more, 'focus stays on the button').to.equal(true);
    expect(more.textContent).to.contain('Less');
    // The card still fits the viewport (it may scroll inside now: the reader asked for the rest).
    const r = card.getBoundingClientRect();
    expect(r.bottom).to.be.at.most(document.documentElement.clientHeight);
    expect(r.top).to.be.at.least(0);
    await pressKey('Enter');
    expect(more.getAttribute('aria-expanded')).to.equal('false');
    // The accessible description of the term stays short: the expansion and the first sentence.
    const description = term.shadowRoot!.querySelector('[part=trigger]')!.getAttribute('aria-description')!;
    expect(words(description)).to.be.at.most(40);
    expect(description.startsWith('Look-Up Table. ')).to.equal(true);
    term.hide();
    await expect(wrap).to.be.accessible();
  });
});
