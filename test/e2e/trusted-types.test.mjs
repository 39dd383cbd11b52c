// End-to-end: the CDN file under Trusted Types allowlists, served with the exact headers a site
// would send (scripts/e2e-serve.mjs), in headless Chromium. The README's allowlist works cleanly,
// with one copy or two ('allow-duplicates'); a too-narrow allowlist (the README's earlier advice,
// `trusted-types post-glossary`) still defines every element, with one console message naming
// the directive to add.
//
// Uses dist/cdn/post-glossary.js (built by `npm run test:browser` / `npm run build`; built here
// when missing).
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { chromePath, CHROME_ARGS, NO_CHROME_MESSAGE } from '../../scripts/chrome-path.mjs';
import { serveStatic, STRICT_CSP } from '../../scripts/e2e-serve.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const cdn = `${root}dist/cdn/post-glossary.js`;
const fixtures = `${root}test/e2e/fixtures/`;
const TAGS = ['post-term', 'glossary-index', 'glossary-search', 'glossary-provider', 'glossary-autolink'];
/** The allowlist the README gives, word for word. */
const README_ALLOWLIST = 'trusted-types lit-html post-glossary';
const OUR_MESSAGE = /^post-glossary: the CSP refused Trusted Types policy "lit-html"/;

let browser;
const servers = [];

before(async () => {
  const executablePath = chromePath();
  if (!executablePath) throw new Error(NO_CHROME_MESSAGE);
  if (!existsSync(cdn)) {
    const { build } = await import('vite');
    await build({ configFile: `${root}vite.cdn.config.ts`, logLevel: 'warn' });
  }
  browser = await puppeteer.launch({ executablePath, args: CHROME_ARGS });
});

after(async () => {
  await browser?.close();
  for (const s of servers) await s.close();
});

/**
 * Serves the fixtures and the CDN folder twice, under two URLs (two module instances), with `csp`.
 * The whole folder: post-glossary.js fetches the element files and chunks next to it.
 */
async function serve(csp) {
  const extra = { '/favicon.svg': `${root}demo/favicon.svg` };
  for (const f of readdirSync(`${root}dist/cdn`, { recursive: true })) {
    const path = f.replaceAll("\\", "/");
    extra[`/${path}`] = extra[`/copy/${path}`] = `${root}dist/cdn/${path}`;
  }
  const server = await serveStatic({ root: fixtures, csp, extra });
  servers.push(server);
  return server.origin;
}

/** Opens a fixture page, recording console messages, page errors and CSP violations. */
async function open(origin, name) {
  const page = await browser.newPage();
  const rec = { console: [], errors: [], violations: [] };
  await page.exposeFunction('__ttViolation', (v) => rec.violations.push(v));
  await page.evaluateOnNewDocument(() => {
    document.addEventListener('securitypolicyviolation', (e) => window.__ttViolation(`${e.effectiveDirective}: ${e.sample || e.blockedURI}`), true);
  });
  page.on('console', (m) => (m.type() === 'error' || m.type() === 'warn' || m.type() === 'warning') && rec.console.push(m.text()));
  page.on('pageerror', (e) => rec.errors.push(e.message));
  await page.goto(`${origin}/${name}.html`, { waitUntil: 'networkidle0' });
  // Every module has been evaluated by now (networkidle0 after the module scripts ran).
  await page.evaluate(() => new Promise((r) => setTimeout(r, 100)));
  rec.defined = await page.evaluate((tags) => tags.filter((t) => customElements.get(t)), TAGS);
  return { page, rec };
}

async function indexEntries(page) {
  await page.waitForFunction(() => document.querySelector('glossary-index')?.shadowRoot?.querySelectorAll('.entry').length >= 70, { timeout: 10_000 });
  return page.evaluate(() => document.querySelector('glossary-index').shadowRoot.querySelectorAll('.entry').length);
}

describe('Trusted Types allowlists (CDN file)', () => {
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
    assert.deepEqual(rec.violations, []);
    assert.deepEqual(rec.errors, []);
    assert.deepEqual(rec.console, []);
    await page.close();
  });

  it(`two copies with "${README_ALLOWLIST} 'allow-duplicates'": clean`, async () => {
    const { page, rec } = await open(await serve(`${STRICT_CSP}; ${README_ALLOWLIST} 'allow-duplicates'`), 'trusted-types-twice');
    assert.deepEqual(rec.defined, TAGS);
    assert.equal(await indexEntries(page), 70);
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
      const ours = rec.console.filter((m) => OUR_MESSAGE.test(m));
      assert.equal(ours.length, 1, rec.console.join('\n'));
      assert.match(ours[0], /Add lit-html to the trusted-types directive: trusted-types lit-html post-glossary$/);
      assert.ok(!rec.errors.some((m) => /createPolicy|Policy .*(exists|disallowed)|lit-html/i.test(m)), `module load did not fail: ${rec.errors.join('\n')}`);
      // The content inside <glossary-provider> and <glossary-autolink> still shows (their slots are not Lit templates).
      const heights = await page.evaluate(() => ['glossary-provider > p', 'glossary-autolink > p'].map((s) => document.querySelector(s).getBoundingClientRect().height));
      assert.ok(heights.every((h) => h > 0), `content shown: ${heights}`);
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
