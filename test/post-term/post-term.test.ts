import { expect, fixture, html, oneEvent, aTimeout, waitUntil } from '@open-wc/testing';
import { sendMouse, resetMouse } from '@web/test-runner-commands';
import '../../src/post-term.js';
import type { PostTerm } from '../../src/post-term.js';
import { createGlossary } from '../../src/core/glossary.js';
import { center, click, DEFAULT_VIEWPORT, hover, inViewport, movePointer, pressKey, setViewport } from '../helpers.js';
import type { TestProvider } from '../helpers.js';

const entry = (id: string, term: string) => ({ id, term, aliases: [], letter: term[0], category: 'workflow', definition: `${term} is a studio word.`, seeAlso: [], links: [] });

const trigger = (el: PostTerm) => el.shadowRoot!.querySelector<HTMLElement>('[part=trigger]');
const card = (el: PostTerm) => el.shadowRoot!.querySelector<HTMLElement>('[part=card]');
const isOpen = (el: PostTerm) => !!card(el)?.matches(':popover-open');
/** The card fades in; axe must judge its colours, not a frame of the fade. */
const settled = (el: PostTerm) =>
  Promise.all(
    card(el)!
      .getAnimations()
      .map((a) => a.finished),
  );
const clickAt = (x: number, y: number) => click([x, y]);

afterEach(async () => {
  await resetMouse();
});

