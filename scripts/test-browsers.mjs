#!/usr/bin/env node
// npm run test:browsers [-- chromium,firefox,webkit]: the whole browser suite (wtr) in each engine in
// turn (default: all three, or BROWSERS), one test runner per engine so one engine's trouble never
// hides another's results. Prints each engine's pass/fail line again at the end; exits 1 if any
// engine failed. Engines run one after another: they share the machine's real input and CPU.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { missingFor, parseEngines } from './engines.mjs';

const engines = parseEngines(process.argv[2] ?? process.env.BROWSERS ?? 'all');
const dir = mkdtempSync(join(tmpdir(), 'post-glossary-engines-'));
const summary = join(dir, 'summary.txt');
const results = [];
for (const engine of engines) {
  const missing = missingFor(engine);
  if (missing.length) {
    results.push({ engine, ok: false, line: `${engine}: NOT RUN, missing ${missing.join(', ')} (apt-get install -y ${missing.join(' ')})` });
    continue;
  }
  const started = Date.now();
  console.log(`\n--- ${engine} ---`);
  const r = spawnSync('npx', ['wtr'], { stdio: 'inherit', env: { ...process.env, BROWSERS: engine, ENGINE_SUMMARY_FILE: summary } });
  const seconds = ((Date.now() - started) / 1000).toFixed(0);
  let lines = [];
  try {
    lines = readFileSync(summary, 'utf8').trim().split('\n').filter(Boolean);
  } catch {
    /* the runner died before reporting */
  }
  rmSync(summary, { force: true });
  // Beyond the runner's verdict: no skip without a reason, and at least 95 % of the tests run.
  const text = lines.join('; ');
  const runs = Number(/\(runs ([\d.]+) %\)/.exec(text)?.[1] ?? 0);
  const ok = r.status === 0 && lines.length > 0 && !/WITHOUT A REASON/.test(text) && runs >= 95;
  results.push({ engine, ok, line: `${text || `${engine}: no results (the runner exited ${r.status})`} [${seconds} s]${runs < 95 && lines.length ? ' (fewer than 95 % of the tests ran)' : ''}` });
}
rmSync(dir, { recursive: true, force: true });
console.log('\n=== browser suite, per engine ===');
for (const r of results) console.log(`${r.ok ? 'PASS' : 'FAIL'} ${r.line}`);
process.exit(results.every((r) => r.ok) ? 0 : 1);
