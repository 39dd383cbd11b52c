import { defineConfig } from 'vite';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('.', import.meta.url));

/** One ESM entry per public path (package.json "exports"); only the ones that exist yet. */
const entries = Object.fromEntries(
  [
    ['index', 'src/index.ts'],
    ['post-term', 'src/post-term.ts'],
    ['glossary-index', 'src/glossary-index.ts'],
    ['glossary-search', 'src/glossary-search.ts'],
    ['glossary-provider', 'src/glossary-provider.ts'],
    ['glossary-autolink', 'src/glossary-autolink.ts'],
    ['data', 'src/data.ts'],
  ].filter(([, file]) => existsSync(`${root}${file}`)),
);

// The npm build keeps Lit, fuse.js and friends external so entries and apps share one copy;
// the self-contained CDN file is built by vite.cdn.config.ts. Declarations: tsconfig.build.json.
export default defineConfig({
  server: { open: process.env.CI ? false : '/demo/index.html' },
  plugins: [
    {
      // `npm start` lists the demo page next to Vite's own URLs (the root has no page).
      name: 'print-demo-url',
      configureServer(server) {
        const printUrls = server.printUrls.bind(server);
        server.printUrls = () => {
          printUrls();
          for (const url of server.resolvedUrls?.local ?? []) server.config.logger.info(`  ➜  Demo:    ${url}demo/index.html`);
        };
      },
    },
  ],
  // The dataset ships as JSON.parse('…'): smaller and faster to parse than an object literal.
  json: { stringify: true },
  build: {
    target: 'es2022',
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: true,
    minify: false,
    lib: { entry: entries, formats: ['es'], fileName: (_format, name) => `${name}.js` },
    rollupOptions: {
      external: (id) => /^(lit|lit-html|lit-element|@lit\/|@lit-labs\/|fuse\.js|@floating-ui\/)(\/|$)/.test(id),
    },
  },
});
