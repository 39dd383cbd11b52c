/**
 * The keyboard contract of a search box (WAI-ARIA APG combobox with listbox, or a plain searchbox
 * when it filters an index) as a pure function: a key and the box's state in, what to do out.
 * No DOM, so every rule is unit-tested in Node (test/node/combobox-keys.test.mjs).
 */

/** What the box is showing when a key is pressed. */
export interface ComboboxState {
  /** The list of options is open. */
  open: boolean;
  /** The highlighted option, -1 for none. */
  active: number;
  /** How many options are listed. */
  count: number;
  /** What is in the box. */
  value: string;
  /** A combobox with a list; false when the box filters an index instead. */
  combobox: boolean;
  /** A definition card is open. */
  card: boolean;
}

/** The parts of a keydown that matter. */
export interface KeyPress {
  key: string;
  altKey?: boolean;
  isComposing?: boolean;
  keyCode?: number;
}

/** What a key does; undefined: nothing (the browser's own handling goes ahead). */
export interface KeyOutcome {
  /** Call preventDefault(). */
  prevent?: boolean;
  /** Call stopPropagation() too (Escape, so a dialog around the box does not close as well). */
  stop?: boolean;
  /** Open or close the list. */
  expanded?: boolean;
  /** The option to highlight (-1: none). */
  active?: number;
  /** Report a search that found nothing now (Enter settles it). */
  settle?: boolean;
  /** `choose`: the highlighted option; `best`: the best match (filter mode); `clear` the box; `close-card`. */
  action?: 'choose' | 'best' | 'clear' | 'close-card';
}

export function comboboxKey(e: KeyPress, s: ComboboxState): KeyOutcome | undefined {
  if (e.isComposing || e.keyCode === 229) return; // an IME (Korean, Japanese…) is composing
  const { open, active, count: n } = s;
  const typed = s.value.trim() !== '';
  switch (e.key) {
    case 'ArrowDown':
    case 'ArrowUp': {
      if (!s.combobox || !typed) return;
      const down = e.key === 'ArrowDown';
      // Alt+Down opens the list without moving into it; on an open list it does nothing.
      if (open && e.altKey) return { prevent: true };
      if (!open) return { prevent: true, expanded: true, ...(!e.altKey && n ? { active: down ? 0 : n - 1 } : {}) };
      if (!n) return { prevent: true };
      return { prevent: true, active: down ? (active + 1) % n : active <= 0 ? n - 1 : active - 1 };
    }
    case 'ArrowLeft':
    case 'ArrowRight':
      // The caret moves in the text: the reader is back in the box, not on an option.
      return active >= 0 ? { active: -1 } : undefined;
    case 'Home':
    case 'End':
      if (!open || active < 0 || !n) return; // move the caret, as in any text box
      return { prevent: true, active: e.key === 'Home' ? 0 : n - 1 };
    case 'Enter':
      if (!typed) return;
      // Nothing highlighted: highlight the top result (a screen reader announces it); the next
      // Enter chooses it. Nothing is chosen that the reader has not heard.
      if (s.combobox && !(open && active >= 0)) return { prevent: true, settle: true, ...(n ? { expanded: true, active: 0 } : {}) };
      // Filter mode: Enter goes to the best match (the index shows the matches already).
      return { prevent: true, settle: true, action: s.combobox ? 'choose' : 'best' };
    case 'Escape': {
      // The first press closes the list, the next clears the box, the next closes the card.
      const done = { prevent: true, stop: true };
      if (open) return { ...done, expanded: false, active: -1 };
      if (s.value) return { ...done, action: 'clear' };
      if (s.card) return { ...done, action: 'close-card' };
      return;
    }
    case 'Tab':
      return { expanded: false };
  }
  return;
}
