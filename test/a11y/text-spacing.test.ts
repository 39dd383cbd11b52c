import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendMouse } from '@web/test-runner-commands';
import { typeText } from '../helpers.js';
import '../../src/index.js';
import type { PostTerm, GlossarySearch, GlossaryIndex } from '../../src/index.js';

// WCAG 1.4.12: a reader's text-spacing stylesheet (these are the success criterion's values) sets
// them on the page; inside shadow DOM only what is inherited arrives, so the elements must not
// reset it. Nothing may be cut off with it applied.
const SPACING = `body { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; } p { margin-bottom: 2em !important; }`;

const $ = <T extends HTMLElement = HTMLElement>(el: Element, sel: string) => el.shadowRoot!.querySelector<T>(sel)!;
const $$ = (el: Element, sel: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(sel)];

describe('text spacing reaches every element (issue 19.9)', () => {
  let sheet: HTMLStyleElement;
  let want: { letter: string; word: string };
  beforeEach(() => {
    sheet = document.createElement('style');
    sheet.textContent = SPACING;
    document.head.append(sheet);
    const b = getComputedStyle(document.body);
    want = { letter: b.letterSpacing, word: b.wordSpacing };
    expect(parseFloat(want.letter)).to.be.greaterThan(1);
  });
  afterEach(() => sheet.remove());

  const spaced = (node: Element, what: string) => {
    const s = getComputedStyle(node);
    expect(s.letterSpacing, `${what}: letter-spacing`).to.equal(want.letter);
    expect(s.wordSpacing, `${what}: word-spacing`).to.equal(want.word);
  };
  const whole = (node: HTMLElement, what: string) => expect(node.scrollWidth, `${what} is cut off`).to.be.at.most(node.clientWidth + 1);

  it('<post-term> card', async () => {
    const term = await fixture<PostTerm>(html`<post-term glossary-href="/g">HDR10</post-term>`);
    term.show();
    await waitUntil(() => $(term, '[part=card]')?.matches(':popover-open'));
    const card = $(term, '[part=card]');
    spaced(card.querySelector('[part=card-definition]')!, 'definition');
    spaced(card.querySelector('.chip')!, 'see-also');
    whole(card, 'the card');
    term.hide();
  });

  it('<glossary-index>', async () => {
    const index = await fixture<GlossaryIndex>(html`<glossary-index no-structured-data></glossary-index>`);
    await index.updateComplete;
    spaced($(index, '[part=definition]'), 'definition');
    spaced($(index, '.letters a'), 'letter');
    for (const b of $$(index, '[part=filters] button')) whole(b, b.textContent!.trim());
    for (const a of $$(index, '.letters a')) whole(a, `letter ${a.textContent}`);
  });

  it('<glossary-search> box and options', async () => {
    const el = await fixture<GlossarySearch>(html`<glossary-search></glossary-search>`);
    const input = $<HTMLInputElement>(el, 'input');
    const r = input.getBoundingClientRect();
    await sendMouse({ type: 'click', position: [Math.round(r.left + 10), Math.round(r.top + r.height / 2)] });
    await typeText('dolby');
    await el.updateComplete;
    spaced(input, 'input');
    const options = $$(el, '[role=option]');
    spaced(options[0], 'option');
    for (const o of options) whole(o, o.textContent!.trim().slice(0, 20));
  });
});
