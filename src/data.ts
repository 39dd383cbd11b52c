/**
 * `post-glossary/data`: the dataset and the core API, with no elements and no Lit, for Node,
 * servers and build tools.
 * @module
 */
export * from './core/types.js';
export { createGlossary, type Glossary, type LetterGroup, type CategoryCount } from './core/glossary.js';
export { createMatcher, type Mention, type MentionOptions } from './core/mentions.js';
export { lookupKey, normalizeSpace, indexLetter, safeHref, LETTERS } from './core/normalize.js';
export { bundledTerms as terms, getBundledGlossary } from './core/bundled.js';
