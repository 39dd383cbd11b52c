/**
 * Sentences and short forms of a definition, for a card that shows the first sentence or two and
 * keeps the rest one step away. Pure text functions: the card, the accessible description and any
 * server may share them.
 */

// Where a sentence may end: . ! or ? (and closing quotes or brackets), white space, then what starts
// a sentence: a capital, a digit or a letter of a script without case (Korean, Japanese…).
const BREAK_RE = /[.!?]["'”’)\]]*(\s+)(?=["“'‘([]?[\p{Lu}\p{Lt}\p{Lo}\p{N}])/gu;
// A full stop that ends an abbreviation, not a sentence: "a.m.", "e.g.", "U.S.", "vs.", "Rec. 709".
const ABBREVIATION_RE = /(?:^|[\s("“'‘])(?:(?:\p{L}\.){2,}|(?:e\.g|i\.e|vs|etc|approx|incl|Mr|Mrs|Ms|Dr|St|No|Rec|Inc|Ltd|Co|Jr|Sr)\.)$/iu;

const wordCount = (text: string) => text.split(/\s+/).filter(Boolean).length;

/** The text's sentences, each with the white space after it: joined, they give back the text. */
export function sentences(text: string): string[] {
  const out: string[] = [];
  let start = 0;
  for (const m of text.matchAll(BREAK_RE)) {
    const stop = m.index! + m[0].length - m[1].length;
    if (ABBREVIATION_RE.test(text.slice(start, stop))) continue;
    out.push(text.slice(start, stop + m[1].length));
    start = stop + m[1].length;
  }
  if (start < text.length) out.push(text.slice(start));
  return out;
}

/** The first sentence, without the space after it. */
export const firstSentence = (text: string): string => (sentences(text)[0] ?? '').trimEnd();

/**
 * A definition's short form: whole sentences from the start, about `words` words (always at least
 * the first sentence, never cut inside one), and the rest, such that `short + rest` is the text.
 * A text not much longer than `words` is not split (`rest` is empty).
 */
export function summarize(text: string, words = 40): { short: string; rest: string } {
  if (wordCount(text) <= words + 10) return { short: text, rest: '' };
  let short = '';
  let count = 0;
  for (const s of sentences(text)) {
    const n = wordCount(s);
    if (short && count + n > words) break;
    short += s;
    count += n;
  }
  short = short.trimEnd();
  return { short, rest: text.slice(short.length) };
}
