// Injection: one hostile dataset, where every text field carries markup, event handlers,
// `javascript:` URLs and attribute-breaking quotes, reaches every element through a
// <glossary-provider> (`terms` property and a `src` JSON file). Everything must render as inert,
// literal text: no element is ever created from data, no handler attribute, no script-like link.
import { expect, fixture, html, waitUntil, oneEvent } from '@open-wc/testing';
import { sendMouse, resetMouse } from '@web/test-runner-commands';
import '../../src/index.js';
import type { GlossaryProvider, PostTerm, GlossarySearch, GlossaryIndex, GlossaryAutolink } from '../../src/index.js';
import { $, $$, pressKey, resetHash, typeText } from '../helpers.js';

type Pwned = Window & { __pwned?: string };
const w = window as Pwned;

/** Payloads: each one, if it ever ran or loaded, leaves a trace in window.__pwned or the resource timings. */
const P = {
  script: `<script>window.__pwned = 'script'</script>`,
  img: `<img src="/__pwned-img.png" onerror="window.__pwned = 'img'">`,
  svg: `<svg onload="window.__pwned = 'svg'"><image href="/__pwned-svg.png"></image></svg>`,
  iframe: `<iframe srcdoc="<script>parent.__pwned = 'iframe'</script>"></iframe>`,
  js: `javascript:window.__pwned = 'href'`,
  quotes: `"' onmouseover="window.__pwned = 'attr'" x='`,
  closer: `</textarea></title></style></script><!-- -->`,
};
const ALL = Object.values(P).join(' ');
const JS_URLS = [
  `javascript:window.__pwned = 'js1'`,
  ` JaVaScRiPt:window.__pwned = 'js2'`,
  `\tjavascript:window.__pwned = 'js3'`,
  `java\nscript:window.__pwned = 'js4'`,
  `javascript&colon;window.__pwned = 'js5'`,
  `&#106;avascript:window.__pwned = 'js6'`,
  `data:text/html,<script>window.__pwned = 'data'</script>`,
  `vbscript:msgbox(1)`,
  `//evil.example/steal`,
];

/** Every text field hostile. Category and id cannot be (they are validated), see the third entry. */
const T1 = {
  id: 'xss-term',
  term: `Payload ${P.img}`,
  expansion: `${P.script} ${P.quotes}`,
  aliases: ['Payload', `Quotes ${P.quotes}`, P.svg],
  category: 'vfx',
  definition: `Payload ${ALL} Ends here.`,
  seeAlso: ['xss-quote', 'lut', P.script, P.js],
  links: [{ label: `${P.img} Learn ${P.quotes}`, path: `/guide?q="><script>window.__pwned='path'</script>` }, ...JS_URLS.map((path, i) => ({ label: `bad link ${i}`, path }))],
};
const T2 = {
  id: 'xss-quote',
  term: `${P.quotes} Quotation`,
  expansion: P.closer,
  aliases: [P.iframe],
  category: 'sound',
  definition: `A Payload quoted ${P.quotes} and ${P.closer} with ${P.iframe}.`,
  seeAlso: ['xss-term'],
  links: [{ label: P.script, path: '/ok' }],
};
const HOSTILE = [T1, T2, { id: 'xss-category', term: 'Bad Category', category: `${P.script}`, definition: `${P.img}` }];
const norm = (s: string) => s.replace(/\s+/g, ' ').trim();
const TERM = norm(T1.term);
const DEF = norm(T1.definition);

/** Every shadow root under `root`, nested ones included. */
function shadowRoots(root: Document | ShadowRoot | Element = document): ShadowRoot[] {
  const out: ShadowRoot[] = [];
  for (const el of root instanceof Element ? [root, ...root.querySelectorAll('*')] : root.querySelectorAll('*')) {
    if (el.shadowRoot) out.push(el.shadowRoot, ...shadowRoots(el.shadowRoot));
  }
  return out;
}

const DANGEROUS = 'script:not([type="application/ld+json"]), img, iframe, object, embed, image, foreignObject, textarea, title, style, link';
/** What the test page itself holds (the runner's scripts): not built from data. */
let before = new Set<Element>();

