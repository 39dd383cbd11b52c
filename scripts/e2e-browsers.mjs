// Browsers for the end-to-end tests (test/e2e/), in each of the three engines, behind the one page
// API the tests use: puppeteer's. Chromium and Firefox ARE puppeteer pages (Firefox over WebDriver
// BiDi); WebKit (WebKitGTK's MiniBrowser, WebDriver classic through webdriverio) gets WebKitPage,
// which implements the part of puppeteer's Page/ElementHandle API the tests call.
//
// What a page records (CSP violations, uncaught errors, console errors/warnings) comes from
// scripts/e2e-recorder.js, which the test server puts first in every page's <head>: WebDriver
// classic has no console or error events, and one way for every engine keeps the checks equal.
import puppeteer from 'puppeteer-core';
import { remote } from 'webdriverio';
import { puppeteerLaunchOptions, startWebKitDriver, webdriverKey as key, webdriverViewport, webkitCapabilities } from './engines.mjs';

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/**
 * One engine's browser, light or dark colour scheme: `newPage()` gives a page to drive. Firefox
 * and WebKit take the scheme at launch (Firefox: a pref; MiniBrowser: --dark-mode), so each scheme
 * is a browser of its own; Chromium emulates it per page.
 */
export async function launchBrowser(engine, { dark = false, chromiumArgs = [], protocolTimeout } = {}) {
  if (engine === 'chromium' || engine === 'firefox') {
    const options = puppeteerLaunchOptions(engine, { dark });
    if (engine === 'chromium') options.args = [...options.args, ...chromiumArgs];
    if (protocolTimeout) options.protocolTimeout = protocolTimeout;
    const browser = await puppeteer.launch(options);
    return {
      engine,
      dark,
      /** Chromium: the page may ask for the other scheme ({ dark }); it is emulated per page. */
      async newPage(options = {}) {
        const page = await browser.newPage();
        if (engine === 'chromium') await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: (options.dark ?? dark) ? 'dark' : 'light' }]);
        return page;
      },
      close: () => browser.close(),
    };
  }
  if (engine === 'webkit') {
    const wk = await startWebKitDriver();
    let driver;
    try {
      driver = await remote({ hostname: '127.0.0.1', port: wk.port, logLevel: 'error', capabilities: webkitCapabilities({ dark }), connectionRetryTimeout: 60_000 });
    } catch (e) {
      await wk.stop();
      throw e;
    }
    let open;
    return {
      engine,
      dark,
      // WebKitWebDriver drives one window per session: one page at a time.
      async newPage() {
        if (open && !open.closed) await open.close(); // a failed test left it open
        open = new WebKitPage(driver);
        return open;
      },
      async close() {
        await driver.deleteSession().catch(() => {});
        await wk.stop();
      },
    };
  }
  throw new Error(`unknown engine ${engine}`);
}

const ELEMENT_KEY = 'element-6066-11e4-a52e-4f735466cecf';
const isElementRef = (v) => v && typeof v === 'object' && ELEMENT_KEY in v;

/**
 * A function, or a script's source, as the body WebDriver's execute takes (a function's result is
 * returned; a script's source just runs: no eval of ours, which the page's CSP would refuse).
 */
function script(fn) {
  return typeof fn === 'string' ? fn : `return (${fn.toString()}).apply(null, arguments)`;
}
const argFor = (a) => (a instanceof WebKitHandle ? (a.ref ?? a.value) : a);

/** A value or an element in the WebKit page (puppeteer's JSHandle/ElementHandle, as far as the tests use them). */
class WebKitHandle {
  constructor(page, value) {
    this.page = page;
    if (isElementRef(value)) this.ref = value;
    else this.value = value;
  }
  async jsonValue() {
    return this.ref ? {} : this.value;
  }
  evaluate(fn, ...args) {
    return this.page.evaluate(fn, this, ...args);
  }
  evaluateHandle(fn, ...args) {
    return this.page.evaluateHandle(fn, this, ...args);
  }
  async boundingBox() {
    const r = await this.evaluate((el) => {
      const b = el.getBoundingClientRect();
      return b.width || b.height ? { x: b.x, y: b.y, width: b.width, height: b.height } : null;
    });
    return r;
  }
  /**
   * Scrolls the element into view, waits until its box is in the window and still (the page may be
   * settling a scroll of its own: the index keeps a jumped-to entry in view for a few frames), then
   * clicks its centre. WebDriver refuses a point outside the window, unlike puppeteer's own click.
   */
  async click() {
    let b = null;
    for (let tries = 0; tries < 30; tries++) {
      await this.evaluate((el) => el.scrollIntoView({ block: 'center', inline: 'center' }));
      await this.page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
      const before = await this.boundingBox();
      await this.page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
      b = await this.boundingBox();
      const inside = await this.evaluate((el) => {
        const r = el.getBoundingClientRect();
        const x = r.x + r.width / 2;
        const y = r.y + r.height / 2;
        return x >= 0 && y >= 0 && x < innerWidth && y < innerHeight;
      });
      if (b && before && b.x === before.x && b.y === before.y && inside) break;
    }
    if (!b) throw new Error('element has no box to click');
    await this.page.mouse.click(b.x + b.width / 2, b.y + b.height / 2);
  }
}

/** Deep query: "a >>> b" finds b anywhere under a, through shadow roots (puppeteer's >>> combinator). */
function deepQueryAll(selector, all) {
  const parts = selector.split('>>>').map((s) => s.trim());
  const under = (root, sel) => {
    const found = [...root.querySelectorAll(sel)];
    for (const el of root.querySelectorAll('*')) if (el.shadowRoot) found.push(...under(el.shadowRoot, sel));
    return found;
  };
  let roots = [document];
  for (const [i, part] of parts.entries()) {
    const matches = roots.flatMap((r) => (i === 0 ? [...r.querySelectorAll(part)] : under(r, part)));
    roots = matches.map((m) => m.shadowRoot ?? m);
    if (i === parts.length - 1) return all ? matches : (matches[0] ?? null);
  }
  return all ? [] : null;
}

