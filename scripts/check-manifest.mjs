// `node scripts/check-manifest.mjs --write` (npm run analyze) writes custom-elements.json from the
// JSDoc in src/, then what scripts/gen-docs.mjs derives from it and from README.md (the README's
// reference tables, the editor data and bare-tag types the custom-element-*-integration plugins
// make, the compiled React snippet the tests run).
// Without --write (npm run check:manifest) it writes them too, then `git diff --exit-code` on those
// files fails when any differs from its committed version (web-types.json's "version" line aside: a
// release, `changeset version`, must not make it stale). The analyzer emits modules in no stable
// order, so they are sorted by path.
import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync, rmdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { README, generate, write } from './gen-docs.mjs';

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
  const files = ['custom-elements.json', ...Object.keys(docs)];
  writeFileSync(`${root}custom-elements.json`, fresh);
  write(docs);
  if (process.argv.includes('--write')) {
    console.log(`wrote ${files.join(', ')}`);
  } else {
    // A file never committed counts as stale too (git diff alone would not see it).
    const untracked = execFileSync('git', ['ls-files', '--others', '--exclude-standard', '--', ...files], { cwd: root, encoding: 'utf8' }).trim();
    const diff = (...args) => execFileSync('git', ['diff', ...args, '--ignore-matching-lines=^  "version": ', '--', ...files], { cwd: root, stdio: ['ignore', 'inherit', 'inherit'] });
    try {
      // (--quiet decides: git 2.39 exits 0 from --stat with --ignore-matching-lines.)
      diff('--quiet');
      if (untracked) throw new Error();
    } catch {
      diff('--stat');
      console.error(`stale: ${[untracked, 'the files above'].filter(Boolean).join(', ')}: \`npm run analyze\` has rewritten them; commit them`);
      process.exit(1);
    }
    console.log(`${files.join(', ')} are current`);
  }
}
