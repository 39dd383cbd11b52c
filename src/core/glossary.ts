import { CATEGORIES, type Category, type GlossaryError, type TermEntry, type TermLink } from './types.js';
import { indexLetter, lookupKey, normalizeSpace, safeHref } from './normalize.js';
import { compareEntries, sortEntries, type GlossaryLookup } from './lookup.js';
import { runToEnd } from './slices.js';
// The glossary itself (A–Z groups, categories, mentions) lives apart from validation, so pages that
// show only the bundled (already valid) dataset do not download the validator.
import { GlossaryImpl } from './glossary-model.js';
import type { Mention, MentionOptions } from './mentions.js';
import { ENTRY_FIELDS, ID_PATTERN, LINK_FIELDS, LINK_PATH_ON_SITE_PATTERN, LINK_PATH_PATTERN, RESERVED_ID_PATTERN } from './entry-rules.js';

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
  /**
   * All 26 letters A–Z, each with its entries (letters with none are included, empty), then the
   * "#" group: names with no Latin letter ("색보정", "🎬", "2-3"), in Korean collation order.
   */
  byLetter(): readonly LetterGroup[];
  /** Categories in use, in the fixed order, with counts. */
  categories(): readonly CategoryCount[];
  /** Mentions of this glossary's terms in plain text; see {@link MentionOptions}. */
  findMentions(text: string, options?: MentionOptions): Mention[];
}

// The rules of entry-rules.ts, which data/terms.schema.json is generated from.
const ID_RE = new RegExp(ID_PATTERN);
/** Ids `<glossary-index>` gives its letter sections (`#letter-a` … `#letter-z`, `#letter-other`): no entry may take one. */
const RESERVED_ID_RE = new RegExp(RESERVED_ID_PATTERN);
const LINK_PATH_RE = new RegExp(LINK_PATH_PATTERN);
const LINK_PATH_ON_SITE_RE = new RegExp(LINK_PATH_ON_SITE_PATTERN);
const kind = (v: unknown) => (v === null ? 'null' : Array.isArray(v) ? 'an array' : typeof v);
/** Stands for an item that could not even be read (its array's getter threw). */
const UNREADABLE = Symbol('unreadable');

const describeError = (e: unknown) => {
  try {
    return e instanceof Error ? e.message : String(e);
  } catch {
    return 'unknown error';
  }
};

/**
 * The items of an array as a plain array (an item whose getter throws is {@link UNREADABLE}), or,
 * when `input` is not a readable array, what it is instead ("null", "object", "a revoked Proxy"…).
 * @internal Also used by mergeEntries and the provider, so hostile values never throw there.
 */
