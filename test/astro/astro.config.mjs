// The README's Astro recipe: one line in markdown.rehypePlugins.
import { defineConfig } from 'astro/config';
import rehypePostGlossary from 'post-glossary/rehype';

export default defineConfig({
  site: 'https://example.com',
  markdown: {
    rehypePlugins: [[rehypePostGlossary, { glossaryHref: '/glossary/' }]],
  },
});
