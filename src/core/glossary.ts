import { CATEGORIES, type Category, type GlossaryError, type TermEntry, type TermLink } from './types.js';
import { indexLetter, normalizeSpace, safeHref } from './normalize.js';
import { sortEntries, type GlossaryLookup } from './lookup.js';
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
  else if (RESERVED_ID_RE.test(id)) fail('id', 'is reserved for the glossary index\'s letter sections (#letter-a … #letter-z, #letter-other); choose another id');
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
    else if (!LINK_PATH_ON_SITE_RE.test(path) || safeHref(path.trim()) === undefined) fail(`${at}.path`, `${JSON.stringify(path)} leads off the site: a path must stay on it (or be an http(s):// URL)`);
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
  const errors: GlossaryError[] = [];
  const entries: TermEntry[] = [];
  const inputIndex = new Map<string, number>();
  const items = readItems(input);
  if (typeof items === 'string') {
    errors.push({ index: -1, message: `a glossary must be an array of entries, not ${items}` });
  } else {
    items.forEach((raw, index) => {
      let entry: TermEntry | undefined;
      try {
        entry = raw === UNREADABLE ? undefined : validateEntry(raw, index, errors);
        if (raw === UNREADABLE) errors.push({ index, message: `entry #${index + 1} could not be read` });
      } catch (e) {
        // A getter that throws, a revoked Proxy: the entry is left out, the rest still counts.
        errors.push({ index, message: `entry #${index + 1} could not be read (${describeError(e)})` });
      }
      if (!entry) return;
      if (inputIndex.has(entry.id)) {
        errors.push({ index, id: entry.id, field: 'id', message: `entry "${entry.id}": duplicate id, this later copy is ignored` });
        return;
      }
      inputIndex.set(entry.id, index);
      entries.push(entry);
    });
  }
  for (const e of entries) {
    e.seeAlso = e.seeAlso.filter((other) => {
      if (other !== e.id && inputIndex.has(other)) return true;
      const problem = other === e.id ? 'names the entry itself' : `names "${other}", which is not in the glossary`;
      errors.push(fieldError(inputIndex.get(e.id)!, e.id, 'seeAlso', problem));
      return false;
    });
  }
  return new GlossaryImpl(sortEntries(entries), errors);
}
