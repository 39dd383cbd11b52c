/**
 * `emulate-features` test command: emulates CSS media features that @web/test-runner-commands'
 * emulateMedia does not cover (forced-colors, hover, pointer), through the DevTools protocol.
 * Chromium only: in other browsers it answers false and the test skips that part.
 * Payload: `{ features: [{ name, value }] }`; an empty list resets.
 */
export function emulateFeaturesPlugin() {
  return {
    name: 'emulate-features-command',
    async executeCommand({ command, payload, session }) {
      if (command !== 'emulate-features') return undefined;
      if (session.browser.type !== 'puppeteer') return false;
      const page = session.browser.getPage(session.id);
      const cdp = await page.createCDPSession();
      try {
        await cdp.send('Emulation.setEmulatedMedia', { features: payload?.features ?? [] });
      } finally {
        await cdp.detach();
      }
      return true;
    },
  };
}
