import { chromePath, NO_CHROME_MESSAGE } from './chrome-path.mjs';

if (!chromePath()) {
  console.error(NO_CHROME_MESSAGE);
  process.exit(1);
}
