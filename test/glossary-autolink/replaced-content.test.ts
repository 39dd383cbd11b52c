import { expect, fixture, html, aTimeout } from '@open-wc/testing';
import '../../src/glossary-autolink.js';
import type { GlossaryAutolink } from '../../src/glossary-autolink.js';

/** MutationObserver callbacks run as microtasks; one macrotask later they are all done. */
const mutationsSettled = () => aTimeout(0);

/** An article of `paragraphs` paragraphs, each mentioning a few bundled terms. */
function article(route: number, paragraphs = 20): HTMLElement {
  const a = document.createElement('article');
  for (let i = 0; i < paragraphs; i++) {
    const p = document.createElement('p');
    p.textContent = `Route ${route}, part ${i}: the LUT went to the DIT before the conform, and the IMF package after the color grading.`;
    a.append(p);
  }
  return a;
}

/** The terms in an article and its text, to compare before and after. */
const markup = (el: Element) => `${el.querySelectorAll('post-term').length} terms: ${el.textContent!.slice(0, 40)}…`;

describe('<glossary-autolink>: content the page replaces (an SPA changing routes)', () => {
  it('lets go of an article once the page has removed it: relinking later leaves the old article alone', async () => {
    const el = await fixture<GlossaryAutolink>(html`<glossary-autolink></glossary-autolink>`);
    const removed: HTMLElement[] = [];
    for (let route = 0; route < 30; route++) {
      const a = article(route);
      el.replaceChildren(a);
      await mutationsSettled();
      expect(a.querySelectorAll('post-term').length, `route ${route} linked`).to.be.greaterThan(0);
      if (route < 29) removed.push(a);
    }
    // What the old routes looked like when the page took them away (an SPA may keep them to put back).
    const before = removed.map(markup);
    // Settings change: the autolink links its content again from scratch.
    el.all = true;
    await el.updateComplete;
    await mutationsSettled();
    expect(removed.map(markup)).to.deep.equal(before);
    // The current article is linked again with the new setting: every mention.
    expect(el.querySelectorAll('post-term').length).to.equal(20 * 5);
    // And unlink() restores the current article only.
    el.unlink();
    expect(el.querySelectorAll('post-term').length).to.equal(0);
    expect(removed.map(markup)).to.deep.equal(before);
  });

  it('a removed article put back is linked like new content, and unlink() still restores it', async () => {
    const el = await fixture<GlossaryAutolink>(html`<glossary-autolink></glossary-autolink>`);
    const first = article(0, 2);
    const text = first.textContent;
    el.replaceChildren(first);
    await mutationsSettled();
    el.replaceChildren(article(1, 2));
    await mutationsSettled();
    el.replaceChildren(first);
    await mutationsSettled();
    expect(first.querySelectorAll('post-term').length).to.be.greaterThan(0);
    expect(first.textContent).to.equal(text);
    el.unlink();
    expect(el.querySelectorAll('post-term').length).to.equal(0);
    expect(first.textContent).to.equal(text);
  });
});
