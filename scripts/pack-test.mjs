#!/usr/bin/env node
// npm run test:pack: the package as a user gets it. Builds, packs the tarball (npm pack), lints it
// (publint: every path package.json names is in it; no sources ship), checks that every entry's
// types resolve (@arethetypeswrong/cli, ESM-only: node16 from ESM and bundler), installs it into a
// temporary project (npm install <tarball>: Lit and fuse.js come from the registry), then
//  - Node imports `post-glossary/data` (and every other entry) from the installed package;
//  - Vite bundles small apps that import the entries, and Chromium checks that each tag is defined
//    and works (a bundler must keep the registrations: package.json "sideEffects");
//  - the CDN file from the tarball works on a plain HTML page, also loaded twice and next to the
//    npm entries.
// One line per check; exits 1 when any failed (it stops early only when the install or an app build
// fails). `--keep` keeps the temporary project.
import { execFileSync } from 'node:child_process';
import { createServer } from 'node:http';
import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync, existsSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { chromePath, NO_CHROME_MESSAGE } from './chrome-path.mjs';
import { launchBrowser } from './e2e-browsers.mjs';
import { elementTags, jsEntries } from './entries.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const keep = process.argv.includes('--keep');
const started = Date.now();
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
/** Every element tag and every JS entry's import specifier: package.json "exports" (scripts/entries.mjs). */
const ALL = elementTags(pkg);
const SPECIFIERS = jsEntries(pkg).map((e) => e.specifier);
const bin = (name) => join(root, 'node_modules/.bin', name);
const run = (cmd, args, opts = {}) => execFileSync(cmd, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], ...opts });

let failures = 0;
function check(ok, what, detail = '') {
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${what}${detail ? `: ${detail}` : ''}`);
  if (!ok) failures++;
  return ok;
}
function bail() {
  console.log(`pack test: ${failures} check(s) failed (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  process.exit(1);
}

const executablePath = chromePath();
if (!executablePath) {
  console.error(NO_CHROME_MESSAGE);
  process.exit(1);
}

// 1. Build and pack.
run(npm, ['run', 'build'], { cwd: root });
const work = mkdtempSync(join(tmpdir(), 'post-glossary-pack-'));
const [packed] = JSON.parse(run(npm, ['pack', '--json', '--ignore-scripts', '--pack-destination', work], { cwd: root }));
const tarball = join(work, packed.filename);
const shipped = packed.files.map((f) => f.path);
// publint: every file package.json points at (exports, types, bin, unpkg…) is in the tarball, and the
// fields are well-formed; --strict fails on its warnings too. It does not look for stray sources.
const stray = shipped.filter((f) => /^(src|test|bench|demo|scripts|node_modules)\/|\/node_modules\//.test(f));
try {
  const out = run(bin('publint'), ['run', tarball, '--strict']);
  check(
    stray.length === 0,
    'npm pack + publint: every path package.json names is in the tarball, and no sources',
    `${packed.filename}, ${shipped.length} files, ${(packed.size / 1024).toFixed(0)} KB packed; publint: ${out.trim().split('\n').pop()}${stray.length ? `; should not ship ${stray.slice(0, 5).join(', ')}` : ''}`,
  );
} catch (e) {
  check(false, 'npm pack + publint', `${e.stdout ?? ''}${e.stderr ?? e.message}`.trim().split('\n').slice(-6).join(' / '));
}
// @arethetypeswrong/cli: each entry's types, as TypeScript resolves them (an ESM-only package: node16
// from ESM and bundler; CommonJS require() is not offered).
try {
  const report = JSON.parse(run(bin('attw'), [tarball, '--profile', 'esm-only', '--format', 'json']));
  check(true, 'attw: every entry resolves to its types (node16 from ESM, bundler)', `${Object.keys(report.analysis.entrypoints).length} entry points`);
} catch (e) {
  const problems = JSON.parse(e.stdout || '{}').analysis?.problems?.filter((p) => !['node10', 'node16-cjs'].includes(p.resolutionKind));
  check(false, 'attw: every entry resolves to its types', problems ? problems.map((p) => `${p.entrypoint} ${p.resolutionKind}: ${p.kind}`).join('; ') : (e.stderr ?? e.message));
}

// 2. A project that installs the tarball.
const app = join(work, 'app');
mkdirSync(app);
writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'pack-test-app', private: true, type: 'module' }, null, 2));
try {
  run(npm, ['install', tarball, '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error'], { cwd: app });
  check(true, 'npm install <tarball> into a new project');
} catch (e) {
  check(false, 'npm install <tarball> into a new project', e.stderr?.toString().trim().split('\n').slice(-3).join(' / '));
  bail();
}

