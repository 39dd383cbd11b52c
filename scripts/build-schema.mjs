#!/usr/bin/env node
// Writes data/terms.schema.json from the rules createGlossary validates with
// (src/core/entry-rules.ts, through src/core/entry-schema.ts), so the schema and the validator
// cannot drift apart. Node cannot import TypeScript: the module is bundled with esbuild first.
//
// Usage: node scripts/build-schema.mjs          writes data/terms.schema.json
//        node scripts/build-schema.mjs --check  exits 1 when it is out of date
import { readFileSync, writeFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('..', import.meta.url));
const outPath = join(root, 'data/terms.schema.json');

/** The schema, as the text the file holds. */
export async function schemaText() {
  const cache = join(root, 'node_modules/.cache');
  mkdirSync(cache, { recursive: true });
  const dir = mkdtempSync(join(cache, 'post-glossary-schema-'));
  try {
    const result = await build({ entryPoints: [join(root, 'src/core/entry-schema.ts')], bundle: true, format: 'esm', platform: 'node', target: 'node20', write: false, logLevel: 'silent' });
    const file = join(dir, 'entry-schema.mjs');
    writeFileSync(file, result.outputFiles[0].text);
    const { entrySchema } = await import(pathToFileURL(file).href);
    return `${JSON.stringify(entrySchema(), null, 2)}\n`;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const text = await schemaText();
  if (process.argv.includes('--check')) {
    if (readFileSync(outPath, 'utf8') !== text) {
      console.error('data/terms.schema.json is out of date: run npm run build:schema');
      process.exit(1);
    }
  } else {
    writeFileSync(outPath, text);
    console.log(`wrote data/terms.schema.json (${text.length} bytes)`);
  }
}
