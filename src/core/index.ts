export * from './types.js';
export { createGlossary, type Glossary, type LetterGroup, type CategoryCount } from './glossary.js';
export { createMatcher, type Mention, type MentionOptions } from './mentions.js';
export { lookupKey, normalizeSpace, indexLetter, safeHref, LETTERS, OTHER_LETTER, termCollator } from './normalize.js';
export { bundledTerms, getBundledGlossary } from './bundled.js';
