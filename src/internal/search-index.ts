import type { Glossary } from '../core/glossary.js';
import { createSearchIndex, type SearchIndex } from '../core/search.js';
import { prepareWhenIdle } from './prepare-index.js';

/**
 * The search index as an element uses it. Core lets an engine failure through (so tests see it);
 * nothing may throw out of an element, so here a failure is a console.warn and no results. Its
 * definitions are indexed when the page is idle (core has no timers: prepareWhenIdle drives it).
 */
export function searchIndexFor(glossary: Glossary): SearchIndex {
  let index: SearchIndex;
  try {
    index = createSearchIndex(glossary);
  } catch (e) {
    warn(e);
    return NO_INDEX;
  }
  let safe = guarded.get(index);
  if (!safe) {
    const i = index;
    guarded.set(i, (safe = {
      search: (query, options) => attempt(() => i.search(query, options), []),
      suggest: (query, n, options) => i.suggest(query, n, options).catch((e) => (warn(e), [])),
      prepare: (deadline) => attempt(() => i.prepare(deadline), true),
    }));
    prepareWhenIdle(safe);
  }
  return safe;
}

const guarded = new WeakMap<SearchIndex, SearchIndex>();

const NO_INDEX: SearchIndex = { search: () => [], suggest: async () => [], prepare: () => true };

const warn = (e: unknown) => console.warn('<glossary-search>: the search failed, so no results are shown.', e);

function attempt<T>(fn: () => T, fallback: T): T {
  try {
    return fn();
  } catch (e) {
    warn(e);
    return fallback;
  }
}
