/**
 * `post-glossary/data`: the dataset and the core API, with no elements and no Lit, for Node,
 * servers and build tools.
 *
 * ```js
 * import { terms, lookup, search, findMentions, createGlossary, mergeEntries } from 'post-glossary/data';
 * lookup('LUTs')?.definition;              // the LUT entry
 * search('dolby visn')[0].entry.id;        // 'dolby-vision' (typo-tolerant)
 * findMentions('Graded in Dolby Vision');   // [{ id: 'dolby-vision', start: 10, end: 22, text: 'Dolby Vision' }]
 * const mine = mergeEntries(terms, [{ name: 'site', entries: siteEntries }]).glossary;
 * ```
 * @module
 */
import { getBundledGlossary } from './core/bundled.js';
import type { Mention, MentionOptions } from './core/mentions.js';
import type { TermEntry } from './core/types.js';
import { createSearchIndex, type SearchHit, type SearchOptions } from './core/search.js';

// The public API only, named one by one: the A–Z letters, the collator, the lookup key and the
// mention matcher are internals, and the dataset has one name, `terms` (the core's `bundledTerms`).
export * from './core/types.js';
export { createGlossary, type Glossary, type LetterGroup, type CategoryCount } from './core/glossary.js';
export type { Mention, MentionOptions } from './core/mentions.js';
export { normalizeSpace, indexLetter, safeHref, OTHER_LETTER } from './core/normalize.js';
export { bundledTerms as terms, getBundledGlossary } from './core/bundled.js';
export { createSearchIndex, type SearchIndex, type SearchHit, type SearchOptions, type SearchField, type SuggestOptions } from './core/search.js';
export { definedTermSet, jsonLdText, type DefinedTermSetOptions } from './core/structured-data.js';
export { mergeEntries, type MergeMode, type EntrySource, type SourcedGlossaryError, type MergeResult } from './core/merge.js';

/**
 * Mentions of the bundled glossary's terms in plain text: longest name first, whole words,
 * acronyms as written, first mention of each term unless `all`. Use `createGlossary(entries)
 * .findMentions` for a glossary of your own.
 */
export function findMentions(text: string, options?: MentionOptions): Mention[] {
  return getBundledGlossary().findMentions(text, options);
}

/** The bundled entry for an id, term or alias ("LUTs", "rec 709", "Resolve"), or undefined. */
export function lookup(text: string): TermEntry | undefined {
  return getBundledGlossary().lookup(text);
}

/**
 * Typo-tolerant search of the bundled glossary, best hits first. Use
 * `createSearchIndex(createGlossary(entries)).search` for a glossary of your own.
 */
export function search(query: string, options?: SearchOptions): SearchHit[] {
  return createSearchIndex(getBundledGlossary()).search(query, options);
}
