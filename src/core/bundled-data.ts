import { LookupImpl, sortEntries, type GlossaryLookup } from './lookup.js';
import { indexLetter } from './normalize.js';
import type { Category, TermEntry } from './types.js';
// Imported last, so bundles put the 40 KB of text after the code: gzip's 32 KB window then keeps all
// the code in one context (the CDN's per-page budgets).
import packed from './bundled-terms.js';

const list = (field: string, separator: string) => (field ? field.split(separator) : []);

/**
 * `data/terms.json`'s entries from the packed rows of `bundled-terms.ts` (the format is described
 * in scripts/pack-terms.mjs, which writes them; a test checks the two agree).
 */
function unpack(text: string): TermEntry[] {
  return text.split('\n').map((row) => {
    const [id, term, expansion, aliases, category, definition, seeAlso, links, caseSensitive] = row.split('\t');
    const pairs = list(links, '|');
    const entry: TermEntry = {
      id: id || term.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, ''),
      term,
      aliases: list(aliases, '|'),
      letter: indexLetter(term),
      category: category as Category,
      definition,
      seeAlso: list(seeAlso, ','),
      links: pairs.filter((_, i) => i % 2 === 0).map((label, i) => ({ label, path: pairs[2 * i + 1] })),
    };
    if (expansion) entry.expansion = expansion;
    if (caseSensitive) entry.caseSensitive = true;
    return entry;
  });
}

/** The studio's glossary as shipped in `data/terms.json`. */
export const bundledTerms: TermEntry[] = /* @__PURE__ */ unpack(packed);

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
