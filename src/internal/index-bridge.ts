/**
 * A search box's link to a `<glossary-index>` on the page: which index it drives, what that
 * index shows, and where a chosen entry goes. Duck-typed, so a search box does not load the index's code.
 */
import { entryHref } from './href.js';

/** What a `<glossary-index>` offers a search. */
export interface IndexLike extends HTMLElement {
  reveal(id: string): boolean;
  filterIds: string[] | null;
  filterQuery: string;
  suggestions: string[];
  /** How many entries it shows (its own category filter applied too). */
  readonly shownCount?: number;
}

/** The `<glossary-index>` with id `id`, else the first on the page; anything with a reveal() method. */
export function findIndex(host: HTMLElement, id?: string): IndexLike | undefined {
  const find = (root: Document | ShadowRoot) => (id ? root.getElementById?.(id) : root.querySelector?.('glossary-index'));
  const el = find(host.getRootNode() as ShadowRoot) ?? find(document);
  // A <glossary-index> not yet upgraded still counts: Lit keeps properties set before upgrade.
  return el && (typeof (el as IndexLike).reveal === 'function' || el.localName === 'glossary-index') ? (el as IndexLike) : undefined;
}

/** Shows `id` in `index`; false when it cannot (then the box routes the choice elsewhere). Never throws. */
export function revealIn(index: IndexLike | undefined, id: string): boolean {
  try {
    return !!index?.reveal(id);
  } catch {
    return false; // not an index after all
  }
}

/** Sets what an index shows (by default: everything); never throws. */
export function setFilter(index?: IndexLike, filterIds: string[] | null = null, filterQuery = '', suggestions: string[] = []) {
  try {
    if (index) Object.assign(index, { filterQuery, suggestions, filterIds });
  } catch {
    /* not an index after all */
  }
}

/** Takes the reader to entry `id`: in the index on this page (`indexId`, else the first), else on the glossary page; false when neither can (the box shows it itself). */
export function goToEntry(host: HTMLElement, indexId: string | undefined, glossaryHref: string | undefined, id: string): boolean {
  if (revealIn(findIndex(host, indexId), id)) return true;
  const url = glossaryHref && entryHref(glossaryHref, id);
  if (url) location.assign(url);
  return !!url;
}
