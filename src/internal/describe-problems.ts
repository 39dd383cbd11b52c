import type { SourcedGlossaryError } from '../core/merge.js';

/** How many problems a message spells out before "and N more". */
const LISTED = 5;

/**
 * The one-line message of a provider's `glossary-error`: which sources, then the first few
 * problems (`headline` replaces the "N problems in …" part).
 */
export function describeProblems(errors: readonly SourcedGlossaryError[], headline?: string): string {
  const sources = [...new Set(errors.map((e) => e.source))].join(', ');
  const listed = errors.slice(0, LISTED).map((e) => e.message);
  if (errors.length > LISTED) listed.push(`and ${errors.length - LISTED} more`);
  const what = headline ?? (errors.length === 1 ? sources : `${errors.length} problems in ${sources}`);
  return `<glossary-provider>: ${what}: ${listed.join('; ')}`;
}
