/**
 * `post-glossary/html`: the glossary at build time, on HTML strings, in Node or a browser (no DOM
 * needed). `linkTerms` links an article as `<glossary-autolink>` would, keeping every other byte;
 * `renderGlossaryHtml` renders the glossary page body with `<glossary-index>`'s ids.
 *
 * ```js
 * import { linkTerms, renderGlossaryHtml } from 'post-glossary/html';
 * linkTerms('<p>Graded in Dolby Vision.</p>');
 * // '<p>Graded in <post-term term="dolby-vision">Dolby Vision</post-term>.</p>'
 * ```
 * @module
 */
export { linkTerms, type LinkTermsOptions } from './html/link-terms.js';
export { renderGlossaryHtml, renderStructuredData, type RenderGlossaryOptions } from './html/render.js';
export type { GlossaryOptions } from './html/options.js';
export { NEVER_LINKED_TAGS, NEVER_LINKED_ROLES, isNeverLinked } from './core/link-rules.js';
