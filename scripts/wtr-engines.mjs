// @web/test-runner launchers for the three engines, and the input commands test/helpers.ts calls
// (each engine gets the input its driver supports: see test/helpers.ts).
import * as puppeteerCore from 'puppeteer-core';
import { chromeLauncher } from '@web/test-runner-chrome';
import { WebdriverLauncher } from '@web/test-runner-webdriver';
import { puppeteerLaunchOptions, startWebKitDriver, webdriverKey as wdKey, webdriverViewport, webkitCapabilities } from './engines.mjs';

/**
 * Closes each test file's page when the file is done, so the next file gets a fresh one (the
 * launcher would reuse it). Keeps files apart: focus that left a page for the browser's own UI,
 * a held key, a scroll position or a viewport size never leak into the next file.
 */
function freshPagePerFile(launcher) {
  const stopSession = launcher.stopSession.bind(launcher);
  launcher.stopSession = async (sessionId) => {
    const page = launcher.activePages.get(sessionId);
    const result = await stopSession(sessionId);
    const i = launcher.inactivePages.indexOf(page);
    if (i >= 0) launcher.inactivePages.splice(i, 1);
    await page?.puppeteerPage.close().catch(() => {});
    return result;
  };
  return launcher;
}

/** WebKitGTK's MiniBrowser through WebKitWebDriver, which this launcher starts (and stops) on a private Xvfb. */
class WebKitLauncher extends WebdriverLauncher {
  constructor() {
    super({ capabilities: webkitCapabilities(), hostname: '127.0.0.1', port: 0, logLevel: 'error', connectionRetryTimeout: 60_000 });
  }

  async initialize(config, testFiles) {
    this.webkit = await startWebKitDriver();
    this.options.port = this.webkit.port;
    await super.initialize(config, testFiles);
    this.name = 'WebKit';
  }

  /** Each test file starts in an 800×600 viewport, as a new Chromium or Firefox page does. */
  async startSession(id, url) {
    await this.ensureManagerInitialized();
    if (!this.outerSize) {
      const inner = await webdriverViewport(this.driver, DEFAULT_VIEWPORT.width, DEFAULT_VIEWPORT.height);
      if (inner.width !== DEFAULT_VIEWPORT.width || inner.height !== DEFAULT_VIEWPORT.height) throw new Error(`WebKit: could not size the viewport to 800×600 (got ${inner.width}×${inner.height})`);
      this.outerSize = await this.driver.getWindowSize();
    } else {
      await this.driver.setWindowSize(this.outerSize.width, this.outerSize.height);
    }
    return super.startSession(id, url);
  }

  async stop() {
    await super.stop();
    await this.webkit?.stop();
  }
}

/** The viewport every test file starts with (puppeteer's default page size). */
export const DEFAULT_VIEWPORT = { width: 800, height: 600 };

export function launcherFor(engine) {
  if (engine === 'chromium') {
    const l = freshPagePerFile(chromeLauncher({ launchOptions: puppeteerLaunchOptions('chromium') }));
    l.name = 'Chromium';
    return l;
  }
  if (engine === 'firefox') {
    // System access: pg-color-scheme sets the reader's colour preference in the parent process.
    const launchOptions = puppeteerLaunchOptions('firefox');
    return freshPagePerFile(chromeLauncher({ puppeteer: puppeteerCore, launchOptions: { ...launchOptions, args: [...(launchOptions.args ?? []), '--remote-allow-system-access'] } }));
  }
  if (engine === 'webkit') return new WebKitLauncher();
  throw new Error(`unknown engine ${engine}`);
}

const engineOf = (session) => {
  if (session.browser.type === 'webdriver') return 'webkit';
  return session.browser.name === 'Firefox' ? 'firefox' : 'chromium';
};

