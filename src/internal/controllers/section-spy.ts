import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * While the reader scrolls (once a frame): the current section is the last one (`.section`, its
 * key in `data-letter`) that starts above the sticky bar's foot plus a line or two.
 */
export class SectionSpyController implements ReactiveController {
  #frame = 0;

  constructor(
    private host: ReactiveControllerHost & HTMLElement,
    private bar: string,
    private onCurrent: (key: string | undefined) => void,
  ) {
    host.addController(this);
  }

  hostConnected() {
    addEventListener('scroll', this.#onScroll, { capture: true, passive: true });
  }

  hostDisconnected() {
    removeEventListener('scroll', this.#onScroll, { capture: true });
  }

  #onScroll = () => {
    if (this.#frame) return;
    this.#frame = requestAnimationFrame(() => {
      this.#frame = 0;
      const root = this.host.shadowRoot;
      const bar = root?.querySelector<HTMLElement>(this.bar);
      if (!root || !bar) return;
      const box = this.host.getBoundingClientRect();
      if (box.bottom < 0 || box.top > innerHeight) return;
      const line = Math.max(bar.getBoundingClientRect().bottom, 0) + 48;
      let current: string | undefined;
      for (const s of root.querySelectorAll<HTMLElement>('.section')) {
        if (s.getBoundingClientRect().top > line) break;
        current = s.dataset.letter;
      }
      this.onCurrent(current);
    });
  };
}
