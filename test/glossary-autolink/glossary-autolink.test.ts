import { expect, fixture, html, oneEvent, waitUntil, aTimeout } from '@open-wc/testing';

import '../../src/glossary-autolink.js';
import '../../src/glossary-provider.js';
import type { GlossaryAutolink } from '../../src/glossary-autolink.js';
import type { GlossaryProvider } from '../../src/glossary-provider.js';
import type { PostTerm } from '../../src/post-term.js';
import { pressKey } from '../helpers.js';

/** What the reader sees linked: [term id, text as written], in document order. */
const links = (el: Element) => [...el.querySelectorAll('post-term')].map((t) => [t.getAttribute('term'), t.textContent]);
const ids = (el: Element) => links(el).map(([id]) => id);

/** The light DOM as data: tags, attributes and text, to compare before and after. */
function snapshot(node: Node): unknown {
  if (node.nodeType === Node.TEXT_NODE) return (node as Text).data;
  if (node.nodeType !== Node.ELEMENT_NODE) return `#${node.nodeType}`;
  const el = node as Element;
  return [el.localName, [...el.attributes].map((a) => `${a.name}=${a.value}`).sort(), [...el.childNodes].map(snapshot)];
}
function textNodes(root: Node): Text[] {
  const out: Text[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) out.push(n as Text);
  return out;
}
/** MutationObserver callbacks run as microtasks; one macrotask later they are all done. */
const mutationsSettled = () => aTimeout(0);

describe('<glossary-autolink>: what it links', () => {
  it('wraps mentions in <post-term term="id"> without changing the text', async () => {
    const el = await fixture<GlossaryAutolink>(html`<glossary-autolink><p>We graded the <em>pilot</em> with a show LUT and sent an IMF package.</p></glossary-autolink>`);
    expect(links(el)).to.deep.equal([
      ['lut', 'LUT'],
      ['imf', 'IMF package'],
    ]);
    expect(el.textContent).to.equal('We graded the pilot with a show LUT and sent an IMF package.');
    const term = el.querySelector<PostTerm>('post-term')!;
    await term.updateComplete;
    expect(term.entry?.id).to.equal('lut');
  });

  it('prefers the longest name: Dolby Vision over Dolby, HDR10+ over HDR10 over HDR', async () => {
    const el = await fixture(html`<glossary-autolink><p>Mastered in Dolby Vision, with HDR10+ and HDR10 trims and an HDR pass.</p></glossary-autolink>`);
    expect(links(el)).to.deep.equal([
      ['dolby-vision', 'Dolby Vision'],
      ['hdr10-plus', 'HDR10+'],
      ['hdr10', 'HDR10'],
      ['hdr', 'HDR'],
    ]);
  });

  it('reads a name wrapped over two lines of the HTML source as one name', async () => {
    const el = await fixture(html`<glossary-autolink><p>The colorist masters for Dolby
          Vision and checks the Color
          Grading on set.</p></glossary-autolink>`);
    expect(ids(el)).to.deep.equal(['dolby-vision', 'color-grading']);
  });

  it('links whole words only, acronyms as written and ordinary words in any case', async () => {
    const el = await fixture(html`<glossary-autolink
      ><p>The cadre booked adr, then ADR. Ladders are not LUTs, and COLOR GRADING starts tomorrow.</p></glossary-autolink
    >`);
    expect(links(el)).to.deep.equal([
      ['adr', 'ADR'],
      ['lut', 'LUTs'],
      ['color-grading', 'COLOR GRADING'],
    ]);
  });

  it('links the first mention of each term in the whole element; all links every one', async () => {
    const article = html`<p>The LUT came from set.</p><p>A second LUT, then a CDL.</p><p>The LUT and CDL again.</p>`;
    const first = await fixture(html`<glossary-autolink>${article}</glossary-autolink>`);
    expect(links(first)).to.deep.equal([
      ['lut', 'LUT'],
      ['cdl', 'CDL'],
    ]);
    expect(first.querySelector('p')!.querySelector('post-term'), 'the first mention is the one linked').to.exist;
    const all = await fixture(html`<glossary-autolink all>${article}</glossary-autolink>`);
    expect(ids(all)).to.deep.equal(['lut', 'lut', 'cdl', 'lut', 'cdl']);
  });

  it('"first" is per element: two articles on one page each link their own first mention', async () => {
    const page = await fixture(html`<div>
      <glossary-autolink><p>Article one: the LUT.</p></glossary-autolink>
      <glossary-autolink><p>Article two: a LUT, then a LUT.</p></glossary-autolink>
    </div>`);
    const [one, two] = page.querySelectorAll('glossary-autolink');
    expect(ids(one)).to.deep.equal(['lut']);
    expect(ids(two)).to.deep.equal(['lut']);
  });

  it('skips headings, links, buttons, form fields, code, existing terms and opted-out or editable regions', async () => {
    const el = await fixture(html`<glossary-autolink>
      <h2>LUT basics</h2>
      <p><a href="#x">a LUT link</a> <button type="button">LUT</button> <label>LUT <input value="LUT" /></label></p>
      <p><textarea aria-label="notes">LUT</textarea> <select aria-label="pick"><option>LUT</option></select></p>
      <p><code>apply_lut(LUT)</code> <kbd>LUT</kbd> <samp>LUT</samp></p>
      <pre>LUT in pre</pre>
      <aside data-no-glossary><p>An opted-out <strong>LUT</strong>.</p></aside>
      <div contenteditable="true">An editable LUT.</div>
      <p>A hand-tagged <post-term>CDL</post-term>, and CDL again.</p>
      <p>Finally the LUT in prose.</p>
    </glossary-autolink>`);
    // The hand-written term (no term attribute) counts as the first mention, and is left as it was.
    expect(links(el)).to.deep.equal([
      [null, 'CDL'],
      ['lut', 'LUT'],
    ]);
    expect(el.querySelector('p:last-child post-term')!.textContent).to.equal('LUT');
  });

  it('exclude="id,id" never links those entries', async () => {
    const el = await fixture<GlossaryAutolink>(html`<glossary-autolink exclude="lut, cdl"><p>The LUT, the CDL and the DIT.</p></glossary-autolink>`);
    expect(ids(el)).to.deep.equal(['dit']);
    el.exclude = 'dit';
    await el.updateComplete;
    expect(ids(el)).to.deep.equal(['lut', 'cdl']);
  });

  it('passes glossary-href and link-base to the terms it makes', async () => {
    const el = await fixture(html`<glossary-autolink glossary-href="/glossary" link-base="https://studio.example/"><p>A LUT.</p></glossary-autolink>`);
    const term = el.querySelector('post-term')!;
    expect(term.getAttribute('glossary-href')).to.equal('/glossary');
    expect(term.getAttribute('link-base')).to.equal('https://studio.example/');
  });
});

