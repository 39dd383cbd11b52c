#!/usr/bin/env node
// npm run size (after npm run build): the size budgets, measured on the built artefacts as a reader's
// browser downloads them, gzipped (level 9). Exits 1 when a budget is exceeded (or, for a budget not
// met yet, its interim ceiling).
//  - post-glossary (everything): dist/cdn/post-glossary.js as shipped (Lit, @lit/context, fuse.js,
//    the dataset, every element; minified).
//  - post-glossary/post-term: the npm entry dist/post-term.js bundled with everything it imports
//    (Lit, the dataset) and minified the same way, as an app bundler would; fuse.js must not be in it.
import { build } from 'vite';
import { gzipSync } from 'node:zlib';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import minifyCssLiterals from './minify-css-literals.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const KB = 1024;
const gz = (code) => gzipSync(code, { level: 9 }).length / KB;

const cdnFile = join(root, 'dist/cdn/post-glossary.js');
const postTermEntry = join(root, 'dist/post-term.js');
for (const f of [cdnFile, postTermEntry]) {
  if (!existsSync(f)) {
    console.error(`size: ${relative(root, f)} is missing: run \`npm run build\` first`);
    process.exit(1);
  }
}

/** The entry and everything it imports, in one minified file, plus the ids of the modules in it. */
async function bundle(entry) {
  const result = await build({
    root,
    configFile: false,
    plugins: [minifyCssLiterals()],
    logLevel: 'silent',
    mode: 'production',
    resolve: { conditions: ['module', 'browser', 'production'] },
    build: {
      write: false,
      target: 'es2022',
      minify: true,
      lib: { entry, formats: ['es'], fileName: () => 'bundle.js' },
      rollupOptions: { output: { minify: true, codeSplitting: false } },
    },
  });
  const chunks = (Array.isArray(result) ? result : [result]).flatMap((r) => r.output).filter((o) => o.type === 'chunk');
  return {
    code: chunks.map((c) => c.code).join('\n'),
    moduleIds: chunks.flatMap((c) => c.moduleIds),
    modules: Object.assign({}, ...chunks.map((c) => c.modules)),
  };
}

/**
 * Where the bytes go: modules grouped by npm package or by post-glossary folder, with their size
 * as rendered into the bundle (before whitespace removal) and gzipped on their own. Approximate
 * (gzip is not additive), for finding what to shrink.
 */
function why(label, modules) {
  const groups = new Map();
  for (const [id, m] of Object.entries(modules)) {
    const path = id.replaceAll('\\', '/');
    // dist/vendor/: third-party code that the npm build bundles (not a dependency).
    const pkg = /\/(?:node_modules|dist\/vendor)\/((?:@[^/]+\/)?[^/]+)\//.exec(path)?.[1];
    const own = /\/(?:src|dist)\/((?:elements\/)?[^/]+)/.exec(path)?.[1]?.replace(/\.(js|ts)$/, '');
    const key = pkg ?? (/\/core\/bundled-terms\.(js|ts)$/.test(path) ? 'dataset' : `post-glossary: ${own ?? path}`);
    groups.set(key, (groups.get(key) ?? '') + m.code);
  }
  console.log(`\n${label}: rendered KB / gzip KB alone`);
  for (const [key, code] of [...groups].sort((a, b) => b[1].length - a[1].length)) {
    console.log(`  ${key.padEnd(44)} ${(code.length / KB).toFixed(1).padStart(6)} ${gz(code).toFixed(1).padStart(6)}`);
  }
}

const rows = [];
const cdn = readFileSync(cdnFile, 'utf8');
// The 40 KB budget for everything is not met yet (issue 7): Lit, @lit/context, fuse.js/basic and the
// dataset alone take 28 KB (`--why` prints that floor), leaving 12 KB for five elements and the
// core. Until it is met, CI fails only when the bundle grows past `ceilingKB`, and prints OVER.
// (52.5 -> 53.5 for issue 15: short cards with "More", partial-embed links, the index on any page,
// one schema/validator rule set, the capitalised-name rule: 51.7 -> 53.2 KB.)
rows.push({ label: 'post-glossary (everything): dist/cdn/post-glossary.js', kb: gz(cdn), raw: cdn.length / KB, maxKB: 40, ceilingKB: 53.5, problems: [] });

const postTerm = await bundle(postTermEntry);
const has = (re) => postTerm.moduleIds.some((id) => re.test(id.replaceAll('\\', '/')));
const problems = [];
if (has(/\/node_modules\/fuse\.js\//) || /Fuse\.js v\d/.test(postTerm.code)) problems.push('contains fuse.js');
if (!has(/\/dist\/core\/bundled-terms\.js$/)) problems.push('the dataset is not in it (measurement broken?)');
if (!has(/\/node_modules\/@lit\/reactive-element\//)) problems.push('Lit is not in it (measurement broken?)');
rows.push({ label: 'post-glossary/post-term (with dataset and Lit, bundled)', kb: gz(postTerm.code), raw: postTerm.code.length / KB, maxKB: 26, problems });

let failed = false;
for (const r of rows) {
  const ok = r.kb <= r.maxKB && r.problems.length === 0;
  const tolerated = !ok && r.ceilingKB !== undefined && r.kb <= r.ceilingKB && r.problems.length === 0;
  failed ||= !ok && !tolerated;
  const status = ok ? 'ok  ' : tolerated ? 'OVER' : 'FAIL';
  const ceiling = tolerated ? `; over budget, under the interim CI ceiling of ${r.ceilingKB} KB` : '';
  console.log(`${status} ${r.label}: ${r.kb.toFixed(1)} KB gzip (budget ${r.maxKB} KB; ${r.raw.toFixed(1)} KB minified${ceiling})${r.problems.length ? `; ${r.problems.join('; ')}` : ''}`);
}
if (process.argv.includes('--why')) {
  // The floor: a bundle of just what every full build must carry (Lit with a LitElement, a context
  // provider and consumer, fuse.js/basic searching the bundled dataset), no post-glossary element.
  const cache = join(root, 'node_modules/.cache/post-glossary-size');
  mkdirSync(cache, { recursive: true });
  const floorEntry = join(cache, 'floor.js');
  writeFileSync(
    floorEntry,
    `import { LitElement, html, css } from 'lit';
import { ContextProvider, ContextConsumer, createContext } from '@lit/context';
import Fuse from 'fuse.js/basic';
import { bundledTerms } from ${JSON.stringify(join(root, 'dist/core/bundled-data.js'))};
const c = createContext('x');
customElements.define('x-floor', class extends LitElement {
  static styles = css\`:host { display: block }\`;
  p = new ContextProvider(this, { context: c });
  q = new ContextConsumer(this, { context: c, subscribe: true });
  render() { return html\`<p>\${new Fuse(bundledTerms, { keys: ['term'] }).search(this.title).length}</p>\`; }
});
`,
  );
  const floor = await bundle(floorEntry);
  console.log(`\nfloor: Lit + @lit/context + fuse.js/basic + the dataset, no element: ${gz(floor.code).toFixed(1)} KB gzip`);
  why('post-glossary (everything), bundled from dist/index.js like the CDN file', (await bundle(join(root, 'dist/index.js'))).modules);
  why('post-glossary/post-term', postTerm.modules);
}
console.log(`fuse.js in post-glossary/post-term: ${has(/\/node_modules\/fuse\.js\//) ? 'YES (must not be)' : 'no'}`);
process.exit(failed ? 1 : 0);
