// End-to-end: the built demo site (dist-demo/), served with a strict Content-Security-Policy, used
// like a person would use it, in each engine named by BROWSERS (chromium by default; "all" = Chromium,
// Firefox and WebKit; CI runs all three): Chromium and Firefox through puppeteer-core (Firefox over
// WebDriver BiDi), WebKit through WebKitWebDriver (scripts/e2e-browsers.mjs gives it the same page
// API). For every page: zero `securitypolicyviolation` events, no console error or warning but the
// deliberate unknown-term warning, no page error, no failed request, and axe finds no violations
// (light and dark).
//
// Run: `npm run test:e2e` (builds the demo, then runs this); `BROWSERS=all npm run test:e2e` for the
// three engines. `node --test test/e2e/` alone uses the dist-demo/ already built, and builds it only
// when it is missing: rebuild after editing demo/ or src/ (npm run build:demo).
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { missingFor, parseEngines } from '../../scripts/engines.mjs';
import { launchBrowser } from '../../scripts/e2e-browsers.mjs';
import { serveStatic, STRICT_CSP, STRICT_CSP_WITH_POLICIES } from '../../scripts/e2e-serve.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const site = `${root}dist-demo/`;
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const PAGES = ['index', 'glossary', 'search', 'autolink', 'embed', 'ko'];
/** The one console message the demo provokes on purpose: index.html names a term not in the glossary. */
const ALLOWED_CONSOLE = [/^warn: <post-term>: "gaffer tape" is not in the glossary; it is shown as plain text\.$/];
/** Entries on glossary.html: the bundled ones and the studio's own file (an entry with a bundled id replaces it). */
const bundledIds = JSON.parse(readFileSync(`${root}data/terms.json`, 'utf8')).map((t) => t.id);
const siteIds = JSON.parse(readFileSync(`${root}demo/data/site-terms.json`, 'utf8')).map((t) => t.id);
const ALL_ON_GLOSSARY_PAGE = new Set([...bundledIds, ...siteIds]).size;
const ENGINES = parseEngines(process.env.BROWSERS || 'chromium');
const RECORDER = '/__e2e-recorder.js';
const WEBKIT_EVAL = '/__e2e-webkit-eval.js';
/** The narrowest viewport MiniBrowser's window allows (WebKitGTK 2.50): the "phone" checks use it there. */
const WEBKIT_MIN_WIDTH = 447;

let server;
let serverWithPolicies;
/** Responses >= 400 the servers sent since the last open(). */
let httpErrors = [];

before(async () => {
  for (const engine of ENGINES) {
    const missing = missingFor(engine);
    if (missing.length) throw new Error(`${engine} is not installed: apt-get install -y ${missing.join(' ')}`);
  }
  if (!existsSync(`${site}index.html`)) {
    const { build } = await import('vite');
    await build({ configFile: `${root}vite.demo.config.ts`, logLevel: 'warn' });
  }
});

/**
 * The two servers for an engine. Test tooling goes first into every page: the recorder; for
 * WebKit also the policy that lets its driver's script strings through Trusted Types (see
 * scripts/e2e-webkit-eval.js), whose name `default` the allow-list must then hold.
 */
async function startServers(engine) {
  const webkit = engine === 'webkit';
  const extra = { [RECORDER]: `${root}scripts/e2e-recorder.js`, [WEBKIT_EVAL]: `${root}scripts/e2e-webkit-eval.js` };
  const inject = webkit ? [RECORDER, WEBKIT_EVAL] : [RECORDER];
  const onResponse = (status, url) => status >= 400 && httpErrors.push(`HTTP ${status}: ${url}`);
  server = await serveStatic({ root: site, csp: STRICT_CSP, extra, inject, onResponse });
  serverWithPolicies = await serveStatic({ root: site, csp: webkit ? `${STRICT_CSP_WITH_POLICIES} default` : STRICT_CSP_WITH_POLICIES, extra, inject, onResponse });
}

async function stopServers() {
  await server?.close();
  await serverWithPolicies?.close();
}

