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

export interface View {
  inputs: unknown[];
  /** Entries within `categories` and `letters`, before the reader's filters; and their ids. */
  scope: TermEntry[];
  ids: Set<string>;
  groups: Group[];
  visible: number;
  /** The categories in scope, and how many entries of each a search (`filterIds`) lets through. */
  present: Category[];
  counts: Map<Category, number>;
  pool: number;
}

/** The view for these settings and filters (`last` when they have not changed; its scope when only the filters did). */
export function indexView(glossary: Glossary, categories: string | undefined, letterSpec: string | undefined, category: Category | null, filterIds: string[] | null, last?: View): View {
  // filterIds by content: a page may change the array in place and call requestUpdate().
  const inputs = [glossary, categories, letterSpec, category, Array.isArray(filterIds) ? filterIds.join('\n') : filterIds];
  if (last && inputs.every((v, i) => v === last.inputs[i])) return last;
  const letters = parseLetters(letterSpec);
  let scope: TermEntry[];
  let ids: Set<string>;
  if (last && inputs.slice(0, 3).every((v, i) => v === last.inputs[i])) ({ scope, ids } = last);
  else {
    const cats = categories ? new Set(categories.split(/[\s,]+/)) : null;
    scope = glossary.entries.filter((e) => letters.has(e.letter) && (!cats || cats.has(e.category)));
    ids = new Set(scope.map((e) => e.id));
  }
  const filter = filterIds ? new Set(filterIds) : null;
  const byLetter = new Map<string, Group>();
  const counts = new Map<Category, number>();
  const inScope = new Set<Category>();
  const at = new Map<string, number>();
  let visible = 0;
  let pool = 0;
  let other = false;
  for (const e of scope) {
    inScope.add(e.category);
    if (e.letter === OTHER_LETTER) other = true;
    const n = at.get(e.letter) ?? 0;
    at.set(e.letter, n + 1);
    if (filter && !filter.has(e.id)) continue;
    pool++;
    counts.set(e.category, (counts.get(e.category) ?? 0) + 1);
    if (category && e.category !== category) continue;
    visible++;
    let group = byLetter.get(e.letter);
    if (!group) byLetter.set(e.letter, (group = { letter: e.letter, id: letterSectionId(e.letter), entries: [], blocks: [] }));
    group.entries.push(e);
    const key = Math.floor(n / BLOCK);
    const block = group.blocks[group.blocks.length - 1];
    if (block?.key === key) block.entries.push(e);
    else group.blocks.push({ key, entries: [e] });
  }
  // "#" is in the bar only when the glossary has names with no Latin letter (A–Z always are).
  const groups = GROUPS.filter((l) => letters.has(l) && (l !== OTHER_LETTER || other)).map((letter) => byLetter.get(letter) ?? { letter, id: letterSectionId(letter), entries: [], blocks: [] });
  const present = CATEGORIES.filter((c) => inScope.has(c));
  return { inputs, scope, ids, groups, visible, present, counts, pool };
}
