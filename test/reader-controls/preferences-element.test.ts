import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { pressKey } from '../helpers.js';
import '../../src/post-term.js';
import '../../src/glossary-preferences.js';
import { glossaryPreferences, type PostTerm, type PostGlossaryPreferencesDetail } from '../../src/post-term.js';
import type { GlossaryPreferences } from '../../src/glossary-preferences.js';
import { clearStorage, link, trigger } from './helpers.js';

beforeEach(() => {
  glossaryPreferences.forget();
  clearStorage();
});
afterEach(() => {
  glossaryPreferences.forget();
  clearStorage();
});

const box = (el: GlossaryPreferences) => el.shadowRoot!.querySelector<HTMLInputElement>('input[type=checkbox]')!;

describe('<glossary-preferences>', () => {
  it('a footer switch for previews: labelled, keyboard-operable, fires post-glossary-preferences', async () => {
    const page = await fixture<HTMLElement>(html`<div>
      <p><post-term glossary-href="/glossary">LUT</post-term></p>
      <footer><glossary-preferences></glossary-preferences></footer>
    </div>`);
    const term = page.querySelector<PostTerm>('post-term')!;
    const prefs = page.querySelector<GlossaryPreferences>('glossary-preferences')!;
    await prefs.updateComplete;
    const input = box(prefs);
    expect(input.checked).to.equal(true);
    expect(input.labels![0].textContent!.trim()).to.equal('Show term previews');
    input.focus();
    const off = oneEvent(prefs, 'post-glossary-preferences');
    await pressKey(' ');
    expect(((await off) as CustomEvent<PostGlossaryPreferencesDetail>).detail).to.deep.equal({ previews: false });
    await term.updateComplete;
    expect(link(term)!.href).to.equal(new URL('/glossary#lut', location.href).href);
    const on = oneEvent(prefs, 'post-glossary-preferences');
    await pressKey(' ');
    expect(((await on) as CustomEvent<PostGlossaryPreferencesDetail>).detail).to.deep.equal({ previews: true });
    await term.updateComplete;
    expect(trigger(term) !== null, 'trigger(term)').to.equal(true);
  });

  it('follows a change made elsewhere (a card, another element)', async () => {
    const prefs = await fixture<GlossaryPreferences>(html`<glossary-preferences></glossary-preferences>`);
    glossaryPreferences.previews = false;
    await waitUntil(() => !box(prefs).checked);
    glossaryPreferences.previews = true;
    await waitUntil(() => box(prefs).checked);
  });

  it('with mark-read, offers to forget the terms read', async () => {
    const term = await fixture<PostTerm>(html`<post-term mark-read read-delay="30">LUT</post-term>`);
    term.show();
    await oneEvent(term, 'post-term-read');
    const prefs = await fixture<GlossaryPreferences>(html`<glossary-preferences mark-read></glossary-preferences>`);
    const forget = prefs.shadowRoot!.querySelector<HTMLButtonElement>('button')!;
    expect(forget.textContent).to.equal("Forget terms I've read");
    forget.click();
    expect(glossaryPreferences.isRead('lut')).to.equal(false);
    await waitUntil(() => prefs.shadowRoot!.querySelector('[role=status]')!.textContent === 'Done: no term is marked as read.');
    const plain = await fixture<GlossaryPreferences>(html`<glossary-preferences></glossary-preferences>`);
    expect(plain.shadowRoot!.querySelector('button') === null, 'plain.shadowRoot!.querySelector("button")').to.equal(true);
  });
});