// 3. Node: the data entry (a JS module: no JSON import attributes needed), and every entry imports.
const nodeCheck = `
import { terms, lookup, search, findMentions } from 'post-glossary/data';
const out = { count: terms.length, lut: lookup('LUTs')?.id, dv: search('dolby visn')[0]?.entry.id, mention: findMentions('Graded in Dolby Vision')[0]?.id };
for (const e of ${JSON.stringify(SPECIFIERS.filter((s) => !s.endsWith('/react')))}) await import(e);
const { linkTerms, renderGlossaryHtml } = await import('post-glossary/html');
const rehype = (await import('post-glossary/rehype')).default;
out.linked = linkTerms('<p>Graded in Dolby Vision.</p>');
out.rendered = renderGlossaryHtml().includes('id="dolby-vision"');
out.rehype = typeof rehype({}) === 'function';
console.log(JSON.stringify(out));`;
try {
  const out = JSON.parse(run(process.execPath, ['--input-type=module', '-e', nodeCheck], { cwd: app }).trim().split('\n').pop());
  check(
    out.count === 70 && out.lut === 'lut' && out.dv === 'dolby-vision' && out.mention === 'dolby-vision',
    "Node: import { lookup, search, … } from 'post-glossary/data'",
    `${out.count} terms, lookup('LUTs') → ${out.lut}, search('dolby visn') → ${out.dv}; every other entry imports too`,
  );
  check(
    out.linked === '<p>Graded in <post-term term="dolby-vision">Dolby Vision</post-term>.</p>' && out.rendered && out.rehype,
    "Node: 'post-glossary/html' links and renders, 'post-glossary/rehype' gives a plugin",
    out.linked,
  );
} catch (e) {
  check(false, "Node: import 'post-glossary/data' and every entry", e.stderr?.toString().trim().split('\n').slice(0, 4).join(' / '));
}

// 3b. The command line, as `npx post-glossary` runs it from the installed package.
try {
  const bin = join(app, 'node_modules/.bin/post-glossary');
  const help = run(bin, ['--help'], { cwd: app });
  writeFileSync(join(app, 'in.html'), '<p>Mastered in Dolby Vision.</p>');
  const linked = run(bin, ['link', 'in.html'], { cwd: app });
  const ok = /^Usage: post-glossary <command>/.test(help) && linked === '<p>Mastered in <post-term term="dolby-vision">Dolby Vision</post-term>.</p>';
  check(ok, 'npx post-glossary: --help and link from the installed package', linked);
} catch (e) {
  check(false, 'npx post-glossary: --help and link from the installed package', `${e.stdout ?? ''}${e.stderr ?? e.message}`.trim().split('\n').slice(0, 3).join(' / '));
}

