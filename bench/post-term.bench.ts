// 1,000 <post-term> tags against 1,000 trivial Lit elements, rendered side by side in the same
// page, interleaved run by run so that machine noise hits both alike. Target: ≤ 1.3×.
import { LitElement, html } from 'lit';
import '../src/post-term.js';
import { getBundledGlossary } from '../src/core/bundled.js';
import { median, nextPaint, type BenchRow } from './harness.js';

class BenchTrivial extends LitElement {
  override render() {
    return html`<span><slot></slot></span>`;
  }
}
customElements.define('bench-trivial', BenchTrivial);

const N = 1000;
const RUNS = 31;
const names = getBundledGlossary().entries.map((e) => e.term);

async function renderOnce(tag: 'post-term' | 'bench-trivial') {
  const stage = document.getElementById('stage')!;
  stage.replaceChildren();
  const t0 = performance.now();
  const p = document.createElement('p');
  const els: LitElement[] = [];
  for (let i = 0; i < N; i++) {
    const el = document.createElement(tag) as LitElement;
    el.textContent = names[i % names.length];
    p.append(el, ' and ');
    els.push(el);
  }
  stage.append(p);
  await Promise.all(els.map((e) => e.updateComplete));
  // Style and layout of everything rendered, forced now: waiting for frames instead would add up
  // to two frame intervals of quantisation noise to both sides.
  void p.getBoundingClientRect().height;
  void (els[N - 1].shadowRoot!.firstElementChild as HTMLElement | null)?.offsetWidth;
  const t = performance.now() - t0;
  await nextPaint();
  stage.replaceChildren();
  return t;
}

export async function run(): Promise<BenchRow[]> {
  const ours: number[] = [];
  const base: number[] = [];
  for (let i = 0; i < 3; i++) {
    await renderOnce('post-term');
    await renderOnce('bench-trivial');
  }
  for (let i = 0; i < RUNS; i++) {
    // Alternate which goes first, so neither always runs on a warmer heap.
    if (i % 2) {
      ours.push(await renderOnce('post-term'));
      base.push(await renderOnce('bench-trivial'));
    } else {
      base.push(await renderOnce('bench-trivial'));
      ours.push(await renderOnce('post-term'));
    }
  }
  const m = median(ours);
  const b = median(base);
  return [
    {
      name: `${N} <post-term> first render`,
      median: m,
      baseline: { name: `${N} trivial Lit elements`, median: b },
      ratio: m / b,
      target: '≤ 1.3× baseline',
      pass: m / b <= 1.3,
    },
  ];
}
