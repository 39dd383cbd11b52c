import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/glossary-provider.js';
import '../../src/post-term.js';
import type { GlossaryProvider, GlossaryErrorDetail } from '../../src/glossary-provider.js';
import type { PostTerm } from '../../src/post-term.js';

/** `count` valid entries, "Term 00001" … (ids term-1 …), with definitions of some length. */
function entries(count: number) {
  return Array.from({ length: count }, (_, i) => ({
    id: `term-${i + 1}`,
    term: `Term ${String(i + 1).padStart(5, '0')}`,
    category: 'workflow',
    definition: `Definition number ${i + 1}: ${'a studio word and another one, '.repeat(8)}the end.`,
    seeAlso: i ? [`term-${i}`] : [],
  }));
}

const urls: string[] = [];
function served(body: string): string {
  const url = URL.createObjectURL(new Blob([body], { type: 'application/json' }));
  urls.push(url);
  return url;
}
const realError = console.error;
beforeEach(() => (console.error = () => {}));
afterEach(() => {
  console.error = realError;
  for (const u of urls.splice(0)) URL.revokeObjectURL(u);
});

describe('<glossary-provider> with large data', () => {
  it('validates each entry once per load (it was four times)', async () => {
    let reads = 0;
    const entry = {
      id: 'grip',
      get term() {
        reads++;
        return 'Grip';
      },
      category: 'industry',
      definition: 'Crew who rig cameras and lights.',
    };
    const el = await fixture<GlossaryProvider>(html`<glossary-provider></glossary-provider>`);
    el.terms = [entry];
    await oneEvent(el, 'glossary-load');
    expect(el.glossary.get('grip')?.term).to.equal('Grip');
    expect(reads).to.equal(1);
  });

  it('10,000 entries through terms: the page’s own tasks run while they are validated, then every element has them', async () => {
    const el = await fixture<GlossaryProvider>(html`<glossary-provider><post-term term="term-9999"></post-term></glossary-provider>`);
    const term = el.querySelector<PostTerm>('post-term')!;
    let loaded = false;
    el.addEventListener('glossary-load', () => (loaded = true));
    el.terms = entries(10_000);
    let pageRanFirst: boolean | undefined;
    setTimeout(() => (pageRanFirst = !loaded));
    const load = await oneEvent(el, 'glossary-load');
    expect(pageRanFirst).to.equal(true);
    expect(load.detail).to.deep.equal({ count: 10_000 + 70, errors: [] });
    await term.updateComplete;
    expect(term.entry?.term).to.equal('Term 09999');
  });

  it('a 10,000-entry file: parsed and validated in slices (the page gets a turn once the file has arrived), then in force', async () => {
    const file = served(JSON.stringify(entries(10_000)));
    // Queues a task of the page's own as soon as the file's text has arrived.
    let pageRanFirst: boolean | undefined;
    let loaded = false;
    const realFetch = window.fetch;
    window.fetch = async (...args: Parameters<typeof fetch>) => {
      const response = await realFetch(...args);
      const body = new Uint8Array(await response.arrayBuffer());
      // The same file, arriving in 64 KB pieces; once the reader has had them all, the page queues a task.
      let at = 0;
      const stream = new ReadableStream<Uint8Array>(
        {
          pull(controller) {
            if (at < body.length) return controller.enqueue(body.subarray(at, (at += 65536)));
            controller.close();
            setTimeout(() => (pageRanFirst = !loaded));
          },
        },
        { highWaterMark: 0 },
      );
      return new Response(stream, { headers: { 'content-type': 'application/json', 'content-length': String(body.length) } });
    };
    try {
      const el = await fixture<GlossaryProvider>(html`<glossary-provider mode="replace"><post-term term="term-1"></post-term></glossary-provider>`);
      el.addEventListener('glossary-load', () => (loaded = true));
      el.src = file;
      const load = await oneEvent(el, 'glossary-load');
      expect(pageRanFirst).to.equal(true);
      expect(load.detail.count).to.equal(10_000);
      expect(el.glossary.entries[0].id).to.equal('term-1');
      expect(el.glossary.related('term-10000').map((e) => e.id)).to.deep.equal(['term-9999']);
    } finally {
      window.fetch = realFetch;
    }
  });

  it('large data replaced before it is in force never applies: only the newest data does', async () => {
    const el = await fixture<GlossaryProvider>(html`<glossary-provider></glossary-provider>`);
    const counts: number[] = [];
    el.addEventListener('glossary-load', (e) => counts.push(e.detail.count));
    el.terms = entries(5000);
    await el.updateComplete;
    // Before the 5,000 are validated, the page gives one entry instead…
    el.terms = [{ id: 'grip', term: 'Grip', category: 'industry', definition: 'Crew who rig cameras and lights.' }];
    await el.updateComplete;
    expect(counts).to.deep.equal([71]);
    // …then 6,000 others.
    el.terms = entries(6000);
    await oneEvent(el, 'glossary-load');
    expect(counts).to.deep.equal([71, 6070]);
    expect(el.glossary.get('grip')).to.equal(undefined);
  });

  it('a large file that is not valid JSON fails as a small one does, and keeps the data', async () => {
    const text = JSON.stringify(entries(5000));
    const el = await fixture<GlossaryProvider>(html`<glossary-provider></glossary-provider>`);
    el.src = served(`${text.slice(0, -200)}, oops]`);
    const error = await oneEvent(el, 'glossary-error');
    expect((error.detail as GlossaryErrorDetail).message).to.match(/is not valid JSON \(.+\); the glossary is unchanged/);
    expect(el.glossary.entries.length).to.equal(70);
    // And a large valid one, with a string full of brackets, commas, quotes and backslashes.
    const tricky = entries(5000);
    tricky[2500].definition = 'Brackets ] } [ { , and "quotes", a backslash \\ and \\" escaped.';
    el.src = served(JSON.stringify(tricky));
    await oneEvent(el, 'glossary-load');
    expect(el.glossary.get('term-2501')?.definition).to.equal(tricky[2500].definition);
    expect(el.glossary.entries.length).to.equal(5070);
  });
});
