// End-to-end: the CDN file under Trusted Types allowlists, served with the exact headers a site
// would send (scripts/e2e-serve.mjs), in each engine named by BROWSERS (chromium by default; "all"
// = Chromium, Firefox and WebKit, as in demo.test.mjs). The README's allowlist works cleanly,
// with one copy or two ('allow-duplicates'); a too-narrow allowlist (the README's earlier advice,
// `trusted-types post-glossary`) still defines every element, with one console message naming
// the directive to add.
//
// Uses dist/cdn/ (built by `npm run test:browser` / `npm run build`; built here when missing): the
// entry file and the chunks it loads, served twice (under / and /copy/: two module instances).
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { missingFor, parseEngines } from '../../scripts/engines.mjs';
import { launchBrowser } from '../../scripts/e2e-browsers.mjs';
import { serveStatic, STRICT_CSP } from '../../scripts/e2e-serve.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const cdnDir = `${root}dist/cdn/`;
const fixtures = `${root}test/e2e/fixtures/`;
const TAGS = ['post-term', 'glossary-index', 'glossary-search', 'glossary-provider', 'glossary-autolink'];
/** The allowlist the README gives, word for word. */
const README_ALLOWLIST = 'trusted-types lit-html post-glossary';
const OUR_MESSAGE = /^post-glossary: the CSP refused Trusted Types policy "lit-html"/;
const ENGINES = parseEngines(process.env.BROWSERS || 'chromium');
const RECORDER = '/__e2e-recorder.js';
const WEBKIT_EVAL = '/__e2e-webkit-eval.js';

let engine;
let browser;
const servers = [];

before(async () => {
  for (const e of ENGINES) {
    const missing = missingFor(e);
    if (missing.length) throw new Error(`${e} is not installed: apt-get install -y ${missing.join(' ')}`);
  }
  if (!existsSync(`${cdnDir}post-glossary.js`)) {
    const { build } = await import('vite');
    await build({ configFile: `${root}vite.cdn.config.ts`, logLevel: 'warn' });
  }
});

/**
 * Serves the fixtures with `csp`, and dist/cdn/ twice (under / and /copy/: two module instances).
 * Test tooling goes first into every page: the recorder; in WebKit also the policy that lets its
 * driver's script strings (and nothing else) through Trusted Types (scripts/e2e-webkit-eval.js),
 * whose name `default` the allowlist must then hold.
 */
async function serve(csp) {
  const webkit = engine === 'webkit';
  const extra = { '/favicon.svg': `${root}demo/favicon.svg`, [RECORDER]: `${root}scripts/e2e-recorder.js`, [WEBKIT_EVAL]: `${root}scripts/e2e-webkit-eval.js` };
  for (const f of readdirSync(cdnDir, { recursive: true })) {
    const file = f.replaceAll('\\', '/');
    if (!/\.js$/.test(file)) continue;
    extra[`/${file}`] = `${cdnDir}${file}`;
    extra[`/copy/${file}`] = `${cdnDir}${file}`;
  }
  const server = await serveStatic({ root: fixtures, csp: webkit ? `${csp} default` : csp, extra, inject: webkit ? [RECORDER, WEBKIT_EVAL] : [RECORDER] });
  servers.push(server);
  return server.origin;
}

/**
 * Opens a fixture page, recording console messages, uncaught errors and CSP violations (the
 * recorder; Chromium and Firefox report the console themselves, browser messages included), and which of
 * the elements got defined once the page had loaded and every element had had its chance.
 */
async function open(origin, name) {
  const page = await browser.newPage();
  const rec = { console: [], errors: [], violations: [] };
  // Uncaught errors come from the recorder in every engine (its window error and
  // unhandledrejection listeners): puppeteer's 'pageerror' in Firefox also carries the browser's
  // own CSP log lines, which are reports, not errors thrown by the page.
  if (engine !== 'webkit') page.on('console', (m) => (m.type() === 'error' || m.type() === 'warn' || m.type() === 'warning') && rec.console.push(m.text()));
  await page.goto(`${origin}/${name}.html`, { waitUntil: 'networkidle0' });
  // The elements load on demand (their chunks): wait until all are defined, or 10 s have gone by
  // (then the assertion names the ones missing).
  await page.waitForFunction((tags) => tags.every((t) => customElements.get(t)), { timeout: 10_000 }, TAGS).catch(() => {});
  rec.defined = await page.evaluate((tags) => tags.filter((t) => customElements.get(t)), TAGS);
  rec.sync = async () => {
    const taken = await page.evaluate(() => window.__e2eTake?.() ?? null);
    if (!taken) return;
    rec.violations.push(...taken.violations);
    rec.errors.push(...taken.errors);
    // The recorder's "warn: …" / "error: …": the message text, as the other engines report it.
    if (engine === 'webkit') rec.console.push(...taken.console.map((m) => m.replace(/^(warn|error): /, '')));
  };
  await rec.sync();
  return { page, rec };
}

