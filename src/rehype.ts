/**
 * `post-glossary/rehype`: a rehype plugin that links glossary terms in a unified pipeline, with
 * the rules of `<glossary-autolink>` and `post-glossary/html`.
 *
 * ```js
 * // astro.config.mjs
 * import rehypePostGlossary from 'post-glossary/rehype';
 * export default defineConfig({ markdown: { rehypePlugins: [[rehypePostGlossary, { glossaryHref: '/glossary' }]] } });
 * ```
 * @module
 */
export { default, default as rehypePostGlossary, linkTermsInTree } from './html/rehype.js';
export type { LinkTermsOptions } from './html/link-terms.js';
