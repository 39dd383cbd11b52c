import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { keepTabInPage, pressKey } from '../helpers.js';
import '../../src/post-term.js';
import '../../src/glossary-preferences.js';
import '../../src/glossary-search.js';
import { glossaryPreferences, type PostTerm, type PostGlossaryPreferencesDetail } from '../../src/post-term.js';
import type { GlossarySearch } from '../../src/glossary-search.js';
import { card, clearStorage, isOpen, laterPage, link, previewsButton, resetReader, trigger } from './helpers.js';

const PREVIEWS_KEY = 'post-glossary:previews';
const abs = (path: string) => new URL(path, location.href).href;

beforeEach(resetReader);
afterEach(resetReader);

/** Tabs from the focused element until `target` has focus (at most `max` presses). */
async function tabTo(target: () => Element | null | undefined, max = 12) {
  for (let i = 0; i < max; i++) {
    const t = target();
    if (t && (t.getRootNode() as ShadowRoot).activeElement === t) return;
    await pressKey('Tab');
  }
  throw new Error('not reachable with Tab');
}

describe('reader controls: "Don\'t show previews"', () => {
  it('is a keyboard-reachable button in the card; Enter turns previews off on the page and the card offers to undo', async () => {
    const page = await fixture<HTMLElement>(html`<div>
      <p><post-term id="a" glossary-href="/glossary">LUT</post-term>, <post-term id="b" glossary-href="/glossary">CDL</post-term> and <post-term id="c">IMF</post-term>.</p>
    </div>`);
    const [a, b, c] = page.querySelectorAll<PostTerm>('post-term');
    const stop = keepTabInPage();
    trigger(a)!.focus();
    // Keyboard only: Enter on the term makes its card interactive (focus goes in), and Tab reaches
    // the control (the card's last stop).
    await pressKey('Enter');
    await waitUntil(() => isOpen(a), 'the card did not open');
    await tabTo(() => previewsButton(card(a)!));
    const control = previewsButton(card(a)!)!;
    expect(control.textContent).to.equal("Don't show previews");
    const changed = oneEvent(a, 'post-glossary-preferences');
    await pressKey('Enter');
    const e = (await changed) as CustomEvent<PostGlossaryPreferencesDetail>;
    expect(e.detail).to.deep.equal({ previews: false });
    expect(e.bubbles && e.composed).to.equal(true);
    expect(glossaryPreferences.previews).to.equal(false);
    // The card stays, saying so, with the way back focused: undo is one key away.
    await a.updateComplete;
    expect(isOpen(a)).to.equal(true);
    const undo = previewsButton(card(a)!)!;
    expect(undo.textContent).to.equal('Show previews');
    expect(card(a)!.textContent).to.contain('Previews are off on this site.');
    // A screen reader, on the focused button, hears why it is there.
    expect(a.shadowRoot!.getElementById(undo.getAttribute('aria-describedby')!)?.textContent).to.equal('Previews are off on this site.');
    expect(a.shadowRoot!.activeElement === undo, 'focus').to.equal(true);
    // The other terms are links to their glossary entry (or plain text without glossary-href).
    await b.updateComplete;
    expect(trigger(b) === null, 'trigger(b)').to.equal(true);
    expect(link(b)!.href).to.equal(abs('/glossary#cdl'));
    expect(link(b)!.textContent).to.equal('');
    expect(b.textContent).to.equal('CDL');
    expect(getComputedStyle(link(b)!).textDecorationLine).to.contain('underline');
    await c.updateComplete;
    expect(trigger(c) === null, 'trigger(c)').to.equal(true);
    expect(link(c) === null, 'link(c)').to.equal(true);
    expect(c.shadowRoot!.querySelector('[tabindex="0"]') === null, 'c.shadowRoot!.querySelector("[tabindex="0"]")').to.equal(true);
    expect(localStorage.getItem(PREVIEWS_KEY)).to.equal('off');

    // Esc closes the card; the term itself is a link now, and keeps the focus.
    await pressKey('Escape');
    await waitUntil(() => !a.open);
    await a.updateComplete;
    expect(link(a)!.href).to.equal(abs('/glossary#lut'));
    expect(a.shadowRoot!.activeElement === link(a), 'focus').to.equal(true);
    a.show();
    await a.updateComplete;
    expect(isOpen(a), 'a term with previews off opened a card').to.equal(false);
    stop.remove();
  });

  it('"Show previews" in the same card turns them back on', async () => {
    const page = await fixture<HTMLElement>(html`<p><post-term id="a">LUT</post-term> <post-term id="b">CDL</post-term></p>`);
    const [a, b] = page.querySelectorAll<PostTerm>('post-term');
    a.show();
    await waitUntil(() => isOpen(a));
    previewsButton(card(a)!)!.click();
    await b.updateComplete;
    expect(trigger(b) === null, 'trigger(b)').to.equal(true);
    const changed = oneEvent(a, 'post-glossary-preferences');
    previewsButton(card(a)!)!.click();
    expect(((await changed) as CustomEvent<PostGlossaryPreferencesDetail>).detail).to.deep.equal({ previews: true });
    await a.updateComplete;
    await b.updateComplete;
    expect(previewsButton(card(a)!)!.textContent).to.equal("Don't show previews");
    expect(a.shadowRoot!.activeElement === previewsButton(card(a)!), 'focus').to.equal(true);
    expect(trigger(b)!.getAttribute('role')).to.equal('button');
    expect(localStorage.getItem(PREVIEWS_KEY)).to.equal('on');
  });

  it('axe: the card with the control (on and off), the links and <glossary-preferences>', async () => {
    const page = await fixture<HTMLElement>(html`<div>
      <p><post-term id="a" glossary-href="/glossary">LUT</post-term> <post-term id="b" glossary-href="/glossary">CDL</post-term></p>
      <footer><glossary-preferences mark-read></glossary-preferences></footer>
    </div>`);
    const [a, b] = page.querySelectorAll<PostTerm>('post-term');
    a.show();
    await waitUntil(() => isOpen(a));
    await Promise.all(
      card(a)!
        .getAnimations()
        .map((x) => x.finished),
    );
    await expect(page).to.be.accessible();
    previewsButton(card(a)!)!.click();
    await a.updateComplete;
    await b.updateComplete;
    await expect(page).to.be.accessible();
  });

  it('is remembered on the next page (a fresh load of the library, same site)', async () => {
    const el = await fixture<PostTerm>(html`<post-term>LUT</post-term>`);
    el.show();
    await waitUntil(() => isOpen(el));
    previewsButton(card(el)!)!.click();
    const { doc } = await laterPage('<p><post-term glossary-href="/glossary">DaVinci Resolve</post-term></p>');
    const term = doc.querySelector<PostTerm>('post-term')!;
    expect(trigger(term) === null, 'trigger(term)').to.equal(true);
    expect(link(term)!.href).to.equal(abs('/glossary#davinci-resolve'));
  });

  it('falls back to the session when localStorage is blocked, and never throws when both are', async () => {
    const block = (area: string) => `Object.defineProperty(window, '${area}', { get() { throw new DOMException('The operation is insecure.', 'SecurityError'); } })`;
    const body = '<p><post-term>LUT</post-term> <post-term glossary-href="/glossary">CDL</post-term></p>';
    const errors: string[] = [];
    const first = await laterPage(body, { before: block('localStorage') });
    first.win.addEventListener('error', (e) => errors.push(e.message));
    const [t] = first.doc.querySelectorAll<PostTerm>('post-term');
    t.show();
    await waitUntil(() => isOpen(t));
    previewsButton(card(t)!)!.click();
    expect(sessionStorage.getItem(PREVIEWS_KEY), 'kept for the session').to.equal('off');
    // The next page of the session, storage still blocked, remembers it.
    const next = await laterPage(body, { before: block('localStorage') });
    expect(link(next.doc.querySelectorAll<PostTerm>('post-term')[1])!.href).to.equal(abs('/glossary#cdl'));
    clearStorage();

    // Private mode where writing throws (quota 0): the session too; both blocked: this page only.
    const quota = `Storage.prototype.setItem = function () { throw new DOMException('quota', 'QuotaExceededError'); }`;
    const third = await laterPage(body, { before: `${block('localStorage')}; ${block('sessionStorage')}` });
    third.win.addEventListener('error', (e) => errors.push(e.message));
    const [u, v] = third.doc.querySelectorAll<PostTerm>('post-term');
    u.show();
    await waitUntil(() => isOpen(u));
    previewsButton(card(u)!)!.click();
    await v.updateComplete;
    expect(link(v)!.href, 'off for this page all the same').to.equal(abs('/glossary#cdl'));
    const fourth = await laterPage(body, { before: quota });
    const [w] = fourth.doc.querySelectorAll<PostTerm>('post-term');
    w.show();
    await waitUntil(() => isOpen(w));
    previewsButton(card(w)!)!.click();
    expect(fourth.win.document.querySelector<PostTerm>('post-term')!.isConnected).to.equal(true);
    expect(errors).to.deep.equal([]);
  });

  it('the search card has the control too (it turns term previews off and back on)', async () => {
    const el = await fixture<GlossarySearch>(html`<glossary-search></glossary-search>`);
    const term = await fixture<PostTerm>(html`<post-term glossary-href="/glossary">LUT</post-term>`);
    el.value = 'conform';
    el.focus();
    await el.updateComplete;
    // The first Enter highlights the top result, the second chooses it (no index, no glossary-href: its card).
    await pressKey('Enter');
    await el.updateComplete;
    await pressKey('Enter');
    await el.updateComplete;
    const searchCard = el.shadowRoot!.querySelector<HTMLElement>('[part=card]')!;
    const control = previewsButton(searchCard)!;
    expect(control.textContent).to.equal("Don't show previews");
    const changed = oneEvent(el, 'post-glossary-preferences');
    control.click();
    expect(((await changed) as CustomEvent<PostGlossaryPreferencesDetail>).detail).to.deep.equal({ previews: false });
    await el.updateComplete;
    await term.updateComplete;
    expect(link(term)!.href).to.equal(abs('/glossary#lut'));
    expect(previewsButton(el.shadowRoot!.querySelector('[part=card]')!)!.textContent).to.equal('Show previews');
    expect(el.shadowRoot!.activeElement === previewsButton(el.shadowRoot!.querySelector('[part=card]')!), 'focus').to.equal(true);
  });
});

