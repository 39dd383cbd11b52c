/** A part of an element: a node, text (always a text node, never markup), or false/undefined for a part left out. */
export type Child = Node | string | false | undefined;

/** An element with attributes and children; text always goes in as text nodes, never as markup. */
export function el(tag: string, attrs: Record<string, string>, ...children: (Child | Child[])[]): HTMLElement {
  const e = document.createElement(tag);
  for (const k in attrs) e.setAttribute(k, attrs[k]);
  return append(e, children);
}

/** Appends the children that are there (false and undefined stand for a part left out). */
export function append<T extends ParentNode>(parent: T, children: (Child | Child[])[]): T {
  for (const c of children.flat()) if (c) parent.append(c);
  return parent;
}

/** Adds `sheet` to `scope`'s adopted sheets once; never throws (NotAllowedError: the sheet belongs to another document, as for a term moved into a picture-in-picture window). */
export function adopt(scope: Document | ShadowRoot, sheet: CSSStyleSheet): void {
  try {
    if (!scope.adoptedStyleSheets.includes(sheet)) scope.adoptedStyleSheets = [...scope.adoptedStyleSheets, sheet];
  } catch {
    /* see above */
  }
}
