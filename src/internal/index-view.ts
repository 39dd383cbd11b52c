// What <glossary-index> shows for its settings and the reader's filters, worked out once per change.
import { LETTERS, OTHER_LETTER, letterSectionId } from '../core/normalize.js';
import { CATEGORIES, type Category, type TermEntry } from '../core/types.js';
import type { Glossary } from '../core/glossary.js';

/** The index's groups, in order: A–Z, then "#" (names with no Latin letter). */
const GROUPS: readonly string[] = [...LETTERS, OTHER_LETTER];

/**
 * Entries are rendered in blocks of this many entries of the scope (before the reader's filters):
 * a block keeps its key whatever the filters leave in it, so a filter change updates the blocks
 * in place, and an unchanged block is skipped as a whole (a render compares a few hundred blocks
 * at 100,000 entries).
 */
export const BLOCK = 50;

/** The group of a section id, or undefined when `id` is not one. */
export const sectionLetter = (id: string) => (id === 'letter-other' ? OTHER_LETTER : /^letter-([a-z])$/.exec(id)?.[1].toUpperCase());

/** "A-F", "ABX", "a,c,x-z", "A-Z#" → the set of groups; empty or unparseable → all (with "#"). */
function parseLetters(spec?: string | null): Set<string> {
  const out = new Set<string>();
  // Ranges and single letters anywhere in the spec ("X-Z#" is X, Y, Z and "#").
  for (const [, from, to, one] of (spec ?? '').toUpperCase().matchAll(/([A-Z])-([A-Z])|([A-Z#])/g)) {
    if (one) out.add(one);
    else for (let c = from.charCodeAt(0); c <= to.charCodeAt(0); c++) out.add(String.fromCharCode(c));
  }
  return out.size ? out : new Set(GROUPS);
}

/** Entries of one block that the filters let through. */
export interface Block {
  key: number;
  entries: TermEntry[];
}

/** A letter section: its visible entries, in order and by block. */
export interface Group {
  letter: string;
  id: string;
  entries: TermEntry[];
  blocks: Block[];
}

/** Whether an id is among a view's entries. */
export interface IdSet {
  has(id: string): boolean;
}

export interface View {
  inputs: unknown[];
  /** Entries within `categories` and `letters`, before the reader's filters; and their ids. */
  scope: readonly TermEntry[];
  ids: IdSet;
  groups: Group[];
  visible: number;
  /** The categories in scope, and how many entries of each a search (`filterIds`) lets through. */
  present: Category[];
  counts: Map<Category, number>;
  pool: number;
}

/**
 * The view for these settings and filters (`last` when they have not changed; its scope when only
 * the filters did). One pass over the scope, nothing per entry but a few comparisons and pushes:
 * it runs in the first render of an index of 100,000 entries, before the engine has warmed up.
 */
export function indexView(glossary: Glossary, categories: string | undefined, letterSpec: string | undefined, category: Category | null, filterIds: string[] | null, last?: View): View {
  // filterIds by content: a page may change the array in place and call requestUpdate().
  const inputs = [glossary, categories, letterSpec, category, Array.isArray(filterIds) ? filterIds.join('\n') : filterIds];
  if (last && inputs.every((v, i) => v === last.inputs[i])) return last;
  const letters = parseLetters(letterSpec);
  let scope: readonly TermEntry[];
  let ids: IdSet;
  if (last && inputs.slice(0, 3).every((v, i) => v === last.inputs[i])) ({ scope, ids } = last);
  else if (letters.size === GROUPS.length && !categories) {
    // The whole glossary (an index's usual setting): no copy, and its own lookup for the ids.
    scope = glossary.entries;
    ids = { has: (id) => glossary.get(id) !== undefined };
  } else {
    const cats = categories ? new Set(categories.split(/[\s,]+/)) : null;
    scope = glossary.entries.filter((e) => letters.has(e.letter) && (!cats || cats.has(e.category)));
    ids = new Set(scope.map((e) => e.id));
  }
  const filter = filterIds ? new Set(filterIds) : null;
  const byLetter = new Map<string, Group>();
  /** Per letter: entries of the scope seen so far (an entry's block is its place in its letter). */
  const seen = new Map<string, number>();
  const inScope: Partial<Record<Category, number>> = {};
  const passed: Partial<Record<Category, number>> = {};
  let visible = 0;
  // Entries come sorted by name, so mostly a letter at a time: its group and count are kept at hand.
  let letter = '';
  let n = 0;
  let group: Group | undefined;
  for (let i = 0; i < scope.length; i++) {
    const e = scope[i];
    if (e.letter !== letter) {
      if (letter) seen.set(letter, n);
      letter = e.letter;
      n = seen.get(letter) ?? 0;
      group = byLetter.get(letter);
    }
    const at = n++;
    inScope[e.category] = 1;
    if (filter && !filter.has(e.id)) continue;
    passed[e.category] = (passed[e.category] ?? 0) + 1;
    if (category && e.category !== category) continue;
    visible++;
    if (!group) byLetter.set(letter, (group = { letter, id: letterSectionId(letter), entries: [], blocks: [] }));
    group.entries.push(e);
    const key = (at / BLOCK) | 0;
    const block = group.blocks[group.blocks.length - 1];
    if (block?.key === key) block.entries.push(e);
    else group.blocks.push({ key, entries: [e] });
  }
  if (letter) seen.set(letter, n);
  // "#" is in the bar only when the glossary has names with no Latin letter (A–Z always are).
  const groups = GROUPS.filter((l) => letters.has(l) && (l !== OTHER_LETTER || seen.has(l))).map((l) => byLetter.get(l) ?? { letter: l, id: letterSectionId(l), entries: [], blocks: [] });
  const present = CATEGORIES.filter((c) => inScope[c]);
  const counts = new Map(present.flatMap((c) => (passed[c] ? [[c, passed[c]] as const] : [])));
  const pool = present.reduce((sum, c) => sum + (passed[c] ?? 0), 0);
  return { inputs, scope, ids, groups, visible, present, counts, pool };
}
