import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * An event for a search that found nothing, fired once the search settles (unchanged for a delay,
 * or `report()` on Enter or leaving the box): one typed word is one event, not one per keystroke.
 */
export class EmptyReport<T> implements ReactiveController {
  #detail?: T;
  #timer?: ReturnType<typeof setTimeout>;

  constructor(
    private readonly host: ReactiveControllerHost & EventTarget,
    private readonly type: string,
  ) {
    host.addController(this);
  }

  /** Fires the event with `detail` after `delay` ms, unless `report()` or `cancel()` comes first. */
  arm(detail: T, delay: number): void {
    this.cancel();
    this.#detail = detail;
    this.#timer = setTimeout(() => this.report(), delay);
  }

  /** Fires the armed event now, if it has not been. */
  report(): void {
    const detail = this.#detail;
    this.cancel();
    if (detail) this.host.dispatchEvent(new CustomEvent<T>(this.type, { detail, bubbles: true, composed: true }));
  }

  cancel(): void {
    clearTimeout(this.#timer);
    this.#detail = undefined;
  }

  hostDisconnected(): void {
    this.cancel();
  }
}