/** Nothing in the document, light or shadow DOM, was built from the payloads, and nothing ran or loaded. */
function expectInert(where: string) {
  const trees: (Document | ShadowRoot)[] = [document, ...shadowRoots()];
  for (const tree of trees) {
    const label = tree === document ? `${where}: page` : `${where}: <${(tree as ShadowRoot).host.localName}>`;
    const made = [...tree.querySelectorAll(DANGEROUS)].filter((e) => !before.has(e)).map((e) => e.outerHTML.slice(0, 80));
    expect(made, `${label}: elements from data`).to.deep.equal([]);
    for (const el of tree.querySelectorAll('*')) {
      const handlers = el.getAttributeNames().filter((n) => /^on/i.test(n) || n === 'srcdoc' || n === 'formaction');
      expect(handlers, `${label}: <${el.localName}> has ${handlers.join(', ')}`).to.deep.equal([]);
      // The only <svg> are the elements' own decorative icons.
      if (el.localName === 'svg') expect(el.getAttribute('aria-hidden'), `${label}: an <svg> that is not an icon`).to.equal('true');
    }
    for (const a of tree.querySelectorAll<HTMLAnchorElement>('a[href]')) {
      const raw = a.getAttribute('href')!;
      expect(raw, `${label}: a link to ${raw}`).not.to.match(/^\s*(?:j\s*a\s*v\s*a\s*s\s*c\s*r\s*i\s*p\s*t|data|vbscript)\s*:/i);
      expect(a.protocol, `${label}: a link to ${raw}`).to.match(/^https?:$/);
      expect(a.host, `${label}: a link off to ${raw}`).not.to.equal('evil.example');
    }
  }
  expect(w.__pwned, `${where}: a payload ran`).to.equal(undefined);
  const loaded = performance.getEntriesByType('resource').filter((r) => r.name.includes('__pwned'));
  expect(
    loaded.map((r) => r.name),
    `${where}: a payload loaded`,
  ).to.deep.equal([]);
}

const isOpen = (t: PostTerm) => !!$(t, '[part=card]')?.matches(':popover-open');

/** Captures console.error (the provider reports the entry it left out) for the duration of a test. */
let logged: string[] = [];
const realError = console.error;
const blobs: string[] = [];
beforeEach(() => {
  before = new Set(document.querySelectorAll(DANGEROUS));
  delete w.__pwned;
  logged = [];
  console.error = (...args: unknown[]) => logged.push(args.map(String).join(' '));
});
afterEach(async () => {
  console.error = realError;
  for (const u of blobs.splice(0)) URL.revokeObjectURL(u);
  await resetMouse();
  resetHash();
});

function jsonFile(data: unknown) {
  const url = URL.createObjectURL(new Blob([JSON.stringify(data)], { type: 'application/json' }));
  blobs.push(url);
  return url;
}

