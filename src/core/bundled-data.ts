import { LookupImpl, sortEntries, type GlossaryLookup } from './lookup.js';
import { idFromTerm, indexLetter } from './normalize.js';
import type { Category, TermEntry } from './types.js';
// Imported last, so bundles put the 40 KB of text after the code: gzip's 32 KB window then keeps all
// the code in one context (the CDN's per-page budgets).
import packed from './bundled-terms.js';

const list = (field: string, separator: string) => (field ? field.split(separator) : []);

/**
 * `data/terms.json`'s entries from the packed rows of `bundled-terms.ts`: a header row names the
 * fields, each row holds them tab-separated (scripts/pack-terms.mjs writes them; a test checks the
 * two agree). An empty id is the term's ({@link idFromTerm}); the letter is the term's.
 */
function unpack(text: string): TermEntry[] {
  const [header, ...rows] = text.split('\n');
  const names = header.split('\t');
  return rows.map((row) => {
    const f: Record<string, string> = {};
    row.split('\t').forEach((value, i) => (f[names[i]] = value));
    const pairs = list(f.links, '|');
    const entry: TermEntry = {
      id: f.id || idFromTerm(f.term),
      term: f.term,
      aliases: list(f.aliases, '|'),
      letter: indexLetter(f.term),
      category: f.category as Category,
      definition: f.definition,
      seeAlso: list(f.seeAlso, ','),
      links: pairs.flatMap((label, i) => (i % 2 ? [] : [{ label, path: pairs[i + 1] }])),
    };
    if (f.expansion) entry.expansion = f.expansion;
    if (f.caseSensitive) entry.caseSensitive = true;
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
  entries ??= sortEntries(structuredClone(bundledTerms));
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