async function indexEntries(page) {
  await page.waitForFunction(() => document.querySelector('glossary-index')?.shadowRoot?.querySelectorAll('.entry').length >= 70, { timeout: 10_000 });
  return page.evaluate(() => document.querySelector('glossary-index').shadowRoot.querySelectorAll('.entry').length);
}

for (const name of ENGINES)
  describe(`Trusted Types allowlists (CDN file), in ${name}`, () => {
    before(async () => {
      engine = name;
      browser = await launchBrowser(name);
    });
    after(async () => {
      await browser?.close();
      browser = undefined;
      for (const s of servers.splice(0)) await s.close();
    });

    it('the README states the exact allowlist, and allow-duplicates for two copies', () => {
      const readme = readFileSync(`${root}README.md`, 'utf8');
      assert.ok(readme.includes(README_ALLOWLIST), `README names "${README_ALLOWLIST}"`);
      assert.ok(readme.includes(`${README_ALLOWLIST} 'allow-duplicates'`), "README names 'allow-duplicates' for two copies");
    });

    it(`"${README_ALLOWLIST}": every element defined and rendering, nothing in the console`, async () => {
      const { page, rec } = await open(await serve(`${STRICT_CSP}; ${README_ALLOWLIST}`), 'trusted-types');
      assert.deepEqual(rec.defined, TAGS);
      assert.equal(await indexEntries(page), 70);
      const ld = await page.waitForFunction(() => document.head.querySelector('script[data-post-glossary]')?.textContent, { timeout: 10_000 });
      assert.equal(JSON.parse(await ld.jsonValue()).hasDefinedTerm.length, 70);
      await rec.sync();
      assert.deepEqual(rec.violations, []);
      assert.deepEqual(rec.errors, []);
      assert.deepEqual(rec.console, []);
      await page.close();
    });

    it(`two copies with "${README_ALLOWLIST} 'allow-duplicates'": clean`, async () => {
      const { page, rec } = await open(await serve(`${STRICT_CSP}; ${README_ALLOWLIST} 'allow-duplicates'`), 'trusted-types-twice');
      assert.deepEqual(rec.defined, TAGS);
      assert.equal(await indexEntries(page), 70);
      await rec.sync();
      assert.deepEqual(rec.violations, []);
      assert.deepEqual(rec.errors, []);
      assert.deepEqual(rec.console, []);
      await page.close();
    });

    it(`two copies without 'allow-duplicates': no uncaught error, and one message naming 'allow-duplicates'`, async () => {
      const { page, rec } = await open(await serve(`${STRICT_CSP}; ${README_ALLOWLIST}`), 'trusted-types-twice');
      assert.deepEqual(rec.defined, TAGS);
      // The first copy registered the elements; they render.
      assert.equal(await indexEntries(page), 70);
      await rec.sync();
      assert.deepEqual(rec.errors, [], 'no uncaught error ("Policy lit-html already exists")');
      const ours = rec.console.filter((m) => OUR_MESSAGE.test(m));
      assert.equal(ours.length, 1, rec.console.join('\n'));
      assert.match(ours[0], /Add 'allow-duplicates' to the trusted-types directive: trusted-types lit-html post-glossary 'allow-duplicates'$/);
      await page.close();
    });

    for (const allowlist of ['trusted-types post-glossary', 'trusted-types myapp post-glossary']) {
      it(`too narrow ("${allowlist}", the README's earlier advice): every element still defined, one message naming lit-html`, async () => {
        const { page, rec } = await open(await serve(`${STRICT_CSP}; ${allowlist}`), 'trusted-types');
        assert.deepEqual(rec.defined, TAGS, 'every element is defined');
        await rec.sync();
        const ours = rec.console.filter((m) => OUR_MESSAGE.test(m));
        assert.equal(ours.length, 1, rec.console.join('\n'));
        assert.match(ours[0], /Add lit-html to the trusted-types directive: trusted-types lit-html post-glossary$/);
        assert.ok(!rec.errors.some((m) => /createPolicy|Policy .*(exists|disallowed)|lit-html/i.test(m)), `module load did not fail: ${rec.errors.join('\n')}`);
        // The content inside <glossary-provider> and <glossary-autolink> still shows (their slots are not Lit templates).
        const heights = await page.evaluate(() => ['glossary-provider > p', 'glossary-autolink > p'].map((s) => document.querySelector(s).getBoundingClientRect().height));
        assert.ok(
          heights.every((h) => h > 0),
          `content shown: ${heights}`,
        );
        // <post-term> needs no Lit template: it works.
        const definition = await page.evaluate(async () => {
          const term = document.querySelector('post-term');
          term.show();
          await term.updateComplete;
          return term.shadowRoot.querySelector('[part=card-definition]')?.textContent ?? '';
        });
        assert.match(definition, /\w/);
        await page.close();
      });
    }
  });
