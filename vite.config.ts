import { defineConfig } from 'vite';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import minifyCssLiterals from './scripts/minify-css-literals.mjs';
import { buildEntries } from './scripts/entries.mjs';

const root = fileURLToPath(new URL('.', import.meta.url));
const pkg = JSON.parse(readFileSync(`${root}package.json`, 'utf8'));

/** One ESM entry per JS path of package.json "exports" (src/<name>.ts), and the command line. */
const entries = buildEntries(pkg);

// Whatever package.json declares as a dependency stays an import (`lit`, `lit/decorators.js`,
// `@lit/context`, `fuse.js`), so entries and apps share one copy; anything else is bundled.
const deps = Object.keys({ ...pkg.dependencies, ...pkg.peerDependencies });
// Node's own modules (the command line, dist/cli.js) stay imports too.
const external = (id: string) => id.startsWith('node:') || deps.some((d) => id === d || id.startsWith(`${d}/`));

// The npm build: one file per source module (dist/ mirrors src/, like the .d.ts files that
// `tsc -p tsconfig.build.json` writes next to them), so each entry loads only what it imports and
// the elements are registered by the entry files alone (package.json "sideEffects"). The
// self-contained CDN file is built by vite.cdn.config.ts.
export default defineConfig({
  server: { open: process.env.CI ? false : '/demo/index.html' },
  plugins: [
    minifyCssLiterals(),
    {
      // `npm start` lists the demo page next to Vite's own URLs (the root has no page).
      name: 'print-demo-url',
      configureServer(server) {
        const printUrls = server.printUrls.bind(server);
        server.printUrls = () => {
          printUrls();
          for (const url of server.resolvedUrls?.local ?? []) server.config.logger.info(`  ➜  Demo:    ${url}demo/index.html`);
          if (server.config.server.open) server.config.logger.info('  ➜  Opening the demo in your browser (CI=1 npm start serves it without opening one).');
        };
      },
    },
  ],
  // The dataset ships as JSON.parse('…'): smaller and faster to parse than an object literal, and
  // a plain JS module, so Node imports `post-glossary/data` without JSON import attributes.
  json: { stringify: true },
  build: {
    target: 'es2022',
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: true,
    minify: false,
    lib: { entry: entries, formats: ['es'] },
    rollupOptions: {
      external,
      output: {
        preserveModules: true,
        preserveModulesRoot: 'src',
        // Vite's decorator helper would land in dist/_virtual/_@oxc-project_runtime@<version>/…, and
        // bundled third-party code in dist/node_modules/, which npm pack leaves out.
        entryFileNames: (chunk) =>
          chunk.name.includes('_virtual/')
            ? `internal/${chunk.name.split('/').pop()}.js`
            : chunk.name.startsWith('node_modules/')
              ? `vendor/${chunk.name.slice('node_modules/'.length)}.js`
              : '[name].js',
      },
    },
  },
});
