// Shared by the browser tests: shadow-DOM queries, geometry, a bare glossary provider, waits on
// positive signals, and input that works the same in Chromium, Firefox and WebKit.
//
// The suite runs in three engines (`npm run test:browsers`, or BROWSERS=firefox|webkit|all npx wtr).
// Rules for a test that passes in all three:
//  - real input only where real input is the point, and then through these helpers: typeText,
//    pressKey (modifiers held for a chord: Shift+Tab, Ctrl+K), setViewport, hover, click,
//    movePointer (several points in one driver call: a pointer travelling term → card). Not
//    sendKeys/setViewport from @web/test-runner-commands: WebKit's driver has no held keys, no
//    viewport, and drops repeated characters in one typed string;
//  - no fixed sleeps: waitFor(condition), waitForFrames(), waitForAnimations(), waitForStill(el)
//    (after scrolling, before a click), nextEvent(type) (created before the action); a test that
//    asserts a time-based non-event (a hover grace period) says so next to its duration;
//  - no engine-specific APIs (requestIdleCallback: waitForIdle()) or error texts (check the error's
//    name, or that nothing happened);
//  - Tab never leaves the page (keepTabInPage()): in Firefox focus would go to the browser's UI;
//  - click what a reader can see: scroll it into view first (engines' fonts differ: what fits at
//    800×600 in Chromium may be below the fold, or below a scrolling card's edge, in Firefox);
//  - a driver limit that makes a test impossible in an engine: itExcept({ webkit: 'why' }, …),
//    never a silent skip. The run prints every such skip with its reason at the end.
import { ContextProvider } from '@lit/context';
import { executeServerCommand, sendMouse } from '@web/test-runner-commands';
import { glossaryContext } from '../src/context.js';
import { createGlossary } from '../src/core/glossary.js';
import type { Glossary } from '../src/core/glossary.js';
import type { GlossaryContextValue } from '../src/context.js';

export type Engine = 'chromium' | 'firefox' | 'webkit';

/** The engine this page runs in (from the user agent: no driver round trip needed). */
export const engine: Engine = /Firefox\//.test(navigator.userAgent) ? 'firefox' : /Chrom(e|ium)\//.test(navigator.userAgent) ? 'chromium' : 'webkit';

// ---------------------------------------------------------------- queries and geometry

/** First match inside an element's shadow root. */
export const $ = <T extends Element = HTMLElement>(el: Element, sel: string) => el.shadowRoot!.querySelector<T>(sel);
/** Every match inside an element's shadow root. */
export const $$ = <T extends Element = HTMLElement>(el: Element, sel: string) => [...el.shadowRoot!.querySelectorAll<T>(sel)];

/** Centre of an element (or a rect), rounded to whole CSS pixels for the input drivers. */
export function center(target: Element | DOMRect): [number, number] {
  const r = target instanceof Element ? target.getBoundingClientRect() : target;
  return [Math.round(r.left + r.width / 2), Math.round(r.top + r.height / 2)];
}

/** Whole rect inside the viewport. */
export function inViewport(r: DOMRect) {
  return r.left >= 0 && r.top >= 0 && r.right <= innerWidth && r.bottom <= innerHeight;
}

/** Drops a #fragment an earlier test (or a link) left on the URL, without a navigation. */
export const resetHash = () => history.replaceState(null, '', location.pathname + location.search);

// ---------------------------------------------------------------- providers

/** Makes `host` provide a glossary (entries or a built Glossary) to the elements under it, as <glossary-provider> would. */
export function provideGlossary(host: HTMLElement, glossary: Glossary | unknown[], extra: Omit<GlossaryContextValue, 'glossary'> = {}) {
  const value = Array.isArray(glossary) ? createGlossary(glossary) : glossary;
  return new ContextProvider(host, { context: glossaryContext, initialValue: { glossary: value, ...extra } });
}

/** A bare context provider element (`<test-provider>`), so tests need not depend on <glossary-provider>; set its value with `.provider.setValue({ glossary })`. */
export class TestProvider extends HTMLElement {
  provider = new ContextProvider(this, { context: glossaryContext });
}
if (!customElements.get('test-provider')) customElements.define('test-provider', TestProvider);

