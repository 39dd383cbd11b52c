import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendMouse, resetMouse } from '@web/test-runner-commands';
import { pressKey, waitForIdle } from '../helpers.js';
import '../../src/post-term.js';
import type { PostTerm } from '../../src/post-term.js';
import { axNodes, deepActive } from './helpers.js';

const trigger = (el: PostTerm) => el.shadowRoot!.querySelector<HTMLElement>('[part=trigger]')!;
const card = (el: PostTerm) => el.shadowRoot!.querySelector<HTMLElement>('[part=card]');
const isOpen = (el: PostTerm) => !!card(el)?.matches(':popover-open');
/** What Tab can reach inside the card. */
const tabbable = (el: PostTerm) => [...(card(el)?.querySelectorAll<HTMLElement>('a[href], button, [tabindex]') ?? [])].filter((n) => n.tabIndex >= 0);
const center = (r: DOMRect): [number, number] => [Math.round(r.left + r.width / 2), Math.round(r.top + r.height / 2)];
const resetHash = () => history.replaceState(null, '', location.pathname + location.search);

afterEach(async () => {
  await resetMouse();
  resetHash();
});

describe('<post-term> keyboard load (issue 19.11)', () => {
  it('tabbing through an article costs one Tab per term: focus shows a preview with nothing focusable in it', async () => {
    const el = await fixture<HTMLElement>(html`<div>
      <button id="before">before</button>
      <p><post-term glossary-href="/glossary">Aspera</post-term>, <post-term glossary-href="/glossary">LUT</post-term> and <post-term>HDR10</post-term>.</p>
      <button id="after">after</button>
    </div>`);
    const terms = [...el.querySelectorAll('post-term')];
    el.querySelector<HTMLButtonElement>('#before')!.focus();
    for (const term of terms) {
      await pressKey('Tab');
      expect(deepActive() === trigger(term), `Tab did not land on ${term.textContent}`).to.equal(true);
      await waitUntil(() => isOpen(term), `focus did not show ${term.textContent}'s card`);
      expect(
        tabbable(term).map((n) => n.textContent),
        'the preview has a Tab stop',
      ).to.deep.equal([]);
    }
    await pressKey('Tab');
    expect(document.activeElement!.id, '3 terms took more than 3 Tabs').to.equal('after');
    for (const term of terms) expect(isOpen(term), 'a preview outlived its focus').to.equal(false);
  });

  for (const key of ['Enter', ' ']) {
    it(`${key === ' ' ? 'Space' : key} makes the card interactive and moves focus into it; Tab reaches its buttons; Esc returns to the term`, async () => {
      const el = await fixture<HTMLElement>(html`<div><post-term glossary-href="/glossary">Aspera</post-term><button id="after">after</button></div>`);
      const term = el.querySelector('post-term')!;
      trigger(term).focus();
      await waitUntil(() => isOpen(term));
      await pressKey(key);
      await term.updateComplete;
      expect(isOpen(term), 'the key closed the preview').to.equal(true);
      const heading = deepActive() as HTMLElement;
      expect(card(term)!.contains(heading), 'focus did not move into the card').to.equal(true);
      expect(heading.textContent).to.equal('Aspera');
      expect(trigger(term).getAttribute('aria-expanded')).to.equal('true');
      // The definition's "More" button, then the see-also buttons.
      await pressKey('Tab');
      expect(deepActive()!.getAttribute('part')).to.equal('card-more');
      await pressKey('Tab');
      expect(deepActive()!.textContent).to.equal('MASV');
      await pressKey('Escape');
      expect(isOpen(term)).to.equal(false);
      expect(deepActive() === trigger(term), 'focus is not on the term').to.equal(true);
    });
  }

  it('a click opens it interactive with focus in the card; the preview says collapsed, the open card expanded', async () => {
    const el = await fixture<HTMLElement>(html`<p style="padding:40px 40px 400px"><post-term delay="5000">Dailies</post-term> text</p>`);
    const term = el.querySelector('post-term')!;
    trigger(term).focus();
    await waitUntil(() => isOpen(term));
    expect(trigger(term).getAttribute('aria-expanded'), 'a non-interactive preview is announced as collapsed').to.equal('false');
    await pressKey('Escape');
    expect(isOpen(term)).to.equal(false);
    await sendMouse({ type: 'click', position: center(trigger(term).getBoundingClientRect()) });
    await waitUntil(() => isOpen(term));
    await term.updateComplete;
    expect(card(term)!.contains(deepActive())).to.equal(true);
    expect(tabbable(term).length).to.be.greaterThan(0);
  });
});

