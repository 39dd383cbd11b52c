// Test-runner reporter: at the end of a run, one line per engine with its pass/fail/skip counts,
// then every skipped test with the reason its title carries ("[not in webkit: …]", see
// itExcept in test/helpers.ts). A skip without a reason is listed as such, so none goes unnoticed.
// With ENGINE_SUMMARY_FILE set, the per-engine lines are also appended there (scripts/test-browsers.mjs
// gathers them over its runs).
import { appendFileSync } from 'node:fs';

function* tests(suite, path = []) {
  for (const t of suite?.tests ?? []) yield { ...t, path: [...path, t.name] };
  for (const s of suite?.suites ?? []) yield* tests(s, [...path, s.name]);
}

export function engineSummaryReporter() {
  let files = [];
  return {
    start({ testFiles }) {
      files = testFiles;
    },
    onTestRunFinished({ sessions }) {
      const byEngine = new Map();
      for (const s of sessions) {
        const e = byEngine.get(s.browser.name) ?? { passed: 0, failed: 0, skipped: [], fileErrors: 0 };
        byEngine.set(s.browser.name, e);
        // A file that failed to load or threw outside a test counts as a failure of its own.
        if (s.errors?.length || (s.passed === false && ![...tests(s.testResults)].some((t) => !t.passed && !t.skipped))) e.fileErrors++;
        for (const t of tests(s.testResults)) {
          if (t.skipped) e.skipped.push({ file: s.testFile.replace(`${process.cwd()}/`, ''), name: t.path.join(' > ') });
          else if (t.passed) e.passed++;
          else e.failed++;
        }
      }
      const lines = [];
      for (const [name, e] of byEngine) {
        const total = e.passed + e.failed + e.skipped.length;
        const unexplained = e.skipped.filter((t) => !/\[not in [a-z]+: .+\]$/.test(t.name)).length;
        lines.push(
          `${name}: ${e.passed} passed, ${e.failed} failed, ${e.skipped.length} skipped of ${total} tests in ${files.length} files` +
            (e.fileErrors ? `, ${e.fileErrors} file(s) with errors outside tests` : '') +
            (unexplained ? `, ${unexplained} skipped WITHOUT A REASON` : '') +
            ` (runs ${total ? ((100 * (e.passed + e.failed)) / total).toFixed(1) : '0'} %)`,
        );
      }
      const out = ['', '=== per engine ===', ...lines];
      for (const [name, e] of byEngine) {
        if (!e.skipped.length) {
          out.push(`${name}: skipped tests: none`);
          continue;
        }
        out.push('', `${name}: skipped tests (driver limits)`);
        for (const s of e.skipped) {
          const why = /\[not in [a-z]+: (.+)\]$/.exec(s.name)?.[1];
          out.push(`  - ${s.file}: ${s.name.replace(/ \[not in [a-z]+: .+\]$/, '')}`, `      ${why ? `why: ${why}` : 'NO REASON GIVEN: use itExcept() from test/helpers.ts'}`);
        }
      }
      console.log(out.join('\n'));
      if (process.env.ENGINE_SUMMARY_FILE) appendFileSync(process.env.ENGINE_SUMMARY_FILE, `${lines.join('\n')}\n`);
    },
  };
}
