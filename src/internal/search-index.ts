import type { Glossary } from '../core/glossary.js';
import { createSearchIndex, type SearchIndex } from '../core/search.js';
import { prepareWhenIdle, warnSearchFailed } from './prepare-index.js';

/**
 * The search index as an element uses it: its definitions indexed when the page is idle (core has
 * no timers), and an engine failure, which core lets through so tests see it, turned into a
 * console.warn and no results: nothing throws out of an element.
 */
export function searchIndexFor(glossary: Glossary): Pick<SearchIndex, 'search' | 'suggest'> {
  const index = createSearchIndex(glossary);
  prepareWhenIdle(index);
  return {
    search(...args) {
      try {
        return index.search(...args);
      } catch (e) {
        return warnSearchFailed(e, []);
      }
    },
    suggest: (...args) => index.suggest(...args).catch((e) => warnSearchFailed(e, [])),
  };
}
