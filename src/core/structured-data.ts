import type { TermEntry } from './types.js';
import { safeHref } from './normalize.js';

export interface DefinedTermSetOptions {
  /** The page the entries live on (their anchors are appended to it). */
  url: string;
  /** The set's name, e.g. "Post-production glossary". */
  name?: string;
}

/**
 * schema.org DefinedTermSet for a glossary (JSON-LD): search engines index the definitions
 * even where they are rendered inside shadow DOM.
 */
export function definedTermSet(entries: readonly TermEntry[], options: DefinedTermSetOptions) {
  const page = (safeHref(options.url) ?? '').split('#')[0];
  const setId = `${page}#glossary`;
  return {
    '@context': 'https://schema.org',
    '@type': 'DefinedTermSet',
    '@id': setId,
    name: options.name ?? 'Post-production glossary',
    ...(page ? { url: page } : {}),
    hasDefinedTerm: entries.map((e) => {
      const alternateName = e.expansion ? [e.expansion, ...e.aliases] : [...e.aliases];
      const url = `${page}#${e.id}`;
      return {
        '@type': 'DefinedTerm',
        '@id': url,
        name: e.term,
        ...(alternateName.length ? { alternateName } : {}),
        description: e.definition,
        termCode: e.id,
        url,
        inDefinedTermSet: setId,
      };
    }),
  };
}

/**
 * The text of a `<script type="application/ld+json">` block for `data`: JSON with every `<`
 * escaped (`\u003c`), so a definition containing `</script>` or `<!--` cannot end the block when
 * the page is serialised (prerendering, "save page", SSR snapshots). Still plain, valid JSON.
 */
export function jsonLdText(data: unknown): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}

/**
 * `jsonLdText` for a DefinedTermSet, a slice of terms at a time, so thousands of entries can be
 * serialised in idle periods instead of one long task. Call `next()` until it returns the text
 * (the same text `jsonLdText(set)` gives).
 */
export function jsonLdWriter(set: ReturnType<typeof definedTermSet>) {
  const { hasDefinedTerm, ...head } = set;
  const parts: string[] = [];
  return {
    /** Serialises up to `count` more terms; returns the whole text once every term is done. */
    next(count = 100): string | undefined {
      const end = Math.min(hasDefinedTerm.length, parts.length + count);
      while (parts.length < end) parts.push(jsonLdText(hasDefinedTerm[parts.length]));
      if (parts.length < hasDefinedTerm.length) return undefined;
      return `${jsonLdText(head).slice(0, -1)},"hasDefinedTerm":[${parts.join(',')}]}`;
    },
  };
}
