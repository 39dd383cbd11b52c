/**
 * Typo-tolerant search over a glossary, fast enough to run on every keystroke.
 *
 * Design: names (terms, aliases, expansions) are short, so each query is compared against all of
 * them: an exact-key map and a sorted key list (prefixes) first, then the words of names, then a
 * bounded edit distance (Damerau/OSA, "prefix" distance, so a half-typed word still matches) that
 * skips names lacking too many of the query's letters and gives up after a few characters on the
 * rest. Definitions are long, so they are only reached through a word index (folded word →
 * entries, plus a sorted word list for prefixes), built by a hand-written scanner because at
 * 10,000 entries it reads ~6 MB of text. Matches are scored in tiers (exact/prefix name < word of a
 * name < fuzzy name < expansion offsets < definition) and only the top hits get their highlight
 * ranges and snippets computed. All query and name text is folded the way lookupKey() folds it.
 *
 * fuse.js is used only for {@link SearchIndex.suggest}, built lazily: its looser bitap matching
 * suits "did you mean" hints, while plain fuse.js over definitions is far too slow per keystroke.
 */
import Fuse from 'fuse.js';
import type { Glossary } from './glossary.js';
import type { TermEntry } from './types.js';
import { normalizeSpace, singularForms } from './normalize.js';

/** Which part of an entry a hit matched. */
export type SearchField = 'term' | 'alias' | 'expansion' | 'definition';

/** One search result. */
export interface SearchHit {
  entry: TermEntry;
  /** 0 (exact name) to 1 (weak definition match); lower is better. */
  score: number;
  field: SearchField;
  /** The name or alias (or expansion) that matched; the term for a definition hit. */
  matchedText: string;
  /** Half-open UTF-16 ranges into `matchedText` of the letters that matched. */
  nameMatches: [number, number][];
  /** Up to ~140 characters of the definition, "…" where cut: its opening for a name hit, the passage that matched for a definition hit. */
  snippet: string;
  /** Half-open UTF-16 ranges into `snippet` of the words that matched. */
  snippetMatches: [number, number][];
}

export interface SearchOptions {
  /** Most hits to return. Default 20. */
  limit?: number;
}

export interface SearchIndex {
  /** Best hits first; [] for an empty query. Never throws. */
  search(query: string, options?: SearchOptions): SearchHit[];
  /** The nearest names, looser than {@link search}, for a "no results — did you mean…" line. */
  suggest(query: string, n?: number): TermEntry[];
}

/** Longer queries are cut to this many characters before searching. */
export const MAX_QUERY_LENGTH = 100;
const DEFAULT_LIMIT = 20;
const SNIPPET_LENGTH = 140;
/** How many vocabulary words one query word may expand to by prefix, so "t" never unions everything. */
const MAX_PREFIX_WORDS = 300;

const FIELD_OF = ['term', 'alias', 'expansion'] as const;
/** Added to a name's score by field: a term beats an alias beats an expansion at equal quality. */
const FIELD_OFFSET = [0, 0.02, 0.06];

// ---------------------------------------------------------------------------------------------
// Folding: the same rules as lookupKey() in normalize.ts (case, accents, "+" as "plus").

const ASCII_RE = /^[\x00-\x7f]*$/;
const MARKS_RE = /\p{M}+/gu;
const NON_WORD_RE = /[^\p{L}\p{N}]+/gu;
const NON_WORD_ASCII_RE = /[^a-z0-9]+/g;
const HAS_WORD_CHAR_RE = /[\p{L}\p{N}]/u;
/** A word as written: letters, digits, combining marks and "+" (HDR10+), as the folding keeps them. */
const TOKEN_RE = /(?:[\p{L}\p{N}\p{M}]|\+)+/gu;

function fold(text: string): string {
  if (ASCII_RE.test(text)) return text.toLowerCase().replace(/\+/g, 'plus');
  return text.normalize('NFKD').replace(MARKS_RE, '').toLowerCase().replace(/\+/g, 'plus');
}

/** Equals lookupKey(text), with a fast path for ASCII. */
function foldKey(text: string): string {
  const f = fold(text);
  return ASCII_RE.test(f) ? f.replace(NON_WORD_ASCII_RE, '') : f.replace(NON_WORD_RE, '');
}

function foldWords(text: string): string[] {
  const f = fold(text);
  return (ASCII_RE.test(f) ? f.split(NON_WORD_ASCII_RE) : f.split(NON_WORD_RE)).filter(Boolean);
}

/** foldWords() for a short text (a name), without a regular expression when it is ASCII. */
function shortWords(text: string): string[] {
  if (!ASCII_RE.test(text)) return foldWords(text);
  const out: string[] = [];
  let start = -1;
  let plus = false;
  for (let j = 0; j <= text.length; j++) {
    const c = j < text.length ? text.charCodeAt(j) : 32;
    const lower = c | 32;
    if ((lower >= 97 && lower <= 122) || (c >= 48 && c <= 57) || c === 43) {
      if (start < 0) {
        start = j;
        plus = false;
      }
      if (c === 43) plus = true;
    } else if (start >= 0) {
      const w = text.slice(start, j).toLowerCase();
      out.push(plus ? w.replace(/\+/g, 'plus') : w);
      start = -1;
    }
  }
  return out;
}

