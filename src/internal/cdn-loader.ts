/**
 * `dist/cdn/post-glossary.js`, the one-tag install: registers every element, but fetches an
 * element's code (`./post-term.js` …, and the chunks it shares with the others) only once the page
 * uses that tag. Nothing else is in this file: it is on every page, so it stays tiny.
 *
 * Where tags are found: the document when this runs, everything added to it later (a
 * MutationObserver), and open shadow roots, whether attached before this ran (found by walking the
 * tree), by another component later (`attachShadow` is wrapped to watch the roots it returns), or
 * declared in added markup (found with its host). Once every tag has been asked for, the
 * observers disconnect and the wrapper passes straight through. Closed shadow roots stay closed:
 * a component that puts our tags inside one imports the element files itself.
 *
 * A tag that is already defined (the npm build, or this file loaded twice) is left alone; the
 * element files guard their own registration the same way. Element files are fetched relative to
 * this file's own URL, whichever CDN or origin serves it.
 */
const TAGS = ['post-term', 'glossary-index', 'glossary-search', 'glossary-provider', 'glossary-autolink', 'glossary-preferences'];
/** Where the element files are: the folder of post-glossary.js. */
let here = '';
/** Tags not asked for yet. */
const waiting = new Set(TAGS);
const watched = new WeakSet<Node>();

/** Fetches the element's file once, unless the tag is taken (the autolink's <post-term>s at the same time). */
const load = (tag: string) => {
  // The browser's error names the file that could not be fetched.
  if (waiting.delete(tag) && !customElements.get(tag)) import(/* @vite-ignore */ `${here}${tag}.js`).catch(console.error);
  if (tag === TAGS[4]) load(TAGS[0]);
};

/** Loads the tags used in `node` and its subtree, and watches the open shadow roots in it. */
const scan = (node: Element) => {
  if (!waiting.size || !node.querySelectorAll) return;
  for (const el of [node, ...node.querySelectorAll('*')]) {
    load(el.localName);
    if (el.shadowRoot) watch(el.shadowRoot);
  }
};

/** Loads the tags in `root` now and in whatever is added to it later. */
const watch = (root: Document | ShadowRoot) => {
  if (!waiting.size || watched.has(root)) return;
  watched.add(root);
  const observer = new MutationObserver((records) => {
    if (!waiting.size) return observer.disconnect();
    for (const r of records) r.addedNodes.forEach(scan as (node: Node) => void);
  });
  observer.observe(root, { childList: true, subtree: true });
  scan(root as unknown as Element);
};

/**
 * Starts watching the page; `base` is the URL of post-glossary.js. (A function, so that this code
 * can live in the chunk every element file shares without running when one of those is loaded alone.)
 */
export function start(base: string): void {
  if (here) return;
  here = new URL('.', base).href;
  const attachShadow = Element.prototype.attachShadow;
  Element.prototype.attachShadow = function (this: Element, init: ShadowRootInit) {
    const root = attachShadow.call(this, init);
    if (init?.mode === 'open') watch(root);
    return root;
  };
  watch(document);
}
