import { expect, fixture, html, oneEvent, aTimeout, waitUntil } from '@open-wc/testing';
import { LitElement, html as litHtml } from 'lit';
import '../../src/glossary-provider.js';
import '../../src/post-term.js';
import '../../src/glossary-index.js';
import '../../src/glossary-autolink.js';
import type { GlossaryProvider, GlossaryErrorDetail } from '../../src/glossary-provider.js';
import type { PostTerm } from '../../src/post-term.js';
import { GlossaryController } from '../../src/internal/glossary-controller.js';
import { bundledTerms } from '../../src/core/bundled.js';

/** A minimal consumer: shows what a post-glossary element would see. */
class TestConsumer extends LitElement {
  static override properties = { term: {} };
  term = 'lut';
  glossaryController = new GlossaryController(this);
  override render() {
    const g = this.glossaryController.glossary;
    const e = g.lookup(this.term);
    return litHtml`<span class="def">${e?.definition ?? '(none)'}</span><span class="term">${e?.term ?? ''}</span
      ><span class="count">${g.entries.length}</span><span class="href">${this.glossaryController.glossaryHref() ?? ''}</span
      ><span class="base">${this.glossaryController.linkBase() ?? ''}</span>`;
  }
}
customElements.define('test-consumer', TestConsumer);

/** A component that keeps a consumer inside its own shadow root. */
class TestHost extends LitElement {
  override render() {
    return litHtml`<div><test-consumer term="grip"></test-consumer></div>`;
  }
}
customElements.define('test-host', TestHost);

const read = (c: Element, what: 'def' | 'term' | 'count' | 'href' | 'base') => c.shadowRoot!.querySelector(`.${what}`)!.textContent;
const consumerIn = (el: Element) => el.querySelector<TestConsumer>('test-consumer')!;
const settle = async (c: TestConsumer) => {
  await c.updateComplete;
  return c;
};

const GRIP = { id: 'grip', term: 'Grip', category: 'industry', definition: 'Crew who rig cameras and lights.' };
const DOLLY = { id: 'dolly', term: 'Dolly', category: 'industry', definition: 'A wheeled camera platform.' };
const OUR_DAILIES = { id: 'dailies', term: 'Dailies', category: 'workflow', definition: 'At our studio, dailies are graded overnight.' };

const urls: string[] = [];
/** A same-origin URL serving this body (a site's terms.json). */
function served(body: unknown): string {
  const url = URL.createObjectURL(new Blob([typeof body === 'string' ? body : JSON.stringify(body)], { type: 'application/json' }));
  urls.push(url);
  return url;
}

/** Captures console.error for the duration of a test. */
let logged: string[] = [];
const realError = console.error;
beforeEach(() => {
  logged = [];
  console.error = (...args: unknown[]) => logged.push(args.map(String).join(' '));
});
afterEach(() => {
  console.error = realError;
  for (const u of urls.splice(0)) URL.revokeObjectURL(u);
});

async function provider(template: ReturnType<typeof html>) {
  const el = await fixture<GlossaryProvider>(template);
  return el;
}