describe('hardening: a hostile dataset renders as inert text', () => {
  it('through the terms property: <post-term> card and see-also, <glossary-index>, <glossary-autolink>', async () => {
    const el = await fixture<GlossaryProvider>(html`<glossary-provider glossary-href="/glossary" link-base="https://studio.example/" .terms=${HOSTILE}>
      <p><post-term term="xss-term">the payload term</post-term></p>
      <glossary-autolink id="auto"><p>Apply the Payload with care.</p></glossary-autolink>
      <glossary-index no-structured-data letters="O-P"></glossary-index>
    </glossary-provider>`);
    const term = el.querySelector<PostTerm>('p > post-term')!;
    await term.updateComplete;
    expect(term.entry?.id).to.equal('xss-term');
    // The bad-category entry is left out and reported, the others are in.
    expect(el.glossary.get('xss-category')).to.equal(undefined);
    expect(logged.join('\n')).to.contain('problems in terms');

    // <post-term>: the description for screen readers and the open card, all literal text.
    expect($(term, '[part=trigger]')!.getAttribute('aria-description')).to.equal(`${norm(T1.expansion)}. ${DEF}`);
    term.show();
    await waitUntil(() => isOpen(term), 'card did not open');
    const card = $(term, '[part=card]')!;
    expect(card.querySelector('.term')!.textContent).to.equal(TERM);
    expect(card.querySelector('[part=card-expansion]')!.textContent).to.equal(norm(T1.expansion));
    expect(card.querySelector('[part=card-definition]')!.textContent).to.equal(DEF);
    const chips = [...card.querySelectorAll('button.chip')].map((b) => b.textContent);
    expect(chips).to.deep.equal([norm(T2.term), 'LUT']); // the hostile seeAlso ids are dropped
    const links = [...card.querySelectorAll<HTMLAnchorElement>('[part=card-links] a')];
    // "Full entry" and the one link whose path is site-relative; every javascript:/data:/vbscript:/ protocol-relative path is gone.
    expect(links.map((a) => a.textContent)).to.deep.equal([`Full entry: ${TERM}`, norm(T1.links[0].label)]);
    expect(links[1].href.startsWith('https://studio.example/guide?q=%22%3E%3Cscript%3E')).to.equal(true);
    expectInert('post-term card');

    // A see-also jump shows the quote entry in place, still as text.
    (card.querySelector('button.chip') as HTMLButtonElement).click();
    await term.updateComplete;
    expect(card.querySelector('.term')!.textContent).to.equal(norm(T2.term));
    expect(card.querySelector('[part=card-definition]')!.textContent).to.equal(norm(T2.definition));
    expectInert('post-term see-also');
    term.hide();

    // <glossary-autolink>: the mention of an alias becomes a term whose text is the article's own.
    const auto = el.querySelector<GlossaryAutolink>('#auto')!;
    await auto.updateComplete;
    const made = auto.querySelector<PostTerm>('post-term')!;
    expect(made.getAttribute('term')).to.equal('xss-term');
    expect(made.textContent).to.equal('Payload');
    made.show();
    await waitUntil(() => isOpen(made));
    expect($(made, '[part=card-definition]')!.textContent).to.equal(DEF);
    made.hide();

    // <glossary-index>: names, expansions, definitions, see-also and learn-more links as text.
    const index = el.querySelector<GlossaryIndex>('glossary-index')!;
    await index.updateComplete;
    const entry = $(index, '#xss-term')!.closest('article')!;
    expect(entry.querySelector('.term span')!.textContent).to.equal(TERM);
    expect(entry.querySelector('.expansion')!.textContent).to.equal(norm(T1.expansion));
    expect(norm(entry.querySelector('.definition')!.textContent!)).to.equal(DEF);
    expect(norm(entry.querySelector('.see-also')!.textContent!)).to.equal(`See also: ${norm(T2.term)}, LUT`);
    expect([...entry.querySelectorAll('.more a')].map((a) => a.textContent)).to.deep.equal([norm(T1.links[0].label)]);
    const quote = $(index, '#xss-quote')!.closest('article')!;
    expect(norm(quote.querySelector('.definition')!.textContent!)).to.equal(norm(T2.definition));
    // The definition's mention of "Payload" is cross-linked by id, never by the hostile text.
    expect(quote.querySelector<HTMLAnchorElement>('.definition a')!.getAttribute('href')).to.equal('#xss-term');
    expect($(index, '.entry .term span[id="xss-category-name"]')).to.equal(null);
    expectInert('index and autolink');
  });

  it('through a src JSON file: <glossary-search> results, snippets and card, chosen with the keyboard', async () => {
    const src = jsonFile(HOSTILE);
    const el = await fixture<GlossaryProvider>(html`<glossary-provider link-base="https://studio.example/" src=${src}>
      <glossary-search label="Search"></glossary-search>
      <p><post-term term="xss-quote">the quote</post-term></p>
    </glossary-provider>`);
    if (!el.glossary.get('xss-term')) await oneEvent(el, 'glossary-load');
    const search = el.querySelector<GlossarySearch>('glossary-search')!;
    const input = $<HTMLInputElement>(search, 'input')!;
    const r = input.getBoundingClientRect();
    await sendMouse({ type: 'click', position: [Math.round(r.left + 20), Math.round(r.top + r.height / 2)] });
    await typeText('payload');
    await search.updateComplete;
    const options = $$(search, '[role=option]');
    expect(options.length).to.be.greaterThan(0);
    const names = options.map((o) => o.querySelector('.term')!.textContent);
    expect(names).to.include(TERM);
    // Marks hold text only; snippets are slices of the definition's text.
    for (const mark of $$(search, 'mark')) expect(mark.children.length).to.equal(0);
    for (const o of options) {
      const snippet = o.querySelector('.snippet');
      if (snippet) {
        const entry = el.glossary.get(HOSTILE.find((h) => norm(h.term) === o.querySelector('.term')!.textContent)?.id ?? '');
        if (entry) expect(entry.definition).to.contain(norm(snippet.textContent!).replace(/^…|…$/g, '').trim());
      }
    }
    // Snippets quote the hostile definition around the match: the markup is visible as text.
    const quoted = options.find((o) => o.querySelector('.term')!.textContent === norm(T2.term));
    if (quoted?.querySelector('.snippet')) expect(quoted.querySelector('.snippet')!.textContent).to.contain('Payload');
    expectInert('search results');

    // Choose the hostile term with the keyboard: its card opens in place (no index, no glossary-href).
    const at = names.indexOf(TERM);
    for (let i = 0; i <= at; i++) await pressKey('ArrowDown');
    await pressKey('Enter');
    await search.updateComplete;
    const card = $(search, '[part=card]')!;
    expect(card.querySelector('.term')!.textContent).to.equal(TERM);
    expect(card.querySelector('[part=card-definition]')!.textContent).to.equal(DEF);
    expect(input.value).to.equal(TERM);
    expectInert('search card');
    await pressKey('Escape');

    // The post-term in the same provider shows the file's entry.
    const term = el.querySelector<PostTerm>('post-term')!;
    term.show();
    await waitUntil(() => isOpen(term));
    expect($(term, '[part=card-expansion]')!.textContent).to.equal(norm(T2.expansion));
    expectInert('post-term from src');
    term.hide();
  });

  it('javascript: in glossary-href, link-base and source-url never becomes a link, in any spelling', async () => {
    for (const bad of JS_URLS.slice(0, 7)) {
      delete w.__pwned;
      const el = await fixture<GlossaryProvider>(html`<glossary-provider glossary-href=${bad} link-base=${bad} .terms=${HOSTILE}>
        <p><post-term term="xss-term">payload</post-term></p>
        <glossary-autolink glossary-href=${bad} link-base=${bad}><p>The show LUT.</p></glossary-autolink>
        <glossary-index no-structured-data letters="P" source-url=${bad}></glossary-index>
      </glossary-provider>`);
      const term = el.querySelector<PostTerm>('post-term')!;
      term.show();
      await waitUntil(() => isOpen(term));
      const made = el.querySelector<PostTerm>('glossary-autolink post-term')!;
      made.show();
      await waitUntil(() => isOpen(made));
      made.hide();
      const index = el.querySelector<GlossaryIndex>('glossary-index')!;
      await index.updateComplete;
      expect($(index, '#xss-term'), bad).to.exist;
      expectInert(`with ${JSON.stringify(bad)}`);
      term.hide();
    }
  });

  it('a search whose glossary-href is a javascript: URL opens the card in place instead of navigating', async () => {
    const el = await fixture<GlossarySearch>(html`<glossary-search glossary-href=${JS_URLS[1]} link-base=${JS_URLS[2]}></glossary-search>`);
    const input = $<HTMLInputElement>(el, 'input')!;
    const r = input.getBoundingClientRect();
    const page = location.href;
    await sendMouse({ type: 'click', position: [Math.round(r.left + 20), Math.round(r.top + r.height / 2)] });
    await typeText('aces');
    await pressKey('ArrowDown');
    await pressKey('Enter');
    await el.updateComplete;
    await waitUntil(() => $(el, '[part=card]')?.matches(':popover-open'), 'the card did not open');
    expect(location.href).to.equal(page);
    expect($(el, '[part=card] .term')!.textContent).to.equal('ACES');
    expectInert('search with javascript: settings');
    await pressKey('Escape');
  });

  it('a hostile query typed into the search is quoted back as text, in the list and in a filtered index', async function () {
    this.timeout(20000); // 110 real key presses: over WebDriver BiDi (Firefox) and classic (WebKit) each is a round trip
    const query = `<img src=/__pwned-q.png onerror="window.__pwned='q'">`;
    const wrap = await fixture<HTMLElement>(html`<div>
      <glossary-search id="alone" label="Search"></glossary-search>
      <glossary-search id="filter" filter for="idx" label="Filter"></glossary-search>
      <glossary-index id="idx" no-structured-data letters="A-C"></glossary-index>
    </div>`);
    const typeInto = async (search: GlossarySearch) => {
      const input = $<HTMLInputElement>(search, 'input')!;
      const r = input.getBoundingClientRect();
      await sendMouse({ type: 'click', position: [Math.round(r.left + 20), Math.round(r.top + r.height / 2)] });
      await typeText(query);
      await search.updateComplete;
    };
    const alone = wrap.querySelector<GlossarySearch>('#alone')!;
    await typeInto(alone);
    // "Did you mean" rows may follow; the message quotes the query as typed.
    expect($(alone, '[part=empty]')!.textContent).to.contain(`No terms match “${query}”`);
    expectInert('typed query, list');
    await pressKey('Tab'); // leave the box: its list closes
    await typeInto(wrap.querySelector<GlossarySearch>('#filter')!);
    const index = wrap.querySelector<GlossaryIndex>('#idx')!;
    await index.updateComplete;
    expect($(index, '[part=empty]')!.textContent).to.contain(`No terms match “${query}”`);
    expectInert('typed query');
  });

  it('the JSON-LD of the index holds the hostile text as data, and cannot close its script block', async () => {
    await fixture<GlossaryProvider>(html`<glossary-provider .terms=${HOSTILE}>
      <glossary-index letters="O-P" source-url="https://studio.example/glossary"></glossary-index>
    </glossary-provider>`);
    const block = () => document.head.querySelector('script[type="application/ld+json"][data-post-glossary]');
    await waitUntil(() => block()?.textContent?.includes('xss-term'), 'no JSON-LD with the hostile entries', { timeout: 4000 });
    const text = block()!.textContent!;
    expect(text).not.to.contain('<');
    const data = JSON.parse(text);
    const t = data.hasDefinedTerm.find((d: { termCode: string }) => d.termCode === 'xss-term');
    expect(t.name).to.equal(TERM);
    expect(t.description).to.equal(DEF);
    expectInert('JSON-LD');
  });
});
