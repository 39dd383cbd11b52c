// `npx post-glossary`: the command line as a site's build or CI runs it. src/cli.ts is bundled into
// a temporary dist/cli.js next to a copy of bin/post-glossary.js (the file package.json "bin"
// names), which is spawned with node, as npx does. `npm run test:pack` runs the installed one too.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { parse } from 'parse5';
import { buildSource, root } from './build-source.mjs';

let built;
let bin;
let work;

before(async () => {
  built = await buildSource(['src/cli.ts']);
  mkdirSync(join(built.dir, 'dist'));
  mkdirSync(join(built.dir, 'bin'));
  copyFileSync(built.files['src/cli.ts'], join(built.dir, 'dist/cli.js'));
  // dist/ is ESM because the package is "type": "module".
  writeFileSync(join(built.dir, 'package.json'), JSON.stringify({ type: 'module', version: '9.9.9-test' }));
  bin = join(built.dir, 'bin/post-glossary.js');
  copyFileSync(join(root, 'bin/post-glossary.js'), bin);
  work = mkdtempSync(join(tmpdir(), 'post-glossary-cli-'));
});
after(() => {
  built?.remove();
  if (work) rmSync(work, { recursive: true, force: true });
});

/** Runs the CLI: { code, out, err }. */
function cli(args, { input, cwd = work } = {}) {
  const r = spawnSync(process.execPath, [bin, ...args], { cwd, input, encoding: 'utf8' });
  return { code: r.status, out: r.stdout, err: r.stderr };
}
const file = (name, text) => {
  const p = join(work, name);
  writeFileSync(p, text);
  return p;
};

const GOOD = [
  { id: 'night-shift', term: 'Night Shift', category: 'industry', definition: 'Our 2024 series, graded in Dolby Vision.', seeAlso: ['dolby-vision'] },
  { id: 'gaffer-tape', term: 'Gaffer tape', category: 'workflow', definition: 'Cloth tape that leaves no residue.' },
];

test('--help: the overview and each command, exit 0; no command: the overview and exit 2', () => {
  const top = cli(['--help']);
  assert.equal(top.code, 0);
  for (const c of ['validate', 'link', 'render', 'export']) assert.match(top.out, new RegExp(`^  ${c}\\b`, 'm'));
  for (const c of ['validate', 'link', 'render', 'export']) {
    const r = cli([c, '--help']);
    assert.equal(r.code, 0, c);
    assert.match(r.out, new RegExp(`^Usage: post-glossary ${c}`), c);
  }
  assert.match(cli(['export', '-h']).out, /--format json\|llms/);
  const none = cli([]);
  assert.equal(none.code, 2);
  assert.match(none.out, /^Usage: post-glossary <command>/);
  assert.equal(cli(['--version']).out.trim(), '9.9.9-test');
});

test('bad usage: unknown command or option, missing value, bad value: a clear message and exit 2', () => {
  const cases = [
    [['frobnicate'], /unknown command "frobnicate"/],
    [['link', '--bogus'], /Unknown option '--bogus'.*see post-glossary link --help/],
    [['render', '--out'], /--out/],
    [['export'], /export needs --format json or --format llms/],
    [['export', '--format', 'xml'], /--format must be "json" or "llms", not "xml"/],
    [['render', '--heading-level', '9'], /--heading-level must be a whole number from 2 to 6/],
    [['render', '--url', 'javascript:alert(1)'], /--url must be an http\(s\) address/],
    [['validate'], /validate needs a file/],
    [['link', '--mode', 'merge'], /--mode must be "extend" or "replace", not "merge"/],
  ];
  for (const [args, message] of cases) {
    const r = cli(args, { input: '' });
    assert.equal(r.code, 2, args.join(' '));
    assert.match(r.err, message, args.join(' '));
    assert.doesNotMatch(r.err, /\n\s+at /, 'no stack trace');
  }
});

