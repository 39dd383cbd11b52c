import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Script per later task, in milliseconds: chunk sizes adapt to the device to stay near it. Style,
 * layout and GC come on top, and a busy machine stretches it: half of the 50 ms long-task line.
 */
const CHUNK_MS = 12;
/** Most entries one later task renders, whatever the device. */
const MAX_CHUNK = 300;
/** Entries removed per task before a change that replaces what is rendered (removing ten thousand entries' markup at once is a long task of its own). */
const TRIM_STEP = 500;

/**
 * Renders a long list a chunk per task, so input and paint get in between: `budget` items in
 * turn, plus items of a group rendered out of turn (`force`: a jump renders the start of its
 * group first). Chunk sizes are timed (the update runs at once) to take about CHUNK_MS each.
 */
export class ChunkedRenderController implements ReactiveController {
  /** Items rendered in turn so far. */
  budget: number;
  /** Groups rendered out of turn: group → items to show. */
  readonly forced = new Map<string, number>();
  #chunk = 100;
  #chunkTimer?: ReturnType<typeof setTimeout>;
  #trimStep = TRIM_STEP;
  #trimTimer?: ReturnType<typeof setTimeout>;

  constructor(
    private host: ReactiveControllerHost,
    first: number,
    /** Runs the host's update now (requestUpdate + performUpdate). */
    private run: () => void,
  ) {
    this.budget = first;
    host.addController(this);
  }

  hostDisconnected() {
    clearTimeout(this.#chunkTimer);
  }

  /** Starts over with `budget` items in turn and nothing out of turn. */
  reset(budget: number) {
    this.budget = budget;
    this.forced.clear();
  }

  /** At least `count` items of `group` (out of turn if need be). */
  force(group: string, count: number) {
    if ((this.forced.get(group) ?? 0) >= count) return;
    this.forced.set(group, count);
    this.host.requestUpdate();
  }

  /** After an update: the next chunk in a task of its own when `more` is left, else nothing. */
  next(more: boolean) {
    clearTimeout(this.#chunkTimer);
    if (!more) return;
    this.#chunkTimer = setTimeout(() => {
      this.budget += this.#chunk;
      this.#shift(this.#chunk);
      this.#chunk = this.#timed(this.#chunk, 25, MAX_CHUNK);
    }, 0);
  }

  /** Everything at once (printing before every chunk has arrived). */
  renderAll(total: number) {
    if (this.budget >= total) return;
    this.budget = total;
    this.run();
  }

  /**
   * Before a change that replaces what is rendered: removes it from the end, a timed step per
   * task, until `shown()` is at most TRIM_STEP (never below `floor` in turn), then calls `done`
   * in that task. With few rendered, `done` runs at once; else the first step waits for a task
   * of its own (the update requested now shows the reader's choice first).
   */
  trim(shown: () => number, floor: number, done: () => void) {
    clearTimeout(this.#trimTimer);
    if (shown() <= TRIM_STEP) return done();
    const step = () => {
      const n = shown();
      if (n <= TRIM_STEP) return done();
      const size = this.#trimStep;
      this.budget = Math.max(floor, Math.min(this.budget, n) - size);
      this.#shift(-size);
      this.#trimStep = this.#timed(size, TRIM_STEP / 2, 4 * TRIM_STEP);
      this.#trimTimer = setTimeout(step, 0);
    };
    this.host.requestUpdate();
    this.#trimTimer = setTimeout(step, 0);
  }

  /** Stops a trim under way. */
  stopTrim() {
    clearTimeout(this.#trimTimer);
  }

  /** Adds `delta` to every group rendered out of turn. */
  #shift(delta: number) {
    for (const [group, n] of this.forced) this.forced.set(group, Math.max(0, n + delta));
  }

  /** Runs the update for a step of `size` items, timed: the size of a step that would take CHUNK_MS (within min and max). */
  #timed(size: number, min: number, max: number): number {
    const start = performance.now();
    this.run();
    const took = Math.max(1, performance.now() - start);
    return Math.round(Math.min(max, Math.max(min, (size * CHUNK_MS) / took)));
  }
}
