import type { TermEntry } from '../../core/types.js';
import type { GlossaryLookup } from '../../core/lookup.js';
import { firstSentence } from '../../core/summary.js';

/** What a term costs per page: a page may repeat a term a thousand times, so lookups and descriptions are computed once. */

/** Lookups remembered per glossary: enough for every name a page uses; unknown ones do not pile up past it. */
const LOOKUPS_KEPT = 1000;

/** `map`'s value for `key`, computed on first use. */
function cached<K, V>(map: { has(key: K): boolean; get(key: K): V | undefined; set(key: K, value: V): unknown }, key: K, compute: () => V): V {
  if (!map.has(key)) map.set(key, compute());
  return map.get(key)!;
}

// The accessible description: what the acronym stands for and the definition's first sentence.
const descriptions = new WeakMap<TermEntry, string>();
export const describe = (e: TermEntry): string => cached(descriptions, e, () => `${e.expansion ? `${e.expansion}. ` : ''}${firstSentence(e.definition)}`);

// Lookups per glossary, so a page repeating a term does not normalise its text again.
const lookups = new WeakMap<GlossaryLookup, Map<string, TermEntry | undefined>>();
export const lookup = (glossary: GlossaryLookup, key: string): TermEntry | undefined => {
  const known = cached(lookups, glossary, () => new Map());
  if (known.size >= LOOKUPS_KEPT && !known.has(key)) known.clear();
  return cached(known, key, () => glossary.lookup(key));
};

// One warning per unknown term per page, however many tags name it, for the first WARNINGS of
// them; then one saying the rest go unreported (a page of thousands of unknown terms gets 21
// lines, and this set stays that small).
const warned = new Set<string>();
const WARNINGS = 20;

/** Warns on the console that `key` is not in the glossary (see above for how often). */
export function warnMissing(key: string): void {
  const lower = key.toLowerCase();
  if (warned.size > WARNINGS || warned.has(lower)) return;
  warned.add(lower);
  console.warn(
    warned.size <= WARNINGS
      ? `<post-term>: "${key}" is not in the glossary; it is shown as plain text.`
      : `<post-term>: more than ${WARNINGS} terms on this page are not in the glossary ("${key}" too); the others are not reported here (listen for post-term-missing).`,
  );
}