/** The engine under test, and its browsers (one per colour scheme, one open at a time). */
let engine;
let browser;

async function browserFor(dark) {
  if (browser && browser.dark !== dark && engine !== 'chromium') {
    await browser.close();
    browser = undefined;
  }
  if (!browser) browser = await launchBrowser(engine, { dark });
  return browser;
}

/**
 * Opens a page of the site with everything recorded from before its first script runs (and
 * across navigations): CSP violations, console errors and warnings, uncaught page errors, failed
 * requests. `rec.sync()` brings the page's records over (assertClean and axe call it).
 */
async function open(name, { dark = false, width = 1280, height = 900, origin = server.origin, hash = '' } = {}) {
  const page = await (await browserFor(dark)).newPage({ dark });
  await page.bringToFront(); // focus events need a focused page
  await page.setViewport({ width, height });
  httpErrors = [];
  const rec = { violations: [], console: [], errors: [], axeViolations: [] };
  // Chromium and Firefox report the console themselves (messages from the browser too); WebKit's
  // come from the recorder, which sees the page's own console calls.
  const ownConsole = engine !== 'webkit';
  rec.sync = async (into = rec.violations) => {
    const taken = await page.evaluate(() => window.__e2eTake?.() ?? null).catch(() => null);
    if (taken) {
      into.push(...taken.violations);
      rec.errors.push(...taken.errors);
      if (!ownConsole) rec.console.push(...taken.console);
    }
    rec.errors.push(...httpErrors.splice(0));
  };
  if (ownConsole) {
    page.on('console', (m) => {
      if (m.type() === 'error' || m.type() === 'warn' || m.type() === 'warning') rec.console.push(`${m.type() === 'warning' ? 'warn' : m.type()}: ${m.text()}`);
    });
    page.on('pageerror', (e) => rec.errors.push(e.message));
    page.on('requestfailed', (r) => rec.errors.push(`request failed: ${r.url()} ${r.failure()?.errorText ?? ''}`));
  }
  await page.goto(`${origin}/${name}.html${hash}`, { waitUntil: 'networkidle0' });
  await until(page, () => document.fonts.status === 'loaded');
  return { page, rec };
}

/** Everything the page recorded must be clean. */
async function assertClean(rec, where) {
  await rec.sync();
  assert.deepEqual(rec.violations, [], `${where}: CSP violations`);
  assert.deepEqual(rec.errors, [], `${where}: page errors or failed requests`);
  assert.deepEqual(
    rec.console.filter((m) => !ALLOWED_CONSOLE.some((re) => re.test(m))),
    [],
    `${where}: console errors or warnings`,
  );
}

/**
 * Resolves when every custom element on the page is defined and has rendered (its updateComplete),
 * two frames later: the page has settled.
 */
function ready(page) {
  return page.evaluate(async () => {
    const els = [...document.querySelectorAll('*')].filter((e) => e.localName.includes('-'));
    await Promise.all(els.map((e) => customElements.whenDefined(e.localName)));
    await Promise.all(els.map((e) => e.updateComplete));
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    return els.length;
  });
}

/**
 * Runs axe over the page as it is now (open cards included). axe is evaluated through the driver,
 * as test tooling (a page script could not load it under this CSP); CSP reports caused by axe
 * itself are kept apart from the page's.
 */
