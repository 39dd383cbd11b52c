// 1,000 <post-term> tags against 1,000 trivial Lit elements, rendered side by side in the same
// page, interleaved run by run so that machine noise hits both alike. Target: ≤ 1.3×.
// Rows: terms in the page (the common case); terms inside a component's shadow root (their style
// is then adopted per term); terms inside a <glossary-provider> (each one subscribes to it). The
// baseline is always the same trivial element in the same place, and every run checks that the
// terms really rendered (a focusable, underlined trigger with its description) before it counts.
import { LitElement, html } from 'lit';
import '../src/post-term.js';
import '../src/glossary-provider.js';
import type { PostTerm } from '../src/post-term.js';
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

type Place = 'page' | 'shadow' | 'provider';

/** Where the paragraph goes: the stage itself, a shadow root on it, or a provider in it. */
function container(place: Place): ParentNode {
  const stage = document.getElementById('stage')!;
  stage.replaceChildren();
  if (place === 'page') return stage;
  if (place === 'provider') {
    const provider = document.createElement('glossary-provider');
    stage.append(provider);
    return provider;
  }
  const host = document.createElement('div');
  stage.append(host);
  return host.attachShadow({ mode: 'open' });
}

function check(el: PostTerm) {
  const t = el.shadowRoot?.querySelector<HTMLElement>('[part=trigger]');
  if (!t || t.tabIndex !== 0 || !t.getAttribute('aria-description') || getComputedStyle(t).textDecorationLine !== 'underline') {
    throw new Error('a <post-term> did not render its trigger, description and underline');
  }
}

async function renderOnce(tag: 'post-term' | 'bench-trivial', place: Place) {
  const parent = container(place);
  // Let a provider or shadow root set up outside the timed part (the page case starts as before).
  if (place !== 'page') await nextPaint();
  const t0 = performance.now();
  const p = document.createElement('p');
  const els: LitElement[] = [];
  for (let i = 0; i < N; i++) {
    const el = document.createElement(tag) as LitElement;
    el.textContent = names[i % names.length];
    p.append(el, ' and ');
    els.push(el);
  }
  parent.append(p);
  await Promise.all(els.map((e) => e.updateComplete));
  // Style and layout of everything rendered, forced now: waiting for frames instead would add up
  // to two frame intervals of quantisation noise to both sides.
  void p.getBoundingClientRect().height;
  void (els[N - 1].shadowRoot!.firstElementChild as HTMLElement | null)?.offsetWidth;
  const t = performance.now() - t0;
  if (tag === 'post-term') {
    check(els[0] as unknown as PostTerm);
    check(els[N - 1] as unknown as PostTerm);
  }
  await nextPaint();
  document.getElementById('stage')!.replaceChildren();
  return t;
}

async function compare(place: Place, label: string): Promise<BenchRow> {
  const ours: number[] = [];
  const base: number[] = [];
  for (let i = 0; i < 3; i++) {
    await renderOnce('post-term', place);
    await renderOnce('bench-trivial', place);
  }
  for (let i = 0; i < RUNS; i++) {
    // Alternate which goes first, so neither always runs on a warmer heap.
    if (i % 2) {
      ours.push(await renderOnce('post-term', place));
      base.push(await renderOnce('bench-trivial', place));
    } else {
      base.push(await renderOnce('bench-trivial', place));
      ours.push(await renderOnce('post-term', place));
    }
  }
  const m = median(ours);
  const b = median(base);
  return {
    name: `${N} <post-term> first render${label}`,
    median: m,
    baseline: { name: `${N} trivial Lit elements${label}`, median: b },
    ratio: m / b,
    target: '≤ 1.3× baseline',
    pass: m / b <= 1.3,
  };
}

export async function run(): Promise<BenchRow[]> {
  return [await compare('page', ''), await compare('shadow', ' (in a shadow root)'), await compare('provider', ' (in a provider)')];
}
