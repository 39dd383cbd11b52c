/**
 * Typo-tolerant search over a glossary, fast enough to run on every keystroke.
 *
 * Design: names (terms, aliases, expansions) are short, so each query is compared against all of
 * them: an exact-key map and a sorted key list (prefixes) first, then the words of names, then a
 * bounded edit distance (Damerau/OSA, "prefix" distance, so a half-typed word still matches) that
 * skips names lacking too many of the query's letters and gives up after a few characters on the
 * rest. Definitions are long, so they are only reached through a word index (folded word →
 * entries, plus a sorted word list for prefixes), built by a hand-written scanner because at
 * 10,000 entries it reads ~6 MB of text. That index is built after the names, in steps the caller
 * drives with {@link SearchIndex.prepare} (the element runs them in idle slices: core has no timers
 * and reads no clock), so building the index costs the page little; a search that needs it before
 * it is done finishes it first. Matches are scored in tiers (exact/prefix
 * name < word of a name < fuzzy name < expansion offsets < definition) and only the top hits get
 * their highlight ranges and snippets computed. All text is folded the way lookupKey() folds it.
 *
 * fuse.js (its basic build: fuzzy matching only) is used only for {@link SearchIndex.suggest}: its
 * looser bitap matching suits "did you mean" hints. It is imported on the first suggestion (a chunk
 * of its own in every build, so a page whose searches find something never downloads it), and
 * searches only the names (terms, aliases, expansions) with a word starting like the query, in
 * slices that each run in a task of their own, keeping matches within {@link SUGGEST_THRESHOLD}.
 */
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
  /**
   * The nearest names, looser than {@link search}, for a "no results — did you mean…" line; none
   * when nothing is close enough (no suggestion beats an unrelated one). Asynchronous: it loads
   * fuse.js on first use and yields to the page between slices of the work, so it never holds up
   * typing or the result list. Resolves [] once `signal` is aborted (a newer query). Never rejects.
   */
  suggest(query: string, n?: number, options?: SuggestOptions): Promise<TermEntry[]>;
  /**
   * Builds (part of) the definition index ahead of the first definition query; true once it is
   * complete. With a `deadline` (an `IdleDeadline` fits), reads definitions until its
   * `timeRemaining()` is 0 (asked every 32 entries, so a step always makes progress); without
   * one, finishes it. Call it again until it returns true. Never throws.
   */
  prepare(deadline?: PrepareDeadline): boolean;
}

/** How long a {@link SearchIndex.prepare} step may run: the shape of the DOM's `IdleDeadline`. */
export interface PrepareDeadline {
  /** Milliseconds left for this step; 0 or less ends it. */
  timeRemaining(): number;
}

export interface SuggestOptions {
  /** Abort when the suggestions are no longer wanted (the reader typed on); the promise then resolves []. */
  signal?: AbortSignal;
  /**
   * Awaited between two slices of the work, so input and rendering get in between (the core has
   * no timers: a page passes `scheduler.yield` or a `setTimeout` promise). Default: no pause.
   */
  pause?: () => Promise<unknown>;
}

/** Names per fuse.js slice: each slice is indexed and searched in a task of its own (a few ms). */
const FUSE_SLICE = 250;
/**
 * The loosest fuse.js match (score: 0 exact … 1 anything, field length ignored) that is suggested,
 * and only for names with a word starting with the query's first three letters:
 * "rotoscopyyyyy" → Rotoscoping (0.38), "dolby qqqq" → Dolby Vision (0.4). Nothing is better than
 * noise: "gaffer tape" no longer offers LTO ("Linear Tape-Open", 0.36) nor "banana" White Balance.
 */
export const SUGGEST_THRESHOLD = 0.45;
/** fuse.js compares at most this many characters of the query (its bitap limit). */
const FUSE_PATTERN = 32;

/** Longer queries are cut to this many characters before searching. */
export const MAX_QUERY_LENGTH = 100;
const SNIPPET_LENGTH = 140;
/** How many vocabulary words one query word may expand to by prefix, so "t" never unions everything. */
const MAX_PREFIX_WORDS = 300;
/**
 * How much of each definition is searched: its first 20,000 characters (about 3,000 words; the
 * bundled definitions are under 600). A word past it is not found, and snippets come from it, so
 * a definition pasted in by mistake (a whole manual) cannot make every search slow.
 */