/** The folded letters of a displayed string, each with the UTF-16 range of the character it came from. */
function foldChars(text: string): { chars: string; start: number[]; end: number[] } {
  let chars = '';
  const start: number[] = [];
  const end: number[] = [];
  if (ASCII_RE.test(text)) {
    for (let j = 0; j < text.length; j++) {
      const c = text.charCodeAt(j);
      const f = (c >= 97 && c <= 122) || (c >= 48 && c <= 57) ? text[j] : c >= 65 && c <= 90 ? String.fromCharCode(c + 32) : c === 43 ? 'plus' : '';
      for (let k = 0; k < f.length; k++) {
        start.push(j);
        end.push(j + 1);
      }
      chars += f;
    }
    return { chars, start, end };
  }
  let i = 0;
  for (const ch of text) {
    const f = foldKey(ch);
    for (let k = 0; k < f.length; k++) {
      start.push(i);
      end.push(i + ch.length);
    }
    chars += f;
    i += ch.length;
  }
  return { chars, start, end };
}

/** Merges the original ranges of the matched folded letters into sorted, non-overlapping runs. */
function toRanges(positions: number[], start: number[], end: number[], shift = 0): [number, number][] {
  const sorted = [...new Set(positions)].sort((a, b) => a - b);
  const out: [number, number][] = [];
  for (const p of sorted) {
    const s = start[p] + shift;
    const e = end[p] + shift;
    const last = out[out.length - 1];
    if (last && s <= last[1]) last[1] = Math.max(last[1], e);
    else out.push([s, e]);
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Edit distance.

/** How many edits a folded query of this length may contain. */
const maxEdits = (length: number) => (length < 4 ? 0 : length < 7 ? 1 : length < 11 ? 2 : 3);

let rowA = new Int32Array(64);
let rowB = new Int32Array(64);
let rowC = new Int32Array(64);
/** Set by boundedPrefixDistance: how many characters of the name the best alignment used. */
let bestEnd = 0;

/**
 * The fewest edits (insert, delete, substitute, swap two neighbours) turning `q` into some prefix
 * of `s`, or k + 1 when that is more than `k`. A banded DP that stops as soon as a whole row
 * exceeds `k`, so an unrelated name costs a few dozen steps.
 */
function boundedPrefixDistance(q: string, s: string, k: number): number {
  const m = q.length;
  if (s.length < m - k) return k + 1;
  const n = Math.min(s.length, m + k);
  const INF = k + 1;
  if (rowA.length < n + 2) {
    rowA = new Int32Array(n + 2);
    rowB = new Int32Array(n + 2);
    rowC = new Int32Array(n + 2);
  }
  let pp = rowC;
  let p = rowA;
  let c = rowB;
  // Row 0; the first row's band reads no further than column k + 1.
  for (let j = 0, top = Math.min(n, k + 1); j <= top; j++) p[j] = j <= k ? j : INF;
  if (k + 2 <= n + 1) p[k + 2] = INF;
  for (let i = 1; i <= m; i++) {
    const lo = Math.max(1, i - k);
    const hi = Math.min(n, i + k);
    const qc = q.charCodeAt(i - 1);
    let rowMin = (c[0] = i <= k ? i : INF);
    if (lo > 1) c[lo - 1] = INF;
    for (let j = lo; j <= hi; j++) {
      const sc = s.charCodeAt(j - 1);
      let v = p[j - 1] + (qc === sc ? 0 : 1);
      const del = p[j] + 1;
      if (del < v) v = del;
      const ins = c[j - 1] + 1;
      if (ins < v) v = ins;
      if (i > 1 && j > 1 && qc === s.charCodeAt(j - 2) && q.charCodeAt(i - 2) === sc) {
        const swap = pp[j - 2] + 1;
        if (swap < v) v = swap;
      }
      if (v > INF) v = INF;
      c[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (hi < n) c[hi + 1] = INF;
    if (rowMin > k) return INF;
    const t = pp;
    pp = p;
    p = c;
    c = t;
  }
  let best = INF;
  bestEnd = 0;
  const lo = Math.max(0, m - k);
  const hi = Math.min(n, m + k);
  for (let j = hi; j >= lo; j--) {
    if (j === 0 && m > k) break;
    if (p[j] < best) {
      best = p[j];
      bestEnd = j;
    }
  }
  return best;
}

/** The letters (a–z; digits share six bits) a folded string contains, as a bit set. */
function letterMask(s: string): number {
  let mask = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 97 && c <= 122) mask |= 1 << (c - 97);
    else if (c >= 48 && c <= 57) mask |= 1 << (26 + ((c - 48) % 6));
  }
  return mask;
}

function popcount(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return (Math.imul((x + (x >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24) as number;
}

/**
 * Calls `fn` with each word of `list` (whose letter sets are `masks`) that `q` is at most `k`
 * edits from the start of. Each letter of `q` that a word lacks costs an edit, so a word lacking
 * more than `k` of them is skipped before the edit distance is worked out.
 */
function fuzzyScan(q: string, k: number, list: readonly string[], masks: Int32Array, fn: (i: number, distance: number) => void) {
  const qMask = letterMask(q);
  for (let i = 0; i < list.length; i++) {
    if (popcount(qMask & ~masks[i]) > k) continue;
    const d = boundedPrefixDistance(q, list[i], k);
    if (d <= k) fn(i, d);
  }
}

/**
 * Full alignment of `q` against a prefix of `s` (both small), for highlighting: the distance and
 * the positions in `s` of the letters that matched (equal letters and swapped neighbours).
 */
function alignPrefix(q: string, s: string): { distance: number; matched: number[] } {
  const m = q.length;
  const n = s.length;
  const w = n + 1;
  const d = new Int32Array((m + 1) * w);
  for (let j = 0; j <= n; j++) d[j] = j;
  for (let i = 1; i <= m; i++) {
    d[i * w] = i;
    for (let j = 1; j <= n; j++) {
      let v = d[(i - 1) * w + j - 1] + (q[i - 1] === s[j - 1] ? 0 : 1);
      v = Math.min(v, d[(i - 1) * w + j] + 1, d[i * w + j - 1] + 1);
      if (i > 1 && j > 1 && q[i - 1] === s[j - 2] && q[i - 2] === s[j - 1]) v = Math.min(v, d[(i - 2) * w + j - 2] + 1);
      d[i * w + j] = v;
    }
  }
  let bestJ = n;
  for (let j = n; j >= 0; j--) if (d[m * w + j] < d[m * w + bestJ]) bestJ = j;
  const distance = d[m * w + bestJ];
  const matched: number[] = [];
  let i = m;
  let j = bestJ;
  while (i > 0 && j > 0) {
    const here = d[i * w + j];
    if (q[i - 1] === s[j - 1] && here === d[(i - 1) * w + j - 1]) {
      matched.push(j - 1);
      i--;
      j--;
    } else if (i > 1 && j > 1 && q[i - 1] === s[j - 2] && q[i - 2] === s[j - 1] && here === d[(i - 2) * w + j - 2] + 1) {
      matched.push(j - 1, j - 2);
      i -= 2;
      j -= 2;
    } else if (here === d[(i - 1) * w + j - 1] + 1) {
      i--;
      j--;
    } else if (here === d[(i - 1) * w + j] + 1) {
      i--;
    } else {
      j--;
    }
  }
  return { distance, matched };
}

// ---------------------------------------------------------------------------------------------
// Sorted word lists.

function lowerBound(list: readonly string[], key: string): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid] < key) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Calls `fn` for each word in the sorted list starting with `prefix`, up to `max` of them. */
function forPrefix(list: readonly string[], prefix: string, max: number, fn: (word: string) => void) {
  for (let i = lowerBound(list, prefix), n = 0; i < list.length && n < max && list[i].startsWith(prefix); i++, n++) fn(list[i]);
}


// ---------------------------------------------------------------------------------------------

interface Posting {
  entries: Int32Array;
  counts: Int32Array;
}

/** One query word's matches in the definition vocabulary: folded word → quality (0..1] and highlight length. */
type WordMatches = Map<string, { quality: number; prefix: number }>;

const WORD_CHAR_RE = /[\p{L}\p{N}\p{M}]/u;
/** For characters past ASCII: 0 not yet seen, 1 letter/digit/mark (or half a surrogate pair), 2 anything else. */
const wideChars = new Uint8Array(65536);

const grow = (a: Int32Array, size: number, fill = 0) => {
  const b = new Int32Array(Math.max(size, a.length * 2));
  if (fill) b.fill(fill);
  b.set(a);
  return b;
};

/**
 * The definitions' word index: folded word → the entries using it (ascending) and how often.
 * Hot at 10,000 entries (~800,000 words), so ASCII text is read character by character: each
 * word is hashed as it is read (FNV-1a, lower-cased) and looked up in an open-addressed table,
 * with no substring made except for a word never seen before. (entry, word) pairs go into typed
 * arrays and are bucketed by word at the end. A definition with letters past ASCII is re-read
 * with the general folding (accents, NFKD). State lives in fields, not in variables shared with
 * closures, so the engine can keep the hot loop tight.
 */
class DefinitionIndexer {
  words: string[] = [];
  byWord = new Map<string, number>();
  hashes = new Int32Array(1024);
  tabled = new Int32Array(1024);
  lastEntry = new Int32Array(1024).fill(-1);
  lastPair = new Int32Array(1024);
  table = new Int32Array(1 << 12);
  shift = 32 - 12;
  placed = 0;
  pairWord: Int32Array;
  pairEntry: Int32Array;
  pairCount: Int32Array;
  pairs = 0;

  constructor(pairsGuess: number) {
    this.pairWord = new Int32Array(pairsGuess);
    this.pairEntry = new Int32Array(pairsGuess);
    this.pairCount = new Int32Array(pairsGuess);
  }

  wordId(word: string): number {
    let id = this.byWord.get(word);
    if (id !== undefined) return id;
    this.byWord.set(word, (id = this.words.length));
    this.words.push(word);
    if (id >= this.hashes.length) {
      this.hashes = grow(this.hashes, id + 1);
      this.tabled = grow(this.tabled, id + 1);
      this.lastEntry = grow(this.lastEntry, id + 1, -1);
      this.lastPair = grow(this.lastPair, id + 1);
    }
    return id;
  }

  /** The id of the word text[start, end) (ASCII, no "+"), whose hash is `h`. */
  find(text: string, start: number, end: number, h: number): number {
    const { table, hashes, words } = this;
    const n = end - start;
    const mask = table.length - 1;
    for (let slot = h >>> this.shift; table[slot] !== 0; slot = (slot + 1) & mask) {
      const candidate = table[slot] - 1;
      if (hashes[candidate] !== h) continue;
      const w = words[candidate];
      if (w.length !== n) continue;
      let k = 0;
      while (k < n) {
        let d = text.charCodeAt(start + k);
        if (d >= 65 && d <= 90) d += 32;
        if (d !== w.charCodeAt(k)) break;
        k++;
      }
      if (k === n) return candidate;
    }
    const id = this.wordId(text.slice(start, end).toLowerCase());
    this.hashes[id] = h;
    this.tabled[id] = 1;
    if (++this.placed * 2 > table.length) {
      this.table = new Int32Array(table.length * 2);
      this.shift--;
      for (let i = 0; i < this.words.length; i++) if (this.tabled[i]) this.place(i);
    } else this.place(id);
    return id;
  }

  place(id: number) {
    const table = this.table;
    const mask = table.length - 1;
    let slot = this.hashes[id] >>> this.shift;
    while (table[slot] !== 0) slot = (slot + 1) & mask;
    table[slot] = id + 1;
  }

  note(id: number, index: number) {
    if (this.lastEntry[id] === index) {
      this.pairCount[this.lastPair[id]]++;
      return;
    }
    const p = this.pairs++;
    if (p === this.pairWord.length) {
      this.pairWord = grow(this.pairWord, p + 1);
      this.pairEntry = grow(this.pairEntry, p + 1);
      this.pairCount = grow(this.pairCount, p + 1);
    }
    this.lastEntry[id] = index;
    this.lastPair[id] = p;
    this.pairWord[p] = id;
    this.pairEntry[p] = index;
    this.pairCount[p] = 1;
  }

  /** Reads one definition; false when it has letters past ASCII (nothing recorded then). */
  readAscii(text: string, index: number): boolean {
    const firstPair = this.pairs;
    let start = -1;
    let h = 0;
    let plus = false;
    for (let j = 0; j <= text.length; j++) {
      let c = j < text.length ? text.charCodeAt(j) : 32;
      if (c >= 65 && c <= 90) c += 32;
      if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 43) {
        if (start < 0) {
          start = j;
          h = 0x811c9dc5 | 0;
          plus = false;
        }
        if (c === 43) plus = true;
        h = Math.imul(h ^ c, 16777619);
        continue;
      }
      if (c >= 128) {
        let kind = wideChars[c];
        if (kind === 0) kind = wideChars[c] = WORD_CHAR_RE.test(String.fromCharCode(c)) || (c >= 0xd800 && c <= 0xdfff) ? 1 : 2;
        if (kind === 1) {
          for (let p = firstPair; p < this.pairs; p++) this.lastEntry[this.pairWord[p]] = -1;
          this.pairs = firstPair;
          return false;
        }
      }
      if (start < 0) continue;
      // "+" is spelled "plus", as in lookupKey(): rare, so the plain way.
      const id = plus ? this.wordId(text.slice(start, j).toLowerCase().replace(/\+/g, 'plus')) : this.find(text, start, j, h);
      this.note(id, index);
      start = -1;
    }
    return true;
  }

  /** Buckets the pairs by word; within a word they stay in entry order. */
  result(): Map<string, Posting> {
    const { words, pairs, pairWord, pairEntry, pairCount } = this;
    const offsets = new Int32Array(words.length + 1);
    for (let p = 0; p < pairs; p++) offsets[pairWord[p] + 1]++;
    for (let i = 0; i < words.length; i++) offsets[i + 1] += offsets[i];
    const next = offsets.slice(0, words.length);
    const allEntries = new Int32Array(pairs);
    const allCounts = new Int32Array(pairs);
    for (let p = 0; p < pairs; p++) {
      const at = next[pairWord[p]]++;
      allEntries[at] = pairEntry[p];
      allCounts[at] = pairCount[p];
    }
    const out = new Map<string, Posting>();
    words.forEach((w, i) => out.set(w, { entries: allEntries.subarray(offsets[i], offsets[i + 1]), counts: allCounts.subarray(offsets[i], offsets[i + 1]) }));
    return out;
  }
}

function indexDefinitions(entries: readonly TermEntry[]): Map<string, Posting> {
  // (entry, word) pairs: about one per seven characters of text; grown if that was too few.
  let chars = 0;
  for (const e of entries) chars += e.definition.length;
  const indexer = new DefinitionIndexer(Math.max(256, Math.ceil(chars / 7)));
  for (let index = 0; index < entries.length; index++) {
    const text = entries[index].definition;
    if (!indexer.readAscii(text, index)) for (const w of foldWords(text)) indexer.note(indexer.wordId(w), index);
  }
  return indexer.result();
}

class SearchIndexImpl implements SearchIndex {
  readonly #entries: readonly TermEntry[];
  // Names, flat: entry index, field (0 term, 1 alias, 2 expansion), displayed text, folded key, word count.
  readonly #nameEntry: number[] = [];
  readonly #nameField: number[] = [];
  readonly #nameText: string[] = [];
  readonly #nameKey: string[] = [];
  readonly #nameWordCount: number[] = [];
  /** Folded key → its first name; #sameKey chains the others (no array per key: 10,000s of them). */
  readonly #byKey = new Map<string, number>();
  readonly #sameKey: number[] = [];
  readonly #keys: string[];
  /** Folded word → its first (word, name) link; #wordName and #wordNext hold the links. */
  readonly #byNameWord = new Map<string, number>();
  readonly #wordName: number[] = [];
  readonly #wordNext: number[] = [];
  readonly #nameWords: string[];
  readonly #byDefWord: Map<string, Posting>;
  readonly #defWords: string[];
  // Letter sets of #keys, #nameWords and #defWords, for fuzzyScan().
  readonly #keyMasks: Int32Array;
  readonly #nameWordMasks: Int32Array;
  readonly #defWordMasks: Int32Array;
  #fuse?: Fuse<{ entry: number; text: string; key: string }>;

  // Scratch space reused by every search (searches are synchronous, so never interleaved): a slot
  // counts as set only when its stamp equals the current search's (or word's) generation.
  #gen = 0;
  readonly #entryStamp: Int32Array;
  readonly #entryScore: Float64Array;
  readonly #entryName: Int32Array;
  readonly #nameStamp: Int32Array;
  readonly #nameHits: Int32Array;
  readonly #nameQuality: Float64Array;
  readonly #nameWordStamp: Int32Array;
  readonly #nameWordQuality: Float64Array;
  readonly #defStamp: Int32Array;
  readonly #defHits: Int32Array;
  readonly #defQuality: Float64Array;
  readonly #defCount: Int32Array;
  readonly #defWordStamp: Int32Array;
  readonly #defWordQuality: Float64Array;

  constructor(entries: readonly TermEntry[]) {
    this.#entries = entries;
    for (let index = 0; index < entries.length; index++) {
      const e = entries[index];
      const first = this.#nameKey.length;
      this.#addName(e.term, 0, index, first);
      for (const a of e.aliases) this.#addName(a, 1, index, first);
      if (e.expansion) this.#addName(e.expansion, 2, index, first);
    }
    this.#byDefWord = indexDefinitions(entries);
    this.#keys = [...this.#byKey.keys()].sort();
    this.#nameWords = [...this.#byNameWord.keys()].sort();
    this.#defWords = [...this.#byDefWord.keys()].sort();
    this.#keyMasks = Int32Array.from(this.#keys, letterMask);
    this.#nameWordMasks = Int32Array.from(this.#nameWords, letterMask);
    this.#defWordMasks = Int32Array.from(this.#defWords, letterMask);
    const count = entries.length;
    const names = this.#nameKey.length;
    this.#entryStamp = new Int32Array(count);
    this.#entryScore = new Float64Array(count);
    this.#entryName = new Int32Array(count);
    this.#nameStamp = new Int32Array(names);
    this.#nameHits = new Int32Array(names);
    this.#nameQuality = new Float64Array(names);
    this.#nameWordStamp = new Int32Array(names);
    this.#nameWordQuality = new Float64Array(names);
    this.#defStamp = new Int32Array(count);
    this.#defHits = new Int32Array(count);
    this.#defQuality = new Float64Array(count);
    this.#defCount = new Int32Array(count);
    this.#defWordStamp = new Int32Array(count);
    this.#defWordQuality = new Float64Array(count);
  }

  /** Indexes one name of entry `index`, unless it folds to the same key as an earlier name of it (names from `first` on). */
  #addName(text: string, field: number, index: number, first: number) {
    const words = shortWords(text);
    const key = words.length === 1 ? words[0] : words.join('');
    if (!key) return;
    for (let i = first; i < this.#nameKey.length; i++) if (this.#nameKey[i] === key) return;
    const n = this.#nameKey.length;
    this.#nameEntry.push(index);
    this.#nameField.push(field);
    this.#nameText.push(text);
    this.#nameKey.push(key);
    const same = this.#byKey.get(key);
    this.#sameKey.push(same ?? -1);
    this.#byKey.set(key, n);
    let distinct = 0;
    for (let i = 0; i < words.length; i++) {
      if (words.indexOf(words[i]) !== i) continue;
      distinct++;
      const link = this.#wordName.length;
      this.#wordName.push(n);
      this.#wordNext.push(this.#byNameWord.get(words[i]) ?? -1);
      this.#byNameWord.set(words[i], link);
    }
    this.#nameWordCount.push(distinct);
  }

  search(query: string, options: SearchOptions = {}): SearchHit[] {
    try {
      return this.#search(query, options);
    } catch {
      return [];
    }
  }

  suggest(query: string, n = 3): TermEntry[] {
    try {
      if (typeof query !== 'string') return [];
      const q = normalizeSpace(query.slice(0, MAX_QUERY_LENGTH));
      if (!HAS_WORD_CHAR_RE.test(q) || !(n > 0)) return [];
      const out: TermEntry[] = [];
      const seen = new Set<TermEntry>();
      const take = (entry: TermEntry) => {
        if (out.length < n && !seen.has(entry)) {
          seen.add(entry);
          out.push(entry);
        }
      };
      // Near misses by our own measure, allowing one more typo than search() does…
      for (const hit of this.#search(q, { limit: n }, true)) take(hit.entry);
      // …then fuse.js's looser bitap matches anywhere in the names.
      if (out.length < n) {
        this.#fuse ??= new Fuse(
          this.#nameKey.map((key, i) => ({ entry: this.#nameEntry[i], text: this.#nameText[i], key })),
          { keys: ['text', 'key'], threshold: 0.5, ignoreLocation: true },
        );
        for (const r of this.#fuse.search(q.slice(0, 32), { limit: n * 4 })) take(this.#entries[r.item.entry]);
      }
      return out;
    } catch {
      return [];
    }
  }

  #search(query: string, options: SearchOptions, loose = false): SearchHit[] {
    if (typeof query !== 'string') return [];
    const q = normalizeSpace(query.slice(0, MAX_QUERY_LENGTH));
    if (!HAS_WORD_CHAR_RE.test(q)) return [];
    const qKey = foldKey(q);
    if (!qKey) return [];
    const qWords = [...new Set(foldWords(q))];
    const limit = Math.floor(Number(options.limit ?? DEFAULT_LIMIT));
    if (!(limit > 0)) return [];

    const gen = ++this.#gen;
    const entryStamp = this.#entryStamp;
    const entryScore = this.#entryScore;
    const entryName = this.#entryName;
    const nameField = this.#nameField;
    const touched: number[] = [];
    const fieldRank = (name: number) => (name < 0 ? 3 : nameField[name]);
    /** Records a score for an entry (name index, or -1 for its definition), keeping its best. */
    const offer = (e: number, s: number, name: number) => {
      if (entryStamp[e] !== gen) {
        entryStamp[e] = gen;
        entryScore[e] = s;
        entryName[e] = name;
        touched.push(e);
      } else if (s < entryScore[e] || (s === entryScore[e] && fieldRank(name) < fieldRank(entryName[e]))) {
        entryScore[e] = s;
        entryName[e] = name;
      }
    };
    const offerName = (name: number, base: number) => offer(this.#nameEntry[name], base + FIELD_OFFSET[nameField[name]], name);

    const m = qKey.length;
    // 1. The whole query is a name ("rec 709", "hdr10+", "colour grading"), or its singular is.
    const withKey = (key: string, fn: (name: number) => void) => {
      for (let n = this.#byKey.get(key) ?? -1; n >= 0; n = this.#sameKey[n]) fn(n);
    };
    withKey(qKey, (n) => offerName(n, 0));
    const spaced = q.split(' ');
    const last = spaced.pop() ?? '';
    for (const singular of singularForms(last)) {
      withKey(foldKey([...spaced, singular].join(' ')), (n) => offerName(n, 0.03));
    }
    // 2. A name starts with it ("dolb", "wire remov").
    forPrefix(this.#keys, qKey, Infinity, (key) => {
      if (key !== qKey) withKey(key, (n) => offerName(n, 0.08 + 0.07 * (1 - m / key.length)));
    });
    // 3. Each query word is a word of the name, begins one, or nearly ("vision", "resolve davinci").
    this.#matchNameWords(qWords, gen, offerName);
    // 4. The query is a few typos away from (the start of) a name ("davinci reslove", "compositting").
    const k = maxEdits(m) + (loose ? 1 : 0);
    if (k > 0 && m >= 3) {
      const keys = this.#keys;
      fuzzyScan(qKey, k, keys, this.#keyMasks, (i, d) => {
        if (d === 0) return;
        const s = 0.25 + (0.3 * d) / m + 0.05 * (1 - bestEnd / keys[i].length);
        withKey(keys[i], (n) => offerName(n, s));
      });
    }
    // 5. Definitions that contain every query word ("unreal engine").
    const defWords = this.#matchDefinitionWords(qWords);
    if (defWords.length > 0 && defWords.every((w) => w.size > 0)) this.#matchDefinitions(defWords, gen, offer);

    // Top hits: by score, then term over alias over expansion over definition, then the shorter name, then A–Z.
    const nameLength = (e: number) => (entryName[e] < 0 ? this.#entries[e].term.length : this.#nameText[entryName[e]].length);
    const before = (a: number, b: number) =>
      entryScore[a] - entryScore[b] || fieldRank(entryName[a]) - fieldRank(entryName[b]) || nameLength(a) - nameLength(b) || a - b;
    const top: number[] = [];
    for (const e of touched) {
      if (top.length === limit && before(e, top[limit - 1]) >= 0) continue;
      let lo = 0;
      let hi = top.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (before(top[mid], e) < 0) lo = mid + 1;
        else hi = mid;
      }
      top.splice(lo, 0, e);
      if (top.length > limit) top.pop();
    }

    const snippetWords = new Map<string, number>();
    for (const matches of defWords) {
      for (const [word, { prefix }] of matches) snippetWords.set(word, Math.max(prefix, snippetWords.get(word) ?? 0));
    }
    return top.map((e) => {
      const entry = this.#entries[e];
      const name = entryName[e];
      const matchedText = name < 0 ? entry.term : this.#nameText[name];
      const nameMatches = name < 0 ? [] : highlightName(matchedText, qKey, qWords);
      return {
        entry,
        score: Math.min(1, Math.round(entryScore[e] * 1e4) / 1e4),
        field: name < 0 ? 'definition' : FIELD_OF[nameField[name]],
        matchedText,
        nameMatches,
        ...makeSnippet(entry.definition, withNameWords(snippetWords, matchedText, nameMatches), name < 0),
      };
    });
  }

  /** Names in which every query word matches a word (exactly, as its start, or with a typo). */
  #matchNameWords(qWords: string[], gen: number, offerName: (name: number, base: number) => void) {
    if (qWords.length === 0) return;
    const stamp = this.#nameStamp;
    const hits = this.#nameHits;
    const total = this.#nameQuality;
    const wordStamp = this.#nameWordStamp;
    const wordQuality = this.#nameWordQuality;
    let matched: number[] = [];
    for (let wi = 0; wi < qWords.length; wi++) {
      const w = qWords[wi];
      const wordGen = ++this.#gen;
      const here: number[] = [];
      const note = (word: string, quality: number) => {
        for (let link = this.#byNameWord.get(word)!; link >= 0; link = this.#wordNext[link]) {
          const n = this.#wordName[link];
          // After the first word, only names that matched all the earlier ones stay in the running.
          if (wi > 0 && (stamp[n] !== gen || hits[n] !== wi)) continue;
          if (wordStamp[n] !== wordGen) {
            wordStamp[n] = wordGen;
            wordQuality[n] = quality;
            here.push(n);
          } else if (quality > wordQuality[n]) wordQuality[n] = quality;
        }
      };
      if (this.#byNameWord.has(w)) note(w, 1);
      if (w.length >= 2) {
        forPrefix(this.#nameWords, w, MAX_PREFIX_WORDS, (word) => {
          if (word !== w) note(word, 0.6 + (0.3 * w.length) / word.length);
        });
      }
      const k = maxEdits(w.length);
      if (k > 0) {
        const words = this.#nameWords;
        fuzzyScan(w, k, words, this.#nameWordMasks, (i, d) => d > 0 && note(words[i], 0.5 - (0.2 * d) / w.length));
      }
      for (const n of here) {
        if (wi === 0) {
          stamp[n] = gen;
          total[n] = 0;
        }
        hits[n] = wi + 1;
        total[n] += wordQuality[n];
      }
      matched = here;
      if (matched.length === 0) return;
    }
    for (const n of matched) {
      const average = total[n] / qWords.length;
      const coverage = Math.min(1, qWords.length / this.#nameWordCount[n]);
      offerName(n, 0.16 + 0.12 * (1 - average) + 0.06 * (1 - coverage));
    }
  }

  /** Entries whose definition holds a match for every query word; scored by match quality and frequency. */
  #matchDefinitions(defWords: WordMatches[], gen: number, offer: (e: number, s: number, name: number) => void) {
    const stamp = this.#defStamp;
    const hits = this.#defHits;
    const total = this.#defQuality;
    const occurrences = this.#defCount;
    const wordStamp = this.#defWordStamp;
    const wordQuality = this.#defWordQuality;
    // The rarest word first, so the candidates only shrink.
    const size = (matches: WordMatches) => {
      let s = 0;
      for (const word of matches.keys()) s += this.#byDefWord.get(word)!.entries.length;
      return s;
    };
    const ordered = defWords.map((matches) => ({ matches, size: size(matches) })).sort((a, b) => a.size - b.size);
    let matched: number[] = [];
    for (let wi = 0; wi < ordered.length; wi++) {
      const wordGen = ++this.#gen;
      const here: number[] = [];
      for (const [word, { quality }] of ordered[wi].matches) {
        const { entries, counts } = this.#byDefWord.get(word)!;
        for (let i = 0; i < entries.length; i++) {
          const e = entries[i];
          if (wi > 0 && (stamp[e] !== gen || hits[e] !== wi)) continue;
          if (wordStamp[e] !== wordGen) {
            wordStamp[e] = wordGen;
            wordQuality[e] = quality;
            if (wi === 0) {
              stamp[e] = gen;
              total[e] = 0;
              occurrences[e] = 0;
            }
            here.push(e);
          } else if (quality > wordQuality[e]) wordQuality[e] = quality;
          occurrences[e] += counts[i];
        }
      }
      for (const e of here) {
        hits[e] = wi + 1;
        total[e] += wordQuality[e];
      }
      matched = here;
      if (matched.length === 0) return;
    }
    const words = ordered.length;
    for (const e of matched) offer(e, 0.6 + 0.25 * (1 - total[e] / words) + 0.1 / (1 + occurrences[e] / words), -1);
  }

  /**
   * For each query word, the definition words it matches: itself, words it begins (3+ letters) and,
   * when it has neither, words a typo or two away (5+ letters). One-letter words are left out of
   * longer queries; a one-letter query matches no definition.
   */
  #matchDefinitionWords(qWords: string[]): WordMatches[] {
    const usable = qWords.filter((w) => w.length >= 2);
    const out: WordMatches[] = [];
    for (const w of usable) {
      const matches: WordMatches = new Map();
      if (this.#byDefWord.has(w)) matches.set(w, { quality: 1, prefix: Infinity });
      if (w.length >= 3) {
        forPrefix(this.#defWords, w, MAX_PREFIX_WORDS, (word) => {
          if (word !== w) matches.set(word, { quality: 0.55 + (0.35 * w.length) / word.length, prefix: w.length });
        });
      }
      if (matches.size === 0 && w.length >= 5) {
        const k = maxEdits(w.length);
        const words = this.#defWords;
        fuzzyScan(w, k, words, this.#defWordMasks, (i, d) => {
          matches.set(words[i], { quality: 0.45 - (0.2 * d) / w.length, prefix: bestEnd === words[i].length ? Infinity : bestEnd });
        });
      }
      out.push(matches);
    }
    return out;
  }
}

