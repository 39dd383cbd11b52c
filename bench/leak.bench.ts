// Memory after an SPA's route changes: a <glossary-autolink> (all mentions) whose 100-paragraph
// article is replaced 100 times. Measured after forced garbage collections (bench/run.mjs starts
// Chromium with --expose-gc and precise memory figures), in two passes: the JS heap, against the
// heap after twenty warm-up routes (the baseline, same page, same run); then, in a second pass, how
// many of the <post-term>s and articles made are still alive (WeakRefs, which do not keep them
// alive, but take memory of their own: so not in the heap pass). Target (issue 13): back to
// baseline ±5 %, and only the current article's terms alive. The same for 20,000 distinct
// unknown terms (a page's typos, a CMS's untagged names), which the page shows and removes.
import '../src/glossary-autolink.js';
import { getBundledGlossary } from '../src/core/bundled.js';
import { rng } from './generate.js';
import type { BenchRow } from './harness.js';
import type { PostTerm } from '../src/post-term.js';

const stage = () => document.getElementById('stage')!;

function article(route: number, paragraphs = 100): HTMLElement {
  const random = rng(route + 1);
  const names = getBundledGlossary().entries.flatMap((e) => [e.term, ...e.aliases]);
  const a = document.createElement('article');
  for (let i = 0; i < paragraphs; i++) {
    const p = document.createElement('p');
    const words: string[] = [];
    for (let w = 0; w < 60; w++) words.push(random() < 0.1 ? names[Math.floor(random() * names.length)] : 'the footage went to review');
    p.textContent = words.join(' ');
    a.append(p);
  }
  return a;
}

declare const gc: undefined | (() => void);
const settle = () => new Promise((r) => setTimeout(r, 0));

async function collect() {
  for (let i = 0; i < 4; i++) {
    await settle();
    gc!();
  }
}

const heap = () => (performance as Performance & { memory?: { usedJSHeapSize: number } }).memory?.usedJSHeapSize ?? NaN;

/** An autolink on the stage, and a function replacing its article (and handing the article to `seen`). */
function spa(seen?: (a: HTMLElement) => void) {
  const el = document.createElement('glossary-autolink');
  el.setAttribute('all', '');
  stage().replaceChildren(el);
  return {
    el,
    async show(route: number) {
      const a = article(route);
      el.replaceChildren(a);
      await settle();
      seen?.(a);
    },
  };
}

export async function run(): Promise<BenchRow[]> {
  if (typeof gc !== 'function') throw new Error('run with --js-flags=--expose-gc (bench/run.mjs does)');
  // Pass 1: the heap. Twenty warm-up routes (code compiled, caches filled), then 100 more.
  let { show } = spa();
  for (let route = 0; route < 20; route++) await show(route);
  await collect();
  const baseHeap = heap();
  const curve: number[] = [];
  const t0 = performance.now();
  for (let route = 20; route < 120; route++) {
    await show(route);
    if (route % 25 === 19) {
      await collect();
      curve.push(heap() / 1e6);
    }
  }
  const took = performance.now() - t0;
  await collect();
  const afterHeap = heap();

  // Pass 2: what is alive.
  const terms: WeakRef<Element>[] = [];
  const articles: WeakRef<Element>[] = [];
  const second = spa((a) => {
    for (const t of a.querySelectorAll('post-term')) terms.push(new WeakRef(t));
    articles.push(new WeakRef(a));
  });
  const el = second.el;
  show = second.show;
  for (let route = 0; route < 101; route++) await show(route);
  await collect();
  const aliveTerms = terms.filter((r) => r.deref()).length;
  const aliveArticles = articles.filter((r) => r.deref()).length;
  const current = el.querySelectorAll('post-term').length;
  stage().replaceChildren();

  // Unknown terms: 20,000 distinct ones, a thousand at a time (each batch shown, then removed).
  const box = document.createElement('div');
  stage().append(box);
  const batch = async (from: number) => {
    for (let i = from; i < from + 1000; i++) {
      const t = document.createElement('post-term');
      t.textContent = `unknown word ${i}`;
      box.append(t, ' ');
    }
    await Promise.all([...box.querySelectorAll<PostTerm>('post-term')].map((t) => t.updateComplete));
    box.replaceChildren();
  };
  await batch(0);
  await collect();
  const unknownBase = heap();
  for (let from = 1000; from < 21_000; from += 1000) await batch(from);
  await collect();
  const unknownAfter = heap();
  stage().replaceChildren();

  const ratio = afterHeap / baseHeap;
  return [
    {
      name: `<glossary-autolink>, 100-paragraph article replaced 100 times: JS heap after GC, MB (every 25 routes: ${curve.map((x) => x.toFixed(2)).join(', ')})`,
      median: afterHeap / 1e6,
      baseline: { name: 'after 20 warm-up routes', median: baseHeap / 1e6 },
      ratio,
      target: '≤ 1.05× baseline',
      pass: ratio <= 1.05,
    },
    {
      name: `<glossary-autolink>, 101 articles shown one after another: <post-term>s alive after GC (the current article has ${current}); articles alive: ${aliveArticles}`,
      median: aliveTerms,
      target: `${current}, and 1 article`,
      pass: aliveTerms === current && aliveArticles === 1,
    },
    { name: '<glossary-autolink>: 100 route changes, total time (linking included)', median: took },
    {
      name: '<post-term>: 20,000 distinct unknown terms shown and removed: JS heap after GC, MB',
      median: unknownAfter / 1e6,
      baseline: { name: 'after the first 1,000', median: unknownBase / 1e6 },
      ratio: unknownAfter / unknownBase,
      target: '≤ 1.05× baseline',
      pass: unknownAfter / unknownBase <= 1.05,
    },
  ];
}