test('validate: ok with a count; problems listed with the createGlossary messages and exit 1', () => {
  const good = file('good.json', JSON.stringify(GOOD));
  const ok = cli(['validate', good]);
  assert.equal(ok.code, 0, ok.err);
  assert.match(ok.out, /good\.json: 2 entries, no problems/);

  const bad = file('bad.json', JSON.stringify([{ id: 'Bad Id', term: 'X', category: 'color', definition: 'x' }, { id: 'lut2', category: 'nope', definition: '' }, GOOD[0], GOOD[0]]));
  const r = cli(['validate', bad]);
  assert.equal(r.code, 1);
  assert.match(r.err, /bad\.json: entry "Bad Id": "id" must be a kebab-case slug/);
  assert.match(r.err, /bad\.json: entry "lut2": "definition" is empty/);
  assert.match(r.err, /bad\.json: entry "lut2": "term" is missing/);
  assert.match(r.err, /bad\.json: entry "lut2": "category" must be one of color, editorial/);
  assert.match(r.err, /bad\.json: entry "night-shift": duplicate id/);
  assert.match(r.err, /\d+ problems found/);

  // seeAlso may name a bundled entry when the entries extend the bundled glossary, not when they replace it.
  assert.equal(cli(['validate', good, '--mode', 'replace']).code, 1);
  assert.match(cli(['validate', good, '--mode', 'replace']).err, /entry "night-shift": "seeAlso" names "dolby-vision", which is not in the glossary/);

  const missing = cli(['validate', join(work, 'nope.json')]);
  assert.equal(missing.code, 1);
  assert.match(missing.err, /cannot read .*nope\.json: no such file/);
  const notJson = cli(['validate', file('broken.json', '[{"id": "x",]')]);
  assert.equal(notJson.code, 1);
  assert.match(notJson.err, /broken\.json is not valid JSON/);
  const notArray = cli(['validate', file('object.json', '{"id": "x"}')]);
  assert.equal(notArray.code, 1);
  assert.match(notArray.err, /object\.json: a glossary must be an array of entries, not object/);
});

test('link: a file or stdin to stdout or --out, with the options and a site glossary', () => {
  const article = '<!-- keep -->\n<h2>LUT</h2>\n<p>The LUT&nbsp;and Night Shift, the LUT again, a CDL.</p>\n';
  const r = cli(['link', file('in.html', article)]);
  assert.equal(r.code, 0, r.err);
  assert.equal(r.out, '<!-- keep -->\n<h2>LUT</h2>\n<p>The <post-term term="lut">LUT</post-term>&nbsp;and Night Shift, the LUT again, a <post-term term="cdl">CDL</post-term>.</p>\n');
  const piped = cli(['link', '--all', '--exclude', 'cdl', '--glossary-href', '/glossary', '--terms', file('site.json', JSON.stringify(GOOD))], { input: article });
  assert.equal(piped.code, 0, piped.err);
  assert.equal(
    piped.out,
    '<!-- keep -->\n<h2>LUT</h2>\n<p>The <post-term term="lut" glossary-href="/glossary">LUT</post-term>&nbsp;and <post-term term="night-shift" glossary-href="/glossary">Night Shift</post-term>, the <post-term term="lut" glossary-href="/glossary">LUT</post-term> again, a CDL.</p>\n',
  );
  const out = join(work, 'out.html');
  assert.equal(cli(['link', join(work, 'in.html'), '--out', out]).code, 0);
  assert.equal(readFileSync(out, 'utf8'), r.out);
  // A site glossary with a broken entry: the entry is left out, with a warning; the link still happens.
  const warn = cli(['link', join(work, 'in.html'), '--terms', file('half.json', JSON.stringify([...GOOD, { id: 'x' }]))]);
  assert.equal(warn.code, 0);
  assert.match(warn.err, /warning: .*half\.json: entry "x": "term" is missing \(left out\)/);
  assert.match(warn.out, /<post-term term="night-shift">Night Shift<\/post-term>/);
  const missing = cli(['link', join(work, 'missing.html')]);
  assert.equal(missing.code, 1);
  assert.match(missing.err, /cannot read .*missing\.html: no such file/);
  assert.equal(cli(['link', '--terms', join(work, 'broken.json')], { input: article }).code, 1);
});

