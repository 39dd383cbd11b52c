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
      const alternateName = [...(e.expansion ? [e.expansion] : []), ...e.aliases];
      return {
        '@type': 'DefinedTerm',
        '@id': `${page}#${e.id}`,
        name: e.term,
        ...(alternateName.length ? { alternateName } : {}),
        description: e.definition,
        termCode: e.id,
        url: `${page}#${e.id}`,
        inDefinedTermSet: setId,
      };
    }),
  };
}
