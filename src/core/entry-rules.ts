/**
 * The rules an entry obeys, in one place: `createGlossary` validates with them and
 * `scripts/build-schema.mjs` writes `data/terms.schema.json` from them (through `entrySchema`), so
 * the JSON Schema and the run-time validator cannot drift apart. A test holds both to the same
 * fixtures.
 */
import { CATEGORIES } from './types.js';

/** A stable kebab-case slug. */
export const ID_PATTERN = '^[a-z0-9]+(?:-[a-z0-9]+)*$';

/** A "learn more" path: site-relative ("/services", not "//host") or an absolute http(s) URL. */
export const LINK_PATH_PATTERN = '^\\s*(?:/(?!/)|[Hh][Tt][Tt][Pp][Ss]?://)';

/** The fields of an entry, with what each means (the schema's descriptions, the README's table). */
export const ENTRY_FIELDS = {
  id: 'Stable kebab-case slug; the deep-link anchor.',
  term: 'Display name.',
  expansion: 'What an acronym stands for.',
  aliases: 'Other spellings people type or write.',
  caseSensitive: 'Match the name in running text only as written (a proper name that is also an ordinary word).',
  letter: 'Optional: the A–Z index letter is derived from the term (its first Latin letter, accents folded; "#" when it has none). When given, it must be that letter.',
  category: 'The subject area.',
  definition: 'Plain text, never markup.',
  seeAlso: 'Ids of related entries (each must be an entry of the glossary).',
  links: 'Learn-more calls to action: label plus a site-relative path (or an absolute http(s) URL).',
} as const;

export type EntryField = keyof typeof ENTRY_FIELDS;

/** Fields an entry cannot do without: an entry missing one is left out. */
export const REQUIRED_FIELDS: readonly EntryField[] = ['id', 'term', 'category', 'definition'];

/** The fields of a link. */
export const LINK_FIELDS = ['label', 'path'] as const;

export { CATEGORIES };
