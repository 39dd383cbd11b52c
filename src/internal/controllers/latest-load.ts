import type { ReactiveController, ReactiveControllerHost } from '@lit/reactive-element';

/**
 * The latest of a series of loads (what @lit/task does for a fetch, in a few lines rather than a
 * dependency in every bundle): starting one aborts the one before, whose result is then ignored;
 * the host disconnecting aborts the one running. `key` names the load running or done, so the
 * same request is not made twice; an aborted one is forgotten, so it is made again when asked.
 * `loading` names the load until it settles; `onLoading` hears each change of it.
 */
export class LatestLoad<K> implements ReactiveController {
  key?: K;
  loading?: K;
  #abort?: AbortController;
  #onLoading: () => void;

  constructor(host: ReactiveControllerHost, onLoading: () => void) {
    this.#onLoading = onLoading;
    host.addController(this);
  }

  /**
   * Runs `job` for `key` unless that load is running or done already (`force`: anyway). `job`
   * gets a signal that aborts when a newer load starts or the host disconnects, and `current()`,
   * true while its result may still apply. Settles when the job does (never rejects).
   */
  async run(key: K | undefined, job: (signal: AbortSignal, current: () => boolean) => Promise<void> | void, force = false): Promise<void> {
    if (key === this.key && !force) {
      if (key === undefined) this.setLoading(undefined);
      return;
    }
    this.abort();
    this.key = key;
    const abort = (this.#abort = new AbortController());
    this.setLoading(key);
    try {
      await job(abort.signal, () => this.key === key && !abort.signal.aborted);
    } catch {
      // (aborted: a newer load or a disconnect took over)
    } finally {
      if (this.#abort === abort) this.#abort = undefined;
      // Unless a newer load runs now.
      if (!this.#abort) this.setLoading(undefined);
    }
  }

  /** Says which load is running (before the first run too: the host knows a load is coming). */
  setLoading(key: K | undefined): void {
    if (this.loading === key) return;
    this.loading = key;
    this.#onLoading();
  }

  /** Aborts the running load, forgetting its key (so it runs again when asked). */
  abort(): void {
    if (!this.#abort) return;
    this.#abort.abort();
    this.#abort = undefined;
    this.key = undefined;
  }

  hostDisconnected(): void {
    this.abort();
  }
}
