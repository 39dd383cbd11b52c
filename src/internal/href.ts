import { entryAddress, safeHref } from '../core/normalize.js';
import type { TermEntry } from '../core/types.js';

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

/** An entry's "learn more" links that resolve against `linkBase`; none without it (a dead link is worse than none). */
export function learnMoreLinks(entry: TermEntry, linkBase?: string): { label: string; href: string }[] {
  const out = [];
  for (const l of linkBase ? entry.links : []) {
    const href = pageHref(l.path, linkBase);
    if (href) out.push({ label: l.label, href });
  }
  return out;
}
