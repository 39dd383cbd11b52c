import { expect, fixture, html, waitUntil, oneEvent } from '@open-wc/testing';
import '../../src/glossary-index.js';
import type { GlossaryIndex } from '../../src/glossary-index.js';
import { getBundledGlossary } from '../../src/core/bundled.js';
import { $, $$, nextEvent, pressKey, resetHash, waitFor, waitForFrames, waitForIdle, waitForStill } from '../helpers.js';

const ldBlocks = () => document.head.querySelectorAll('script[type="application/ld+json"][data-post-glossary]');

describe('<glossary-index>', () => {
  beforeEach(resetHash);
  afterEach(resetHash);

  it('renders every entry, in A–Z order, with its definition as text', async () => {
    const el = await fixture<GlossaryIndex>(html`<glossary-index></glossary-index>`);
    const names = $$(el, '.entry .term span').map((n) => n.textContent);
    expect(names).to.have.length(70);
    expect(names).to.deep.equal(getBundledGlossary().entries.map((e) => e.term));
    expect(names.slice(0, 4)).to.deep.equal(['AAF', 'ACES', 'ADR', 'After Effects']);
    // The definition's text is all there, verbatim, whatever links it carries.
    const lut = $(el, '#lut')!.closest('article')!;
    expect(lut.querySelector('.definition')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal(getBundledGlossary().get('lut')!.definition);
    expect(lut.querySelector('.expansion')!.textContent).to.equal('Look-Up Table');
    expect(lut.querySelector('.category')!.textContent).to.equal('Color');
  });

  it('shows all 26 letters, disabling those with no entries', async () => {
    const el = await fixture<GlossaryIndex>(html`<glossary-index></glossary-index>`);
    const letters = $$(el, '.letters li');
    expect(letters.map((l) => l.textContent!.trim()).join('')).to.equal('ABCDEFGHIJKLMNOPQRSTUVWXYZ');
    const disabled = $$(el, '.letters [aria-disabled=true]').map((l) => l.textContent);
    expect(disabled).to.deep.equal(['J', 'Q', 'T', 'U', 'Y', 'Z']);
    expect($(el, '.letters a[href="#letter-a"]')).to.exist;
    // Section headings at the level asked for, entries one below.
    expect($(el, '#letter-a')!.getAttribute('aria-level')).to.equal('2');
    expect($(el, '#lut')!.getAttribute('aria-level')).to.equal('3');
  });

  it('honours heading-level, letters and categories', async () => {
    const el = await fixture<GlossaryIndex>(html`<glossary-index heading-level="3" letters="A-C" categories="vfx,color"></glossary-index>`);
    expect($(el, '#letter-a')!.getAttribute('aria-level')).to.equal('3');
    const names = $$(el, '.entry .term span').map((n) => n.textContent);
    expect(names).to.include.members(['ACES', 'After Effects', 'Baked In', 'CG']);
    expect(names).to.not.include('AAF');
    expect(names.every((n) => /^[A-C]/.test(n!))).to.equal(true);
    expect(
      $$(el, '.letters li')
        .map((l) => l.textContent!.trim())
        .join(''),
    ).to.equal('ABC');
  });

  it('links mentions of other terms inside definitions: first mention, longest match, never itself', async () => {
    const el = await fixture<GlossaryIndex>(html`<glossary-index></glossary-index>`);
    const hdr10plus = $(el, '#hdr10-plus')!.closest('article')!;
    const links = [...hdr10plus.querySelectorAll<HTMLAnchorElement>('.definition a')].map((a) => [a.textContent, a.dataset.target]);
    expect(links).to.deep.equal([
      ['HDR', 'hdr'],
      ['Dolby Vision', 'dolby-vision'],
    ]);
    const dcp = $(el, '#dcp')!.closest('article')!;
    expect([...dcp.querySelectorAll<HTMLAnchorElement>('.definition a')].map((a) => a.dataset.target)).to.not.include('dcp');
  });

  it('follows a cross-link: reveals the entry, highlights it, focuses it and updates the hash', async () => {
    const el = await fixture<GlossaryIndex>(html`<glossary-index></glossary-index>`);
    const link = $(el, '#hdr10-plus')!.closest('article')!.querySelector<HTMLAnchorElement>('.definition a[data-target="dolby-vision"]')!;
    setTimeout(() => link.click());
    const nav = await oneEvent(el, 'glossary-index-navigate');
    expect(nav.detail).to.deep.equal({ id: 'dolby-vision' });
    expect(location.hash).to.equal('#dolby-vision');
    await el.updateComplete;
    expect($(el, '#dolby-vision')!.closest('article')!.classList.contains('highlight')).to.equal(true);
    await waitUntil(() => el.shadowRoot!.activeElement === $(el, '#dolby-vision'), 'entry not focused');
    await waitUntil(() => Math.abs($(el, '#dolby-vision')!.getBoundingClientRect().top) < innerHeight, 'entry not scrolled into view');
  });

  it('see-also links navigate within the index, and Back returns', async () => {
    const el = await fixture<GlossaryIndex>(html`<glossary-index></glossary-index>`);
    const seeAlso = $(el, '#aspera')!.closest('article')!.querySelector<HTMLAnchorElement>('.see-also a')!;
    expect(seeAlso.textContent).to.equal('MASV');
    seeAlso.click();
    expect(location.hash).to.equal('#masv');
    await el.updateComplete;
    expect($(el, '#masv')!.closest('article')!.classList.contains('highlight')).to.equal(true);
    $(el, '#masv')!.closest('article')!.querySelector<HTMLAnchorElement>('.see-also a[data-target="signiant"]')!.click();
    expect(location.hash).to.equal('#signiant');
    history.back();
    await waitUntil(() => location.hash === '#masv');
    await waitUntil(() => $(el, '#masv')!.closest('article')!.classList.contains('highlight'), 'Back did not reveal the previous entry');
  });

  it('reveals the entry named by the hash on load and when the hash changes', async () => {
    history.replaceState(null, '', '#kdm');
    const el = await fixture<GlossaryIndex>(html`<glossary-index></glossary-index>`);
    await waitUntil(() => $(el, '#kdm')!.closest('article')!.classList.contains('highlight'), 'hash on load ignored');
    await waitUntil(() => {
      const top = $(el, '#kdm')!.getBoundingClientRect().top;
      return top >= 0 && top < innerHeight / 2;
    }, 'entry from the hash is not at the top of the view');
    location.hash = '#lto';
    await waitUntil(() => $(el, '#lto')!.closest('article')!.classList.contains('highlight'), 'hashchange ignored');
    const handled = nextEvent('hashchange');
    location.hash = '#no-such-term';
    await handled; // the element's own listener ran first
    await waitForFrames(2);
    expect($(el, '#lto')!.closest('article')!.classList.contains('highlight')).to.equal(true);
  });

  it('letter links jump to the letter and put it in the hash', async () => {
    const el = await fixture<GlossaryIndex>(html`<glossary-index></glossary-index>`);
    $(el, '.letters a[data-target="letter-p"]')!.click();
    expect(location.hash).to.equal('#letter-p');
    await waitUntil(() => el.shadowRoot!.activeElement === $(el, '#letter-p'));
  });

  it('filters by category with counts, keyboard-operable', async () => {
    const el = await fixture<GlossaryIndex>(html`<glossary-index></glossary-index>`);
    const buttons = $$(el, '.filters button');
    const labels = buttons.map((b) => b.textContent!.replace(/\s+/g, ' ').trim());
    expect(labels[0]).to.equal('All 70');
    const counts = getBundledGlossary().categories();
    for (const c of counts) expect(labels).to.include(`${c.label} ${c.count}`);
    const sound = buttons.find((b) => b.textContent!.includes('Sound'))!;
    sound.focus();
    await pressKey('Enter');
    await el.updateComplete;
    expect(sound.getAttribute('aria-checked'), 'issue 19: a radio group now').to.equal('true');
    const shown = $$(el, '.entry .term span').map((n) => n.textContent);
    expect(shown).to.have.length(counts.find((c) => c.category === 'sound')!.count);
    expect(shown).to.include('Foley');
    // Letters with no sound entries are disabled now.
    expect($$(el, '.letters [aria-disabled=true]').map((l) => l.textContent)).to.include('B');
    buttons[0].click();
    await el.updateComplete;
    expect($$(el, '.entry')).to.have.length(70);
  });

  it('a category click keeps the markup of the entries that stay: none of them is rebuilt or re-rendered, either way', async () => {
    const el = await fixture<GlossaryIndex>(html`<glossary-index></glossary-index>`);
    const articles = () => new Map($$(el, '.entry').map((a) => [a.querySelector('[part=term]')!.id, a]));
    const before = articles();
    expect(before.size).to.equal(70);
    const sound = getBundledGlossary()
      .entries.filter((e) => e.category === 'sound')
      .map((e) => e.id);
    // Every change inside an entry that stays (text, attributes, children) is a re-render of it.
    const touched = new Set<string>();
    const observer = new MutationObserver((records) => {
      for (const r of records) {
        const entry = (r.target instanceof Element ? r.target : r.target.parentElement)?.closest('.entry');
        const id = entry?.querySelector('[part=term]')?.id;
        if (id && sound.includes(id)) touched.add(id);
      }
    });
    observer.observe(el.shadowRoot!, { subtree: true, childList: true, attributes: true, characterData: true });
    $$(el, '.filters button')
      .find((b) => b.textContent!.includes('Sound'))!
      .click();
    await waitFor(() => $$(el, '.entry').length === sound.length, 'only the sound entries are shown');
    const after = articles();
    expect(
      sound.every((id) => after.get(id) === before.get(id)),
      'the same element for every sound entry',
    ).to.equal(true);
    // Back to All: the sound entries are still the same elements, the others are added around them.
    $$(el, '.filters button')[0].click();
    await waitFor(() => $$(el, '.entry').length === 70, 'every entry is back');
    const all = articles();
    expect(
      sound.every((id) => all.get(id) === before.get(id)),
      'still the same element for every sound entry',
    ).to.equal(true);
    observer.takeRecords();
    observer.disconnect();
    expect([...touched], 'sound entries changed by the two clicks').to.deep.equal([]);
  });

  it('shows a focus ring on every control reached by keyboard: letters and category buttons', async () => {
    const el = await fixture<GlossaryIndex>(html`<glossary-index></glossary-index>`);
    const letter = $(el, '.letters a')!;
    letter.focus();
    await pressKey('Tab');
    const controls = [letter, ...$$(el, '.filters button')];
    for (const control of controls) {
      control.focus();
      expect(control.matches(':focus-visible')).to.equal(true);
      const style = getComputedStyle(control);
      expect(style.outlineStyle, control.textContent!).to.equal('solid');
      expect(parseFloat(style.outlineWidth)).to.be.at.least(2);
    }
  });

  it('filterIds shows only those entries, and a clear message with suggestions when none', async () => {
    const el = await fixture<GlossaryIndex>(html`<glossary-index></glossary-index>`);
    el.filterIds = ['lut', 'cdl'];
    await el.updateComplete;
    expect($$(el, '.entry .term span').map((n) => n.textContent)).to.deep.equal(['CDL', 'LUT']);
    // The category counts are of the matches now.
    const labels = $$(el, '.filters button').map((b) => b.textContent!.replace(/\s+/g, ' ').trim());
    expect(labels).to.include.members(['All 2', 'Color 2', 'Sound 0']);
    el.filterIds = [];
    el.filterQuery = 'lutt<b>';
    el.suggestions = ['lut'];
    await el.updateComplete;
    const empty = $(el, '.empty')!;
    expect(empty.textContent!.replace(/\s+/g, ' ')).to.contain('No terms match “lutt<b>”.');
    expect(empty.querySelector('b')).to.equal(null);
    const suggestion = empty.querySelector<HTMLAnchorElement>('a')!;
    expect(suggestion.textContent).to.equal('LUT');
    suggestion.click();
    await el.updateComplete;
    expect(el.filterIds).to.equal(null);
    expect($(el, '#lut')!.closest('article')!.classList.contains('highlight')).to.equal(true);
  });

  it('reveal() returns false for ids it does not show', async () => {
    const el = await fixture<GlossaryIndex>(html`<glossary-index letters="A"></glossary-index>`);
    expect(el.reveal('nope')).to.equal(false);
    expect(el.reveal('lut')).to.equal(false);
    expect(el.reveal('aaf', { updateHash: false })).to.equal(true);
  });

  it('adds one DefinedTermSet JSON-LD block per page, with every entry', async () => {
    const wrap = await fixture<HTMLElement>(html`<div>
      <glossary-index source-url="https://studio.example/glossary"></glossary-index>
      <glossary-index letters="A"></glossary-index>
    </div>`);
    // Written when the browser is idle, after the first render.
    await waitFor(() => ldBlocks()[0]?.textContent, 'no JSON-LD block written');
    expect(ldBlocks()).to.have.length(1);
    const data = JSON.parse(ldBlocks()[0].textContent!);
    expect(data['@type']).to.equal('DefinedTermSet');
    expect(data.hasDefinedTerm).to.have.length(70);
    const lut = data.hasDefinedTerm.find((t: { name: string }) => t.name === 'LUT');
    expect(lut).to.include({ '@type': 'DefinedTerm', url: 'https://studio.example/glossary#lut', description: getBundledGlossary().get('lut')!.definition });
    expect(lut.alternateName).to.include('Look-Up Table');
    // The first index goes: the other takes over; the last goes: the block goes.
    wrap.firstElementChild!.remove();
    const onlyA = () => JSON.parse(ldBlocks()[0]?.textContent || '{}').hasDefinedTerm?.every((t: { name: string }) => /^A/.test(t.name));
    await waitFor(onlyA, 'the second index did not take the block over');
    expect(ldBlocks()).to.have.length(1);
    wrap.remove();
    expect(ldBlocks()).to.have.length(0);
  });

  it('two indexes on one page: only the first that has the entry follows the hash, once per visit', async () => {
    const wrap = await fixture<HTMLElement>(html`<div>
      <glossary-index no-structured-data letters="A-F"></glossary-index>
      <glossary-index no-structured-data></glossary-index>
    </div>`);
    const [first, second] = [...wrap.querySelectorAll('glossary-index')];
    const seen: string[] = [];
    wrap.addEventListener('glossary-index-navigate', (e) => seen.push(`${(e.target as Element) === first ? 1 : 2}:${e.detail.id}`));
    const cdl = nextEvent('hashchange');
    location.hash = '#cdl'; // in both: the first follows it
    await waitUntil(() => seen.length > 0);
    await cdl;
    await waitForFrames(2);
    expect(seen).to.deep.equal(['1:cdl']);
    expect($(second, '.highlight')).to.equal(null);
    location.hash = '#lut'; // only in the second
    await waitUntil(() => seen.length > 1);
    // Reached through a link in the second index, then Back: popstate and hashchange both fire.
    $(second, '#lut')!.closest('article')!.querySelector<HTMLAnchorElement>('.definition a')!.click();
    const target = location.hash.slice(1);
    expect(seen.slice(1)).to.deep.equal(['2:lut', `2:${target}`]);
    const back = nextEvent('hashchange');
    history.back();
    await waitUntil(() => location.hash === '#lut');
    await back;
    await waitForFrames(2);
    expect(seen.slice(3)).to.deep.equal(['2:lut']);
  });

  it('ignores a fragment that is not valid percent-encoding', async () => {
    const el = await fixture<GlossaryIndex>(html`<glossary-index no-structured-data></glossary-index>`);
    const errors: unknown[] = [];
    const onError = (e: ErrorEvent) => errors.push(e.error);
    addEventListener('error', onError);
    const handled = nextEvent('hashchange');
    location.hash = '#%E0%A4%A';
    await handled;
    await waitForFrames(2);
    removeEventListener('error', onError);
    expect(errors).to.deep.equal([]);
    expect($(el, '.highlight')).to.equal(null);
  });

  /** A same-origin frame under a strict Trusted Types policy, running its own copy of the element. */
  async function frameWithCsp(csp: string) {
    const frame = document.createElement('iframe');
    frame.srcdoc = `<!doctype html><meta http-equiv="Content-Security-Policy" content="${csp}">
      <script>window.violations = []; document.addEventListener('securitypolicyviolation', (e) => violations.push(e.violatedDirective));</script>
      <script type="module" src="/src/glossary-index.ts"></script>
      <glossary-index></glossary-index>`;
    document.body.append(frame);
    await waitUntil(() => frame.contentDocument?.querySelector('glossary-index')?.shadowRoot?.querySelector('.entry'), 'frame did not render', { timeout: 10000 });
    const win = frame.contentWindow as Window & { violations: string[] };
    const doc = frame.contentDocument!;
    await waitUntil(() => doc.head.querySelector('script[type="application/ld+json"]'), 'no JSON-LD in frame');
    // The policy is really enforced in the frame: the plain setter throws (a TypeError, per the
    // Trusted Types spec; each engine words the message its own way) and writes nothing.
    const plain = doc.createElement('script');
    expect(() => (plain.textContent = '{}'))
      .to.throw()
      .with.property('name', 'TypeError');
    expect(plain.textContent).to.equal('');
    const blocks = doc.head.querySelectorAll('script[type="application/ld+json"][data-post-glossary]');
    return { frame, win, blocks };
  }

  it('writes its JSON-LD under Trusted Types (require-trusted-types-for) without a violation', async function () {
    this.timeout(15000);
    const { frame, win, blocks } = await frameWithCsp("require-trusted-types-for 'script'");
    try {
      expect(blocks).to.have.length(1);
      expect(JSON.parse(blocks[0].textContent!).hasDefinedTerm).to.have.length(70);
      expect(win.violations).to.deep.equal([]);
    } finally {
      frame.remove();
    }
  });

  it('still writes its JSON-LD when the page allows only other Trusted Types policies', async function () {
    this.timeout(15000);
    const { frame, blocks } = await frameWithCsp("require-trusted-types-for 'script'; trusted-types lit-html");
    try {
      expect(blocks).to.have.length(1);
      expect(JSON.parse(blocks[0].textContent!).hasDefinedTerm).to.have.length(70);
    } finally {
      frame.remove();
    }
  });

  it('adds no JSON-LD with no-structured-data', async () => {
    await fixture<GlossaryIndex>(html`<glossary-index no-structured-data></glossary-index>`);
    await waitForIdle();
    expect(ldBlocks()).to.have.length(0);
  });

  it('links each entry to its canonical entry and credits the source when source-url is set', async () => {
    const el = await fixture<GlossaryIndex>(html`<glossary-index source-url="https://studio.example/glossary" source-name="Seoul Post Studio" no-structured-data></glossary-index>`);
    const link = $(el, '#lut')!.closest('article')!.querySelector<HTMLAnchorElement>('.more a')!;
    expect(link.href).to.equal('https://studio.example/glossary#lut');
    expect($(el, '.credit')!.textContent).to.equal('Glossary by Seoul Post Studio');
  });

  it('shows learn-more links only with link-base', async () => {
    const el = await fixture<GlossaryIndex>(html`<glossary-index no-structured-data></glossary-index>`);
    expect($(el, '#aces')!.closest('article')!.querySelector('.more')).to.equal(null);
    el.linkBase = 'https://studio.example/';
    await el.updateComplete;
    expect($(el, '#aces')!.closest('article')!.querySelector<HTMLAnchorElement>('.more a')!.href).to.equal('https://studio.example/guides/color-workflows-korea');
  });

  it('keeps its look under a hostile host stylesheet, and leaks nothing out', async () => {
    const wrap = await fixture<HTMLElement>(html`<div class="hostile">
      <style>
        .hostile, .hostile * { box-sizing: content-box; margin: 0; padding: 0; text-transform: uppercase; letter-spacing: 0.3em; text-align: justify; }
        .hostile button { background: #000; color: #0f0; font-size: 40px; border: 5px dashed red; }
        .hostile a { color: #ff006e !important; border-bottom: 4px solid #ffbe0b; }
      </style>
      <button id="host-button">host</button>
      <glossary-index no-structured-data letters="A"></glossary-index>
    </div>`);
    const el = wrap.querySelector('glossary-index')!;
    const def = $(el, '.definition')!;
    expect(getComputedStyle(def).textTransform).to.equal('none');
    // Letter spacing is the page's (and its reader's, WCAG 1.4.12) to set: it comes through (issue 19.9).
    expect(getComputedStyle(def).letterSpacing).to.equal(getComputedStyle(el).letterSpacing);
    expect(getComputedStyle(def).textAlign).to.equal('start');
    const chip = $(el, '.filters button')!;
    expect(getComputedStyle(chip).fontSize).to.not.equal('40px');
    expect(getComputedStyle(chip).borderStyle).to.equal('solid');
    const link = $(el, '.definition a')!;
    expect(getComputedStyle(link).color).to.not.equal('rgb(255, 0, 110)');
    expect(getComputedStyle(link).borderBottomStyle).to.equal('none');
    // Nothing of the index's styles reaches the host page.
    expect(getComputedStyle(wrap.querySelector('#host-button')!).backgroundColor).to.equal('rgb(0, 0, 0)');
    expect(getComputedStyle(wrap.querySelector('#host-button')!).borderStyle).to.equal('dashed');
  });

  it('renders a large glossary progressively and jumps to a letter not yet rendered', async function () {
    this.timeout(20000); // 2,000 entries in Lit's dev build, on a shared 2-core machine
    const { createGlossary } = await import('../../src/core/glossary.js');
    const { ContextProvider } = await import('@lit/context');
    const { glossaryContext } = await import('../../src/context.js');
    const { generateTerms } = await import('../../bench/generate.js');
    const host = document.createElement('div');
    new ContextProvider(host, { context: glossaryContext, initialValue: { glossary: createGlossary(generateTerms(2000)) } });
    const el = document.createElement('glossary-index') as GlossaryIndex;
    el.noStructuredData = true;
    host.append(el);
    document.body.append(host);
    try {
      await el.updateComplete;
      const first = $$(el, '.entry').length;
      expect(first).to.be.below(2000);
      expect($$(el, '.letter-heading').length).to.be.at.least(20);
      const last = [...$$(el, '.letters a')].pop()!;
      const letter = last.dataset.target!;
      expect($(el, `#${letter}`)!.closest('section')!.querySelector('.entry')).to.equal(null);
      last.click();
      await el.updateComplete;
      // The letter's first entries are there at once, out of turn, and its heading has focus.
      const section = $(el, `#${letter}`)!.closest('section')!;
      expect(section.querySelectorAll('.entry').length).to.be.at.least(10);
      expect(el.shadowRoot!.activeElement).to.equal($(el, `#${letter}`));
      await waitUntil(() => $$(el, '.entry').length === 2000, 'the rest never rendered', { timeout: 15000 });
      expect(section.getAttribute('aria-busy')).to.equal('false');
      expect($$(el, '.entry .term span').map((n) => n.textContent)).to.deep.equal(el.glossary.entries.map((e) => e.term));
    } finally {
      host.remove();
    }
  });

  it('follows a deep link to an entry far from the first screenfuls of a large glossary', async function () {
    this.timeout(20000);
    const { createGlossary } = await import('../../src/core/glossary.js');
    const { ContextProvider } = await import('@lit/context');
    const { glossaryContext } = await import('../../src/context.js');
    const { generateTerms } = await import('../../bench/generate.js');
    const glossary = createGlossary(generateTerms(2000));
    const target = glossary.entries[glossary.entries.length - 1];
    history.replaceState(null, '', `#${target.id}`);
    const host = document.createElement('div');
    new ContextProvider(host, { context: glossaryContext, initialValue: { glossary } });
    const el = document.createElement('glossary-index') as GlossaryIndex;
    el.noStructuredData = true;
    host.append(el);
    document.body.append(host);
    try {
      await el.updateComplete;
      expect($(el, `[id="${target.id}"]`)).to.equal(null); // not in the first screenfuls
      await waitUntil(() => $(el, `[id="${target.id}"]`)?.closest('article')?.classList.contains('highlight'), 'deep link not followed');
      await waitUntil(() => {
        const top = $(el, `[id="${target.id}"]`)!.getBoundingClientRect().top;
        return top >= 0 && top < innerHeight;
      }, 'entry not in view');
      expect(el.shadowRoot!.activeElement).to.equal($(el, `[id="${target.id}"]`));
    } finally {
      host.remove();
    }
  });

  it('renders every entry at once when the page is printed before the rest has arrived', async function () {
    this.timeout(20000);
    const { createGlossary } = await import('../../src/core/glossary.js');
    const { ContextProvider } = await import('@lit/context');
    const { glossaryContext } = await import('../../src/context.js');
    const { generateTerms } = await import('../../bench/generate.js');
    const host = document.createElement('div');
    new ContextProvider(host, { context: glossaryContext, initialValue: { glossary: createGlossary(generateTerms(2000)) } });
    const el = document.createElement('glossary-index') as GlossaryIndex;
    el.noStructuredData = true;
    host.append(el);
    document.body.append(host);
    try {
      await el.updateComplete;
      expect($$(el, '.entry').length).to.be.below(2000);
      dispatchEvent(new Event('beforeprint'));
      expect($$(el, '.entry')).to.have.length(2000); // synchronously: printing lays out right after
    } finally {
      host.remove();
    }
  });

  // axe cannot find the background of text inside a `content-visibility: auto` box (it falls
  // back to white, so dark-theme text "fails" and light-theme text passes unchecked); these tests
  // render the entries visible from the page, through their part, so contrast is really checked.
  const axeVisible = html`<style>
    glossary-index::part(entry) {
      content-visibility: visible;
    }
  </style>`;

  it('is axe-clean', async function () {
    this.timeout(20000); // axe over 70 entries
    const wrap = await fixture<HTMLElement>(html`<div>
      ${axeVisible}<glossary-index no-structured-data link-base="/" source-url="https://studio.example/g"></glossary-index>
    </div>`);
    const el = wrap.querySelector('glossary-index')!;
    await expect(el).to.be.accessible();
  });

  it('is axe-clean in the dark theme, filtered, with a highlighted entry and the empty message', async function () {
    this.timeout(20000);
    const wrap = await fixture<HTMLElement>(html`<div>${axeVisible}<glossary-index theme="dark" no-structured-data letters="A-D"></glossary-index></div>`);
    const el = wrap.querySelector('glossary-index')!;
    $$(el, '.filters button')[1].click();
    el.reveal('cdl', { updateHash: false });
    await el.updateComplete;
    await expect(el).to.be.accessible();
    el.filterIds = [];
    el.filterQuery = 'zzz';
    el.suggestions = ['aces'];
    await el.updateComplete;
    await expect(el).to.be.accessible();
  });
});

describe('<glossary-index> on a phone', () => {
  it('a deep-linked entry lands below the letter bar even when the bar wraps to several rows', async () => {
    const wrap = await fixture<HTMLElement>(html`<div style="width: 340px"><glossary-index no-structured-data></glossary-index></div>`);
    const el = wrap.querySelector('glossary-index') as GlossaryIndex;
    await el.updateComplete;
    const bar = el.shadowRoot!.querySelector<HTMLElement>('.letters')!;
    expect(bar.offsetHeight, 'the bar wraps at this width').to.be.greaterThan(60);
    el.reveal('lut');
    const term = () => el.shadowRoot!.querySelector<HTMLElement>('#lut .term, [id="lut"] .term') ?? el.shadowRoot!.getElementById('lut')!;
    await waitUntil(() => Math.abs(bar.getBoundingClientRect().top) < 2, 'the bar did not stick to the top');
    await waitForStill(term()); // the scroll has ended
    expect(term().getBoundingClientRect().top, 'the entry is hidden under the bar').to.be.at.least(bar.getBoundingClientRect().bottom);
  });
});
