import { defaultTreeAdapter, parse, parseFragment, type DefaultTreeAdapterMap, type TreeAdapter } from 'parse5';
import { decodeHTML } from 'entities';
import { isNeverLinked } from '../core/link-rules.js';
import type { Mention } from '../core/mentions.js';
import { escapeAttribute, excludeIds, existingTermId, resolveGlossary, type GlossaryOptions } from './options.js';

type ParentNode = DefaultTreeAdapterMap['parentNode'];
type ChildNode = DefaultTreeAdapterMap['childNode'];
type Element = DefaultTreeAdapterMap['element'];
type TextNode = DefaultTreeAdapterMap['textNode'];

/** Options of {@link linkTerms} and of the rehype plugin. */
export interface LinkTermsOptions extends GlossaryOptions {
  /** Link every mention of a term, not only the first one in the document. Default false. */
  all?: boolean;
  /** Ids of entries never to link: a list, or a string as `<glossary-autolink exclude>` takes it (`"lut, cdl"`). */
  exclude?: Iterable<string> | string;
  /** Written on each `<post-term>` made as `glossary-href`: where the full glossary lives. */
  glossaryHref?: string;
  /** Written on each `<post-term>` made as `link-base`: base URL for "learn more" paths. */
  linkBase?: string;
}

/** The opening tag of a `<post-term>` for an entry, with the options' attributes. */
export function postTermStartTag(id: string, options: Pick<LinkTermsOptions, 'glossaryHref' | 'linkBase'>): string {
  let tag = `<post-term term="${escapeAttribute(id)}"`;
  if (options.glossaryHref && typeof options.glossaryHref === 'string') tag += ` glossary-href="${escapeAttribute(options.glossaryHref)}"`;
  if (options.linkBase && typeof options.linkBase === 'string') tag += ` link-base="${escapeAttribute(options.linkBase)}"`;
  return `${tag}>`;
}

/**
 * parse5's tree with the source locations linkTerms reads, and only those: text nodes' (elements
 * get none), and a text node's end moved in place as its text grows, where the default adapter
 * copies the location object for every run of characters. A fraction of the allocations, so the
 * garbage collector keeps the cost linear in the size of the page.
 */
const treeAdapter: TreeAdapter<DefaultTreeAdapterMap> = {
  ...defaultTreeAdapter,
  setNodeSourceCodeLocation(node, location) {
    if (node.nodeName === '#text') node.sourceCodeLocation = location;
  },
  updateNodeSourceCodeLocation(node, end) {
    if (node.sourceCodeLocation) Object.assign(node.sourceCodeLocation, end);
  },
};

const isElement = (n: ChildNode | ParentNode): n is Element => 'tagName' in n;
const attrOf = (el: Element) => (name: string) => el.attrs.find((a) => a.name === name && !a.prefix)?.value ?? null;
const textOf = (n: ParentNode): string => n.childNodes.map((c) => (c.nodeName === '#text' ? (c as TextNode).value : 'childNodes' in c ? textOf(c) : '')).join('');

// A whole document (its own <html>/<head>/<body>, or a doctype) is parsed as one; anything else is
// a fragment (an article body, a CMS field), parsed as the content of an element.
const DOCUMENT_RE = /^\uFEFF?\s*(?:<!--[\s\S]*?-->\s*)*<(?:!doctype|html|head|body)[\s/>]/i;

