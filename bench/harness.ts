/** One row of the benchmark table. Times are milliseconds. */
export interface BenchRow {
  /** What was measured, e.g. "1,000 <post-term> first render". */
  name: string;
  median: number;
  p95?: number;
  /** The side-by-side baseline measured in the same run, and our figure divided by it. */
  baseline?: { name: string; median: number };
  ratio?: number;
  /** The budget the issue sets, e.g. "≤ 1.3× baseline" or "< 300 ms", and whether it was met. */
  target?: string;
  pass?: boolean;
}

export const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

export const percentile = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)];
};

/** Waits for two animation frames, so layout and paint of what was just rendered are included. */
export const nextPaint = () => new Promise<void>((r) => requestAnimationFrame(() => requestAnimationFrame(() => r())));

/** Runs `fn` `runs` times (after `warmup` unrecorded runs) and returns each run's duration. */
export async function sample(fn: () => unknown | Promise<unknown>, runs = 15, warmup = 3): Promise<number[]> {
  const out: number[] = [];
  for (let i = 0; i < warmup + runs; i++) {
    const t0 = performance.now();
    await fn();
    const t = performance.now() - t0;
    if (i >= warmup) out.push(t);
  }
  return out;
}

/** A benchmark module (`bench/*.bench.ts`) exports `run` returning its rows. */
export type Bench = () => Promise<BenchRow[]>;
