/**
 * The definitions' word index (folded word → the entries using it), built in steps the caller
 * drives, since at 10,000 entries it reads ~6 MB of text: the search engine runs it through
 * prepare(), or at once when a definition query needs it first.
 */
import type { TermEntry } from './types.js';
import { foldWords } from './fold.js';
import { sortedWords } from './word-list.js';

/**
 * How much of each definition is searched: its first 20,000 characters (about 3,000 words; the
 * bundled definitions are under 600). A word past it is not found, and snippets come from it, so
 * a definition pasted in by mistake (a whole manual) cannot make every search slow.
 */
export const DEFINITION_INDEX_LENGTH = 20_000;

/** How long a prepare step may run: the shape of the DOM's `IdleDeadline`. */
export interface PrepareDeadline {
  /** Milliseconds left for this step; 0 or less ends it. */
  timeRemaining(): number;
}

/**
 * Folded word → the entries using it, ascending, each followed by how often it does ([entry,
 * count, entry, count…]); with the sorted word list and its letter sets.
 */
export type DefinitionIndex = [Map<string, Int32Array>, string[], Int32Array];

/** A letter, digit or mark first (a surrogate pair is read as one character). */
const WORD_CHAR_RE = /^[\p{L}\p{N}\p{M}]/u;

/**
 * Builds the definitions' word index in steps: each call reads entries until the deadline's
 * time is up (all of them without one) and returns the index once all are read. Hot at 10,000 entries (~800,000
 * words), so text is read character by character: each word is hashed as it is read (FNV-1a,
 * lower-cased) and looked up in an open-addressed table, with no substring made except for a word
 * never seen before. A definition with letters past ASCII is folded the general way first.
 */
export function definitionIndexer(entries: readonly TermEntry[]): (deadline?: PrepareDeadline) => DefinitionIndex | undefined {
  const words: string[] = [];
  /** By word id, its hash: for moving it into a bigger table. */
  const hashes: number[] = [];
  /** Word ids + 1 by hash, open-addressed, at most half full. */
  let table = new Int32Array(1 << 12);
  let shift = 32 - 12;
  // [word, entry, count] for each word of each entry, in a typed array (no garbage to collect),
  // bucketed by word at the end; doubled when full (so its length stays a multiple of 3).
  let pairs = new Int32Array(3 << 16);
  let used = 0;
  /** Each word's latest triple: counted again while it is the same entry's. */
  const lastPair: number[] = [];
  let next = 0;

  const place = (id: number, h: number) => {
    let slot = h >>> shift;
    while (table[slot]) slot = (slot + 1) & (table.length - 1);
    table[slot] = id + 1;
  };

  /** Notes the word text[start, end) (ASCII letters lower-cased as they are compared), whose hash is `h`. */
  const note = (text: string, start: number, end: number, h: number) => {
    const n = end - start;
    let id = -1;
    find: for (let slot = h >>> shift; table[slot]; slot = (slot + 1) & (table.length - 1)) {
      const w = words[table[slot] - 1];
      if (w.length !== n) continue;
      for (let k = 0; k < n; k++) {
        let d = text.charCodeAt(start + k);
        if (d >= 65 && d <= 90) d += 32;
        if (d !== w.charCodeAt(k)) continue find;
      }
      id = table[slot] - 1;
      break;
    }
    if (id < 0) {
      id = words.push(text.slice(start, end).toLowerCase()) - 1;
      hashes.push(h);
      if (words.length * 2 > table.length) {
        table = new Int32Array(table.length * 2);
        shift--;
        hashes.forEach((h, i) => place(i, h));
      } else place(id, h);
    }
    const p = lastPair[id];
    if (p < used && pairs[p] === id && pairs[p + 1] === next) pairs[p + 2]++;
    else {
      if (used === pairs.length) {
        const b = new Int32Array(used * 2);
        b.set(pairs);
        pairs = b;
      }
      lastPair[id] = used;
      pairs[used++] = id;
      pairs[used++] = next;
      pairs[used++] = 1;
    }
  };

  /**
   * Reads one definition: as written (its "+" already spelled "plus", as in lookupKey()), where only
   * ASCII letters and digits make words, and false (nothing recorded) when it has a letter past
   * ASCII (rare); or, when `folded`, its folded words joined by spaces.
   */
  const read = (text: string, folded?: boolean): boolean => {
    const first = used;
    let start = -1;
    let h = 0;
    for (let j = 0; j <= text.length; j++) {
      let c = j < text.length ? text.charCodeAt(j) : 32;
      if (c >= 65 && c <= 90) c += 32;
      if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (folded && c > 127)) {
        if (start < 0) {
          start = j;
          h = 0x811c9dc5 | 0;
        }
        h = Math.imul(h ^ c, 16777619);
      } else if (c >= 128 && WORD_CHAR_RE.test(text.slice(j, j + 2))) {
        used = first;
        return false;
      } else if (start >= 0) {
        note(text, start, j, h);
        start = -1;
      }
    }
    return true;
  };

  return (deadline) => {
    for (let done = 0; next < entries.length; next++, done++) {
      if (deadline && done && !(next & 31) && !(deadline.timeRemaining() > 0)) return;
      const text = entries[next].definition.slice(0, DEFINITION_INDEX_LENGTH);
      if (!read(text.replace(/\+/g, 'plus'))) read(foldWords(text).join(' '), true);
    }
    // Bucket the triples by word (as [entry, count] pairs); within a word they stay in entry order.
    const offsets = new Int32Array(words.length + 1);
    for (let p = 0; p < used; p += 3) offsets[pairs[p] + 1] += 2;
    words.forEach((_, i) => (offsets[i + 1] += offsets[i]));
    const at = offsets.slice();
    const all = new Int32Array(offsets[words.length]);
    for (let p = 0; p < used; p += 3) {
      const i = (at[pairs[p]] += 2);
      all[i - 2] = pairs[p + 1];
      all[i - 1] = pairs[p + 2];
    }
    return [new Map(words.map((w, i) => [w, all.subarray(offsets[i], offsets[i + 1])])), ...sortedWords(words)];
  };
}