export const DEFINITION_INDEX_LENGTH = 20_000;

/** By field: 0 term, 1 alias, 2 expansion, 3 definition. */
const FIELD_OF = 'term alias expansion definition'.split(' ') as SearchField[];
/** Added to a name's score by field: a term beats an alias beats an expansion at equal quality. */
const FIELD_OFFSET = [0, 0.02, 0.06];

type Range = [number, number];

// ---------------------------------------------------------------------------------------------
// Folding: the same rules as lookupKey() in normalize.ts (case, accents, "+" as "plus").

const ASCII_RE = /^[\x00-\x7f]*$/;
const NON_WORD_RE = /[^\p{L}\p{N}]+/gu;
const HAS_WORD_CHAR_RE = /[\p{L}\p{N}]/u;
/** A Hangul syllable: two of them say as much as three Latin letters (a word's start is matched from two; "소스" finds "소스로"). */
const SYLLABLE_RE = /[\uac00-\ud7a3]/;
/** A word as written: letters, digits, combining marks and "+" (HDR10+), as the folding keeps them. */
const TOKEN_RE = /(?:[\p{L}\p{N}\p{M}]|\+)+/gu;

// Accents go (NFKD, marks removed); Hangul syllables, which NFKD splits into jamo, are put back
// together (NFC): a typo is then a whole syllable, never a jamo of one matching an unrelated word.
const fold = (text: string) => (ASCII_RE.test(text) ? text : text.normalize('NFKD').replace(/\p{M}+/gu, '').normalize('NFC')).toLowerCase().replace(/\+/g, 'plus');
/** Equals lookupKey(text). */
const foldKey = (text: string) => fold(text).replace(NON_WORD_RE, '');
const foldWords = (text: string) => fold(text).split(NON_WORD_RE).filter(Boolean);

/** The folded letters of text[at, end), each with the UTF-16 range of the character it came from. */
function foldChars(text: string, at = 0, end = text.length): [chars: string, ranges: Range[]] {
  let chars = '';
  const ranges: Range[] = [];
  for (const ch of text.slice(at, end)) {
    const f = foldKey(ch);
    for (let k = 0; k < f.length; k++) ranges.push([at, at + ch.length]);
    chars += f;
    at += ch.length;
  }
  return [chars, ranges];
}