/** Ranges of the letters of `text` that the query matched: the whole key if it aligns, else word by word. */
function highlightName(text: string, qKey: string, qWords: string[]): [number, number][] {
  const { chars, start, end } = foldChars(text);
  const whole = alignPrefix(qKey, chars);
  if (whole.distance <= maxEdits(qKey.length)) return toRanges(whole.matched, start, end);
  const positions: number[] = [];
  const tokens = [...text.matchAll(TOKEN_RE)].map((t) => {
    const f = foldChars(t[0]);
    return { chars: f.chars, start: f.start.map((x) => x + t.index!), end: f.end.map((x) => x + t.index!) };
  });
  for (const w of qWords) {
    let best: { distance: number; matched: number[]; token: (typeof tokens)[number] } | undefined;
    for (const token of tokens) {
      const a = alignPrefix(w, token.chars);
      if (a.distance <= maxEdits(w.length) && (!best || a.distance < best.distance)) best = { ...a, token };
    }
    if (best) for (const p of best.matched) positions.push(best.token.start[p], best.token.end[p] - 1);
  }
  // positions are original offsets here: each letter contributes [start, end).
  const ranges: [number, number][] = [];
  for (let i = 0; i < positions.length; i += 2) ranges.push([positions[i], positions[i + 1] + 1]);
  ranges.sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const r of ranges) {
    const lastRange = merged[merged.length - 1];
    if (lastRange && r[0] <= lastRange[1]) lastRange[1] = Math.max(lastRange[1], r[1]);
    else merged.push([r[0], r[1]]);
  }
  return merged;
}

