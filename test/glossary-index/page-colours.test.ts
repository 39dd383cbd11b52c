import { expect, fixture, html } from '@open-wc/testing';
import '../../src/glossary-index.js';
import type { GlossaryIndex } from '../../src/glossary-index.js';
import { COLOR_SCHEME_LIMIT, emulateColorScheme, itExcept } from '../helpers.js';

const inner = (el: GlossaryIndex, sel: string) => getComputedStyle(el.shadowRoot!.querySelector(sel)!);
const LIGHT_ACCENT = 'rgb(11, 87, 208)';
const DARK_ACCENT = 'rgb(168, 199, 250)';

async function onPage(style: string, attrs = '') {
  const wrap = await fixture<HTMLElement>(html`<div style=${style}><glossary-index no-structured-data theme=${attrs || undefined}></glossary-index></div>`);
  const el = wrap.querySelector<GlossaryIndex>('glossary-index')!;
  await el.updateComplete;
  return el;
}

describe('<glossary-index> on the page it is embedded in', () => {
  afterEach(() => emulateColorScheme('light'));

  it("has no background of its own and takes the page's text colour; its sticky bar takes the page's background", async () => {
    // A reader who prefers dark (in WebKit, whose driver cannot set the preference, a reader who
    // prefers light: every assertion below holds for both).
    await emulateColorScheme('dark');
    const el = await onPage('background: rgb(246, 240, 225); color: rgb(59, 47, 30)');
    expect(getComputedStyle(el).backgroundColor).to.equal('rgba(0, 0, 0, 0)');
    expect(inner(el, '.index').backgroundColor).to.equal('rgba(0, 0, 0, 0)');
    expect(inner(el, '.index').color).to.equal('rgb(59, 47, 30)');
    expect(inner(el, '.letters').backgroundColor).to.equal('rgb(246, 240, 225)');
    // An always-light page (no color-scheme): a reader who prefers dark gets no dark slab.
    expect(inner(el, 'a[part=letter]').color).to.equal(LIGHT_ACCENT);
  });

  it("follows the page's color-scheme: dark on a dark page, light where the page allows both and the reader has no dark preference", async () => {
    const dark = await onPage('color-scheme: dark; background: rgb(43, 43, 43); color: rgb(230, 230, 230)');
    expect(inner(dark, 'a[part=letter]').color).to.equal(DARK_ACCENT);
    const both = await onPage('color-scheme: light dark');
    expect(inner(both, 'a[part=letter]').color).to.equal(LIGHT_ACCENT);
  });

  itExcept({ webkit: COLOR_SCHEME_LIMIT }, "takes the reader's dark preference where the page allows both", async () => {
    const both = await onPage('color-scheme: light dark');
    expect(inner(both, 'a[part=letter]').color).to.equal(LIGHT_ACCENT);
    await emulateColorScheme('dark');
    expect(inner(both, 'a[part=letter]').color).to.equal(DARK_ACCENT);
  });

  it('theme still pins a scheme, with a surface of its own', async () => {
    // The reader prefers dark (in WebKit, whose driver cannot set the preference, light: the
    // pinned dark scheme must win over it all the same).
    await emulateColorScheme('dark');
    const el = await onPage('background: rgb(255, 255, 255); color: rgb(0, 0, 0)', 'dark');
    expect(inner(el, '.index').backgroundColor).to.equal('rgb(32, 33, 36)');
    expect(inner(el, '.index').color).to.equal('rgb(227, 227, 227)');
    expect(inner(el, '.letters').backgroundColor).to.equal('rgb(32, 33, 36)');
    expect(inner(el, 'a[part=letter]').color).to.equal(DARK_ACCENT);
    expect(parseFloat(inner(el, '.index').paddingLeft)).to.be.above(0);
  });
});
