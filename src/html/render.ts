import type { Glossary } from '../core/glossary.js';
import { definedTermSet, jsonLdText } from '../core/structured-data.js';
import { entryAddress, entryNameId, letterSectionId } from '../core/normalize.js';
import { CATEGORY_LABELS, type TermEntry } from '../core/types.js';
import { escapeAttribute as attr, escapeText as text, resolveGlossary, type GlossaryOptions } from './options.js';

/** Options of {@link renderGlossaryHtml}; the attributes of `<glossary-index>` by the same names. */
export interface RenderGlossaryOptions extends GlossaryOptions {
  /**
   * The address of the page the glossary is on (`https://example.com/glossary`): the JSON-LD
   * block names every entry by it (`…/glossary#lut`). Without it (or `sourceUrl`) no JSON-LD is written.
   */
  url?: string;
  /** Level of the letter headings (2–6); entries are one level below. Default 2, as `<glossary-index heading-level>`. */
  headingLevel?: number;
  /** Only these categories (`"color,vfx"` or a list), as `<glossary-index categories>`. */
  categories?: string | readonly string[];
  /** Base URL of the entries' "learn more" paths (absolute, or site-relative like `/`); without it they are left out. */
  linkBase?: string;
  /** The canonical glossary page: each entry links to its entry there, and a credit line names it. */
  sourceUrl?: string;
  /** Name in the credit line (default: the host name of `sourceUrl`); the JSON-LD set is named "<name> glossary". */
  sourceName?: string;
  /**
   * Wrap the static glossary in `<glossary-index>` (with the matching attributes), so the element
   * takes over where JavaScript runs and the static copy is what crawlers and readers without
   * JavaScript get. The JSON-LD block is then left out of the body: put {@link renderStructuredData}
   * in the page's `<head>`, where the element finds it and keeps it up to date. Default false.
   */
  element?: boolean;
  /** Write the JSON-LD block (default true; needs `url` or `sourceUrl`; never inside `element`). */
  structuredData?: boolean;
}

/** An href for static HTML: absolute when the base is, else site-relative; only http(s), and a relative path must stay on the base's site. */
function staticHref(path: string, base: string): string | undefined {
  try {
    const absolute = /^https?:\/\//i.test(path);
    const baseUrl = new URL(base, 'https://site.invalid/');
    const url = new URL(path, baseUrl);
    if (!/^https?:$/.test(url.protocol)) return undefined;
    if (!absolute && url.origin !== baseUrl.origin) return undefined;
    return absolute || /^https?:\/\//i.test(base) ? url.href : `${url.pathname}${url.search}${url.hash}`;
  } catch {
    return undefined;
  }
}