// 4. Pages for Chromium. Bundled pages are built with Vite in production mode from the installed
// package; the CDN pages load node_modules/post-glossary/dist/cdn/post-glossary.js as is.
const markup = `<button id="before">before</button> Graded with a <post-term>LUT</post-term>.
<glossary-provider id="provider"><button id="before2">before</button> <post-term id="grip">Grip</post-term></glossary-provider>
<glossary-autolink><p>Mastered in Dolby Vision.</p></glossary-autolink>
<glossary-search></glossary-search>
<glossary-index></glossary-index>
<glossary-preferences></glossary-preferences>`;
const page = (title, head, body = markup) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>${title}</title>${head}</head><body>${body}</body></html>`;
const cdnUrl = '/node_modules/post-glossary/dist/cdn/post-glossary.js';
const pages = {
  // Each element entry on its own, in one app.
  elements: ALL.map((tag) => `import 'post-glossary/${tag}';`).join('\n'),
  // The root entry registers every element.
  everything: "import 'post-glossary';",
  // One entry only: it must register itself (sideEffects) and bring no fuse.js.
  'post-term-only': "import 'post-glossary/post-term';",
};
const appJs = {}; // page name → [entry URL, all of its JavaScript]
try {
  for (const [name, code] of Object.entries(pages)) {
    writeFileSync(join(app, `${name}.js`), code);
    writeFileSync(join(app, `${name}.html`), page(name, `<script type="module" src="./${name}.js"></script>`, name === 'post-term-only' ? markup.split('\n')[0] : markup));
    const result = await build({
      root: app,
      configFile: false,
      logLevel: 'silent',
      mode: 'production',
      base: './',
      build: { outDir: join(app, 'dist-app', name), emptyOutDir: true, minify: true, rollupOptions: { input: join(app, `${name}.html`) } },
    });
    const chunks = (Array.isArray(result) ? result : [result]).flatMap((r) => r.output).filter((o) => o.type === 'chunk');
    appJs[name] = [`/dist-app/${name}/${chunks.find((c) => c.isEntry).fileName}`, chunks.map((c) => c.code).join('\n')];
  }
  check(true, 'Vite bundles apps that import the installed entries');
} catch (e) {
  check(false, 'Vite bundles apps that import the installed entries', e.message);
  bail();
}
const postTermJs = appJs['post-term-only'][1];
// The build-time code (post-glossary/html: parse5) never reaches an app that uses the elements.
const withParser = Object.keys(appJs).filter((n) => /sourceCodeLocationInfo|parse5/.test(appJs[n][1]));
check(withParser.length === 0, 'no parse5 in the bundled element apps', withParser.join(', ') || 'none');
check(!/Fuse\.js v\d|useExtendedSearch/.test(postTermJs), "a bundled app importing only 'post-glossary/post-term' has no fuse.js", `${(postTermJs.length / 1024).toFixed(0)} KB minified`);

writeFileSync(join(app, 'cdn.html'), page('cdn', `<script type="module" src="${cdnUrl}"></script>`));
writeFileSync(join(app, 'cdn-twice.html'), page('cdn twice', `<script type="module" src="${cdnUrl}"></script><script type="module" src="${cdnUrl}?again"></script>`));
// The single-file build, and one element's CDN file alone.
writeFileSync(join(app, 'cdn-bundle.html'), page('cdn bundle', `<script type="module" src="${cdnUrl.replace('post-glossary.js', 'post-glossary.bundle.js')}"></script>`));
writeFileSync(join(app, 'cdn-post-term.html'), page('cdn post-term', `<script type="module" src="${cdnUrl.replace('post-glossary.js', 'post-term.js')}"></script>`, markup.split('\n')[0]));
// The npm build bundled into an app, and a widget that adds the CDN file.
writeFileSync(join(app, 'cdn-and-npm.html'), page('cdn and npm', `<script type="module" src="${appJs.elements[0]}"></script><script type="module" src="${cdnUrl}"></script>`));

// 5. A static server and Chromium.
const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.map': 'application/json', '.json': 'application/json', '.css': 'text/css' };
const server = createServer((req, res) => {
  const path = normalize(decodeURIComponent(new URL(req.url, 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
  const file = join(app, path);
  if (!file.startsWith(app) || !existsSync(file) || statSync(file).isDirectory()) {
    res.writeHead(404).end();
    return;
  }
  res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const base = `http://127.0.0.1:${server.address().port}`;
const browser = await launchBrowser('chromium');

