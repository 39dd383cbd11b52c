import { bundledTerms } from '../src/core/bundled.js';
import { CATEGORIES, type TermEntry } from '../src/core/types.js';

/** A small deterministic PRNG (mulberry32), so every run measures the same data. */
export function rng(seed: number) {
  return () => {
    seed |= 0;
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SYLLABLES = ['ka', 'lo', 'mi', 're', 'tan', 'vex', 'dor', 'sil', 'quo', 'bri', 'nex', 'pha', 'zen', 'gru', 'hol', 'jin', 'wex', 'yal', 'cor', 'fim'];

/**
 * Generates `count` entries shaped like the bundled ones: names of one to three words (a third of
 * them acronyms with an expansion), aliases, definitions of 50–110 words drawn from the real
 * definitions' vocabulary, categories and see-also links. The 70 real entries come first.
 */
export function generateTerms(count: number, seed = 42): TermEntry[] {
  const rand = rng(seed);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)];
  const vocabulary = bundledTerms.flatMap((t) => t.definition.split(/\s+/));
  const word = () => {
    const n = 2 + Math.floor(rand() * 3);
    let w = '';
    for (let i = 0; i < n; i++) w += pick(SYLLABLES);
    return w;
  };
  const cap = (w: string) => w[0].toUpperCase() + w.slice(1);
  const out: TermEntry[] = bundledTerms.slice(0, Math.min(count, bundledTerms.length)).map((t) => ({ ...t, seeAlso: [...t.seeAlso] }));
  const ids = new Set(out.map((t) => t.id));
  while (out.length < count) {
    const words = Array.from({ length: 1 + Math.floor(rand() * 3) }, word);
    const acronym = rand() < 0.33;
    const term = acronym
      ? words
          .map((w) => w[0])
          .join('')
          .toUpperCase() + word().slice(0, 2).toUpperCase()
      : words.map(cap).join(' ');
    let id = term
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '');
    while (ids.has(id)) id += `-${Math.floor(rand() * 1000)}`;
    ids.add(id);
    const length = 50 + Math.floor(rand() * 60);
    const definition =
      Array.from({ length }, () => pick(vocabulary))
        .join(' ')
        .replace(/^./, (c) => c.toUpperCase()) + '.';
    const entry: TermEntry = {
      id,
      term,
      aliases: rand() < 0.5 ? [words.map(cap).join('-')] : [],
      letter: term[0].toUpperCase(),
      category: pick(CATEGORIES),
      definition,
      seeAlso: out.length > 0 ? [pick(out).id] : [],
      links: [],
    };
    if (acronym) entry.expansion = words.map(cap).join(' ');
    out.push(entry);
  }
  return out;
}
