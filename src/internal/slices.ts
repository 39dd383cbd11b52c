/**
 * Runs the core's step generators (src/core/slices.ts) a few milliseconds at a time with a task
 * boundary in between, so input and frames get in while tens of thousands of entries are
 * processed. Browser-side: core itself has no timers.
 */
import { buildGlossary, type Glossary } from '../core/glossary.js';
import { mergeSteps, type EntrySource, type MergeMode, type MergeResult } from '../core/merge.js';

/** Longest a slice of work runs before the page gets a turn, in ms. */
const SLICE_MS = 8;

let pauses = 0;

/**
 * Lets the page in: a new task, through a message (no 4 ms timer clamp; other tasks, input and
 * frames are not put behind it, unlike scheduler.yield(), which runs ahead of them). Every fourth
 * pause is a timer instead, so the page's own due timers run whatever order a browser picks
 * between its task queues.
 */
export function nextTask(): Promise<void> {
  if (typeof MessageChannel !== 'function' || ++pauses % 4 === 0) return new Promise((resolve) => setTimeout(resolve, 0));
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

/** Runs a build SLICE_MS at a time, a task boundary between slices. */
export async function runInSlices<T>(steps: Generator<void, T>): Promise<T> {
  for (;;) {
    const until = performance.now() + SLICE_MS;
    for (;;) {
      const r = steps.next();
      if (r.done) return r.value;
      if (performance.now() > until) break;
    }
    await nextTask();
  }
}

/**
 * `createGlossary` in slices: the same glossary, built a few milliseconds at a time with a task
 * boundary in between (input and frames get in), for tens of thousands of entries on a page.
 * Resolves with the glossary; never rejects.
 */
export function createGlossaryInSlices(input: unknown): Promise<Glossary> {
  return runInSlices(buildGlossary(input, true));
}

/**
 * `mergeEntries` in slices (see createGlossaryInSlices): for tens of thousands of entries, so
 * the page stays responsive while they are validated.
 */
export function mergeEntriesInSlices(base: readonly unknown[], sources: readonly EntrySource[], mode: MergeMode = 'extend'): Promise<MergeResult> {
  return runInSlices(mergeSteps(base, sources, mode, true));
}
