import { CATEGORIES, CATEGORY_LABELS, type Category, type GlossaryError, type TermEntry, type TermLink } from './types.js';
import { LETTERS, indexLetter, lookupKey, normalizeSpace, termCollator } from './normalize.js';
import { LookupImpl, sortEntries, type GlossaryLookup } from './lookup.js';
import { buildMatcher, createMatcher, type Mention, type MentionOptions } from './mentions.js';
import { runInSlices, runToEnd } from './slices.js';

/** A letter of the A–Z index with its entries (empty for letters nobody uses). */
export interface LetterGroup {
  letter: string;
  entries: readonly TermEntry[];
}

/** A category with the number of entries in it. */
export interface CategoryCount {
  category: Category;
  label: string;
  count: number;
}

/** A validated, indexed, read-only glossary. Build one with {@link createGlossary}. */
export interface Glossary extends GlossaryLookup {
  /** All 26 letters A–Z, each with its entries; letters with none are included, empty. */
  byLetter(): readonly LetterGroup[];
  /** Categories in use, in the fixed order, with counts. */
  categories(): readonly CategoryCount[];
  /** Mentions of this glossary's terms in plain text; see {@link MentionOptions}. */
  findMentions(text: string, options?: MentionOptions): Mention[];
}

const ID_RE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * A problem with one field of one entry. The message names the entry (by id when it has a string
 * one, else by its position) and the field: `entry "lut": "term" is missing`.
 */
const fieldError = (index: number, id: string | undefined, field: string, problem: string): GlossaryError => ({
  index,
  ...(id ? { id } : {}),
  field,
  message: `${id ? `entry "${id}"` : `entry #${index + 1}`}: "${field}" ${problem}`,
});

/** Checks one raw item; returns a clean entry (or undefined when a required field is unusable) and pushes errors. */
function validateEntry(raw: unknown, index: number, errors: GlossaryError[]): TermEntry | undefined {
  if (!isRecord(raw)) {
    errors.push({ index, message: `entry #${index + 1} is not an object` });
    return undefined;
  }
  const id = typeof raw.id === 'string' ? raw.id : undefined;
  const fail = (field: string, problem: string) => {
    errors.push(fieldError(index, id, field, problem));
  };
  /** A string field, white space normalised; undefined (with an error unless absent and optional) when unusable. */
  const text = (field: string, required?: boolean): string | undefined => {
    const v = raw[field];
    const s = typeof v === 'string' ? normalizeSpace(v) : undefined;
    if (s) return s;
    if (v === undefined || v === null) {
      if (required) fail(field, 'is missing');
    } else fail(field, s === '' ? 'is empty' : `must be a string, not ${Array.isArray(v) ? 'an array' : typeof v}`);
    return undefined;
  };
  /** Calls `check` on each item of an array field (with the item's field name for messages); absent counts as empty. */
  const each = (field: string, shape: string, check: (item: unknown, at: string) => void) => {
    const v = raw[field];
    if (Array.isArray(v)) v.forEach((item, i) => check(item, `${field}[${i}]`));
    else if (v !== undefined && v !== null) fail(field, `must be an array of ${shape}`);
  };
  const list = (field: string): string[] => {
    const out: string[] = [];
    each(field, 'strings', (item, at) => {
      const s = typeof item === 'string' ? normalizeSpace(item) : '';
      if (s) out.push(s);
      else fail(at, 'must be a non-empty string');
    });
    return out;
  };

  const validId = id !== undefined && ID_RE.test(id);
  if (!validId) fail('id', id === undefined ? 'is missing or not a string' : 'must be a kebab-case slug (a-z, 0-9, hyphens)');
  const term = text('term', true);
  const definition = text('definition', true);
  const category = (CATEGORIES as readonly unknown[]).includes(raw.category) ? (raw.category as Category) : undefined;
  if (!category) fail('category', `must be one of ${CATEGORIES.join(', ')}`);
  if (!validId || !term || !definition || !category) return undefined;

  const entry: TermEntry = {
    id,
    term,
    aliases: list('aliases'),
    letter: indexLetter(term),
    category,
    definition,
    seeAlso: list('seeAlso'),
    links: [],
  };
  const expansion = text('expansion');
  if (expansion) entry.expansion = expansion;
  if (raw.letter !== undefined && raw.letter !== entry.letter) {
    fail('letter', `is "${String(raw.letter)}" but "${term}" is filed under "${entry.letter}"`);
  }
  if (raw.caseSensitive === true) entry.caseSensitive = true;
  else if (raw.caseSensitive !== undefined && raw.caseSensitive !== false) fail('caseSensitive', 'must be true or false');
  each('links', '{ label, path }', (l, at) => {
    const link = isRecord(l) ? l : {};
    const label = typeof link.label === 'string' ? normalizeSpace(link.label) : '';
    const path = typeof link.path === 'string' ? link.path.trim() : '';
    if (!label || !path) fail(at, 'needs a non-empty label and path');
    else if (!/^(?:\/(?!\/)|https?:\/\/)/i.test(path)) fail(`${at}.path`, 'must start with "/" or http(s)://');
    else entry.links.push({ label, path } satisfies TermLink);
  });
  return entry;
}