describe('<post-term>', () => {
  it('keeps the author text inline and resolves it by text, term, id or alias', async () => {
    const el = await fixture<PostTerm>(html`<p>A <post-term>LUT</post-term> and <post-term term="rec 709">HD colour</post-term></p>`);
    const [byText, byTerm] = el.querySelectorAll('post-term');
    await byTerm.updateComplete;
    expect(byText.entry?.id).to.equal('lut');
    expect(byTerm.entry?.id).to.equal('rec-709');
    expect(el.textContent).to.equal('A LUT and HD colour');
    expect(trigger(byTerm)!.getAttribute('role')).to.equal('button');
    expect(trigger(byTerm)!.tabIndex).to.equal(0);
  });

  it('gives screen readers the definition as the trigger description, without building the card', async () => {
    const el = await fixture<PostTerm>(html`<post-term>IMF</post-term>`);
    const t = trigger(el)!;
    const description = 'Interoperable Master Format. A standardized format for mastering and distributing content, increasingly replacing DCP for streaming platform delivery.';
    expect(t.getAttribute('aria-description')).to.equal(description);
    expect(t.getAttribute('aria-expanded')).to.equal('false');
    expect(card(el), 'card built before it was needed').to.equal(null);
    // The reflected ARIA property: what the browser maps to the accessible description.
    expect(t.ariaDescription).to.equal(description);
    // No hidden description element per term.
    expect(el.shadowRoot!.querySelectorAll('*').length).to.equal(2);
  });

  it('opens on hover only after the hover-intent delay', async () => {
    const el = await fixture<PostTerm>(html`<p style="padding:40px"><post-term delay="250">Foley</post-term></p>`);
    const term = el.querySelector('post-term')!;
    // When the pointer arrived, and when the card opened: page times, free of driver latency.
    const entered = oneEvent(trigger(term)!, 'pointerover');
    const opened = oneEvent(term, 'post-term-open');
    await hover(trigger(term)!);
    const waited = (await opened).timeStamp - (await entered).timeStamp;
    expect(waited, 'opened before the delay').to.be.at.least(240);
    expect(isOpen(term)).to.equal(true);
    expect(trigger(term)!.getAttribute('aria-expanded')).to.equal('true');
  });

  it('stays open while the pointer travels into the card, and closes after leaving both', async () => {
    const el = await fixture<PostTerm>(html`<p style="padding:40px"><post-term delay="0">Conform</post-term></p>`);
    const term = el.querySelector('post-term')!;
    const opened = oneEvent(term, 'post-term-open');
    await hover(trigger(term)!);
    await opened;
    const t = trigger(term)!.getBoundingClientRect();
    const c = card(term)!.getBoundingClientRect();
    // Through the gap between term and card, then onto the card text.
    await movePointer([
      [t.left + 5, t.bottom + 3],
      [c.left + 20, c.top + 30],
    ]);
    await aTimeout(400); // a deliberate duration: longer than the 200 ms grace, the card must outlast it
    expect(isOpen(term), 'closed while hovering the card').to.equal(true);
    const closed = oneEvent(term, 'post-term-close');
    await sendMouse({ type: 'move', position: [5, innerHeight - 5] });
    await closed;
    expect(isOpen(term)).to.equal(false);
  });

  // Issue 19.11 changed this on purpose: focus shows a preview with no Tab stops; Enter moves into the card.
  it('opens on keyboard focus, Enter moves into it and Tab reaches the card links, and Esc closes without moving focus', async () => {
    const el = await fixture<HTMLElement>(html`<div>
      <button id="before">before</button>
      <post-term glossary-href="/glossary">Aspera</post-term>
      <button id="after">after</button>
    </div>`);
    const term = el.querySelector('post-term')!;
    el.querySelector<HTMLButtonElement>('#before')!.focus();
    await pressKey('Tab');
    await waitUntil(() => isOpen(term), 'focus did not open the card');
    expect(term.shadowRoot!.activeElement).to.equal(trigger(term));
    await pressKey('Enter');
    await term.updateComplete;
    // The definition's "More" button, then the see-also buttons, then the links.
    await pressKey('Tab');
    expect(term.shadowRoot!.activeElement?.getAttribute('part')).to.equal('card-more');
    await pressKey('Tab');
    expect(term.shadowRoot!.activeElement?.textContent).to.equal('MASV');
    await pressKey('Tab');
    await pressKey('Tab');
    const link = term.shadowRoot!.activeElement as HTMLAnchorElement;
    expect(link.tagName).to.equal('A');
    expect(new URL(link.href).pathname + new URL(link.href).hash).to.equal('/glossary#aspera');
    await pressKey('Tab', { modifiers: ['Shift'], times: 4 });
    expect(term.shadowRoot!.activeElement).to.equal(trigger(term));
    await pressKey('Escape');
    expect(isOpen(term)).to.equal(false);
    expect(document.activeElement).to.equal(term);
    expect(term.shadowRoot!.activeElement).to.equal(trigger(term));
    // Tabbing past the term and its (closed) card lands on the next control.
    await pressKey('Tab');
    expect(document.activeElement!.id).to.equal('after');
  });

  it('Esc with focus inside the card closes it and gives focus back to the term', async () => {
    const term = await fixture<PostTerm>(html`<post-term>Aspera</post-term>`);
    trigger(term)!.focus();
    await waitUntil(() => isOpen(term));
    await pressKey('Enter'); // (issue 19.11: focus alone shows a preview)
    await term.updateComplete;
    await pressKey('Tab');
    expect(term.shadowRoot!.activeElement?.getAttribute('part')).to.equal('card-more');
    await pressKey('Escape');
    expect(isOpen(term)).to.equal(false);
    expect(term.shadowRoot!.activeElement).to.equal(trigger(term));
  });

  it('a click or tap toggles it; an outside click closes it', async () => {
    const el = await fixture<HTMLElement>(html`<p style="padding:40px 40px 400px"><post-term delay="5000">Dailies</post-term> text</p>`);
    const term = el.querySelector('post-term')!;
    const [x, y] = center(trigger(term)!);
    await clickAt(x, y);
    await waitUntil(() => isOpen(term), 'click did not open');
    await clickAt(x, y);
    await waitUntil(() => !isOpen(term), 'second click did not close');
    await clickAt(x, y);
    await waitUntil(() => isOpen(term));
    // Moving away does not close a card opened by a click.
    await sendMouse({ type: 'move', position: [x + 300, y + 300] });
    await aTimeout(300);
    expect(isOpen(term)).to.equal(true);
    await clickAt(innerWidth - 5, innerHeight - 5);
    await waitUntil(() => !isOpen(term), 'outside click did not close');
  });

  it('works for touch: no hover needed, a tap toggles', async () => {
    const term = await fixture<PostTerm>(html`<post-term delay="0">Proxy</post-term>`);
    const t = trigger(term)!;
    // Positive signals instead of pauses: a twin term gets the same events from a mouse, after the
    // touch ones; once it has reacted, the touch term has had as long to react.
    const twin = await fixture<PostTerm>(html`<post-term delay="0">Proxy</post-term>`);
    const mouse = (type: string) => trigger(twin)!.dispatchEvent(new PointerEvent(type, { pointerType: 'mouse', bubbles: true, composed: true }));
    // A touch pointer "entering" must not start the hover timer.
    t.dispatchEvent(new PointerEvent('pointerover', { pointerType: 'touch', bubbles: true, composed: true }));
    let twinOpened = oneEvent(twin, 'post-term-open');
    mouse('pointerover');
    await twinOpened;
    expect(term.open).to.equal(false);
    t.dispatchEvent(new PointerEvent('pointerdown', { pointerType: 'touch', bubbles: true, composed: true }));
    t.click();
    await waitUntil(() => isOpen(term));
    twinOpened = oneEvent(twin, 'post-term-open');
    mouse('pointerover');
    await twinOpened;
    t.dispatchEvent(new PointerEvent('pointerout', { pointerType: 'touch', bubbles: true, composed: true }));
    const twinClosed = oneEvent(twin, 'post-term-close');
    mouse('pointerout'); // a mouse leaving closes after the grace period
    await twinClosed;
    expect(isOpen(term), 'touch leave closed it').to.equal(true);
    t.click();
    await waitUntil(() => !isOpen(term));
  });

  it('see-also shows the related term in place, with a way back', async () => {
    const term = await fixture<PostTerm>(html`<post-term>HDR10</post-term>`);
    term.show();
    await waitUntil(() => isOpen(term));
    const chip = [...term.shadowRoot!.querySelectorAll<HTMLButtonElement>('.chip')].find((b) => b.textContent === 'Dolby Vision')!;
    chip.click();
    await term.updateComplete;
    expect(card(term)!.querySelector('.term')!.textContent).to.equal('Dolby Vision');
    expect(term.shadowRoot!.activeElement?.textContent).to.equal('Dolby Vision');
    expect(isOpen(term)).to.equal(true);
    term.shadowRoot!.querySelector<HTMLButtonElement>('.back')!.click();
    await term.updateComplete;
    expect(card(term)!.querySelector('.term')!.textContent).to.equal('HDR10');
  });

  it('shows learn-more links only with a link base, and never a javascript: link', async () => {
    const term = await fixture<PostTerm>(html`<post-term>ACES</post-term>`);
    term.show();
    await waitUntil(() => isOpen(term));
    expect(card(term)!.querySelectorAll('a')).to.have.length(0);
    term.linkBase = 'https://studio.example/';
    await term.updateComplete;
    const a = card(term)!.querySelector('a')!;
    expect(a.textContent).to.equal('Learn more about color workflows in Korea');
    expect(a.href).to.equal('https://studio.example/guides/color-workflows-korea');
    term.linkBase = 'javascript:alert(1)//';
    await term.updateComplete;
    for (const link of card(term)!.querySelectorAll('a')) expect(link.protocol).to.match(/^https?:$/);
  });

  it('opens from the open attribute or property, and reflects it', async () => {
    const term = await fixture<PostTerm>(html`<post-term open>Nuke</post-term>`);
    await waitUntil(() => isOpen(term), 'open attribute did not show the card');
    expect(card(term)!.querySelector('.term')!.textContent).to.equal('Nuke');
    term.open = false;
    await term.updateComplete;
    expect(isOpen(term)).to.equal(false);
    expect(term.hasAttribute('open')).to.equal(false);
    term.open = true;
    await term.updateComplete;
    expect(isOpen(term)).to.equal(true);
    expect(trigger(term)!.getAttribute('aria-expanded')).to.equal('true');
  });

  it("uses a provider's glossary and links, and re-resolves when it changes", async () => {
    const wrap = await fixture<TestProvider>(html`<test-provider><post-term>Slate check</post-term></test-provider>`);
    wrap.provider.setValue({ glossary: createGlossary([entry('slate-check', 'Slate check')]), glossaryHref: '/studio-words' });
    const term = wrap.querySelector('post-term')!;
    await waitUntil(() => term.entry?.id === 'slate-check', 'the provider glossary was not used');
    term.show();
    await waitUntil(() => isOpen(term));
    expect(new URL(card(term)!.querySelector('a')!.href).pathname).to.equal('/studio-words');
    const closed = oneEvent(term, 'post-term-close');
    const missing = oneEvent(term, 'post-term-missing');
    wrap.provider.setValue({ glossary: createGlossary([entry('other', 'Other')]) });
    await closed;
    await missing;
    expect(term.entry).to.equal(undefined);
    expect(trigger(term)).to.equal(null);
    expect(term.textContent).to.equal('Slate check');
  });

  it('fires post-term-open and post-term-close with the id', async () => {
    const term = await fixture<PostTerm>(html`<post-term>look-up tables</post-term>`);
    setTimeout(() => term.show());
    const opened = await oneEvent(term, 'post-term-open');
    expect(opened.detail).to.deep.equal({ id: 'lut' });
    expect(opened.bubbles && opened.composed).to.equal(true);
    setTimeout(() => term.hide());
    const closed = await oneEvent(term, 'post-term-close');
    expect(closed.detail).to.deep.equal({ id: 'lut' });
  });

  it('renders an unknown term as plain text, warns once per term, and fires post-term-missing', async () => {
    const warnings: string[] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
    try {
      const p = await fixture<HTMLElement>(html`<p>
        <post-term @post-term-missing=${(e: Event) => ((e.target as HTMLElement).dataset.missing = (e as CustomEvent).detail.term)}>gaffer tape</post-term>
        and more <post-term>gaffer tape</post-term>
      </p>`);
      const [a, b] = p.querySelectorAll('post-term');
      await waitUntil(() => a.dataset.missing);
      expect(a.dataset.missing).to.equal('gaffer tape');
      expect(trigger(a)).to.equal(null);
      expect(a.shadowRoot!.querySelector('[tabindex]')).to.equal(null);
      expect(getComputedStyle(a).textDecorationLine).to.equal('none');
      expect(p.textContent!.replace(/\s+/g, ' ').trim()).to.equal('gaffer tape and more gaffer tape');
      await b.updateComplete;
      expect(warnings.filter((w) => w.includes('gaffer tape'))).to.have.length(1);
    } finally {
      console.warn = warn;
    }
  });

  it('an empty tag renders nothing and throws nothing', async () => {
    const term = await fixture<PostTerm>(html`<post-term></post-term>`);
    expect(trigger(term)).to.equal(null);
    term.show();
    await term.updateComplete;
    expect(term.open).to.equal(false);
  });

  it('follows a change of text or of the term attribute', async () => {
    const term = await fixture<PostTerm>(html`<post-term>LUT</post-term>`);
    term.textContent = 'Foley';
    await waitUntil(() => term.entry?.id === 'foley');
    // A framework may edit the text node in place (no slotchange for that).
    (term.firstChild as Text).data = 'Dailies';
    await waitUntil(() => term.entry?.id === 'dailies');
    expect(trigger(term)!.getAttribute('aria-description')).to.match(/^Processed footage from each day of shooting/);
    term.term = 'nuke';
    await term.updateComplete;
    expect(term.entry?.id).to.equal('nuke');
  });

  it('is not clipped by an overflow: hidden, transformed parent', async () => {
    const el = await fixture<HTMLElement>(html`<div style="overflow:hidden;height:40px;width:200px;transform:translateX(10px);position:relative">
      <post-term>Rotoscoping</post-term>
    </div>`);
    const term = el.querySelector('post-term')!;
    term.show();
    await waitUntil(() => isOpen(term));
    const c = card(term)!.getBoundingClientRect();
    expect(c.height).to.be.greaterThan(100);
    expect(inViewport(c)).to.equal(true);
    const [x, y] = center(c);
    expect(term.shadowRoot!.elementFromPoint(x, y + c.height / 3)?.closest('[part=card]')).to.equal(card(term));
  });

  it('flips above near the bottom edge and shifts left near the right edge', async () => {
    await setViewport(DEFAULT_VIEWPORT);
    const el = await fixture<HTMLElement>(html`<div style="position:fixed;right:4px;bottom:4px"><post-term>Signiant</post-term></div>`);
    const term = el.querySelector('post-term')!;
    term.show();
    await waitUntil(() => isOpen(term));
    const t = trigger(term)!.getBoundingClientRect();
    const c = card(term)!.getBoundingClientRect();
    expect(c.bottom).to.be.at.most(t.top);
    expect(inViewport(c)).to.equal(true);
    term.hide();
  });

  it('never covers its term: in a short viewport it takes the roomier side and scrolls inside', async () => {
    await setViewport({ width: 800, height: 320 });
    const el = await fixture<HTMLElement>(html`<div style="position:fixed;left:40px;top:110px"><post-term>DaVinci Resolve</post-term></div>`);
    const term = el.querySelector('post-term')!;
    term.show();
    await waitUntil(() => isOpen(term));
    const t = trigger(term)!.getBoundingClientRect();
    const c = card(term)!.getBoundingClientRect();
    expect(c.top >= t.bottom || c.bottom <= t.top, 'the card overlaps the term').to.equal(true);
    expect(c.top).to.be.at.least(0);
    expect(c.bottom).to.be.at.most(320);
    expect(card(term)!.scrollHeight).to.be.greaterThan(card(term)!.clientHeight);
    term.hide();
    await setViewport(DEFAULT_VIEWPORT);
  });

  it('is axe-clean closed and open', async () => {
    const el = await fixture<HTMLElement>(html`<p>Graded in <post-term glossary-href="/glossary" link-base="/">Color Grading</post-term> today.</p>`);
    await expect(el).to.be.accessible();
    const term = el.querySelector('post-term')!;
    term.show();
    await waitUntil(() => isOpen(term));
    await settled(term);
    await expect(el).to.be.accessible();
  });
});
