// post-glossary/html and post-glossary/rehype in Node, as a static site generator or a CMS build
// step uses them. The sources are bundled with esbuild first (see build-source.mjs).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { parse, parseFragment } from 'parse5';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import rehypeRaw from 'rehype-raw';
import rehypeStringify from 'rehype-stringify';
import { importSource, root } from './build-source.mjs';

let html;
let rehype;
let data;
let remove;
const article = readFileSync(join(root, 'test/fixtures/article.html'), 'utf8');
const NEVER_LINKED = JSON.parse(readFileSync(join(root, 'test/fixtures/never-linked.json'), 'utf8'));

before(async () => {
  const built = await importSource(['src/html.ts', 'src/rehype.ts', 'src/data.ts']);
  ({ 'src/html.ts': html, 'src/rehype.ts': rehype, 'src/data.ts': data } = built.modules);
  remove = built.remove;
});
after(() => remove?.());

/** [id, text] of every <post-term> the HTML holds, parsed as a browser would, in document order. */
function linked(out) {
  const found = [];
  const walk = (n) => {
    if (n.tagName === 'post-term') found.push([n.attrs.find((a) => a.name === 'term')?.value, text(n)]);
    for (const c of n.childNodes ?? []) walk(c);
  };
  walk(/^\s*<!doctype/i.test(out) ? parse(out) : parseFragment(out));
  return found;
}
const text = (n) => (n.nodeName === '#text' ? n.value : (n.childNodes ?? []).map(text).join(''));
/** Removes the tags linkTerms inserts (the input holds no <post-term term=… glossary-href=…>). */
const unwrap = (s) => s.replace(/<post-term term="[a-z0-9-]+"(?: glossary-href="[^"]*")?(?: link-base="[^"]*")?>([^]*?)<\/post-term>/g, '$1');

test('an empty glossary gives back every byte of real-world HTML', () => {
  const empty = { glossary: [], mode: 'replace' };
  const pages = [article, ...['demo/index.html', 'demo/autolink.html', 'demo/glossary.html', 'demo/search.html', 'demo/embed.html'].map((f) => readFileSync(join(root, f), 'utf8'))];
  // Whatever HTML the installed packages ship (documentation pages), when there is some.
  const more = ['node_modules/tslib/tslib.html', 'node_modules/ua-parser-js/dist/ua-parser.html'].filter((f) => existsSync(join(root, f)));
  for (const f of more) pages.push(readFileSync(join(root, f), 'utf8'));
  // Markup errors, CR LF, NUL, character references of every kind, foreign content, raw text.
  pages.push(
    '\uFEFF<!-- a comment first --><!DOCTYPE html>\r\n<HTML><Body ONLOAD=x()><p>a &amp b &notit; &#x1F3AC; &#128; &NotEqualTilde;</span>c\r\n\0d</p><table>stray<tr><td>cell</table><p>unclosed<li>item',
    '<p class=x id=\'y\' data-a="&quot;q&quot;">LUT</p><![CDATA[x]]><svg><foreignObject><p>LUT</p></foreignObject></svg><math><mi>x</mi></math><textarea>&lt;LUT&gt;</textarea>',
  );
  for (const page of pages) assert.equal(html.linkTerms(page, empty), page);
});

test('with the bundled glossary only <post-term> tags are added: the rest is byte for byte the input', () => {
  const pages = [article.replace('<post-term term="vfx">VFX</post-term>', 'VFX'), readFileSync(join(root, 'demo/autolink.html'), 'utf8')];
  for (const page of pages) {
    const out = html.linkTerms(page);
    assert.notEqual(out, page, 'something was linked');
    assert.equal(unwrap(out), page);
  }
  const withAttrs = html.linkTerms(pages[0], { glossaryHref: '/glossary?x=1&y="2"', linkBase: 'https://example.com/' });
  assert.match(withAttrs, /<post-term term="lut" glossary-href="\/glossary\?x=1&amp;y=&quot;2&quot;" link-base="https:\/\/example.com\/">LUT<\/post-term>/);
});