/**
 * Builds a glossary from any value (normally an array of entries). Never throws: invalid items
 * are left out and described in `errors`, each naming the entry and the field; a non-array gives
 * an empty glossary with one error.
 */
export function createGlossary(input: unknown): Glossary {
  return runToEnd(buildGlossary(input, false));
}

/**
 * @internal {@link createGlossary} in slices: the same glossary, built a few milliseconds at a
 * time with a task boundary in between (input and frames get in), for tens of thousands of
 * entries on a page. Resolves with the glossary; never rejects.
 */
export function createGlossaryInSlices(input: unknown): Promise<Glossary> {
  return runInSlices(buildGlossary(input, true));
}

/** How many items a step of the build handles between checks of the clock. */
const STEP = 64;

/**
 * The build, as a generator that yields between steps (so it can run at once, or in slices):
 * validation, duplicate ids, see-also checks, the A–Z sort and the lookup keys. `valid` (when
 * given) is filled with the index of every item that passed validation, duplicate or not.
 * @internal
 */
export function* buildGlossary(input: unknown, sliced: boolean, valid?: number[]): Generator<void, GlossaryImpl> {
  const errors: GlossaryError[] = [];
  const entries: TermEntry[] = [];
  const inputIndex = new Map<string, number>();
  if (!Array.isArray(input)) {
    const kind = input === null ? 'null' : typeof input;
    errors.push({ index: -1, message: `a glossary must be an array of entries, not ${kind}` });
  } else {
    for (let index = 0; index < input.length; index++) {
      if (index % STEP === 0) yield;
      const entry = validateEntry(input[index], index, errors);
      if (!entry) continue;
      valid?.push(index);
      if (inputIndex.has(entry.id)) {
        errors.push({ index, id: entry.id, field: 'id', message: `entry "${entry.id}": duplicate id, this later copy is ignored` });
        continue;
      }
      inputIndex.set(entry.id, index);
      entries.push(entry);
    }
  }
  for (let i = 0; i < entries.length; i++) {
    if (i % (STEP * 4) === 0) yield;
    const e = entries[i];
    e.seeAlso = e.seeAlso.filter((other) => {
      if (other !== e.id && inputIndex.has(other)) return true;
      errors.push(
        fieldError(inputIndex.get(e.id)!, e.id, 'seeAlso', other === e.id ? 'names the entry itself' : `names "${other}", which is not in the glossary`),
      );
      return false;
    });
  }
  if (sliced) yield* sortInSteps(entries);
  else sortEntries(entries);
  const keys = yield* lookupKeys(entries);
  const byId = new Map<string, TermEntry>();
  for (let i = 0; i < entries.length; i++) {
    if (i % (STEP * 4) === 0) yield;
    byId.set(entries[i].id, entries[i]);
  }
  return new GlossaryImpl(entries, errors, keys, byId);
}