/** Test-runner plugin: the `pg-*` commands test/helpers.ts sends. */
export function engineInputPlugin() {
  return {
    name: 'post-glossary-engine-input',
    async executeCommand({ command, payload, session }) {
      if (!command.startsWith('pg-')) return undefined;
      const engine = engineOf(session);
      const webdriver = session.browser.type === 'webdriver';
      const driver = webdriver ? session.browser.driver : undefined;
      const page = webdriver ? undefined : session.browser.getPage(session.id);
      switch (command) {
        case 'pg-engine':
          return engine;
        case 'pg-viewport': {
          const { width, height } = payload;
          if (!webdriver) {
            await page.setViewport({ width, height });
            return { width, height };
          }
          return webdriverViewport(driver, width, height);
        }
        case 'pg-type': {
          const { text } = payload;
          if (!webdriver) {
            await page.keyboard.type(text);
            return true;
          }
          // One action chain per character: in one chain WebKitGTK loses a repeated character
          // (and spaces): "omf/aaf" arrives as "omf/af".
          for (const ch of [...text]) {
            const v = wdKey(ch);
            await driver.performActions([
              {
                type: 'key',
                id: 'keyboard',
                actions: [
                  { type: 'keyDown', value: v },
                  { type: 'keyUp', value: v },
                ],
              },
            ]);
          }
          await driver.releaseActions();
          return true;
        }
        case 'pg-press': {
          // A key, pressed `times` times while the modifiers are held (a chord).
          const { key, modifiers = [], times = 1 } = payload;
          if (!webdriver) {
            for (const m of modifiers) await page.keyboard.down(m);
            try {
              for (let i = 0; i < times; i++) await page.keyboard.press(key);
            } finally {
              for (const m of [...modifiers].reverse()) await page.keyboard.up(m);
            }
            return true;
          }
          const actions = [];
          for (const m of modifiers) actions.push({ type: 'keyDown', value: wdKey(m) });
          for (let i = 0; i < times; i++) actions.push({ type: 'keyDown', value: wdKey(key) }, { type: 'keyUp', value: wdKey(key) });
          for (const m of [...modifiers].reverse()) actions.push({ type: 'keyUp', value: wdKey(m) });
          await driver.performActions([{ type: 'key', id: 'keyboard', actions }]);
          await driver.releaseActions();
          return true;
        }
        case 'pg-move-path': {
          // The pointer through several points in one go: no driver round trip between them
          // (WebDriver's can exceed a hover grace period). WebKitGTK drops all but the first of
          // back-to-back moves in one chain: a 20 ms pause after each lets every one arrive.
          const { points } = payload;
          if (!webdriver) {
            for (const [x, y] of points) await page.mouse.move(x, y);
            return true;
          }
          await driver.performActions([
            {
              type: 'pointer',
              id: 'finger1',
              parameters: { pointerType: 'mouse' },
              actions: points.flatMap(([x, y]) => [
                { type: 'pointerMove', duration: 0, x, y },
                { type: 'pause', duration: 20 },
              ]),
            },
          ]);
          return true;
        }
        case 'pg-color-scheme': {
          // The reader's prefers-color-scheme ('light' | 'dark'). Chromium: CDP media emulation.
          // Firefox (WebDriver BiDi has no such emulation): the content-override pref, set live in
          // the parent process (the launcher allows system access for this). WebKit: impossible
          // (MiniBrowser takes --dark-mode only at launch): returns false, the test says so.
          const { scheme } = payload;
          if (engine === 'chromium') {
            await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: scheme }]);
            return true;
          }
          if (engine === 'firefox') {
            const connection = page.browser().connection;
            const { result: tree } = await connection.send('browsingContext.getTree', { 'moz:scope': 'chrome', maxDepth: 0 });
            const { result } = await connection.send('script.evaluate', {
              expression: `Services.prefs.setIntPref('layout.css.prefers-color-scheme.content-override', ${scheme === 'dark' ? 0 : 1})`,
              target: { context: tree.contexts[0].context },
              awaitPromise: false,
            });
            if (result.type === 'exception') throw new Error(`Firefox: could not set the colour preference: ${result.exceptionDetails?.text}`);
            return true;
          }
          return false;
        }
        case 'pg-screenshot': {
          // Debugging aid: a PNG of the viewport at `path` (relative to the project).
          if (webdriver) await driver.saveScreenshot(payload.path);
          else await page.screenshot({ path: payload.path });
          return true;
        }
        default:
          throw new Error(`unknown command ${command}`);
      }
    },
  };
}
