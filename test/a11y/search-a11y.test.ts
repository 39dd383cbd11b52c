import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendMouse, resetMouse } from '@web/test-runner-commands';
import { DEFAULT_VIEWPORT, itExcept, pressKey, setViewport, typeText } from '../helpers.js';
import '../../src/glossary-search.js';
import '../../src/glossary-index.js';
import type { GlossarySearch } from '../../src/glossary-search.js';
import type { GlossaryIndex } from '../../src/glossary-index.js';
import { axNodes, emulateFeatures, contrast } from './helpers.js';

const $ = <T extends HTMLElement = HTMLElement>(el: HTMLElement, sel: string) => el.shadowRoot!.querySelector<T>(sel);
const $$ = (el: HTMLElement, sel: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(sel)];
const input = (el: GlossarySearch) => $<HTMLInputElement>(el, 'input')!;
const options = (el: GlossarySearch) => $$(el, '[role=option]');
const popupOpen = (el: GlossarySearch) => !!$(el, '.popup')?.matches(':popover-open');
const activeId = (el: GlossarySearch) => input(el).getAttribute('aria-activedescendant');
const status = (el: GlossarySearch) => $(el, '[role=status]')!.textContent!.trim();
const center = (target: Element): [number, number] => {
  const r = target.getBoundingClientRect();
  return [Math.round(r.left + r.width / 2), Math.round(r.top + r.height / 2)];
};
const resetHash = () => history.replaceState(null, '', location.pathname + location.search);

async function typeInto(el: GlossarySearch, text: string) {
  input(el).scrollIntoView({ block: 'center' });
  await sendMouse({ type: 'click', position: center(input(el)) });
  await typeText(text);
  await el.updateComplete;
}

/** The options in the browser's accessibility tree, once it has caught up with the DOM (null: no tree here). */
async function axOptions() {
  for (let i = 0; i < 20; i++) {
    const nodes = await axNodes();
    if (!nodes) return null;
    const opts = nodes.filter((n) => n.role === 'option');
    if (opts.length) return opts;
    await new Promise((r) => requestAnimationFrame(r));
  }
  return [];
}

afterEach(async () => {
  await setViewport(DEFAULT_VIEWPORT);
  resetHash();
  await resetMouse();
  await emulateFeatures([]);
});

describe('<glossary-search> shortcuts (issue 19.1, issue 15)', () => {
  it('"/" is off unless the page asks for it, and aria-keyshortcuts is only on the box a key focuses', async () => {
    const page = await fixture<HTMLElement>(html`<div>
      <button id="b">A button</button>
      <glossary-search id="plain"></glossary-search>
      <glossary-search id="one" shortcut="slash"></glossary-search>
      <glossary-search id="two" shortcut="slash ctrl-k"></glossary-search>
    </div>`);
    const [plain, one, two] = page.querySelectorAll('glossary-search');
    await two.updateComplete;
    const button = page.querySelector<HTMLButtonElement>('#b')!;
    plain.remove();
    button.focus();
    await pressKey('/');
    expect(document.activeElement === one, '"/" goes to the first box that asks for it').to.equal(true);
    expect(input(one).getAttribute('aria-keyshortcuts')).to.equal('/');
    expect(input(two).getAttribute('aria-keyshortcuts'), 'two does not get "/"').to.equal('Control+K Meta+K');
    page.prepend(plain);
    await plain.updateComplete;
    expect(input(plain).hasAttribute('aria-keyshortcuts'), 'a box without shortcut advertises one').to.equal(false);
    // The hint is always in the template (a server-rendered box hydrates without a mismatch), hidden
    // unless "/" focuses this box: what counts is that the reader does not see it.
    const plainHint = $(plain, 'kbd');
    expect(!plainHint || getComputedStyle(plainHint).display === 'none', 'a box "/" does not focus shows the hint').to.equal(true);
    // Switched off: "/" is a character again, wherever focus is.
    one.setAttribute('shortcut', 'none');
    two.setAttribute('shortcut', 'ctrl-k');
    await two.updateComplete;
    button.focus();
    await pressKey('/');
    expect(document.activeElement === button, '"/" still moves focus').to.equal(true);
    expect(input(one).hasAttribute('aria-keyshortcuts')).to.equal(false);
  });

  it('the bare shortcut attribute means "/" and Ctrl+K, as before', async () => {
    const page = await fixture<HTMLElement>(html`<div><button id="b">b</button><glossary-search shortcut></glossary-search></div>`);
    const el = page.querySelector('glossary-search')!;
    await el.updateComplete;
    expect(input(el).getAttribute('aria-keyshortcuts')).to.equal('/ Control+K Meta+K');
    page.querySelector<HTMLButtonElement>('#b')!.focus();
    await pressKey('/');
    expect(document.activeElement === el).to.equal(true);
  });

  it('shows the "/" hint only where a keyboard is likely (hover and a fine pointer)', async () => {
    const el = await fixture<GlossarySearch>(html`<glossary-search shortcut="slash"></glossary-search>`);
    const hint = $(el, 'kbd');
    expect(hint).to.exist;
    // Headless Chromium has no pointer (hover: none, pointer: none): there the hint must not show;
    // a desktop browser with a mouse shows it. (DevTools cannot emulate hover or pointer.)
    const keyboardLikely = matchMedia('(hover: hover) and (pointer: fine)').matches;
    expect(getComputedStyle(hint!).display !== 'none', `hint shown: ${!keyboardLikely}`).to.equal(keyboardLikely);
  });
});

