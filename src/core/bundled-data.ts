import terms from '../../data/terms.json';
import { LookupImpl, sortEntries, type GlossaryLookup } from './lookup.js';
import type { TermEntry } from './types.js';

/** The studio's glossary as shipped in `data/terms.json`. */
export const bundledTerms = terms as TermEntry[];

let entries: TermEntry[] | undefined;

/**
 * The bundled entries as a glossary holds them: sorted A–Z, and copies, so a page that edits the
 * exported `terms` does not change what the elements show. The dataset is valid (its tests check
 * that this equals what `createGlossary(bundledTerms)` builds), so it is not validated again.
 */
export function bundledEntries(): TermEntry[] {
  entries ??= sortEntries(
    bundledTerms.map((e) => ({ ...e, aliases: [...e.aliases], seeAlso: [...e.seeAlso], links: e.links.map((l) => ({ ...l })) })),
  );
  return entries;
}

let lookup: GlossaryLookup | undefined;

/**
 * Lookups in the bundled dataset, for `<post-term>` without a provider: the same entries as
 * `getBundledGlossary()`, without the code for A–Z grouping, validation and mention finding.
 */
export function getBundledLookup(): GlossaryLookup {
  lookup ??= new LookupImpl(bundledEntries(), []);
  return lookup;
}
