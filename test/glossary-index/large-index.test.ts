import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { ContextProvider } from '@lit/context';
import '../../src/glossary-index.js';
import type { GlossaryIndex } from '../../src/glossary-index.js';
import { glossaryContext } from '../../src/context.js';
import { createGlossary } from '../../src/core/glossary.js';
import { CATEGORIES } from '../../src/core/types.js';

/** A bare context provider, so these tests do not depend on <glossary-provider>. */
class LargeIndexProvider extends HTMLElement {
  provider = new ContextProvider(this, { context: glossaryContext });
}
customElements.define('large-index-provider', LargeIndexProvider);

/** `count` entries spread over A–Z and the eight categories ("Aword 00000", …). */
function glossary(count: number) {
  return createGlossary(
    Array.from({ length: count }, (_, i) => {
      const letter = String.fromCharCode(65 + (i % 26));
      return {
        id: `w-${i}`,
        term: `${letter}word ${String(i).padStart(5, '0')}`,
        category: CATEGORIES[i % CATEGORIES.length],
        definition: `Entry ${i}: a word of the studio, with a sentence or two about it.`,
      };
    }),
  );
}

async function index(count: number) {
  const wrap = await fixture<LargeIndexProvider>(html`<large-index-provider><glossary-index no-structured-data></glossary-index></large-index-provider>`);
  const g = glossary(count);
  wrap.provider.setValue({ glossary: g });
  const el = wrap.querySelector<GlossaryIndex>('glossary-index')!;
  await el.updateComplete;
  return { el, g };
}
const rendered = (el: GlossaryIndex) => [...el.shadowRoot!.querySelectorAll('[part=entry]')];
const busy = (el: GlossaryIndex) => el.shadowRoot!.querySelectorAll('section[aria-busy=true]').length;

