// <glossary-autolink> must not put a focusable <post-term> inside a control: ARIA widgets and the
// composite widgets that own them, custom controls in the tab order, editable regions, and text
// that is not prose (a <title>, SVG and MathML text). The rules live in src/core/link-rules.ts,
// shared with the build-time linker (post-glossary/html), which test/node/html.test.mjs checks.
import { expect, fixture } from '@open-wc/testing';
import '../../src/glossary-autolink.js';

/** [term id, text as written] of every <post-term>, in document order. */
const linked = (el: Element) => [...el.querySelectorAll('post-term')].map((t) => [t.getAttribute('term'), t.textContent]);

/** An article: the markup under test, then a paragraph whose LUT must be the one linked. */
async function article(markup: string) {
  const el = document.createElement('glossary-autolink');
  // Markup written by the test itself, parsed as the page's HTML would be.
  el.append(document.createRange().createContextualFragment(`${markup}<p id="prose">Prose: the LUT.</p>`));
  return fixture(el);
}

const WIDGETS: [string, string][] = [
  ['tab', '<div role="tablist" aria-label="t"><div role="tab" aria-selected="true">The LUT tab</div></div>'],
  ['tab (alone)', '<span role="tab">LUT</span>'],
  ['menuitem', '<div role="menu" aria-label="m"><div role="menuitem">Apply LUT</div></div>'],
  ['menuitemcheckbox', '<span role="menuitemcheckbox" aria-checked="false">LUT</span>'],
  ['menuitemradio', '<span role="menuitemradio" aria-checked="false">LUT</span>'],
  ['option', '<div role="listbox" aria-label="l"><div role="option" aria-selected="false">LUT</div></div>'],
  ['option (alone)', '<span role="option">LUT</span>'],
  ['checkbox', '<span role="checkbox" aria-checked="false">Use the LUT</span>'],
  ['switch', '<span role="switch" aria-checked="false">LUT on</span>'],
  ['treeitem', '<ul role="tree" aria-label="t"><li role="treeitem">LUT</li></ul>'],
  ['treeitem (alone)', '<span role="treeitem">LUT</span>'],
  ['gridcell', '<div role="grid" aria-label="g"><div role="row"><div role="gridcell">LUT</div></div></div>'],
  ['gridcell (alone)', '<span role="gridcell">LUT</span>'],
  ['combobox', '<div role="combobox" aria-expanded="false">LUT</div>'],
  ['slider', '<div role="slider" aria-valuenow="1">LUT strength</div>'],
  ['radio', '<div role="radiogroup" aria-label="r"><span role="radio" aria-checked="false">LUT</span></div>'],
  ['radio (alone)', '<span role="radio">LUT</span>'],
  ['textbox', '<div role="textbox">LUT</div>'],
  ['searchbox', '<div role="searchbox">LUT</div>'],
  ['spinbutton', '<div role="spinbutton">LUT</div>'],
  ['listbox', '<div role="listbox" aria-label="l"><p>LUT</p></div>'],
  ['menu', '<div role="menu" aria-label="m"><p>LUT</p></div>'],
  ['menubar', '<div role="menubar" aria-label="m"><p>LUT</p></div>'],
  ['tablist', '<div role="tablist" aria-label="t"><p>LUT</p></div>'],
  ['tree', '<div role="tree" aria-label="t"><p>LUT</p></div>'],
  ['treegrid', '<div role="treegrid" aria-label="t"><p>LUT</p></div>'],
  ['grid', '<div role="grid" aria-label="g"><p>LUT</p></div>'],
  ['a role among several tokens', '<span role="presentation tab">LUT</span>'],
  ['a role written in capitals', '<span role="TAB">LUT</span>'],
  ['a custom control in the tab order (tabindex="0")', '<div tabindex="0">The LUT control</div>'],
  ['a custom control with a positive tabindex', '<span tabindex="3">LUT</span>'],
  ['contenteditable', '<div contenteditable="true">An editable LUT.</div>'],
  ['contenteditable="plaintext-only"', '<div contenteditable="plaintext-only">LUT</div>'],
  ['a <title> in the body', '<p>A <title>LUT</title> element.</p>'],
  ['SVG <title> and <text>', '<svg width="10" height="10" role="img"><title>LUT</title><text x="0" y="9">LUT</text></svg>'],
  ['MathML', '<math><mi>LUT</mi></math>'],
];

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
        innerHTML:
          '<main tabindex="-1"><p>The LUT.</p></main>' +
          '<div role="tabpanel" aria-label="p"><p>A CDL.</p></div>' +
          '<div role="region" aria-label="r"><p>The DIT.</p></div>',
      }),
    );
    expect(linked(el)).to.deep.equal([
      ['lut', 'LUT'],
      ['cdl', 'CDL'],
      ['dit', 'DIT'],
    ]);
  });
});
