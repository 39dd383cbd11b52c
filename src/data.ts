/**
 * `post-glossary/data`: the dataset and the core API, with no elements and no Lit, for Node,
 * servers and build tools.
 * @module
 */
export * from './core/index.js';
export { bundledTerms as terms } from './core/bundled.js';
