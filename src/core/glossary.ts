import { CATEGORIES, CATEGORY_LABELS, type Category, type GlossaryError, type TermEntry, type TermLink } from './types.js';
import { LETTERS, indexLetter, normalizeSpace } from './normalize.js';
import { LookupImpl, sortEntries, type GlossaryLookup } from './lookup.js';
import { createMatcher, type Mention, type MentionOptions } from './mentions.js';
import { ENTRY_FIELDS, ID_PATTERN, LINK_FIELDS, LINK_PATH_PATTERN } from './entry-rules.js';

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

// The rules of entry-rules.ts, which data/terms.schema.json is generated from.
const ID_RE = new RegExp(ID_PATTERN);
const LINK_PATH_RE = new RegExp(LINK_PATH_PATTERN);
const kind = (v: unknown) => (v === null ? 'null' : Array.isArray(v) ? 'an array' : typeof v);
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
    const given = new Set<unknown>();
    each(field, 'strings', (item, at) => {
      const s = typeof item === 'string' ? normalizeSpace(item) : '';
      if (given.has(item)) fail(at, `repeats "${String(item)}"`);
      else if (s) out.push(s);
      else fail(at, 'must be a non-empty string');
      given.add(item);
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
  // The letter is derived from the term; one given must be that letter (it is ignored either way).
  if (raw.letter !== undefined && raw.letter !== entry.letter) {
    fail('letter', `is "${String(raw.letter)}" but "${term}" is filed under "${entry.letter}"`);
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
  if (!Array.isArray(input)) {
    const kind = input === null ? 'null' : typeof input;
    errors.push({ index: -1, message: `a glossary must be an array of entries, not ${kind}` });
  } else {
    input.forEach((raw, index) => {
      const entry = validateEntry(raw, index, errors);
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
      errors.push(
        fieldError(inputIndex.get(e.id)!, e.id, 'seeAlso', other === e.id ? 'names the entry itself' : `names "${other}", which is not in the glossary`),
      );
      return false;
    });
  }
  return new GlossaryImpl(sortEntries(entries), errors);
}

class GlossaryImpl extends LookupImpl implements Glossary {
  #letters?: LetterGroup[];
  #matcher?: ReturnType<typeof createMatcher>;

  byLetter() {
    this.#letters ??= LETTERS.map((letter) => ({ letter, entries: this.entries.filter((e) => e.letter === letter) }));
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
}

/**
 * @internal A glossary over entries that are already valid and sorted (the bundled dataset, which
 * its tests check equals `createGlossary(bundledTerms)`): no second validation pass.
 */
export function glossaryOfValidEntries(entries: TermEntry[]): Glossary {
  return new GlossaryImpl(entries, []);
}
