// linkTerms (post-glossary/html: parse5 + the matcher, string in, string out, as a build step runs
// it) on the generated articles of the auto-linker's benchmark, 5k, 20k and 80k words, next to
// <glossary-autolink> linking the same article in this page in the same run (its figure is the
// baseline: the ratio says what linking at build time costs compared with linking in the browser).
// Targets: 5k words ≤ 30 ms; time per word at 80k within 1.5× of that at 20k (linear growth).
import '../src/glossary-autolink.js';
import { linkTerms } from '../src/html.js';
import { article } from './autolink.bench.js';
import { median, percentile, nextPaint, type BenchRow } from './harness.js';

const stage = () => document.getElementById('stage')!;

/** The browser auto-linker on the same article: from creating it on the page to its terms wrapped. */
async function autolinkOnce(source: HTMLTemplateElement) {
  const t0 = performance.now();
  const el = document.createElement('glossary-autolink');
  el.append(document.importNode(source.content, true));
  stage().append(el);
  const t = performance.now() - t0;
  const terms = el.querySelectorAll('post-term').length;
  await nextPaint();
  stage().replaceChildren();
  return { t, terms };
}

export async function run(): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  const perWord: Record<number, number> = {};
  for (const [words, runs] of [
    [5_000, 31],
    [20_000, 15],
    [80_000, 9],
  ] as const) {
    const div = document.createElement('div');
    div.append(article(words));
    const html = div.innerHTML;
    const source = document.createElement('template');
    source.innerHTML = html;
    let terms = 0;
    for (let i = 0; i < 3; i++) {
      terms = linkTerms(html).split('<post-term ').length - 1;
      await autolinkOnce(source);
    }
    const ours: number[] = [];
    const base: number[] = [];
    let browserTerms = 0;
    for (let i = 0; i < runs; i++) {
      const t0 = performance.now();
      linkTerms(html);
      ours.push(performance.now() - t0);
      const b = await autolinkOnce(source);
      base.push(b.t);
      browserTerms = b.terms;
    }
    if (browserTerms !== terms) throw new Error(`${words} words: linkTerms linked ${terms} terms, <glossary-autolink> ${browserTerms}`);
    const m = median(ours);
    const b = median(base);
    perWord[words] = m / words;
    rows.push({
      name: `linkTerms, ${words.toLocaleString('en')} words (${(html.length / 1024).toFixed(0)} KB, ${terms} terms)`,
      median: m,
      p95: percentile(ours, 95),
      baseline: { name: '<glossary-autolink>, same article', median: b },
      ratio: m / b,
      ...(words === 5_000 ? { target: '≤ 30 ms', pass: m <= 30 } : {}),
    });
  }
  const growth = perWord[80_000] / perWord[20_000];
  rows.push({ name: 'linkTerms time per word, 80k ÷ 20k (linear growth)', median: growth, target: '≤ 1.5', pass: growth <= 1.5 });
  return rows;
}