describe('<glossary-index> with thousands of entries', () => {
  it('a category click shows that category’s first entries at once and the rest in later tasks, not all of them in one go', async function () {
    this.timeout(60_000);
    const { el, g } = await index(3000);
    await waitUntil(() => rendered(el).length === 3000, 'every entry arrives', { timeout: 50_000 });
    const vfx = g.entries.filter((e) => e.category === 'vfx');
    const button = [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('.filters button')].find((b) => b.textContent!.includes('VFX'))!;
    const idOf = (a: Element) => a.querySelector('[part=term]')!.id;
    // What the first render showing only VFX entries shows (a MutationObserver sees each render).
    let first: Element[] | undefined;
    let busyThen = 0;
    const observer = new MutationObserver(() => {
      const now = rendered(el);
      if (!first && now.every((a) => g.get(idOf(a))!.category === 'vfx')) {
        first = now;
        busyThen = busy(el);
      }
    });
    observer.observe(el.shadowRoot!, { childList: true, subtree: true });
    button.click();
    await el.updateComplete;
    // The button shows the choice at once; the entries follow (what was rendered is removed a
    // thousand per task first), then the category's first screen only, the sections saying more is coming.
    expect(button.getAttribute('aria-checked')).to.equal('true');
    await waitUntil(() => first, 'only VFX entries are shown', { timeout: 30_000 });
    observer.disconnect();
    expect(first!.length).to.be.within(1, 60);
    expect(first!.length).to.be.lessThan(vfx.length);
    expect(busyThen).to.be.greaterThan(0);
    const byLetter = (ids: string[]) => ids.sort();
    // Then the rest of them, and nothing else.
    await waitUntil(() => rendered(el).length === vfx.length && busy(el) === 0, 'the rest of the category arrives', { timeout: 30_000 });
    expect(byLetter(rendered(el).map(idOf))).to.deep.equal(byLetter(vfx.map((e) => e.id)));
  });

  it('in a large index, definitions gain their cross-links once the names are indexed (in slices, after the first screen)', async function () {
    this.timeout(60_000);
    const { el } = await index(3000);
    // "Entry 1: … Aword 00000 …": every definition names the entry before it.
    const wrap = el.parentElement as LargeIndexProvider;
    const g = createGlossary(
      Array.from({ length: 3000 }, (_, i) => ({
        id: `w-${i}`,
        term: `${String.fromCharCode(65 + (i % 26))}word ${String(i).padStart(5, '0')}`,
        category: 'workflow',
        definition: i ? `Comes after ${String.fromCharCode(65 + ((i - 1) % 26))}word ${String(i - 1).padStart(5, '0')} in the list.` : 'The first.',
      })),
    );
    wrap.provider.setValue({ glossary: g });
    await el.updateComplete;
    const definition = () => el.shadowRoot!.getElementById('w-1')!.closest('[part=entry]')!.querySelector('[part=definition]')!;
    expect(definition().textContent!.trim()).to.equal('Comes after Aword 00000 in the list.');
    await waitUntil(() => definition().querySelector('a[data-target="w-0"]'), 'the cross-link appears', { timeout: 30_000 });
    expect(definition().textContent!.replace(/\s+/g, ' ').trim()).to.equal('Comes after Aword 00000 in the list.');
  });

  it('files names whose first Latin letter is not their first character ("3D …", sorted before "A") under that letter, with its other entries, in order', async function () {
    this.timeout(60_000);
    const { el } = await index(10);
    // "3D 000" … sort before every letter but are filed under D, as are "Dword 000" …; blocks of
    // 50 are counted across both runs of D entries.
    const g = createGlossary([
      ...Array.from({ length: 120 }, (_, i) => ({ id: `three-d-${i}`, term: `3D ${String(i).padStart(3, '0')}`, category: 'vfx', definition: 'A name that starts with a digit.' })),
      ...Array.from({ length: 150 }, (_, i) => ({ id: `a-${i}`, term: `Aword ${String(i).padStart(3, '0')}`, category: 'color', definition: 'An A word.' })),
      ...Array.from({ length: 90 }, (_, i) => ({ id: `d-${i}`, term: `Dword ${String(i).padStart(3, '0')}`, category: 'sound', definition: 'A D word.' })),
    ]);
    (el.parentElement as LargeIndexProvider).provider.setValue({ glossary: g });
    await waitUntil(() => rendered(el).length === 360 && busy(el) === 0, 'every entry arrives', { timeout: 50_000 });
    const idsIn = (letter: string) => [...el.shadowRoot!.querySelectorAll(`section[data-letter="${letter}"] [part=term]`)].map((t) => t.id);
    expect(idsIn('D')).to.deep.equal(g.entries.filter((e) => e.letter === 'D').map((e) => e.id));
    expect(idsIn('D')).to.have.length(210);
    expect(idsIn('A')).to.have.length(150);
    // The category buttons count each entry once.
    const count = (label: string) => [...el.shadowRoot!.querySelectorAll('.filters button')].find((b) => b.textContent!.includes(label))!.querySelector('.count')!.textContent;
    expect([count('All'), count('VFX'), count('Color'), count('Sound')]).to.deep.equal(['360', '120', '150', '90']);
  });

  it('at 10,000 entries a letter jump lands on that letter, focused, with its first entries shown', async function () {
    this.timeout(60_000);
    const { el, g } = await index(10_000);
    expect(rendered(el).length).to.be.lessThan(1000);
    el.shadowRoot!.querySelector<HTMLAnchorElement>('.letters a[data-target="letter-t"]')!.click();
    const heading = el.shadowRoot!.getElementById('letter-t')!;
    await waitUntil(() => el.shadowRoot!.activeElement === heading, 'the T heading takes focus');
    const firstT = g.entries.find((e) => e.letter === 'T')!;
    const entry = el.shadowRoot!.getElementById(firstT.id)!;
    expect(entry, 'the first T entry is rendered').to.exist;
    await waitUntil(() => Math.abs(heading.getBoundingClientRect().top - el.shadowRoot!.querySelector('.letters')!.getBoundingClientRect().bottom) < 40, 'T is scrolled to, below the letter bar');
    history.replaceState(null, '', location.pathname + location.search);
  });
});