/** The snippet words plus the words of the matched name that the query touched ("rec2020" → rec, 2020). */
function withNameWords(words: Map<string, number>, text: string, ranges: [number, number][]): Map<string, number> {
  if (ranges.length === 0) return words;
  const out = new Map(words);
  for (const t of text.matchAll(TOKEN_RE)) {
    const start = t.index!;
    const end = start + t[0].length;
    if (ranges.some(([a, b]) => a < end && b > start)) out.set(foldKey(t[0]), Infinity);
  }
  return out;
}

/** A word of a definition: where it is written and its folded form. */
interface Token {
  start: number;
  end: number;
  word: string;
}

const tokenCache = new Map<string, Token[]>();

/** The words of a definition, cached: the same entries come back keystroke after keystroke. */
function tokensOf(text: string): Token[] {
  let tokens = tokenCache.get(text);
  if (!tokens) {
    if (tokenCache.size >= 1000) tokenCache.clear();
    tokens = [];
    for (const t of text.matchAll(TOKEN_RE)) tokens.push({ start: t.index!, end: t.index! + t[0].length, word: foldKey(t[0]) });
    tokenCache.set(text, tokens);
  }
  return tokens;
}

/** Where a folded prefix of `n` letters ends in the written token. */
function writtenPrefixEnd(token: string, n: number): number {
  if (n === Infinity) return token.length;
  const { end } = foldChars(token);
  return n <= 0 || end.length === 0 ? token.length : end[Math.min(n, end.length) - 1];
}

