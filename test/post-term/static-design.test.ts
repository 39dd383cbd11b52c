// What <post-term> does to stay cheap on a page of a thousand terms, checked as behaviour: the card
// built without lit-html calls back and keeps data as text, the inline style reaches every term (also in
// other shadow roots) and yields to the page's own rules, and context requests stay few.
import { expect, fixture, html } from '@open-wc/testing';

import { ContextProvider } from '@lit/context';
import { createGlossary } from '../../src/core/glossary.js';
import '../../src/post-term.js';
import type { PostTerm } from '../../src/post-term.js';
import { glossaryContext } from '../../src/context.js';
import { getBundledGlossary } from '../../src/core/bundled.js';
import { buildDefinitionCard } from '../../src/internal/definition-card.js';
import { pressKey } from '../helpers.js';

const trigger = (el: PostTerm) => el.shadowRoot!.querySelector<HTMLElement>('[part=trigger]')!;
describe('the definition card (DOM-built, text only)', () => {
  const g = getBundledGlossary();

  it('calls back from its see-also and back buttons', () => {
    const entry = g.get('lut')!;
    const calls: string[] = [];
    const dom = document.createElement('div');
    dom.append(buildDefinitionCard(entry, { headingId: 'h', related: g.related(entry), onSeeAlso: (id) => calls.push(id), previous: g.get('aces'), onBack: () => calls.push('back') }));
    dom.querySelector<HTMLButtonElement>('.chip')!.click();
    dom.querySelector<HTMLButtonElement>('.back')!.click();
    expect(calls).to.deep.equal([entry.seeAlso[0], 'back']);
  });

  it('never turns entry text into markup', () => {
    const entry = { ...g.get('lut')!, term: '<img src=x onerror=alert(1)>', definition: '<b>bold</b>' };
    const dom = document.createElement('div');
    dom.append(buildDefinitionCard(entry, { headingId: 'h', related: [], onSeeAlso: () => {} }));
    expect(dom.querySelector('img, b')).to.equal(null);
    expect(dom.querySelector('.term')!.textContent).to.equal('<img src=x onerror=alert(1)>');
  });
});

describe('<post-term> inline style', () => {
  it('underlines the term, dotted, and a page rule on ::part(trigger) wins over it', async () => {
    const wrap = await fixture<HTMLElement>(html`<div>
      <style>
        .themed post-term::part(trigger) {
          text-decoration-style: wavy;
        }
      </style>
      <p class="plain"><post-term>LUT</post-term></p>
      <p class="themed"><post-term>LUT</post-term></p>
      <p style="--post-glossary-underline: dashed"><post-term>LUT</post-term></p>
    </div>`);
    const [plain, themed, custom] = [...wrap.querySelectorAll('post-term')] as PostTerm[];
    await Promise.all([plain, themed, custom].map((t) => t.updateComplete));
    const style = (t: PostTerm) => getComputedStyle(trigger(t));
    expect(style(plain).textDecorationLine).to.equal('underline');
    expect(style(plain).textDecorationStyle).to.equal('dotted');
    expect(style(plain).cursor).to.equal('help');
    expect(style(themed).textDecorationStyle).to.equal('wavy');
    expect(style(custom).textDecorationStyle).to.equal('dashed');
    // Open: solid, as on hover.
    plain.show();
    await plain.updateComplete;
    expect(style(plain).textDecorationStyle).to.equal('solid');
    plain.hide();
  });

  it("is underlined inside another component's shadow root too, where that component's ::part rules win", async () => {
    const host = await fixture<HTMLElement>(html`<div></div>`);
    const root = host.attachShadow({ mode: 'open' });
    const own = new CSSStyleSheet();
    own.replaceSync('.themed post-term::part(trigger) { text-decoration-style: double; }');
    root.adoptedStyleSheets = [own];
    const plain = Object.assign(document.createElement('post-term'), { textContent: 'Dailies' }) as PostTerm;
    const themed = Object.assign(document.createElement('post-term'), { textContent: 'Dailies' }) as PostTerm;
    const p = document.createElement('p');
    p.className = 'themed';
    p.append(themed);
    root.append(plain, p);
    await Promise.all([plain.updateComplete, themed.updateComplete]);
    expect(getComputedStyle(trigger(plain)).textDecorationLine).to.equal('underline');
    expect(getComputedStyle(trigger(plain)).textDecorationStyle).to.equal('dotted');
    expect(getComputedStyle(trigger(themed)).textDecorationStyle).to.equal('double');
    expect(root.adoptedStyleSheets[0], "the component's own sheet is kept, first").to.equal(own);
  });

  it('is underlined when registered under another tag name', async () => {
    const Ctor = customElements.get('post-term') as unknown as { new (): PostTerm };
    customElements.define('studio-term', class extends Ctor {} as unknown as CustomElementConstructor);
    const term = await fixture<PostTerm>(html`<studio-term>Foley</studio-term>`);
    expect(getComputedStyle(trigger(term)).textDecorationLine).to.equal('underline');
    expect(getComputedStyle(trigger(term)).textDecorationStyle).to.equal('dotted');
  });

  it('comes back when the page replaces document.adoptedStyleSheets', async () => {
    document.adoptedStyleSheets = [];
    const term = await fixture<PostTerm>(html`<post-term>Foley</post-term>`);
    expect(getComputedStyle(trigger(term)).textDecorationLine).to.equal('underline');
  });

  it('comes back for terms already on the page when a reader reaches one (focus ring included)', async () => {
    const term = await fixture<PostTerm>(html`<post-term>Foley</post-term>`);
    document.adoptedStyleSheets = [];
    expect(getComputedStyle(trigger(term)).textDecorationLine, 'the page dropped the sheet').to.equal('none');
    await pressKey('Tab');
    expect(term.shadowRoot!.activeElement).to.equal(trigger(term));
    expect(getComputedStyle(trigger(term)).textDecorationLine).to.equal('underline');
    expect(getComputedStyle(trigger(term)).outlineStyle).to.equal('solid');
    term.hide();
  });
});

