import { expect, fixture, html } from '@open-wc/testing';
import '../../src/glossary-index.js';
import '../../src/post-term.js';
import type { GlossaryIndex } from '../../src/glossary-index.js';
import type { PostTerm } from '../../src/post-term.js';
import { getBundledGlossary } from '../../src/core/bundled.js';

const $$ = (el: Element, sel: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(sel)];
const resetHash = () => history.replaceState(null, '', location.pathname + location.search);
const SOURCE = 'https://studio.example/glossary';

/** Every cross-link and see-also link of an index, with the entry it names. */
function links(el: GlossaryIndex) {
  return $$(el, '.definition a, .see-also a').map((a) => ({ a, text: a.textContent!.trim(), href: a.getAttribute('href')!, target: a.getAttribute('data-target') }));
}

describe('<glossary-index> partial embed: links to entries outside it', () => {
  beforeEach(resetHash);
  afterEach(resetHash);

  it('with source-url, a link to an entry outside letters/categories goes to source-url#id; inside, it stays in the page', async () => {
    const el = await fixture<GlossaryIndex>(html`<glossary-index letters="A-H" source-url=${SOURCE} no-structured-data></glossary-index>`);
    const aaf = $$(el, '.entry').find((e) => e.querySelector('#aaf'))!;
    const byText = (t: string) => [...aaf.querySelectorAll<HTMLAnchorElement>('.definition a, .see-also a')].find((a) => a.textContent!.trim() === t)!;
    // XML and OMF / AAF are filed under X and O: outside A–H.
    expect(byText('XML').getAttribute('href')).to.equal(`${SOURCE}#xml`);
    expect(byText('XML').hasAttribute('data-target')).to.equal(false);
    expect(byText('OMF / AAF').getAttribute('href')).to.equal(`${SOURCE}#omf-aaf`);
    // EDL is inside: an in-page link the index follows.
    expect(byText('EDL').getAttribute('href')).to.equal('#edl');
    // Every link either stays in the embed (an entry it shows) or leaves for the source.
    const g = getBundledGlossary();
    for (const l of links(el)) {
      if (l.target) expect(g.get(l.target)!.letter, l.text).to.match(/^[A-H]$/);
      else expect(l.href, l.text).to.match(new RegExp(`^${SOURCE}#[a-z0-9-]+$`));
    }
  });

  it('a relative source-url ("./glossary.html") gives absolute links and an absolute structured-data URL', async () => {
    const el = await fixture<GlossaryIndex>(html`<glossary-index letters="A-H" source-url="./glossary.html" no-structured-data></glossary-index>`);
    const page = new URL('./glossary.html', location.href).href;
    expect((el.structuredData() as { url: string }).url).to.equal(page);
    const out = $$(el, '.entry a:not([data-target])').map((a) => (a as HTMLAnchorElement).href);
    expect(out.length).to.be.above(0);
    for (const href of out) expect(href.startsWith(`${page}#`), href).to.equal(true);
  });

  it('without source-url, an entry outside the embed is named in plain text, not a dead link', async () => {
    const el = await fixture<GlossaryIndex>(html`<glossary-index letters="A-H" categories="color,formats,editorial" no-structured-data></glossary-index>`);
    const aaf = $$(el, '.entry').find((e) => e.querySelector('#aaf'))!;
    const linked = [...aaf.querySelectorAll('.definition a, .see-also a')].map((a) => a.textContent!.trim());
    expect(linked).to.include('EDL');
    expect(linked).to.not.include('XML');
    expect(linked).to.not.include('OMF / AAF');
    // The names are still there, as text.
    expect(aaf.querySelector('.see-also')!.textContent).to.contain('XML');
    expect(aaf.querySelector('.definition')!.textContent).to.contain('Premiere');
    const g = getBundledGlossary();
    const cats = new Set(['color', 'formats', 'editorial']);
    for (const l of links(el)) {
      const entry = g.get(l.target!)!;
      expect(entry, l.text).to.exist;
      expect(entry.letter <= 'H' && cats.has(entry.category), l.text).to.equal(true);
    }
  });
});

describe('<post-term> on a page with a partial index', () => {
  beforeEach(resetHash);
  afterEach(resetHash);
  const here = () => location.pathname + location.search;

  async function openCard(term: PostTerm) {
    term.show();
    await term.updateComplete;
    return term.shadowRoot!.querySelector<HTMLElement>('[part=card]')!;
  }
  const fullEntry = (card: HTMLElement) => [...card.querySelectorAll('a')].find((a) => a.textContent!.startsWith('Full entry'));

  it('"Full entry" of an entry the page\'s index leaves out goes to its source-url; of one it shows, into the index', async () => {
    const wrap = await fixture(html`<div>
      <p><post-term glossary-href=${here()}>LUT</post-term> and <post-term glossary-href=${here()}>AAF</post-term></p>
      <glossary-index letters="A-H" source-url=${SOURCE} no-structured-data></glossary-index>
    </div>`);
    const [lut, aces] = wrap.querySelectorAll<PostTerm>('post-term');
    const lutCard = await openCard(lut);
    expect(fullEntry(lutCard)!.getAttribute('href')).to.equal(`${SOURCE}#lut`);
    lut.hide();
    const acesCard = await openCard(aces);
    expect(fullEntry(acesCard)!.href).to.equal(new URL(`${here()}#aaf`, location.href).href);
    // A see-also jump to an entry outside the index: its "Full entry" leaves for the source too.
    const chip = [...acesCard.querySelectorAll<HTMLButtonElement>('button.chip')].find((b) => getBundledGlossary().lookup(b.textContent!)!.letter > 'H')!;
    expect(chip, 'AAF has a see-also outside A–H').to.exist;
    const id = getBundledGlossary().lookup(chip.textContent!)!.id;
    chip.click();
    await aces.updateComplete;
    expect(fullEntry(acesCard)!.getAttribute('href')).to.equal(`${SOURCE}#${id}`);
    aces.hide();
  });

  it('without source-url, no "Full entry" link for an entry the page\'s index does not show', async () => {
    const wrap = await fixture(html`<div>
      <p><post-term glossary-href=${here()}>LUT</post-term></p>
      <glossary-index letters="A-H" no-structured-data></glossary-index>
    </div>`);
    const lut = wrap.querySelector<PostTerm>('post-term')!;
    const card = await openCard(lut);
    expect(fullEntry(card)?.getAttribute('href')).to.equal(undefined);
    // The card is otherwise whole.
    expect(card.querySelector('[part=card-definition]')!.textContent).to.equal(getBundledGlossary().get('lut')!.definition);
    lut.hide();
  });
});
