/**
 * Folding: the one rule that makes names and queries comparable (case, accents, "+" as "plus",
 * punctuation and spaces dropped). Lookups key names with it and search folds every word with it.
 */

const ASCII_RE = /^[\x00-\x7f]*$/;
const NON_WORD_RE = /[^\p{L}\p{N}]+/gu;

/** The text with its accents and other combining marks removed ("Café" → "Cafe"); Hangul syllables stay whole (NFC). */
export const withoutAccents = (text: string): string => text.normalize('NFKD').replace(/\p{M}+/gu, '').normalize('NFC');

/**
 * Lower case, accents removed, "+" as "plus"; spaces and punctuation kept. Hangul syllables, which
 * NFKD splits into jamo, are put back together: a typo is then a whole syllable, never a jamo.
 */
export const fold = (text: string): string => (ASCII_RE.test(text) ? text : withoutAccents(text)).toLowerCase().replace(/\+/g, 'plus');

/**
 * Lookup key for a name: case-, accent-, space- and punctuation-insensitive, so "rec 709",
 * "Rec.709" and "REC-709" share a key. "+" is kept as "plus" so HDR10+ stays apart from HDR10.
 */
export function lookupKey(text: string): string {
  return fold(text).replace(NON_WORD_RE, '');
}

/** The folded words of a text ("Rec. 709" → rec, 709). */
export const foldWords = (text: string): string[] => fold(text).split(NON_WORD_RE).filter(Boolean);

/** A half-open UTF-16 range. */
export type Range = [number, number];

/** The folded letters of text[at, end), each with the UTF-16 range of the character it came from. */
export function foldChars(text: string, at = 0, end = text.length): [chars: string, ranges: Range[]] {
  let chars = '';
  const ranges: Range[] = [];
  for (const ch of text.slice(at, end)) {
    const f = lookupKey(ch);
    for (let k = 0; k < f.length; k++) ranges.push([at, at + ch.length]);
    chars += f;
    at += ch.length;
  }
  return [chars, ranges];
}
