// The static size figures of `npm run size`, measured by size-limit (gzip -9; KiB = 1024 bytes):
// scripts/size.mjs runs it after measuring in Chromium what each README page downloads first (a
// browser measurement size-limit cannot express). `limit` is the row's interim CI ceiling: the
// figure when it was set, plus a little; a row over its budget (BUDGETS, below) prints OVER and
// fails only above its ceiling (the budget question of issues 13, 15 and 17 is open).

/**
 * The npm row bundles with esbuild (size-limit's plugin): 0.3 KB more than Vite's bundle of the same
 * entry, so its ceiling is 0.3 KB above the old Vite-measured one.
 * An app bundler splits off what is imported dynamically (other languages' strings): not counted. */
const appBundler = (config) => ({
  ...config,
  format: 'esm',
  target: 'es2022',
  conditions: ['module', 'browser', 'production'],
  plugins: [
    ...(config.plugins ?? []),
    { name: 'lazy-imports-apart', setup: (b) => b.onResolve({ filter: /.*/ }, (a) => (a.kind === 'dynamic-import' ? { path: a.path, external: true } : undefined)) },
  ],
});

// The CDN files as they are (no bundling: the esbuild plugin is for the npm row).
export default [
  {
    name: 'everything: every file of dist/cdn/, each gzipped on its own',
    path: ['dist/cdn/**/*.js', '!dist/cdn/post-glossary.bundle.js'],
    gzip: true,
    limit: '76.3 KiB',
    disablePlugins: ['@size-limit/esbuild'],
  },
  { name: 'single file: dist/cdn/post-glossary.bundle.js', path: 'dist/cdn/post-glossary.bundle.js', gzip: true, limit: '69.7 KiB', disablePlugins: ['@size-limit/esbuild'] },
  { name: 'npm: post-glossary/post-term bundled by an app (with Lit and the dataset)', path: 'dist/post-term.js', gzip: true, limit: '26 KiB', modifyEsbuildConfig: appBundler },
];

/** The budgets (KiB) by row name: what each figure should be. */
export const BUDGETS = {
  'everything: every file of dist/cdn/, each gzipped on its own': 56,
  'single file: dist/cdn/post-glossary.bundle.js': 52,
  'npm: post-glossary/post-term bundled by an app (with Lit and the dataset)': 26,
};
