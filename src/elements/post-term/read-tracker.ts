import { glossaryPreferences } from '../../internal/preferences.js';
import { dispatch, type PostTermReadDetail } from './events.js';

/** Entries whose post-term-read went out in this page view (once per term per page view). */
const readThisView = new Set<string>();

/**
 * Counts a card as read once it stayed open `readDelay` ms: `post-term-read` (once per entry per
 * page view) and, with read marks on, the mark that shows the term quieter on later pages.
 */
export class ReadTracker {
  #timer?: ReturnType<typeof setTimeout>;

  #host: HTMLElement & { open: boolean; readDelay: number };
  #marksRead: () => boolean;

  constructor(host: HTMLElement & { open: boolean; readDelay: number }, marksRead: () => boolean) {
    this.#host = host;
    this.#marksRead = marksRead;
  }

  /** Starts counting (again, for another entry shown in the card). */
  start(id: string): void {
    this.stop();
    this.#timer = setTimeout(() => {
      const host = this.#host;
      if (!host.open || !host.isConnected) return;
      if (this.#marksRead()) glossaryPreferences.markRead(id);
      if (readThisView.has(id)) return;
      readThisView.add(id);
      dispatch(host, 'post-term-read', { id } satisfies PostTermReadDetail);
    }, this.#host.readDelay);
  }

  stop(): void {
    clearTimeout(this.#timer);
  }
}
