/** The text with its accents and other combining marks removed ("Café" → "Cafe"); Hangul syllables stay whole (NFC). */
const withoutAccents = (text: string) =>
  text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .normalize('NFC');

/**
 * Folding, the one rule that makes names and queries comparable: lower case, accents removed
 * (Hangul syllables, which NFKD splits into jamo, put back together: a typo is then a whole
 * syllable), "+" as "plus"; spaces and punctuation kept. Lookups and search both use it. `ascii`:
 * the caller has checked that the text is ASCII, which has no accents (search's hot paths).
 */
export const fold = (text: string, ascii?: boolean): string => (ascii ? text : withoutAccents(text)).toLowerCase().replace(/\+/g, 'plus');

/**
 * Lookup key for a name: case-, accent-, space- and punctuation-insensitive, so "rec 709",
 * "Rec.709" and "REC-709" share a key. "+" is kept as "plus" so HDR10+ stays apart from HDR10.
 */
export function lookupKey(text: string, ascii?: boolean): string {
  return fold(text, ascii).replace(/[^\p{L}\p{N}]+/gu, '');
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

/** The index group of names with no Latin letter ("색보정", "🎬", "2-3"): listed after Z. */
export const OTHER_LETTER = '#';

/** The A–Z index letter a name is filed under: its first Latin letter, accents folded, or {@link OTHER_LETTER} ("#") when it has none. */
export function indexLetter(term: string): string {
  const m = /[a-z]/i.exec(withoutAccents(term));
  return m ? m[0].toUpperCase() : OTHER_LETTER;
}

/** Sorts names the way a reader expects an A–Z list: case-insensitive, numbers by value (Rec.709 before Rec.2020). */
export const termCollator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

/**
 * Sorts the names of the "#" group: Korean collation, so Hangul names come in the order of the
 * Korean alphabet (numbers by value, symbols and digits first).
 */
export const otherCollator = new Intl.Collator('ko', { sensitivity: 'base', numeric: true });

/** A letter group's anchor id, shared by `<glossary-index>` and the static renderer: `letter-a` … `letter-z`, `letter-other` (ids no entry may take). */
export const letterSectionId = (letter: string): string => (letter === OTHER_LETTER ? 'letter-other' : `letter-${letter.toLowerCase()}`);

/** The id an entry's term gives when none is written (the packed dataset leaves such ids out): lower case, each run of other characters a "-" ("Rec.709" → `rec-709`). */
export const idFromTerm = (term: string): string =>
  term
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

/** The address of an entry on a glossary page: the page without its fragment, then `#id`. */
export const entryAddress = (page: string, id: string): string => `${page.split('#')[0]}#${encodeURIComponent(id)}`;

/** The id of an entry's name element in the index (`lut--name`): no valid entry id can take it. */
export const entryNameId = (id: string): string => `${id}--name`;

/** The 26 letters of the index, A to Z (the "#" group, {@link OTHER_LETTER}, follows them). */
export const LETTERS: readonly string[] = Array.from({ length: 26 }, (_, i) => String.fromCharCode(65 + i));

/** Where relative paths are resolved when no base is given: never a real origin, only for checking. */
const NO_BASE = 'https://post-glossary.invalid/_/';

/**
 * A safe href for a link path, or undefined. An absolute http(s) URL written as such
 * (`https://…`) is kept as it is. Anything else is resolved against `base` (an absolute URL) and
 * kept only when it stays on the base's origin, so `javascript:`, `data:` and paths that only look
 * site-relative (`//evil.example`, `/\evil.example`, `/<tab>/evil.example`) never become links
 * elsewhere. Without a base, a path that stays relative is returned as written (`/guides/x`,
 * `../x`), to be resolved against the page by whoever uses it. Pure: never reads `location`; never throws.
 */
export function safeHref(path: unknown, base?: string): string | undefined {
  if (typeof path !== 'string') return undefined;
  try {
    const raw = path.trim();
    if (!raw) return undefined;
    // A string that parses without a base has a scheme: only http(s) spelt plainly is accepted.
    if (URL.canParse(raw)) {
      const url = new URL(raw);
      return /^https?:\/\//i.test(raw) && /^https?:$/.test(url.protocol) ? url.href : undefined;
    }
    const from = new URL(base ?? NO_BASE);
    if (!/^https?:$/.test(from.protocol)) return undefined;
    const url = new URL(raw, from);
    if (url.origin !== from.origin) return undefined;
    // Without a base the path is returned as written: having no scheme, it means the same against
    // any http(s) page, and it stayed on the (stand-in) origin.
    return base === undefined ? raw : url.href;
  } catch {
    return undefined;
  }
}
