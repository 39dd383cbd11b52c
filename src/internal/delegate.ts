/**
 * One set of listeners on the document serves every instance of an element, instead of a set per
 * element: a page may hold a thousand terms. Events from inside a shadow root reach the document
 * retargeted to its host, and pointerover/pointerout fire there only when the pointer crosses the
 * host's boundary (a popover inside it included), which is exactly enter/leave for the host.
 * Returns the installer: call it from each constructor; it listens once.
 */
export function delegator<T extends EventTarget & { handle(e: Event): void }>(is: (n: EventTarget) => n is T, types: readonly string[]): () => void {
  let installed = false;
  return () => {
    if (installed || typeof document === 'undefined') return;
    installed = true;
    const route = (e: Event) => e.composedPath().find(is)?.handle(e);
    for (const type of types) document.addEventListener(type, route, { capture: true });
  };
}
