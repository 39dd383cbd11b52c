#!/usr/bin/env node
// npm run test:consumers: the packed package in small apps, used the way each framework's users
// use it. One workspace (test/consumers/package.json, committed lockfile): `npm ci` once, then the
// tarball is installed over it. Then, per consumer: build, type-check, and drive the result in
// Chromium (puppeteer-core, the system browser). The README's framework snippets are the fixtures'
// code: each `<!-- snippet:NAME -->` block must equal its fixture file (checked first).
//
//   node test/consumers/run.mjs [--tarball path.tgz | --built] [--skip-ci] [--only react,next,…]
//
// Prints one line per check and `N passed, M failed`; exits 1 when any failed.
import { execFileSync } from 'node:child_process';
import { createServer } from 'node:http';
import { existsSync, readFileSync, rmSync, writeFileSync, statSync, readdirSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { chromePath, CHROME_ARGS, NO_CHROME_MESSAGE } from '../../scripts/chrome-path.mjs';
import { snippet } from '../../scripts/gen-docs.mjs';

const here = fileURLToPath(new URL('.', import.meta.url));
const root = join(here, '../..');
const arg = (name) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : undefined;
};
const only = arg('--only')?.split(',');
const wanted = (name) => !only || only.includes(name);
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const times = {};
const timed = (label, fn) => {
  const t = Date.now();
  try {
    return fn();
  } finally {
    times[label] = (times[label] ?? 0) + (Date.now() - t) / 1000;
  }
};
const timedAsync = async (label, fn) => {
  const t = Date.now();
  try {
    return await fn();
  } finally {
    times[label] = (times[label] ?? 0) + (Date.now() - t) / 1000;
  }
};
const run = (cmd, args, cwd = here, env = {}) => execFileSync(cmd, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...env } });
const bin = (name) => join(here, 'node_modules/.bin', name);
const tail = (e, n = 6) => `${e.stdout ?? ''}${e.stderr ?? ''}${e.stdout || e.stderr ? '' : e.message}`.trim().split('\n').slice(-n).join(' / ');

let passed = 0;
let failed = 0;
function check(ok, what, detail = '') {
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${what}${detail ? `: ${detail}` : ''}`);
  if (ok) passed++;
  else failed++;
  return ok;
}
/** Runs a check's body; an exception is a failure with its message. */
async function attempt(what, fn) {
  try {
    const detail = await fn();
    check(true, what, detail);
  } catch (e) {
    check(false, what, e.stdout || e.stderr ? tail(e) : e.message);
  }
}
const assert = (ok, message) => {
  if (!ok) throw new Error(message);
};

const executablePath = chromePath();
if (!executablePath) {
  console.error(NO_CHROME_MESSAGE);
  process.exit(1);
}

// 1. The README's framework code is the fixtures' code.
const readme = readFileSync(join(root, 'README.md'), 'utf8');
const SNIPPETS = {
  'react-wrappers': 'react/src/Article.tsx',
  'react-ssr': 'react/src/hydrate.tsx',
  'next-client': 'next/app/article.jsx',
  'vue-typed': 'vue/src/App.vue',
  svelte: 'svelte/src/App.svelte',
  'lit-ssr-server': 'lit-ssr/server.js',
  'lit-ssr-client': 'lit-ssr/client.js',
  'data-cjs': 'node/data.cjs',
};
for (const [name, file] of Object.entries(SNIPPETS)) {
  await attempt(`README snippet:${name} is ${file}`, () => {
    const code = snippet(readme, name);
    assert(code === readFileSync(join(here, file), 'utf8').trimEnd(), `README.md's snippet:${name} differs from test/consumers/${file}`);
  });
}

// One-line snippets are part of a fixture.
for (const [name, file] of Object.entries({ 'react-types': 'react/src/types.tsx' })) {
  await attempt(`README snippet:${name} is in ${file}`, () => {
    const code = snippet(readme, name);
    assert(readFileSync(join(here, file), 'utf8').split('\n').includes(code), `test/consumers/${file} lacks README.md's snippet:${name}`);
  });
}