/** Sorts ranges (in place) and returns merged copies of them where they overlap or touch. */
function merge(ranges: Range[]): Range[] {
  const out: Range[] = [];
  for (const [a, b] of ranges.sort((x, y) => x[0] - y[0])) {
    const last = out[out.length - 1];
    if (last && a <= last[1]) last[1] = Math.max(last[1], b);
    else out.push([a, b]);
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Edit distance.

/** How many edits a folded query of this length may contain. */
const maxEdits = (length: number) => (length < 4 ? 0 : length < 7 ? 1 : length < 11 ? 2 : 3);

/** The DP matrix of the last prefixDistance(), row by row, kept for align(). */
let dp = new Int32Array(4096);
/** Set by prefixDistance: how many characters of the name the best alignment used, and the width of a row of dp. */
let bestEnd = 0;
let width = 0;

/**
 * The fewest edits (insert, delete, substitute, swap two neighbours) turning `q` into some prefix
 * of `s`, or k + 1 when that is more than `k`. A DP banded to k around the diagonal that stops as
 * soon as a whole row exceeds `k`, so an unrelated name costs a few dozen steps.
 */
function prefixDistance(q: string, s: string, k: number): number {
  const m = q.length;
  const n = Math.min(s.length, m + k);
  const w = (width = n + 1);
  if (dp.length < (m + 1) * w) dp = new Int32Array((m + 1) * w * 2);
  for (let j = 0; j <= n; j++) dp[j] = j > k ? k + 1 : j;
  for (let i = 1, r = w; i <= m; i++, r += w) {
    const qc = q.charCodeAt(i - 1);
    // Only cells within k of the diagonal can be within k edits: the band, walled off by k + 1 on both sides.
    const lo = Math.max(1, i - k);
    const hi = Math.min(n, i + k);
    dp[r + lo - 1] = dp[r + hi + 1] = k + 1;
    let rowMin = (dp[r] = i > k ? k + 1 : i);
    for (let j = lo; j <= hi; j++) {
      const sc = s.charCodeAt(j - 1);
      // Substitute (or keep), delete, insert, swap.
      let v = Math.min(dp[r - w + j - 1] + (qc === sc ? 0 : 1), dp[r - w + j] + 1, dp[r + j - 1] + 1);
      if (i > 1 && j > 1 && qc === s.charCodeAt(j - 2) && q.charCodeAt(i - 2) === sc) v = Math.min(v, dp[r - 2 * w + j - 2] + 1);
      rowMin = Math.min(rowMin, (dp[r + j] = v));
    }
    if (rowMin > k) return k + 1;
  }
  let best = k + 1;
  for (let j = n, r = m * w; j >= Math.max(0, m - k); j--) {
    if (dp[r + j] < best) {
      best = dp[r + j];
      bestEnd = j;
    }
  }
  return best;
}

/**
 * For highlighting: when `q` is within maxEdits() of a prefix of `s`, the distance and the
 * positions in `s` of the letters that matched (equal letters and swapped neighbours).
 */
function align(q: string, s: string): [number, number[]] | undefined {
  const k = maxEdits(q.length);
  const distance = prefixDistance(q, s, k);
  if (distance > k) return;
  const d = (i: number, j: number) => dp[i * width + j];
  const matched: number[] = [];
  for (let i = q.length, j = bestEnd; i > 0 && j > 0; ) {
    const here = d(i, j);
    if (q[i - 1] === s[j - 1] && here === d(i - 1, j - 1)) {
      matched.push(--j);
      i--;
    } else if (i > 1 && j > 1 && q[i - 1] === s[j - 2] && q[i - 2] === s[j - 1] && here === d(i - 2, j - 2) + 1) {
      matched.push(j - 1, j - 2);
      i -= 2;
      j -= 2;
    } else if (here === d(i - 1, j - 1) + 1) {
      i--;
      j--;
    } else if (here === d(i - 1, j) + 1) i--;
    else j--;
  }
  return [distance, matched];
}

/**
 * The characters a folded string contains, as a bit set: `1 << code` keeps the code's last five
 * bits, so a–z get a bit each, and digits share theirs with p–y (which only lets more words through).
 */
function letterMask(s: string): number {
  let mask = 0;
  for (let i = 0; i < s.length; i++) mask |= 1 << s.charCodeAt(i);
  return mask;
}

/**
 * Calls `fn` with each word of `list` (whose letter sets are `masks`) that `q` is at most `k`
 * edits from the start of. Each letter of `q` that a word lacks costs an edit, so a word lacking
 * more than `k` of them is skipped before the edit distance is worked out.
 */
function fuzzyScan(q: string, k: number, list: readonly string[], masks: Int32Array, fn: (i: number, distance: number) => void) {
  const qMask = letterMask(q);
  for (let i = 0; i < list.length; i++) {
    let lacking = 0;
    for (let x = qMask & ~masks[i]; x && lacking <= k; x &= x - 1) lacking++;
    const d = lacking > k ? k + 1 : prefixDistance(q, list[i], k);
    if (d <= k) fn(i, d);
  }
}

/** Calls `fn` for each word in the sorted list starting with `prefix`, up to `max` of them. */
function forPrefix(list: readonly string[], prefix: string, fn: (word: string) => void, max = MAX_PREFIX_WORDS) {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid] < prefix) lo = mid + 1;
    else hi = mid;
  }
  for (let n = 0; lo < list.length && n < max && list[lo].startsWith(prefix); lo++, n++) fn(list[lo]);
}

/** A sorted word list and the letter sets of its words, for forPrefix() and fuzzyScan(). */
const sortedWords = (words: Iterable<string>): [string[], Int32Array] => {
  const list = [...words].sort();
  return [list, Int32Array.from(list, letterMask)];
};

// ---------------------------------------------------------------------------------------------
// The definitions' word index.

/**
 * Folded word → the entries using it, ascending, each followed by how often it does ([entry,
 * count, entry, count…]); with the sorted word list and its letter sets.
 */
type DefinitionIndex = [Map<string, Int32Array>, string[], Int32Array];

/** One query word's matches in the definition vocabulary: folded word → [quality (0..1], highlight length]. */
type WordMatches = Map<string, [number, number]>;

/** A letter, digit or mark first (a surrogate pair is read as one character). */
const WORD_CHAR_RE = /^[\p{L}\p{N}\p{M}]/u;