async function axe(page, rec, where) {
  // Let transitions and fades end: axe must judge the final colours.
  await page.evaluate(() => Promise.all(document.getAnimations({ subtree: true }).map((a) => a.finished.catch(() => {}))));
  await page.evaluate(() =>
    Promise.all([...document.querySelectorAll('*')].filter((el) => el.shadowRoot).flatMap((el) => el.shadowRoot.getAnimations({ subtree: true }).map((a) => a.finished.catch(() => {})))),
  );
  await rec.sync();
  try {
    // Entries of the index skip rendering off screen (content-visibility: auto), and axe then
    // takes the page's background for theirs: render them for the check. A constructed sheet,
    // which the CSP allows (a <style> would be refused).
    await page.evaluate(() => {
      const sheet = new CSSStyleSheet();
      sheet.replaceSync('glossary-index::part(entry) { content-visibility: visible; }');
      document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    });
    if (!(await page.evaluate(() => typeof window.axe === 'object'))) await page.evaluate(axeSource);
    const violations = await page.evaluate(async () => {
      const r = await window.axe.run(document, { resultTypes: ['violations'] });
      return r.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => `${JSON.stringify(n.target)} ${n.failureSummary?.split('\n')[1]?.trim() ?? ''}`).join(' | ')}`);
    });
    assert.deepEqual(violations, [], `${where}: axe violations`);
  } finally {
    await rec.sync(rec.axeViolations);
  }
}

/** page.waitForFunction with a readable failure: the condition that never came true. */
async function until(page, fn, ...args) {
  const caller = new Error().stack.split('\n')[2]?.trim();
  try {
    return await page.waitForFunction(fn, { timeout: 10_000 }, ...args);
  } catch (e) {
    throw new Error(`timed out waiting for ${fn.toString().replace(/\s+/g, ' ').slice(0, 200)} ${caller} (${e.message.split('\n')[0]})`);
  }
}

/** Waits until an element has stopped moving (scroll corrections, late layout), for a click to land on it. */
function settled(handle) {
  return handle.evaluate(
    (el) =>
      new Promise((resolve) => {
        let last = '';
        let same = 0;
        let frames = 0;
        const step = () => {
          const r = el.getBoundingClientRect();
          const now = `${r.left},${r.top},${r.width}`;
          same = now === last ? same + 1 : 0;
          last = now;
          if (same >= 5 || ++frames > 300) resolve(same >= 5);
          else requestAnimationFrame(step);
        };
        step();
      }),
  );
}

async function centerOf(handle) {
  assert.ok(await settled(handle), 'the element never stopped moving');
  const box = await handle.boundingBox();
  assert.ok(box, 'element has no box');
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

/** State of a <post-term>'s card: open, inside the viewport, and what it says. */
function cardState(page, termHandle) {
  return page.evaluate((term) => {
    const card = term.shadowRoot.querySelector('[part=card]');
    if (!card) return { open: false };
    const r = card.getBoundingClientRect();
    return {
      open: card.matches(':popover-open'),
      inViewport: r.left >= 0 && r.top >= 0 && r.right <= innerWidth && r.bottom <= innerHeight && r.width > 100 && r.height > 40,
      heading: card.querySelector('.term')?.textContent,
      text: card.textContent.replace(/\s+/g, ' ').trim(),
    };
  }, termHandle);
}

const activeTag = (page) =>
  page.evaluate(() => {
    let el = document.activeElement;
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
    return el ? `${el.localName}${el.id ? `#${el.id}` : ''}` : '';
  });
const focusedHost = (page) => page.evaluate(() => document.activeElement?.localName ?? '');

it('the built pages hold no inline script, style, style attribute or event handler', () => {
  for (const name of PAGES) {
    const page = readFileSync(`${site}${name}.html`, 'utf8');
    const inlineScripts = [...page.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)].filter(([, attrs, body]) => !/\bsrc=/.test(attrs) && body.trim());
    assert.deepEqual(
      inlineScripts.map((m) => m[0].slice(0, 80)),
      [],
      `${name}.html: inline script`,
    );
    assert.doesNotMatch(page, /<style\b/i, `${name}.html: <style>`);
    assert.doesNotMatch(page, /<[a-z][^>]*\sstyle\s*=/i, `${name}.html: style attribute`);
    assert.doesNotMatch(page, /<[a-z][^>]*\son[a-z]+\s*=/i, `${name}.html: event handler attribute`);
  }
});

for (const name of ENGINES)
  describe(`demo site under a strict CSP, in ${name}`, () => {
    before(async () => {
      engine = name;
      await startServers(name);
    });
    after(async () => {
      await browser?.close();
      browser = undefined;
      await stopServers();
    });

    it('every demo page is linked from index.html', async () => {
      const { page, rec } = await open('index');
      const linked = await page.$$eval('a[href]', (as) => as.map((a) => new URL(a.href).pathname.replace(/^\//, '').replace(/\.html$/, '')));
      for (const p of PAGES) assert.ok(linked.includes(p), `index.html does not link ${p}.html`);
      await assertClean(rec, 'index.html');
      await page.close();
    });

    it('index.html: focus a term and read its card, hover another', async () => {
      const { page, rec } = await open('index');
      await until(page, () => document.querySelector('post-term')?.shadowRoot?.querySelector('[part=trigger]'));
      // Keyboard: Tab from the top of the page reaches the first term, whose card opens on focus.
      let host = '';
      for (let i = 0; i < 20 && host !== 'post-term'; i++) {
        await page.keyboard.press('Tab');
        host = await focusedHost(page);
      }
      assert.equal(host, 'post-term', 'Tab never reached a term');
      const focused = await page.evaluateHandle(() => document.activeElement);
      await until(page, (t) => t.shadowRoot.querySelector('[part=card]')?.matches(':popover-open'), focused);
      let card = await cardState(page, focused);
      assert.equal(card.heading, 'Dailies');
      assert.ok(card.inViewport, 'the focused term’s card is not inside the viewport');
      assert.match(card.text, /footage/i);
      // Tab moves into the card's links/buttons; Esc closes and focus stays on the term.
      await page.keyboard.press('Escape');
      card = await cardState(page, focused);
      assert.equal(card.open, false, 'Esc did not close the card');
      assert.equal(await focusedHost(page), 'post-term');

      // Mouse: resting on "LUT" opens its card after the hover delay.
      const lut = await page.evaluateHandle(() => [...document.querySelectorAll('post-term')].find((t) => t.textContent.trim() === 'LUT'));
      const trigger = await lut.evaluateHandle((t) => t.shadowRoot.querySelector('[part=trigger]'));
      const p = await centerOf(trigger);
      await page.mouse.move(p.x, p.y, { steps: 4 });
      await until(page, (t) => t.shadowRoot.querySelector('[part=card]')?.matches(':popover-open'), lut);
      card = await cardState(page, lut);
      assert.equal(card.heading, 'LUT');
      assert.match(card.text, /Look-Up Table/);
      assert.ok(card.inViewport);
      await page.mouse.move(5, 890, { steps: 4 });
      await until(page, (t) => !t.shadowRoot.querySelector('[part=card]')?.matches(':popover-open'), lut);

      // The unknown term stays plain text: nothing to focus.
      const gaffer = await page.evaluate(() => {
        const t = [...document.querySelectorAll('post-term')].find((x) => x.textContent.trim() === 'gaffer tape');
        return { trigger: !!t.shadowRoot.querySelector('[part=trigger]'), text: t.textContent.trim() };
      });
      assert.deepEqual(gaffer, { trigger: false, text: 'gaffer tape' });

      // The deliberate warning did arrive (so console capture works), once.
      await rec.sync();
      assert.equal(rec.console.filter((m) => /gaffer tape/.test(m)).length, 1);
      await axe(page, rec, 'index.html with a card open');
      await assertClean(rec, 'index.html');
      await page.close();
    });

    it('glossary.html: filter the index by typing a typo, Enter jumps; letter bar and category filter', async () => {
      const { page, rec } = await open('glossary');
      // The bundled 70 and the studio's own terms (demo/data/site-terms.json: one replaces a bundled entry).
      await until(page, (n) => document.querySelector('glossary-index')?.shadowRoot?.querySelectorAll('.entry').length === n, ALL_ON_GLOSSARY_PAGE);
      const input = await page.$('glossary-search[filter] >>> input'); // >>> pierces shadow roots
      await input.click();
      await page.keyboard.type('davinci reslove', { delay: 15 });
      await until(page, (n) => document.querySelector('glossary-index').shadowRoot.querySelectorAll('.entry').length < n, ALL_ON_GLOSSARY_PAGE);
      const shown = await page.evaluate(() => [...document.querySelector('glossary-index').shadowRoot.querySelectorAll('.entry .term')].map((t) => t.id));
      // The index stays in A–Z order, showing only the matches; Enter goes to the best one.
      assert.ok(shown.includes('davinci-resolve'), `typo "davinci reslove" should keep DaVinci Resolve, got ${shown.join(', ')}`);
      // The reader hears how many match (live region, after a pause).
      await until(page, () => /match/.test(document.querySelector('glossary-search[filter]').shadowRoot.querySelector('[role=status]').textContent));
      await page.keyboard.press('Enter');
      await until(page, () => location.hash === '#davinci-resolve');
      await until(page, () => document.querySelector('glossary-index').shadowRoot.activeElement?.id === 'davinci-resolve');
      await axe(page, rec, 'glossary.html filtered');

      // Esc in the box clears the filter: all of them again.
      await input.click();
      await page.keyboard.press('Escape');
      await until(page, (n) => document.querySelector('glossary-index').shadowRoot.querySelectorAll('.entry').length === n, ALL_ON_GLOSSARY_PAGE);

      // Letter bar: click "L", the L section is scrolled to the top and focused.
      const letterL = await page.evaluateHandle(() => document.querySelector('glossary-index').shadowRoot.querySelector('a[data-target="letter-l"]'));
      const l = await centerOf(letterL);
      await page.mouse.click(l.x, l.y);
      await until(page, () => location.hash === '#letter-l');
      await until(page, () => {
        const h = document.querySelector('glossary-index').shadowRoot.getElementById('letter-l').getBoundingClientRect();
        return h.top >= -2 && h.top < 200;
      });

      // Category filter by keyboard: a radio group (issue 19): arrows move to "Sound" and choose it.
      await page.evaluate(() => document.querySelector('glossary-index').shadowRoot.querySelector('.filters [role=radio]').focus());
      let label = '';
      for (let i = 0; i < 10 && !label.startsWith('Sound'); i++) {
        await page.keyboard.press('ArrowRight');
        label = await page.evaluate(() => document.querySelector('glossary-index').shadowRoot.activeElement?.textContent.trim() ?? '');
      }
      assert.match(label, /^Sound/);
      await until(page, () => {
        const entries = [...document.querySelector('glossary-index').shadowRoot.querySelectorAll('.entry .category')];
        return entries.length > 0 && entries.length < 50 && entries.every((c) => c.textContent === 'Sound');
      });
      // The JSON-LD block is written under require-trusted-types-for, through the index's JSON-only policy.
      const ld = await until(page, () => document.head.querySelector('script[type="application/ld+json"][data-post-glossary]')?.textContent);
      await until(page, (n) => JSON.parse(document.head.querySelector('script[type="application/ld+json"][data-post-glossary]').textContent).hasDefinedTerm.length === n, ALL_ON_GLOSSARY_PAGE);
      void ld;
      await axe(page, rec, 'glossary.html by category');
      await assertClean(rec, 'glossary.html');
      await page.close();
    });

    it('search.html: a typo, arrow keys and Enter open the card in place; the routed box reports the choice', async () => {
      const { page, rec } = await open('search');
      const boxes = await page.$$('main glossary-search');
      const input = await boxes[0].evaluateHandle((s) => s.shadowRoot.querySelector('input'));
      await input.click();
      await page.keyboard.type('davinci reslove', { delay: 15 });
      await until(page, (s) => s.shadowRoot.querySelectorAll('[role=option]').length > 0, boxes[0]);
      const listbox = await boxes[0].evaluate((s) => {
        const input = s.shadowRoot.querySelector('input');
        const popup = s.shadowRoot.querySelector('[part=popup]');
        const r = popup.getBoundingClientRect();
        return {
          expanded: input.getAttribute('aria-expanded'),
          first: s.shadowRoot.querySelector('[role=option] .term').textContent,
          visible: popup.matches(':popover-open') && r.width > 100 && r.bottom <= innerHeight,
        };
      });
      assert.deepEqual(listbox, { expanded: 'true', first: 'DaVinci Resolve', visible: true });
      await page.keyboard.press('ArrowDown');
      assert.equal(await boxes[0].evaluate((s) => s.shadowRoot.querySelector('input').getAttribute('aria-activedescendant')), 'opt-0');
      await page.keyboard.press('Enter');
      await until(page, (s) => s.shadowRoot.querySelector('[part=card]')?.matches(':popover-open'), boxes[0]);
      const card = await boxes[0].evaluate((s) => {
        const c = s.shadowRoot.querySelector('[part=card]');
        const r = c.getBoundingClientRect();
        return { heading: c.querySelector('.term').textContent, inViewport: r.left >= 0 && r.right <= innerWidth && r.top >= 0 && r.bottom <= innerHeight };
      });
      assert.deepEqual(card, { heading: 'DaVinci Resolve', inViewport: true });
      assert.equal(await activeTag(page), 'h2#card-h', 'focus moves to the card heading');
      await axe(page, rec, 'search.html with the card open');
      await page.keyboard.press('Escape');
      await until(page, (s) => !s.shadowRoot.querySelector('[part=card]'), boxes[0]);

      // The routed box: the page cancels glossary-select and reports the choice itself.
      const routedBox = await page.$('#routed');
      const routed = await routedBox.evaluateHandle((s) => s.shadowRoot.querySelector('input'));
      await routed.click();
      await page.keyboard.type('conform', { delay: 15 });
      await until(page, (s) => s.shadowRoot.querySelectorAll('[role=option]').length > 0, routedBox);
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('Enter');
      await until(page, () => /\/glossary\/conform/.test(document.getElementById('routed-out').textContent));
      await assertClean(rec, 'search.html');
      await page.close();
    });

    it('search.html: "/" focuses the header box, and a result opens its entry on the glossary page', async () => {
      const { page, rec } = await open('search');
      await until(page, () => customElements.get('glossary-search'));
      await page.keyboard.press('/');
      assert.equal(await activeTag(page), 'input#input');
      assert.equal(await page.evaluate(() => document.activeElement.classList.contains('header-search')), true);
      await page.keyboard.type('dolby vison', { delay: 15 });
      await until(page, () => document.querySelector('.header-search').shadowRoot.querySelectorAll('[role=option]').length > 0);
      await page.keyboard.press('ArrowDown');
      await Promise.all([page.waitForNavigation({ waitUntil: 'networkidle0' }), page.keyboard.press('Enter')]);
      // Firefox (BiDi) can end waitForNavigation on a history event of the page it leaves: the new
      // address is the signal that the glossary page is the one loaded.
      await until(page, () => /\/glossary\.html#dolby-vision$/.test(location.href));
      assert.match(page.url(), /\/glossary\.html#dolby-vision$/);
      await until(page, () => document.querySelector('glossary-index')?.shadowRoot?.activeElement?.id === 'dolby-vision');
      await assertClean(rec, 'search.html → glossary.html');
      await page.close();
    });

    it('autolink.html: the article’s terms are linked and work; unlink and link again; the site’s terms load', async () => {
      const { page, rec } = await open('autolink');
      await until(page, () => /terms linked automatically/.test(document.getElementById('count').textContent));
      const linked = await page.evaluate(() => [...document.querySelectorAll('#article post-term')].map((t) => t.getAttribute('term')));
      assert.ok(linked.length >= 30, `only ${linked.length} terms linked`);
      for (const id of ['dit', 'lut', 'conform', 'imf', 'dolby-vision']) assert.ok(linked.includes(id), `${id} not linked`);
      assert.equal(new Set(linked).size, linked.length, 'a term was linked twice');
      // Left alone: headings, the opted-out quote, code.
      assert.equal(await page.evaluate(() => document.querySelectorAll('#article h2 post-term, #article [data-no-glossary] post-term, #article pre post-term').length), 0);

      // A linked term works from the keyboard.
      const lut = await page.$('#article post-term[term=lut]');
      await lut.evaluate((t) => t.scrollIntoView({ block: 'center' }));
      await lut.evaluate((t) => t.shadowRoot.querySelector('[part=trigger]').focus());
      await until(page, (t) => t.shadowRoot.querySelector('[part=card]')?.matches(':popover-open'), lut);
      assert.equal((await cardState(page, lut)).heading, 'LUT');
      await page.keyboard.press('Escape');

      // The site's own file: QC is linked, and its card shows the studio's definition.
      await until(page, () => /site-terms\.json loaded: \d+ terms/.test(document.getElementById('provider-status').textContent));
      const qc = await page.waitForSelector('#site post-term[term=qc]');
      await qc.evaluate((t) => t.scrollIntoView({ block: 'center' }));
      const q = await centerOf(await qc.evaluateHandle((t) => t.shadowRoot.querySelector('[part=trigger]')));
      await page.mouse.click(q.x, q.y);
      await until(page, (t) => t.shadowRoot.querySelector('[part=card]')?.matches(':popover-open'), qc);
      const qcCard = await cardState(page, qc);
      assert.equal(qcCard.heading, 'QC');
      assert.match(qcCard.text, /frame-by-frame/);
      assert.ok(qcCard.inViewport);
      await axe(page, rec, 'autolink.html with a card open');
      // Its "Full entry" lands on the entry: the glossary page has the studio's terms too.
      const fullEntry = await qc.evaluate((t) => [...t.shadowRoot.querySelectorAll('[part=card] a')].find((a) => a.textContent.startsWith('Full entry'))?.href);
      assert.match(fullEntry, /\/glossary\.html#qc$/);
      await page.keyboard.press('Escape');

      // The toggle button restores the original text, and links it again.
      const text = await page.evaluate(() => document.getElementById('article').textContent);
      const toggle = await page.$('#toggle');
      await toggle.click();
      assert.equal(await page.evaluate(() => document.querySelectorAll('#article post-term').length), 0);
      assert.equal(await page.evaluate(() => document.getElementById('article').textContent), text);
      assert.equal(await page.evaluate(() => document.getElementById('count').textContent), 'Showing the original text.');
      await toggle.click();
      assert.equal(await page.evaluate(() => document.querySelectorAll('#article post-term').length), linked.length);
      await assertClean(rec, 'autolink.html');
      await page.close();
      const { page: glossary, rec: rec2 } = await open('glossary', { hash: '#qc' });
      await until(glossary, () => document.querySelector('glossary-index')?.shadowRoot?.activeElement?.id === 'qc');
      assertClean(rec2, 'glossary.html#qc');
      await glossary.close();
    });

    it('embed.html: the partner’s embed takes the page’s colours, works, and sends what it leaves out to the glossary page', async () => {
      const { page, rec } = await open('embed');
      await until(page, () => document.querySelector('glossary-index')?.shadowRoot?.querySelector('.entry'));
      const look = await page.evaluate(() => {
        const root = document.querySelector('glossary-index').shadowRoot;
        return {
          background: getComputedStyle(root.querySelector('.index')).backgroundColor,
          text: getComputedStyle(root.querySelector('.definition')).color,
          pageText: getComputedStyle(document.body).color,
          bar: getComputedStyle(root.querySelector('.letters')).backgroundColor,
          pageBackground: getComputedStyle(document.body).backgroundColor,
          // Letter spacing is the page's to set (and its reader's, WCAG 1.4.12): it comes through (issue 19.9).
          spacing: getComputedStyle(root.querySelector('.definition')).letterSpacing === getComputedStyle(document.querySelector('glossary-index')).letterSpacing,
        };
      });
      assert.equal(look.background, 'rgba(0, 0, 0, 0)');
      assert.equal(look.text, look.pageText);
      assert.equal(look.bar, look.pageBackground);
      assert.equal(look.spacing, true);
      const letterC = await page.evaluateHandle(() => document.querySelector('glossary-index').shadowRoot.querySelector('a[data-target="letter-c"]'));
      // Below the fold in some engines' metrics (WebKit's fonts are taller): bring it into view, as a reader would.
      await letterC.evaluate((a) => a.scrollIntoView({ block: 'center' }));
      const c = await centerOf(letterC);
      await page.mouse.click(c.x, c.y);
      await until(page, () => location.hash === '#letter-c');
      // A cross-link to an entry in the embed reveals it.
      const cross = await page.evaluateHandle(() =>
        document.querySelector('glossary-index').shadowRoot.querySelector('#cdl').closest('article').querySelector('.definition a[data-target], .see-also a[data-target]'),
      );
      const target = await cross.evaluate((a) => a.dataset.target);
      await until(page, () => {
        const h = document.querySelector('glossary-index').shadowRoot.getElementById('letter-c').getBoundingClientRect().top;
        return h >= -2 && h < 200;
      });
      await cross.evaluate((a) => a.scrollIntoView({ block: 'center' }));
      const x = await centerOf(cross);
      await page.mouse.click(x.x, x.y);
      await until(page, (id) => location.hash === `#${id}` && document.querySelector('glossary-index').shadowRoot.activeElement?.id === id, target);
      // Links to entries outside the embed (CDL's see-also DIT) go to the studio's glossary page.
      const out = await page.evaluate(() => [...document.querySelector('glossary-index').shadowRoot.querySelectorAll('.entry a:not([data-target])')].map((a) => a.href));
      assert.ok(
        out.some((href) => /\/glossary\.html#dit$/.test(href)),
        out.join(' '),
      );
      for (const href of out) assert.match(href, /\/glossary\.html#[a-z0-9-]+$/);
      await axe(page, rec, 'embed.html');
      await assertClean(rec, 'embed.html');
      await page.close();
    });

    for (const name of PAGES) {
      it(`${name}.html: clean in the dark colour scheme and on a 375 px phone`, async () => {
        // WebKit: MiniBrowser's window is never narrower than 447 px, so its "phone" is that wide.
        const width = engine === 'webkit' ? WEBKIT_MIN_WIDTH : 375;
        const { page, rec } = await open(name, { dark: true, width, height: 740 });
        await ready(page);
        assert.equal(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches), true, 'the page is not in the dark scheme');
        await axe(page, rec, `${name}.html dark, 375 px`);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        assert.ok(overflow <= 0, `${name}.html scrolls sideways by ${overflow}px at ${width} px`);
        await assertClean(rec, `${name}.html dark`);
        await page.close();
      });
    }

    it('with the Trusted Types policy names allow-listed (trusted-types lit-html post-glossary), every page is clean', async () => {
      for (const name of PAGES) {
        const { page, rec } = await open(name, { origin: serverWithPolicies.origin });
        await ready(page);
        if (name === 'glossary') {
          // The index's JSON-LD block is written through the post-glossary policy.
          await until(
            page,
            (n) => JSON.parse(document.head.querySelector('script[type="application/ld+json"][data-post-glossary]')?.textContent || '{"hasDefinedTerm":[]}').hasDefinedTerm.length === n,
            ALL_ON_GLOSSARY_PAGE,
          );
        }
        await assertClean(rec, `${name}.html (trusted-types lit-html post-glossary)`);
        await page.close();
      }
    });

    it('the strict CSP is really enforced: an inline script is refused and reported', async () => {
      const { page, rec } = await open('index');
      await page.evaluate(() => {
        const s = document.createElement('script');
        try {
          s.textContent = 'window.__inline = 1';
        } catch {
          /* Trusted Types refuses the string */
        }
        document.body.append(s);
      });
      // The report is an event the recorder hears: wait for it.
      await until(page, () => JSON.parse(sessionStorage.getItem('__e2eRecord') || '{"violations":[]}').violations.length > 0).catch(() => {});
      await rec.sync();
      assert.equal(await page.evaluate(() => '__inline' in window), false);
      assert.ok(rec.violations.length > 0, 'no violation reported: the listener or the header is missing');
      await page.close();
    });
  });
