import { expect, waitUntil } from '@open-wc/testing';
import { pressKey } from '../helpers.js';
import pkg from '../../package.json';
import { elementTags } from '../../scripts/entries.mjs';

export const CDN = '/dist/cdn/post-glossary.js';
/** Every element: the exports paths that are tag names (scripts/entries.mjs). */
export const TAGS = elementTags(pkg);

/** Every error the page reports: uncaught, unhandled rejections and console.error. */
export const errors: string[] = [];
addEventListener('error', (e) => errors.push(`uncaught: ${e.message}`));
addEventListener('unhandledrejection', (e) => errors.push(`unhandled rejection: ${String(e.reason)}`));
const consoleError = console.error.bind(console);
console.error = (...args: unknown[]) => {
  errors.push(`console.error: ${args.map(String).join(' ')}`);
  consoleError(...args);
};

/**
 * Evaluates the built CDN file (`npm run build`, or `npm test`, which builds it first). A different
 * query string is a different module URL, so the file runs again as a second <script> would.
 */
export async function loadCdn(query = ''): Promise<Record<string, unknown>> {
  const res = await fetch(CDN, { method: 'HEAD' });
  if (!res.ok) throw new Error(`${CDN} is missing: run \`npm run build\` (npm test builds it) before these tests`);
  return import(/* @vite-ignore */ `${CDN}${query}`);
}

/** A fresh container in the page, removed by the caller. */
export function mount(markup: string): HTMLElement {
  const div = document.createElement('div');
  // Test markup written here, not data.
  div.innerHTML = markup;
  document.body.append(div);
  return div;
}

/** Resolves once `tag` is defined: the CDN file fetches an element's code when the page uses its tag. */
export async function defined(tag: string): Promise<CustomElementConstructor> {
  await waitUntil(() => customElements.get(tag), `<${tag}> was never defined`, { timeout: 4000 });
  return customElements.get(tag)!;
}

/** The element files of dist/cdn/ the page has fetched so far ("post-term", …). */
export const fetchedElements = () =>
  performance
    .getEntriesByType('resource')
    .map((e) => /\/dist\/cdn\/([a-z-]+)\.js(\?|$)/.exec(new URL(e.name).pathname + new URL(e.name).search)?.[1])
    .filter((f): f is string => !!f && TAGS.includes(f));

/**
 * One working set of elements: every tag, once used on the page, is defined; a <post-term> opens
 * its card on keyboard focus and shows the definition, a <glossary-index> renders its entries.
 */
export async function expectOneWorkingSet() {
  const div = mount(`<button id="before">before</button> A <post-term>LUT</post-term> here. <glossary-index></glossary-index>
    <glossary-search></glossary-search><glossary-provider></glossary-provider><glossary-autolink><p>Graded in Dolby Vision.</p></glossary-autolink><glossary-preferences></glossary-preferences>`);
  try {
    for (const tag of TAGS) expect(await defined(tag), `${tag} is defined`).to.be.a('function');
    const term = div.querySelector('post-term')!;
    div.querySelector<HTMLButtonElement>('#before')!.focus();
    await pressKey('Tab');
    const card = () => term.shadowRoot?.querySelector<HTMLElement>('[part=card]');
    await waitUntil(() => card()?.matches(':popover-open'), 'focusing the <post-term> did not open its card');
    expect(card()!.textContent).to.match(/look-?up table/i);
    const index = div.querySelector('glossary-index')!;
    await waitUntil(() => (index.shadowRoot?.querySelectorAll('.entry').length ?? 0) >= 70, '<glossary-index> did not render its 70 entries', { timeout: 4000 });
    expect(index.shadowRoot!.querySelector('#lut')?.textContent).to.match(/LUT/);
  } finally {
    div.remove();
  }
}

/** A <glossary-provider>'s own entry reaches a <post-term> inside it. */
export async function expectProviderReachesTerm() {
  const div = mount(`<glossary-provider><p><button id="before">before</button> <post-term>Grip</post-term></p></glossary-provider>`);
  try {
    const provider = div.querySelector('glossary-provider') as HTMLElement & { terms?: unknown[] };
    provider.terms = [{ id: 'grip', term: 'Grip', aliases: [], letter: 'G', category: 'workflow', definition: 'A grip rigs the lights. From the provider.', seeAlso: [], links: [] }];
    const term = div.querySelector('post-term') as HTMLElement & { entry?: { definition: string }; updateComplete: Promise<boolean> };
    await waitUntil(() => term.entry?.definition.includes('From the provider'), 'the provider’s entry did not reach the <post-term>');
    await term.updateComplete;
    div.querySelector<HTMLButtonElement>('#before')!.focus();
    await pressKey('Tab');
    const card = () => term.shadowRoot?.querySelector<HTMLElement>('[part=card]');
    await waitUntil(() => card()?.matches(':popover-open'), 'focusing the <post-term> did not open its card');
    expect(card()!.textContent).to.contain('From the provider');
  } finally {
    div.remove();
  }
}
