/**
 * Follows the author's text of many elements (a framework may rewrite it in place) with one
 * MutationObserver: unlike slotchange it sees edits of the text node itself. It observes an
 * element's parent (a paragraph of terms registers once, not once per term), or the element
 * itself when its parent is the body, the root or a shadow root, whose other changes are not worth
 * a record each. `changed` gets each element whose light DOM changed, once per batch.
 * Returns `observe(element)`.
 */
export function textObserver<T extends Node>(is: (n: Node) => n is T, changed: (el: T) => void): (el: T) => void {
  let observer: MutationObserver | undefined;
  const observed = new WeakSet<Node>();
  const onRecords = (records: MutationRecord[]) => {
    const hit = new Set<T>();
    for (const r of records) {
      // The element itself or a node inside its light DOM (others, around them, are skipped).
      let n: Node | null = r.target;
      while (n && !is(n)) n = n.parentNode;
      if (n) hit.add(n);
    }
    for (const el of hit) changed(el);
  };
  return (el) => {
    const parent = el.parentNode;
    const target = parent instanceof Element && parent !== document.body && parent !== document.documentElement ? parent : el;
    if (observed.has(target)) return;
    observed.add(target);
    (observer ??= new MutationObserver(onRecords)).observe(target, { childList: true, characterData: true, subtree: true });
  };
}
