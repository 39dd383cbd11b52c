/**
 * Work done in steps: a build written as a generator that yields between steps runs either to
 * its end at once (here), or a few milliseconds at a time with a task boundary in between
 * (src/internal/slices.ts: core has no timers), so input and frames get in while tens of
 * thousands of entries are processed.
 */

/** Runs a build to its end at once. */
export function runToEnd<T>(steps: Generator<void, T>): T {
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}
