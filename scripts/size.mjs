#!/usr/bin/env node
// Size budgets, as a reader's browser would download them: each entry bundled with everything it
// imports (Lit, the dataset, fuse.js where used), minified, gzipped. Fails CI when over budget.
import { build } from 'vite';
import { gzipSync } from 'node:zlib';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const BUDGETS = [
  { entry: 'src/post-term.ts', label: 'post-glossary/post-term (with dataset)', maxKB: 26, mustNotContain: ['fuse.js', 'Fuse'] },
  { entry: 'src/index.ts', label: 'post-glossary (everything)', maxKB: 40 },
];

let failed = false;
for (const b of BUDGETS) {
  if (!existsSync(join(root, b.entry))) {
    console.error(`size: ${b.entry} does not exist`);
    failed = true;
    continue;
  }
  const out = mkdtempSync(join(tmpdir(), 'pg-size-'));
  await build({
    root,
    configFile: false,
    logLevel: 'silent',
    json: { stringify: true },
    build: { outDir: out, minify: true, lib: { entry: join(root, b.entry), formats: ['es'], fileName: () => 'bundle.js' }, rollupOptions: { output: { inlineDynamicImports: true } } },
  });
  const code = readFileSync(join(out, readdirSync(out).find((f) => f.endsWith('.js'))));
  rmSync(out, { recursive: true, force: true });
  const kb = gzipSync(code, { level: 9 }).length / 1024;
  const banned = (b.mustNotContain ?? []).filter((s) => code.includes(`class ${s}`) || code.includes(`@license ${s}`) || (s === 'fuse.js' && /Fuse\.js v\d/.test(code)));
  const ok = kb <= b.maxKB && banned.length === 0;
  if (!ok) failed = true;
  console.log(`${ok ? 'ok  ' : 'OVER'} ${b.label}: ${kb.toFixed(1)} KB gzip (budget ${b.maxKB} KB)${banned.length ? `; contains ${banned.join(', ')}` : ''}`);
}
process.exit(failed ? 1 : 0);
