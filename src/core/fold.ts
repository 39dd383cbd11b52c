/**
 * Folded keys, words and letters for search, by the folding rule of normalize.ts (fold, lookupKey):
 * a text's key and words, and its letters with the range of the character each came from (highlighting).
 */
import { fold, lookupKey } from './normalize.js';

// Only ASCII (U+0000–U+007F): every character below U+0080.
const ASCII_RE = /^[^\u0080-\uffff]*$/;
const NON_WORD_RE = /[^\p{L}\p{N}]+/gu;

/** lookupKey(text), sparing ASCII text (most of it) the Unicode normalisation it does not need. */
export const foldKey = (text: string): string => lookupKey(text, ASCII_RE.test(text));

/** The folded words of a text ("Rec. 709" → rec, 709). */
export const foldWords = (text: string): string[] => fold(text, ASCII_RE.test(text)).split(NON_WORD_RE).filter(Boolean);

/** A half-open UTF-16 range. */
export type Range = [number, number];

/** The folded letters of text[at, end), each with the UTF-16 range of the character it came from. */
export function foldChars(text: string, at = 0, end = text.length): [chars: string, ranges: Range[]] {
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
