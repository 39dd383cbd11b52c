export interface DismissOptions {
  /** Closes what is open: a press outside, and with `escape`/`focus` Esc or focus moving outside. */
  dismiss(): void;
  /** Places the panel again: the page scrolled (anywhere) or the window resized. */
  place(): void;
  /** Esc anywhere on the page closes it (bubbling phase, unless someone prevented it). */
  escape?: boolean;
  /** Focus moving outside the host closes it. */
  focus?: boolean;
}

/**
 * The page-wide listeners of an open panel (a term's card; the search's list and card), on only
 * while it is open and removed together through one AbortController. One set per open panel:
 * a page of a thousand terms has at most one listening.
 */
export class Dismiss {
  #abort?: AbortController;
  /** A press inside is under way (it may focus a link around the host: not "focus leaving"). */
  #pressInside = false;

  constructor(
    readonly host: HTMLElement,
    readonly options: DismissOptions,
  ) {}

  /** Starts (or stops) listening; repeated calls are free. */
  listen(on: boolean): void {
    if (!on) {
      this.#abort?.abort();
      this.#abort = undefined;
      return;
    }
    if (this.#abort) return;
    const { signal } = (this.#abort = new AbortController());
    const o = this.options;
    const inside = (e: Event) => e.composedPath().includes(this.host);
    const place = () => o.place();
    document.addEventListener(
      'pointerdown',
      (e) => {
        if (!inside(e)) return o.dismiss();
        this.#pressInside = true;
        setTimeout(() => (this.#pressInside = false));
      },
      { capture: true, signal },
    );
    if (o.focus) {
      document.addEventListener(
        'focusin',
        (e) => {
          if (!inside(e) && !(this.#pressInside && (e.target as Node).contains?.(this.host))) o.dismiss();
        },
        { capture: true, signal },
      );
    }
    // Not stopped: a panel closing is no reason to keep the key from anyone.
    if (o.escape) document.addEventListener('keydown', (e) => e.key === 'Escape' && !e.defaultPrevented && o.dismiss(), { signal });
    window.addEventListener('scroll', place, { capture: true, passive: true, signal });
    window.addEventListener('resize', place, { signal });
  }
}
