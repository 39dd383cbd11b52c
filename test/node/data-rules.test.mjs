// The dataset scripts (scripts/build-data.mjs, scripts/pack-terms.mjs) use the core's own rules
// (src/core, bundled for Node by scripts/core-rules.mjs), not copies of them: the index letter, the
// A–Z order, white space and the default id. Checked against the core bundled independently.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { build } from 'esbuild';
import { root } from './build-source.mjs';
import { buildTerms } from '../../scripts/build-data.mjs';
import { packTerms } from '../../scripts/pack-terms.mjs';

let core;

before(async () => {
  // The core's barrel, bundled on its own (it imports no package) and imported from memory.
  const result = await build({
    stdin: { contents: "export * from './src/core/index.ts'; export { idFromTerm } from './src/core/normalize.ts';", resolveDir: root, loader: 'ts' },
    bundle: true,
    format: 'esm',
    platform: 'node',
    write: false,
    logLevel: 'silent',
  });
  core = await import(`data:text/javascript;base64,${Buffer.from(result.outputFiles[0].text).toString('base64')}`);
});

// Two rows the studio's page might hold: names whose first letter has an accent.
const page = ['nav', 'E', 'Élan  is a made-up   term that tests the letter rule of the build.', 'O', 'Öko-LUT is a made-up term that tests the letter rule of the build.', '', 'footer'].join('\n');
const table = [
  { id: 'elan', term: 'Élan', aliases: [], category: 'workflow', seeAlso: [], check: 'Élan' },
  { id: 'oko-lut', term: 'Öko-LUT', aliases: [], category: 'color', seeAlso: [], check: 'Öko-LUT' },
];

test('build-data files a term under the letter the core files it under (Élan → E, Öko-LUT → O)', () => {
  const entries = buildTerms(page, table);
  assert.deepEqual(
    entries.map((e) => [e.term, e.letter]),
    entries.map((e) => [e.term, core.indexLetter(e.term)]),
  );
  assert.deepEqual(
    entries.map((e) => e.letter),
    ['E', 'O'],
  );
});

test('build-data orders and spaces entries as the core does', () => {
  const entries = buildTerms(page, table);
  assert.deepEqual(
    entries.map((e) => e.id),
    core.createGlossary(entries).entries.map((e) => e.id),
  );
  assert.equal(entries[0].definition, core.normalizeSpace(entries[0].definition));
  assert.equal(entries[0].definition, 'Élan is a made-up term that tests the letter rule of the build.');
});

test('the packed dataset names its fields in a header row, and leaves out an id the core derives', () => {
  const entries = buildTerms(page, table);
  const [header, ...rows] = packTerms(entries).split('\n');
  assert.deepEqual(header.split('\t'), ['id', 'term', 'expansion', 'aliases', 'category', 'definition', 'seeAlso', 'links', 'caseSensitive']);
  assert.equal(rows.length, 2);
  // "Élan" → the core's default id is "lan", not "elan": the row keeps it; "Öko-LUT" → "ko-lut", kept too.
  assert.deepEqual(
    rows.map((r) => r.split('\t')[0]),
    ['elan', 'oko-lut'],
  );
  const plain = [{ ...entries[0], id: core.idFromTerm('Élan'), term: 'Élan' }];
  assert.equal(packTerms(plain).split('\n')[1].split('\t')[0], '', 'an id equal to the derived one is left out');
});
