import type { TermEntry } from './types.js';
import { singularForms } from './normalize.js';
import { runToEnd } from './slices.js';

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
// In text with Hangul, a word also ends where the script changes: Korean writes particles and
// endings onto the word they follow, Latin names included ("LUT를", "Resolve에서", "HDR10+로"), so a
// Latin name is whole-word for its Latin letters and digits, and the Hangul after it a word of its own.
const HANGUL_RE = /[\u1100-\u11ff\u3130-\u318f\ua960-\ua97f\uac00-\ud7af\ud7b0-\ud7ff]/;
const WORD_KO_RE = /\p{Script=Hangul}+|(?:(?!\p{Script=Hangul})[\p{L}\p{N}])+(?:\+(?!(?!\p{Script=Hangul})[\p{L}\p{N}]))?/gu;

/**
 * Particles and endings Korean attaches to a noun ("색보정은", "프록시로", "데일리를", "컬러리스트들과",
 * "색보정한"), longest first. A Hangul word that ends with one may be a name followed by it: the
 * name is linked, not the particle.
 */
const PARTICLES = [
  ...'에서부터 에서는 에서도 에서의 에게서 으로는 으로도 으로서 으로써 이라는 이라고 이라면 이라서 이지만 입니다 이에요 까지는 까지도 부터는 보다는 처럼 만큼 에서 에게 한테 으로 로는 로도 로서 로써 라는 라고 라면 와는 과는 와도 과도 에는 에도 이나 이랑 이며 이고 이다 이자 이든 이란 까지 부터 보다 마다 조차 마저 밖에 하고 하는 하며 하여 해서 했다 했고 했던 하던 되는 되어 됐다 된 한 은 는 이 가 을 를 의 에 로 와 과 도 만 나 랑 란 며 고 야 여'.split(
    ' ',
  ),
];

/** The names a Hangul word may stand for with its particle or ending left off ("색보정은" → 색보정; "프록시들을" → 프록시). */
function hangulStems(word: string): string[] {
  if (!HANGUL_RE.test(word[word.length - 1] ?? '')) return [];
  const out: string[] = [];
  for (const p of PARTICLES) {
    if (word.length > p.length && word.endsWith(p)) {
      let stem = word.slice(0, -p.length);
      out.push(stem);
      if (stem.length > 1 && stem.endsWith('들')) out.push((stem = stem.slice(0, -1)));
    }
  }
  if (word.length > 1 && word.endsWith('들')) out.push(word.slice(0, -1));
  // The longest name first: a particle is left off only when the word is not a name with it.
  return out.sort((a, b) => b.length - a.length);
}
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
  for (const m of text.matchAll(HANGUL_RE.test(text) ? WORD_KO_RE : WORD_RE)) out.push({ word: m[0], start: m.index!, end: m.index! + m[0].length });
  return out;
}

/**
 * Compiles the entries' names and aliases into a word trie, so finding mentions costs time
 * linear in the text's length whatever the number of terms.
 */
export function createMatcher(entries: readonly TermEntry[]) {
  return runToEnd(buildMatcher(entries));
}

/** @internal {@link createMatcher} as steps (see slices.ts), for a large glossary. */
export function* buildMatcher(entries: readonly TermEntry[]): Generator<void, ReturnType<typeof matcherOf>> {
  const root: Node = { next: new Map(), variants: [] };
  let step = 0;
  for (const e of entries) {
    if (++step % 64 === 0) yield;
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

  return matcherOf(root);
}

function matcherOf(root: Node) {
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
    const stems: (string[] | undefined)[] = new Array(n);
    const stemsOf = (j: number) => (stems[j] ??= hangulStems(tokens[j].word));

    // Acronyms and case-sensitive names must be written as in the name, bar a plural last word.
    const accepts = (v: Variant, i: number, plural: boolean, lastWord?: string) => {
      if (!v.exact) return true;
      const last = v.words.length - 1;
      for (let k = 0; k <= last; k++) {
        const actual = k === last && lastWord !== undefined ? lastWord : tokens[i + k].word;
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
      /** Where the name ends in its last word (short of the word's end when a Korean particle follows it). */
      let lastEnd = 0;
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
        let end = tokens[j].end;
        // A Hangul word may be a name with a particle or ending written on ("색보정은").
        if (!found) {
          for (const stem of stemsOf(j)) {
            found = node.next.get(stem)?.variants.find((x) => accepts(x, i, false, stem));
            if (found) {
              end = tokens[j].start + stem.length;
              break;
            }
          }
        }
        if (found) {
          id = found.id;
          last = j;
          lastEnd = end;
        }
        if (!exactNode) break;
        node = exactNode;
      }
      if (!id) {
        i++;
        continue;
      }
      const start = tokens[i].start;
      const end = lastEnd;
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
