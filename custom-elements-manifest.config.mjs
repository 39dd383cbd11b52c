// Shared by `npm run analyze` and scripts/check-manifest.mjs.
export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts'],
  litelement: true,
  // Never rewrite package.json: check-manifest analyzes into a temporary dir, and the analyzer
  // would otherwise point "customElements" at it.
  packagejson: false,
};
