// Search per keystroke: each query typed character by character, every prefix one search with its
// highlight ranges and snippets (what <glossary-search> asks for on each key), over the bundled
// 70 entries and a generated 10,000-entry dataset; index build time; and plain fuse.js with its
// defaults over term + definition, per keystroke of the same queries, as the same-run baseline
// (at 10,000 over a few queries only: it takes ~150–300 ms a keystroke).
// Targets (issue 5): p95 ≤ 1 ms at 70, ≤ 16 ms (one frame) at 10,000, build < 200 ms.
//
// The build covers the names; the definitions' word index is then built in idle slices, or at
// once by the first search that needs it. So that this cost is not hidden, the benchmark also
// times the first definition query right after the build (same task: it pays the whole definition
// index) and a second later (what a reader's second keystroke after focusing the box meets).
import Fuse from 'fuse.js';
import { buildSearchIndex } from '../src/core/search.js';
import { prepareWhenIdle, yieldToPage } from '../src/internal/prepare-index.js';
import { createGlossary } from '../src/core/glossary.js';
import { getBundledGlossary } from '../src/core/bundled.js';
import type { TermEntry } from '../src/core/types.js';
import { generateTerms } from './generate.js';
import { median, percentile, sample, type BenchRow } from './harness.js';

/** What readers type: typos, spacing and punctuation, prefixes, aliases, definition words. */
const REAL_QUERIES = [
  'davinci reslove',
  'compositting',
  'rec 709',
  'rec2020',
  'hdr10+',
  'frameio',
  'wire remov',
  'colour grading',
  'unreal engine',
  'dolby vison',
  'look up table',
  'picture lock',
  'offline edit',
  'loudness',
  'proxies',
  'aces',
];

/** Generated names, typed with a typo (a swapped pair) and as a prefix, as readers would. */
function generatedQueries(entries: readonly TermEntry[]): string[] {
  const out: string[] = [];
  for (const i of [211, 1500, 3777, 6020, 8800, 9950]) {
    const name = entries[i % entries.length].term.toLowerCase();
    const at = Math.min(3, name.length - 2);
    out.push(name.slice(0, at) + name[at + 1] + name[at] + name.slice(at + 2));
    out.push(name.slice(0, Math.max(3, Math.ceil(name.length * 0.6))));
  }
  return out;
}

/**
 * Per-keystroke times for typing each query, over `rounds` passes. Each keystroke's search runs
 * `repeat` times and is timed as the average, because the browser's clock ticks in 0.1 ms.
 */
function typeAll(search: (q: string) => unknown[], queries: readonly string[], rounds: number, repeat = 1): number[] {
  const times: number[] = [];
  let sink = 0;
  for (let r = 0; r < rounds; r++) {
    for (const q of queries) {
      for (let i = 1; i <= q.length; i++) {
        const prefix = q.slice(0, i);
        const t0 = performance.now();
        for (let k = 0; k < repeat; k++) sink += search(prefix).length;
        times.push((performance.now() - t0) / repeat);
      }
    }
  }
  if (sink < 0) console.log(sink);
  return times;
}

/** The query that needs the definitions' word index: its words are in no name. */
const DEFINITION_QUERY = 'unreal engine';

