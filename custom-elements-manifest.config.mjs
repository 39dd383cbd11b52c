// Shared by `npm run analyze` and scripts/check-manifest.mjs.
export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts'],
  litelement: true,
};
