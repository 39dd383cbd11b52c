// Loads the benchmark named in ?bench=NAME (bench/NAME.bench.ts), runs it and publishes the rows
// on window.__benchResult for bench/run.mjs to collect.
import type { BenchRow } from './harness.js';

declare global {
  interface Window {
    __benchResult?: { rows?: BenchRow[]; error?: string };
  }
}

const name = new URLSearchParams(location.search).get('bench') ?? '';
const modules = import.meta.glob<{ run: () => Promise<BenchRow[]> }>('./*.bench.ts');
const load = modules[`./${name}.bench.ts`];
(async () => {
  try {
    if (!load) throw new Error(`no benchmark bench/${name}.bench.ts`);
    window.__benchResult = { rows: await (await load()).run() };
  } catch (e) {
    window.__benchResult = { error: e instanceof Error ? `${e.message}\n${e.stack}` : String(e) };
  }
})();
