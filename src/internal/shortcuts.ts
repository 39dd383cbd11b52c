import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * The page-wide "/" and Ctrl+K / ⌘K shortcuts of search boxes: one document listener however
 * many boxes, and each key goes to the first connected box that asked for it (so only that box
 * announces it with `aria-keyshortcuts`).
 */

/** A keyboard shortcut a box can take: `/`, and Ctrl+K / ⌘K. */
export type ShortcutKey = 'slash' | 'ctrl-k';

/** A box with a `shortcut` attribute (see `<glossary-search shortcut>`). */
export interface ShortcutHost extends ReactiveControllerHost, HTMLElement {
  shortcut?: string | boolean;
}

/** The words of the `shortcut` attribute that ask for each key. */
const WORDS: Record<ShortcutKey, string[]> = { slash: ['slash', '/'], 'ctrl-k': ['ctrl-k', 'mod-k', 'ctrl+k'] };

/** Whether a `shortcut` value asks for `key`: bare (or `true`) means both, as before the list existed. */
export const asksFor = (value: unknown, key: ShortcutKey): boolean =>
  value === true ||
  value === '' ||
  (typeof value === 'string' &&
    value
      .toLowerCase()
      .split(/[\s,]+/)
      .some((t) => WORDS[key].includes(t)));

/** Connected boxes, first connected first. */
const boxes: ShortcutHost[] = [];
let listening = false;

/** The box a key focuses: the first connected one that asked for it. */
const targetOf = (key: ShortcutKey) => boxes.find((b) => asksFor(b.shortcut, key));

/** Which box shows what may have changed for every box. */
const refresh = (except?: ShortcutHost) => boxes.forEach((b) => b !== except && b.requestUpdate());

function onKeydown(e: KeyboardEvent) {
  if (e.defaultPrevented || e.isComposing || e.altKey) return;
  const mod = e.ctrlKey || e.metaKey;
  const slash = e.key === '/' && !mod;
  if (!slash && !(mod && !e.shiftKey && String(e.key).toLowerCase() === 'k')) return;
  // Someone typing in a field means "/" as a character.
  const t = e.composedPath()[0];
  if (slash && t instanceof HTMLElement && (t.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName))) return;
  const target = targetOf(slash ? 'slash' : 'ctrl-k');
  if (!target) return;
  e.preventDefault();
  target.focus();
}

/** Registers its host for the shortcuts its `shortcut` property asks for while it is connected. */
export class ShortcutController implements ReactiveController {
  #shortcut: unknown;
  #host: ShortcutHost;

  constructor(host: ShortcutHost) {
    (this.#host = host).addController(this);
  }

  /** The host's `aria-keyshortcuts`: the keys that focus it (empty when none does). */
  get keys(): string {
    return [targetOf('slash') === this.#host && '/', targetOf('ctrl-k') === this.#host && 'Control+K Meta+K'].filter(Boolean).join(' ');
  }

  hostConnected(): void {
    boxes.push(this.#host);
    if (!listening) document.addEventListener('keydown', onKeydown);
    listening = true;
    this.#shortcut = this.#host.shortcut;
    refresh();
  }

  hostDisconnected(): void {
    const i = boxes.indexOf(this.#host);
    if (i >= 0) boxes.splice(i, 1);
    refresh();
  }

  hostUpdated(): void {
    if (this.#host.shortcut === this.#shortcut) return;
    this.#shortcut = this.#host.shortcut;
    refresh(this.#host);
  }
}