// ---------------------------------------------------------------- waiting

/**
 * Resolves when `condition` returns something truthy (checked every animation frame and on a
 * timer), with that value; rejects with `message` after `timeout` ms. Use it instead of sleeps.
 */
export async function waitFor<T>(condition: () => T | Promise<T>, message = 'condition never became true', { timeout = 4000 } = {}): Promise<T> {
  const started = performance.now();
  for (;;) {
    const value = await condition();
    if (value) return value;
    if (performance.now() - started > timeout) throw new Error(`waitFor timed out after ${timeout} ms: ${message}`);
    await new Promise((r) => {
      // Whichever comes first: a frame (a visible page) or 16 ms (a page the engine throttles).
      const t = setTimeout(r, 16);
      requestAnimationFrame(() => {
        clearTimeout(t);
        r(undefined);
      });
    });
  }
}

/** Resolves after `n` rendered frames: layout and paint have caught up with the last change. */
export async function waitForFrames(n = 2) {
  for (let i = 0; i < n; i++) await new Promise((r) => requestAnimationFrame(r));
}

/** Resolves when every running animation/transition in `root` (a document or shadow root) has ended. */
export async function waitForAnimations(root: Document | ShadowRoot = document) {
  await Promise.all(root.getAnimations().map((a) => a.finished.catch(() => undefined)));
}

/**
 * Resolves once the page has had an idle period: work the elements schedule for idle time (with
 * requestIdleCallback where the engine has it, else a short timer) has had its turn. For checks that
 * something did NOT happen; when something should happen, waitFor() it instead.
 */
export async function waitForIdle() {
  await waitForFrames(2);
  if (typeof requestIdleCallback === 'function') {
    await new Promise((r) => requestIdleCallback(r, { timeout: 2000 }));
  } else {
    // WebKit has no requestIdleCallback: the elements fall back to timers of <= 20 ms.
    for (let i = 0; i < 3; i++) await new Promise((r) => setTimeout(r, 50));
  }
}

/**
 * Resolves when `target` has stopped moving (smooth scrolling, scroll corrections, late layout):
 * its rect the same for `frames` frames in a row. Rejects after `timeout` ms.
 */
export async function waitForStill(target: Element, { frames = 5, timeout = 4000 } = {}) {
  let last = '';
  let same = 0;
  await waitFor(
    async () => {
      await waitForFrames(1);
      const r = target.getBoundingClientRect();
      const now = `${r.left},${r.top},${r.width},${r.height}`;
      same = now === last ? same + 1 : 0;
      last = now;
      return same >= frames;
    },
    'the element never stopped moving',
    { timeout },
  );
}

/**
 * A promise for the next `type` event on `target` (default: a hashchange on window). Create it
 * BEFORE the action; listeners the elements added earlier have run by the time it resolves.
 */
export function nextEvent(type = 'hashchange', target: EventTarget = window) {
  return new Promise<Event>((r) => target.addEventListener(type, r, { once: true }));
}

// ---------------------------------------------------------------- input

/**
 * Sets the viewport (CSS px). Chromium/Firefox: the page's viewport; WebKit: the window, sized
 * through WebDriver until the viewport is what was asked. Resolves once the page sees the size.
 */
export async function setViewport(size: { width: number; height: number }) {
  await executeServerCommand('pg-viewport', size);
  await waitFor(() => innerWidth === size.width && innerHeight === size.height, `viewport never became ${size.width}×${size.height} (is ${innerWidth}×${innerHeight})`);
}

/** The narrowest viewport WebKitGTK's MiniBrowser window allows (2.50): a phone's 375 px is out of reach there. */
export const WEBKIT_MIN_WIDTH = 447;

/** Why a test at a viewport narrower than WEBKIT_MIN_WIDTH cannot run in WebKit: itExcept(narrowerThanWebKit(width), …). */
export const narrowerThanWebKit = (width: number): Partial<Record<Engine, string>> =>
  width < WEBKIT_MIN_WIDTH ? { webkit: `MiniBrowser's window cannot be narrower than ${WEBKIT_MIN_WIDTH} px, so no ${width} px viewport through WebDriver` } : {};

