import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { keepTabInPage, pressKey, typeText } from '../helpers.js';
import '../../src/glossary-search.js';
import type { GlossarySearch, GlossarySearchEmptyDetail } from '../../src/glossary-search.js';

/** Collects glossary-search-empty events reaching the document. */
function record() {
  const seen: GlossarySearchEmptyDetail[] = [];
  const on = (e: CustomEvent<GlossarySearchEmptyDetail>) => seen.push(e.detail);
  document.addEventListener('glossary-search-empty', on);
  return { seen, stop: () => document.removeEventListener('glossary-search-empty', on) };
}

describe('glossary-search-empty', () => {
  it('one typed word with no result is one event, once typing has settled (1 s by default)', async () => {
    const el = await fixture<GlossarySearch>(html`<glossary-search empty-delay="200"></glossary-search>`);
    expect(document.createElement('glossary-search').emptyDelay).to.equal(1000);
    const r = record();
    const stop = keepTabInPage();
    el.focus();
    // Real typing: every keystroke runs a search with no result ("q", "qz", …).
    await typeText('qzxv');
    await waitUntil(() => r.seen.length > 0, 'no event');
    expect(r.seen).to.deep.equal([{ query: 'qzxv', suggestions: [] }]);
    // Leaving the box afterwards does not report the same query again.
    el.blur();
    (document.activeElement as HTMLElement | null)?.blur();
    await pressKey('Tab');
    await el.updateComplete;
    r.stop();
    stop.remove();
    expect(r.seen.length).to.equal(1);
  });

  it('bubbles out of shadow roots and names the suggestions offered', async () => {
    const el = await fixture<GlossarySearch>(html`<glossary-search empty-delay="50"></glossary-search>`);
    const host = document.createElement('div');
    host.attachShadow({ mode: 'open' }).append(el);
    document.body.append(host);
    const heard = oneEvent(document, 'glossary-search-empty');
    el.value = 'qzxv  wvvw';
    const e = (await heard) as CustomEvent<GlossarySearchEmptyDetail>;
    expect(e.composed && e.bubbles).to.equal(true);
    expect(e.detail.query).to.equal('qzxv wvvw');
    expect(e.detail.suggestions).to.be.an('array');
    host.remove();
  });

  it('Enter or leaving the box settles the search at once (no waiting for the delay)', async () => {
    const el = await fixture<GlossarySearch>(html`<glossary-search empty-delay="60000"></glossary-search>`);
    const r = record();
    const stop = keepTabInPage();
    el.focus();
    await typeText('qzxv');
    await pressKey('Enter');
    await waitUntil(() => r.seen.length > 0, 'Enter did not settle it');
    expect(r.seen.map((d) => d.query)).to.deep.equal(['qzxv']);
    await typeText('w');
    await pressKey('Tab');
    await waitUntil(() => r.seen.length > 1, 'leaving did not settle it');
    expect(r.seen.map((d) => d.query)).to.deep.equal(['qzxv', 'qzxvw']);
    r.stop();
    stop.remove();
  });

  it('a search with results, or cleared before settling, reports nothing', async () => {
    const el = await fixture<GlossarySearch>(html`<glossary-search empty-delay="50"></glossary-search>`);
    const r = record();
    el.value = 'qzxv';
    await el.updateComplete;
    el.value = 'lut';
    await el.updateComplete;
    // A later empty search is the positive signal that the earlier ones had their chance.
    el.value = 'zzzq';
    await waitUntil(() => r.seen.length > 0);
    r.stop();
    expect(r.seen.map((d) => d.query)).to.deep.equal(['zzzq']);
  });
});