describe('reader controls: page settings', () => {
  it('data-no-glossary on <html> opts every term out: plain text, no card, no control', async () => {
    const { doc } = await laterPage('<p><post-term glossary-href="/glossary">LUT</post-term> <post-term>CDL</post-term></p>', { htmlAttrs: 'data-no-glossary' });
    const [a, b] = doc.querySelectorAll<PostTerm>('post-term');
    for (const t of [a, b]) {
      expect(trigger(t) === null, 'trigger(t)').to.equal(true);
      expect(link(t) === null, 'link(t)').to.equal(true);
      expect(t.textContent!.length).to.be.greaterThan(0);
    }
    a.show();
    await a.updateComplete;
    expect(card(a) === null, 'card(a)').to.equal(true);
  });

  it('data-glossary-previews="off" sets the default; the reader\'s own choice wins over it', async () => {
    const off = await laterPage('<p><post-term glossary-href="/glossary">LUT</post-term></p>', { htmlAttrs: 'data-glossary-previews="off"' });
    expect(link(off.doc.querySelector<PostTerm>('post-term')!)!.href).to.equal(abs('/glossary#lut'));
    glossaryPreferences.previews = true;
    const chosen = await laterPage('<p><post-term glossary-href="/glossary">LUT</post-term></p>', { htmlAttrs: 'data-glossary-previews="off"' });
    expect(trigger(chosen.doc.querySelector<PostTerm>('post-term')!) !== null, 'trigger(chosen.doc.querySelector<PostTerm>("post-term")!)').to.equal(true);
  });

  it('consent: data-glossary-storage="none" keeps the choice for this page only; "session" uses the session only', async () => {
    document.documentElement.dataset.glossaryStorage = 'none';
    const el = await fixture<PostTerm>(html`<post-term>LUT</post-term>`);
    el.show();
    await waitUntil(() => isOpen(el));
    previewsButton(card(el)!)!.click();
    expect(glossaryPreferences.previews).to.equal(false);
    expect(localStorage.getItem(PREVIEWS_KEY)).to.equal(null);
    expect(sessionStorage.getItem(PREVIEWS_KEY)).to.equal(null);
    const next = await laterPage('<p><post-term>LUT</post-term></p>', { htmlAttrs: 'data-glossary-storage="none"' });
    expect(trigger(next.doc.querySelector<PostTerm>('post-term')!) !== null, 'nothing was stored, so the next page has previews').to.equal(true);

    glossaryPreferences.storage = 'session';
    expect(document.documentElement.dataset.glossaryStorage).to.equal('session');
    glossaryPreferences.previews = false;
    expect(localStorage.getItem(PREVIEWS_KEY)).to.equal(null);
    expect(sessionStorage.getItem(PREVIEWS_KEY)).to.equal('off');
  });
});
