/**
 * What a hit shows: the ranges of a name's letters that the query matched, and a snippet of the
 * definition (~140 characters around the matched words) with the ranges of those words. Computed
 * for the top hits only. One per search index: its cache of tokenised texts is the index's own.
 */
import { DEFINITION_INDEX_LENGTH } from './definition-index.js';
import type { EditDistance } from './distance.js';
import { foldChars, foldKey, type Range } from './fold.js';

const SNIPPET_LENGTH = 140;
/** A word as written: letters, digits, combining marks and "+" (HDR10+), as the folding keeps them. */
const TOKEN_RE = /(?:[\p{L}\p{N}\p{M}]|\+)+/gu;

/** A word of a text: where it is written and its folded form. */
type Token = [start: number, end: number, word: string];

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

export class HitText {
  readonly #distance: EditDistance;
  #tokens = new Map<string, Token[]>();

  constructor(distance: EditDistance) {
    this.#distance = distance;
  }

  /** Ranges of the letters of `text` that the query matched: the whole key if it aligns, else word by word. */
  highlightName(text: string, qKey: string, qWords: string[]): Range[] {
    const [chars, ranges] = foldChars(text);
    const whole = this.#distance.align(qKey, chars);
    if (whole) return merge(whole[1].map((p) => ranges[p]));
    const out: Range[] = [];
    const tokens = this.#tokensOf(text).map(([start, end]) => foldChars(text, start, end));
    for (const w of qWords) {
      // The word it aligns with best (the first on ties).
      let best: [number, Range[]] = [Infinity, []];
      for (const [chars, ranges] of tokens) {
        const a = this.#distance.align(w, chars);
        if (a && a[0] < best[0]) best = [a[0], a[1].map((p) => ranges[p])];
      }
      out.push(...best[1]);
    }
    return merge(out);
  }

  /** The snippet words plus the words of the matched name that the query touched ("rec2020" → rec, 2020). */
  withNameWords(words: Map<string, number>, text: string, ranges: Range[]): Map<string, number> {
    const out = new Map(words);
    for (const [start, end, word] of this.#tokensOf(text)) {
      if (ranges.some(([a, b]) => a < end && b > start)) out.set(word, Infinity);
    }
    return out;
  }

  /** The words of a definition or name, cached: the same entries come back keystroke after keystroke. */
  #tokensOf(text: string): Token[] {
    let tokens = this.#tokens.get(text);
    if (!tokens) {
      if (this.#tokens.size >= 1000) this.#tokens.clear();
      this.#tokens.set(text, (tokens = [...text.matchAll(TOKEN_RE)].map((t) => [t.index, t.index + t[0].length, foldKey(t[0])])));
    }
    return tokens;
  }

  /**
   * Up to ~140 characters of the definition: around the densest cluster of matched words when
   * `centre`, else from the start; cut at word boundaries with "…", and the ranges of the matched words in it.
   */
  makeSnippet(full: string, words: Map<string, number>, centre: boolean): { snippet: string; snippetMatches: Range[] } {
    // The part that was searched (see DEFINITION_INDEX_LENGTH); "…" says when there is more.
    const definition = full.length > DEFINITION_INDEX_LENGTH ? full.slice(0, DEFINITION_INDEX_LENGTH) : full;
    const hits: Token[] = [];
    for (const [start, end, word] of this.#tokensOf(definition)) {
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
}
