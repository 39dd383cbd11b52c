/**
 * Typo-tolerant search over a glossary, fast enough to run on every keystroke: the engine (ranking
 * and suggestions) over its parts, folding (fold.ts), edit distance (distance.ts), sorted word
 * lists (word-list.ts), the definitions' word index (definition-index.ts) and hit text (snippet.ts).
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
import { foldKey, foldWords } from './fold.js';
import { EditDistance, maxEdits } from './distance.js';
import { forPrefix, sortedWords } from './word-list.js';
import { definitionIndexer, type DefinitionIndex, type PrepareDeadline } from './definition-index.js';
import { HitText } from './snippet.js';

export { DEFINITION_INDEX_LENGTH, type PrepareDeadline } from './definition-index.js';

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
  /** Best hits first; [] for an empty query or one with no letter or digit (or not a string). */
  search(query: string, options?: SearchOptions): SearchHit[];
  /**
   * The nearest names, looser than {@link search}, for a "no results — did you mean…" line; none
   * when nothing is close enough (no suggestion beats an unrelated one). Asynchronous: it loads
   * fuse.js on first use and yields to the page between slices of the work, so it never holds up
   * typing or the result list. Resolves [] once `signal` is aborted (a newer query).
   */
  suggest(query: string, n?: number, options?: SuggestOptions): Promise<TermEntry[]>;
  /**
   * Builds (part of) the definition index ahead of the first definition query; true once it is
   * complete. With a `deadline` (an `IdleDeadline` fits), reads definitions until its
   * `timeRemaining()` is 0 (asked every 32 entries, so a step always makes progress); without
   * one, finishes it. Call it again until it returns true.
   */
  prepare(deadline?: PrepareDeadline): boolean;
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

/** By field: 0 term, 1 alias, 2 expansion, 3 definition. */
const FIELD_OF = 'term alias expansion definition'.split(' ') as SearchField[];
/** Added to a name's score by field: a term beats an alias beats an expansion at equal quality. */
const FIELD_OFFSET = [0, 0.02, 0.06];

const HAS_WORD_CHAR_RE = /[\p{L}\p{N}]/u;
/** A Hangul syllable: two of them say as much as three Latin letters (a word's start is matched from two; "소스" finds "소스로"). */
const SYLLABLE_RE = /[\uac00-\ud7a3]/;

/** One query word's matches in the definition vocabulary: folded word → [quality (0..1], highlight length]. */
type WordMatches = Map<string, [number, number]>;

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

  // This index's own edit-distance buffer and token cache: nothing is shared between indexes.
  const distance = new EditDistance();
  const hitText = new HitText(distance);
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
        distance.scan(w, maxEdits(w.length), words, masks, (i, d, end) => {
          matches.set(words[i], [0.45 - (0.2 * d) / w.length, end === words[i].length ? Infinity : end]);
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
      if (k) distance.scan(w, k, nameWords, nameWordMasks, (i, d) => d && note(nameWords[i], 0.5 - (0.2 * d) / w.length));
    });
    for (const [n, [total]] of named) offerName(n, 0.16 + 0.12 * (1 - total / words) + 0.06 * (1 - Math.min(1, words / nameWordCount[n])));
    // 4. The query is a few typos away from (the start of) a name ("davinci reslove", "compositting"),
    // and the word being typed holds no more of them than it may alone ("colour grad" is not "Colour gamut").
    const slack = loose ? 1 : 0;
    const k = maxEdits(m) + slack;
    const head = qKey.slice(0, m - foldKey(last).length);
    if (k && m >= 3) {
      distance.scan(qKey, k, keys, keyMasks, (i, d, end) => {
        if (d && d - distance.prefix(head, keys[i], k) <= maxEdits(m - head.length) + slack) withKey(keys[i], 0.25 + (0.3 * d) / m + 0.05 * (1 - end / keys[i].length));
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
      const nameMatches = name < 0 ? [] : hitText.highlightName(matchedText, qKey, qWords);
      return {
        entry,
        score: Math.round(score * 1e4) / 1e4,
        field: FIELD_OF[fieldRank(name)],
        matchedText,
        nameMatches,
        ...hitText.makeSnippet(entry.definition, hitText.withNameWords(snippetWords, matchedText, nameMatches), name < 0),
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
      return !!(definitions ??= readDefinitions(deadline));
    },
    search(query, options = {}) {
      return find(clean(query), options.limit ?? 20);
    },
    async suggest(query, n = 3, { signal, pause } = {}) {
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
    },
  };
}

/** The query as searched: at most MAX_QUERY_LENGTH characters, spaces collapsed; '' when it has no letter or digit. */
function clean(query: unknown): string {
  const q = typeof query === 'string' ? normalizeSpace(query.slice(0, MAX_QUERY_LENGTH)) : '';
  return HAS_WORD_CHAR_RE.test(q) ? q : '';
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