// 2. The tarball, and the workspace with it installed.
let tarball = arg('--tarball');
if (!tarball) {
  timed('build and pack', () => {
    // --built: dist/ is current (CI built it just before).
    if (!process.argv.includes('--built')) run(npm, ['run', 'build'], root);
    for (const f of readdirSync(root)) if (/^post-glossary-.*\.tgz$/.test(f)) rmSync(join(root, f));
    const [packed] = JSON.parse(run(npm, ['pack', '--json', '--ignore-scripts'], root));
    tarball = join(root, packed.filename);
  });
}
if (!process.argv.includes('--skip-ci')) {
  await attempt('npm ci (the consumers workspace, committed lockfile)', () => {
    timed('npm ci', () => run(npm, ['ci', '--no-audit', '--no-fund', '--loglevel=error']));
    return `${times['npm ci'].toFixed(1)} s`;
  });
}
await attempt(`npm install ${tarball.split('/').pop()}`, () => {
  timed('install tarball', () => run(npm, ['install', '--no-save', '--no-audit', '--no-fund', '--loglevel=error', tarball]));
  return `${times['install tarball'].toFixed(1)} s`;
});

// A static server for built apps.
const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.txt': 'text/plain' };
let serveDir = here;
const server = createServer((req, res) => {
  let path = normalize(decodeURIComponent(new URL(req.url, 'http://x').pathname));
  let file = join(serveDir, path);
  if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
  if (!existsSync(file) && existsSync(`${file}.html`)) file = `${file}.html`;
  if (!file.startsWith(serveDir) || !existsSync(file)) {
    res.writeHead(404).end('not found');
    return;
  }
  res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const origin = `http://127.0.0.1:${server.address().port}`;
const browser = await puppeteer.launch({ executablePath, args: CHROME_ARGS });

/** A fresh page on `path` of `dir`, with its console errors collected. */
async function open(dir, path, { javaScript = true } = {}) {
  serveDir = dir;
  const page = await browser.newPage();
  const errors = [];
  // A missing file is reported with its URL (the console's "Failed to load resource" has none).
  page.on('console', (m) => m.type() === 'error' && !m.text().startsWith('Failed to load resource') && errors.push(m.text()));
  page.on('response', (r) => r.status() >= 400 && !r.url().endsWith('/favicon.ico') && errors.push(`HTTP ${r.status()} ${r.url()}`));
  page.on('pageerror', (e) => errors.push(String(e.message ?? e)));
  await page.setJavaScriptEnabled(javaScript);
  // Terms reported missing (an analytics "worth adding" event): none may be a false alarm.
  await page.evaluateOnNewDocument(() => {
    window.missing = [];
    document.addEventListener('post-term-missing', (e) => window.missing.push(e.detail.term));
    const warn = console.warn;
    console.warn = (...args) => {
      if (String(args[0]).includes('not in the glossary')) window.missing.push(`warning: ${args[0]}`);
      warn.apply(console, args);
    };
  });
  await page.goto(`${origin}${path}`, { waitUntil: 'load' });
  return { page, errors };
}
const waitText = (page, text, what) =>
  page.waitForFunction((t) => document.body.textContent.includes(t), { timeout: 15000 }, text).catch(() => {
    throw new Error(`${what}: the page never said "${text}"`);
  });

/**
 * The React article on a fresh page load: the first term's card opens on a click and the
 * onPostTermOpen handler records it; the term only the site's `terms` define is a term.
 */
async function driveArticle(page, errors) {
  await page.waitForFunction(() => customElements.get('post-term') && document.querySelector('post-term'), { timeout: 15000 });
  const state = await page.waitForFunction(
    () => {
      const t = document.querySelector('post-term');
      return t?.entry?.id === 'night-market' && t.shadowRoot?.querySelector('[part=trigger]') && t;
    },
    { timeout: 15000 },
  ).catch(() => null);
  assert(state, `the site's terms were not applied: <post-term>Night Market</post-term> resolves to ${await page.evaluate(() => document.querySelector('post-term')?.entry?.id)}`);
  await page.evaluate(() => document.querySelector('post-term').shadowRoot.querySelector('[part=trigger]').click());
  await page.waitForFunction(() => document.querySelector('post-term').shadowRoot.querySelector('[part=card]')?.matches(':popover-open'), { timeout: 10000 });
  await waitText(page, 'Terms looked up: night-market', 'onPostTermOpen');
  // On a server-rendered page the terms upgrade before React hydrates: they must find their
  // entries by their `term` (rendered as an attribute), not by their text ("Night Market" is not
  // an entry). Only the site's own entry is unknown until hydration sets the provider's `terms`.
  const missing = await page.evaluate(() => window.missing);
  const wrong = missing.filter((m) => !m.includes('night-market'));
  assert(!wrong.length, `terms reported missing on the way: ${wrong.join(' | ')}`);
  assert(!errors.length, `console errors: ${errors.join(' | ')}`);
}

// 3. Node: post-glossary/data as ESM and CommonJS, and the root entry's core API.
if (wanted('node')) {
  const nodeDir = join(here, 'node');
  await attempt("Node ESM: import { lookup, definedTermSet } from 'post-glossary/data'; import { lookup } from 'post-glossary'", () => {
    const out = JSON.parse(run(process.execPath, ['data.mjs'], nodeDir));
    assert(out.lut === 'lut' && out.root === 'lut', `lookup: ${out.lut}, root lookup: ${out.root}`);
    assert(out.set === 'DefinedTermSet' && out.terms === 70, `definedTermSet: ${out.set} with ${out.terms} terms`);
    return 'data and root entries';
  });
  await attempt("Node CJS: require('post-glossary/data') (README snippet), on every Node the package's engines allow", () => {
    const out = JSON.parse(run(process.execPath, ['data.cjs'], nodeDir));
    assert(out.lut === 'lut' && out.set === 'DefinedTermSet', JSON.stringify(out));
    // require() of an ES module works from Node 20.19 (and 22.12) on: engines must not promise less.
    const pkg = JSON.parse(readFileSync(join(here, 'node_modules/post-glossary/package.json'), 'utf8'));
    const min = /(\d+)\.(\d+)/.exec(pkg.engines.node)?.slice(1).map(Number) ?? [0, 0];
    assert(min[0] > 20 || (min[0] === 20 && min[1] >= 19), `engines.node is "${pkg.engines.node}": require() of the ESM data entry fails below 20.19`);
    return `engines ${pkg.engines.node}`;
  });
  await attempt('custom-elements.json: every module path is a file in the package', () => {
    const pkgDir = join(here, 'node_modules/post-glossary');
    const manifest = JSON.parse(readFileSync(join(pkgDir, 'custom-elements.json'), 'utf8'));
    const missing = manifest.modules.map((m) => m.path).filter((p) => !existsSync(join(pkgDir, p)));
    assert(!missing.length, `${missing.length} of ${manifest.modules.length} paths are not in the package, e.g. ${missing.slice(0, 3).join(', ')}`);
    return `${manifest.modules.length} modules`;
  });
}

// 4. Vite + React 19: types, client render, renderToString + hydrateRoot.
if (wanted('react')) {
  const dir = join(here, 'react');
  await attempt('React + TypeScript: the bare tags (post-glossary/jsx) and the wrappers are typed; root exports; document/window events', () => {
    timed('react tsc', () => run(process.execPath, [join(here, 'node_modules/typescript/bin/tsc'), '-p', '.'], dir));
    return `tsc ${times['react tsc'].toFixed(1)} s`;
  });
  let built = false;
  await attempt('React: vite build (client and SSR)', () => {
    timed('react build', () => {
      rmSync(join(dir, 'dist'), { recursive: true, force: true });
      run(bin('vite'), ['build'], dir);
      run(bin('vite'), ['build', '--ssr', 'src/server.tsx', '--outDir', 'dist-server'], dir);
    });
    built = true;
    // Only <post-term> and <glossary-provider> are used: the other wrappers (and fuse.js) are left out.
    const js = readdirSync(join(dir, 'dist/assets')).filter((f) => f.endsWith('.js')).map((f) => readFileSync(join(dir, 'dist/assets', f), 'utf8')).join('\n');
    assert(!js.includes('"glossary-search"') && !js.includes('glossary-index-navigate'), 'the bundle holds <glossary-search>/<glossary-index>, which the app never uses');
    return `${times['react build'].toFixed(1)} s; unused wrappers tree-shaken`;
  });
  if (built) {
    await attempt('React 19 client (createRoot): the first card opened is recorded, terms applied', async () => {
      const { page, errors } = await open(join(dir, 'dist'), '/client.html');
      await driveArticle(page, errors);
      await page.close();
    });
    await attempt('React 19 renderToString + hydrateRoot: the first card opened after hydration is recorded, terms applied', async () => {
      const { render } = await import(join(dir, 'dist-server/server.js'));
      const file = join(dir, 'dist/hydrate.html');
      writeFileSync(file, readFileSync(file, 'utf8').replace('<!--ssr-->', render()));
      const { page, errors } = await open(join(dir, 'dist'), '/hydrate.html');
      await driveArticle(page, errors);
      await page.close();
    });
  }
}

// 5. Next.js (app router), static build; a fresh load of the exported page.
if (wanted('next')) {
  const dir = join(here, 'next');
  let built = false;
  await attempt('Next.js: next build (app router, static export)', () => {
    timed('next build', () => {
      rmSync(join(dir, 'out'), { recursive: true, force: true });
      run(bin('next'), ['build'], dir, { NEXT_TELEMETRY_DISABLED: '1' });
    });
    built = true;
    return `${times['next build'].toFixed(1)} s`;
  });
  if (built) {
    await attempt('Next.js: on a fresh load of the static page, the first card opened is recorded, terms applied', async () => {
      const { page, errors } = await open(join(dir, 'out'), '/');
      await driveArticle(page, errors);
      await page.close();
    });
  }
}

// 6. Vue 3 + vue-tsc.
if (wanted('vue')) {
  const dir = join(here, 'vue');
  await attempt('Vue: vue-tsc accepts the typed app (post-glossary/vue)', () => {
    timed('vue-tsc', () => run(bin('vue-tsc'), ['--noEmit', '-p', 'tsconfig.json'], dir));
    return `${times['vue-tsc'].toFixed(1)} s`;
  });
  await attempt('Vue: vue-tsc fails on the fixture with a misspelt attribute and a wrong value', () => {
    try {
      timed('vue-tsc', () => run(bin('vue-tsc'), ['--noEmit', '-p', 'tsconfig.typos.json'], dir));
    } catch (e) {
      const out = `${e.stdout}${e.stderr}`;
      assert(/Typos\.vue/.test(out) && /dealy/.test(out), `vue-tsc failed, but not on the typos: ${tail(e)}`);
      assert(/Typos\.vue\(8,/.test(out), `vue-tsc did not flag :delay="'soon'" (line 8): ${tail(e)}`);
      return 'errors on the misspelt :dealy and on :delay="\'soon\'"';
    }
    throw new Error('vue-tsc accepted :dealy and :delay="\'soon\'"');
  });
  let built = false;
  await attempt('Vue: vite build', () => {
    timed('vue build', () => run(bin('vite'), ['build'], dir));
    built = true;
  });
  if (built) {
    await attempt('Vue: booleans and array props as the README says (:labelVisible="false", :filterIds); events', async () => {
      const { page, errors } = await open(join(dir, 'dist'), '/');
      const r = await page.waitForFunction(
        () => {
          const s = document.querySelector('glossary-search');
          const i = document.querySelector('glossary-index');
          const label = s?.shadowRoot?.querySelector('[part=label]');
          const entries = i?.shadowRoot?.querySelectorAll('[part=entry]').length;
          return s?.hasUpdated && i?.hasUpdated && entries && { hidden: label.classList.contains('visually-hidden'), attr: s.getAttribute('label-visible'), entries };
        },
        { timeout: 15000 },
      );
      const { hidden, attr, entries } = await r.jsonValue();
      assert(hidden && attr === null, `:labelVisible="false" showed the label (attribute ${attr})`);
      assert(entries === 2, `:filterIds="['lut', 'cdl']" left ${entries} entries in the index`);
      await page.evaluate(() => document.querySelector('post-term').shadowRoot.querySelector('[part=trigger]').click());
      await waitText(page, 'Terms looked up: dolby-vision', '@post-term-open');
      assert(!errors.length, errors.join(' | '));
      await page.close();
    });
  }
}

// 7. Svelte 5 + svelte-check.
if (wanted('svelte')) {
  const dir = join(here, 'svelte');
  await attempt('Svelte: svelte-check accepts the typed app (post-glossary/svelte)', () => {
    timed('svelte-check', () => run(bin('svelte-check'), ['--tsconfig', './tsconfig.json', '--fail-on-warnings', '--output', 'machine'], dir));
    return `${times['svelte-check'].toFixed(1)} s`;
  });
  await attempt('Svelte: svelte-check fails on the fixture with a misspelt attribute and a wrong value', () => {
    try {
      timed('svelte-check', () => run(bin('svelte-check'), ['--tsconfig', './tsconfig.typos.json', '--output', 'machine'], dir));
    } catch (e) {
      const out = `${e.stdout}${e.stderr}`;
      assert(/Typos\.svelte/.test(out) && /dealy/.test(out), `svelte-check failed, but not on the typos: ${tail(e)}`);
      assert(/Typos\.svelte" 8:/.test(out) || /'string' is not assignable to type 'number'/.test(out), `svelte-check did not flag delay="soon": ${tail(e)}`);
      return 'errors on the misspelt dealy and on delay="soon"';
    }
    throw new Error('svelte-check accepted dealy and delay="soon"');
  });
  let built = false;
  await attempt('Svelte: vite build', () => {
    timed('svelte build', () => run(bin('vite'), ['build'], dir));
    built = true;
  });
  if (built) {
    await attempt('Svelte: booleans as properties (labelVisible={false}), events (onpost-term-open)', async () => {
      const { page, errors } = await open(join(dir, 'dist'), '/');
      const r = await page.waitForFunction(
        () => {
          const s = document.querySelector('glossary-search');
          const label = s?.shadowRoot?.querySelector('[part=label]');
          return s?.hasUpdated && label && { hidden: label.classList.contains('visually-hidden'), attr: s.getAttribute('label-visible') };
        },
        { timeout: 15000 },
      );
      const { hidden, attr } = await r.jsonValue();
      assert(hidden, `labelVisible={false} showed the label (attribute ${attr})`);
      await page.evaluate(() => document.querySelector('post-term').shadowRoot.querySelector('[part=trigger]').click());
      await waitText(page, 'Terms looked up: dolby-vision', 'onpost-term-open');
      assert(!errors.length, errors.join(' | '));
      await page.close();
    });
  }
}

// 8. Lit SSR: server-rendered index, term and search box, hydrated.
if (wanted('lit-ssr')) {
  const dir = join(here, 'lit-ssr');
  let built = false;
  await attempt('Lit SSR: @lit-labs/ssr renders the page; vite build of the client', async () => {
    const { renderGlossary } = await import(join(dir, 'server.js'));
    const html = await timedAsync('lit ssr render', () => renderGlossary());
    timed('lit build', () => run(bin('vite'), ['build'], dir));
    const file = join(dir, 'dist/index.html');
    writeFileSync(file, readFileSync(file, 'utf8').replace('<!--ssr-->', html));
    built = true;
    return `render ${times['lit ssr render'].toFixed(2)} s, ${(html.length / 1024).toFixed(0)} KB`;
  });
  if (built) {
    await attempt('Lit SSR without JavaScript: every entry name and definition, the term and one search box are in the server HTML', async () => {
      const { page } = await open(join(dir, 'dist'), '/', { javaScript: false });
      const { terms } = await import(join(here, 'node_modules/post-glossary/dist/data.js'));
      const got = await page.evaluate(() => {
        const index = document.querySelector('glossary-index');
        const term = document.querySelector('post-term');
        const search = document.querySelector('glossary-search');
        return {
          text: (index.shadowRoot?.textContent ?? '').replace(/\s+/g, ' '),
          trigger: term.shadowRoot?.querySelector('[part=trigger]')?.getAttribute('aria-description') ?? null,
          inputs: search.shadowRoot?.querySelectorAll('input').length ?? 0,
        };
      });
      const norm = (s) => s.replace(/\s+/g, ' ').trim();
      const missing = terms.filter((t) => !got.text.includes(norm(t.term)) || !got.text.includes(norm(t.definition)));
      assert(!missing.length, `${missing.length} of ${terms.length} entries are not in the server HTML, e.g. ${missing[0]?.id}`);
      assert(got.trigger?.startsWith('Look-Up Table'), `<post-term term="lut"> has no server-rendered trigger (${got.trigger})`);
      assert(got.inputs === 1, `${got.inputs} search inputs`);
      await page.close();
      return `${terms.length} entries`;
    });
    await attempt('Lit SSR hydrated: no mismatch, no element left with defer-hydration, one search box, typing filters the index', async () => {
      const { page, errors } = await open(join(dir, 'dist'), '/');
      await page.waitForFunction(() => ['glossary-index', 'glossary-search', 'glossary-provider'].every((t) => document.querySelector(t)?.hasUpdated), { timeout: 15000 }).catch(() => {
        throw new Error(`not hydrated; errors: ${errors.join(' | ')}`);
      });
      const deferred = await page.evaluate(() => [...document.querySelectorAll('[defer-hydration]')].map((e) => e.localName));
      assert(!deferred.length, `still defer-hydration: ${deferred.join(', ')}`);
      const inputs = await page.evaluate(() => document.querySelector('glossary-search').shadowRoot.querySelectorAll('input').length);
      assert(inputs === 1, `${inputs} search boxes`);
      const trigger = await page.evaluate(() => !!document.querySelector('post-term').shadowRoot.querySelector('[part=trigger]'));
      assert(trigger, 'the term lost its trigger');
      const input = await page.evaluateHandle(() => document.querySelector('glossary-search').shadowRoot.querySelector('input'));
      await input.type('dolby');
      await page.waitForFunction(
        () => {
          const entries = [...document.querySelector('glossary-index').shadowRoot.querySelectorAll('[part=entry]')];
          return entries.length > 0 && entries.length < 10 && entries.some((e) => e.textContent.includes('Dolby Vision'));
        },
        { timeout: 10000 },
      ).catch(() => {
        throw new Error('typing "dolby" did not filter the index');
      });
      assert(!errors.length, `console: ${errors.join(' | ')}`);
      await page.close();
    });
  }
}

await browser.close();
server.close();
console.log(`times (s): ${Object.entries(times).map(([k, v]) => `${k} ${v.toFixed(1)}`).join(', ')}`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
