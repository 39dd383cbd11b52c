import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Quiet time before the live region speaks, so a screen reader is not interrupted per keystroke. */
const ANNOUNCE_DELAY = 400;

/**
 * The text of a host's polite live region (`role="status"`): said once the reader pauses, only the
 * last of several, and clearing at once. The host renders `text`.
 */
export class Announcer implements ReactiveController {
  /** What the live region says now. */
  text = '';
  #timer?: ReturnType<typeof setTimeout>;
  #quiet = false;
  #host: ReactiveControllerHost;

  constructor(host: ReactiveControllerHost) {
    (this.#host = host).addController(this);
  }

  /** Says `text` after the pause ('' clears at once), unless `quietNext()` asked for silence. */
  say(text: string): void {
    clearTimeout(this.#timer);
    if (this.#quiet) text = '';
    this.#quiet = false;
    if (text) this.#timer = setTimeout(() => this.#set(text), ANNOUNCE_DELAY);
    else this.#set('');
  }

  /** The next `say()` is silent (a change the reader made and already knows about). */
  quietNext(): void {
    this.#quiet = true;
  }

  #set(text: string) {
    if (text === this.text) return;
    this.text = text;
    this.#host.requestUpdate();
  }

  hostDisconnected(): void {
    clearTimeout(this.#timer);
  }
}
