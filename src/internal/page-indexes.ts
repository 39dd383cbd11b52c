/** What a `<glossary-index>` on the page tells the other elements about itself. */
export interface PageIndex {
  /** Whether it shows this entry (it is within its `letters` and `categories`). */
  shows(id: string): boolean;
  /** Its `source-url` (made safe), the canonical glossary it is a part of. */
  sourceUrl(): string | undefined;
}

// One set per page, shared by every copy of the library (the CDN file next to the npm build).
const KEY = Symbol.for('post-glossary/page-indexes');
/** The connected `<glossary-index>` elements of the page. */
export const pageIndexes: Set<PageIndex> = ((globalThis as Record<symbol, Set<PageIndex>>)[KEY] ??= new Set());

const withoutHash = (url: { origin: string; pathname: string; search: string }) => url.origin + url.pathname + url.search;

/**
 * The glossary page a "Full entry" link to `id` should use. When `href` is this very page and the
 * page's index leaves the entry out (a partial embed: `letters`, `categories`), a link into the page
 * would land nowhere: the entry's source page (an index's `source-url`) is used instead, and
 * without one there is no link (undefined). Any other `href` is returned as it is.
 */
export function fullEntryPage(href: string | undefined, id: string): string | undefined {
  if (!href || pageIndexes.size === 0 || typeof location === 'undefined') return href;
  let url: URL;
  try {
    url = new URL(href, location.href);
  } catch {
    return href;
  }
  if (withoutHash(url) !== withoutHash(location)) return href;
  const indexes = [...pageIndexes];
  if (indexes.some((i) => i.shows(id))) return href;
  return indexes.map((i) => i.sourceUrl()).find(Boolean);
}
