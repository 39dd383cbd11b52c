import { CATEGORIES, CATEGORY_LABELS, type Category, type GlossaryError, type TermEntry, type TermLink } from './types.js';
import { LETTERS, indexLetter, normalizeSpace } from './normalize.js';
import { LookupImpl, sortEntries, type GlossaryLookup } from './lookup.js';
import { createMatcher, type Mention, type MentionOptions } from './mentions.js';

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
const label = (id: unknown, index: number) => (typeof id === 'string' && id ? `entry "${id}"` : `entry #${index + 1}`);

/** Checks one raw item; returns a clean entry (or undefined when a required field is unusable) and pushes errors. */
function validateEntry(raw: unknown, index: number, errors: GlossaryError[]): TermEntry | undefined {
  if (!isRecord(raw)) {
    errors.push({ index, message: `entry #${index + 1} is not an object` });
    return undefined;
  }
  const name = label(raw.id, index);
  const id = typeof raw.id === 'string' ? raw.id : undefined;
  const fail = (field: string, problem: string) => {
    errors.push({ index, ...(id ? { id } : {}), field, message: `${name}: "${field}" ${problem}` });
  };
  const text = (field: string, required: boolean): string | undefined => {
    const v = raw[field];
    if (v === undefined || v === null) {
      if (required) fail(field, 'is missing');
      return undefined;
    }
    if (typeof v !== 'string' || normalizeSpace(v) === '') {
      fail(field, typeof v === 'string' ? 'is empty' : `must be a string, not ${Array.isArray(v) ? 'an array' : typeof v}`);
      return undefined;
    }
    return normalizeSpace(v);
  };
  const list = (field: string): string[] => {
    const v = raw[field];
    if (v === undefined || v === null) return [];
    if (!Array.isArray(v)) {
      fail(field, 'must be an array of strings');
      return [];
    }
    const out: string[] = [];
    v.forEach((item, i) => {
      if (typeof item === 'string' && normalizeSpace(item)) out.push(normalizeSpace(item));
      else fail(`${field}[${i}]`, 'must be a non-empty string');
    });
    return out;
  };

  let ok = true;
  if (id === undefined || !ID_RE.test(id)) {
    fail('id', id === undefined ? 'is missing or not a string' : 'must be a kebab-case slug (a-z, 0-9, hyphens)');
    ok = false;
  }
  const term = text('term', true);
  const definition = text('definition', true);
  if (!term || !definition) ok = false;
  let category: Category | undefined;
  if (typeof raw.category === 'string' && (CATEGORIES as readonly string[]).includes(raw.category)) {
    category = raw.category as Category;
  } else {
    fail('category', `must be one of ${CATEGORIES.join(', ')}`);
    ok = false;
  }
  if (!ok || !id || !term || !definition || !category) return undefined;

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
  const expansion = text('expansion', false);
  if (expansion) entry.expansion = expansion;
  if (raw.letter !== undefined && raw.letter !== entry.letter) {
    fail('letter', `is "${String(raw.letter)}" but "${term}" is filed under "${entry.letter}"`);
  }
  if (raw.caseSensitive === true) entry.caseSensitive = true;
  else if (raw.caseSensitive !== undefined && raw.caseSensitive !== false) fail('caseSensitive', 'must be true or false');
  if (raw.links !== undefined && raw.links !== null) {
    if (!Array.isArray(raw.links)) fail('links', 'must be an array of { label, path }');
    else
      raw.links.forEach((l: unknown, i) => {
        const link = isRecord(l) ? l : {};
        const lbl = typeof link.label === 'string' ? normalizeSpace(link.label) : '';
        const path = typeof link.path === 'string' ? link.path.trim() : '';
        if (!lbl || !path) fail(`links[${i}]`, 'needs a non-empty label and path');
        else if (!/^(?:\/(?!\/)|https?:\/\/)/i.test(path)) fail(`links[${i}].path`, 'must start with "/" or http(s)://');
        else entry.links.push({ label: lbl, path } satisfies TermLink);
      });
  }
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
  const byId = new Map(entries.map((e) => [e.id, e]));
  for (const e of entries) {
    e.seeAlso = e.seeAlso.filter((other) => {
      if (other !== e.id && byId.has(other)) return true;
      errors.push({
        index: inputIndex.get(e.id) ?? -1,
        id: e.id,
        field: 'seeAlso',
        message: other === e.id ? `entry "${e.id}": "seeAlso" names the entry itself` : `entry "${e.id}": "seeAlso" names "${other}", which is not in the glossary`,
      });
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
