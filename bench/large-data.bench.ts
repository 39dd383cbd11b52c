// Large datasets (issue 13): 10,000 and 100,000 generated entries (the 100k file is ~72 MB of
// JSON) through <glossary-provider src> and through its `terms` property, and <glossary-index>
// showing them. What a reader feels is the main thread being blocked, so each row reports the
// longest task (PerformanceObserver "longtask", tasks over 50 ms; Firefox and WebKit report none,
// and get no verdict on them) and their number, next to the time until the data was in force. The
// index is added as a page's script adds it (in a task; the browser lays it out in its next
// frame), and its first screen is reported as that task's script and that frame's work, against
// the bundled glossary's index. Targets: no task over 50 ms at 10k anywhere (load, render,
// category filter, letter jump); at 100k the index's first screen within 300 ms and no long
// task while the rest arrives. Also: a search for a common word with one 10 MB definition.
import '../src/glossary-provider.js';
import '../src/glossary-index.js';
import type { GlossaryProvider } from '../src/glossary-provider.js';
import type { GlossaryIndex } from '../src/glossary-index.js';
import { ContextProvider } from '@lit/context';
import { glossaryContext } from '../src/context.js';
import { createGlossary, type Glossary } from '../src/core/glossary.js';
import { buildSearchIndex } from '../src/core/search.js';
import { getBundledGlossary } from '../src/core/bundled.js';
import { generateTerms } from './generate.js';
import { median, nextPaint, type BenchRow } from './harness.js';

const stage = () => document.getElementById('stage')!;
const n = (x: number) => x.toLocaleString('en');

/** Long tasks: their durations, and those in which no script ran (the engine's own work: garbage collection). */
type Tasks = number[] & { engine?: number[] };

/**
 * Records long tasks from now on; `stop()` returns their durations. Where the browser reports
 * long animation frames (Chromium), a task with no script in its frame is marked as the engine's
 * own: in a glossary of thousands of entries these are V8's young-generation collections, tasks of
 * their own that copy the JS wrappers and Lit parts of the entries just rendered.
 */
function longTasks() {
  const tasks: PerformanceEntry[] = [];
  const frames: PerformanceEntry[] = [];
  const observer = new PerformanceObserver((list) => tasks.push(...list.getEntries()));
  observer.observe({ type: 'longtask' });
  const loaf = PerformanceObserver.supportedEntryTypes.includes('long-animation-frame') ? new PerformanceObserver((list) => frames.push(...list.getEntries())) : undefined;
  loaf?.observe({ type: 'long-animation-frame' });
  const result = (): Tasks => {
    tasks.push(...observer.takeRecords());
    if (loaf) frames.push(...loaf.takeRecords());
    const out: Tasks = tasks.map((t) => t.duration);
    if (loaf) {
      type Frame = PerformanceEntry & { scripts: { duration: number }[] };
      const scriptless = (t: PerformanceEntry) => {
        const frame = (frames as Frame[]).find((f) => f.startTime <= t.startTime + 1 && t.startTime + t.duration <= f.startTime + f.duration + 1);
        return !!frame && frame.scripts.reduce((sum, x) => sum + x.duration, 0) < 1;
      };
      out.engine = tasks.filter(scriptless).map((t) => t.duration);
    }
    return out;
  };
  return {
    /** The long tasks so far (the watch goes on). */
    async now() {
      await new Promise((r) => setTimeout(r, 50));
      return result();
    },
    async stop() {
      // Long tasks are reported after they end: let the last one in.
      await nextPaint();
      await new Promise((r) => setTimeout(r, 50));
      const out = result();
      observer.disconnect();
      loaf?.disconnect();
      return out;
    },
  };
}
const longest = (tasks: number[]) => Math.round(Math.max(0, ...tasks));
/** Whether this browser reports long tasks (Firefox and WebKit do not: no long-task figure there, and no verdict on one). */
const seesLongTasks = PerformanceObserver.supportedEntryTypes.includes('longtask');
/** A verdict on long tasks where they are reported. */
const noLongTask = (worst: number) => (seesLongTasks ? { pass: worst <= 50 } : {});

