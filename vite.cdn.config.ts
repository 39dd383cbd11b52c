import { defineConfig, build, type Plugin, type UserConfig } from 'vite';
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import minifyCssLiterals from './scripts/minify-css-literals.mjs';
import { elementTags } from './scripts/entries.mjs';

const root = fileURLToPath(new URL('.', import.meta.url));
const outDir = `${root}dist/cdn`;

// dist/cdn/: browser-ready, minified ES modules (Lit, @lit/context, fuse.js and the dataset bundled
// in), for a <script type="module"> on any page. Run after vite.config.ts (which empties dist/).
//  - post-glossary.js: the one-tag install. Defines nothing itself: it starts the loader
//    (src/internal/cdn-loader.ts, kept in chunks/core-*.js, where it compresses best), which fetches
//    an element's file when the page uses its tag.
//  - post-term.js, glossary-index.js, …: one element each (what the loader fetches; usable alone),
//    sharing chunks/core-*.js (what every page needs: Lit's ReactiveElement, the context protocol,
//    the dataset, the definition card, the loader), chunks/glossary-*.js (the glossary model,
//    for every element but <post-term>; the validator is in glossary-provider.js), chunks/decorators-*.js (lit-html, for the index, search and
//    provider) and chunks/fuse*.js (only for "did you mean").
// Chunk boundaries are chosen for the per-page budgets that `npm run size` measures: each file
// is compressed on its own, so fewer, larger shared files cost less.
//  - post-glossary.bundle.js: everything in one file, for sites that self-host a single file or pin
//    it with Subresource Integrity (a second build, below).
// Chunk URLs are relative ("./chunks/…"), so they resolve against the importing file's own URL.
// The build prints each file's SHA-384 (for `integrity="sha384-…"`).
const elements = elementTags(JSON.parse(readFileSync(`${root}package.json`, 'utf8')));

/** The modules of chunks/core-*.js. */
const CORE = [
  /\/@lit\/reactive-element\/(css-tag|reactive-element)\.js$/,
  /\/@lit\/context\/lib\/(context-request-event|create-context)\.js$/,
  /\/src\/context\.ts$/,
  /\/src\/internal\/(glossary-consumer|define|theme|shared-properties|shared-styles|cdn-loader|props|page-indexes|href|preferences|dom|place|controllers\/dismiss)\.ts$/,
  /\/src\/core\/(normalize|types|bundled-terms|lookup|bundled-data|summary)\.ts$/,
  /\/src\/i18n\/(index|en)\.ts$/,
];

const shared = (): UserConfig => ({
  // Lit's production build, as for an app bundle.
  mode: 'production',
  configFile: false,
  root,
  plugins: [minifyCssLiterals()],
  resolve: { conditions: ['module', 'browser', 'production'] },
  json: { stringify: true },
  // Browsers only: code for server rendering (Lit SSR runs the npm build in Node) drops out.
  define: { __POST_GLOSSARY_BROWSER_ONLY__: 'true' },
});

/** Prints `sha384-… file` for every .js file of dist/cdn/ (and returns them), after both builds. */
export function integrity(): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (dir: string, prefix = '') => {
    for (const f of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      if (f.isDirectory()) walk(`${dir}/${f.name}`, `${prefix}${f.name}/`);
      else if (f.name.endsWith('.js'))
        out[`${prefix}${f.name}`] = `sha384-${createHash('sha384')
          .update(readFileSync(`${dir}/${f.name}`))
          .digest('base64')}`;
    }
  };
  walk(outDir);
  return out;
}

/** The single-file build, then the integrity hashes of everything in dist/cdn/. */
const singleFileAndHashes = (): Plugin => ({
  name: 'post-glossary-single-file',
  apply: 'build',
  async closeBundle() {
    await build({
      ...shared(),
      // One file: post-term's card code is in it from the start (see term-card-loader.ts).
      resolve: {
        ...shared().resolve,
        alias: [
          { find: /^\.\/term-card-loader\.js$/, replacement: `${root}src/elements/post-term/term-card-eager.ts` },
          { find: /^\.\/search-card-loader\.js$/, replacement: `${root}src/elements/glossary-search/search-card-eager.ts` },
        ],
      },
      logLevel: 'warn',
      build: {
        target: 'es2022',
        outDir,
        emptyOutDir: false,
        sourcemap: true,
        minify: true,
        lib: { entry: { 'post-glossary.bundle': 'src/index.ts' }, formats: ['es'], fileName: (_f, name) => `${name}.js` },
        // Vite's library mode keeps whitespace in ES output; a CDN file is for browsers only. One
        // file: fuse.js (a dynamic import elsewhere) is inlined.
        rolldownOptions: { output: { minify: true, codeSplitting: false, comments: false } },
      },
    });
    const hashes = integrity();
    console.log('\nSubresource Integrity (dist/cdn/):');
    for (const [file, hash] of Object.entries(hashes)) console.log(`  ${hash}  ${file}`);
  },
});

export default defineConfig({
  ...shared(),
  plugins: [...shared().plugins!, singleFileAndHashes()],
  build: {
    target: 'es2022',
    outDir,
    emptyOutDir: true,
    // Maps next to the files, without a `sourceMappingURL` line in each (~40 bytes a file, on a
    // budget counted in tenths of a KB): point devtools at the .map to debug.
    sourcemap: 'hidden',
    minify: true,
    // No <link rel=modulepreload> helper: the loader decides what to fetch.
    modulePreload: false,
    lib: {
      entry: {
        'post-glossary': 'src/internal/cdn-entry.ts',
        ...Object.fromEntries(elements.map((tag) => [tag, tag === 'glossary-autolink' ? 'src/internal/cdn-glossary-autolink.ts' : `src/${tag}.ts`])),
      },
      formats: ['es'],
      fileName: (_f, name) => `${name}.js`,
    },
    rolldownOptions: {
      output: {
        minify: true,
        chunkFileNames: 'chunks/[name]-[hash].js',
        // No /* @__PURE__ */ annotations left in what browsers download (nothing to tree-shake there).
        comments: false,
        codeSplitting: {
          groups: [
            {
              // What every page needs (Lit's ReactiveElement, the context protocol, the dataset and
              // its lookups, the shared styles and the definition card): one file, so it compresses
              // as one.
              name: 'core',
              test: (id: string) => CORE.some((re) => re.test(id.replaceAll('\\', '/'))),
              priority: 2,
            },
            {
              // The glossary model (A–Z groups, mention finding) and the controller that hands
              // it to elements: every element but <post-term>. Not validation (core/glossary.ts):
              // the bundled dataset is valid already, so only <glossary-provider>, which reads a
              // site's own entries, loads the validator (in its own file).
              name: 'glossary',
              // (With the helper that TypeScript's decorators compile to, which they all use.)
              test: /[\\/]src[\\/](core[\\/](glossary-model|mentions|bundled)|internal[\\/]glossary-controller)\.ts$|[\\/]helpers[\\/]esm[\\/]decorate\.js$|[\\/]@lit[\\/]reactive-element[\\/]decorators[\\/]property\.js$/,
              priority: 1,
            },
          ],
        },
      },
    },
  },
});
