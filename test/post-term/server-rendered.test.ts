import { expect, waitUntil } from '@open-wc/testing';
import '../../src/post-term.js';
import type { PostTerm } from '../../src/post-term.js';

// What Lit SSR writes for `<post-term term="lut">LUT</post-term>` and `<post-term>CDL</post-term>`
// (a declarative shadow root, with Lit's part markers): see test/consumers/lit-ssr for the real thing.
const SERVER_HTML = `<p>Graded with a <post-term term="lut"><template shadowrootmode="open"><!--lit-part x--><!--lit-node 0--><span class="trigger" part="trigger" role="button" tabindex="0" aria-expanded="false" aria-description="Look-Up Table. A mathematical transformation."><slot></slot></span><!--/lit-part--></template>LUT</post-term>
  from the <post-term><template shadowrootmode="open"><!--lit-part y--><slot></slot><!--/lit-part--></template>CDL</post-term> values.</p>`;

describe('<post-term> server-rendered (declarative shadow DOM)', () => {
  let host: HTMLDivElement;
  afterEach(() => host?.remove());

  it('takes over the server shadow root: one trigger, the author text kept, the card opens', async () => {
    host = document.createElement('div');
    host.setHTMLUnsafe(SERVER_HTML);
    const [lut, cdl] = host.querySelectorAll<PostTerm>('post-term');
    expect(lut.shadowRoot, 'the parser attached the server shadow root').to.exist;
    document.body.append(host);
    await waitUntil(() => lut.hasUpdated && cdl.hasUpdated, 'the terms did not upgrade');
    for (const [term, id] of [
      [lut, 'lut'],
      [cdl, 'cdl'],
    ] as const) {
      expect(term.entry?.id).to.equal(id);
      expect(term.shadowRoot!.querySelectorAll('[part=trigger]').length, `${id}: one trigger`).to.equal(1);
      expect(term.shadowRoot!.querySelectorAll('slot').length, `${id}: one slot`).to.equal(1);
    }
    expect(host.textContent!.replace(/\s+/g, ' ')).to.equal('Graded with a LUT from the CDL values.');
    lut.show();
    await waitUntil(() => lut.shadowRoot!.querySelector('[part=card]')?.matches(':popover-open'), 'the card did not open');
    lut.hide();
  });
});
