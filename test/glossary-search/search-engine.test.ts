import { expect, fixture, html } from '@open-wc/testing';
import { createGlossary, getBundledGlossary } from '../../src/core/index.js';
import { createSearchIndex, type PrepareDeadline } from '../../src/core/search.js';
import { $$, keepTabInPage, provideGlossary, typeText, waitFor } from '../helpers.js';
import '../../src/glossary-search.js';
import type { GlossarySearch } from '../../src/glossary-search.js';

// The element drives the core's search engine: core schedules nothing and hides no failure, so the
// element runs prepare() when the page is idle and keeps an engine failure from throwing out of it.
describe('glossary-search and the search engine', () => {
  it('builds the definition index through prepare() once the box is focused, in steps of a few ms', async () => {
    // Its own glossary (300 entries), so no other test has prepared its index.
    const entries = Array.from({ length: 5 }, (_, copy) => getBundledGlossary().entries.map((e) => ({ ...e, id: `${e.id}-${copy}`, seeAlso: [] }))).flat();
    const glossary = createGlossary(entries);
    const index = createSearchIndex(glossary);
    const prepare = index.prepare.bind(index);
    const steps: boolean[] = [];
    index.prepare = (deadline?: PrepareDeadline) => {
      expect(deadline, 'each step has a deadline').to.not.equal(undefined);
      const done = prepare(deadline);
      steps.push(done);
      return done;
    };
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    provideGlossary(host, glossary);
    const el = document.createElement('glossary-search') as GlossarySearch;
    host.append(el);
    await el.updateComplete;
    expect(steps.length, 'nothing before the box is used').to.equal(0);
    const tabStop = keepTabInPage();
    el.focus();
    await waitFor(() => steps.at(-1) === true, 'prepare() never completed');
    tabStop.remove();
    expect(steps.filter((s) => s).length, 'stops once complete').to.equal(1);
  });

  it('an engine failure is a console.warn and no results, never an exception out of the element', async () => {
    const glossary = createGlossary(getBundledGlossary().entries.map((e) => ({ ...e })));
    const index = createSearchIndex(glossary);
    index.search = () => {
      throw new Error('engine bug');
    };
    // "Did you mean" follows a search with no results: it fails too (a rejected promise).
    index.suggest = () => Promise.reject(new Error('suggest bug'));
    const warnings: string[] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args.map(String).join(' '));
    const uncaught: string[] = [];
    const onError = (e: ErrorEvent) => {
      uncaught.push(e.message);
      e.preventDefault();
    };
    window.addEventListener('error', onError);
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    provideGlossary(host, glossary);
    const el = document.createElement('glossary-search') as GlossarySearch;
    host.append(el);
    await el.updateComplete;
    const tabStop = keepTabInPage();
    try {
      el.focus();
      await typeText('lut');
      await waitFor(() => warnings.some((w) => w.includes('engine bug')), 'no warning');
      await waitFor(() => warnings.some((w) => w.includes('suggest bug')), 'no warning for the suggestions');
      await el.updateComplete;
    } finally {
      tabStop.remove();
      console.warn = warn;
      window.removeEventListener('error', onError);
    }
    expect(uncaught).to.deep.equal([]);
    expect(
      warnings.some((w) => w.includes('<glossary-search>')),
      warnings.join('\n'),
    ).to.equal(true);
    expect($$(el, '[role=option]').length).to.equal(0);
    expect(el.value).to.equal('lut');
  });
});
