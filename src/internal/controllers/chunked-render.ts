import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Work per later task, in milliseconds: chunk sizes adapt to the device to stay near it. */
const CHUNK_MS = 25;
/** Most entries one later task renders, whatever the device (style and layout come on top). */
const MAX_CHUNK = 1000;
/** Entries removed per task before a change that replaces what is rendered (removing ten thousand entries' markup at once is a long task of its own). */
const TRIM_STEP = 1000;

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
    host: ReactiveControllerHost,
    first: number,
    /** Runs the host's update now (requestUpdate + performUpdate). */
    private run: () => void,
    private request: () => void = () => host.requestUpdate(),
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
    this.request();
  }

  /** After an update: the next chunk in a task of its own when `more` is left, else nothing. */
  next(more: boolean) {
    clearTimeout(this.#chunkTimer);
    if (!more) return;
    this.#chunkTimer = setTimeout(() => {
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
   * Removes what is rendered from the end, a timed step per task, until `shown()` is at most
   * TRIM_STEP (never below `floor` in turn), then calls `done` in that task.
   */
  trim(shown: () => number, floor: number, done: () => void) {
    clearTimeout(this.#trimTimer);
    const n = shown();
    if (n <= TRIM_STEP) return done();
    const step = this.#trimStep;
    this.budget = Math.max(floor, Math.min(this.budget, n) - step);
    this.#trimStep = this.#timed(-step, TRIM_STEP / 2, 20 * TRIM_STEP);
    this.#trimTimer = setTimeout(() => this.trim(shown, floor, done), 0);
  }

  /** Stops a trim under way. */
  stopTrim() {
    clearTimeout(this.#trimTimer);
  }

  /** Adds `delta` to every group out of turn, runs the update timed: the size of a step that would take CHUNK_MS. */
  #timed(delta: number, min: number, max: number): number {
    if (delta > 0) this.budget += delta;
    for (const [group, n] of this.forced) this.forced.set(group, Math.max(0, n + delta));
    const start = performance.now();
    this.run();
    const took = Math.max(1, performance.now() - start);
    return Math.round(Math.min(max, Math.max(min, (Math.abs(delta) * CHUNK_MS) / took)));
  }
}
