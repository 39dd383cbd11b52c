// Every `--post-glossary-*` custom property the stylesheets read is public API: it must be
// documented with `@cssprop` (an element's JSDoc, or the Themed mixin's in
// src/internal/shared-properties.ts) so custom-elements.json, the editor data and the README list it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { analyzeManifest } from '../../scripts/check-manifest.mjs';

const src = fileURLToPath(new URL('../../src/', import.meta.url));

test('every var(--post-glossary-*) used under src/ is documented with @cssprop', () => {
  const used = new Map();
  for (const file of readdirSync(src, { recursive: true })) {
    if (!/\.(ts|css)$/.test(file)) continue;
    for (const [, name] of readFileSync(`${src}${file}`, 'utf8').matchAll(/var\(\s*(--post-glossary-[\w-]+)/g)) used.set(name, file);
  }
  assert.ok(used.size >= 10, `found only ${used.size} custom properties: is the scan broken?`);
  const documented = new Set();
  for (const mod of analyzeManifest().modules) {
    for (const d of mod.declarations ?? []) if (d.customElement) for (const p of d.cssProperties ?? []) documented.add(p.name);
  }
  const missing = [...used].filter(([name]) => !documented.has(name)).map(([name, file]) => `${name} (src/${file})`);
  assert.deepEqual(missing, [], 'used in a stylesheet but not documented on any element');
});