describe('<glossary-provider>', () => {
  it('without a provider, and with a bare one, elements use the bundled dataset', async () => {
    const lone = await fixture<TestConsumer>(html`<test-consumer></test-consumer>`);
    expect(read(lone, 'count')).to.equal(String(bundledTerms.length));
    const el = await provider(html`<glossary-provider><test-consumer></test-consumer></glossary-provider>`);
    const c = await settle(consumerIn(el));
    expect(read(c, 'term')).to.equal('LUT');
    expect(el.glossary.entries.length).to.equal(bundledTerms.length);
    expect(getComputedStyle(el).display).to.equal('contents');
  });

  it('src loads a site’s own entries that extend the bundled set, same id overriding', async () => {
    const src = served([GRIP, OUR_DAILIES]);
    const el = await provider(
      html`<glossary-provider src=${src}><test-consumer term="grip"></test-consumer><test-consumer term="dailies"></test-consumer><test-consumer term="lut"></test-consumer></glossary-provider>`,
    );
    const { detail } = await oneEvent(el, 'glossary-load');
    expect(detail).to.deep.equal({ count: bundledTerms.length + 1, errors: [] });
    const [grip, dailies, lut] = [...el.querySelectorAll<TestConsumer>('test-consumer')];
    await Promise.all([grip, dailies, lut].map(settle));
    expect(read(grip, 'def')).to.equal(GRIP.definition);
    expect(read(dailies, 'def')).to.equal(OUR_DAILIES.definition);
    expect(read(lut, 'term')).to.equal('LUT');
    expect(logged).to.deep.equal([]);
  });

  it('mode="replace" uses only the site’s entries once they have loaded', async () => {
    const src = served([GRIP, DOLLY]);
    const el = await provider(html`<glossary-provider mode="replace" src=${src}><test-consumer></test-consumer></glossary-provider>`);
    const c = consumerIn(el);
    await oneEvent(el, 'glossary-load');
    await settle(c);
    expect(read(c, 'def')).to.equal('(none)');
    expect(read(c, 'count')).to.equal('2');
    c.term = 'dolly';
    await c.updateComplete;
    expect(read(c, 'def')).to.equal(DOLLY.definition);
    el.mode = 'extend';
    await el.updateComplete;
    await c.updateComplete;
    expect(read(c, 'count')).to.equal(String(bundledTerms.length + 2));
  });

  it('src and terms together: both load, terms winning on the same id, with no false duplicate error', async () => {
    const src = served([GRIP, DOLLY]);
    const el = await provider(
      html`<glossary-provider src=${src} .terms=${[{ ...GRIP, definition: 'From JS.' }]}><test-consumer term="grip"></test-consumer><test-consumer term="dolly"></test-consumer></glossary-provider>`,
    );
    const { detail } = await oneEvent(el, 'glossary-load');
    expect(detail.errors).to.deep.equal([]);
    const [grip, dolly] = [...el.querySelectorAll<TestConsumer>('test-consumer')];
    await Promise.all([grip, dolly].map(settle));
    expect(read(grip, 'def')).to.equal('From JS.');
    expect(read(dolly, 'def')).to.equal(DOLLY.definition);
    expect(logged).to.deep.equal([]);
  });

  it('the terms property takes entries from JS, and assigning it again updates every element', async () => {
    const el = await provider(html`<glossary-provider .terms=${[GRIP]}><test-consumer term="grip"></test-consumer><p><test-consumer term="grip"></test-consumer></p></glossary-provider>`);
    const [a, b] = [...el.querySelectorAll<TestConsumer>('test-consumer')];
    await Promise.all([a, b].map(settle));
    expect(read(a, 'def')).to.equal(GRIP.definition);
    const loaded = oneEvent(el, 'glossary-load');
    el.terms = [{ ...GRIP, definition: 'Changed from JS.' }];
    await loaded;
    await Promise.all([a, b].map(settle));
    expect(read(a, 'def')).to.equal('Changed from JS.');
    expect(read(b, 'def')).to.equal('Changed from JS.');
    el.terms = undefined;
    await el.updateComplete;
    await a.updateComplete;
    expect(read(a, 'def')).to.equal('(none)');
    expect(read(a, 'count')).to.equal(String(bundledTerms.length));
  });

  it('changing src loads the new file and updates every element', async () => {
    const el = await provider(html`<glossary-provider src=${served([GRIP])}><test-consumer term="grip"></test-consumer></glossary-provider>`);
    await oneEvent(el, 'glossary-load');
    const c = await settle(consumerIn(el));
    expect(read(c, 'def')).to.equal(GRIP.definition);
    el.src = served([{ ...GRIP, definition: 'From the second file.' }]);
    await oneEvent(el, 'glossary-load');
    await c.updateComplete;
    expect(read(c, 'def')).to.equal('From the second file.');
    el.removeAttribute('src');
    await oneEvent(el, 'glossary-load');
    await c.updateComplete;
    expect(read(c, 'def')).to.equal('(none)');
  });

  it('shares glossary-href and link-base with the elements inside', async () => {
    const el = await provider(html`<glossary-provider glossary-href="/glossary" link-base="https://studio.example/"><test-consumer></test-consumer></glossary-provider>`);
    const c = await settle(consumerIn(el));
    expect(read(c, 'href')).to.equal('/glossary');
    expect(read(c, 'base')).to.equal('https://studio.example/');
    el.glossaryHref = '/terms';
    await el.updateComplete;
    await c.updateComplete;
    expect(read(c, 'href')).to.equal('/terms');
  });

  it('reaches consumers inside other components’ shadow roots', async () => {
    const el = await provider(html`<glossary-provider .terms=${[GRIP]}><test-host></test-host></glossary-provider>`);
    const host = el.querySelector<TestHost>('test-host')!;
    await host.updateComplete;
    const c = await settle(host.shadowRoot!.querySelector<TestConsumer>('test-consumer')!);
    expect(read(c, 'def')).to.equal(GRIP.definition);
  });

  it('nests: the inner provider wins, extends the outer glossary and inherits its settings', async () => {
    const el = await provider(html`<glossary-provider glossary-href="/glossary" .terms=${[GRIP, DOLLY]}>
      <test-consumer term="grip" id="outer"></test-consumer>
      <glossary-provider .terms=${[{ ...GRIP, definition: 'The inner definition.' }]}>
        <test-consumer term="grip" id="inner"></test-consumer>
        <test-consumer term="dolly" id="inner-dolly"></test-consumer>
      </glossary-provider>
    </glossary-provider>`);
    const [outer, inner, innerDolly] = ['outer', 'inner', 'inner-dolly'].map((id) => el.querySelector<TestConsumer>(`#${id}`)!);
    await Promise.all([outer, inner, innerDolly].map(settle));
    expect(read(outer, 'def')).to.equal(GRIP.definition);
    expect(read(inner, 'def')).to.equal('The inner definition.');
    expect(read(innerDolly, 'def')).to.equal(DOLLY.definition);
    expect(read(inner, 'href')).to.equal('/glossary');
    expect(read(inner, 'count')).to.equal(String(bundledTerms.length + 2));
  });

  it('a real <post-term> inside a provider shows the provider’s entry and links to its glossary page', async () => {
    const el = await provider(html`<glossary-provider glossary-href="/glossary" .terms=${[GRIP]}><p>The <post-term>grips</post-term> arrived.</p></glossary-provider>`);
    const term = el.querySelector<PostTerm>('post-term')!;
    await term.updateComplete;
    expect(term.entry?.id).to.equal('grip');
    term.show();
    await term.updateComplete;
    const card = term.shadowRoot!.querySelector('[part=card]')!;
    expect(card.querySelector('[part=card-definition]')!.textContent).to.equal(GRIP.definition);
    expect(card.querySelector('a')!.getAttribute('href')).to.match(/\/glossary#grip$/);
    term.hide();
    await expect(el).to.be.accessible();
  });

  it('a response to an older src never overwrites a newer one, and the older request is aborted', async () => {
    const realFetch = window.fetch;
    const calls: { url: string; signal?: AbortSignal | null; respond: (body: unknown) => void }[] = [];
    window.fetch = ((input: RequestInfo | URL, init?: RequestInit) =>
      new Promise<Response>((resolve) => {
        // Ignores the abort on purpose: a server that answers anyway must not win.
        calls.push({ url: String(input), signal: init?.signal, respond: (body) => resolve(new Response(JSON.stringify(body))) });
      })) as typeof fetch;
    try {
      const el = await provider(html`<glossary-provider src="/first.json"><test-consumer term="grip"></test-consumer></glossary-provider>`);
      await waitUntil(() => calls.length === 1);
      el.src = '/second.json';
      await waitUntil(() => calls.length === 2);
      expect(calls[0].signal!.aborted, 'first request aborted').to.equal(true);
      const loaded = oneEvent(el, 'glossary-load');
      calls[1].respond([{ ...GRIP, definition: 'Second, newer.' }]);
      await loaded;
      let lateLoad = false;
      el.addEventListener('glossary-load', () => (lateLoad = true));
      calls[0].respond([{ ...GRIP, definition: 'First, stale.' }]);
      await aTimeout(30);
      const c = await settle(consumerIn(el));
      expect(read(c, 'def')).to.equal('Second, newer.');
      expect(lateLoad).to.equal(false);
    } finally {
      window.fetch = realFetch;
    }
  });
});

describe('<glossary-provider> with bad data: nothing is lost', () => {
  /** A provider that has loaded GRIP, so "keeps the data it had" is visible. */
  async function loadedProvider() {
    const el = await provider(html`<glossary-provider .terms=${[DOLLY]} src=${served([GRIP])}><test-consumer term="grip"></test-consumer></glossary-provider>`);
    await oneEvent(el, 'glossary-load');
    const c = await settle(consumerIn(el));
    expect(read(c, 'def')).to.equal(GRIP.definition);
    return { el, c };
  }

  async function failWith(src: string) {
    const { el, c } = await loadedProvider();
    const glossary = el.glossary;
    let loads = 0;
    el.addEventListener('glossary-load', () => loads++);
    logged = [];
    const failed = oneEvent(el, 'glossary-error');
    el.src = src;
    const { detail } = (await failed) as CustomEvent<GlossaryErrorDetail>;
    await c.updateComplete;
    expect(read(c, 'def'), 'the elements keep the data they had').to.equal(GRIP.definition);
    expect(el.glossary).to.equal(glossary);
    expect(loads).to.equal(0);
    expect(logged).to.have.length(1);
    expect(logged[0]).to.equal(detail.message);
    expect(detail.errors).to.have.length(1);
    expect(detail.errors[0].index).to.equal(-1);
    return detail;
  }

  it('an HTTP error', async () => {
    const detail = await failWith('/test/glossary-provider/no-such-terms.json');
    expect(detail.message).to.match(/could not load \/test\/glossary-provider\/no-such-terms\.json: HTTP 404/);
  });

  it('a network failure', async () => {
    const src = served([GRIP]);
    URL.revokeObjectURL(src);
    const detail = await failWith(src);
    expect(detail.message)
      .to.contain(`could not load ${src}`)
      .and.to.match(/network error/);
  });

  it('invalid JSON', async () => {
    const src = served('[{"id": "grip", "term": "Grip",');
    const detail = await failWith(src);
    expect(detail.message).to.contain(`${src} is not valid JSON`);
  });

  it('JSON that is not an array', async () => {
    const src = served({ terms: [GRIP] });
    const detail = await failWith(src);
    expect(detail.message).to.contain(`${src} must hold a JSON array of entries, not object`);
  });

  it('entries that break the schema: valid ones still load; each problem names the entry and field', async () => {
    const src = served([
      DOLLY,
      { id: 'cable', term: 'Cable', category: 'lighting', definition: 'Not a category we know.' },
      { id: 'lut', term: 'LUT', category: 'color' },
      42,
      { id: 'Bad Id', term: 'Bad', category: 'vfx', definition: 'x' },
      { ...GRIP, seeAlso: ['nowhere'], links: [{ label: 'Click', path: 'javascript:alert(1)' }] },
    ]);
    const el = await provider(html`<glossary-provider src=${src}><test-consumer term="lut"></test-consumer><test-consumer term="grip"></test-consumer></glossary-provider>`);
    const failed = oneEvent(el, 'glossary-error');
    const { detail: load } = await oneEvent(el, 'glossary-load');
    const { detail } = (await failed) as CustomEvent<GlossaryErrorDetail>;
    expect(load.count).to.equal(bundledTerms.length + 2);
    const messages = detail.errors.map((e) => e.message);
    expect(messages).to.include.members([
      'entry "cable": "category" must be one of color, editorial, vfx, sound, delivery, formats, workflow, industry',
      'entry "lut": "definition" is missing',
      'entry #4 is not an object',
      'entry "Bad Id": "id" must be a kebab-case slug (a-z, 0-9, hyphens)',
      'entry "grip": "seeAlso" names "nowhere", which is not in the glossary',
      'entry "grip": "links[0].path" must start with "/" or http(s)://',
    ]);
    expect(detail.errors.every((e) => e.source === src)).to.equal(true);
    expect(detail.errors.find((e) => e.id === 'cable')).to.include({ index: 1, field: 'category' });
    expect(detail.message).to.contain('6 problems in').and.to.contain('entry "cable": "category"');
    expect(logged).to.deep.equal([detail.message]);
    const [lut, grip] = [...el.querySelectorAll<TestConsumer>('test-consumer')];
    await Promise.all([lut, grip].map(settle));
    // The broken override of an existing id leaves the bundled entry in place.
    expect(read(lut, 'def')).to.equal(bundledTerms.find((t) => t.id === 'lut')!.definition);
    expect(read(grip, 'def')).to.equal(GRIP.definition);
    expect(el.glossary.get('grip')!.links).to.deep.equal([]);
  });

  it('a file with no usable entry at all changes nothing', async () => {
    const { el, c } = await loadedProvider();
    const failed = oneEvent(el, 'glossary-error');
    el.src = served([{ id: 'x' }, 'nope']);
    const { detail } = (await failed) as CustomEvent<GlossaryErrorDetail>;
    expect(detail.message).to.match(/no usable entry in .*the glossary is unchanged/);
    expect(detail.message).to.contain('entry "x": "term" is missing').and.to.contain('entry #2 is not an object');
    await c.updateComplete;
    expect(read(c, 'def')).to.equal(GRIP.definition);
  });

  it('a terms property that is not an array, or has nothing usable, changes nothing', async () => {
    const { el, c } = await loadedProvider();
    let failed = oneEvent(el, 'glossary-error');
    el.terms = { id: 'grip' } as unknown as unknown[];
    expect(((await failed) as CustomEvent<GlossaryErrorDetail>).detail.message).to.contain('the terms property must be an array of entries, not object');
    failed = oneEvent(el, 'glossary-error');
    el.terms = [{ id: 'grip', term: 'Grip' }];
    expect(((await failed) as CustomEvent<GlossaryErrorDetail>).detail.message).to.contain('entry "grip": "definition" is missing');
    c.term = 'dolly';
    await c.updateComplete;
    expect(read(c, 'def')).to.equal(DOLLY.definition);
  });

  it('markup in entries renders as inert text everywhere', async () => {
    const w = window as unknown as { pwned?: number };
    delete w.pwned;
    const xss = {
      id: 'lut',
      term: 'LUT <img src=x onerror="window.pwned=1">',
      expansion: '<b onmouseover="window.pwned=2">Look-up</b>',
      aliases: ['LUT', 'LUTs'],
      category: 'color',
      definition: '<script>window.pwned=3</script><img src=x onerror="window.pwned=4"> maps colours.',
      seeAlso: ['cdl'],
      links: [{ label: '<img src=x onerror="window.pwned=5">', path: '/lut' }],
    };
    const el = await provider(html`<glossary-provider glossary-href="/glossary" link-base="https://studio.example/" .terms=${[xss]}>
      <test-consumer term="lut"></test-consumer>
      <p><post-term term="lut">LUT</post-term></p>
      <glossary-autolink><p>The show LUT was applied.</p></glossary-autolink>
      <glossary-index></glossary-index>
    </glossary-provider>`);
    const c = await settle(consumerIn(el));
    const term = el.querySelector<PostTerm>('p > post-term')!;
    term.show();
    await term.updateComplete;
    const linked = el.querySelector('glossary-autolink post-term') as PostTerm;
    expect(linked, 'the autolink linked the mention').to.exist;
    linked.show();
    await linked.updateComplete;
    const index = el.querySelector('glossary-index')!;
    await (index as LitElement).updateComplete;
    // A positive signal instead of a pause: an image with the payloads' broken src, made here (not in
    // the page); once its error has fired, an <img onerror> built from the data would have fired too.
    const control = new Image();
    const failed = oneEvent(control, 'error');
    control.src = 'x';
    await failed;

    const roots = [c.shadowRoot!, term.shadowRoot!, linked.shadowRoot!, index.shadowRoot!];
    for (const root of roots) {
      expect(root.querySelectorAll('img, script, b').length, 'elements built from data').to.equal(0);
    }
    expect(read(c, 'def')).to.equal(xss.definition);
    expect(term.shadowRoot!.querySelector('[part=card-definition]')!.textContent).to.equal(xss.definition);
    expect(term.shadowRoot!.querySelector('[part=card-expansion]')!.textContent).to.equal(xss.expansion);
    expect(index.shadowRoot!.textContent).to.contain(xss.term).and.to.contain('<script>window.pwned=3</script>');
    expect(w.pwned, 'a payload ran').to.equal(undefined);
    expect(document.querySelectorAll('img').length).to.equal(0);
    term.hide();
    linked.hide();
  });
});