class WebKitPage {
  #url = 'about:blank';
  constructor(driver) {
    this.driver = driver;
    this.closed = false;
    const d = driver;
    this.keyboard = {
      async press(k) {
        await d.performActions([
          {
            type: 'key',
            id: 'keyboard',
            actions: [
              { type: 'keyDown', value: key(k) },
              { type: 'keyUp', value: key(k) },
            ],
          },
        ]);
        await d.releaseActions();
      },
      // One action chain per character: in one chain WebKitGTK drops repeated characters and spaces.
      async type(text, { delay = 0 } = {}) {
        for (const ch of [...text]) {
          await this.press(ch);
          if (delay) await sleep(delay);
        }
      },
    };
    let at = { x: 0, y: 0 };
    this.mouse = {
      async move(x, y, { steps = 1 } = {}) {
        const actions = [];
        for (let i = 1; i <= steps; i++) {
          const p = { x: Math.round(at.x + ((x - at.x) * i) / steps), y: Math.round(at.y + ((y - at.y) * i) / steps) };
          // A pause after each move: WebKitGTK drops back-to-back moves in one chain.
          actions.push({ type: 'pointerMove', duration: 0, ...p }, { type: 'pause', duration: 16 });
        }
        await d.performActions([{ type: 'pointer', id: 'mouse', parameters: { pointerType: 'mouse' }, actions }]);
        at = { x: Math.round(x), y: Math.round(y) };
      },
      async click(x, y) {
        const p = { x: Math.round(x), y: Math.round(y) };
        await d.performActions([
          {
            type: 'pointer',
            id: 'mouse',
            parameters: { pointerType: 'mouse' },
            actions: [
              { type: 'pointerMove', duration: 0, ...p },
              { type: 'pointerDown', button: 0 },
              { type: 'pointerUp', button: 0 },
            ],
          },
        ]);
        at = p;
      },
    };
  }

  /** Sizes the window so that the viewport is width × height CSS px. */
  async setViewport({ width, height }) {
    const got = await webdriverViewport(this.driver, width, height);
    if (got.width !== width || got.height !== height) throw new Error(`WebKit: could not size the viewport to ${width}×${height}`);
  }

  async bringToFront() {}

  async goto(url) {
    await this.driver.navigateTo(url);
    this.#url = url;
    await this.#loaded();
  }

  async #loaded() {
    const deadline = Date.now() + 15_000;
    while (Date.now() < deadline) {
      try {
        if ((await this.driver.execute('return document.readyState')) === 'complete') return;
      } catch {
        /* between documents */
      }
      await sleep(50);
    }
    throw new Error('WebKit: the page did not finish loading');
  }

  url() {
    return this.#url;
  }

  /** Resolves when the page has gone to another URL and loaded it. */
  async waitForNavigation() {
    const from = this.#url;
    const deadline = Date.now() + 15_000;
    while (Date.now() < deadline) {
      const now = await this.driver.getUrl().catch(() => from);
      if (now !== from) {
        this.#url = now;
        await this.#loaded();
        return null;
      }
      await sleep(50);
    }
    throw new Error(`WebKit: no navigation away from ${from}`);
  }

  async evaluate(fn, ...args) {
    const v = await this.driver.execute(script(fn), ...args.map(argFor));
    return v;
  }

  async evaluateHandle(fn, ...args) {
    return new WebKitHandle(this, await this.driver.execute(script(fn), ...args.map(argFor)));
  }

  async $(selector) {
    const v = await this.driver.execute(`return (${deepQueryAll.toString()})(arguments[0], false)`, selector);
    return v ? new WebKitHandle(this, v) : null;
  }

  async $$(selector) {
    const v = await this.driver.execute(`return (${deepQueryAll.toString()})(arguments[0], true)`, selector);
    return v.map((ref) => new WebKitHandle(this, ref));
  }

  async $$eval(selector, fn, ...args) {
    return this.driver.execute(`return (${fn.toString()})((${deepQueryAll.toString()})(arguments[0], true), ...arguments[1])`, selector, args);
  }

  async waitForFunction(fn, { timeout = 10_000, polling = 50 } = {}, ...args) {
    const deadline = Date.now() + timeout;
    let last;
    while (Date.now() < deadline) {
      try {
        // A truthy value WebDriver cannot carry back (a class, a window) counts as true.
        const v = await this.driver.execute(
          `const v = (${fn.toString()}).apply(null, arguments); return typeof v === 'function' || (v && typeof v === 'object' && !(v instanceof Element) && !Array.isArray(v)) ? true : v;`,
          ...args.map(argFor),
        );
        if (v) return new WebKitHandle(this, v);
      } catch (e) {
        last = e; // between documents, or the condition threw: try again
      }
      await sleep(polling);
    }
    throw new Error(`Waiting failed: ${timeout}ms exceeded${last ? ` (${last.message.split('\n')[0]})` : ''}`);
  }

  async waitForSelector(selector, { timeout = 10_000 } = {}) {
    const deadline = Date.now() + timeout;
    while (Date.now() < deadline) {
      const h = await this.$(selector);
      if (h) return h;
      await sleep(50);
    }
    throw new Error(`Waiting for selector ${selector} failed: ${timeout}ms exceeded`);
  }

  /** puppeteer's page events; WebKit's come from the recorder instead (see the top of this file). */
  on() {
    return this;
  }

  async close() {
    this.closed = true;
    await this.driver.navigateTo('about:blank').catch(() => {});
  }
}
