import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/post-term.js';
import type { PostTerm } from '../../src/post-term.js';

// Its own file (its own page): the warnings are counted per page.
describe('<post-term>: a page full of unknown terms', () => {
  it('warns about the first 20 unknown terms, then once that the rest go unreported; every one still fires post-term-missing', async () => {
    const warnings: string[] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
    try {
      const missing: string[] = [];
      const box = await fixture<HTMLElement>(html`<div @post-term-missing=${(e: CustomEvent) => missing.push(e.detail.term)}></div>`);
      for (let i = 0; i < 300; i++) {
        const term = document.createElement('post-term');
        term.textContent = `studio word ${i}`;
        box.append(term, ' ');
      }
      const terms = [...box.querySelectorAll<PostTerm>('post-term')];
      await Promise.all(terms.map((t) => t.updateComplete));
      await waitUntil(() => missing.length === 300, 'every unknown term reports itself');
      const ours = warnings.filter((w) => w.startsWith('<post-term>'));
      expect(ours.slice(0, 20)).to.deep.equal(Array.from({ length: 20 }, (_, i) => `<post-term>: "studio word ${i}" is not in the glossary; it is shown as plain text.`));
      expect(ours).to.have.length(21);
      expect(ours[20]).to.match(/more than 20 .*not in the glossary.*post-term-missing/);
      // Every one is still plain text, nothing focusable.
      expect(terms.every((t) => !t.shadowRoot!.querySelector('[tabindex]'))).to.equal(true);
      // Later unknown terms stay quiet too.
      const late = document.createElement('post-term');
      late.textContent = 'yet another word';
      box.append(late);
      await late.updateComplete;
      expect(warnings.filter((w) => w.startsWith('<post-term>'))).to.have.length(21);
    } finally {
      console.warn = warn;
    }
  });
});
