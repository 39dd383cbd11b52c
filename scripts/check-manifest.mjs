// Fails when the committed custom-elements.json is not what `npm run analyze` makes from src/.
import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync, existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const outdir = '.cem-check'; // the analyzer resolves --outdir against the working directory
try {
  execFileSync(process.execPath, [`${root}node_modules/@custom-elements-manifest/analyzer/cem.js`, 'analyze', '--quiet', '--outdir', outdir], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
  const fresh = readFileSync(`${root}${outdir}/custom-elements.json`, 'utf8');
  const committed = existsSync(`${root}custom-elements.json`) ? readFileSync(`${root}custom-elements.json`, 'utf8') : '';
  if (fresh !== committed) {
    console.error('custom-elements.json is stale: run `npm run analyze` and commit it');
    process.exit(1);
  }
  console.log('custom-elements.json is current');
} finally {
  rmSync(`${root}${outdir}`, { recursive: true, force: true });
}
