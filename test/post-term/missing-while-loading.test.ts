import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../src/glossary-provider.js';
import '../../src/post-term.js';
import type { GlossaryProvider } from '../../src/glossary-provider.js';
import type { PostTerm } from '../../src/post-term.js';

const GRIP = { id: 'grip', term: 'Grip', category: 'industry', definition: 'Crew who rig cameras.' };

/** fetch held until the test answers: a slow `src`. */
function slowFetch() {
  const real = window.fetch;
  const calls: ((response: Response) => void)[] = [];
  window.fetch = (() => new Promise<Response>((resolve) => calls.push(resolve))) as typeof fetch;
  return { calls, restore: () => (window.fetch = real) };
}

describe('<post-term> inside <glossary-provider src>: missing is decided once the glossary is final', () => {
  let missing: string[];
  const onMissing = (e: Event) => missing.push((e as CustomEvent<{ term: string }>).detail.term);
  let warnings: string[];
  const realWarn = console.warn;
  beforeEach(() => {
    missing = [];
    warnings = [];
    document.addEventListener('post-term-missing', onMissing);
    console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
  });
  afterEach(() => {
    document.removeEventListener('post-term-missing', onMissing);
    console.warn = realWarn;
  });

  it('a site-only term is not reported missing while the file loads, and resolves when it arrives', async () => {
    const slow = slowFetch();
    try {
      const el = await fixture<GlossaryProvider>(html`<glossary-provider src="/slow-terms.json"
        ><p><post-term>Grip</post-term> and <post-term>Snorkel Cam 9000</post-term> and <post-term>LUT</post-term></p></glossary-provider
      >`);
      const [grip, unknown, lut] = el.querySelectorAll<PostTerm>('post-term');
      await waitUntil(() => slow.calls.length === 1, 'the provider asks for its file');
      await Promise.all([grip.updateComplete, unknown.updateComplete, lut.updateComplete]);
      // Rendered with the bundled glossary, but nothing is called missing yet.
      expect(lut.entry?.id).to.equal('lut');
      expect(missing).to.deep.equal([]);
      expect(warnings.filter((w) => w.includes('Grip'))).to.deep.equal([]);
      const loaded = oneEvent(el, 'glossary-load');
      slow.calls[0](new Response(JSON.stringify([GRIP])));
      await loaded;
      await Promise.all([grip.updateComplete, unknown.updateComplete]);
      await waitUntil(() => missing.length > 0, 'the unknown term is reported once the file is in');
      expect(grip.entry?.id).to.equal('grip');
      expect(missing).to.deep.equal(['Snorkel Cam 9000']);
    } finally {
      slow.restore();
    }
  });

  it('a failed load settles too: the term not in the glossary in force is reported then', async () => {
    const slow = slowFetch();
    try {
      const el = await fixture<GlossaryProvider>(html`<glossary-provider src="/slow-missing.json"><post-term>Grip</post-term></glossary-provider>`);
      const grip = el.querySelector<PostTerm>('post-term')!;
      await waitUntil(() => slow.calls.length === 1);
      await grip.updateComplete;
      expect(missing).to.deep.equal([]);
      const failed = oneEvent(el, 'glossary-error');
      slow.calls[0](new Response('not found', { status: 404 }));
      await failed;
      await waitUntil(() => missing.length > 0, 'reported after the failed load');
      expect(missing).to.deep.equal(['Grip']);
      expect(grip.entry).to.equal(undefined);
    } finally {
      slow.restore();
    }
  });

  it('without src, an unknown term is reported at once as before', async () => {
    const el = await fixture<GlossaryProvider>(html`<glossary-provider><post-term>Snorkel Cam 9001</post-term></glossary-provider>`);
    await el.querySelector<PostTerm>('post-term')!.updateComplete;
    await waitUntil(() => missing.length > 0);
    expect(missing).to.deep.equal(['Snorkel Cam 9001']);
  });
});
