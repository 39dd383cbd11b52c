import { fileURLToPath } from 'node:url';

/** A static export: `next build` writes out/, which the test serves as plain files. */
export default {
  output: 'export',
  // The consumers workspace (its lockfile and node_modules), not the repository around it.
  turbopack: { root: fileURLToPath(new URL('..', import.meta.url)) },
};
