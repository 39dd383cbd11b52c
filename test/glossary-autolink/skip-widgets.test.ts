// <glossary-autolink> must not put a focusable <post-term> inside a control: ARIA widgets and the
// composite widgets that own them, custom controls in the tab order, editable regions, and text
// that is not prose (a <title>, SVG and MathML text). The rules live in src/core/link-rules.ts,
// shared with the build-time linker (post-glossary/html), which test/node/html.test.mjs checks.
import { expect, fixture } from '@open-wc/testing';
import '../../src/glossary-autolink.js';
import NEVER_LINKED from '../fixtures/never-linked.json';

/** [term id, text as written] of every <post-term>, in document order. */
const linked = (el: Element) => [...el.querySelectorAll('post-term')].map((t) => [t.getAttribute('term'), t.textContent]);

/** An article: the markup under test, then a paragraph whose LUT must be the one linked. */
async function article(markup: string) {
  const el = document.createElement('glossary-autolink');
  // Markup written by the test itself, parsed as the page's HTML would be.
  el.append(document.createRange().createContextualFragment(`${markup}<p id="prose">Prose: the LUT.</p>`));
  return fixture(el);
}

// Shared with the build-time linker's test (test/node/html.test.mjs): the same cases, the same result.
const WIDGETS = NEVER_LINKED as [string, string][];

describe('<glossary-autolink>: never links inside ARIA widgets, custom controls, editable regions, <title>, SVG or MathML', () => {
  for (const [what, markup] of WIDGETS) {
    it(`skips ${what}`, async () => {
      const el = await article(markup);
      expect(linked(el), markup).to.deep.equal([['lut', 'LUT']]);
      expect(el.querySelector('#prose post-term'), 'the LUT in the prose after it is the one linked').to.exist;
    });
  }

  it('links prose in regions that are focus targets (tabindex="-1"), tab panels and dialogs', async () => {
    // An SPA moves focus to its <main tabindex="-1"> on a route change; a skip link targets it.
    const el = await fixture(
      Object.assign(document.createElement('glossary-autolink'), {
        innerHTML: '<main tabindex="-1"><p>The LUT.</p></main>' + '<div role="tabpanel" aria-label="p"><p>A CDL.</p></div>' + '<div role="region" aria-label="r"><p>The DIT.</p></div>',
      }),
    );
    expect(linked(el)).to.deep.equal([
      ['lut', 'LUT'],
      ['cdl', 'CDL'],
      ['dit', 'DIT'],
    ]);
  });
});