test('links the first mention of each term in a realistic article, skipping what the browser skips', () => {
  const out = html.linkTerms(article);
  const got = linked(out);
  // The hand-tagged VFX counts as mentioned: no other VFX is linked, although it comes later in the text than "VFX pulls".
  assert.deepEqual(
    got.filter(([id]) => id === 'vfx'),
    [['vfx', 'VFX']],
  );
  const ids = got.map(([id]) => id);
  assert.equal(new Set(ids).size, ids.length, 'each term once');
  assert.deepEqual(got.slice(0, 4), [
    ['picture-lock', 'picture lock'],
    ['aaf', 'AAF'],
    ['edl', 'EDL'],
    ['conform', 'conform'],
  ]);
  // Entities and line breaks inside a name: wrapped as written.
  assert.match(out, /<post-term term="dolby-vision">Dolby&nbsp;Vision<\/post-term>/);
  assert.match(out, /<post-term term="rec-709">Rec\.&nbsp;709<\/post-term>/);
  // Nothing in the head, the nav, headings, links, buttons, code, widgets, forms, SVG, opted-out regions.
  const doc = parse(out);
  const never = (n, inside) => {
    if (n.tagName === 'post-term' && inside) assert.fail(`a term inside <${inside}>: ${text(n)}`);
    const attr = (name) => n.attrs?.find((a) => a.name === name)?.value ?? null;
    const skip = n.tagName && n.tagName !== 'post-term' && html.isNeverLinked(n.tagName, attr) ? n.tagName : inside;
    for (const c of n.childNodes ?? []) never(c, skip);
  };
  never(doc, undefined);
  for (const id of ['hdr', 'aspera', 'dit', 'dcp']) assert.ok(ids.includes(id) === !['hdr', 'aspera'].includes(id), id);
});

test('never links inside the widgets, controls and regions <glossary-autolink> skips (the cases of its browser test)', () => {
  for (const [what, markup] of NEVER_LINKED) {
    const out = html.linkTerms(`${markup}<p id="prose">Prose: the LUT.</p>`);
    assert.ok(out.endsWith('<p id="prose">Prose: the <post-term term="lut">LUT</post-term>.</p>'), `${what}: ${out}`);
    assert.equal(linked(out).length, 1, what);
  }
  // Focus targets, tab panels and regions hold prose.
  assert.deepEqual(linked(html.linkTerms('<main tabindex="-1"><p>The LUT.</p></main><div role="tabpanel"><p>A CDL.</p></div>')), [
    ['lut', 'LUT'],
    ['cdl', 'CDL'],
  ]);
});

test('options: all, exclude (list or "a, b"), a site glossary extending or replacing the bundled one', () => {
  const p = '<p>The LUT, a CDL, the LUT again and the DIT.</p>';
  assert.deepEqual(
    linked(html.linkTerms(p, { all: true })).map(([id]) => id),
    ['lut', 'cdl', 'lut', 'dit'],
  );
  assert.deepEqual(
    linked(html.linkTerms(p, { exclude: 'lut, cdl' })).map(([id]) => id),
    ['dit'],
  );
  assert.deepEqual(
    linked(html.linkTerms(p, { exclude: ['dit'] })).map(([id]) => id),
    ['lut', 'cdl'],
  );
  const site = [{ id: 'night-shift', term: 'Night Shift', category: 'industry', definition: 'Our 2024 series.' }];
  assert.deepEqual(linked(html.linkTerms('<p>Night Shift used a LUT.</p>', { glossary: site })), [
    ['night-shift', 'Night Shift'],
    ['lut', 'LUT'],
  ]);
  assert.deepEqual(linked(html.linkTerms('<p>Night Shift used a LUT.</p>', { glossary: site, mode: 'replace' })), [['night-shift', 'Night Shift']]);
  const glossary = data.createGlossary(site);
  assert.deepEqual(linked(html.linkTerms('<p>Night Shift used a LUT.</p>', { glossary })), [['night-shift', 'Night Shift']]);
  // An existing <post-term> (by its term attribute or its text) counts as mentioned, wherever it is.
  assert.deepEqual(linked(html.linkTerms('<p>A LUT.</p><p><post-term>LUTs</post-term></p>')), [[undefined, 'LUTs']]);
  assert.throws(() => html.linkTerms(undefined), /linkTerms needs an HTML string/);
  // Options of the wrong type are ignored, not thrown on (a config file typo must not break a build).
  assert.deepEqual(
    linked(html.linkTerms(p, { exclude: 42, glossaryHref: 42, linkBase: {} })).map(([id]) => id),
    ['lut', 'cdl', 'dit'],
  );
  assert.doesNotMatch(html.linkTerms(p, { glossaryHref: 42 }), /glossary-href/);
});

