// `node scripts/check-manifest.mjs --write` (npm run analyze) writes custom-elements.json from the
// JSDoc in src/, then what scripts/gen-docs.mjs derives from it and from README.md (the README's
// reference tables, the editor data and bare-tag types the custom-element-*-integration plugins
// make, the compiled React snippet the tests run).
// Without --write (npm run check:manifest) it fails when any committed file is not what it would
// write. The analyzer emits modules in no stable order, so they are sorted by path.
import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync, rmdirSync, existsSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { README, generate, stale, write } from './gen-docs.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));

/** The manifest the analyzer makes from src/ now (custom-elements-manifest.config.mjs), modules sorted. */
export function analyzeManifest() {
  // The analyzer resolves --outdir against the working directory; one dir per process, so a test
  // and `npm run check:manifest` can run at the same time.
  const outdir = `.cem-check/${process.pid}`;
  try {
    execFileSync(process.execPath, [`${root}node_modules/@custom-elements-manifest/analyzer/cem.js`, 'analyze', '--quiet', '--outdir', outdir], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
    const manifest = JSON.parse(readFileSync(`${root}${outdir}/custom-elements.json`, 'utf8'));
    manifest.modules.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    return manifest;
  } finally {
    rmSync(`${root}${outdir}`, { recursive: true, force: true });
    try {
      rmdirSync(`${root}.cem-check`);
    } catch {
      /* another run is using it, or it is gone */
    }
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const manifest = analyzeManifest();
  const fresh = `${JSON.stringify(manifest, null, 2)}\n`;
  const docs = await generate(manifest, readFileSync(`${root}${README}`, 'utf8'));
  if (process.argv.includes('--write')) {
    writeFileSync(`${root}custom-elements.json`, fresh);
    write(docs);
    console.log(`wrote custom-elements.json, ${Object.keys(docs).join(', ')}`);
  } else {
    const committed = existsSync(`${root}custom-elements.json`) ? readFileSync(`${root}custom-elements.json`, 'utf8') : '';
    const out = [...(fresh !== committed ? ['custom-elements.json'] : []), ...stale(docs)];
    if (out.length) {
      console.error(`stale: ${out.join(', ')}: run \`npm run analyze\` and commit them`);
      process.exit(1);
    }
    console.log(`custom-elements.json, ${Object.keys(docs).join(', ')} are current`);
  }
}