describe('<glossary-autolink>: changes and unlink()', () => {
  it('links content added later, once, without double-wrapping', async () => {
    const el = await fixture(html`<glossary-autolink><p>The LUT.</p></glossary-autolink>`);
    const p = document.createElement('p');
    p.innerHTML = 'Another LUT, a CDL and <em>proxies</em>. <span>Nothing yet.</span>';
    el.append(p);
    await mutationsSettled();
    expect(links(el)).to.deep.equal([
      ['lut', 'LUT'],
      ['cdl', 'CDL'],
      ['proxy', 'proxies'],
    ]);
    // Our own changes do not feed back: nothing more happens, nothing is nested.
    await aTimeout(20);
    expect(ids(el)).to.have.length(3);
    expect(el.querySelectorAll('post-term post-term')).to.have.length(0);
    // Edited text is linked too.
    const text = el.querySelector('span')!.firstChild as Text;
    text.data = 'The DIT cart.';
    await mutationsSettled();
    expect(ids(el)).to.deep.equal(['lut', 'cdl', 'proxy', 'dit']);
  });

  it('a term whose linked mention is removed is linked at its next mention', async () => {
    const el = await fixture(html`<glossary-autolink><p id="a">The LUT.</p><p id="b">A LUT again.</p></glossary-autolink>`);
    expect(el.querySelector('#b post-term')).to.equal(null);
    el.querySelector('#a')!.remove();
    el.append(Object.assign(document.createElement('p'), { textContent: 'A third LUT.' }));
    await mutationsSettled();
    expect(ids(el)).to.deep.equal(['lut']);
  });

  it('unlink() restores the original text nodes exactly, and link() links again', async () => {
    const el = await fixture<GlossaryAutolink>(html`<glossary-autolink>
      <p>LUT at the start, a CDL in the middle, and one at the end: DIT</p>
      <p>Plain <em>Dolby Vision</em> and <strong>ADR</strong>.</p>
    </glossary-autolink>`);
    el.unlink();
    const before = snapshot(el);
    const nodes = textNodes(el);
    el.link();
    expect(ids(el)).to.deep.equal(['lut', 'cdl', 'dit', 'dolby-vision', 'adr']);
    // Content added and text edited while linked is restored too.
    el.append(Object.assign(document.createElement('p'), { textContent: 'Later: IMF.' }));
    await mutationsSettled();
    expect(ids(el)).to.include('imf');
    const addedText = el.lastElementChild!.textContent;
    el.unlink();
    expect(el.querySelectorAll('post-term')).to.have.length(0);
    const after = snapshot(el) as [string, string[], unknown[]];
    expect(after[2].slice(0, -1)).to.deep.equal((before as [string, string[], unknown[]])[2]);
    expect(el.lastElementChild!.textContent).to.equal(addedText);
    expect(el.lastElementChild!.childNodes).to.have.length(1);
    // The very same text nodes, not copies.
    textNodes(el)
      .slice(0, nodes.length)
      .forEach((n, i) => expect(n).to.equal(nodes[i]));
    // Unlinked, it stays unlinked: added content is left alone.
    el.append(Object.assign(document.createElement('p'), { textContent: 'A LUT.' }));
    await mutationsSettled();
    expect(el.querySelectorAll('post-term')).to.have.length(0);
    el.link();
    expect(ids(el)).to.deep.equal(['lut', 'cdl', 'dit', 'dolby-vision', 'adr', 'imf']);
  });

  it('unlink() restores a text node edited and re-linked while linked', async () => {
    const el = await fixture<GlossaryAutolink>(html`<glossary-autolink all><p>One LUT here, nothing there.</p></glossary-autolink>`);
    // Edit the text after the term: it is linked in place, inside the earlier split.
    const tail = el.querySelector('post-term')!.nextSibling as Text;
    tail.data = ' here, a CDL there.';
    await mutationsSettled();
    expect(ids(el)).to.deep.equal(['lut', 'cdl']);
    const p = el.querySelector('p')!;
    el.unlink();
    expect(p.childNodes).to.have.length(1);
    expect(p.textContent).to.equal('One LUT here, a CDL there.');
  });
});

