import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter } from '@web/test-runner';
import { fileURLToPath } from 'node:url';
import { parseEngines } from './scripts/engines.mjs';
import { engineInputPlugin, launcherFor } from './scripts/wtr-engines.mjs';
import { engineSummaryReporter } from './scripts/wtr-engine-reporter.mjs';
import { emulateFeaturesPlugin } from './test/plugins/emulate-features.mjs';

// Which engines: BROWSERS=chromium (default) | firefox | webkit | a comma list | all.
// `npm test` runs Chromium; `npm run test:browsers` (and CI) runs each of the three in turn.
const engines = parseEngines(process.env.BROWSERS || 'chromium');

export default {
  files: ['test/**/*.test.ts', '!test/node/**', '!test/consumers/**'],
  nodeResolve: true,
  // One page at a time: sendKeys/sendMouse drive the browser's real input, shared by all pages
  // (and WebKitWebDriver drives one session).
  concurrency: 1,
  browsers: engines.map(launcherFor),
  plugins: [engineInputPlugin(), emulateFeaturesPlugin(), esbuildPlugin({ ts: true, json: true, target: 'auto', tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)) })],
  reporters: [defaultReporter(), engineSummaryReporter()],
  testFramework: { config: { timeout: 5000 } },
  browserStartTimeout: 60_000,
  testsStartTimeout: 60_000,
  testsFinishTimeout: 180_000,
};
