// The core's rules for the dataset scripts (build-data.mjs, pack-terms.mjs, parse-glossary-page.mjs),
// so they follow src/core instead of copies of it: Node cannot import TypeScript, so the few modules
// are bundled with esbuild (a few ms) and imported from memory.
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

const { outputFiles } = await build({
  stdin: {
    contents: `export { idFromTerm, indexLetter, normalizeSpace } from './src/core/normalize.ts';
      export { compareEntries } from './src/core/lookup.ts';
      export { ENTRY_FIELDS } from './src/core/entry-rules.ts';`,
    resolveDir: root,
    loader: 'ts',
  },
  bundle: true,
  format: 'esm',
  platform: 'node',
  write: false,
  logLevel: 'silent',
});

/** @type {{ indexLetter(term: string): string, normalizeSpace(text: string): string, compareEntries(a: object, b: object): number, ENTRY_FIELDS: readonly string[], idFromTerm(term: string): string }} */
const core = await import(`data:text/javascript;base64,${Buffer.from(outputFiles[0].text).toString('base64')}`);

export const { indexLetter, normalizeSpace, compareEntries, ENTRY_FIELDS, idFromTerm } = core;