describe('<glossary-autolink> with a provider', () => {
  it('links the provider’s own terms, and links again when its data changes', async () => {
    const el = await fixture<GlossaryProvider>(html`<glossary-provider glossary-href="/glossary" .terms=${[{ id: 'grip', term: 'Grip', category: 'industry', definition: 'Crew who rig cameras.' }]}>
      <glossary-autolink><p>The grips set the LUT; the dolly waited.</p></glossary-autolink>
    </glossary-provider>`);
    const auto = el.querySelector<GlossaryAutolink>('glossary-autolink')!;
    await auto.updateComplete;
    expect(links(auto)).to.deep.equal([
      ['grip', 'grips'],
      ['lut', 'LUT'],
    ]);
    const loaded = oneEvent(el, 'glossary-load');
    el.terms = [{ id: 'dolly', term: 'Dolly', category: 'industry', definition: 'A wheeled camera platform.' }];
    await loaded;
    await waitUntil(() => ids(auto).includes('dolly'), 'not linked again');
    expect(ids(auto)).to.deep.equal(['lut', 'dolly']);
    expect(auto.textContent).to.equal('The grips set the LUT; the dolly waited.');
    const term = auto.querySelector<PostTerm>('post-term[term=dolly]')!;
    await term.updateComplete;
    expect(term.entry?.definition).to.equal('A wheeled camera platform.');
  });
});

describe('<glossary-autolink>: readers', () => {
  it('the terms it makes work from the keyboard, and the article stays accessible', async () => {
    const el = await fixture(html`<div>
      <button type="button">before</button>
      <glossary-autolink><h2>Delivery</h2><p>We ship an IMF package and a DCP.</p></glossary-autolink>
    </div>`);
    el.querySelector('button')!.focus();
    const term = el.querySelector<PostTerm>('post-term')!;
    const opened = oneEvent(term, 'post-term-open');
    await pressKey('Tab');
    await opened;
    expect(term.open).to.equal(true);
    await pressKey('Escape');
    await term.updateComplete;
    expect(term.open).to.equal(false);
    await pressKey('Tab');
    await term.updateComplete;
    expect(document.activeElement).to.equal(el.querySelectorAll('post-term')[1]);
    const second = document.activeElement as PostTerm;
    second.blur();
    await second.updateComplete;
    // axe must see the page at rest, not a card half way through fading out.
    const card = second.shadowRoot!.querySelector('[part=card]');
    await Promise.allSettled(card?.getAnimations().map((a) => a.finished) ?? []);
    await expect(el).to.be.accessible();
  });
});
