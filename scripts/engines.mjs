// The three browser engines the tests run in, found on this machine (no npm package may download a
// browser): Chromium and Firefox ESR driven by puppeteer-core (Firefox over WebDriver BiDi), and
// WebKitGTK's MiniBrowser driven by WebKitWebDriver (WebDriver classic) on a private Xvfb display.
//
// Used by web-test-runner.config.mjs, the strict-CSP e2e tests and the benchmark, so each engine is
// launched the same way everywhere. Nothing here picks a fixed port or display: several test runs
// share this machine, so Xvfb picks its own free display (-displayfd) and the driver a free port.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { chromePath, CHROME_ARGS } from './chrome-path.mjs';

export const ENGINES = ['chromium', 'firefox', 'webkit'];

const FIREFOX_CANDIDATES = ['/usr/lib/firefox-esr/firefox-esr', '/usr/lib/firefox/firefox', '/usr/bin/firefox-esr', '/usr/bin/firefox'];
const MINIBROWSER_CANDIDATES = [
  '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
  '/usr/lib/aarch64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
  '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.0/MiniBrowser',
  '/usr/lib/aarch64-linux-gnu/webkit2gtk-4.0/MiniBrowser',
];
const onPath = (name) =>
  (process.env.PATH ?? '')
    .split(':')
    .map((d) => join(d, name))
    .find((p) => existsSync(p));

/** FIREFOX_PATH when set, else the first usual Firefox install path that exists. */
export function firefoxPath() {
  if (process.env.FIREFOX_PATH) return existsSync(process.env.FIREFOX_PATH) ? process.env.FIREFOX_PATH : undefined;
  return FIREFOX_CANDIDATES.find((p) => existsSync(p));
}

/** MINIBROWSER_PATH when set, else WebKitGTK's MiniBrowser (Debian: webkit2gtk-driver pulls it in). */
export function miniBrowserPath() {
  if (process.env.MINIBROWSER_PATH) return existsSync(process.env.MINIBROWSER_PATH) ? process.env.MINIBROWSER_PATH : undefined;
  return MINIBROWSER_CANDIDATES.find((p) => existsSync(p));
}

/** What is missing to run an engine here, as apt package names (empty when it can run). */
export function missingFor(engine) {
  if (engine === 'chromium') return chromePath() ? [] : ['chromium'];
  if (engine === 'firefox') return firefoxPath() ? [] : ['firefox-esr'];
  if (engine === 'webkit') {
    const missing = [];
    if (!onPath('WebKitWebDriver') || !miniBrowserPath()) missing.push('webkit2gtk-driver');
    if (!onPath('Xvfb')) missing.push('xvfb');
    return missing;
  }
  throw new Error(`unknown engine "${engine}": use one of ${ENGINES.join(', ')}`);
}

/** The engines named by a comma list ("all" = the three), checked. */
export function parseEngines(list = 'chromium') {
  const names =
    list === 'all'
      ? ENGINES
      : list
          .split(',')
          .map((s) => s.trim().toLowerCase())
          .filter(Boolean);
  for (const n of names) if (!ENGINES.includes(n)) throw new Error(`unknown engine "${n}": use one of ${ENGINES.join(', ')} or "all"`);
  return names;
}

/** puppeteer-core launch options for Chromium or Firefox (headless). */
export function puppeteerLaunchOptions(engine, { dark = false } = {}) {
  if (engine === 'chromium') {
    return { executablePath: chromePath(), args: CHROME_ARGS, headless: true };
  }
  if (engine === 'firefox') {
    return {
      browser: 'firefox',
      executablePath: firefoxPath(),
      headless: true,
      extraPrefsFirefox: {
        // 0 = dark, 1 = light, 2 = follow the system (headless has none: light).
        'layout.css.prefers-color-scheme.content-override': dark ? 0 : 1,
        // A test page must never count as backgrounded (timers, rendering), as in Chromium's args.
        'dom.min_background_timeout_value': 4,
        'dom.timeout.enable_budget_timer_throttling': false,
        // Full-resolution performance.now() (Firefox rounds it to 1 ms otherwise): the benchmarks
        // measure sub-millisecond work.
        'privacy.reduceTimerPrecision': false,
        // No first-run pages, updates or telemetry on a test machine.
        'browser.shell.checkDefaultBrowser': false,
        'app.update.enabled': false,
        'toolkit.telemetry.reportingpolicy.firstRun': false,
        'datareporting.policy.dataSubmissionEnabled': false,
      },
    };
  }
  throw new Error(`${engine} is not driven by puppeteer here`);
}

/** The WebDriver capabilities for WebKitGTK's MiniBrowser. */
export function webkitCapabilities({ dark = false } = {}) {
  return {
    browserName: 'MiniBrowser',
    'webkitgtk:browserOptions': {
      binary: miniBrowserPath(),
      args: ['--automation', ...(dark ? ['--dark-mode'] : [])],
    },
    // WebKitWebDriver speaks WebDriver classic only: without this webdriverio asks for BiDi and
    // the driver answers "Failed to match capabilities".
    'wdio:enforceWebDriverClassic': true,
  };
}

