#!/usr/bin/env node
// npm run bench [-- NAME…] [-- --browser chromium|firefox|webkit]: runs every bench/*.bench.ts (or the
// named ones) in one headless engine (Chromium by default; Firefox ESR over WebDriver BiDi; WebKitGTK's
// MiniBrowser over WebDriver classic), each in a fresh page served by Vite, and prints one table.
// Figures are medians (and p95 where a benchmark reports it) of repeated runs; ratios compare against
// a baseline measured in the same page in the same run and engine, because this machine is noisy.
// Results are merged into bench/results/latest.json (Chromium) or latest-<engine>.json: the
// benchmarks that ran replace their own rows, the others keep theirs (each row says when and where).
import { existsSync, readdirSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { cpus } from 'node:os';
import { fileURLToPath } from 'node:url';
import { createServer } from 'vite';
import { chromePath } from '../scripts/chrome-path.mjs';
import { firefoxPath, missingFor, miniBrowserPath, parseEngines } from '../scripts/engines.mjs';
import { launchBrowser } from '../scripts/e2e-browsers.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);
const at = args.findIndex((a) => a === '--browser' || a.startsWith('--browser='));
let engine = 'chromium';
if (at >= 0) {
  const value = args[at].includes('=') ? args[at].split('=')[1] : args[at + 1];
  args.splice(at, args[at].includes('=') ? 1 : 2);
  [engine] = parseEngines(value ?? '');
  if (!engine) {
    console.error('--browser needs one of chromium, firefox, webkit');
    process.exit(1);
  }
}
const wanted = args;
const allNames = readdirSync(`${root}bench`)
  .filter((f) => f.endsWith('.bench.ts'))
  .map((f) => f.replace(/\.bench\.ts$/, ''))
  .sort();
const names = allNames.filter((n) => wanted.length === 0 || wanted.includes(n));
if (names.length === 0) {
  console.error('no benchmarks found in bench/*.bench.ts');
  process.exit(1);
}
const missing = missingFor(engine);
if (missing.length) {
  console.error(`post-glossary: ${engine} is not installed here (Debian/Ubuntu: sudo apt-get install -y ${missing.join(' ')})`);
  process.exit(1);
}
const versionOf = (cmd, cmdArgs) => {
  try {
    return execFileSync(cmd, cmdArgs, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return '?';
  }
};
const version =
  engine === 'chromium'
    ? versionOf(chromePath(), ['--version'])
    : engine === 'firefox'
      ? versionOf(firefoxPath(), ['--version'])
      : `WebKitGTK ${versionOf('dpkg-query', ['-W', '-f=${Version}', 'libwebkit2gtk-4.1-0'])} (MiniBrowser ${miniBrowserPath()})`;

// mode production: Lit's production build, as readers get it (the dev build adds per-binding checks).
const server = await createServer({
  root,
  mode: 'production',
  logLevel: 'error',
  resolve: { conditions: ['module', 'browser', 'production'] },
  server: { port: 0, host: '127.0.0.1' },
});
await server.listen();
const { port } = server.httpServer.address();
const browser = await launchBrowser(engine, {
  protocolTimeout: 1_200_000,
  // For bench/leak.bench.ts: gc() and unrounded performance.memory figures.
  chromiumArgs: ['--js-flags=--expose-gc', '--enable-precise-memory-info'],
});
const rows = [];
let failed = false;
try {
  for (const name of names) {
    const page = await browser.newPage();
    await page.setViewport({ width: 1280, height: 900 });
    page.on('pageerror', (e) => console.error(`[${name}] ${e.message}`));
    // BENCH_QUERY=sizes=10000 npm run bench -- large-data: options for a benchmark that reads them.
    await page.goto(`http://127.0.0.1:${port}/bench/index.html?bench=${name}${process.env.BENCH_QUERY ? `&${process.env.BENCH_QUERY}` : ''}`);
    // Long on a busy machine (large-data generates and loads 100,000 entries).
    await page.waitForFunction(() => window.__benchResult, { timeout: 1_200_000, polling: 1000 });
    const result = await page.evaluate(() => window.__benchResult);
    await page.close();
    if (result.error) {
      console.error(`benchmark ${name} failed: ${result.error}`);
      failed = true;
      continue;
    }
    for (const r of result.rows) rows.push({ bench: name, ...r });
  }
} finally {
  await browser.close();
  await server.close();
}

const ms = (x) => (x === undefined ? '' : x < 1 ? x.toFixed(3) : x < 10 ? x.toFixed(2) : x.toFixed(1));
const table = [
  ['benchmark', 'median ms', 'p95 ms', 'baseline (median ms)', 'ratio', 'target', 'met'],
  ...rows.map((r) => [
    r.name,
    ms(r.median),
    ms(r.p95),
    r.baseline ? `${r.baseline.name} (${ms(r.baseline.median)})` : '',
    r.ratio === undefined ? '' : `${r.ratio.toFixed(2)}×`,
    r.target ?? '',
    r.pass === undefined ? '' : r.pass ? 'yes' : 'NO',
  ]),
];
const widths = table[0].map((_, i) => Math.max(...table.map((row) => row[i].length)));
const line = (row) => `| ${row.map((c, i) => c.padEnd(widths[i])).join(' | ')} |`;
console.log(`\n${cpus().length} × ${cpus()[0]?.model.trim()}, ${version}, ${new Date().toISOString().slice(0, 10)}\n`);
console.log(line(table[0]));
console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
for (const row of table.slice(1)) console.log(line(row));
const machine = `${cpus().length} × ${cpus()[0]?.model.trim()}`;
const latest = `${root}bench/results/${engine === 'chromium' ? 'latest' : `latest-${engine}`}.json`;
let previous = [];
try {
  if (existsSync(latest)) {
    const old = JSON.parse(readFileSync(latest, 'utf8'));
    previous = (old.rows ?? []).map((r) => ({ machine: old.machine, browser: old.browser, date: old.date, ...r }));
  }
} catch (e) {
  console.error(`bench/results/latest.json is unreadable (${e.message}): starting it afresh`);
}
// A benchmark that ran replaces all of its earlier rows (even if it now has fewer); one that failed
// or did not run keeps them. Rows from before this format get the file's machine/browser/date.
const ran = new Set(rows.map((r) => r.bench));
const date = new Date().toISOString();
const rank = (bench) => (allNames.includes(bench) ? allNames.indexOf(bench) : allNames.length); // stable sort
const merged = [...previous.filter((r) => !ran.has(r.bench)), ...rows.map((r) => ({ ...r, machine, browser: version, date }))].sort((a, b) => rank(a.bench) - rank(b.bench));
mkdirSync(`${root}bench/results`, { recursive: true });
writeFileSync(latest, JSON.stringify({ machine, browser: version, date, rows: merged }, null, 2));
process.exit(failed ? 1 : 0);