test('odd but real markup: a name across an ignored tag is not wrapped; text in a table; a fragment', () => {
  // "Dolby</span>Vision": one text node for the parser, but a tag sits in the name in the source.
  assert.equal(html.linkTerms('<p>Dolby</span> Vision</p>'), '<p>Dolby</span> Vision</p>');
  // The mention is not lost: the next one is linked.
  assert.deepEqual(linked(html.linkTerms('<p>Dolby</span> Vision, then Dolby Vision.</p>')), [['dolby-vision', 'Dolby Vision']]);
  const table = '<table>A LUT<tr><td>a CDL</td></tr></table>';
  assert.deepEqual(linked(html.linkTerms(table)), [
    ['lut', 'LUT'],
    ['cdl', 'CDL'],
  ]);
  assert.equal(unwrap(html.linkTerms(table)), table);
  assert.equal(html.linkTerms('LUT'), '<post-term term="lut">LUT</post-term>');
  assert.equal(html.linkTerms('<td>LUT</td>'), '<td><post-term term="lut">LUT</post-term></td>');
});

test('rehype plugin in a unified pipeline: Markdown to HTML with the terms linked', async () => {
  const md = [
    '# Grading with a LUT',
    '',
    'We graded in DaVinci Resolve with a show LUT, then mastered in Dolby Vision.',
    '',
    'The `LUT` in code, a [LUT link](/x) and **a CDL** in bold.',
    '',
    '<div data-no-glossary>',
    '',
    'An opted-out DIT.',
    '',
    '</div>',
    '',
    'Finally the DIT and the LUT again.',
  ].join('\n');
  const file = await unified().use(remarkParse).use(remarkRehype, { allowDangerousHtml: true }).use(rehypeRaw).use(rehype.default, { glossaryHref: '/glossary' }).use(rehypeStringify).process(md);
  const out = String(file);
  assert.deepEqual(linked(out), [
    ['davinci-resolve', 'DaVinci Resolve'],
    ['lut', 'LUT'],
    ['dolby-vision', 'Dolby Vision'],
    ['cdl', 'CDL'],
    ['dit', 'DIT'],
  ]);
  assert.match(out, /<h1>Grading with a LUT<\/h1>/);
  assert.match(out, /<post-term term="lut" glossary-href="\/glossary">LUT<\/post-term>/);
  assert.match(out, /<div data-no-glossary(?:="")?>\s*<p>An opted-out DIT.<\/p>/);
  // The same article through linkTerms gets the same terms.
  const plain = String(await unified().use(remarkParse).use(remarkRehype, { allowDangerousHtml: true }).use(rehypeRaw).use(rehypeStringify).process(md));
  assert.deepEqual(
    linked(html.linkTerms(plain)),
    linked(out).map(([id, t]) => [id, t]),
  );
});