describe('<glossary-search> names in the accessibility tree (issue 19.4)', () => {
  it('an option is named term + expansion (words apart), its snippet is the description', async () => {
    const el = await fixture<GlossarySearch>(html`<glossary-search></glossary-search>`);
    await typeInto(el, 'lut');
    await pressKey('ArrowDown');
    await el.updateComplete;
    const opts = await axOptions();
    if (!opts) return;
    expect(opts[0].name).to.equal('LUT Look-Up Table');
    expect(opts[0].description).to.equal(el.results[0].snippet);
    input(el).select();
    await typeText('resolve');
    await el.updateComplete;
    await waitUntil(async () => (await axOptions())!.some((n) => /^DaVinci/.test(n.name ?? '')), 'no DaVinci option', { timeout: 2000 });
    const names = (await axOptions())!.map((n) => n.name);
    expect(names).to.include('DaVinci Resolve (Resolve)');
    // The expansion matched from its first letter (the space then sits inside the mark).
    input(el).select();
    await typeText('digital imaging technician');
    await el.updateComplete;
    expect(el.results[0].field).to.equal('expansion');
    await waitUntil(async () => (await axOptions())!.some((n) => /^DIT/.test(n.name)), 'no DIT option', { timeout: 2000 });
    expect((await axOptions())!.map((n) => n.name)).to.include('DIT Digital Imaging Technician');
  });
});

describe('<glossary-search> APG combobox (issue 19.10)', () => {
  it('first Esc closes the list and keeps the text, the second clears it', async () => {
    const el = await fixture<GlossarySearch>(html`<glossary-search></glossary-search>`);
    await typeInto(el, 'lut');
    expect(popupOpen(el)).to.equal(true);
    await pressKey('Escape');
    await el.updateComplete;
    expect(popupOpen(el)).to.equal(false);
    expect(input(el).getAttribute('aria-expanded')).to.equal('false');
    expect(input(el).value, 'the first Esc cleared the text').to.equal('lut');
    await pressKey('Escape');
    await el.updateComplete;
    expect(input(el).value).to.equal('');
  });

  it('no results: aria-expanded is false (no empty listbox is announced as open)', async () => {
    const el = await fixture<GlossarySearch>(html`<glossary-search></glossary-search>`);
    await typeInto(el, 'zzqxj');
    expect(options(el)).to.have.length(0);
    expect(input(el).getAttribute('aria-expanded')).to.equal('false');
  });

  it('Left/Right move the caret and leave the options; Alt+Down on an open list highlights nothing', async () => {
    const el = await fixture<GlossarySearch>(html`<glossary-search></glossary-search>`);
    await typeInto(el, 'color');
    await pressKey('ArrowDown');
    await el.updateComplete;
    expect(activeId(el)).to.equal('opt-0');
    await pressKey('ArrowLeft');
    await el.updateComplete;
    expect(activeId(el), 'Left kept an option highlighted').to.equal(null);
    expect(input(el).selectionStart).to.equal(4);
    await pressKey('ArrowDown', { modifiers: ['Alt'] });
    await el.updateComplete;
    expect(popupOpen(el)).to.equal(true);
    expect(activeId(el), 'Alt+Down moved into the list').to.equal(null);
  });

  it('Enter with nothing highlighted highlights the top hit (announced) instead of choosing it silently', async () => {
    const el = await fixture<GlossarySearch>(html`<glossary-search></glossary-search>`);
    let chosen = 0;
    el.addEventListener('glossary-select', (e) => {
      chosen++;
      e.preventDefault();
    });
    await typeInto(el, 'lut');
    await pressKey('Enter');
    await el.updateComplete;
    expect(chosen, 'Enter chose an option nobody had heard').to.equal(0);
    expect(activeId(el)).to.equal('opt-0');
    await pressKey('Enter');
    expect(chosen).to.equal(1);
  });
});

