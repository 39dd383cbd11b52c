// `post-glossary/data` in Node, as a site that builds its pages on the server uses it.
// Node 20 cannot import TypeScript, and the tests run before any build, so src/data.ts is bundled
// with esbuild (build-source.mjs) (a direct dependency of @web/dev-server-esbuild) into a temporary ESM file,
// the way Vite's build does it: its own modules and the JSON inlined, packages (fuse.js) left as
// imports. The file goes under node_modules/.cache so that those imports resolve as they would
// for a site that installed the package.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { buildSource, root } from './build-source.mjs';

let data;
let meta;
let remove;

before(async () => {
  const built = await buildSource(['src/data.ts']);
  remove = built.remove;
  meta = built.metafiles['src/data.ts'];
  data = await import(pathToFileURL(built.files['src/data.ts']).href);
});

after(() => remove?.());

test('imports in Node with no DOM, no Lit and no element', () => {
  assert.equal(typeof globalThis.document, 'undefined');
  const output = Object.values(meta.outputs)[0];
  // fuse.js (search suggestions, its minified basic build) is the only package it may need, and only
  // lazily: a dynamic import, loaded on the first "did you mean".
  assert.deepEqual(
    output.imports.map((i) => i.path).filter((p) => !/^fuse\.js(\/(min-)?basic)?$/.test(p)),
    [],
    `the data entry imports ${JSON.stringify(output.imports)}`,
  );
  assert.deepEqual(
    output.imports.filter((i) => /^fuse\.js/.test(i.path)).map((i) => i.kind),
    ['dynamic-import'],
    'fuse.js is imported lazily',
  );
  for (const input of Object.keys(meta.inputs)) {
    assert.match(input, /^(src\/core\/|src\/data\.ts$)/, `${input} is not part of the data API`);
  }
});

test('exports the public API, not the core internals', () => {
  // `terms` is the dataset (no second name for the same array); the A–Z letters, the collator,
  // the lookup key and the mention matcher are how the core works, not API to depend on.
  assert.deepEqual(Object.keys(data).sort(), [
    'CATEGORIES',
    'CATEGORY_LABELS',
    'OTHER_LETTER',
    'createGlossary',
    'createSearchIndex',
    'definedTermSet',
    'findMentions',
    'getBundledGlossary',
    'indexLetter',
    'jsonLdText',
    'lookup',
    'mergeEntries',
    'normalizeSpace',
    'safeHref',
    'search',
    'terms',
  ]);
});

test('terms is the bundled dataset', () => {
  assert.ok(Array.isArray(data.terms));
  assert.equal(data.terms.length, 70);
  // Shipped packed (src/core/bundled-terms.ts), unpacked on load: exactly data/terms.json.
  assert.deepStrictEqual(data.terms, JSON.parse(readFileSync(join(root, 'data/terms.json'), 'utf8')));
  assert.ok(data.terms.every((t) => t.id && t.term && t.definition && t.category));
  assert.equal(data.getBundledGlossary().entries.length, 70);
});

test('lookup finds an entry by id, term, alias or plural', () => {
  assert.equal(data.lookup('LUTs')?.id, 'lut');
  assert.equal(data.lookup('rec 709')?.id, 'rec-709');
  assert.equal(data.lookup('Resolve')?.id, 'davinci-resolve');
  assert.equal(data.lookup('dolby-vision')?.term, 'Dolby Vision');
  assert.equal(data.lookup('gaffer tape'), undefined);
});

test('findMentions applies the matching rules to plain text', () => {
  const text = 'Mastered in Dolby Vision and HDR10+; the LUT, a second LUT and an adr-free cadre.';
  const found = data.findMentions(text);
  assert.deepEqual(
    found.map((m) => m.id),
    ['dolby-vision', 'hdr10-plus', 'lut'],
  );
  for (const m of found) assert.equal(text.slice(m.start, m.end), m.text);
  assert.equal(data.findMentions(text, { all: true }).filter((m) => m.id === 'lut').length, 2);
  assert.deepEqual(
    data.findMentions(text, { exclude: ['lut'] }).map((m) => m.id),
    ['dolby-vision', 'hdr10-plus'],
  );
});

