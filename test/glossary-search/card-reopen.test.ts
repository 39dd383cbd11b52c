import { expect, fixture, html } from '@open-wc/testing';
import { sendMouse } from '@web/test-runner-commands';
import '../../src/glossary-search.js';
import type { GlossarySearch } from '../../src/glossary-search.js';
import { $, pressKey, typeText } from '../helpers.js';

// Regression: the card's contents were kept for reuse after the card closed, so the third
// opening of the same entry showed an empty card (its nodes had gone with the second one).
it('<glossary-search>: the same card, opened and closed again and again, shows its entry each time', async () => {
  const el = await fixture<GlossarySearch>(html`<glossary-search></glossary-search>`);
  const r = $(el, 'input')!.getBoundingClientRect();
  await sendMouse({ type: 'click', position: [Math.round(r.left + 10), Math.round(r.top + r.height / 2)] });
  await typeText('luts');
  for (let n = 1; n <= 3; n++) {
    await pressKey('ArrowDown'); // issue 19.10: Enter chooses the highlighted option only
    await pressKey('Enter');
    await el.updateComplete;
    expect($(el, '[part=card] .definition')?.textContent, `opening ${n}`).to.equal(el.glossary.get('lut')!.definition);
    await pressKey('Escape');
    await el.updateComplete;
    expect($(el, '[part=card]'), `closing ${n}`).to.equal(null);
  }
});