/** Build times (names; a one-letter search needs no definition) and, right after each build, the first definition query's. */
function buildTimes(entries: readonly TermEntry[], runs: number): [number[], number[]] {
  const build: number[] = [];
  const first: number[] = [];
  for (let i = 0; i < runs + 2; i++) {
    const t0 = performance.now();
    const index = buildSearchIndex(entries);
    index.search('x');
    const t1 = performance.now();
    index.search(DEFINITION_QUERY);
    const t2 = performance.now();
    if (i >= 2) {
      build.push(t1 - t0);
      first.push(t2 - t1);
    }
  }
  return [build, first];
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** 32 characters that match nothing in either dataset: the "did you mean" path on every key (issue 13). */
const NO_MATCH = 'xylophone quokka marzipan wombat';

/**
 * The no-match path at 10,000 entries, as <glossary-search> runs it: each key's search() plus the
 * synchronous start of suggest() (its own near-miss pass; fuse.js runs after the list, in slices),
 * then, after the last key, the whole suggestion (until it resolves) with the page's long tasks
 * observed. Baseline in the same run: the previous suggest(), fuse.js (threshold 0.5) over every
 * name, synchronously on each key.
 */
async function noMatchRows(entries: readonly TermEntry[]): Promise<BenchRow[]> {
  const index = buildSearchIndex(entries);
  index.search(DEFINITION_QUERY); // names and definitions indexed, as after the reader focused the box
  await index.suggest('warm up fuse.js'); // the fuse.js chunk loaded and its slices built
  await sleep(1500); // the browser collects the garbage of building 10,000 entries while idle, not mid-typing
  const keys: number[] = [];
  const longTasks: number[] = [];
  const longTaskStarts: number[] = [];
  const observer = new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      longTasks.push(e.duration);
      longTaskStarts.push(e.startTime);
    }
  });
  observer.observe({ type: 'longtask' });
  let stop = new AbortController();
  for (let round = 0; round < 3; round++) {
    for (let i = 1; i <= NO_MATCH.length; i++) {
      // As the element does, minus its 120 ms pause (the worst case): each key aborts the last suggestion.
      const q = NO_MATCH.slice(0, i);
      const t0 = performance.now();
      stop.abort();
      stop = new AbortController();
      if (!index.search(q).length) void index.suggest(q, 3, { signal: stop.signal, pause: yieldToPage });
      keys.push(performance.now() - t0);
      await sleep(0);
    }
  }
  // Our own work between two yields to the page (what a long task would be made of, were the
  // machine quiet), timed by wrapping scheduler.yield(), which the element's pause (yieldToPage) yields with.
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  const segments: number[] = [];
  const yieldOriginal = scheduler?.yield?.bind(scheduler);
  let segmentStart = 0;
  if (scheduler && yieldOriginal) {
    scheduler.yield = () => {
      segments.push(performance.now() - segmentStart);
      return yieldOriginal().then(() => void (segmentStart = performance.now()));
    };
  }
  const settleStart = performance.now();
  const settle: number[] = [];
  try {
    for (let i = 0; i < 5; i++) {
      const t0 = performance.now();
      segmentStart = t0;
      await index.suggest(NO_MATCH, 3, { pause: yieldToPage });
      await index.suggest('rotoscopyyyyy', 3, { pause: yieldToPage });
      segments.push(performance.now() - segmentStart);
      settle.push(performance.now() - t0);
    }
  } finally {
    if (scheduler && yieldOriginal) scheduler.yield = yieldOriginal;
  }
  await sleep(50);
  observer.disconnect();
  stop.abort();
  // The old way: fuse.js over every name, synchronously, per key.
  const names = entries.flatMap((e, i) => [e.term, ...e.aliases, ...(e.expansion ? [e.expansion] : [])].map((text) => ({ e: i, text, key: text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '') })));
  const old = new Fuse(names, { keys: ['text', 'key'], threshold: 0.5, ignoreLocation: true });
  const base: number[] = [];
  for (let i = 1; i <= NO_MATCH.length; i += 4) {
    const q = NO_MATCH.slice(0, i);
    const t0 = performance.now();
    index.search(q);
    old.search(q, { limit: 12 });
    base.push(performance.now() - t0);
  }
  const p95 = percentile(keys, 95);
  const longest = Math.max(0, ...longTasks);
  const longestSegment = Math.max(0, ...segments);
  return [
    {
      name: `no-match keystroke ("${NO_MATCH}", typed), 10,000 entries, ${keys.length} keystrokes: search + start of suggest (slowest ${Math.max(...keys).toFixed(1)} ms, at "${NO_MATCH.slice(0, (keys.indexOf(Math.max(...keys)) % NO_MATCH.length) + 1)}")`,
      median: median(keys),
      p95,
      baseline: { name: `previous suggest: fuse.js over all names, synchronous, ${base.length} keys`, median: median(base) },
      ratio: median(keys) / median(base),
      target: 'p95 ≤ 16 ms',
      pass: p95 <= 16,
    },
    {
      name: `  "did you mean" until resolved (no-match + "rotoscopyyyyy"), 5 runs (p95 = slowest); its longest slice ${longestSegment.toFixed(1)} ms; page long tasks: ${longTaskStarts.filter((t) => t < settleStart).length} while typing, ${longTaskStarts.filter((t) => t >= settleStart).length} while suggesting${longTasks.length ? `, longest ${longest.toFixed(0)} ms` : ''}`,
      median: median(settle),
      p95: Math.max(...settle),
      target: 'no task > 50 ms',
      pass: longest <= 50,
    },
  ];
}

/** The queries the slow baseline types at 10,000 entries (and ours again, for a like-for-like ratio). */
const BASELINE_QUERIES = ['davinci reslove', 'unreal engine', 'rec 709'];