test('rehype plugin: every option, widgets in raw HTML, and no second <post-term> in an existing one', async () => {
  const run = async (md, options) =>
    String(await unified().use(remarkParse).use(remarkRehype, { allowDangerousHtml: true }).use(rehypeRaw).use(rehype.default, options).use(rehypeStringify).process(md));
  assert.deepEqual(
    linked(await run('LUT, CDL, LUT.', { all: true, exclude: 'cdl' })).map(([id]) => id),
    ['lut', 'lut'],
  );
  assert.deepEqual(linked(await run('Night Shift and a LUT.', { glossary: [{ id: 'night-shift', term: 'Night Shift', category: 'industry', definition: 'x' }], mode: 'replace' })), [
    ['night-shift', 'Night Shift'],
  ]);
  for (const [what, markup] of NEVER_LINKED) {
    // In a <div>: an HTML block for Markdown, whatever the markup inside.
    const out = await run(`<div>${markup}</div>\n\nProse: the LUT.`);
    assert.deepEqual(linked(out), [['lut', 'LUT']], what);
    assert.match(out, /<p>Prose: the <post-term term="lut">LUT<\/post-term>.<\/p>/, what);
  }
  assert.deepEqual(linked(await run('<post-term term="lut">the LUT</post-term> and a LUT.')), [['lut', 'the LUT']]);
});

test('rehype plugin in MDX (the Next.js recipe): JSX elements follow the rules, and React renders the terms', async () => {
  const { evaluate } = await import('@mdx-js/mdx');
  const runtime = await import('react/jsx-runtime');
  const { renderToStaticMarkup } = await import('react-dom/server');
  const { createElement } = await import('react');
  const source = [
    '# A LUT in the title',
    '',
    'We graded in DaVinci Resolve with a show LUT.',
    '',
    '<Callout data-no-glossary>An opted-out DIT.</Callout>',
    '',
    '<div role="tab">A CDL in a tab.</div>',
    '',
    '<post-term term="dit">the DIT</post-term> was hand-tagged; the DIT again, and a CDL.',
  ].join('\n');
  const { default: Content } = await evaluate(source, { ...runtime, rehypePlugins: [[rehype.default, { glossaryHref: '/glossary' }]] });
  const Callout = ({ children }) => createElement('aside', null, children);
  const out = renderToStaticMarkup(createElement(Content, { components: { Callout } }));
  assert.deepEqual(linked(out), [
    ['davinci-resolve', 'DaVinci Resolve'],
    ['lut', 'LUT'],
    ['dit', 'the DIT'],
    ['cdl', 'CDL'],
  ]);
  assert.match(out, /<post-term term="lut" glossary-href="\/glossary">LUT<\/post-term>/);
  assert.match(out, /<aside>An opted-out DIT.<\/aside>/);
  assert.match(out, /<div role="tab">A CDL in a tab.<\/div>/);
});