/** Sorts entries A–Z as sortEntries() does (a stable merge sort, same order), yielding between steps. */
function* sortInSteps(entries: TermEntry[]): Generator<void, void> {
  const before = (a: TermEntry, b: TermEntry) => termCollator.compare(a.term, b.term) || termCollator.compare(a.id, b.id);
  const n = entries.length;
  // Runs of 32 sorted natively (stable), then merged bottom-up.
  const RUN = 32;
  for (let lo = 0; lo < n; lo += RUN) {
    if (lo % (RUN * 8) === 0) yield;
    const run = entries.slice(lo, lo + RUN).sort(before);
    for (let k = 0; k < run.length; k++) entries[lo + k] = run[k];
  }
  let from = entries;
  let to = new Array<TermEntry>(n);
  let steps = 0;
  for (let width = RUN; width < n; width *= 2) {
    for (let lo = 0; lo < n; lo += 2 * width) {
      const mid = Math.min(lo + width, n);
      const hi = Math.min(lo + 2 * width, n);
      let i = lo;
      let j = mid;
      for (let k = lo; k < hi; k++) {
        if (++steps % 512 === 0) yield;
        to[k] = i < mid && (j >= hi || before(from[j], from[i]) >= 0) ? from[i++] : from[j++];
      }
    }
    [from, to] = [to, from];
  }
  if (from !== entries) for (let k = 0; k < n; k++) entries[k] = from[k];
}

/** Lookup key → entry, as LookupImpl would make it, yielding between steps. */
function* lookupKeys(entries: readonly TermEntry[]): Generator<void, Map<string, TermEntry>> {
  const keys = new Map<string, TermEntry>();
  const claim = (key: string, e: TermEntry) => {
    if (key && !keys.has(key)) keys.set(key, e);
  };
  // Ids and terms claim keys before aliases, so an alias never hides another entry's own name.
  for (let i = 0; i < entries.length; i++) {
    if (i % STEP === 0) yield;
    claim(lookupKey(entries[i].id), entries[i]);
    claim(lookupKey(entries[i].term), entries[i]);
  }
  for (let i = 0; i < entries.length; i++) {
    if (i % STEP === 0) yield;
    for (const a of entries[i].aliases) claim(lookupKey(a), entries[i]);
  }
  return keys;
}

/** @internal */
export class GlossaryImpl extends LookupImpl implements Glossary {
  #letters?: LetterGroup[];
  #matcher?: ReturnType<typeof createMatcher>;

  byLetter() {
    if (!this.#letters) {
      // One pass, not one per letter: a glossary may have a hundred thousand entries.
      const groups = new Map(LETTERS.map((letter) => [letter, [] as TermEntry[]]));
      for (const e of this.entries) groups.get(e.letter)?.push(e);
      this.#letters = LETTERS.map((letter) => ({ letter, entries: groups.get(letter)! }));
    }
    return this.#letters;
  }

  categories() {
    return CATEGORIES.map((category) => ({
      category,
      label: CATEGORY_LABELS[category],
      count: this.entries.filter((e) => e.category === category).length,
    })).filter((c) => c.count > 0);
  }

  findMentions(text: string, options?: MentionOptions) {
    this.#matcher ??= createMatcher(this.entries);
    return this.#matcher(text, options);
  }

  #preparing?: Promise<void>;

  /** @internal Whether findMentions() is ready to run without first indexing every name. */
  mentionsReady(): boolean {
    return !!this.#matcher;
  }

  /** @internal Indexes the names for findMentions() in slices (for a large glossary); resolves when done. */
  prepareMentions(): Promise<void> {
    return (this.#preparing ??= runInSlices(buildMatcher(this.entries)).then((m) => {
      this.#matcher ??= m;
    }));
  }
}

/**
 * @internal A glossary over entries that are already valid and sorted (the bundled dataset, which
 * its tests check equals `createGlossary(bundledTerms)`): no second validation pass.
 */
export function glossaryOfValidEntries(entries: TermEntry[]): Glossary {
  return new GlossaryImpl(entries, []);
}