export async function run(): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  const small = getBundledGlossary().entries;
  const big = createGlossary(generateTerms(10_000)).entries;
  const bigQueries = [...REAL_QUERIES, ...generatedQueries(big)];
  // First, before the rows below leave other 10,000-entry indexes for the garbage collector.
  const noMatch = await noMatchRows(big);
  // What a page pays once: the first build, before the engine has compiled any of it, then the
  // first definition query in the same task (it builds the whole definition index).
  const t0 = performance.now();
  buildSearchIndex(big).search('x');
  const t1 = performance.now();
  const coldIndex = buildSearchIndex(big);
  coldIndex.search('x');
  const t2 = performance.now();
  coldIndex.search(DEFINITION_QUERY);
  rows.push({ name: 'search index build, 10,000 entries (generated), first (cold)', median: t1 - t0 });
  rows.push({ name: `  then first definition query ("${DEFINITION_QUERY}") in the same task as a second build (definition index cold)`, median: performance.now() - t2 });
  // A reader focuses the box (the index is built) and types: by the second key the page has been idle.
  const idleFirst: number[] = [];
  for (let i = 0; i < 5; i++) {
    const index = buildSearchIndex(big);
    index.search('x');
    prepareWhenIdle(index); // what <glossary-search> does with the index it builds
    await sleep(1000);
    const t = performance.now();
    index.search(DEFINITION_QUERY);
    idleFirst.push(performance.now() - t);
  }
  rows.push({
    name: `first definition query 1 s after build (definitions indexed in idle slices), 10,000 entries (5 runs; p95 = slowest)`,
    median: median(idleFirst),
    p95: Math.max(...idleFirst),
    target: '≤ 16 ms',
    pass: Math.max(...idleFirst) <= 16,
  });

  rows.push(...noMatch);

  for (const [label, entries, queries, rounds, repeat, budget, baselineQueries] of [
    ['70 entries (bundled)', small, REAL_QUERIES, 10, 3, 1, REAL_QUERIES],
    ['10,000 entries (generated)', big, bigQueries, 3, 1, 16, BASELINE_QUERIES],
  ] as const) {
    const [build, firstDefinition] = buildTimes(entries, label.startsWith('70') ? 20 : 7);
    const index = buildSearchIndex(entries);
    const search = (q: string) => index.search(q);
    typeAll(search, queries, 1); // warm-up: JIT and the lazily grown buffers
    const ours = typeAll(search, queries, rounds, repeat);
    const p95 = percentile(ours, 95);
    rows.push({
      name: `search per keystroke, ${label}, ${ours.length} keystrokes`,
      median: median(ours),
      p95,
      target: `p95 ≤ ${budget} ms`,
      pass: p95 <= budget,
    });
    // Like for like: ours and fuse.js over the same keystrokes.
    const same = typeAll(search, baselineQueries, 1, repeat);
    // Plain fuse.js defaults, the way most sites wire it up, per keystroke like ours.
    const fuse = new Fuse(entries, { keys: ['term', 'definition'] });
    fuse.search(baselineQueries[0]);
    const base = typeAll((q) => fuse.search(q), baselineQueries, 1, repeat);
    const b = median(base);
    rows.push({
      name: `  vs fuse.js, ${label}, ${base.length} keystrokes (${baselineQueries.length === queries.length ? 'same queries' : baselineQueries.map((q) => `"${q}"`).join(', ')})`,
      median: median(same),
      p95: percentile(same, 95),
      baseline: { name: `fuse.js defaults, term + definition (p95 ${percentile(base, 95).toFixed(1)})`, median: b },
      ratio: median(same) / b,
    });
    const bm = median(build);
    rows.push({
      name: `search index build, ${label} (names; definitions deferred)`,
      median: bm,
      p95: percentile(build, 95),
      target: label.startsWith('10') ? '< 200 ms' : undefined,
      pass: label.startsWith('10') ? bm < 200 : undefined,
    });
    rows.push({
      name: `  then first definition query in the same task (builds the definition index), ${label}`,
      median: median(firstDefinition),
      p95: percentile(firstDefinition, 95),
    });
  }

  // A 10,000-character paste (search + suggest): quadratic work in the query's length would take
  // seconds. Was a "< 400 ms" assertion in the test suite; a timing belongs here. Baseline: a
  // typical query, same index, same run.
  const index = buildSearchIndex(small);
  const searchAndSuggest = async (q: string) => {
    index.search(q);
    await index.suggest(q);
  };
  for (const [what, q] of [
    ['"x" × 10,000', 'x'.repeat(10_000)],
    ['"lut " × 2,500', 'lut '.repeat(2_500)],
    ['letters, spaces and punctuation', Array.from({ length: 10_000 }, (_, i) => 'abcdefghij klmnop+.'[i % 19]).join('')],
  ] as const) {
    const long = await sample(() => searchAndSuggest(q), 9, 2);
    const typical = await sample(() => searchAndSuggest('davinci reslove'), 9, 2);
    rows.push({
      name: `10,000-character query (${what}), search + suggest, 70 entries`,
      median: median(long),
      p95: Math.max(...long),
      baseline: { name: 'a typical query ("davinci reslove")', median: median(typical) },
      ratio: median(long) / median(typical),
      target: '< 400 ms (runaway guard)',
      pass: Math.max(...long) < 400,
    });
  }
  return rows;
}
