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
  #host: HTMLElement;
  #o: DismissOptions;

  constructor(host: HTMLElement, options: DismissOptions) {
    this.#host = host;
    this.#o = options;
  }

  /** Starts (or stops) listening; repeated calls are free. */
  listen(on: boolean): void {
    if (!on) {
      this.#abort?.abort();
      this.#abort = undefined;
    }
    if (!on || this.#abort) return;
    const { signal } = (this.#abort = new AbortController());
    const o = this.#o;
    const outside = (e: Event) => !e.composedPath().includes(this.#host);
    // (Nothing here cancels an event: every listener is passive; none keeps a key from anyone.)
    const add = (target: EventTarget, type: string, f: (e: Event) => unknown) => target.addEventListener(type, f, { capture: true, passive: true, signal });
    add(document, 'pointerdown', (e) => {
      if (outside(e)) return o.dismiss();
      this.#pressInside = true;
      setTimeout(() => (this.#pressInside = false));
    });
    if (o.focus) add(document, 'focusin', (e) => outside(e) && !(this.#pressInside && (e.target as Node).contains?.(this.#host)) && o.dismiss());
    // Esc after the focused element and the page had their turn (bubbling): not if they took it.
    if (o.escape) document.addEventListener('keydown', (e) => e.key === 'Escape' && !e.defaultPrevented && o.dismiss(), { signal });
    add(window, 'scroll', () => o.place());
    add(window, 'resize', () => o.place());
  }
}
