// Side-by-side timing: both sides run alternately in the same process and the ratio of medians
// is reported, so machine load affects both alike. No assertions: benchmarks report, tests test.

export function nowMs(): number {
  return Number(process.hrtime.bigint()) / 1e6;
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

export interface Comparison {
  readonly baselineMs: number;
  readonly subjectMs: number;
  readonly ratio: number;
}

/** Runs `baseline` and `subject` alternately `rounds` times (after a warm-up) and compares medians. */
export function compare(rounds: number, baseline: () => void, subject: () => void): Comparison {
  baseline();
  subject();
  const a: number[] = [];
  const b: number[] = [];
  for (let i = 0; i < rounds; i++) {
    let t = nowMs();
    baseline();
    a.push(nowMs() - t);
    t = nowMs();
    subject();
    b.push(nowMs() - t);
  }
  const baselineMs = median(a);
  const subjectMs = median(b);
  return { baselineMs, subjectMs, ratio: subjectMs / baselineMs };
}

export function fmt(c: Comparison): string {
  return `${c.ratio.toFixed(2)}x  (${c.subjectMs.toFixed(1)} ms vs ${c.baselineMs.toFixed(1)} ms)`;
}
