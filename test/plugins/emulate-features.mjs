/**
 * Test commands that need the DevTools protocol (Chromium only; elsewhere they answer false or
 * null and the test skips that check):
 * - `emulate-features`: emulates CSS media features that @web/test-runner-commands' emulateMedia
 *   does not cover (forced-colors). Payload: `{ features: [{ name, value }] }`; an empty list resets.
 * - `ax-nodes`: the page's full accessibility tree as Chromium computes it, flattened: what a
 *   screen reader is given (`{ role, name, description }` per node that is not ignored).
 */
export function emulateFeaturesPlugin() {
  // Emulation lasts as long as the DevTools session that set it: one per page, kept open.
  const sessions = new WeakMap();
  const cdpFor = async (page) => {
    let cdp = sessions.get(page);
    if (!cdp) sessions.set(page, (cdp = await page.createCDPSession()));
    return cdp;
  };
  return {
    name: 'devtools-commands',
    async executeCommand({ command, payload, session }) {
      if (command !== 'emulate-features' && command !== 'ax-nodes') return undefined;
      const unsupported = command === 'ax-nodes' ? null : false;
      if (session.browser.type !== 'puppeteer') return unsupported;
      // Firefox runs through puppeteer too, over WebDriver BiDi: no DevTools protocol there.
      let cdp;
      try {
        cdp = await cdpFor(session.browser.getPage(session.id));
      } catch {
        return unsupported;
      }
      if (command === 'emulate-features') {
        await cdp.send('Emulation.setEmulatedMedia', { features: payload?.features ?? [] });
        return true;
      }
      const { nodes } = await cdp.send('Accessibility.getFullAXTree');
      return nodes.filter((n) => !n.ignored).map((n) => ({ role: n.role?.value ?? '', name: n.name?.value ?? '', description: n.description?.value ?? '' }));
    },
  };
}