// A character reference as the tokenizer reads it in text: decoded with the same entity table.
const CHAR_REF_RE = /&(?:#[xX][0-9a-fA-F]+;?|#[0-9]+;?|[A-Za-z][A-Za-z0-9]*;?)/y;

/**
 * Maps a text node's value back to its source. parse5 reports where a text node starts and ends
 * in the source; in between, the value differs from the source where character references were
 * decoded (`&amp;`, `&nbsp;`), CR LF became LF, a NUL was dropped, or a stray tag the parser
 * ignored (`</span>` with no span open) sat between two runs of text it merged. Returns, for each
 * position of the value, the source offset where it starts (`-1` inside a decoded reference) and
 * ends (`-1` likewise), and where skipped source lies; or null when the source does not read as
 * the value (the node is then left alone).
 */
function align(source: string, from: number, to: number, value: string) {
  const n = value.length;
  const start = new Int32Array(n + 1).fill(-1);
  const end = new Int32Array(n + 1).fill(-1);
  const gap = new Uint8Array(n + 1);
  let i = from;
  let j = 0;
  end[0] = from;
  const atom = (srcLength: number, valueLength: number) => {
    start[j] = i;
    i += srcLength;
    j += valueLength;
    end[j] = i;
  };
  while (i < to && j <= n) {
    const c = source[i];
    const v = value[j];
    if (c === '&') {
      CHAR_REF_RE.lastIndex = i;
      const ref = CHAR_REF_RE.exec(source)?.[0];
      const decoded = ref && ref.length <= to - i ? decodeHTML(ref) : undefined;
      if (ref && decoded !== undefined && decoded !== ref && value.startsWith(decoded, j)) {
        atom(ref.length, decoded.length);
        continue;
      }
    } else if (c === '\r') {
      if (v !== '\n') return null;
      atom(source[i + 1] === '\n' && i + 1 < to ? 2 : 1, 1);
      continue;
    } else if (c === '\0') {
      if (v === '\0' || v === '\uFFFD') atom(1, 1);
      else {
        i++;
        gap[j] = 1;
      }
      continue;
    } else if (c === '<' && v !== '<') {
      // A tag the parser dropped: skip it; no mention may span it.
      const close = source.indexOf('>', i);
      if (close < 0 || close >= to) return null;
      i = close + 1;
      gap[j] = 1;
      continue;
    }
    if (j >= n || c !== v) return null;
    atom(1, 1);
  }
  if (i !== to || j !== n) return null;
  return { start, end, gap };
}

interface Splice {
  at: number;
  to: number;
  id: string;
}

/**
 * Wraps mentions of glossary terms in an HTML string in `<post-term term="id">…</post-term>`, as
 * `<glossary-autolink>` does in the browser, with the same matcher and the same rules (first
 * mention of each term unless `all`; never in headings, links, controls, ARIA widgets, code,
 * `[data-no-glossary]`, existing `<post-term>`s … see `core/link-rules.ts`). Existing `<post-term>`s
 * count as mentioned, wherever they are.
 *
 * Every byte of the input other than the tags added is kept as it was: attributes, character
 * references, comments, white space, even markup errors. The input is parsed (parse5, as a
 * browser would) only to find the text and the elements around it; the `<post-term>` tags are then
 * inserted into the original string. A whole document (with a doctype, `<html>`, `<head>` or
 * `<body>`) or a fragment (an article's body) may be given.
 *
 * Runs in Node and in browsers; needs no DOM. Never throws for a string input.
 *
 * @param html The HTML to link.
 * @param options See {@link LinkTermsOptions}.
 * @returns The HTML with its mentions wrapped.
 */
export function linkTerms(html: string, options: LinkTermsOptions = {}): string {
  if (typeof html !== 'string') throw new TypeError(`post-glossary: linkTerms needs an HTML string, not ${html === null ? 'null' : typeof html}`);
  const glossary = resolveGlossary(options);
  const root: ParentNode = DOCUMENT_RE.test(html) ? parse(html, { sourceCodeLocationInfo: true, treeAdapter }) : parseFragment(html, { sourceCodeLocationInfo: true, treeAdapter });

  // Elements and text in document order (template contents are not walked: <template> is never
  // linked). A stack, not recursion: deeply nested markup must not overflow.
  const texts: TextNode[] = [];
  const seen = new Set<string>();
  const stack: [ChildNode[], number, boolean][] = [[root.childNodes, 0, false]];
  while (stack.length) {
    const top = stack[stack.length - 1];
    const [children, index, skipped] = top;
    if (index >= children.length) {
      stack.pop();
      continue;
    }
    top[1]++;
    const node = children[index];
    if (node.nodeName === '#text') {
      if (!skipped) texts.push(node as TextNode);
    } else if (isElement(node)) {
      // Terms already in the page count as mentioned (as the browser's auto-linker counts them).
      if (node.tagName === 'post-term') {
        const id = existingTermId(glossary, attrOf(node)('term'), textOf(node));
        if (id) seen.add(id);
      }
      stack.push([node.childNodes, 0, skipped || isNeverLinked(node.tagName, attrOf(node))]);
    }
  }

  const exclude = excludeIds(options.exclude);
  const splices: Splice[] = [];
  for (const text of texts) {
    const loc = text.sourceCodeLocation;
    if (!loc) continue;
    let mentions: Mention[] = glossary.findMentions(text.value, { all: options.all, exclude, seen });
    if (!mentions.length) continue;
    const map = align(html, loc.startOffset, loc.endOffset, text.value);
    for (let k = 0; k < mentions.length; k++) {
      const m = mentions[k];
      let ok = !!map && map.start[m.start] >= 0 && map.end[m.end] >= 0;
      for (let g = m.start + 1; ok && g < m.end; g++) if (map!.gap[g]) ok = false;
      if (ok) {
        splices.push({ at: map!.start[m.start], to: map!.end[m.end], id: m.id });
        continue;
      }
      // Cannot be wrapped (a tag the parser dropped sits inside it, or the source does not read as
      // the text): not mentioned after all, so a later mention of the term, here or further on, is linked.
      // (Without `all`, every id found in this text was new: found ids are never seen ones.)
      if (!options.all) for (const r of mentions.slice(k)) seen.delete(r.id);
      const rest = glossary.findMentions(text.value.slice(m.end), { all: options.all, exclude, seen });
      mentions = [...mentions.slice(0, k + 1), ...rest.map((r) => ({ ...r, start: r.start + m.end, end: r.end + m.end }))];
    }
  }
  if (!splices.length) return html;

  // Foster-parented text (text inside a <table>) sits earlier in the tree than in the source.
  splices.sort((a, b) => a.at - b.at);
  let out = '';
  let at = 0;
  for (const s of splices) {
    if (s.at < at) continue;
    out += html.slice(at, s.at) + postTermStartTag(s.id, options) + html.slice(s.at, s.to) + '</post-term>';
    at = s.to;
  }
  return out + html.slice(at);
}
