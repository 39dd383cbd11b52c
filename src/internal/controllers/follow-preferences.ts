import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { onPreferencesChange } from '../preferences.js';

/**
 * Renders its host again whenever the reader's preferences change, wherever they were changed
 * (another element's switch, another tab), while it is connected.
 */
export class FollowPreferences implements ReactiveController {
  #unfollow?: () => void;
  #host: ReactiveControllerHost;

  constructor(host: ReactiveControllerHost) {
    (this.#host = host).addController(this);
  }

  hostConnected(): void {
    this.#unfollow = onPreferencesChange(() => this.#host.requestUpdate());
  }

  hostDisconnected(): void {
    this.#unfollow?.();
  }
}
