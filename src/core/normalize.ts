/** The text with its accents and other combining marks removed ("Café" → "Cafe"). */
const withoutAccents = (text: string) => text.normalize('NFKD').replace(/\p{M}+/gu, '');

/**
 * Lookup key for a name: case-, accent-, space- and punctuation-insensitive, so "rec 709",
 * "Rec.709" and "REC-709" share a key. "+" is kept as "plus" so HDR10+ stays apart from HDR10.
 */
export function lookupKey(text: string): string {
  return withoutAccents(text)
    .toLowerCase()
    .replace(/\+/g, 'plus')
    .replace(/[^\p{L}\p{N}]+/gu, '');
}

/** Collapses runs of white space to one space and trims. */
export function normalizeSpace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * Singular candidates for a plural word, most likely first: "proxies" → "proxy", "LUTs" → "LUT",
 * "boxes" → "box". Returns [] for a word that does not look plural.
 */
export function singularForms(word: string): string[] {
  const out: string[] = [];
  if (word.length < 3) return out;
  if (/ies$/i.test(word)) out.push(word.slice(0, -3) + (word.endsWith('IES') ? 'Y' : 'y'));
  if (/(?:s|x|z|ch|sh)es$/i.test(word)) out.push(word.slice(0, -2));
  if (/s$/.test(word) && !/ss$/i.test(word)) out.push(word.slice(0, -1));
  else if (/S$/.test(word) && /[A-Z]S$/.test(word)) out.push(word.slice(0, -1));
  return out;
}

/** The A–Z index letter a name is filed under: its first Latin letter, accents folded, or "#" when it has none. */
export function indexLetter(term: string): string {
  const m = /[a-z]/i.exec(withoutAccents(term));
  return m ? m[0].toUpperCase() : '#';
}

/** Sorts names the way a reader expects an A–Z list: case-insensitive, numbers by value (Rec.709 before Rec.2020). */
export const termCollator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

/** The 26 letters of the index, A to Z. */
export const LETTERS: readonly string[] = Array.from({ length: 26 }, (_, i) => String.fromCharCode(65 + i));

/**
 * A safe href for a "learn more" path: resolved against `base` when relative; only http(s) and
 * site-relative results survive, so `javascript:` and `data:` never become links.
 */
export function safeHref(path: string, base?: string): string | undefined {
  try {
    const origin = typeof location !== 'undefined' ? location.href : 'https://example.invalid/';
    const url = new URL(path, base ? new URL(base, origin) : origin);
    return /^https?:$/.test(url.protocol) ? url.href : undefined;
  } catch {
    return undefined;
  }
}
