import type { Glossary } from './glossary.js';
import { glossaryOfValidEntries } from './glossary-model.js';
import { bundledEntries } from './bundled-data.js';

export { bundledTerms } from './bundled-data.js';

let bundled: Glossary | undefined;

/** The bundled glossary, built once on first use and shared by every element without a provider. */
export function getBundledGlossary(): Glossary {
  bundled ??= glossaryOfValidEntries(bundledEntries());
  return bundled;
}
