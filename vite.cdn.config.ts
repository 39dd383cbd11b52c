import { defineConfig } from 'vite';
import minifyCssLiterals from './scripts/minify-css-literals.mjs';

// dist/cdn/post-glossary.js: everything bundled (Lit, @lit/context, fuse.js, the dataset) into one
// minified ES module with a sourcemap, so `<script type="module" src=".../post-glossary.js">` plus a
// tag works on any page. Run after vite.config.ts (which empties dist/).
export default defineConfig({
  // Lit's production build, as for an app bundle.
  mode: 'production',
  plugins: [minifyCssLiterals()],
  resolve: { conditions: ['module', 'browser', 'production'] },
  json: { stringify: true },
  build: {
    target: 'es2022',
    outDir: 'dist/cdn',
    emptyOutDir: true,
    sourcemap: true,
    minify: true,
    lib: { entry: { 'post-glossary': 'src/index.ts' }, formats: ['es'], fileName: (_f, name) => `${name}.js` },
    rollupOptions: {
      // Vite's library mode keeps whitespace in ES output; a CDN file is for browsers only.
      output: { minify: true, codeSplitting: false },
    },
  },
});
