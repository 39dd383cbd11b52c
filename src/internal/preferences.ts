/**
 * The reader's choices, shared by every element of the page (and by every copy of the library on
 * it): previews on or off, and the terms read (for `mark-read`). Kept in localStorage, else in the
 * session when localStorage is blocked or full (private windows, "block site data"), else for this
 * page only; nothing here ever throws. The page sets the rules on `<html>`, read live:
 *  - `data-no-glossary`: no previews at all on this page;
 *  - `data-glossary-previews="off"`: previews off unless the reader turned them on;
 *  - `data-glossary-storage="local" | "session" | "none"`: where choices may be kept (consent).
 */
import type { ReactiveControllerHost } from '@lit/reactive-element';

/** Where the reader's choices may be kept: `local` (default), `session` (this tab's session), `none` (this page only). */
export type GlossaryStorage = 'local' | 'session' | 'none';

const PREVIEWS = 'post-glossary:previews';
const READ = 'post-glossary:read';
/** The most read marks kept (the oldest go first). */
const MAX_READ = 500;

interface State {
  /** The storage rule the values below were read under (undefined: not read yet). */
  mode?: GlossaryStorage;
  /** The reader's own choice (undefined: none, the page's default applies). */
  choice?: boolean;
  read: string[];
  /** Set in this page view (written when storage becomes allowed). */
  choiceHere: boolean;
  readHere: boolean;
  listeners: Set<() => void>;
  watching: boolean;
}

const KEY = Symbol.for('post-glossary/preferences');
const state: State = ((globalThis as Record<symbol, State>)[KEY] ??= {
  read: [],
  choiceHere: false,
  readHere: false,
  listeners: new Set(),
  watching: false,
});

const root = () => (typeof document === 'undefined' ? null : document.documentElement);

function storageRule(): GlossaryStorage {
  const v = root()?.getAttribute('data-glossary-storage')?.trim().toLowerCase();
  return v === 'session' || v === 'none' ? v : 'local';
}

/** The storage areas a rule allows, best first; one that is blocked is skipped. */
function areas(mode: GlossaryStorage): Storage[] {
  const out: Storage[] = [];
  for (const name of mode === 'local' ? (['localStorage', 'sessionStorage'] as const) : mode === 'session' ? (['sessionStorage'] as const) : []) {
    try {
      const s = globalThis[name];
      if (s) out.push(s);
    } catch {
      /* SecurityError: blocked */
    }
  }
  return out;
}

function readItem(mode: GlossaryStorage, key: string): string | null {
  for (const s of areas(mode)) {
    try {
      const v = s.getItem(key);
      if (v != null) return v;
    } catch {
      /* blocked */
    }
  }
  return null;
}

/** Writes (or removes, for null) in the best area that takes it, and removes it from the others. */
function writeItem(mode: GlossaryStorage, key: string, value: string | null): void {
  let done = value == null;
  for (const s of areas(mode)) {
    try {
      if (!done && value != null) {
        s.setItem(key, value);
        done = true;
      } else s.removeItem(key);
    } catch {
      /* full or blocked: the next area */
    }
  }
}

function parseRead(text: string | null): string[] {
  try {
    const v: unknown = text ? JSON.parse(text) : [];
    return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string').slice(-MAX_READ) : [];
  } catch {
    return [];
  }
}

/** Brings the values up to date with the storage rule (reading storage once per rule). */
function load(): State {
  const mode = storageRule();
  if (state.mode === mode) return state;
  const first = state.mode === undefined;
  state.mode = mode;
  watch();
  if (mode === 'none') return state;
  // Choices made in this page view before storage was allowed are kept now that it is.
  if (state.choiceHere) writeItem(mode, PREVIEWS, state.choice === undefined ? null : state.choice ? 'on' : 'off');
  else {
    const stored = readItem(mode, PREVIEWS);
    state.choice = stored === 'off' ? false : stored === 'on' ? true : undefined;
  }
  const stored = parseRead(readItem(mode, READ));
  if (state.readHere) {
    state.read = [...new Set([...stored, ...state.read])].slice(-MAX_READ);
    writeItem(mode, READ, state.read.length ? JSON.stringify(state.read) : null);
  } else state.read = stored;
  if (!first) notify();
  return state;
}

function notify(): void {
  for (const f of [...state.listeners]) {
    try {
      f();
    } catch (e) {
      // One copy's listener failing must not stop the others.
      queueMicrotask(() => {
        throw e;
      });
    }
  }
}

/**
 * Follows the page's rules on `<html>` (a consent banner may allow storage later, a page may opt
 * out) and the reader's choices made in another tab, once per page.
 */
