import { chromeLauncher } from '@web/test-runner-chrome';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { fileURLToPath } from 'node:url';
import { chromePath, CHROME_ARGS } from './scripts/chrome-path.mjs';

export default {
  files: ['test/**/*.test.ts', '!test/node/**', '!test/consumers/**'],
  nodeResolve: true,
  // One page at a time: sendKeys/sendMouse drive the browser's real input, shared by all pages.
  concurrency: 1,
  browsers: [
    chromeLauncher({
      launchOptions: { executablePath: chromePath(), args: CHROME_ARGS },
    }),
  ],
  plugins: [
    esbuildPlugin({ ts: true, json: true, target: 'auto', tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)) }),
  ],
  testFramework: { config: { timeout: 5000 } },
};