async function checkPage(name, url, tags) {
  const p = await browser.newPage();
  const errors = [];
  p.on('pageerror', (e) => errors.push(e.message));
  p.on('console', (m) => m.type() === 'error' && !m.text().startsWith('Failed to load resource') && errors.push(m.text()));
  p.on('response', (r) => r.status() >= 400 && errors.push(`${r.status()} ${r.url()}`));
  const problems = [];
  try {
    await p.goto(`${base}/${url}`);
    await p.waitForFunction((t) => t.every((tag) => customElements.get(tag)), { timeout: 10_000 }, tags).catch(() => {});
    const defined = await p.evaluate((all) => all.filter((tag) => customElements.get(tag)), ALL);
    if (defined.join() !== tags.join()) throw new Error(`defined: ${defined.join(', ') || 'none'} (expected ${tags.join(', ')})`);
    // <post-term>: keyboard focus opens its card with the definition.
    const openCard = async (before, termSel, text) => {
      await p.focus(before);
      await p.keyboard.press('Tab');
      const ok = await p
        .waitForFunction(
          (sel, re) => {
            const card = document.querySelector(sel)?.shadowRoot?.querySelector('[part=card]');
            return card?.matches(':popover-open') && new RegExp(re, 'i').test(card.textContent);
          },
          { timeout: 5_000 },
          termSel,
          text,
        )
        .then(
          () => true,
          () => false,
        );
      await p.keyboard.press('Escape');
      return ok;
    };
    if (tags.includes('post-term') && !(await openCard('#before', 'post-term', 'look-?up table'))) problems.push('<post-term> did not open its card on focus');
    if (tags.includes('glossary-provider')) {
      await p.evaluate(() => {
        document.querySelector('#provider').terms = [
          { id: 'grip', term: 'Grip', aliases: [], letter: 'G', category: 'workflow', definition: 'Grips rig the lights. From the provider.', seeAlso: [], links: [] },
        ];
      });
      await p
        .waitForFunction(() => document.querySelector('#grip').entry?.definition.includes('From the provider'), { timeout: 5_000 })
        .catch(() => problems.push("<glossary-provider>'s terms did not reach its <post-term>"));
      if (!(await openCard('#before2', '#grip', 'From the provider'))) problems.push("the provided term's card did not open");
    }
    if (tags.includes('glossary-autolink')) {
      await p
        .waitForFunction(() => document.querySelector('glossary-autolink post-term')?.textContent === 'Dolby Vision', { timeout: 5_000 })
        .catch(() => problems.push('<glossary-autolink> did not link "Dolby Vision"'));
    }
    if (tags.includes('glossary-index')) {
      await p
        .waitForFunction(() => document.querySelector('glossary-index').shadowRoot?.querySelectorAll('.entry').length >= 70, { timeout: 5_000 })
        .catch(() => problems.push('<glossary-index> did not render its 70 entries'));
    }
    if (tags.includes('glossary-search')) {
      await p.evaluate(() => document.querySelector('glossary-search').shadowRoot.querySelector('input').focus());
      await p.keyboard.type('dolby visn');
      await p
        .waitForFunction(() => /Dolby Vision/.test(document.querySelector('glossary-search').shadowRoot.querySelector('[role=option]')?.textContent ?? ''), { timeout: 5_000 })
        .catch(() => problems.push('<glossary-search> did not find "dolby visn"'));
    }
  } catch (e) {
    problems.push(e.message);
  } finally {
    await p.close();
  }
  if (errors.length) problems.push(`errors: ${errors.slice(0, 3).join(' / ')}`);
  check(problems.length === 0, `Chromium: ${name}`, problems.join('; ') || `${tags.length === ALL.length ? `all ${ALL.length} tags` : tags.join(', ')} defined and working, no error`);
}

try {
  await checkPage("app importing each element entry ('post-glossary/post-term', …)", 'dist-app/elements/elements.html', ALL);
  await checkPage("app importing 'post-glossary'", 'dist-app/everything/everything.html', ALL);
  await checkPage("app importing only 'post-glossary/post-term' (registration kept by the bundler)", 'dist-app/post-term-only/post-term-only.html', ['post-term']);
  await checkPage('CDN file on a plain HTML page', 'cdn.html', ALL);
  await checkPage('CDN file loaded twice', 'cdn-twice.html', ALL);
  await checkPage('CDN file next to the bundled npm entries', 'cdn-and-npm.html', ALL);
  await checkPage('CDN single-file build (post-glossary.bundle.js)', 'cdn-bundle.html', ALL);
  await checkPage("one element's CDN file alone (dist/cdn/post-term.js)", 'cdn-post-term.html', ['post-term']);
} finally {
  await browser.close();
  server.close();
  if (!keep) rmSync(work, { recursive: true, force: true });
  else console.log(`kept ${work}`);
}
const seconds = ((Date.now() - started) / 1000).toFixed(1);
if (failures) bail();
console.log(`pack test: all checks passed (${seconds} s)`);
