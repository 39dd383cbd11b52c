/** Sorted word lists: the prefix scan (binary search) that names and definitions are matched with. */
import { letterMask } from './distance.js';

/** How many words one query word may expand to by prefix, so "t" never unions everything. */
const MAX_PREFIX_WORDS = 300;

/** Calls `fn` for each word in the sorted list starting with `prefix`, up to `max` of them. */
export function forPrefix(list: readonly string[], prefix: string, fn: (word: string) => void, max = MAX_PREFIX_WORDS): void {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid] < prefix) lo = mid + 1;
    else hi = mid;
  }
  for (let n = 0; lo < list.length && n < max && list[lo].startsWith(prefix); lo++, n++) fn(list[lo]);
}

/** A sorted word list and the letter sets of its words, for forPrefix() and EditDistance.scan(). */
export const sortedWords = (words: Iterable<string>): [string[], Int32Array] => {
  const list = [...words].sort();
  return [list, Int32Array.from(list, letterMask)];
};
