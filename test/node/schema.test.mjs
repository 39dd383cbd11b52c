// One rule, one source: data/terms.schema.json is generated from the rules createGlossary
// validates with, and both accept and reject the same entries.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import Ajv2020 from 'ajv/dist/2020.js';
import { schemaText } from '../../scripts/build-schema.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const schema = JSON.parse(readFileSync(join(root, 'data/terms.schema.json'), 'utf8'));
const terms = JSON.parse(readFileSync(join(root, 'data/terms.json'), 'utf8'));
let createGlossary;

before(async () => {
  const cache = join(root, 'node_modules/.cache');
  mkdirSync(cache, { recursive: true });
  const dir = mkdtempSync(join(cache, 'post-glossary-schema-test-'));
  const result = await build({ entryPoints: [join(root, 'src/core/glossary.ts')], bundle: true, format: 'esm', platform: 'node', target: 'node20', write: false, logLevel: 'silent' });
  const file = join(dir, 'glossary.mjs');
  writeFileSync(file, result.outputFiles[0].text);
  ({ createGlossary } = await import(pathToFileURL(file).href));
  rmSync(dir, { recursive: true, force: true });
});

test("data/terms.schema.json is generated from the validator's rules and up to date (npm run build:schema)", async () => {
  assert.equal(readFileSync(join(root, 'data/terms.schema.json'), 'utf8'), await schemaText());
});

const lut = terms.find((t) => t.id === 'lut');
const base = { id: 'the-edit', term: 'The Edit', category: 'editorial', definition: 'A cut.' };

/** [what it shows, the entry] — each judged alone (cross-entry rules are the validator's only). */
const ACCEPTED = [
  ['a bundled entry as it is', lut],
  ['the minimum: id, term, category, definition (no letter: it is derived)', base],
  ['the letter given, and right', { ...base, letter: 'T' }],
  ['an accented term filed under its letter', { ...base, id: 'eclair', term: 'Éclair', letter: 'E' }],
  ['a term that starts with a digit, filed under its first letter', { ...base, id: 'k4', term: '4K', letter: 'K' }],
  ['a term with no Latin letter: "#"', { ...base, id: 'x2020', term: '2020', letter: '#' }],
  ['every optional field', { ...lut, id: 'x', seeAlso: [], aliases: ['One', 'Two'], expansion: 'Ex', caseSensitive: false, links: [{ label: 'More', path: 'https://x.example/a' }] }],
  ['a link path in any case, after spaces', { ...base, links: [{ label: 'More', path: ' HTTPS://x.example/' }] }],
];
const REJECTED = [
  ['the letter given, and contradicting the term ("The Edit" is filed under T)', { ...base, letter: 'E' }],
  ['a letter that is not one', { ...base, letter: 'ab' }],
  ['a lower-case letter', { ...base, letter: 't' }],
  ['"#" for a term that has a letter', { ...base, letter: '#' }],
  ['an id that is not a slug', { ...base, id: 'Not Kebab' }],
  ['no id', { term: 'X', category: 'color', definition: 'Y.' }],
  ['an empty term', { ...base, term: '' }],
  ['a blank definition', { ...base, definition: '   ' }],
  ['an unknown category', { ...base, category: 'lighting' }],
  ['an unknown field', { ...base, extra: true }],
  ['a misspelt field', { ...base, seealso: ['lut'] }],
  ['null for an optional field', { ...base, expansion: null }],
  ['a number for a string', { ...base, expansion: 3 }],
  ['aliases that are not an array', { ...base, aliases: 'LUT' }],
  ['an empty alias', { ...base, aliases: [''] }],
  ['a repeated alias', { ...base, aliases: ['Cut', 'Cut'] }],
  ['a repeated see-also', { ...base, seeAlso: ['lut', 'lut'] }],
  ['caseSensitive that is not a boolean', { ...base, caseSensitive: 'yes' }],
  ['a javascript: link', { ...base, links: [{ label: 'x', path: 'javascript:alert(1)' }] }],
  ['a protocol-relative link', { ...base, links: [{ label: 'x', path: '//evil.example/' }] }],
  ['a link without a label', { ...base, links: [{ path: '/a' }] }],
  ['a link with a field it does not have', { ...base, links: [{ label: 'x', path: '/a', target: '_blank' }] }],
  ['a link that is not an object', { ...base, links: ['/a'] }],
  ['an entry that is not an object', 'lut'],
];

const validate = new Ajv2020({ allErrors: true }).compile(schema);
/** The validator's verdict on one entry alone (see-also ids given a target, so only this entry's own rules count). */
function validatorAccepts(entry) {
  const others = [...new Set(entry?.seeAlso ?? [])]
    .filter((id) => typeof id === 'string' && /^[a-z0-9-]+$/.test(id) && id !== entry.id)
    .map((id) => ({ id, term: `T ${id}`, category: 'color', definition: 'D.' }));
  return createGlossary([entry, ...others]).errors.length === 0;
}

for (const [what, entry] of ACCEPTED) {
  test(`both accept: ${what}`, () => {
    assert.equal(validate([entry]), true, JSON.stringify(validate.errors));
    assert.equal(validatorAccepts(entry), true, JSON.stringify(createGlossary([entry]).errors));
  });
}
for (const [what, entry] of REJECTED) {
  test(`both reject: ${what}`, () => {
    assert.equal(validate([entry]), false, 'the schema accepts it');
    assert.equal(validatorAccepts(entry), false, 'createGlossary accepts it');
  });
}

test("a contradicting letter is an error and the entry is filed under its term's letter", () => {
  const g = createGlossary([{ ...base, letter: 'E' }]);
  assert.equal(g.entries[0].letter, 'T');
  assert.match(g.errors[0].message, /"letter" is "E" but "The Edit" is filed under "T"/);
});

test('the bundled dataset passes both', () => {
  assert.equal(validate(terms), true);
  assert.deepEqual(createGlossary(terms).errors, []);
});
