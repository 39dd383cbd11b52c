import { expect, waitUntil } from '@open-wc/testing';
import '../../src/index.js';
import type { PostTerm } from '../../src/post-term.js';
import manifest from '../../custom-elements.json';

/** Every ```html block of the README outside the framework snippets (those have their own tests). */
async function htmlExamples(): Promise<{ line: number; code: string }[]> {
  const text = await (await fetch('/README.md')).text();
  const withoutSnippets = text.replace(/<!-- snippet:([\w-]+):start -->[\s\S]*?<!-- snippet:\1:end -->/g, (m) => m.replace(/[^\n]/g, ''));
  return [...withoutSnippets.matchAll(/```html\n([\s\S]*?)\n```/g)].map((m) => ({ line: withoutSnippets.slice(0, m.index).split('\n').length, code: m[1] }));
}

describe('README: HTML examples', () => {
  it('every example uses only defined elements, known terms and documented attributes', async () => {
    const examples = await htmlExamples();
    expect(examples.length).to.be.greaterThan(6);
    const attributes = new Map<string, Set<string>>();
    for (const mod of manifest.modules) {
      for (const d of (mod as { declarations?: { tagName?: string; attributes?: { name: string }[] }[] }).declarations ?? []) {
        if (d.tagName) attributes.set(d.tagName, new Set((d.attributes ?? []).map((a) => a.name)));
      }
    }
    const global = new Set(['id', 'class', 'style', 'lang', 'dir', 'hidden', 'title']);
    for (const { line, code } of examples) {
      const where = `README.md example at line ${line}`;
      const container = document.createElement('div');
      // The CDN scripts (and the self-hosted copy) are this test's import of src/index.ts (and this
      // machine is offline).
      const html = code.replace(/<script type="module" src="(https:\/\/(cdn\.jsdelivr\.net|unpkg\.com|esm\.sh)\/|\/post-glossary\/)[^"]*"[^>]*><\/script>/g, '');
      container.append(document.createRange().createContextualFragment(html));
      expect(container.querySelector('script'), `${where}: scripts are for the snippet tests`).to.equal(null);
      document.body.append(container);
      try {
        const missing: string[] = [];
        container.addEventListener('post-term-missing', (e) => missing.push((e as CustomEvent).detail.term));
        for (const el of container.querySelectorAll('*')) {
          if (!el.localName.includes('-')) continue;
          expect(customElements.get(el.localName), `${where}: <${el.localName}> is not an element of this package`).to.not.equal(undefined);
          for (const attr of el.getAttributeNames()) {
            expect(
              attributes.get(el.localName)!.has(attr) || global.has(attr) || attr.startsWith('data-') || attr.startsWith('aria-'),
              `${where}: <${el.localName} ${attr}> is not documented`,
            ).to.equal(true);
          }
          await (el as PostTerm).updateComplete;
        }
        for (const term of container.querySelectorAll<PostTerm>('post-term')) {
          expect(term.entry, `${where}: <post-term>${term.textContent}</post-term> is not in the glossary`).to.not.equal(undefined);
        }
        expect(missing, where).to.deep.equal([]);
        for (const index of container.querySelectorAll('glossary-index')) {
          await waitUntil(() => index.shadowRoot!.querySelector('[part=entry]'), `${where}: the index shows no entry`);
        }
        for (const autolink of container.querySelectorAll('glossary-autolink')) {
          expect(autolink.querySelector('post-term'), `${where}: nothing was linked`).to.not.equal(null);
        }
      } finally {
        container.remove();
      }
    }
  });
});
