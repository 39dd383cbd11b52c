import terms from '../../data/terms.json';
import { createGlossary, type Glossary } from './glossary.js';
import type { TermEntry } from './types.js';

/** The studio's glossary as shipped in `data/terms.json`. */
export const bundledTerms = terms as TermEntry[];

let bundled: Glossary | undefined;

/** The bundled glossary, built once on first use and shared by every element without a provider. */
export function getBundledGlossary(): Glossary {
  bundled ??= createGlossary(bundledTerms);
  return bundled;
}