describe('<glossary-search> filter count (issue 19.7)', () => {
  it('with a category filter on, the status counts the entries shown', async () => {
    const page = await fixture<HTMLElement>(html`<div>
      <glossary-search filter></glossary-search>
      <glossary-index no-structured-data></glossary-index>
    </div>`);
    const el = page.querySelector('glossary-search')!;
    const index = page.querySelector<GlossaryIndex>('glossary-index')!;
    await index.updateComplete;
    const sound = $$(index, '[part=filters] button').find((b) => /Sound/.test(b.textContent!))!;
    sound.click();
    await index.updateComplete;
    await typeInto(el, 'dolby');
    await index.updateComplete;
    const shown = $$(index, '.entry').length;
    expect(shown).to.be.greaterThan(0);
    expect(el.results.length + (index.filterIds?.length ?? 0)).to.be.greaterThan(shown);
    await waitUntil(() => /match/.test(status(el)), `status: "${status(el)}"`);
    expect(status(el)).to.equal(`${shown} ${shown === 1 ? 'term matches' : 'terms match'}.`);
  });
});

describe('<glossary-search> looks (issue 19.12, lower)', () => {
  for (const theme of ['light', 'dark'] as const) {
    it(`the field's edge has 3:1 contrast with the page behind it (${theme})`, async () => {
      const wrap = await fixture<HTMLElement>(html`<div style="padding:8px;background:${theme === 'dark' ? '#202124' : '#ffffff'}"><glossary-search theme=${theme}></glossary-search></div>`);
      const el = wrap.querySelector('glossary-search')!;
      await el.updateComplete;
      const field = getComputedStyle($(el, '.field')!);
      expect(contrast(field.borderTopColor, field.backgroundColor)).to.be.at.least(3);
      expect(contrast(field.borderTopColor, getComputedStyle(wrap).backgroundColor)).to.be.at.least(3);
    });
  }

  it('in the card after a see-also jump, the back and close buttons are whole and apart (a short window: the card scrolls)', async () => {
    await setViewport({ width: 800, height: 360 });
    const el = await fixture<GlossarySearch>(html`<glossary-search></glossary-search>`);
    await typeInto(el, 'conform');
    options(el)[0].click();
    await el.updateComplete;
    // The whole definition ("More"), so that the card is taller than the room.
    $<HTMLButtonElement>(el, '[part~=card-more]')?.click();
    await el.updateComplete;
    // The reader scrolled the card down to its see-also buttons.
    const scroller = $(el, '[part=card]')!;
    expect(scroller.scrollHeight, 'the card does not scroll here').to.be.greaterThan(scroller.clientHeight);
    scroller.scrollTop = scroller.scrollHeight;
    $(el, '[part=card] .chip')!.click();
    await el.updateComplete;
    await new Promise((r) => requestAnimationFrame(r));
    const card = $(el, '[part=card]')!.getBoundingClientRect();
    const back = $(el, '[part=card-back]')!;
    const close = $(el, '[part=card-close]')!;
    for (const b of [back, close]) {
      const r = b.getBoundingClientRect();
      expect(r.top >= card.top && r.bottom <= card.bottom && r.left >= card.left && r.right <= card.right, `${b.className} sticks out`).to.equal(true);
      // Nothing over it: both ends of it are its own (inside the rounded corners).
      const y = (r.top + r.bottom) / 2;
      for (const x of [r.left + 4, r.right - 4]) expect(el.shadowRoot!.elementFromPoint(x, y)?.closest('button') === b, `${b.className} is covered`).to.equal(true);
    }
    const a = back.getBoundingClientRect();
    const c = close.getBoundingClientRect();
    expect(a.right <= c.left || a.bottom <= c.top || c.bottom <= a.top, 'back and close overlap').to.equal(true);
  });

  const NO_FORCED_COLORS = 'forced colours are emulated through the DevTools protocol, which this driver does not speak';
  itExcept({ firefox: NO_FORCED_COLORS, webkit: NO_FORCED_COLORS }, 'forced colours: a matched part uses Mark with MarkText', async () => {
    const el = await fixture<GlossarySearch>(html`<glossary-search></glossary-search>`);
    expect(
      await emulateFeatures([
        { name: 'forced-colors', value: 'active' },
        { name: 'prefers-color-scheme', value: 'dark' },
      ]),
      'forced colours emulated',
    ).to.equal(true);
    expect(matchMedia('(forced-colors: active)').matches, 'forced-colors: active').to.equal(true);
    await typeInto(el, 'lut');
    const mark = $(el, 'mark')!;
    const probe = document.createElement('span');
    probe.style.color = 'MarkText';
    probe.style.backgroundColor = 'Mark';
    document.body.append(probe);
    try {
      expect(getComputedStyle(mark).color).to.equal(getComputedStyle(probe).color);
    } finally {
      probe.remove();
    }
  });
});
