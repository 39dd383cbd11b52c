// The bundled dataset against its schema and against the studio's page it was built from.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';
import { parseGlossaryPage, normaliseSpace } from '../../scripts/parse-glossary-page.mjs';
import { packedModule } from '../../scripts/pack-terms.mjs';
import { buildTerms } from '../../scripts/build-data.mjs';

const read = (p) => readFileSync(new URL(`../../${p}`, import.meta.url), 'utf8');
const terms = JSON.parse(read('data/terms.json'));
const schema = JSON.parse(read('data/terms.schema.json'));
const page = read('data/source/glossary-page.txt');

test('data/terms.json conforms to data/terms.schema.json', () => {
  const validate = new Ajv2020({ allErrors: true }).compile(schema);
  const ok = validate(terms);
  assert.ok(ok, JSON.stringify(validate.errors, null, 2));
});

test('the schema rejects what the core rejects', () => {
  const validate = new Ajv2020().compile(schema);
  const good = terms[0];
  for (const bad of [
    { ...good, id: 'Not Kebab' },
    { ...good, term: '' },
    { ...good, category: 'lighting' },
    { ...good, links: [{ label: 'x', path: 'javascript:alert(1)' }] },
    { ...good, extra: true },
    // Issue 13: the index's own anchors, and paths that only look site-relative.
    { ...good, id: 'letter-a' },
    { ...good, id: 'letter-other' },
    ...['/\\evil.example/x', '/\t/evil.example/x', '/\n/evil.example/x', '/\r/evil.example/x', '/\\/evil.example/x', '//evil.example/x'].map((path) => ({ ...good, links: [{ label: 'x', path }] })),
  ]) {
    assert.equal(validate([bad]), false, JSON.stringify(bad).slice(0, 80));
  }
  // Names with no Latin letter are filed under "#".
  assert.equal(validate([{ ...good, id: 'color-correction-ko', term: '색보정', letter: '#', seeAlso: [] }]), true, JSON.stringify(validate.errors));
});

test('70 entries: 62 from the letters A–X and 8 Additional Terms', () => {
  const paragraphs = parseGlossaryPage(page);
  assert.equal(paragraphs.length, 70);
  assert.equal(paragraphs.filter((p) => p.section !== 'Additional Terms').length, 62);
  assert.equal(paragraphs.filter((p) => p.section === 'Additional Terms').length, 8);
  assert.equal(terms.length, 70);
});

test('every definition of the page is present verbatim; calls to action moved to links', () => {
  const byText = new Map();
  for (const t of terms) {
    const full = normaliseSpace([t.definition, ...t.links.map((l) => l.label)].join(' '));
    byText.set(full, t);
  }
  for (const { text } of parseGlossaryPage(page)) {
    // The page's CTA ends in "→" or "."; the link label keeps the words only.
    const stripped = normaliseSpace(text.replace(/\s*→\s*$/, ''));
    const found = byText.get(stripped) ?? byText.get(stripped.replace(/\.$/, ''));
    assert.ok(found, `no entry carries: ${text.slice(0, 90)}…`);
  }
  for (const t of terms) {
    assert.doesNotMatch(t.definition, /→|Learn more|Read our|Read about|See our/, `${t.id} still carries a call to action`);
  }
});

test('ids are unique kebab-case; seeAlso resolves, is symmetric and never self', () => {
  const ids = new Set(terms.map((t) => t.id));
  assert.equal(ids.size, terms.length);
  for (const t of terms) {
    assert.match(t.id, /^[a-z0-9]+(-[a-z0-9]+)*$/);
    assert.ok(t.seeAlso.length > 0, `${t.id} has no related entries`);
    for (const other of t.seeAlso) {
      assert.ok(ids.has(other), `${t.id} → ${other} does not resolve`);
      assert.notEqual(other, t.id);
      assert.ok(terms.find((o) => o.id === other).seeAlso.includes(t.id), `${other} does not point back to ${t.id}`);
    }
  }
});

test('letters match the terms and the index is sorted A–Z', () => {
  const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });
  for (const t of terms) assert.equal(t.letter, t.term.match(/[A-Za-z]/)[0].toUpperCase(), t.term);
  const sorted = [...terms].sort((a, b) => collator.compare(a.term, b.term));
  assert.deepEqual(
    terms.map((t) => t.term),
    sorted.map((t) => t.term),
  );
  // The page's slips are not kept: AAF before ADR, Dailies before DPX.
  const order = terms.map((t) => t.id);
  assert.ok(order.indexOf('aaf') < order.indexOf('adr'));
  assert.ok(order.indexOf('dailies') < order.indexOf('dpx'));
  // Additional Terms are filed under their own letters.
  for (const [id, letter] of [
    ['after-effects', 'A'],
    ['codec', 'C'],
    ['hdr10-plus', 'H'],
    ['lkfs-lufs', 'L'],
    ['omf-aaf', 'O'],
    ['rec-2020', 'R'],
    ['virtual-production', 'V'],
    ['xml-edl', 'X'],
  ]) {
    assert.equal(terms.find((t) => t.id === id).letter, letter);
  }
});

test('no empty field anywhere', () => {
  const walk = (v, path) => {
    if (typeof v === 'string') assert.ok(v.trim().length > 0, `${path} is empty`);
    else if (Array.isArray(v)) v.forEach((x, i) => walk(x, `${path}[${i}]`));
    else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) walk(x, `${path}.${k}`);
  };
  terms.forEach((t) => walk(t, t.id));
});

test('names the page kept and names reconstructed from the definitions', () => {
  const name = (id) => terms.find((t) => t.id === id)?.term;
  // Kept by the page (Additional Terms):
  assert.equal(name('hdr10-plus'), 'HDR10+');
  assert.equal(name('lkfs-lufs'), 'LKFS / LUFS');
  assert.equal(name('omf-aaf'), 'OMF / AAF');
  assert.equal(name('xml-edl'), 'XML / EDL');
  assert.equal(name('rec-2020'), 'Rec.2020');
  assert.equal(name('virtual-production'), 'Virtual Production');
  // Reconstructed: the definition names its subject.
  const byDefinition = (needle) => terms.find((t) => t.definition.includes(needle))?.term;
  assert.equal(byDefinition('Academy of Motion Picture Arts and Sciences. ACES provides'), 'ACES');
  assert.equal(byDefinition('proprietary protocol (FASP)'), 'Aspera');
  assert.equal(byDefinition('Blackmagic Design'), 'DaVinci Resolve');
  assert.equal(byDefinition('maps input color values to output'), 'LUT');
  assert.equal(byDefinition('KDMs are the security mechanism'), 'KDM');
  assert.equal(byDefinition('slope, offset, power'), 'CDL');
  assert.equal(byDefinition('Samsung'), 'HDR10+');
});

test('data/terms.json is what scripts/build-data.mjs makes from the source page', () => {
  assert.equal(`${JSON.stringify(buildTerms(page), null, 2)}\n`, read('data/terms.json'));
});

test('src/core/bundled-terms.ts is data/terms.json packed (npm run build:data)', () => {
  assert.equal(packedModule(terms), read('src/core/bundled-terms.ts'));
});
