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

/** A link path that stays on the site: no backslash or control character after the "/" (browsers read "/\\host" and "/\t/host" as another site). */
export const LINK_PATH_ON_SITE_PATTERN = '^\\s*(?:/(?![/\\\\])[^\\\\\\u0000-\\u001f]*|[Hh][Tt][Tt][Pp][Ss]?://\\S+)\\s*$';

/** Ids `<glossary-index>` gives its letter sections (`letter-a` … `letter-z`, `letter-other`): no entry may take one. */
export const RESERVED_ID_PATTERN = '^letter-(?:[a-z]|other)$';

/** The fields an entry may have (what each means is in entry-schema.ts, which runs at build time only). */
export const ENTRY_FIELDS = ['id', 'term', 'expansion', 'aliases', 'caseSensitive', 'letter', 'category', 'definition', 'seeAlso', 'links'] as const;

export type EntryField = (typeof ENTRY_FIELDS)[number];

/** Fields an entry cannot do without: an entry missing one is left out. */
export const REQUIRED_FIELDS: readonly EntryField[] = ['id', 'term', 'category', 'definition'];

/** The fields of a link. */
export const LINK_FIELDS = ['label', 'path'] as const;

export { CATEGORIES };