function watch(): void {
  if (state.watching || typeof window === 'undefined') return;
  state.watching = true;
  const html = root();
  if (html && typeof MutationObserver !== 'undefined') {
    new MutationObserver(() => {
      if (state.mode !== storageRule()) load();
      notify();
    }).observe(html, { attributes: true, attributeFilter: ['data-no-glossary', 'data-glossary-previews', 'data-glossary-storage'] });
  }
  window.addEventListener('storage', (e) => {
    if (e.key !== null && e.key !== PREVIEWS && e.key !== READ) return;
    state.mode = undefined;
    state.choiceHere = state.readHere = false;
    load();
    notify();
  });
}

/** Detail of `post-glossary-preferences`. */
export interface PostGlossaryPreferencesDetail {
  /** Whether previews are on now. */
  previews: boolean;
}

/** Tells the page the reader turned previews on or off (from `target`, where they did it). */
export function announcePreferences(target: EventTarget, previews: boolean): void {
  target.dispatchEvent(new CustomEvent<PostGlossaryPreferencesDetail>('post-glossary-preferences', { detail: { previews }, bubbles: true, composed: true }));
}

/** The connected elements of this copy that follow the preferences: one listener for them all (a page of a thousand terms adds one). */
const followers = new Set<{ requestUpdate(): void }>();

/** Renders `host` again whenever the preferences change (here, in another tab or through the page's rules); `false`: no more (it left the page). */
export function followPreferences(host: { requestUpdate(): void }, on = true): void {
  if (!on) return void followers.delete(host);
  followers.add(host);
  if (state.listeners.has(renderFollowers)) return;
  load();
  state.listeners.add(renderFollowers);
}

function renderFollowers() {
  for (const h of followers) h.requestUpdate();
}

/** Adds the controller that follows the preferences (`followPreferences`) while `host` is connected. */
export const preferencesController = (host: ReactiveControllerHost): void =>
  host.addController({ hostConnected: () => followPreferences(host), hostDisconnected: () => followPreferences(host, false) });

/** Whether the page opted out of previews altogether (`data-no-glossary` on `<html>`). */
export const pageOptedOut = (): boolean => !!root()?.hasAttribute('data-no-glossary');

/**
 * The reader's preferences for the glossary on this site, shared by every element of the page.
 * Nothing here throws, whatever the browser allows.
 */
export const glossaryPreferences = {
  /**
   * Whether terms show their definition card. False when the page has `data-no-glossary` on
   * `<html>`; otherwise the reader's choice, else the page's default (`data-glossary-previews="off"`
   * on `<html>`), else true. Setting it records the reader's choice (stored as `storage` allows)
   * and updates every term on the page.
   */
  get previews(): boolean {
    if (pageOptedOut()) return false;
    const choice = load().choice;
    return choice ?? root()?.getAttribute('data-glossary-previews')?.trim().toLowerCase() !== 'off';
  },
  set previews(on: boolean) {
    const s = load();
    s.choice = !!on;
    s.choiceHere = true;
    writeItem(s.mode!, PREVIEWS, on ? 'on' : 'off');
    notify();
  },

  /**
   * Where choices are kept: `local` (across visits, the default), `session` (until the browser
   * session ends) or `none` (this page only). It is `<html data-glossary-storage>`, which a page
   * may also set in its markup (before consent) and change later.
   */
  get storage(): GlossaryStorage {
    return storageRule();
  },
  set storage(mode: GlossaryStorage) {
    const html = root();
    if (!html) return;
    if (mode === 'local' || mode === 'session' || mode === 'none') html.setAttribute('data-glossary-storage', mode);
    else console.warn(`post-glossary: storage must be "local", "session" or "none", not ${String(mode)}`);
    load();
  },

  /** Whether the reader read this entry (its card stayed open past the threshold) where `mark-read` is on. */
  isRead(id: string): boolean {
    return load().read.includes(id);
  },

  /** @internal Records an entry as read (by a term with `mark-read`). */
  markRead(id: string): void {
    const s = load();
    if (s.read.includes(id)) return;
    s.read = [...s.read, id].slice(-MAX_READ);
    s.readHere = true;
    writeItem(s.mode!, READ, JSON.stringify(s.read));
  },

  /** Forgets the terms read: every term on the page shows unread at once. */
  clearRead(): void {
    const s = load();
    s.read = [];
    s.readHere = false;
    // Removal is always allowed, whatever the storage rule: from both areas.
    writeItem('local', READ, null);
    notify();
  },

  /** Forgets everything stored (the previews choice and the terms read), as when a reader withdraws consent. */
  forget(): void {
    const s = load();
    s.choice = undefined;
    s.choiceHere = false;
    writeItem('local', PREVIEWS, null);
    this.clearRead();
  },
};

export type GlossaryPreferencesApi = typeof glossaryPreferences;