describe('<post-term> card names and focus (issue 19.5, 19.6)', () => {
  it('a see-also jump focuses the new term as a real heading, with a visible focus ring', async () => {
    const term = await fixture<PostTerm>(html`<post-term>HDR10</post-term>`);
    trigger(term).focus();
    await waitUntil(() => isOpen(term));
    await pressKey('Enter');
    await term.updateComplete;
    // Heading, then the definition's "More" button, then the see-also buttons: HDR, HDR10+, Dolby Vision.
    for (let i = 0; i < 4; i++) await pressKey('Tab');
    expect(deepActive()!.textContent).to.equal('Dolby Vision');
    await pressKey('Enter');
    await term.updateComplete;
    await waitUntil(() => deepActive()?.textContent === 'Dolby Vision' && deepActive()!.localName !== 'button', 'focus did not move to the new heading');
    const h = deepActive() as HTMLElement;
    expect(h.matches('h1, h2, h3, h4, h5, h6, [role=heading]'), `focus is on a <${h.localName}>, not a heading`).to.equal(true);
    expect(h.matches(':focus-visible')).to.equal(true);
    expect(getComputedStyle(h).outlineStyle, 'no visible focus').to.not.equal('none');
    expect(parseFloat(getComputedStyle(h).outlineWidth)).to.be.at.least(2);
    // And said, for screen readers that do not speak that focus move (Orca in browse mode).
    await waitUntil(() => term.shadowRoot!.querySelector('[role=status]')?.textContent === 'Dolby Vision', 'the new term was not announced');
  });

  it('the back button is named "Back to <term>"', async () => {
    const term = await fixture<PostTerm>(html`<post-term>Dailies</post-term>`);
    term.show();
    await waitUntil(() => isOpen(term));
    card(term)!.querySelector<HTMLButtonElement>('.chip')!.click();
    await term.updateComplete;
    const back = card(term)!.querySelector<HTMLButtonElement>('[part=card-back]')!;
    expect(back.textContent!.replace(/\s+/g, ' ').trim()).to.match(/Dailies$/);
    const nodes = await axNodes();
    if (!nodes) return;
    const names = nodes.filter((n) => n.role === 'button' && /Dailies/.test(n.name)).map((n) => n.name);
    expect(names).to.include('Back to Dailies');
  });
});

