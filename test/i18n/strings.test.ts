import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/post-term.js';
import '../../src/glossary-index.js';
import '../../src/glossary-search.js';
import '../../src/glossary-provider.js';
import '../../src/glossary-preferences.js';
import { glossaryPreferences } from '../../src/glossary-preferences.js';
import type { GlossaryPreferences } from '../../src/glossary-preferences.js';
import type { PostTerm } from '../../src/post-term.js';
import type { GlossaryIndex } from '../../src/glossary-index.js';
import type { GlossarySearch } from '../../src/glossary-search.js';
import type { GlossaryProvider } from '../../src/glossary-provider.js';
import en from '../../src/i18n/en.js';
import { LANGUAGES, languageOf, loadLanguage, stringsFor } from '../../src/i18n/index.js';
import { waitForAnimations } from '../helpers.js';

const $ = <T extends HTMLElement = HTMLElement>(el: HTMLElement, sel: string) => el.shadowRoot!.querySelector<T>(sel);
const $$ = (el: HTMLElement, sel: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(sel)];
const norm = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();
const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

/** The card of a term, opened from script, built. */
async function openCard(term: PostTerm) {
  await term.updateComplete;
  term.show();
  await term.updateComplete;
  await waitUntil(() => term.shadowRoot!.querySelector('[part=card]')?.matches(':popover-open'), 'the card did not open');
  // The card fades in: axe must judge its colours, not a frame of the fade.
  await waitForAnimations(term.shadowRoot!);
  return term.shadowRoot!.querySelector<HTMLElement>('[part=card]')!;
}

const hangulEntries = [
  { id: 'grading-ko', term: '색보정', aliases: ['color grading'], letter: '#', category: 'color', definition: 'DaVinci Resolve에서 LUT를 적용한 뒤 장면마다 색을 다듬는다.', seeAlso: ['lut'] },
  { id: 'conform-ko', term: '컨폼', letter: '#', category: 'editorial', definition: '편집본을 원본 소스로 다시 맞추는 작업.' },
];

describe('UI strings: the tables', () => {
  it('every shipped table has every key of the English one, with the same {placeholders}, and plural forms with "other"', async () => {
    const langs = Object.keys(LANGUAGES);
    expect(langs).to.include('ko');
    for (const lang of langs) {
      const table = (await LANGUAGES[lang]()).default as unknown as Record<string, unknown>;
      const ref = en as unknown as Record<string, unknown>;
      expect(Object.keys(table).sort(), `${lang}: keys`).to.deep.equal(Object.keys(ref).sort());
      for (const [key, value] of Object.entries(ref)) {
        const own = table[key];
        if (typeof value === 'string') {
          expect(own, `${lang}.${key}`).to.be.a('string').and.not.equal('');
          expect(placeholders(own as string), `${lang}.${key}: placeholders`).to.deep.equal(placeholders(value));
        } else if (key === 'categories') {
          expect(Object.keys(own as object).sort(), `${lang}.categories`).to.deep.equal(Object.keys(value as object).sort());
          for (const name of Object.values(own as object)) expect(name, `${lang}.categories`).to.be.a('string').and.not.equal('');
        } else {
          const forms = own as Record<string, string>;
          expect(forms.other, `${lang}.${key}.other`).to.be.a('string');
          // Only the plural categories the language has.
          const categories = new Intl.PluralRules(lang).resolvedOptions().pluralCategories;
          for (const [form, text] of Object.entries(forms)) {
            expect(categories, `${lang}.${key}: "${form}" is not a plural category of ${lang}`).to.include(form);
            expect(placeholders(text), `${lang}.${key}.${form}`).to.deep.equal(['count']);
          }
        }
      }
    }
  });

  it('a BCP 47 tag falls back to its language, then to English', () => {
    expect(['ko', 'ko-KR', 'KO-kr', 'ko-Kore-KR', 'en', 'en-GB', 'fr', '', 'x-klingon'].map(languageOf)).to.deep.equal(['ko', 'ko', 'ko', 'ko', 'en', 'en', 'en', 'en', 'en']);
  });

  it('counts use the language’s plural rules', async () => {
    await loadLanguage('ko');
    const div = document.createElement('div');
    const p = document.createElement('p');
    div.append(p);
    div.lang = 'en';
    const s = stringsFor(p);
    expect([1, 2, 1000].map((n) => s.plural(s.t.results, n))).to.deep.equal(['1 result.', '2 results.', '1,000 results.']);
    div.lang = 'ko-KR';
    const k = stringsFor(p);
    expect([1, 2].map((n) => k.plural(k.t.results, n))).to.deep.equal(['검색 결과 1개.', '검색 결과 2개.']);
  });
});

