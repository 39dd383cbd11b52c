import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { lastInputWasKey } from '../reader-input.js';

/**
 * Keeps a target in place while the content around it renders: entries off screen skip
 * rendering (content-visibility) and take their real height only as they are laid out, which
 * moves whatever was just scrolled to. WebKit has no scroll anchoring to hide it.
 */
export class ScrollCorrectionController implements ReactiveController {
  #run = 0;

  constructor(private host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  hostConnected() {
    this.host.addEventListener('focusin', this.#onFocusIn);
  }

  hostDisconnected() {
    this.host.removeEventListener('focusin', this.#onFocusIn);
  }

  /** Jumps to `target` at once (a letter jump must be immediate at any size), then corrects until it stays put (30 frames at most). */
  scrollTo(target: Element) {
    const run = ++this.#run;
    let stable = 0;
    const step = (frame: number) => {
      if (run !== this.#run || frame > 30) return;
      const before = target.getBoundingClientRect().top;
      target.scrollIntoView({ block: 'start' });
      const after = target.getBoundingClientRect().top;
      stable = Math.abs(after - before) < 1 ? stable + 1 : 0;
      if (stable < 3) requestAnimationFrame(() => step(frame + 1));
    };
    step(0);
  }

  /** A part keyboard focus reached stays in view (`nearest` honours scroll margins) until it has stayed put a few frames. */
  #onFocusIn = () => {
    const root = this.host.shadowRoot;
    const target = root?.activeElement;
    if (!(target instanceof HTMLElement) || !lastInputWasKey()) return;
    let frames = 0;
    let still = 0;
    let last = NaN;
    const keep = () => {
      if (root!.activeElement !== target || ++frames > 60) return;
      let r = target.getBoundingClientRect();
      if (r.top < 0 || r.bottom > innerHeight) {
        target.scrollIntoView({ block: 'nearest' });
        r = target.getBoundingClientRect();
      }
      still = Math.abs(r.top - last) < 1 ? still + 1 : 0;
      last = r.top;
      if (still < 3) requestAnimationFrame(keep);
    };
    requestAnimationFrame(keep);
  };
}
