import type { Element, ElementContent, Root, RootContent, Text } from 'hast';
import { isNeverLinked } from '../core/link-rules.js';
import type { Glossary } from '../core/glossary.js';
import { excludeIds, existingTermId, resolveGlossary } from './options.js';
import type { LinkTermsOptions } from './link-terms.js';

/** An MDX JSX element (`<Callout>`, `<div data-no-glossary>` in an .mdx file), as remark-mdx leaves it in hast. */
interface MdxJsxElement {
  type: 'mdxJsxFlowElement' | 'mdxJsxTextElement';
  name: string | null;
  attributes: { type: string; name?: string; value?: unknown }[];
  children: Node[];
}
type Node = Root | RootContent | ElementContent | MdxJsxElement;
type Parent = { children: Node[] };

// hast keeps attributes as properties: camelCase names, numbers, booleans and lists.
const PROPERTY: Record<string, string> = { 'data-no-glossary': 'dataNoGlossary', contenteditable: 'contentEditable', tabindex: 'tabIndex', role: 'role', term: 'term' };

function reader(node: Element | MdxJsxElement) {
  if (node.type === 'element') {
    const props = node.properties ?? {};
    return (name: string): string | null => {
      const v = props[PROPERTY[name] ?? name];
      if (v === undefined || v === null) return null;
      // contenteditable="false" is still contenteditable for the rules; other false booleans are absent.
      if (v === false) return name === 'contenteditable' ? 'false' : null;
      if (v === true) return '';
      return Array.isArray(v) ? v.join(' ') : String(v);
    };
  }
  return (name: string): string | null => {
    const a = node.attributes.find((x) => x.type === 'mdxJsxAttribute' && x.name?.toLowerCase() === name);
    if (!a) return null;
    return a.value === null || a.value === undefined ? '' : typeof a.value === 'string' ? a.value : '';
  };
}

const tagOf = (node: Node): string | undefined => (node.type === 'element' ? node.tagName : node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement' ? (node.name ?? '') : undefined);

const textContent = (node: Node): string => (node.type === 'text' ? node.value : 'children' in node ? (node.children as Node[]).map(textContent).join('') : '');

/**
 * Links a hast tree in place with the rules of `linkTerms` and `<glossary-autolink>` (see
 * `core/link-rules.ts`): each mention becomes a `<post-term term="id">` element.
 * @returns How many terms were linked.
 */
export function linkTermsInTree(tree: Root, options: LinkTermsOptions = {}, glossary: Glossary = resolveGlossary(options)): number {
  // Existing <post-term>s anywhere count as mentioned.
  const seen = new Set<string>();
  const texts: [Parent, Text][] = [];
  // A stack in document order (children pushed in reverse), not recursion: deep trees must not overflow.
  const stack: [Node, Parent | undefined, boolean][] = [[tree, undefined, false]];
  while (stack.length) {
    const [node, parent, skipped] = stack.pop()!;
    if (node.type === 'text') {
      if (!skipped) texts.push([parent!, node]);
      continue;
    }
    const tag = tagOf(node);
    let skip = skipped;
    if (tag !== undefined) {
      const attr = reader(node as Element | MdxJsxElement);
      if (tag.toLowerCase() === 'post-term') {
        const id = existingTermId(glossary, attr('term'), textContent(node));
        if (id) seen.add(id);
      }
      skip ||= isNeverLinked(tag, attr);
    }
    if (!('children' in node)) continue;
    const children = node.children as Node[];
    for (let i = children.length - 1; i >= 0; i--) stack.push([children[i], node as Parent, skip]);
  }

  const exclude = excludeIds(options.exclude);
  let linked = 0;
  for (const [parent, text] of texts) {
    const mentions = glossary.findMentions(text.value, { all: options.all, exclude, seen });
    if (!mentions.length) continue;
    const parts: ElementContent[] = [];
    let at = 0;
    for (const m of mentions) {
      if (m.start > at) parts.push({ type: 'text', value: text.value.slice(at, m.start) });
      const properties: Record<string, string> = { term: m.id };
      // Dashed keys: hast-util-to-html writes unknown properties as their own names.
      if (options.glossaryHref && typeof options.glossaryHref === 'string') properties['glossary-href'] = options.glossaryHref;
      if (options.linkBase && typeof options.linkBase === 'string') properties['link-base'] = options.linkBase;
      parts.push({ type: 'element', tagName: 'post-term', properties, children: [{ type: 'text', value: m.text }] });
      at = m.end;
      linked++;
    }
    if (at < text.value.length) parts.push({ type: 'text', value: text.value.slice(at) });
    const index = parent.children.indexOf(text);
    parent.children.splice(index, 1, ...(parts as Node[]));
  }
  return linked;
}

/**
 * `post-glossary/rehype`: a rehype plugin that links glossary terms in a unified pipeline (Astro,
 * Next.js MDX, Docusaurus, Eleventy with a unified renderer …), with the options and rules of
 * `linkTerms` and `<glossary-autolink>`. Operates on the tree; no HTML string round trip. HTML
 * written inside Markdown is seen as elements only after `rehype-raw`; without it, a raw
 * `<div data-no-glossary>` in Markdown cannot protect the Markdown inside it.
 *
 * ```js
 * import rehypePostGlossary from 'post-glossary/rehype';
 * unified().use(remarkParse).use(remarkRehype).use(rehypePostGlossary, { glossaryHref: '/glossary' }).use(rehypeStringify);
 * ```
 *
 * @param options See `LinkTermsOptions` in `post-glossary/html`.
 */
export default function rehypePostGlossary(options: LinkTermsOptions = {}) {
  const glossary = resolveGlossary(options ?? {});
  return (tree: Root): undefined => {
    linkTermsInTree(tree, options ?? {}, glossary);
  };
}