describe('UI strings: in the elements', () => {
  it('<post-term> in a Korean page: the card’s labels and category in Korean, the dataset’s text as it is', async () => {
    const el = await fixture<HTMLElement>(html`<div lang="ko-KR"><p><post-term glossary-href="/glossary">LUT</post-term>를 만든다.</p></div>`);
    const term = el.querySelector('post-term')!;
    const card = await openCard(term);
    expect(norm(card.querySelector('.category')!.textContent)).to.equal('컬러');
    expect(norm(card.querySelector('.see-also .label')!.textContent)).to.equal('관련 용어');
    expect(norm(card.querySelector('.links a')!.firstChild!.textContent)).to.equal('용어집에서 보기');
    // The definition is the studio's English text, verbatim.
    expect(card.querySelector('.definition')!.textContent).to.equal(term.entry!.definition);
    await expect(el).to.be.accessible();
  });

  it('reader controls in Korean: the card’s previews switch and the off line, and <glossary-preferences> (switch, forget button, its announcement)', async () => {
    glossaryPreferences.forget();
    try {
      const el = await fixture<HTMLElement>(html`<div lang="ko"><p><post-term glossary-href="/glossary">LUT</post-term>를 만든다.</p>
        <glossary-preferences mark-read></glossary-preferences></div>`);
      const term = el.querySelector('post-term')!;
      const card = await openCard(term);
      const off = card.querySelector<HTMLButtonElement>('button[part~=card-previews]')!;
      expect(off.title).to.equal('미리보기 끄기');
      expect(norm(off.textContent)).to.equal('미리보기 끄기');
      off.click();
      await term.updateComplete;
      await waitUntil(() => !!term.shadowRoot!.querySelector('p[part~=card-previews]'), 'the card did not say previews are off');
      const line = term.shadowRoot!.querySelector('p[part~=card-previews]')!;
      expect(norm(line.querySelector('span')!.textContent)).to.equal('이 사이트에서 용어 미리보기가 꺼져 있습니다.');
      expect(norm(line.querySelector('button')!.textContent)).to.equal('미리보기 켜기');
      const prefs = el.querySelector<GlossaryPreferences>('glossary-preferences')!;
      await waitUntil(() => norm(prefs.shadowRoot!.querySelector('label')?.textContent) === '용어 미리보기 표시', 'the switch is not labelled in Korean');
      const forget = prefs.shadowRoot!.querySelector<HTMLButtonElement>('button[part=forget]')!;
      expect(forget.textContent).to.equal('읽은 용어 기록 지우기');
      forget.click();
      expect(prefs.shadowRoot!.querySelector('[role=status]')!.textContent).to.equal('읽은 용어 기록을 모두 지웠습니다.');
      // A site's own wording, through the element's `strings`, over the Korean table.
      prefs.strings = { showPreviews: '용어 설명 미리보기' };
      await prefs.updateComplete;
      expect(norm(prefs.shadowRoot!.querySelector('label')!.textContent)).to.equal('용어 설명 미리보기');
      await expect(prefs).to.be.accessible();
    } finally {
      glossaryPreferences.forget();
    }
  });

  it('<post-term> follows lang through a shadow root, and English is the default', async () => {
    const host = await fixture<HTMLElement>(html`<div lang="ko"><span></span></div>`);
    const root = host.querySelector('span')!.attachShadow({ mode: 'open' });
    root.innerHTML = '<post-term>LUT</post-term>';
    const inShadow = root.querySelector('post-term') as PostTerm;
    expect(norm((await openCard(inShadow)).querySelector('.category')!.textContent)).to.equal('컬러');
    inShadow.hide();
    const plain = await fixture<PostTerm>(html`<post-term>LUT</post-term>`);
    expect(norm((await openCard(plain)).querySelector('.see-also .label')!.textContent)).to.equal('See also');
  });

  it('strings merge: the provider’s over the language’s, the element’s over the provider’s; partial category maps', async () => {
    const el = await fixture<GlossaryProvider>(html`<glossary-provider lang="ko"
      .strings=${{ seeAlso: '함께 보기', categories: { color: '색' } }}>
      <post-term id="a">LUT</post-term>
      <post-term id="b" .strings=${{ seeAlso: '참고' }}>LUT</post-term>
      <post-term id="c" lang="en">DIT</post-term>
    </glossary-provider>`);
    const [a, b, c] = ['a', 'b', 'c'].map((id) => el.querySelector<PostTerm>(`#${id}`)!);
    const cardA = await openCard(a);
    expect(norm(cardA.querySelector('.see-also .label')!.textContent)).to.equal('함께 보기');
    expect(norm(cardA.querySelector('.category')!.textContent)).to.equal('색');
    // Keys not given stay the language's.
    expect(norm(cardA.querySelector('.heading')!.textContent)).to.contain('색');
    a.hide();
    expect(norm((await openCard(b)).querySelector('.see-also .label')!.textContent)).to.equal('참고');
    b.hide();
    // lang="en" on the term: English labels, the provider's override still over them.
    const cardC = await openCard(c);
    expect(norm(cardC.querySelector('.see-also .label')!.textContent)).to.equal('함께 보기');
    expect(norm(cardC.querySelector('.category')!.textContent)).to.equal('Workflow');
    c.hide();
    // A new object from the provider updates an open card.
    const again = await openCard(a);
    el.strings = { seeAlso: '연관 용어' };
    await waitUntil(() => norm(again.querySelector('.see-also .label')?.textContent) === '연관 용어', 'the open card kept the old strings');
  });

  it('bad strings are ignored key by key, never thrown on', async () => {
    const el = await fixture<PostTerm>(html`<post-term lang="ko">LUT</post-term>`);
    el.strings = { seeAlso: 42, fullEntry: null, categories: 'x', results: { one: 'x' } } as never;
    el.strings = 'not an object' as never; // ignored with a warning
    const card = await openCard(el);
    expect(norm(card.querySelector('.see-also .label')!.textContent)).to.equal('관련 용어');
  });

  it('<glossary-index> in Korean: filters, letter bar name, the "#" group for Hangul names; A–Z stays Latin; cross-links in Korean definitions', async () => {
    const el = await fixture<GlossaryProvider>(html`<glossary-provider lang="ko" .terms=${hangulEntries}>
      <glossary-index no-structured-data source-url="https://studio.example/glossary" source-name="서울 포스트"></glossary-index>
    </glossary-provider>`);
    const index = el.querySelector<GlossaryIndex>('glossary-index')!;
    await index.updateComplete;
    // The first render is Korean already (no English flash while the table loads).
    expect(norm($(index, '.filters button')!.textContent)).to.match(/^전체 \d+$/);
    expect($(index, '.letters')!.getAttribute('aria-label')).to.equal('용어집 알파벳 색인');
    expect($(index, '.filters')!.getAttribute('aria-label')).to.equal('분야별로 보기');
    const bar = $$(index, '.letters li').map((li) => li.textContent!.trim());
    expect(bar.slice(0, 26).join('')).to.equal('ABCDEFGHIJKLMNOPQRSTUVWXYZ');
    expect(bar.at(-1)).to.equal('#');
    expect($$(index, '.letters [aria-label]').at(-1)!.getAttribute('aria-label')).to.equal('# (한글 및 기타)');
    expect(norm($(index, '#letter-other')!.textContent)).to.equal('# 한글 및 기타');
    expect($$(index, '.filters button').map((b) => norm(b.textContent).replace(/ \d+$/, ''))).to.deep.equal(['전체', '컬러', '편집', 'VFX', '사운드', '납품', '포맷', '워크플로', '업계']);
    // The Hangul entry: its definition's terms linked without their particles.
    const entry = $(index, '#grading-ko')!.closest('article')!;
    expect([...entry.querySelectorAll('.definition a')].map((a) => a.textContent)).to.deep.equal(['DaVinci Resolve', 'LUT']);
    expect(norm(entry.querySelector('.see-also')!.textContent)).to.equal('관련 용어: LUT');
    expect(norm(entry.querySelector('.category')!.textContent)).to.equal('컬러');
    expect(norm(entry.querySelector('.more a')!.textContent)).to.equal('원문 항목: 색보정');
    expect(norm($(index, '.credit')!.textContent)).to.equal('용어집 출처: 서울 포스트');
    index.filterQuery = '없는말';
    index.suggestions = ['lut'];
    index.filterIds = [];
    await index.updateComplete;
    expect(norm($(index, '[part=empty]')!.textContent)).to.equal('“없는말”에 일치하는 용어가 없습니다. 이 용어를 찾으셨나요? LUT');
  });

  it('<glossary-search> in Korean: placeholder, label, clear button, announcements; a Hangul entry found by name, prefix and English alias', async () => {
    const el = await fixture<GlossaryProvider>(html`<glossary-provider lang="ko" .terms=${hangulEntries}><glossary-search></glossary-search></glossary-provider>`);
    const search = el.querySelector<GlossarySearch>('glossary-search')!;
    await search.updateComplete;
    const box = $<HTMLInputElement>(search, 'input')!;
    expect(box.placeholder).to.equal('용어집 검색');
    expect(norm($(search, 'label')!.textContent)).to.equal('용어집 검색');
    for (const q of ['색보정', '색보', 'color grading']) {
      search.value = q;
      await search.updateComplete;
      expect(
        search.results.map((h) => h.entry.id),
        q,
      ).to.include('grading-ko');
    }
    expect(search.results.length).to.be.greaterThan(1);
    expect($(search, '.clear')!.getAttribute('aria-label')).to.equal('검색어 지우기');
    const status = () => norm($(search, '[role=status]')!.textContent);
    await waitUntil(() => /^검색 결과 \d+개\.$/.test(status()), `live region said "${status()}"`);
    search.value = 'zzqxv';
    await search.updateComplete;
    await waitUntil(() => status().startsWith('“zzqxv”에 대한 검색 결과가 없습니다.'), `live region said "${status()}"`);
    await expect(el).to.be.accessible();
    // label and placeholder attributes win over the table.
    search.placeholder = '찾기';
    await search.updateComplete;
    expect(box.placeholder).to.equal('찾기');
  });
});