/** A bare provider that never announces itself (no `context-provider` event). */
class QuietProvider extends HTMLElement {
  provider = new ContextProvider(this, { context: glossaryContext });
}
customElements.define('quiet-provider', QuietProvider);

describe('<post-term> context requests', () => {
  const count = async (fn: () => void | Promise<void>) => {
    let n = 0;
    const listener = (e: Event) => {
      if ((e as Event & { context?: unknown }).context === glossaryContext) n++;
    };
    document.addEventListener('context-request', listener);
    try {
      await fn();
    } finally {
      document.removeEventListener('context-request', listener);
    }
    return n;
  };

  it('asks once for a paragraph of terms, on a page without a provider', async () => {
    const p = document.createElement('p');
    for (let i = 0; i < 50; i++) p.append(Object.assign(document.createElement('post-term'), { textContent: 'LUT' }), ' ');
    const asked = await count(() => {
      document.body.append(p);
    });
    expect(asked).to.equal(1);
    expect((p.firstChild as PostTerm).entry?.id).to.equal('lut');
    p.remove();
  });

  it('asks again, when a provider connects, only for the terms still on the page (once per paragraph)', async () => {
    const kept = await fixture<HTMLElement>(html`<div><p><post-term>LUT</post-term></p><p><post-term>ACES</post-term> and <post-term>DIT</post-term></p></div>`);
    const removed = await fixture<HTMLElement>(html`<section><post-term>Foley</post-term></section>`);
    removed.remove();
    const asked = await count(() => {
      // What @lit/context's ContextProvider dispatches when it connects.
      const announce = new Event('context-provider', { bubbles: true, composed: true });
      document.body.dispatchEvent(Object.assign(announce, { context: glossaryContext, contextTarget: document.body }));
    });
    expect(asked, 'once per paragraph of connected terms, not for the removed one').to.equal(2);
    kept.remove();
  });

  it('siblings slotted under different providers each get their own answer', async () => {
    // <slot-host>'s shadow root puts slot "a" inside a provider and slot "b" outside any.
    class SlotHost extends HTMLElement {
      constructor() {
        super();
        const root = this.attachShadow({ mode: 'open' });
        const provider = document.createElement('quiet-provider') as QuietProvider;
        provider.provider.setValue({ glossary: createGlossary([{ id: 'grip', term: 'Grip', category: 'industry', definition: 'Rigging crew.' }]) });
        provider.append(Object.assign(document.createElement('slot'), { name: 'a' }));
        root.append(Object.assign(document.createElement('slot'), { name: 'b' }), provider);
      }
    }
    customElements.define('slot-host', SlotHost);
    const host = await fixture<HTMLElement>(html`<slot-host><post-term slot="b">Grip</post-term><post-term slot="a">Grip</post-term></slot-host>`);
    const [outside, inside] = [...host.querySelectorAll('post-term')] as PostTerm[];
    await Promise.all([outside.updateComplete, inside.updateComplete]);
    expect(outside.entry, 'the bundled set has no "grip"').to.equal(undefined);
    expect(inside.entry?.id).to.equal('grip');
  });

  it('terms sharing a request all follow the provider, also after the one that asked leaves', async () => {
    const grip = { id: 'grip', term: 'Grip', category: 'industry', definition: 'Rigging crew.' };
    const gaffer = { id: 'gaffer', term: 'Gaffer', category: 'industry', definition: 'Chief lighting technician.' };
    const wrap = await fixture<QuietProvider>(html`<quiet-provider><p><post-term>Grip</post-term> <post-term>Grip</post-term> <post-term>Gaffer</post-term></p></quiet-provider>`);
    const terms = [...wrap.querySelectorAll('post-term')] as PostTerm[];
    const subscriptions = () => (wrap.provider as unknown as { subscriptions: Map<unknown, unknown> }).subscriptions.size;
    const settle = () => Promise.all(terms.map((t) => t.updateComplete));
    wrap.provider.setValue({ glossary: createGlossary([grip]) });
    await settle();
    expect(terms.map((t) => t.entry?.id)).to.deep.equal(['grip', 'grip', undefined]);
    expect(subscriptions(), 'one subscription for the paragraph').to.equal(1);
    terms[0].remove();
    wrap.provider.setValue({ glossary: createGlossary([grip, gaffer]) });
    await settle();
    expect(terms.slice(1).map((t) => t.entry?.id)).to.deep.equal(['grip', 'gaffer']);
    expect(subscriptions()).to.equal(1);
    terms[1].remove();
    terms[2].remove();
    expect(subscriptions(), 'nothing kept once every term left').to.equal(0);
  });

  it('a paragraph moved under a provider in the same task follows that provider', async () => {
    const wrap = await fixture<QuietProvider>(html`<quiet-provider></quiet-provider>`);
    wrap.provider.setValue({ glossary: createGlossary([{ id: 'grip', term: 'Grip', category: 'industry', definition: 'Rigging crew.' }]) });
    const p = document.createElement('p');
    p.append(Object.assign(document.createElement('post-term'), { textContent: 'Grip' }));
    document.body.append(p);
    wrap.append(p);
    p.append(Object.assign(document.createElement('post-term'), { textContent: 'Grip' }));
    const terms = [...p.querySelectorAll('post-term')] as PostTerm[];
    await Promise.all(terms.map((t) => t.updateComplete));
    expect(terms.map((t) => t.entry?.id)).to.deep.equal(['grip', 'grip']);
  });
});
