import { entryAddress, safeHref } from '../core/normalize.js';

/**
 * `safeHref` for the elements: `path` resolved against `base` (itself resolved against the page,
 * and kept only when safe), else against the page's base URL. The core never reads the page.
 */
export function pageHref(path: string, base?: string): string | undefined {
  const page = document.baseURI;
  const from = base === undefined ? page : safeHref(base, page);
  return from ? safeHref(path, from) : undefined;
}

/** The link to entry `id` on the glossary page `page` (`page#id`, resolved as {@link pageHref}). */
export const entryHref = (page: string, id: string): string | undefined => pageHref(entryAddress(page, id));
