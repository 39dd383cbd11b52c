// <glossary-autolink> on generated articles of 5k, 20k and 80k words with the bundled dataset.
// "Linked" is the time from creating the article on the page to its mentions being wrapped in
// <post-term> (the element links synchronously on connect). Baseline, in the same page and run:
// the same article with the same <post-term>s already in its markup (hand-tagged), created and
// appended the same way, so the ratio is the price of finding the terms automatically. Targets:
// 5k words < 20 ms, and time per word at 80k within 1.5× of that at 20k (linear growth).
import '../src/glossary-autolink.js';
import type { PostTerm } from '../src/post-term.js';
import { getBundledGlossary } from '../src/core/bundled.js';
import { median, percentile, nextPaint, type BenchRow } from './harness.js';
import { rng } from './generate.js';

const FILLER = (
  'the a of and to in for on with from as at by that this we our their after before during each ' +
  'shot scene editor director producer schedule footage review session studio client version final ' +
  'picture sound color team night morning week episode series film delivery notes pass check change ' +
  'frame timeline cut room light camera actor voice music track level master copy file drive server ' +
  'was were is are has had will would can should then when while because so but also still only'
).split(' ');

/**
 * An article of about `words` words: paragraphs of 60–120 words, a heading every eight paragraphs,
 * now and then a link, inline code or emphasis, and a glossary name about one word in twenty-five.
 */
export function article(words: number): DocumentFragment {
  const random = rng(words);
  const names = getBundledGlossary().entries.flatMap((e) => [e.term, ...e.aliases]);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(random() * xs.length)];
  const frag = document.createDocumentFragment();
  let count = 0;
  let paragraphs = 0;
  while (count < words) {
    if (paragraphs % 8 === 0) {
      const h = document.createElement('h2');
      h.textContent = `Part ${paragraphs / 8 + 1}: ${pick(names)} and ${pick(FILLER)}`;
      frag.append(h);
    }
    const p = document.createElement('p');
    const length = 60 + Math.floor(random() * 60);
    let text: string[] = [];
    const flush = () => {
      if (text.length) p.append(`${text.join(' ')} `);
      text = [];
    };
    for (let i = 0; i < length; i++) {
      const r = random();
      if (r < 0.04) text.push(pick(names));
      else if (r < 0.045) {
        flush();
        const el = document.createElement(pick(['a', 'code', 'em', 'strong']));
        if (el.localName === 'a') el.setAttribute('href', '#');
        el.textContent = `${pick(FILLER)} ${random() < 0.5 ? pick(names) : pick(FILLER)}`;
        p.append(el, ' ');
      } else text.push(pick(FILLER));
      if (random() < 0.07) text[text.length - 1] += '.';
    }
    flush();
    frag.append(p);
    count += length;
    paragraphs++;
  }
  return frag;
}

const stage = () => document.getElementById('stage')!;

/** Inert copies (template content does not upgrade elements), instantiated inside the timed window. */
function inert(nodes: DocumentFragment | Element): HTMLTemplateElement {
  const t = document.createElement('template');
  t.content.append(nodes.cloneNode(true));
  return t;
}

async function linkOnce(source: HTMLTemplateElement, options: { all?: boolean; rendered?: boolean } = {}) {
  const t0 = performance.now();
  const el = document.createElement('glossary-autolink');
  if (options.all) el.setAttribute('all', '');
  el.append(document.importNode(source.content, true));
  stage().append(el);
  let t = performance.now() - t0;
  const terms = el.querySelectorAll<PostTerm>('post-term');
  if (options.rendered) {
    await Promise.all([...terms].map((term) => term.updateComplete));
    void el.getBoundingClientRect().height;
    t = performance.now() - t0;
  }
  await nextPaint();
  const linked = document.createElement('div');
  linked.append(...el.childNodes);
  stage().replaceChildren();
  return { t, terms: terms.length, linked };
}

/** The hand-tagged article: the same <post-term>s already in the markup. */
async function taggedOnce(tagged: HTMLTemplateElement) {
  const t0 = performance.now();
  const div = document.createElement('div');
  div.append(document.importNode(tagged.content, true));
  stage().append(div);
  const t = performance.now() - t0;
  await nextPaint();
  stage().replaceChildren();
  return t;
}

export async function run(): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  const perWord: Record<number, number> = {};
  for (const [words, runs] of [
    [5_000, 31],
    [20_000, 15],
    [80_000, 9],
  ] as const) {
    const source = inert(article(words));
    const first = await linkOnce(source);
    const linked = first.terms;
    const tagged = document.createElement('template');
    // The linked markup, parsed inert: its <post-term>s are created when instantiated.
    tagged.innerHTML = first.linked.innerHTML;
    const ours: number[] = [];
    const base: number[] = [];
    for (let i = 0; i < 3; i++) {
      await linkOnce(source);
      await taggedOnce(tagged);
    }
    for (let i = 0; i < runs; i++) {
      // Alternate which goes first, so neither always runs on a warmer heap.
      if (i % 2) {
        ours.push((await linkOnce(source)).t);
        base.push(await taggedOnce(tagged));
      } else {
        base.push(await taggedOnce(tagged));
        ours.push((await linkOnce(source)).t);
      }
    }
    const m = median(ours);
    const b = median(base);
    perWord[words] = m / words;
    rows.push({
      name: `${words.toLocaleString('en')} words linked (${linked} terms)`,
      median: m,
      p95: percentile(ours, 95),
      baseline: { name: 'same article hand-tagged', median: b },
      ratio: m / b,
      ...(words === 5_000 ? { target: '< 20 ms', pass: m < 20 } : {}),
    });
  }
  // 20k against 80k: at 5k the fixed cost of creating the ~60 terms still weighs on the per-word figure.
  const growth = perWord[80_000] / perWord[20_000];
  rows.push({
    name: 'linking time per word, 80k ÷ 20k (linear growth)',
    median: growth,
    target: '≤ 1.5',
    pass: growth <= 1.5,
  });

  // For reference: every mention linked, and the time until the terms have rendered.
  const source = inert(article(5_000));
  for (let i = 0; i < 3; i++) await linkOnce(source, { all: true, rendered: true });
  const all: number[] = [];
  const rendered: number[] = [];
  let allTerms = 0;
  for (let i = 0; i < 15; i++) {
    const a = await linkOnce(source, { all: true });
    allTerms = a.terms;
    all.push(a.t);
    rendered.push((await linkOnce(source, { rendered: true })).t);
  }
  rows.push({ name: `5,000 words, all mentions (${allTerms} terms)`, median: median(all), p95: percentile(all, 95) });
  rows.push({ name: '5,000 words, until the terms have rendered', median: median(rendered), p95: percentile(rendered, 95) });
  return rows;
}
