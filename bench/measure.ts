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

/** CPU milliseconds of this process, every thread (the collector's and the compiler's too): steadier than the wall clock on a machine shared with other work. */
export function cpuMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

export interface Side {
  /** Does the work once; returns how many units (events, documents) it did: a sample's cost is per unit. */
  readonly work: () => number;
  /**
   * Untimed units before each sample. A short side timed right after a long one runs in code the
   * long one left: optimised for its object shapes, or thrown away when a collection freed those
   * shapes. The long side pays its recompilation back within milliseconds, the short one does not.
   */
  readonly settle: number;
}

/**
 * The median cost per unit of each side, the sides timed in turn `rounds` times, after each has run
 * untimed until it did `warmUpUnits` units: enough for the JIT to settle. A sample should last tens
 * of ms or more: under that, one collection or one recompilation is a large share of it.
 */
export function costsPerUnit(rounds: number, sides: readonly Side[], warmUpUnits: number, clock: () => number = cpuMs): number[] {
  const runUntimed = (side: Side, units: number) => {
    for (let done = 0; done < units; ) done += side.work();
  };
  for (const side of sides) runUntimed(side, warmUpUnits);
  const samples = sides.map((): number[] => []);
  for (let round = 0; round < rounds; round++) {
    sides.forEach((side, i) => {
      runUntimed(side, side.settle);
      const started = clock();
      const units = side.work();
      samples[i].push((clock() - started) / units);
    });
  }
  return samples.map(median);
}