test("the README's build-time recipes: the plain Node script runs, the Astro config is the one test:astro builds", async () => {
  const { snippet } = await import('../../scripts/gen-docs.mjs');
  const readme = readFileSync(join(root, 'README.md'), 'utf8');
  const astro = snippet(readme, 'build-astro');
  assert.ok(readFileSync(join(root, 'test/astro/astro.config.mjs'), 'utf8').includes(astro.trim().split('\n').slice(1).join('\n')), 'the README Astro config is test/astro/astro.config.mjs');
  const node = snippet(readme, 'build-node');
  const { mkdtempSync, mkdirSync, writeFileSync, rmSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const { pathToFileURL } = await import('node:url');
  const { spawnSync } = await import('node:child_process');
  const { buildSource } = await import('./build-source.mjs');
  const built = await buildSource(['src/html.ts']);
  const site = mkdtempSync(join(tmpdir(), 'post-glossary-readme-'));
  try {
    mkdirSync(join(site, 'dist/blog'), { recursive: true });
    writeFileSync(join(site, 'dist/blog/night-shift.html'), '<!doctype html><title>Night Shift</title><h1>A LUT</h1><p>Graded with a LUT in Dolby Vision.</p>');
    const script = join(site, 'build-glossary.mjs');
    writeFileSync(script, node.replace("'post-glossary/html'", JSON.stringify(pathToFileURL(built.files['src/html.ts']).href)));
    const r = spawnSync(process.execPath, [script], { cwd: site, encoding: 'utf8' });
    assert.equal(r.status, 0, r.stderr);
    assert.equal(
      readFileSync(join(site, 'dist/blog/night-shift.html'), 'utf8'),
      '<!doctype html><title>Night Shift</title><h1>A LUT</h1><p>Graded with a <post-term term="lut" glossary-href="/glossary/">LUT</post-term> in <post-term term="dolby-vision" glossary-href="/glossary/">Dolby Vision</post-term>.</p>',
    );
    const page = readFileSync(join(site, 'dist/glossary/index.html'), 'utf8');
    assert.match(page, /<script type="application\/ld\+json" data-post-glossary>/);
    assert.match(page, /<glossary-index>\n<div class="post-glossary-static">/);
    assert.match(page, /id="dolby-vision"/);
  } finally {
    built.remove();
    rmSync(site, { recursive: true, force: true });
  }
});

test('renderGlossaryHtml: every entry with its anchors for a crawler, options, and odd option values ignored', () => {
  const page = html.renderGlossaryHtml({ url: 'https://example.com/glossary/', linkBase: '/', sourceUrl: 'https://post.example/glossary', sourceName: 'Seoul Post' });
  const doc = parseFragment(page);
  const ids = new Set();
  const hrefs = [];
  const walk = (n) => {
    for (const a of n.attrs ?? []) {
      if (a.name === 'id') ids.add(a.value);
      if (a.name === 'href') hrefs.push(a.value);
    }
    for (const c of n.childNodes ?? []) walk(c);
  };
  walk(doc);
  const body = text(doc).replace(/\s+/g, ' ');
  for (const e of data.terms) {
    assert.ok(ids.has(e.id) && ids.has(`${e.id}--name`), e.id);
    assert.ok(body.includes(e.definition), `${e.id}: definition verbatim`);
  }
  // Every in-page link has its target; learn-more links are site-relative on a relative link base.
  for (const h of hrefs.filter((h) => h.startsWith('#'))) assert.ok(ids.has(decodeURIComponent(h.slice(1))), h);
  assert.ok(hrefs.includes('/guides/color-workflows-korea'), 'learn more, relative to link-base');
  assert.ok(hrefs.includes('https://post.example/glossary#lut'), 'canonical entry');
  assert.match(page, /<p class="credit">Glossary by <a href="https:\/\/post.example\/glossary">Seoul Post<\/a><\/p>/);
  const ld = JSON.parse(/<script type="application\/ld\+json" data-post-glossary>(.*?)<\/script>/s.exec(page)[1]);
  assert.equal(ld.name, 'Seoul Post glossary');
  assert.equal(ld.hasDefinedTerm.length, 70);
  // Categories and heading level, as <glossary-index> takes them.
  const sound = html.renderGlossaryHtml({ categories: ['sound'], headingLevel: 4 });
  assert.match(sound, /<h4 class="letter-heading" id="letter-a" tabindex="-1">A<\/h4>/);
  assert.match(sound, /<h5 class="term" id="adr" tabindex="-1">/);
  assert.doesNotMatch(sound, /id="lut"/);
  assert.doesNotMatch(sound, /application\/ld\+json/, 'no JSON-LD without a url');
  // A path that leaves the site through a relative link base is dropped.
  for (const path of ['/\\evil.example/x', '/\\\\evil.example/x', '//evil.example/x', 'https:evil.example']) {
    const evil = html.renderGlossaryHtml({ glossary: [{ id: 'x', term: 'X', category: 'vfx', definition: 'x', links: [{ label: 'Evil', path }] }], mode: 'replace', linkBase: '/' });
    assert.doesNotMatch(evil, /evil\.example/, path);
  }
  for (const element of [false, true]) assert.doesNotThrow(() => html.renderGlossaryHtml({ element, linkBase: 42, sourceUrl: {}, sourceName: 7, headingLevel: 'x', categories: 5 }));
});
