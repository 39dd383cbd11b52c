// The reader's latest input, page-wide: a deep link honoured late moves focus only if the reader
// has not pressed or typed since, and focus is kept in view only when a key moved it.

let count = 0;
let key = false;
if (typeof document !== 'undefined') {
  for (const type of ['pointerdown', 'keydown'])
    document.addEventListener(
      type,
      () => {
        count++;
        key = type === 'keydown';
      },
      { capture: true, passive: true },
    );
}

/** Presses and key strokes so far. */
export const readerInputs = (): number => count;
/** Whether the reader's last input was a key (focus moved by keyboard). */
export const lastInputWasKey = (): boolean => key;
