import { defineConfig } from 'vite';

// dist/cdn/post-glossary.js: everything bundled (Lit, fuse.js, the dataset) into one minified
// ES module, so `<script type="module" src=".../post-glossary.js">` plus a tag works on any page.
export default defineConfig({
  json: { stringify: true },
  build: {
    target: 'es2022',
    outDir: 'dist/cdn',
    emptyOutDir: true,
    minify: true,
    sourcemap: true,
    lib: { entry: { 'post-glossary': 'src/index.ts' }, formats: ['es'], fileName: (_f, name) => `${name}.js` },
  },
});