describe('<post-term> inside a link (issue 19.3, issue 15)', () => {
  const page = () =>
    fixture<HTMLElement>(html`<p style="padding:40px 40px 420px">
      <a href="#followed">our guide to <post-term delay="5000">LUT</post-term> management</a>
      <button id="after">after</button>
    </p>`);

  it('mouse: a click on the term follows the link (hover shows the card); clicks inside the card never reach the link', async () => {
    const el = await page();
    const term = el.querySelector('post-term')!;
    term.delay = 0;
    await sendMouse({ type: 'move', position: center(trigger(term).getBoundingClientRect()) });
    await waitUntil(() => isOpen(term), 'hover did not show the card');
    // Text in the card: the card stays, the page stays.
    const def = card(term)!.querySelector('[part=card-definition]')!;
    await sendMouse({ type: 'click', position: center(def.getBoundingClientRect()) });
    await waitForIdle(); // a chance for what must not happen
    expect(location.hash, 'a click on the card text followed the link').to.equal('');
    expect(isOpen(term), 'a click on the card text closed it').to.equal(true);
    // A see-also button: shows the term in place, focus on it, no navigation.
    const chip = card(term)!.querySelector<HTMLButtonElement>('.chip')!;
    const name = chip.textContent;
    await sendMouse({ type: 'click', position: center(chip.getBoundingClientRect()) });
    await term.updateComplete;
    await waitForIdle(); // a chance for what must not happen
    expect(location.hash, 'a see-also click followed the link').to.equal('');
    expect(card(term)!.querySelector('.term')!.textContent).to.equal(name);
    expect(document.activeElement === term, `focus fell to ${document.activeElement?.localName}`).to.equal(true);
    // The term itself is part of the link text: a click there goes where the link goes.
    await sendMouse({ type: 'click', position: center(trigger(term).getBoundingClientRect()) });
    await waitUntil(() => location.hash === '#followed', 'a click on the term did not follow the link');
  });

  it('touch: the first tap opens the card (the link waits), the second follows the link', async () => {
    const el = await page();
    const term = el.querySelector('post-term')!;
    const t = trigger(term);
    const tap = () => {
      t.dispatchEvent(new PointerEvent('pointerdown', { pointerType: 'touch', bubbles: true, composed: true }));
      t.dispatchEvent(new PointerEvent('pointerup', { pointerType: 'touch', bubbles: true, composed: true }));
      t.click();
    };
    tap();
    await waitUntil(() => isOpen(term), 'the first tap did not open the card');
    await waitForIdle(); // a chance for what must not happen
    expect(location.hash, 'the first tap followed the link').to.equal('');
    tap();
    await waitUntil(() => location.hash === '#followed', 'the second tap did not follow the link');
  });

  it('keyboard: the term is its own Tab stop; Enter opens its card, not the link; Enter on the link follows it', async () => {
    const el = await page();
    const term = el.querySelector('post-term')!;
    const link = el.querySelector('a')!;
    link.focus();
    await pressKey('Tab');
    expect(deepActive() === trigger(term), 'focus is not on the term').to.equal(true);
    await pressKey('Enter');
    await term.updateComplete;
    await waitForIdle(); // a chance for what must not happen
    expect(location.hash, 'Enter on the term followed the link').to.equal('');
    expect(isOpen(term)).to.equal(true);
    expect(card(term)!.contains(deepActive())).to.equal(true);
    await pressKey('Escape');
    link.focus();
    await pressKey('Enter');
    await waitUntil(() => location.hash === '#followed');
  });

  it('inside a button or summary the term is plain text (a button cannot hold another control)', async () => {
    const el = await fixture<HTMLElement>(html`<div><button><post-term>LUT</post-term> settings</button><details><summary><post-term>EDL</post-term> notes</summary>x</details></div>`);
    for (const term of el.querySelectorAll('post-term')) {
      await term.updateComplete;
      expect(term.shadowRoot!.querySelector('[part=trigger]') === null, `${term.textContent} is still a control`).to.equal(true);
      expect(term.shadowRoot!.querySelector('[tabindex]') === null, 'a Tab stop inside').to.equal(true);
    }
    await expect(el).to.be.accessible();
  });
});

describe('<post-term> Esc (issue 19, lower)', () => {
  it('Esc closes a card opened by hover without keeping it from the focused element and the page', async () => {
    const el = await fixture<HTMLElement>(html`<div style="padding:40px"><post-term delay="0">Foley</post-term> <input id="box" /></div>`);
    const term = el.querySelector('post-term')!;
    const box = el.querySelector('input')!;
    box.focus();
    await sendMouse({ type: 'move', position: center(trigger(term).getBoundingClientRect()) });
    await waitUntil(() => isOpen(term));
    const seen: string[] = [];
    box.addEventListener('keydown', (e) => seen.push(`input:${e.key}`));
    const onDoc = (e: KeyboardEvent) => seen.push(`document:${e.key}`);
    document.addEventListener('keydown', onDoc);
    try {
      await pressKey('Escape');
      await waitUntil(() => !isOpen(term), 'Esc did not close the hover card');
      expect(seen).to.deep.equal(['input:Escape', 'document:Escape']);
      expect(document.activeElement === box, 'focus left the box').to.equal(true);
    } finally {
      document.removeEventListener('keydown', onDoc);
    }
  });

  it('with no card open, Esc on a term reaches the page', async () => {
    const term = await fixture<PostTerm>(html`<post-term>Foley</post-term>`);
    const seen: string[] = [];
    const onDoc = (e: KeyboardEvent) => seen.push(e.key);
    document.addEventListener('keydown', onDoc);
    try {
      trigger(term).focus();
      await waitUntil(() => isOpen(term));
      await pressKey('Escape');
      expect(isOpen(term)).to.equal(false);
      await pressKey('Escape');
      expect(seen, 'the second Esc (nothing to close) did not reach the page').to.include('Escape');
    } finally {
      document.removeEventListener('keydown', onDoc);
    }
  });
});
