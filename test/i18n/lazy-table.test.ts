import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/post-term.js';
import '../../src/glossary-index.js';
import '../../src/glossary-search.js';
import type { PostTerm } from '../../src/post-term.js';
import type { GlossaryIndex } from '../../src/glossary-index.js';
import type { GlossarySearch } from '../../src/glossary-search.js';

// Runs in a page of its own: nothing has asked for the Korean table before these tests.
const koreanLoaded = () => performance.getEntriesByType('resource').some((r) => /\/i18n\/ko\.[jt]s/.test(r.name));
const $ = <T extends HTMLElement = HTMLElement>(el: HTMLElement, sel: string) => el.shadowRoot!.querySelector<T>(sel);

describe('UI strings: loading', () => {
  it('an English page never downloads the Korean table (cards, index and search used)', async () => {
    const el = await fixture<HTMLElement>(html`<div lang="en-GB">
      <p><post-term>LUT</post-term></p>
      <glossary-search></glossary-search>
      <glossary-index no-structured-data letters="L"></glossary-index>
    </div>`);
    const term = el.querySelector<PostTerm>('post-term')!;
    await term.updateComplete;
    term.show();
    await term.updateComplete;
    await el.querySelector<GlossaryIndex>('glossary-index')!.updateComplete;
    await el.querySelector<GlossarySearch>('glossary-search')!.updateComplete;
    expect(term.shadowRoot!.querySelector('.see-also .label')!.textContent).to.equal('See also');
    term.hide();
    expect(koreanLoaded()).to.equal(false);
  });

  it('a Korean page gets it before the index and the search box first render: no English shows first', async () => {
    const el = await fixture<HTMLElement>(html`<div lang="ko"></div>`);
    const index = document.createElement('glossary-index');
    const search = document.createElement('glossary-search');
    index.noStructuredData = true;
    index.letters = 'L';
    // What each render showed, from the first.
    const seen: string[] = [];
    index.addController({ hostUpdated: () => seen.push($(index, '.letters')!.getAttribute('aria-label')!) });
    search.addController({ hostUpdated: () => seen.push($<HTMLInputElement>(search, 'input')!.placeholder) });
    el.append(search, index);
    await waitUntil(() => index.hasUpdated && search.hasUpdated, 'no render');
    expect(seen.slice(0, 2).sort()).to.deep.equal(['용어집 검색', '용어집 알파벳 색인']);
    expect(koreanLoaded()).to.equal(true);
  });

  it('a term in Korean text opens its card in Korean', async () => {
    const el = await fixture<HTMLElement>(html`<p lang="ko"><post-term>DIT</post-term>가 백업했다.</p>`);
    const term = el.querySelector<PostTerm>('post-term')!;
    await term.updateComplete;
    term.show();
    await term.updateComplete;
    await waitUntil(() => term.shadowRoot!.querySelector('.category')?.textContent === '워크플로', 'the card is not in Korean');
  });
});
