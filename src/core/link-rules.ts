/**
 * Where glossary terms are never linked: the one list `<glossary-autolink>` (in the browser, on the
 * DOM) and `linkTerms` / the rehype plugin (at build time, on parsed HTML) both read, so an article
 * linked on the server and the same article linked in the browser get the same terms.
 *
 * A `<post-term>` is a focusable control with a popover, so it must never land where a control
 * cannot be: inside another control (a link, a button, a form field, an ARIA widget, a focusable
 * custom control, an editable region), in text that is not prose (code, headings, a document's
 * `<title>`, SVG and MathML text), or where a page opted out (`data-no-glossary`).
 *
 * Pure data and a predicate: no DOM, so it runs in Node too.
 */

/** Elements whose content is never linked (lower-case local names). */
export const NEVER_LINKED_TAGS: ReadonlySet<string> = new Set(
  [
    // Headings: a term in a heading is a control in the page outline.
    'h1 h2 h3 h4 h5 h6 hgroup',
    // Links and controls.
    'a button input textarea select option optgroup datalist label summary',
    // Code and machine text.
    'code pre kbd samp var',
    // Not rendered as prose, or raw text to the HTML parser.
    'script style template noscript title iframe noembed noframes xmp plaintext',
    // Foreign content: text in SVG (<title>, <text>) and MathML is not HTML prose.
    'svg math',
    // Terms already there (hand-written or linked before), and a nested auto-linker (it links its own).
    'post-term glossary-autolink',
  ]
    .join(' ')
    .split(' '),
);

/**
 * ARIA roles whose content is never linked: links, buttons and headings, every widget role (a
 * focusable term inside a tab, a menu item, an option, a checkbox, a grid cell … is a control
 * inside a control) and the composite widgets that own them (menu, listbox, tablist, tree, grid …).
 * `tabpanel`, `dialog`, `region` and other document-structure roles hold prose and are linked.
 */
export const NEVER_LINKED_ROLES: ReadonlySet<string> = new Set(
  (
    'button link heading ' +
    // Widgets.
    'checkbox combobox gridcell columnheader rowheader menuitem menuitemcheckbox menuitemradio option radio ' +
    'scrollbar searchbox slider spinbutton switch tab textbox treeitem ' +
    // Composite widgets.
    'grid listbox menu menubar radiogroup tablist tree treegrid'
  ).split(' '),
);

/** Reads an attribute of the element being tested: its value, `''` when present without one, else null/undefined. */
export type AttributeReader = (name: string) => string | null | undefined;

/**
 * Whether the content of an element is never linked.
 *
 * - its tag is in {@link NEVER_LINKED_TAGS};
 * - it has `data-no-glossary` or `contenteditable` (any value: an editor may switch it on);
 * - any token of its `role` is in {@link NEVER_LINKED_ROLES};
 * - it has a `tabindex` of 0 or more: a custom control in the tab order. `tabindex="-1"` alone is
 *   left out on purpose: it is how pages make a `<main>` or an article the target of a skip link or
 *   of an SPA's focus management, and those hold the prose to link.
 *
 * @param tag The element's local name (any case).
 * @param attr Reads one of its attributes.
 */
export function isNeverLinked(tag: string, attr: AttributeReader): boolean {
  if (NEVER_LINKED_TAGS.has(tag.toLowerCase())) return true;
  if (attr('data-no-glossary') != null || attr('contenteditable') != null) return true;
  const role = attr('role');
  if (
    role &&
    role
      .toLowerCase()
      .split(/\s+/)
      .some((r) => NEVER_LINKED_ROLES.has(r))
  )
    return true;
  const tabindex = attr('tabindex');
  return tabindex != null && Number.parseInt(tabindex.trim(), 10) >= 0;
}
