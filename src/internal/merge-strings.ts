import type { GlossaryStringsOverride } from '../i18n/types.js';

type Strings = GlossaryStringsOverride | undefined;

/**
 * A provider's `strings` over the outer provider's, as one object that stays the same while
 * neither changes (consumers compare it to skip work). One merger per provider.
 */
export function stringsMerger(): (own: unknown, outer: Strings) => Strings {
  let last: [own: Strings, outer: Strings, merged: Strings] | undefined;
  return (own, outer) => {
    const mine = own && typeof own === 'object' ? (own as GlossaryStringsOverride) : undefined;
    if (!mine || !outer) return mine ?? outer;
    if (last && last[0] === mine && last[1] === outer) return last[2];
    let merged: GlossaryStringsOverride;
    try {
      merged = { ...outer, ...mine, categories: { ...outer.categories, ...mine.categories } };
    } catch {
      merged = mine; // (a hostile object: the strings it gives are read, key by key, by the elements)
    }
    last = [mine, outer, merged];
    return merged;
  };
}
