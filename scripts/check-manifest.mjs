// `node scripts/check-manifest.mjs --write` (npm run analyze) writes custom-elements.json from the
// JSDoc in src/; without --write (npm run check:manifest) it fails when the committed file is not
// what it would write. The analyzer emits modules in no stable order, so they are sorted by path.
import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync, existsSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const outdir = '.cem-check'; // the analyzer resolves --outdir against the working directory
let fresh;
try {
  execFileSync(process.execPath, [`${root}node_modules/@custom-elements-manifest/analyzer/cem.js`, 'analyze', '--quiet', '--outdir', outdir], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
  const manifest = JSON.parse(readFileSync(`${root}${outdir}/custom-elements.json`, 'utf8'));
  manifest.modules.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  fresh = `${JSON.stringify(manifest, null, 2)}\n`;
} finally {
  rmSync(`${root}${outdir}`, { recursive: true, force: true });
}
if (process.argv.includes('--write')) {
  writeFileSync(`${root}custom-elements.json`, fresh);
  console.log('wrote custom-elements.json');
} else {
  const committed = existsSync(`${root}custom-elements.json`) ? readFileSync(`${root}custom-elements.json`, 'utf8') : '';
  if (fresh !== committed) {
    console.error('custom-elements.json is stale: run `npm run analyze` and commit it');
    process.exit(1);
  }
  console.log('custom-elements.json is current');
}
