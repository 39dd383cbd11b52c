import { buildGlossary, readItems, type Glossary } from './glossary.js';
import { runToEnd } from './slices.js';
import type { GlossaryError } from './types.js';

/** How a site's own entries combine with the base set: `extend` (same id overrides) or `replace`. */
export type MergeMode = 'extend' | 'replace';

/** A named batch of raw entries (a fetched file, a JS array). */
export interface EntrySource {
  /** How messages name the source, e.g. `terms.json` or `terms`. */
  name: string;
  /** The raw items, not yet validated. */
  entries: readonly unknown[];
}

/** A {@link GlossaryError} that also says which source the entry came from. */
export interface SourcedGlossaryError extends GlossaryError {
  /** The source's name (`index` counts within that source). */
  source: string;
}

export interface MergeResult {
  glossary: Glossary;
  /** Problems, each naming its source, entry and field; `index` counts within the source. */
  errors: SourcedGlossaryError[];
  /** How many valid entries each source brought (same order as the sources). */
  valid: number[];
}

/**
 * Combines a base set (normally the bundled dataset) with a site's own entries. Later sources win
 * over earlier ones on the same id, and every source wins over the base in `extend` mode; in
 * `replace` mode the base is left out. An invalid entry never removes anything: when a site's copy
 * of an id is unusable, the next copy (an earlier source's, or the base's) stays. Pure; never throws.
 * Every entry is validated once.
 */
export function mergeEntries(base: readonly unknown[], sources: readonly EntrySource[], mode: MergeMode = 'extend'): MergeResult {
  return runToEnd(mergeSteps(base, sources, mode, false));
}

/**
 * @internal {@link mergeEntries} as steps: run at once, or in slices (src/internal/slices.ts,
 * mergeEntriesInSlices) for tens of thousands of entries.
 */
export function* mergeSteps(base: readonly unknown[], sources: readonly EntrySource[], mode: MergeMode, sliced: boolean): Generator<void, MergeResult> {
  // Highest precedence first: createGlossary keeps the first valid copy of an id.
  const items: unknown[] = [];
  const ranges: { source: string; start: number; end: number; ids: Set<unknown> }[] = [];
  // Read once, defensively: a source may be a Proxy or have getters that throw.
  const list = readItems(sources);
  const safe: EntrySource[] = (typeof list === 'string' ? [] : list).map((s, i) => {
    const read = <K extends keyof EntrySource>(k: K, fallback: EntrySource[K]): EntrySource[K] => {
      try {
        return (s as EntrySource)[k] ?? fallback;
      } catch {
        return fallback;
      }
    };
    const items = readItems(read('entries', []));
    const name = read('name', '');
    return { name: typeof name === 'string' && name ? name : `source ${i + 1}`, entries: typeof items === 'string' ? [] : items };
  });
  const idOf = (e: unknown) => {
    try {
      return (e as { id?: unknown } | null)?.id;
    } catch {
      return undefined;
    }
  };
  for (const s of [...safe].reverse()) {
    const entries = s.entries;
    const ids = new Set<unknown>();
    ranges.push({ source: s.name, start: items.length, end: items.length + entries.length, ids });
    for (let i = 0; i < entries.length; i++) {
      if (i % 1024 === 0) yield;
      ids.add(idOf(entries[i]));
      items.push(entries[i]);
    }
  }
  if (mode !== 'replace') {
    // One by one: spreading 100,000 items into push() overflows the stack.
    const b = readItems(base);
    if (typeof b !== 'string') for (const e of b) items.push(e);
  }

  const validItems: number[] = [];
  const glossary = yield* buildGlossary(items, sliced, validItems);
  const errors: SourcedGlossaryError[] = [];
  let step = 0;
  for (const e of glossary.errors) {
    if (++step % 256 === 0) yield;
    const range = ranges.find((r) => e.index >= r.start && e.index < r.end);
    const duplicate = e.field === 'id' && /duplicate id/.test(e.message);
    if (!range) {
      // A base entry overridden by a site's entry is the point of extend mode, not a problem.
      if (!duplicate) errors.push({ ...e, source: 'bundled' });
      continue;
    }
    // Two sources naming one id: the later source overrides, as documented.
    if (duplicate && ranges.some((r) => r.start < range.start && r.ids.has(e.id))) continue;
    const index = e.index - range.start;
    // Entries without a usable id are numbered in the message: number them within their source.
    const message = e.id === undefined ? e.message.replace(`entry #${e.index + 1}`, `entry #${index + 1}`) : e.message;
    errors.push({ ...e, index, message, source: range.source });
  }
  // Valid entries per source, as if it were validated on its own: its items that passed, one per id.
  const validIds = ranges.map(() => new Set<string>());
  for (const i of validItems) {
    if (++step % 1024 === 0) yield;
    const r = ranges.findIndex((x) => i >= x.start && i < x.end);
    if (r >= 0) validIds[r].add((items[i] as { id: string }).id);
  }
  const valid = validIds.map((ids) => ids.size).reverse();
  return { glossary, errors, valid };
}
