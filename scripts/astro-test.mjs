#!/usr/bin/env node
// npm run test:astro: post-glossary in a real Astro 5 static build, as a site installs it. Builds and
// packs the package, copies the fixture site (test/astro/) into a temporary directory, installs
// Astro 5 and the tarball, runs `astro build`, then checks the pages it wrote:
//  - the Markdown article has its terms linked by the rehype plugin (first mention, not in the
//    heading, the code or the link), with the plugin's options;
//  - the glossary page was rendered by renderGlossaryHtml inside <glossary-index>, with every
//    entry, its anchors and the JSON-LD block in <head>, and the element's script bundled.
// Prints the time each step took. `--keep` keeps the temporary site.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ASTRO = 'astro@5.18.2';
const root = fileURLToPath(new URL('..', import.meta.url));
const keep = process.argv.includes('--keep');
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const started = Date.now();
let last = started;
const lap = () => {
  const now = Date.now();
  const s = ((now - last) / 1000).toFixed(1);
  last = now;
  return `${s} s`;
};
const run = (cmd, args, opts = {}) => execFileSync(cmd, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], ...opts });

let failures = 0;
function check(ok, what, detail = '') {
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${what}${detail ? `: ${detail}` : ''}`);
  if (!ok) failures++;
}

const work = mkdtempSync(join(tmpdir(), 'post-glossary-astro-'));
try {
  run(npm, ['run', 'build'], { cwd: root });
  const [packed] = JSON.parse(run(npm, ['pack', '--json', '--ignore-scripts', '--pack-destination', work], { cwd: root }));
  console.log(`built and packed ${packed.filename} (${lap()})`);

  const site = join(work, 'site');
  cpSync(join(root, 'test/astro'), site, { recursive: true });
  run(npm, ['install', ASTRO, join(work, packed.filename), '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error'], { cwd: site });
  console.log(`npm install ${ASTRO} and the tarball (${lap()})`);

  try {
    run(process.execPath, [join(site, 'node_modules/astro/astro.js'), 'build'], { cwd: site, env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
  } catch (e) {
    check(false, 'astro build', `${e.stdout}${e.stderr}`.trim().split('\n').slice(-8).join('\n'));
    throw e;
  }
  console.log(`astro build (${lap()})`);

  const article = readFileSync(join(site, 'dist/article/index.html'), 'utf8');
  const terms = [...article.matchAll(/<post-term term="([a-z0-9-]+)" glossary-href="\/glossary\/">([^<]*)<\/post-term>/g)].map((m) => `${m[1]}=${m[2]}`);
  const expected = ['picture-lock=picture lock', 'aaf=AAF', 'davinci-resolve=DaVinci Resolve', 'lut=LUT', 'dolby-vision=Dolby Vision', 'imf=IMF package', 'dit=DIT', 'cdl=CDL'];
  check(terms.join() === expected.join(), 'Markdown page: the rehype plugin linked the first mention of each term, with glossary-href', terms.join(', '));
  check(
    /<h1[^>]*>Finishing Night Shift with a LUT<\/h1>/.test(article) && /<code>LUT<\/code>/.test(article) && /<a href="\/guides\/lut">a link to the LUT guide<\/a>/.test(article),
    'Markdown page: heading, code and link left alone',
  );

  const glossary = readFileSync(join(site, 'dist/glossary/index.html'), 'utf8');
  const data = JSON.parse(readFileSync(join(root, 'data/terms.json'), 'utf8'));
  const missing = data.filter((e) => !glossary.includes(` id="${e.id}"`));
  check(
    /<glossary-index>\s*<div class="post-glossary-static">/.test(glossary) && missing.length === 0,
    'glossary page: every entry rendered inside <glossary-index>, with its anchor',
    missing.length ? `missing ${missing.map((e) => e.id).join(', ')}` : `${data.length} entries`,
  );
  const ld = /<head>[^]*<script type="application\/ld\+json" data-post-glossary>([^<]*)<\/script>[^]*<\/head>/.exec(glossary);
  const set = ld && JSON.parse(ld[1]);
  check(
    set?.hasDefinedTerm?.length === data.length && set['@id'] === 'https://example.com/glossary/#glossary',
    'glossary page: the DefinedTermSet JSON-LD block is in <head>',
    set ? `${set.hasDefinedTerm.length} terms, ${set['@id']}` : 'none',
  );
  const scripts = readdirSync(join(site, 'dist/_astro')).filter((f) => f.endsWith('.js'));
  const bundled = scripts.some((f) => readFileSync(join(site, 'dist/_astro', f), 'utf8').includes('glossary-index'));
  check(bundled && /<script type="module" src="\/_astro\/[^"]+\.js"><\/script>/.test(glossary), "glossary page: Astro bundled the page's <glossary-index> script", scripts.join(', '));
  const leaked = scripts.filter((f) => /parse5|sourceCodeLocationInfo/.test(readFileSync(join(site, 'dist/_astro', f), 'utf8')));
  check(leaked.length === 0, 'no parse5 in the browser bundle', leaked.join(', ') || 'none');
} catch (e) {
  if (!failures) check(false, 'astro test', e.stderr?.toString().trim().split('\n').slice(-5).join(' / ') || e.message);
} finally {
  if (keep) console.log(`kept ${work}`);
  else rmSync(work, { recursive: true, force: true });
}
const seconds = ((Date.now() - started) / 1000).toFixed(1);
console.log(`astro test: ${failures ? `${failures} check(s) failed` : 'all checks passed'} (${seconds} s)`);
process.exit(failures ? 1 : 0);