/** Several watches' long tasks as one list. */
const merged = (lists: Tasks[]): Tasks => Object.assign(lists.flat(), lists.some((l) => l.engine) ? { engine: lists.flatMap((l) => l.engine ?? []) } : {});
const summary = (tasks: Tasks) =>
  !seesLongTasks
    ? 'long tasks not reported by this browser'
    : `${tasks.length} long task${tasks.length === 1 ? '' : 's'}, longest ${longest(tasks)} ms${tasks.engine?.length ? ` (${tasks.engine.length} of them with no script: the engine's garbage collection, longest ${longest(tasks.engine)} ms)` : ''}`;

/** Loads `entries` into a fresh provider (as a file or as `terms`); resolves with the time until glossary-load. */
async function load(entries: readonly unknown[] | string, via: 'src' | 'terms') {
  stage().replaceChildren();
  // The file is made before the watch starts: encoding 70 MB of text into a Blob is the
  // benchmark's own work (it was counted as the load's longest task), not the provider's.
  const url = via === 'src' ? URL.createObjectURL(new Blob([entries as string], { type: 'application/json' })) : '';
  await nextPaint();
  const el = document.createElement('glossary-provider') as GlossaryProvider;
  stage().append(el);
  await el.updateComplete;
  await nextPaint();
  const watch = longTasks();
  const t0 = performance.now();
  const loaded = new Promise<void>((resolve, reject) => {
    el.addEventListener('glossary-load', () => resolve(), { once: true });
    el.addEventListener('glossary-error', (e) => reject(new Error((e as CustomEvent).detail.message)), { once: true });
  });
  if (via === 'src') el.src = url;
  else el.terms = entries as unknown[];
  await loaded;
  const t = performance.now() - t0;
  const tasks = await watch.stop();
  URL.revokeObjectURL(url);
  const count = el.glossary.entries.length;
  stage().replaceChildren();
  return { t, tasks, count };
}

/**
 * A <glossary-index> over `glossary`, added in a task of its own, as a page's script adds it:
 * nothing forces its layout, so the browser lays it out and paints it in its next frame.
 * Resolves once that frame is painted (its first screen), with the long tasks until then; the
 * watch goes on for the rest.
 */
async function showIndex(glossary: Glossary) {
  stage().replaceChildren();
  await nextPaint();
  const host = document.createElement('div');
  new ContextProvider(host, { context: glossaryContext, initialValue: { glossary } });
  const el = document.createElement('glossary-index') as GlossaryIndex;
  el.noStructuredData = true;
  host.append(el);
  const watch = longTasks();
  const t0 = performance.now();
  let start = 0;
  await new Promise<void>((added) =>
    setTimeout(() => {
      start = performance.now();
      stage().append(host);
      added();
    }),
  );
  await el.updateComplete;
  // The task's script: adding the element and its first update (a microtask of that task).
  const script = performance.now() - start;
  // The next frame's work (style, layout, paint: after its animation-frame callbacks, before the next task).
  const frame = await new Promise<number>((done) =>
    requestAnimationFrame(() => {
      const at = performance.now();
      const channel = new MessageChannel();
      channel.port1.onmessage = () => done(performance.now() - at);
      channel.port2.postMessage(null);
    }),
  );
  await nextPaint();
  const first = performance.now() - t0;
  const firstEntries = entryCount(el);
  return { el, first, firstEntries, script, frame, firstTasks: await watch.now(), watch };
}

/**
 * The same for the bundled glossary (70 entries, rendered whole): what showing any index costs,
 * the baseline for a large one's first screen. Resolves with its longest task.
 */
async function showBaseline() {
  const { watch, script, frame } = await showIndex(getBundledGlossary());
  await watch.stop();
  stage().replaceChildren();
  return { script, frame };
}
const ms1 = (x: number) => x.toFixed(1);

/**
 * Waits until every entry is in the index's DOM (no section says it is busy), or `limit` ms.
 * Polls the sections only: querying every entry 50 times a second would be long tasks of its own.
 */
async function allRendered(el: GlossaryIndex, limit: number) {
  const t0 = performance.now();
  const busy = () => [...el.shadowRoot!.querySelector('.index')!.children].some((c) => c.getAttribute('aria-busy') === 'true');
  while (busy() && performance.now() - t0 < limit) await new Promise((r) => setTimeout(r, 50));
  return performance.now() - t0;
}
const entryCount = (el: GlossaryIndex) => el.shadowRoot!.querySelectorAll('.entry').length;

/**
 * Clicks a control; resolves with the time until its result is on screen (`shown`, when given:
 * a category's entries only) and the long tasks meanwhile.
 */
async function click(el: GlossaryIndex, selector: string, shown?: () => boolean) {
  const target = [...el.shadowRoot!.querySelectorAll<HTMLElement>(selector)][0];
  const watch = longTasks();
  const t0 = performance.now();
  target.click();
  await el.updateComplete;
  const give = performance.now() + 60_000;
  while (shown && !shown() && performance.now() < give) await new Promise((r) => setTimeout(r, 25));
  void el.getBoundingClientRect().height;
  const t = performance.now() - t0;
  await nextPaint();
  return { t, tasks: await watch.stop() };
}

/** Whether the index shows only entries of the category its second filter button stands for. */
function onlySecondCategory(el: GlossaryIndex) {
  // A cheap count first (a live collection): this is polled while the entries are being removed.
  if (el.shadowRoot!.querySelector('.index')!.getElementsByClassName('entry').length >= 2000) return false;
  const label = el.shadowRoot!.querySelector('.filters button:nth-of-type(2)')!.textContent!.replace(/[\d\s]+/g, '');
  const categories = [...el.shadowRoot!.querySelectorAll('.entry .category')];
  return categories.length < 2000 && categories.every((c) => c.textContent === label);
}

export async function run(): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  // BENCH_QUERY options: sizes=10000 (comma-separated), only=index (skip the loads and the 10 MB search), rounds=N.
  const params = new URLSearchParams(location.search);
  const onlyIndex = params.get('only') === 'index';
  const sizes = (params.get('sizes') ?? '10000,100000').split(',');
  for (const size of sizes.map(Number)) {
    const entries = generateTerms(size);
    const json = JSON.stringify(entries);
    const mb = (json.length / 1e6).toFixed(0);
    const runs = size > 10_000 ? 1 : 3;
    for (const via of onlyIndex ? [] : (['src', 'terms'] as const)) {
      const results = [];
      for (let i = 0; i < runs; i++) results.push(await load(via === 'src' ? json : entries, via));
      const worst = merged(results.map((r) => r.tasks));
      const longestTask = Math.max(...results.map((r) => longest(r.tasks)));
      rows.push({
        name: `<glossary-provider ${via === 'src' ? `src> (${mb} MB file)` : 'terms>'}, ${n(size)} entries: until glossary-load; ${summary(worst)}${runs > 1 ? ` over ${runs} loads` : ''}`,
        median: median(results.map((r) => r.t)),
        ...(size === 10_000 ? { target: 'no task > 50 ms', ...noLongTask(longestTask) } : {}),
      });
    }

    // The index: its first screen, then the rest arriving in chunks (at 100k, watched for 10 s:
    // what matters is that the page stays responsive meanwhile), a category click, back to All,
    // a letter jump.
    const glossary = createGlossary(entries);
    const { el, first, firstEntries, firstTasks, script, frame, watch } = await showIndex(glossary);
    const window = size > 10_000 ? 10_000 : 60_000;
    const rest = await allRendered(el, window);
    const tasks = await watch.stop();
    const done = entryCount(el);
    rows.push({
      name: `<glossary-index>, ${n(size)} entries: first screen (${firstEntries} entries) painted (the task adding it: ${ms1(script)} ms of script; the next frame's style, layout and paint: ${ms1(frame)} ms); ${summary(firstTasks)} until then${size === Number(sizes[0]) ? ' (the first index on the page: its code runs cold)' : ''}`,
      median: first,
      target: '< 300 ms',
      pass: first < 300,
    });
    rows.push({
      name:
        done < glossary.entries.length
          ? `<glossary-index>, ${n(size)} entries: ${n(done)} entries in the DOM ${Math.round((rest + first) / 1000)} s after it was added (the rest still arriving); ${summary(tasks)} meanwhile`
          : `<glossary-index>, ${n(size)} entries: until all are in the DOM; ${summary(tasks)} meanwhile`,
      median: rest + first,
      target: 'no task > 50 ms',
      ...noLongTask(longest(tasks)),
    });
    // The first screen again, now that the index's code has run, against the bundled glossary's
    // (what showing any index costs), alternately: the script of the task adding each and the
    // frame laying it out, medians and ratios.
    stage().replaceChildren();
    const big: { script: number; frame: number }[] = [];
    const small: { script: number; frame: number }[] = [];
    for (let i = 0; i < (size > 10_000 ? 3 : 5); i++) {
      small.push(await showBaseline());
      const again = await showIndex(glossary);
      big.push({ script: again.script, frame: again.frame });
      void again.watch.stop();
      stage().replaceChildren();
      await nextPaint();
    }
    for (const part of ['script', 'frame'] as const) {
      const b = median(big.map((x) => x[part]));
      const s0 = median(small.map((x) => x[part]));
      rows.push({
        name: `<glossary-index>, ${n(size)} entries: first screen shown again, ${part === 'script' ? 'the task adding it (script)' : 'the next frame (style, layout, paint)'}; worst ${ms1(Math.max(...big.map((x) => x[part])))} ms of ${big.length}`,
        median: b,
        baseline: { name: 'the bundled 70 entries', median: s0 },
        ratio: b / s0,
        target: 'no task > 50 ms',
        pass: Math.max(...big.map((x) => x[part])) <= 50,
      });
    }
    // The reader's actions on a fresh index.
    const shown = await showIndex(glossary);
    void shown.watch.stop();
    const el2 = shown.el;
    // The reader's actions, each from a fully rendered index (the worst case: every entry's markup
    // is there to be replaced), repeated for a median: a category click, back to All, a letter jump.
    const rounds = Number(params.get('rounds') ?? (size > 10_000 ? 1 : 5));
    const actions = { category: [] as { t: number; tasks: Tasks }[], all: [] as { t: number; tasks: Tasks }[], jump: [] as { t: number; tasks: Tasks }[] };
    for (let i = 0; i < rounds; i++) {
      await allRendered(el2, window);
      actions.category.push(await click(el2, '.filters button:nth-of-type(2)', () => onlySecondCategory(el2)));
      actions.all.push(await click(el2, '.filters button:nth-of-type(1)'));
      await allRendered(el2, window);
      history.replaceState(null, '', location.pathname + location.search);
      actions.jump.push(await click(el2, '.letters a[data-target="letter-t"]'));
      scrollTo(0, 0);
    }
    const per = (what: string, results: { t: number; tasks: Tasks }[]) => {
      const worst = Math.max(...results.map((r) => longest(r.tasks)));
      rows.push({
        name: `<glossary-index>, ${n(size)} entries: ${what}; ${seesLongTasks ? `longest task median ${median(results.map((r) => longest(r.tasks)))} ms, worst ${worst} ms; ` : ''}${summary(merged(results.map((r) => r.tasks)))} over ${results.length} run${results.length === 1 ? '' : 's'}`,
        median: median(results.map((r) => r.t)),
        target: 'no task > 50 ms',
        ...noLongTask(worst),
      });
    };
    per('category click, until only that category shows', actions.category);
    per('back to All', actions.all);
    per('letter jump (T)', actions.jump);
    stage().replaceChildren();
    history.replaceState(null, '', location.pathname + location.search);
  }

  if (onlyIndex) return rows;
  // One 10 MB definition, then a search for a common word.
  const filler = 'The colorist checked every word of the notes against the reference frame before the review session. ';
  const huge = { id: 'manual', term: 'Manual', category: 'workflow', definition: filler.repeat(Math.ceil(10_000_000 / filler.length)) };
  const times: number[] = [];
  for (let i = 0; i < 3; i++) {
    const index = buildSearchIndex(createGlossary([...getBundledGlossary().entries, { ...huge, definition: huge.definition + i }]).entries);
    const t0 = performance.now();
    index.search('word');
    times.push(performance.now() - t0);
  }
  rows.push({ name: 'search for "word" with one 10 MB definition (first search, index built then)', median: median(times), target: '< 100 ms', pass: median(times) < 100 });
  return rows;
}