export function readItems(input: unknown): unknown[] | string {
  let length: number;
  try {
    if (!Array.isArray(input)) return input === null ? 'null' : typeof input;
    length = input.length;
  } catch (e) {
    return `an unreadable value (${describeError(e)})`;
  }
  const items: unknown[] = [];
  for (let i = 0; i < length; i++) {
    try {
      items.push(input[i]);
    } catch {
      items.push(UNREADABLE);
    }
  }
  return items;
}
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
    if (v === undefined) {
      if (required) fail(field, 'is missing');
    } else fail(field, s === '' ? 'is empty' : `must be a string, not ${kind(v)}`);
    return undefined;
  };
  /** Calls `check` on each item of an array field (with the item's field name for messages); absent counts as empty. */
  const each = (field: string, shape: string, check: (item: unknown, at: string) => void) => {
    const v = raw[field];
    if (Array.isArray(v)) v.forEach((item, i) => check(item, `${field}[${i}]`));
    else if (v !== undefined) fail(field, `must be an array of ${shape}`);
  };
  const list = (field: string): string[] => {
    const out: string[] = [];
    const given = new Set<string>();
    each(field, 'strings', (item, at) => {
      const s = typeof item === 'string' ? normalizeSpace(item) : '';
      if (!s) fail(at, 'must be a non-empty string');
      else if (given.has(s)) fail(field, `names "${s}" more than once; the repeat is ignored`);
      else out.push(s);
      given.add(s);
    });
    return out;
  };

  const validId = id !== undefined && ID_RE.test(id);
  if (!validId) fail('id', id === undefined ? 'is missing or not a string' : 'must be a kebab-case slug (a-z, 0-9, hyphens)');
  else if (RESERVED_ID_RE.test(id)) fail('id', "is reserved for the glossary index's letter sections (#letter-a … #letter-z, #letter-other); choose another id");
  const reserved = validId && RESERVED_ID_RE.test(id);
  const term = text('term', true);
  const definition = text('definition', true);
  const category = (CATEGORIES as readonly unknown[]).includes(raw.category) ? (raw.category as Category) : undefined;
  if (!category) fail('category', `must be one of ${CATEGORIES.join(', ')}`);
  if (!validId || reserved || !term || !definition || !category) return undefined;

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
  // The letter is derived from the term; one given must be that letter (it is ignored either way).
  if (raw.letter !== undefined && typeof raw.letter !== 'string') {
    fail('letter', `must be a string (it is worked out from the term anyway: "${term}" is filed under "${entry.letter}"), not ${kind(raw.letter)}`);
  } else if (raw.letter !== undefined && raw.letter !== entry.letter) {
    fail('letter', `is "${raw.letter}" but "${term}" is filed under "${entry.letter}"`);
  }
  for (const field of Object.keys(raw)) {
    if (!(ENTRY_FIELDS as readonly string[]).includes(field)) fail(field, 'is not a field of an entry; it is ignored');
  }
  if (raw.caseSensitive === true) entry.caseSensitive = true;
  else if (raw.caseSensitive !== undefined && raw.caseSensitive !== false) fail('caseSensitive', 'must be true or false');
  each('links', '{ label, path }', (l, at) => {
    const link = isRecord(l) ? l : {};
    const label = typeof link.label === 'string' ? normalizeSpace(link.label) : '';
    const path = typeof link.path === 'string' ? link.path : '';
    const unknown = Object.keys(link).filter((k) => !(LINK_FIELDS as readonly string[]).includes(k));
    if (!label || !path.trim()) fail(at, 'needs a non-empty label and path');
    else if (!LINK_PATH_RE.test(path)) fail(`${at}.path`, 'must start with "/" or http(s)://');
    // "/\evil.example" and the like start with "/" but lead to another site.
    else if (!LINK_PATH_ON_SITE_RE.test(path) || safeHref(path.trim()) === undefined)
      fail(`${at}.path`, `${JSON.stringify(path)} leads off the site: a path must stay on it (or be an http(s):// URL)`);
    else if (unknown.length) fail(at, `has fields a link does not have (${unknown.join(', ')}); it is left out`);
    else entry.links.push({ label, path: path.trim() } satisfies TermLink);
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

/** How many items a step of the build handles between yields. */
const STEP = 64;

/**
 * The build, as a generator that yields between steps (so it can run at once, or in slices:
 * src/internal/slices.ts): validation, duplicate ids, see-also checks, the A–Z sort and the
 * lookup keys. `valid` (when given) is filled with the index of every item that passed
 * validation, duplicate or not.
 * @internal
 */
export function* buildGlossary(input: unknown, sliced: boolean, valid?: number[]): Generator<void, GlossaryImpl> {
  const errors: GlossaryError[] = [];
  const entries: TermEntry[] = [];
  const inputIndex = new Map<string, number>();
  const items = readItems(input);
  if (typeof items === 'string') {
    errors.push({ index: -1, message: `a glossary must be an array of entries, not ${items}` });
  } else {
    for (let index = 0; index < items.length; index++) {
      if (index % STEP === 0) yield;
      const raw = items[index];
      let entry: TermEntry | undefined;
      try {
        entry = raw === UNREADABLE ? undefined : validateEntry(raw, index, errors);
        if (raw === UNREADABLE) errors.push({ index, message: `entry #${index + 1} could not be read` });
      } catch (e) {
        // A getter that throws, a revoked Proxy: the entry is left out, the rest still counts.
        errors.push({ index, message: `entry #${index + 1} could not be read (${describeError(e)})` });
      }
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
      const problem = other === e.id ? 'names the entry itself' : `names "${other}", which is not in the glossary`;
      errors.push(fieldError(inputIndex.get(e.id)!, e.id, 'seeAlso', problem));
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
  const before = compareEntries;
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