// WebDriver classic key codes (https://w3c.github.io/webdriver/#keyboard-actions) for the key
// names the tests use (the names puppeteer takes). Shared by the test runner's WebKit input
// (wtr-engines.mjs) and the e2e tests' WebKit page (e2e-browsers.mjs).
const WEBDRIVER_KEYS = {
  Backspace: '\uE003',
  Tab: '\uE004',
  Enter: '\uE007',
  Shift: '\uE008',
  Control: '\uE009',
  Alt: '\uE00A',
  Escape: '\uE00C',
  PageUp: '\uE00E',
  PageDown: '\uE00F',
  End: '\uE010',
  Home: '\uE011',
  ArrowLeft: '\uE012',
  ArrowUp: '\uE013',
  ArrowRight: '\uE014',
  ArrowDown: '\uE015',
  Delete: '\uE017',
  Meta: '\uE03D',
  Space: ' ',
};

/** The WebDriver value of a puppeteer key name, or of one character. */
export function webdriverKey(key) {
  if (WEBDRIVER_KEYS[key]) return WEBDRIVER_KEYS[key];
  if ([...key].length === 1) return key;
  throw new Error(`no WebDriver code for the key "${key}"`);
}

/**
 * Sizes a WebDriver window so that its viewport is width × height CSS px: WebDriver sizes the
 * window, not the viewport, so it measures the viewport and corrects by the difference (toolbars,
 * borders) until it fits (or the screen runs out). Resolves to the viewport it got.
 */
export async function webdriverViewport(driver, width, height) {
  let inner;
  let outer = { width: width + 16, height: height + 100 };
  const fits = () => inner[0] === width && inner[1] === height;
  // Corrections, then (a window busy with a resize may take it late) a short wait for it to land,
  // then corrections again. (Asking again for the same size does not help: GTK ignores it.)
  for (let round = 0; round < 2; round++) {
    for (let i = 0; i < 4; i++) {
      await driver.setWindowSize(outer.width, outer.height);
      inner = await driver.execute('return [innerWidth, innerHeight]');
      if (fits()) return { width, height };
      outer = { width: outer.width + (width - inner[0]), height: outer.height + (height - inner[1]) };
    }
    for (let i = 0; i < 10 && !fits(); i++) {
      await new Promise((r) => setTimeout(r, 100));
      inner = await driver.execute('return [innerWidth, innerHeight]');
    }
    if (fits()) break;
  }
  return { width: inner[0], height: inner[1] };
}

/** A TCP port free right now on 127.0.0.1. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

function waitForLine(child, stream, test, what, ms = 15_000) {
  return new Promise((resolve, reject) => {
    let seen = '';
    const timer = setTimeout(() => reject(new Error(`${what} did not start within ${ms} ms: ${seen.slice(-400)}`)), ms);
    const onData = (d) => {
      seen += d.toString();
      const m = test(seen);
      if (m) {
        clearTimeout(timer);
        stream.off('data', onData);
        resolve(m);
      }
    };
    stream.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`${what} exited (${code}) before it was ready: ${seen.slice(-400)}`));
    });
  });
}

async function portAnswers(port) {
  try {
    const res = await fetch(`http://127.0.0.1:${port}/status`);
    return res.ok;
  } catch {
    return false;
  }
}

/**
 * Starts a private Xvfb (on a display it picks itself) and WebKitWebDriver on it (on a free port).
 * Resolves to { port, display, stop() }; stop() ends both. Both end with this process too.
 */
export async function startWebKitDriver() {
  const missing = missingFor('webkit');
  if (missing.length) throw new Error(`post-glossary: WebKit needs ${missing.join(' and ')} (Debian/Ubuntu: apt-get install -y ${missing.join(' ')})`);
  const children = [];
  const stop = async () => {
    for (const c of children.reverse()) {
      if (c.exitCode === null && c.signalCode === null) {
        const gone = new Promise((r) => c.once('exit', r));
        c.kill('SIGTERM');
        await Promise.race([gone, new Promise((r) => setTimeout(r, 3000))]);
        if (c.exitCode === null && c.signalCode === null) c.kill('SIGKILL');
      }
    }
    children.length = 0;
  };
  const killNow = () => children.forEach((c) => c.exitCode === null && c.kill('SIGKILL'));
  process.once('exit', killNow);
  try {
    // -displayfd 1: Xvfb finds a free display number and writes it to stdout once it accepts clients.
    const xvfb = spawn('Xvfb', ['-displayfd', '1', '-screen', '0', '1400x1000x24', '-nolisten', 'tcp'], { stdio: ['ignore', 'pipe', 'pipe'] });
    children.push(xvfb);
    xvfb.stderr.resume();
    const display = `:${await waitForLine(xvfb, xvfb.stdout, (s) => s.match(/^(\d+)\n/)?.[1], 'Xvfb')}`;
    let driver;
    let port;
    for (let attempt = 0; attempt < 5 && !driver; attempt++) {
      port = await freePort();
      const child = spawn('WebKitWebDriver', [`--port=${port}`], {
        stdio: ['ignore', 'pipe', 'pipe'],
        env: { ...process.env, DISPLAY: display, WAYLAND_DISPLAY: '', GDK_BACKEND: 'x11', LIBGL_ALWAYS_SOFTWARE: '1', NO_AT_BRIDGE: '1' },
      });
      children.push(child);
      child.stdout.resume();
      child.stderr.resume();
      const deadline = Date.now() + 10_000;
      while (Date.now() < deadline && child.exitCode === null && !(await portAnswers(port))) await new Promise((r) => setTimeout(r, 100));
      if (child.exitCode === null && (await portAnswers(port))) driver = child;
      else {
        children.pop();
        child.kill('SIGKILL');
      }
    }
    if (!driver) throw new Error('WebKitWebDriver did not start (5 attempts)');
    return { port, display, stop };
  } catch (e) {
    await stop();
    throw e;
  }
}
