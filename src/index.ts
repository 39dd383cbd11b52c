/**
 * `post-glossary`: registers every element. Import one element's entry instead
 * (`post-glossary/post-term`, …) to load only what a page uses.
 * @module
 */
export * from './post-term.js';
export * from './glossary-index.js';
export * from './glossary-search.js';
export * from './glossary-provider.js';
export * from './glossary-autolink.js';
export * from './glossary-preferences.js';
export { glossaryContext, type GlossaryContextValue } from './context.js';
// The data API too (`lookup`, `search`, `terms`…): what `post-glossary/data` exports.
export * from './data.js';