test('search is typo-tolerant over the bundled glossary, and createSearchIndex serves any glossary', () => {
  assert.equal(data.search('dolby visn')[0]?.entry.id, 'dolby-vision');
  assert.equal(data.search('LUT')[0]?.entry.id, 'lut');
  assert.deepEqual(data.search(''), []);
  const mine = data.createGlossary([{ id: 'grip', term: 'Grip', category: 'industry', definition: 'Crew who rig cameras.' }]);
  assert.equal(data.createSearchIndex(mine).search('gri')[0]?.entry.id, 'grip');
});

test('createGlossary validates a site’s own entries and names entry and field', () => {
  const g = data.createGlossary([
    { id: 'grip', term: 'Grip', category: 'industry', definition: 'Crew who rig cameras and lights.' },
    { id: 'broken', term: 'Broken', category: 'lighting', definition: 'Not a category we know.' },
  ]);
  assert.deepEqual(
    g.entries.map((e) => e.id),
    ['grip'],
  );
  assert.equal(g.errors.length, 1);
  assert.match(g.errors[0].message, /entry "broken".*"category"/);
  assert.equal(g.lookup('grips')?.id, 'grip');
  assert.deepEqual(
    g.findMentions('The grip crew arrived.').map((m) => m.id),
    ['grip'],
  );
});

test('mergeEntries extends or replaces the bundled set', () => {
  const site = [
    { id: 'dailies', term: 'Dailies', category: 'workflow', definition: 'Our own definition.' },
    { id: 'grip', term: 'Grip', category: 'industry', definition: 'Crew who rig cameras.' },
  ];
  const extended = data.mergeEntries(data.terms, [{ name: 'site', entries: site }]);
  assert.equal(extended.glossary.entries.length, 71);
  assert.equal(extended.glossary.get('dailies').definition, 'Our own definition.');
  assert.deepEqual(extended.errors, []);
  const replaced = data.mergeEntries(data.terms, [{ name: 'site', entries: site }], 'replace');
  assert.deepEqual(
    replaced.glossary.entries.map((e) => e.id),
    ['dailies', 'grip'],
  );
});

test('the core types are there as values where they are values', () => {
  assert.deepEqual([...data.CATEGORIES].sort(), ['color', 'delivery', 'editorial', 'formats', 'industry', 'sound', 'vfx', 'workflow']);
  assert.equal(data.CATEGORY_LABELS.vfx, 'VFX');
  assert.equal(typeof data.safeHref, 'function');
  assert.equal(data.safeHref('javascript:alert(1)'), undefined);
});

test('safeHref is pure in Node: relative paths stay relative without a base, and never leave the base origin with one', () => {
  assert.equal(typeof globalThis.location, 'undefined');
  assert.equal(data.safeHref('/guides/x'), '/guides/x');
  assert.equal(data.safeHref('/guides/x', 'https://studio.example/docs/'), 'https://studio.example/guides/x');
  for (const path of ['/\\evil.example/x', '/\t/evil.example/x', '/\n/evil.example/x', '/\r/evil.example/x', '/\\/evil.example/x', '//evil.example/x']) {
    assert.equal(data.safeHref(path), undefined, JSON.stringify(path));
    assert.equal(data.safeHref(path, 'https://studio.example/'), undefined, JSON.stringify(path));
  }
  assert.equal(data.safeHref('https://partner.example/a'), 'https://partner.example/a');
});

test('names with no Latin letter are in byLetter(), under "#", last', () => {
  const g = data.createGlossary([
    { id: 'color-correction-ko', term: '색보정', category: 'color', definition: '색보정.' },
    { id: 'grading-ko', term: '그레이딩', category: 'color', definition: '그레이딩.' },
    { id: 'lut', term: 'LUT', category: 'color', definition: 'A table.' },
  ]);
  const groups = g.byLetter();
  assert.equal(groups.at(-1).letter, data.OTHER_LETTER);
  assert.deepEqual(
    groups.at(-1).entries.map((e) => e.term),
    ['그레이딩', '색보정'],
  );
  assert.deepEqual(
    g.entries.map((e) => e.id),
    ['lut', 'grading-ko', 'color-correction-ko'],
  );
});

test('"did you mean" works in Node: suggest() loads fuse.js when it needs it', async () => {
  const index = data.createSearchIndex(data.getBundledGlossary());
  assert.deepEqual(data.search('rotoscopyyyyy'), []);
  assert.ok((await index.suggest('rotoscopyyyyy')).some((e) => e.id === 'rotoscoping'));
  assert.deepEqual(await index.suggest('gaffer tape'), []);
});
