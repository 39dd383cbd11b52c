// Finds a system Chrome/Chromium: no npm package may download a browser on our machines.
import { existsSync } from 'node:fs';

const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/snap/bin/chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
];

/** CHROME_PATH when set (and present), else the first usual install path that exists. */
export function chromePath() {
  if (process.env.CHROME_PATH) return existsSync(process.env.CHROME_PATH) ? process.env.CHROME_PATH : undefined;
  return CANDIDATES.find((p) => existsSync(p));
}

export const NO_CHROME_MESSAGE = 'post-glossary: no Chrome/Chromium found. Install one (Debian/Ubuntu: apt-get install -y chromium) or set CHROME_PATH=/path/to/chrome';

export const CHROME_ARGS = [
  '--headless=new',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  // A test page must never count as backgrounded: throttled timers and rendering would slow
  // time-based behaviour (hover delays) and renders to a crawl.
  '--disable-background-timer-throttling',
  '--disable-renderer-backgrounding',
  '--disable-backgrounding-occluded-windows',
  ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
];
