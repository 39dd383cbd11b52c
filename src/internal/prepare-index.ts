import type { SearchIndex } from '../core/search.js';

/** Longest one step of the definition index may run, in ms. */
const SLICE_MS = 8;

const preparing = new WeakSet<SearchIndex>();

/** A search index failure, which core lets through: one console.warn, and `fallback` instead. */
export function warnSearchFailed<T>(error: unknown, fallback: T): T {
  console.warn('<glossary-search>: the search failed;', error);
  return fallback;
}

/**
 * Builds a search index's definition index in the background (core has no timers: the element
 * drives it): the first step when the page is idle (requestIdleCallback, which Chromium calls once
 * per idle period of up to 50 ms), the next ones at once, each a task of its own and at most
 * 8 ms, so that input and frames still get in between. Once per index, however many boxes share it.
 */
export function prepareWhenIdle(index: SearchIndex): void {
  if (preparing.has(index)) return;
  preparing.add(index);
  const step = () => {
    const until = performance.now() + SLICE_MS;
    try {
      if (!index.prepare({ timeRemaining: () => until - performance.now() })) setTimeout(step);
    } catch (e) {
      warnSearchFailed(e, 0);
    }
  };
  if (typeof requestIdleCallback === 'function') requestIdleCallback(step, { timeout: 300 });
  else setTimeout(step);
}

/** Lets input and rendering in between two slices of background work (`SuggestOptions.pause`). */
export const yieldToPage = (): Promise<void> => {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  return scheduler?.yield ? scheduler.yield() : new Promise((resolve) => setTimeout(resolve));
};
