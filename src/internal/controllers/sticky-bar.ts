import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Fits a sticky bar (the index's letter bar, `selector` in the host's shadow root) to the page:
 * its height goes to `--_letters-height` on its parent, so focusable parts keep that much room
 * above them (scroll-margin) and never land under it; and the parent gets the page's own
 * background in `--_page-bg` (the bar has none of its own; another colour would show as a strip).
 */
export class StickyBarController implements ReactiveController {
  #observer?: ResizeObserver;
  #scheme?: MediaQueryList;

  constructor(
    private host: ReactiveControllerHost & HTMLElement & { hasUpdated: boolean },
    private selector: string,
  ) {
    host.addController(this);
  }

  get #bar() {
    return this.host.shadowRoot?.querySelector<HTMLElement>(this.selector) ?? null;
  }

  hostConnected() {
    addEventListener('resize', this.measure);
    // A page that follows the reader's scheme changes its background with it.
    this.#scheme ??= matchMedia('(prefers-color-scheme: dark)');
    this.#scheme.addEventListener('change', this.matchPageBackground);
    if (this.host.hasUpdated) this.matchPageBackground();
  }

  hostDisconnected() {
    removeEventListener('resize', this.measure);
    this.#observer?.disconnect();
    this.#observer = undefined;
    this.#scheme?.removeEventListener('change', this.matchPageBackground);
  }

  hostUpdated() {
    const bar = this.#bar;
    if (!bar || this.#observer) return;
    // The first render: the background, and the height from now on (it follows wrapping, font size, zoom).
    this.matchPageBackground();
    if (typeof ResizeObserver === 'function') (this.#observer = new ResizeObserver(this.measure)).observe(bar);
  }

  /** The bar's height (0 where it does not stick, e.g. short windows; at most a third of the window). */
  measure = () => {
    const bar = this.#bar;
    if (!bar) return;
    const sticky = getComputedStyle(bar).position === 'sticky';
    bar.parentElement!.style.setProperty('--_letters-height', `${sticky ? Math.ceil(Math.min(bar.offsetHeight, innerHeight / 3)) : 0}px`);
  };

  /** The colour of the first ancestor that paints one (through shadow roots). */
  matchPageBackground = () => {
    const wrapper = this.#bar?.parentElement;
    if (!wrapper) return;
    let color = '';
    for (let n: Element | null | undefined = this.host.parentElement ?? (this.host.getRootNode() as ShadowRoot).host; n; n = n.parentElement ?? (n.getRootNode() as ShadowRoot).host) {
      const c = getComputedStyle(n).backgroundColor;
      if (c && c !== 'transparent' && !/[,/]\s*0(?:\.0*)?\s*\)$/.test(c)) {
        color = c;
        break;
      }
    }
    if (color) wrapper.style.setProperty('--_page-bg', color);
    else wrapper.style.removeProperty('--_page-bg');
  };
}