test('render --out: a whole page a crawler reads without JavaScript; --element and --fragment', () => {
  const out = join(work, 'glossary.html');
  const r = cli(['render', '--out', out, '--url', 'https://example.com/glossary', '--title', 'Post <glossary>', '--terms', file('site2.json', JSON.stringify(GOOD))]);
  assert.equal(r.code, 0, r.err);
  assert.equal(r.out, '');
  const page = readFileSync(out, 'utf8');
  assert.match(page, /^<!doctype html>\n<html lang="en">/);
  assert.match(page, /<title>Post &lt;glossary&gt;<\/title>/);
  const ld = JSON.parse(/<script type="application\/ld\+json" data-post-glossary>(.*?)<\/script>/s.exec(page)[1]);
  assert.equal(ld.hasDefinedTerm.length, 72);
  assert.equal(ld.hasDefinedTerm.find((t) => t.termCode === 'night-shift').url, 'https://example.com/glossary#night-shift');
  const ids = new Set();
  const walk = (n) => {
    const id = n.attrs?.find((a) => a.name === 'id')?.value;
    if (id) ids.add(id);
    for (const c of n.childNodes ?? []) walk(c);
  };
  walk(parse(page));
  for (const id of ['night-shift', 'gaffer-tape', 'lut', 'letter-g', 'letter-n']) assert.ok(ids.has(id), id);

  const element = cli(['render', '--element', '--script', 'https://cdn.jsdelivr.net/npm/post-glossary', '--url', 'https://example.com/g']);
  assert.equal(element.code, 0, element.err);
  assert.match(element.out, /<head>[^]*<script type="application\/ld\+json" data-post-glossary>[^]*<script type="module" src="https:\/\/cdn.jsdelivr.net\/npm\/post-glossary"><\/script>\n<\/head>/);
  assert.match(element.out, /<glossary-index>\n<div class="post-glossary-static">/);
  const fragment = cli(['render', '--fragment', '--categories', 'sound']);
  assert.equal(fragment.code, 0);
  assert.match(fragment.out, /^<div class="post-glossary-static">/);
  assert.doesNotMatch(fragment.out, /<html|id="lut"/);
  assert.match(fragment.out, /id="adr"/);
  assert.match(cli(['render']).err, /without --url the page has no JSON-LD/);
  assert.equal(cli(['render', 'glossary.html']).code, 2);
});

test('export --format json|llms: the merged glossary', () => {
  const site = file('site3.json', JSON.stringify(GOOD));
  const json = cli(['export', '--format', 'json', '--terms', site]);
  assert.equal(json.code, 0, json.err);
  const entries = JSON.parse(json.out);
  assert.equal(entries.length, 72);
  assert.deepEqual(
    entries.find((e) => e.id === 'gaffer-tape'),
    { id: 'gaffer-tape', term: 'Gaffer tape', aliases: [], letter: 'G', category: 'workflow', definition: 'Cloth tape that leaves no residue.', seeAlso: [], links: [] },
  );
  const bundled = JSON.parse(readFileSync(join(root, 'data/terms.json'), 'utf8'));
  const lut = bundled.find((e) => e.id === 'lut');
  const text = cli(['export', '--format', 'llms', '--url', 'https://example.com/glossary']);
  assert.equal(text.code, 0, text.err);
  assert.match(text.out, /^# Post-production glossary\n\n> 70 terms of film and television post-production/);
  // Definitions verbatim, each under its name, with its link.
  assert.ok(text.out.includes(`## ${lut.term}${lut.expansion ? ` (${lut.expansion})` : ''}\n\n${lut.definition}\n`));
  assert.match(text.out, /- URL: https:\/\/example.com\/glossary#lut\n/);
  assert.equal(text.out.match(/^## /gm).length, 70);
  const out = join(work, 'llms.txt');
  assert.equal(cli(['export', '--format', 'llms', '--out', out]).code, 0);
  assert.ok(existsSync(out));
});