/**
 * Builds the definitions' word index in steps: each call reads entries until the deadline's
 * time is up (all of them without one) and returns the index once all are read. Hot at 10,000 entries (~800,000
 * words), so text is read character by character: each word is hashed as it is read (FNV-1a,
 * lower-cased) and looked up in an open-addressed table, with no substring made except for a word
 * never seen before. A definition with letters past ASCII is folded the general way first.
 */
function definitionIndexer(entries: readonly TermEntry[]): (deadline?: PrepareDeadline) => DefinitionIndex | undefined {
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
      read(text.replace(/\+/g, 'plus')) || read(foldWords(text).join(' '), true);
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


// ---------------------------------------------------------------------------------------------

/** Builds a fresh, uncached index over a list of entries (for benchmarks and one-off lists). */
export function buildSearchIndex(entries: readonly TermEntry[]): SearchIndex {
  // Names, flat: entry index, field (0 term, 1 alias, 2 expansion), displayed text, folded key, word count.
  const nameEntry: number[] = [];
  const nameField: number[] = [];
  const nameText: string[] = [];
  const nameKey: string[] = [];
  const nameWordCount: number[] = [];
  /** Folded key → its names; folded word → the names using it. */
  const byKey = new Map<string, number[]>();
  const byNameWord = new Map<string, number[]>();
  const add = (map: Map<string, number[]>, key: string, n: number) => map.get(key)?.push(n) ?? map.set(key, [n]);

  /** Indexes one name of entry `index`, unless it folds to the same key as an earlier name of it (names from `first` on). */
  const addName = (text: string, field: number, index: number, first: number) => {
    const words = foldWords(text);
    const key = words.join('');
    if (!key || nameKey.indexOf(key, first) >= 0) return;
    const n = nameKey.push(key) - 1;
    nameEntry.push(index);
    nameField.push(field);
    nameText.push(text);
    add(byKey, key, n);
    const distinct = new Set(words);
    for (const word of distinct) add(byNameWord, word, n);
    nameWordCount.push(distinct.size);
  };
  entries.forEach((e, index) => {
    const first = nameKey.length;
    addName(e.term, 0, index, first);
    for (const a of e.aliases) addName(a, 1, index, first);
    if (e.expansion) addName(e.expansion, 2, index, first);
  });
  const [keys, keyMasks] = sortedWords(byKey.keys());
  const [nameWords, nameWordMasks] = sortedWords(byNameWord.keys());

  // The definition index: in the steps prepare() is asked for, or at once when a search needs it first.
  const readDefinitions = definitionIndexer(entries);
  let definitions: DefinitionIndex | undefined;

  /**
   * The items (names, or entries) that every one of `words` query words matches: `each(wi, add)`
   * reports word wi's matches as add(item, quality, count). Each item comes with the sum over the
   * words of its best quality, and the sum of its counts.
   */
  const intersect = (words: number, each: (wi: number, add: (item: number, quality: number, n: number) => void) => void) => {
    let matched = new Map<number, [number, number]>();
    for (let wi = 0; wi < words; wi++) {
      const here = new Map<number, [number, number]>();
      each(wi, (x, quality, n) => {
        // After the first word, only items that matched all the earlier ones stay in the running.
        if (wi && !matched.has(x)) return;
        const now = here.get(x);
        if (!now) here.set(x, [quality, n]);
        else {
          now[0] = Math.max(now[0], quality);
          now[1] += n;
        }
      });
      for (const [x, now] of here) {
        const was = matched.get(x);
        if (was) {
          now[0] += was[0];
          now[1] += was[1];
        }
      }
      if (!(matched = here).size) break;
    }
    return matched;
  };

  /**
   * For each query word, the definition words it matches: itself, words it begins (3+ letters) and,
   * when it has neither, words a typo or two away (5+ letters). One-letter words are left out of
   * longer queries; a one-letter query matches no definition.
   */
  const matchDefinitionWords = (qWords: string[]): WordMatches[] => {
    const usable = qWords.filter((w) => w.length >= 2);
    if (!usable[0]) return [];
    const [byWord, words, masks] = (definitions ??= readDefinitions()!);
    return usable.map((w) => {
      const matches: WordMatches = new Map();
      if (byWord.has(w)) matches.set(w, [1, Infinity]);
      if (w.length >= (SYLLABLE_RE.test(w) ? 2 : 3)) forPrefix(words, w, (word) => word !== w && matches.set(word, [0.55 + (0.35 * w.length) / word.length, w.length]));
      if (!matches.size && w.length >= 5) {
        fuzzyScan(w, maxEdits(w.length), words, masks, (i, d) => {
          matches.set(words[i], [0.45 - (0.2 * d) / w.length, bestEnd === words[i].length ? Infinity : bestEnd]);
        });
      }
      return matches;
    });
  };

  const find = (q: string, limit: number, loose = false): SearchHit[] => {
    // `loose` (suggestions) reads names only: a definition match would have been found by search() already.
    const qKey = foldKey(q);
    const qWords = [...new Set(foldWords(q))];
    // (A fractional limit works as its floor below.)
    if (!qKey || !(limit >= 1)) return [];

    /** Entry → its best [score, name index (-1 for its definition)] so far. */
    const best = new Map<number, [number, number]>();
    const fieldRank = (name: number) => (name < 0 ? 3 : nameField[name]);
    const offer = (e: number, s: number, name: number) => {
      const b = best.get(e);
      if (!b || s < b[0] || (s === b[0] && fieldRank(name) < fieldRank(b[1]))) best.set(e, [s, name]);
    };
    const offerName = (name: number, base: number) => offer(nameEntry[name], base + FIELD_OFFSET[nameField[name]], name);
    const withKey = (key: string, base: number) => {
      for (const n of byKey.get(key) ?? []) offerName(n, base);
    };

    const m = qKey.length;
    // 1. The whole query is a name ("rec 709", "hdr10+", "colour grading"), or its singular is.
    withKey(qKey, 0);
    const last = q.replace(/.* /, '');
    for (const singular of singularForms(last)) withKey(foldKey(q.replace(/\S+$/, () => singular)), 0.03);
    // 2. A name starts with it ("dolb", "wire remov").
    forPrefix(keys, qKey, (key) => key !== qKey && withKey(key, 0.08 + 0.07 * (1 - m / key.length)), Infinity);
    // 3. Each query word is a word of the name, begins one, or nearly ("vision", "resolve davinci").
    const words = qWords.length;
    const named = intersect(words, (wi, add) => {
      const w = qWords[wi];
      const note = (word: string, quality: number) => {
        for (const n of byNameWord.get(word) ?? []) add(n, quality, 0);
      };
      note(w, 1);
      if (w.length >= 2) forPrefix(nameWords, w, (word) => word !== w && note(word, 0.6 + (0.3 * w.length) / word.length));
      const k = maxEdits(w.length);
      if (k) fuzzyScan(w, k, nameWords, nameWordMasks, (i, d) => d && note(nameWords[i], 0.5 - (0.2 * d) / w.length));
    });
    for (const [n, [total]] of named) offerName(n, 0.16 + 0.12 * (1 - total / words) + 0.06 * (1 - Math.min(1, words / nameWordCount[n])));
    // 4. The query is a few typos away from (the start of) a name ("davinci reslove", "compositting"),
    // and the word being typed holds no more of them than it may alone ("colour grad" is not "Colour gamut").
    const slack = loose ? 1 : 0;
    const k = maxEdits(m) + slack;
    const head = qKey.slice(0, m - foldKey(last).length);
    if (k && m >= 3) {
      fuzzyScan(qKey, k, keys, keyMasks, (i, d, end = bestEnd) => {
        if (d && d - prefixDistance(head, keys[i], k) <= maxEdits(m - head.length) + slack) withKey(keys[i], 0.25 + (0.3 * d) / m + 0.05 * (1 - end / keys[i].length));
      });
    }
    // 5. Definitions that contain every query word ("unreal engine"), rarest word first, so the candidates only shrink.
    const defWords = loose ? [] : matchDefinitionWords(qWords);
    if (defWords[0] && defWords.every((w) => w.size)) {
      const byWord = definitions![0];
      const postings = (matches: WordMatches) => [...matches.keys()].reduce((sum, word) => sum + byWord.get(word)!.length, 0);
      const ordered = defWords.map((matches) => [postings(matches), matches] as const).sort((a, b) => a[0] - b[0]);
      const n = ordered.length;
      for (const [e, [total, occurrences]] of intersect(n, (wi, add) => {
        for (const [word, [quality]] of ordered[wi][1]) {
          const es = byWord.get(word)!;
          for (let i = 0; i < es.length; i += 2) add(es[i], quality, es[i + 1]);
        }
      })) {
        offer(e, 0.6 + 0.25 * (1 - total / n) + 0.1 / (1 + occurrences / n), -1);
      }
    }

    // Top hits: by score, then term over alias over expansion over definition, then the shorter name, then A–Z.
    type Hit = [entry: number, [score: number, name: number]];
    const nameLength = ([e, [, name]]: Hit) => (name < 0 ? entries[e].term : nameText[name]).length;
    const before = (a: Hit, b: Hit) => a[1][0] - b[1][0] || fieldRank(a[1][1]) - fieldRank(b[1][1]) || nameLength(a) - nameLength(b) || a[0] - b[0];
    const top: Hit[] = [];
    for (const e of best) {
      let i = top.length;
      while (i && before(e, top[i - 1]) < 0) i--;
      if (i < limit) {
        top.splice(i, 0, e);
        if (top.length > limit) top.pop();
      }
    }

    const snippetWords = new Map<string, number>();
    for (const matches of defWords) {
      for (const [word, [, prefix]] of matches) snippetWords.set(word, Math.max(prefix, snippetWords.get(word) ?? 0));
    }
    return top.map(([e, [score, name]]) => {
      const entry = entries[e];
      const matchedText = name < 0 ? entry.term : nameText[name];
      const nameMatches = name < 0 ? [] : highlightName(matchedText, qKey, qWords);
      return {
        entry,
        score: Math.round(score * 1e4) / 1e4,
        field: FIELD_OF[fieldRank(name)],
        matchedText,
        nameMatches,
        ...makeSnippet(entry.definition, withNameWords(snippetWords, matchedText, nameMatches), name < 0),
      };
    });
  };

  type Named = { e: number; text: string; key: string };
  /**
   * fuse.js indexes, slice by slice, of the names with a word starting with a given three letters:
   * built once per start (each keystroke of "rotoscopyyyyy" reuses the one for "rot"), a few kept.
   */
  const fuseByStart = new Map<string, (import('fuse.js').default<Named> | undefined)[]>();
  return {
    prepare(deadline) {
      try {
        return !!(definitions ??= readDefinitions(deadline));
      } catch {
        return true;
      }
    },
    search(query, options = {}) {
      try {
        return find(clean(query), options.limit ?? 20);
      } catch {
        return [];
      }
    },
    async suggest(query, n = 3, { signal, pause } = {}) {
      try {
        const q = clean(query);
        const out = new Set<TermEntry>();
        if (!q || !(n >= 1)) return [];
        // Near misses by our own measure, allowing one more typo than search() does…
        for (const hit of find(q, n, true)) out.add(hit.entry);
        // …then fuse.js's looser bitap matches, among the names with a word that starts like the
        // query (readers get the start of a word right), in slices of their own.
        const start = foldWords(q)[0].slice(0, 3);
        const names = new Set<number>();
        forPrefix(nameWords, start, (word) => byNameWord.get(word)!.forEach((name) => names.add(name)), Infinity);
        if (out.size >= n || !names.size) return [...out];
        const { default: Fuse } = await import('fuse.js/min-basic');
        let slices = fuseByStart.get(start);
        if (!slices) {
          if (fuseByStart.size >= 8) fuseByStart.clear();
          fuseByStart.set(start, (slices = []));
        }
        const found: [score: number, entry: number][] = [];
        const all = [...names];
        for (let from = 0, i = 0; from < all.length; from += FUSE_SLICE, i++) {
          if (from) await pause?.();
          if (signal?.aborted) return [];
          const fuse = (slices[i] ??= new Fuse(
            all.slice(from, from + FUSE_SLICE).map((name) => ({ e: nameEntry[name], text: nameText[name], key: nameKey[name] })),
            { keys: ['text', 'key'], threshold: SUGGEST_THRESHOLD, ignoreLocation: true, ignoreFieldNorm: true, includeScore: true },
          ));
          for (const r of fuse.search(q.slice(0, FUSE_PATTERN))) found.push([r.score!, r.item.e]);
        }
        if (signal?.aborted) return [];
        for (const [, e] of found.sort((a, b) => a[0] - b[0] || a[1] - b[1])) if (out.size < n) out.add(entries[e]);
        return [...out];
      } catch {
        return [];
      }
    },
  };
}

/** The query as searched: at most MAX_QUERY_LENGTH characters, spaces collapsed; '' when it has no letter or digit. */
function clean(query: unknown): string {
  const q = typeof query === 'string' ? normalizeSpace(query.slice(0, MAX_QUERY_LENGTH)) : '';
  return HAS_WORD_CHAR_RE.test(q) ? q : '';
}

/** Ranges of the letters of `text` that the query matched: the whole key if it aligns, else word by word. */
function highlightName(text: string, qKey: string, qWords: string[]): Range[] {
  const [chars, ranges] = foldChars(text);
  const whole = align(qKey, chars);
  if (whole) return merge(whole[1].map((p) => ranges[p]));
  const out: Range[] = [];
  const tokens = tokensOf(text).map(([start, end]) => foldChars(text, start, end));
  for (const w of qWords) {
    // The word it aligns with best (the first on ties).
    let best: [number, Range[]] = [Infinity, []];
    for (const [chars, ranges] of tokens) {
      const a = align(w, chars);
      if (a && a[0] < best[0]) best = [a[0], a[1].map((p) => ranges[p])];
    }
    out.push(...best[1]);
  }
  return merge(out);
}

/** The snippet words plus the words of the matched name that the query touched ("rec2020" → rec, 2020). */
function withNameWords(words: Map<string, number>, text: string, ranges: Range[]): Map<string, number> {
  const out = new Map(words);
  for (const [start, end, word] of tokensOf(text)) {
    if (ranges.some(([a, b]) => a < end && b > start)) out.set(word, Infinity);
  }
  return out;
}

/** A word of a text: where it is written and its folded form. */
type Token = [start: number, end: number, word: string];

const tokenCache = new Map<string, Token[]>();

/** The words of a definition or name, cached: the same entries come back keystroke after keystroke. */
function tokensOf(text: string): Token[] {
  let tokens = tokenCache.get(text);
  if (!tokens) {
    if (tokenCache.size >= 1000) tokenCache.clear();
    tokenCache.set(text, (tokens = [...text.matchAll(TOKEN_RE)].map((t) => [t.index, t.index + t[0].length, foldKey(t[0])])));
  }
  return tokens;
}

/**
 * Up to ~140 characters of the definition: around the densest cluster of matched words when
 * `centre`, else from the start; cut at word boundaries with "…", and the ranges of the matched words in it.
 */
function makeSnippet(full: string, words: Map<string, number>, centre: boolean): { snippet: string; snippetMatches: Range[] } {
  // The part that was searched (see DEFINITION_INDEX_LENGTH); "…" says when there is more.
  const definition = full.length > DEFINITION_INDEX_LENGTH ? full.slice(0, DEFINITION_INDEX_LENGTH) : full;
  const hits: Token[] = [];
  for (const [start, end, word] of tokensOf(definition)) {
    if (!centre && start >= SNIPPET_LENGTH) break;
    const prefix = words.get(word);
    if (prefix) {
      // Where a folded prefix of `prefix` letters ends in the written word.
      const ranges = prefix < Infinity ? foldChars(definition, start, end)[1] : [];
      hits.push([start, ranges[Math.min(prefix, ranges.length) - 1]?.[1] ?? end, word]);
    }
  }
  let from = 0;
  let to = definition.length;
  if (definition.length > SNIPPET_LENGTH) {
    const budget = SNIPPET_LENGTH - 2;
    let anchor = 0;
    if (centre) {
      // The hit whose window holds the most different matched words; the earliest on ties.
      let bestCount = 0;
      for (const [start] of hits.slice(0, 50)) {
        const distinct = new Set(hits.filter(([s, e]) => s >= start && e <= start + budget - 30).map((x) => x[2])).size;
        if (distinct > bestCount) {
          bestCount = distinct;
          anchor = start;
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
  // Cut text ends at a word, not on punctuation before the "…".
  if (to < full.length) body = body.replace(/[\s.,;:!?—–-]+$/u, '');
  const lead = from ? '…' : '';
  const snippetMatches: Range[] = [];
  for (const [start, end] of hits) {
    if (start >= from && end <= from + body.length) snippetMatches.push([start - from + lead.length, end - from + lead.length]);
  }
  return { snippet: lead + body + (to < full.length ? '…' : ''), snippetMatches };
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
