import type { TermEntry } from './types.js';
import { singularForms } from './normalize.js';

/** A mention of a glossary term found in plain text. */
export interface Mention {
  /** The entry mentioned. */
  id: string;
  /** UTF-16 offsets into the text: `text.slice(start, end)` is the mention as written. */
  start: number;
  end: number;
  text: string;
}

export interface MentionOptions {
  /** Link every mention, not just the first of each term. Default false. */
  all?: boolean;
  /** Ids never to report (for example the entry whose definition is being scanned). */
  exclude?: Iterable<string>;
  /**
   * Ids already mentioned earlier in the same document. With `all` off, these are skipped, and
   * the ids found now are added to it, so a caller scanning text node by text node can share it.
   */
  seen?: Set<string>;
}

interface Variant {
  id: string;
  /** The name's words as written, for the case rules. */
  words: string[];
  /** Must the text match the name's case? Acronyms and `caseSensitive` entries: yes. */
  exact: boolean;
}

interface Node {
  next: Map<string, Node>;
  variants: Variant[];
}

// A word is letters and digits, with a trailing "+" kept (HDR10+ is not HDR10).
const WORD_RE = /[\p{L}\p{N}]+(?:\+(?![\p{L}\p{N}]))?/gu;
// What may stand between two words of one name: "Rec.709", "Look-Up", "LKFS / LUFS", "Frame.io",
// and white space with at most one line break: HTML source wraps lines anywhere ("Dolby\n    Vision"
// reads as "Dolby Vision"), but a blank line ends a paragraph of plain text.
const GAP_RE = /^(?:[ \t\u00a0]+|[ \t\u00a0]*\r?\n[ \t\u00a0]*|[-–./·'’][ \u00a0]?|[ \u00a0][/–-][ \u00a0])$/;

// Only white space (at most one line break) joins the words of a longer proper name.
const SPACE_RE = /^(?:[ \t\u00a0]+|[ \t\u00a0]*\r?\n[ \t\u00a0]*)$/;
// What ends a sentence (or a heading line) before a word: the word after it is capitalised for that reason alone.
const SENTENCE_END_RE = /[.!?:;]\s*$|\n\s*\n/;
/** A capitalised word that is not an acronym: "Wide", "DaVinci"; not "HDR", "P3", "wide". */
const isTitled = (word: string) => /^\p{Lu}/u.test(word) && /\p{Ll}/u.test(word);

/** An acronym or a mixed-case name (ADR, HDR10+, DaVinci, ProRes): its case carries meaning. */
const isCaseSignificant = (name: string) => /\p{L}\p{Lu}/u.test(name);

function words(text: string): { word: string; start: number; end: number }[] {
  const out = [];
  for (const m of text.matchAll(WORD_RE)) out.push({ word: m[0], start: m.index!, end: m.index! + m[0].length });
  return out;
}

/**
 * Compiles the entries' names and aliases into a word trie, so finding mentions costs time
 * linear in the text's length whatever the number of terms.
 */
export function createMatcher(entries: readonly TermEntry[]) {
  const root: Node = { next: new Map(), variants: [] };
  for (const e of entries) {
    for (const name of new Set([e.term, ...e.aliases])) {
      const ws = words(name).map((w) => w.word);
      if (ws.length === 0) continue;
      let node = root;
      for (const w of ws) {
        const key = w.toLowerCase();
        let child = node.next.get(key);
        if (!child) node.next.set(key, (child = { next: new Map(), variants: [] }));
        node = child;
      }
      // Names that differ only between words ("Rec.709", "Rec 709") give equal variants: the first found wins, so a copy is harmless.
      node.variants.push({ id: e.id, words: ws, exact: !!e.caseSensitive || isCaseSignificant(name) });
    }
  }

  /** Finds mentions, leftmost first, the longest name winning at each place, never overlapping. */
  return function findMentions(text: string, options: MentionOptions = {}): Mention[] {
    if (typeof text !== 'string') return [];
    const exclude = new Set(options.exclude ?? []);
    const seen = options.seen ?? new Set<string>();
    const tokens = words(text);
    const n = tokens.length;
    // Per word, computed once however many names start around it: the lower-case key and, lazily,
    // the singular forms a plural ending may stand for ("proxies", "LUTs").
    const lower = tokens.map((t) => t.word.toLowerCase());
    const singulars: (string[] | undefined)[] = new Array(n);
    const singularOf = (j: number) => (singulars[j] ??= singularForms(tokens[j].word));

    // Acronyms and case-sensitive names must be written as in the name, bar a plural last word.
    const accepts = (v: Variant, i: number, plural: boolean) => {
      if (!v.exact) return true;
      const last = v.words.length - 1;
      for (let k = 0; k <= last; k++) {
        const actual = tokens[i + k].word;
        if (actual === v.words[k]) continue;
        if (plural && k === last && singularOf(i + k).includes(v.words[k])) continue;
        return false;
      }
      return true;
    };

    const out: Mention[] = [];
    let i = 0;
    while (i < n) {
      let node: Node = root;
      // The longest name starting at word i: its entry and last word.
      let id: string | undefined;
      let last = i;
      for (let j = i; j < n; j++) {
        if (j > i) {
          const gap = text.slice(tokens[j - 1].end, tokens[j].start);
          if (!GAP_RE.test(gap)) break;
          // "Rec. 709" is one name; "color. Grading" is two sentences.
          if (/[.][\s\u00a0]/.test(gap) && !/^\p{N}/u.test(tokens[j].word)) break;
        }
        const exactNode = node.next.get(lower[j]);
        let found = exactNode?.variants.find((x) => accepts(x, i, false));
        // The last word may be a plural ("proxies", "LUTs"): its singular forms may end a name.
        for (const s of singularOf(j)) found ??= node.next.get(s.toLowerCase())?.variants.find((x) => accepts(x, i, true));
        if (found) {
          id = found.id;
          last = j;
        }
        if (!exactNode) break;
        node = exactNode;
      }
      if (!id) {
        i++;
        continue;
      }
      const start = tokens[i].start;
      const end = tokens[last].end;
      // Part of a longer capitalised name that is not itself a term ("DaVinci Wide Gamut" is
      // neither DaVinci Resolve nor Gamut): a capitalised mention with a capitalised word
      // joined to it by a space, before it (unless that word only starts the sentence) or after it,
      // is no mention. Acronyms ("Netflix IMF") and lower-case mentions are not names of this kind.
      const before = i - 1;
      const after = last + 1;
      const gapBefore = (j: number) => text.slice(j > 0 ? tokens[j - 1].end : 0, tokens[j].start);
      const partOfName =
        isTitled(tokens[i].word) &&
        ((before >= 0 && isTitled(tokens[before].word) && SPACE_RE.test(gapBefore(i)) && before > 0 && !SENTENCE_END_RE.test(gapBefore(before))) ||
          (after < n && isTitled(tokens[after].word) && SPACE_RE.test(gapBefore(after))));
      if (partOfName) {
        i = last + 1;
        continue;
      }
      if (!exclude.has(id) && (options.all || !seen.has(id))) {
        out.push({ id, start, end, text: text.slice(start, end) });
        seen.add(id);
      }
      i = last + 1;
    }
    return out;
  };
}
