import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../src/post-term.js';
import '../../src/glossary-provider.js';
import { glossaryPreferences, type PostTerm, type PostTermReadDetail } from '../../src/post-term.js';
import { card, isOpen, laterPage, resetReader, trigger } from './helpers.js';

const READ_KEY = 'post-glossary:read';

beforeEach(resetReader);
afterEach(resetReader);

const isQuiet = (t: PostTerm) => trigger(t)!.part.contains('read');

describe('post-term-read', () => {
  it('fires when a card stayed open 1 s by default (timed from the open, not before)', async () => {
    const el = await fixture<PostTerm>(html`<post-term>LUT</post-term>`);
    expect(el.readDelay).to.equal(1000);
    const opened = oneEvent(el, 'post-term-open');
    const read = oneEvent(el, 'post-term-read');
    el.show();
    const open = (await opened) as Event;
    const e = (await read) as CustomEvent<PostTermReadDetail>;
    const waited = e.timeStamp - open.timeStamp;
    expect(e.detail).to.deep.equal({ id: 'lut' });
    expect(e.bubbles && e.composed).to.equal(true);
    expect(waited).to.be.at.least(990);
  });

  it('needs the card open for the whole threshold, and fires once per term per page view', async () => {
    // (Each test reads other terms: post-term-read goes out once per term per page view, and this file is one page.)
    const page = await fixture<HTMLElement>(html`<p><post-term id="a" read-delay="150">Conform</post-term> <post-term id="b" read-delay="150">conform</post-term></p>`);
    const [a, b] = page.querySelectorAll<PostTerm>('post-term');
    const events: { id: string; at: number }[] = [];
    document.addEventListener('post-term-read', (e) => events.push({ id: e.detail.id, at: e.timeStamp }));
    // Open briefly: closed before the threshold, not read.
    a.show();
    await waitUntil(() => isOpen(a));
    a.hide();
    await a.updateComplete;
    // Open again and keep it open: read once, a full threshold after this open.
    const reopened = oneEvent(a, 'post-term-open');
    a.show();
    const at = ((await reopened) as Event).timeStamp;
    await waitUntil(() => events.length > 0);
    expect(events[0].id).to.equal('conform');
    expect(events[0].at - at).to.be.at.least(140);
    a.hide();
    // Another mention of the same term, read again on the same page: no second event.
    b.show();
    await waitUntil(() => isOpen(b));
    const other = oneEvent(page, 'post-term-open');
    const c = document.createElement('post-term');
    c.readDelay = 150;
    c.textContent = 'DIT';
    page.append(c);
    await c.updateComplete;
    c.show();
    await other;
    await waitUntil(() => events.some((x) => x.id === 'dit'));
    expect(events.map((x) => x.id)).to.deep.equal(['conform', 'dit']);
  });
});

describe('read marks (mark-read)', () => {
  it('a term read on one page is quieter on the next, never hidden; off unless the site opts in', async () => {
    const el = await fixture<PostTerm>(html`<post-term mark-read read-delay="100">Dailies</post-term>`);
    el.show();
    await oneEvent(el, 'post-term-read');
    const { doc } = await laterPage('<p><post-term mark-read>Dailies</post-term> <post-term>Dailies</post-term> <post-term mark-read>CDL</post-term></p>');
    const [readTerm, notOptedIn, unread] = doc.querySelectorAll<PostTerm>('post-term');
    expect(isQuiet(readTerm)).to.equal(true);
    expect(isQuiet(notOptedIn)).to.equal(false);
    expect(isQuiet(unread)).to.equal(false);
    // Quieter, not hidden: the text is there, focusable, and its underline differs from an unread one.
    const quiet = getComputedStyle(trigger(readTerm)!);
    const loud = getComputedStyle(trigger(unread)!);
    expect(readTerm.getBoundingClientRect().width).to.be.greaterThan(0);
    expect(quiet.visibility).to.equal('visible');
    expect(quiet.opacity).to.equal('1');
    expect(trigger(readTerm)!.tabIndex).to.equal(0);
    expect(quiet.textDecorationColor).to.not.equal(loud.textDecorationColor);
  });

  it('a term read without mark-read stores nothing', async () => {
    const el = await fixture<PostTerm>(html`<post-term read-delay="50">EDL</post-term>`);
    el.show();
    await oneEvent(el, 'post-term-read');
    expect(localStorage.getItem(READ_KEY)).to.equal(null);
    expect(glossaryPreferences.isRead('edl')).to.equal(false);
  });

  it('mark-read on <glossary-provider> opts in every term inside', async () => {
    const provider = await fixture(html`<glossary-provider mark-read><post-term read-delay="50">CDL</post-term></glossary-provider>`);
    const el = provider.querySelector<PostTerm>('post-term')!;
    await el.updateComplete;
    el.show();
    await oneEvent(el, 'post-term-read');
    expect(glossaryPreferences.isRead('cdl')).to.equal(true);
    expect(JSON.parse(localStorage.getItem(READ_KEY)!)).to.deep.equal(['cdl']);
    const { doc } = await laterPage('<glossary-provider mark-read><p><post-term>CDL</post-term></p></glossary-provider>', {
      modules: ['/src/post-term.ts', '/src/glossary-provider.ts'],
    });
    const t = doc.querySelector<PostTerm>('post-term')!;
    await t.updateComplete;
    expect(isQuiet(t)).to.equal(true);
  });

  it('a site clears them (clearRead()): the terms on the page are loud again at once', async () => {
    const el = await fixture<PostTerm>(html`<post-term mark-read read-delay="50">IMF</post-term>`);
    el.show();
    await oneEvent(el, 'post-term-read');
    el.hide();
    const again = await fixture<PostTerm>(html`<post-term mark-read>IMF</post-term>`);
    expect(isQuiet(again)).to.equal(true);
    glossaryPreferences.clearRead();
    await again.updateComplete;
    expect(isQuiet(again)).to.equal(false);
    expect(localStorage.getItem(READ_KEY)).to.equal(null);
  });

  it('consent: with data-glossary-storage="none" read marks stay in this page', async () => {
    document.documentElement.dataset.glossaryStorage = 'none';
    const el = await fixture<PostTerm>(html`<post-term mark-read read-delay="50">HDR</post-term>`);
    el.show();
    await oneEvent(el, 'post-term-read');
    expect(glossaryPreferences.isRead('hdr')).to.equal(true);
    expect(localStorage.getItem(READ_KEY)).to.equal(null);
    expect(sessionStorage.getItem(READ_KEY)).to.equal(null);
    expect(card(el) !== null, 'card(el)').to.equal(true);
  });
});