/**
 * Up to ~140 characters of the definition: around the densest cluster of matched words when
 * `centre`, else from the start; cut at word boundaries with "…", and the ranges of the matched words in it.
 */
function makeSnippet(definition: string, words: Map<string, number>, centre: boolean): { snippet: string; snippetMatches: [number, number][] } {
  const hits: Token[] = [];
  if (words.size > 0) {
    for (const t of tokensOf(definition)) {
      if (!centre && t.start >= SNIPPET_LENGTH) break;
      const prefix = words.get(t.word);
      if (prefix !== undefined) hits.push({ start: t.start, end: t.start + writtenPrefixEnd(definition.slice(t.start, t.end), prefix), word: t.word });
    }
  }
  let from = 0;
  let to = definition.length;
  if (definition.length > SNIPPET_LENGTH) {
    const budget = SNIPPET_LENGTH - 2;
    let anchor = 0;
    if (centre && hits.length > 0) {
      // The hit whose window holds the most different matched words; the earliest on ties.
      let bestCount = 0;
      for (const h of hits.slice(0, 50)) {
        const distinct = new Set(hits.filter((x) => x.start >= h.start && x.end <= h.start + budget - 30).map((x) => x.word)).size;
        if (distinct > bestCount) {
          bestCount = distinct;
          anchor = h.start;
        }
      }
    }
    from = Math.max(0, Math.min(anchor - 30, definition.length - budget));
    if (from > 0) {
      // Start at a word: after the space before the anchor region.
      const space = definition.lastIndexOf(' ', from);
      from = space >= 0 && anchor - space <= 45 ? space + 1 : definition.indexOf(' ', from) + 1 || from;
      if (from > anchor) from = anchor;
    }
    to = Math.min(definition.length, from + budget);
    if (to < definition.length) {
      const space = definition.lastIndexOf(' ', to);
      if (space > from + budget / 2) to = space;
    }
  }
  let body = definition.slice(from, to);
  if (to < definition.length) body = body.replace(/[\s,;:—–-]+$/u, '');
  const lead = from > 0 ? '…' : '';
  const snippet = lead + body + (to < definition.length ? '…' : '');
  const snippetMatches: [number, number][] = [];
  for (const h of hits) {
    if (h.start >= from && h.end <= from + body.length) snippetMatches.push([h.start - from + lead.length, h.end - from + lead.length]);
  }
  return { snippet, snippetMatches };
}

const cache = new WeakMap<Glossary, SearchIndex>();

/**
 * The search index of a glossary, built on first use and kept (one per glossary, in a WeakMap)
 * for as long as the glossary is, so every search box on a page shares it.
 */
export function createSearchIndex(glossary: Glossary): SearchIndex {
  let index = cache.get(glossary);
  if (!index) cache.set(glossary, (index = buildSearchIndex(glossary.entries)));
  return index;
}

/** The same as {@link createSearchIndex}: the glossary's cached index. */
export const getSearchIndex = (glossary: Glossary): SearchIndex => createSearchIndex(glossary);

/** Builds a fresh, uncached index over a list of entries (for benchmarks and one-off lists). */
export function buildSearchIndex(entries: readonly TermEntry[]): SearchIndex {
  return new SearchIndexImpl(entries);
}