/** The viewport the tests assume unless they set one: what Chromium and Firefox pages start with. */
export const DEFAULT_VIEWPORT = { width: 800, height: 600 };

/**
 * Types text into whatever has focus, as key presses. WebKit gets one WebDriver action per
 * character (in one chain it drops a repeated character and spaces).
 */
export async function typeText(text: string) {
  await executeServerCommand('pg-type', { text });
}

/**
 * Presses a key (puppeteer key names: 'Enter', 'Tab', 'ArrowDown', 'k' …) `times` times, with
 * `modifiers` held down for the whole chord ('Control', 'Shift', 'Alt', 'Meta'), in every engine.
 */
export async function pressKey(key: string, { modifiers = [] as string[], times = 1 } = {}) {
  await executeServerCommand('pg-press', { key, modifiers, times });
}

/**
 * Sets the reader's `prefers-color-scheme` ('light' | 'dark') for the page, and resolves once the
 * page's media query agrees. Chromium and Firefox only: resolves to false in WebKit, whose driver
 * cannot change it in a running page (MiniBrowser takes --dark-mode only at launch); use
 * itExcept({ webkit: COLOR_SCHEME_LIMIT }) for a test that needs it.
 */
export async function emulateColorScheme(scheme: 'light' | 'dark'): Promise<boolean> {
  const done = (await executeServerCommand('pg-color-scheme', { scheme })) as boolean;
  if (done) await waitFor(() => matchMedia(`(prefers-color-scheme: ${scheme})`).matches, `prefers-color-scheme never became ${scheme}`);
  return done;
}

/** Why a test that changes the reader's colour preference cannot run in WebKit. */
export const COLOR_SCHEME_LIMIT = "WebKitWebDriver cannot change prefers-color-scheme in a running page (MiniBrowser's --dark-mode is a launch option)";

/** Moves the real pointer to the centre of an element (or to a point). */
export async function hover(target: Element | [number, number]) {
  await sendMouse({ type: 'move', position: Array.isArray(target) ? target : center(target) });
}

/**
 * Moves the real pointer through `points` in order, in one driver call (no round trip between the
 * points, so a pointer travelling from a term to its card takes as little time as a hand's).
 */
export async function movePointer(points: [number, number][]) {
  await executeServerCommand('pg-move-path', { points: points.map(([x, y]) => [Math.round(x), Math.round(y)]) });
}

/** Clicks the real pointer on the centre of an element (or on a point). */
export async function click(target: Element | [number, number]) {
  await sendMouse({ type: 'click', position: Array.isArray(target) ? target : center(target) });
}

/**
 * Puts a focusable button after everything in the page, so a Tab from the last element of a test
 * stays in the page (in Firefox it would otherwise move focus into the browser's own UI, and the
 * page would get no focus events after that). Returns the button; remove it when done.
 */
export function keepTabInPage() {
  const stop = document.createElement('button');
  stop.textContent = 'end of page';
  stop.dataset.tabStop = '';
  document.body.append(stop);
  return stop;
}

/** Debugging aid: a PNG of the viewport, in any engine, at `path` on the machine running the tests. */
export async function screenshot(path: string) {
  await executeServerCommand('pg-screenshot', { path });
}

// ---------------------------------------------------------------- per-engine limits

/**
 * `it`, except in the engines named, where a driver limit makes the test impossible: there it is
 * reported as skipped, its title carrying the reason ("[not in webkit: …]"), and the run prints it
 * in the skip list at the end. Never use it for a product bug: fix the bug or fail the test.
 */
export function itExcept(limits: Partial<Record<Engine, string>>, title: string, fn: (this: Mocha.Context) => unknown) {
  const reason = limits[engine];
  if (reason) return it.skip(`${title} [not in ${engine}: ${reason}]`, fn as Mocha.AsyncFunc);
  return it(title, fn as Mocha.AsyncFunc);
}