const absoluteHttp = (url: unknown) => {
  if (typeof url !== 'string' || !/^https?:\/\//i.test(url.trim())) return undefined;
  try {
    return new URL(url.trim()).href;
  } catch {
    return undefined;
  }
};

function scope(glossary: Glossary, categories: RenderGlossaryOptions['categories']) {
  const list = typeof categories === 'string' ? categories.split(/[\s,]+/) : Array.isArray(categories) ? categories : [];
  const wanted = new Set(list.filter(Boolean));
  return (e: TermEntry) => wanted.size === 0 || wanted.has(e.category);
}

/**
 * The DefinedTermSet JSON-LD block (`<script type="application/ld+json" data-post-glossary>`) for
 * the glossary page, the one `<glossary-index>` writes in the browser: put it in the `<head>` of a
 * page that uses `renderGlossaryHtml({ element: true })`. Empty string without `url`/`sourceUrl`.
 */
export function renderStructuredData(options: Omit<RenderGlossaryOptions, 'element' | 'structuredData' | 'headingLevel' | 'linkBase'> = {}): string {
  const glossary = resolveGlossary(options);
  const url = absoluteHttp(options.url) ?? absoluteHttp(options.sourceUrl);
  if (!url) return '';
  const inScope = scope(glossary, options.categories);
  const set = definedTermSet(glossary.entries.filter(inScope), { url, name: typeof options.sourceName === 'string' && options.sourceName ? `${options.sourceName} glossary` : undefined });
  // jsonLdText escapes every "<": the block cannot be ended by a definition's text.
  return `<script type="application/ld+json" data-post-glossary>${jsonLdText(set)}</script>`;
}

/**
 * The whole glossary as static HTML, for a glossary page rendered at build time or on a server: a
 * letter bar, a section per letter and per entry its name, expansion, category, definition (with
 * links to the other terms it mentions), see-also links, "learn more" and canonical links, and the
 * schema.org DefinedTermSet JSON-LD block. The ids are those of `<glossary-index>` (`#lut` for an
 * entry, `#letter-l` for a letter), so deep links work before and after the element takes over
 * (`element: true`). A crawler without JavaScript reads every entry. Dataset text is escaped;
 * nothing inline needs a CSP exception (no style attributes, no script but JSON-LD data).
 *
 * @param options See {@link RenderGlossaryOptions}.
 * @returns An HTML fragment for the page's `<body>`.
 */
export function renderGlossaryHtml(options: RenderGlossaryOptions = {}): string {
  const glossary = resolveGlossary(options);
  const inScope = scope(glossary, options.categories);
  const level = Math.min(6, Math.max(2, Math.round(Number(options.headingLevel)) || 2));
  const entryLevel = Math.min(6, level + 1);
  const linkBase = (typeof options.linkBase === 'string' && options.linkBase.trim()) || undefined;
  const source = absoluteHttp(options.sourceUrl);
  const groups = glossary.byLetter().map((g) => ({ letter: g.letter, id: letterSectionId(g.letter), entries: g.entries.filter(inScope) }));
  const links = (entries: readonly TermEntry[]) => entries.map((e) => `<a href="#${attr(encodeURIComponent(e.id))}">${text(e.term)}</a>`).join(', ');

  const entry = (e: TermEntry) => {
    let definition = '';
    let at = 0;
    for (const m of glossary.findMentions(e.definition, { exclude: [e.id] })) {
      definition += text(e.definition.slice(at, m.start)) + `<a href="#${attr(encodeURIComponent(m.id))}">${text(m.text)}</a>`;
      at = m.end;
    }
    definition += text(e.definition.slice(at));
    const related = glossary.related(e);
    const more = [
      ...(linkBase ? e.links.map((l) => ({ label: text(l.label), href: staticHref(l.path, linkBase) })) : []),
      ...(source ? [{ label: `Original entry<span class="visually-hidden">: ${text(e.term)}</span>`, href: entryAddress(source, e.id) }] : []),
    ].filter((l) => l.href);
    return [
      `<article class="entry" aria-labelledby="${attr(entryNameId(e.id))}">`,
      `<h${entryLevel} class="term" id="${attr(e.id)}" tabindex="-1"><span id="${attr(entryNameId(e.id))}">${text(e.term)}</span></h${entryLevel}>`,
      `<p class="category">${text(CATEGORY_LABELS[e.category])}</p>`,
      e.expansion ? `<p class="expansion">${text(e.expansion)}</p>` : '',
      `<p class="definition">${definition}</p>`,
      related.length ? `<p class="see-also"><span class="label">See also:</span> ${links(related)}</p>` : '',
      more.length ? `<p class="more">${more.map((l) => `<a href="${attr(l.href!)}">${l.label}</a>`).join(' ')}</p>` : '',
      '</article>',
    ]
      .filter(Boolean)
      .join('\n');
  };

  const parts = [
    '<div class="post-glossary-static">',
    '<nav class="letters" aria-label="Glossary letters"><ul>',
    ...groups.map(({ letter, id, entries }) => (entries.length ? `<li><a href="#${id}">${text(letter)}</a></li>` : `<li><span class="disabled" aria-disabled="true">${text(letter)}</span></li>`)),
    '</ul></nav>',
    ...groups
      .filter((g) => g.entries.length)
      .flatMap((g) => [
        `<section class="section" aria-labelledby="${g.id}">`,
        `<h${level} class="letter-heading" id="${g.id}" tabindex="-1">${text(g.letter)}</h${level}>`,
        ...g.entries.map(entry),
        '</section>',
      ]),
    source ? `<p class="credit">Glossary by <a href="${attr(source)}">${text((typeof options.sourceName === 'string' && options.sourceName) || new URL(source).hostname)}</a></p>` : '',
    '</div>',
  ].filter(Boolean);
  const body = parts.join('\n');

  if (options.element) {
    const str = (v: unknown) => (typeof v === 'string' && v ? v : undefined);
    const categories = typeof options.categories === 'string' ? options.categories.split(/[\s,]+/) : Array.isArray(options.categories) ? options.categories : [];
    const attrs = [
      level !== 2 ? ` heading-level="${level}"` : '',
      categories.filter(Boolean).length ? ` categories="${attr(categories.filter(Boolean).join(','))}"` : '',
      linkBase ? ` link-base="${attr(linkBase)}"` : '',
      str(options.sourceUrl) ? ` source-url="${attr(str(options.sourceUrl)!)}"` : '',
      str(options.sourceName) ? ` source-name="${attr(str(options.sourceName)!)}"` : '',
    ].join('');
    return `<glossary-index${attrs}>\n${body}\n</glossary-index>\n`;
  }
  const ld = options.structuredData === false ? '' : renderStructuredData(options);
  return `${body}\n${ld ? `${ld}\n` : ''}`;
}
