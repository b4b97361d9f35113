// Time and memory budgets of one fuzz case. A budget is a bound, not a benchmark: each is many
// times what the operation takes alone, so only a freeze or a blow-up crosses it, not a loaded
// machine. Memory is the heap in use after an operation (garbage included) over the heap in use
// after a full collection before the case, so transient allocations count too.
import { collectGarbage } from '../heapUsed';

/** Per operation on a small input; larger inputs get PER_KB_MS more per KB (budgetFor). */
export const DEFAULT_BUDGET_MS = 2_000;
const PER_KB_MS = 10;
/** Heap growth over the case's start. */
export const HEAP_BUDGET_BYTES = 300 * 1024 * 1024;

/**
 * The budget of each operation on a text of `length` characters: linear in its size, so a linear
 * operation stays far inside it at any size while a quadratic one (the 40k-key map took 8 s, the
 * 100k-digit quantity 10 s) crosses it.
 */
export function budgetFor(length: number): number {
  return DEFAULT_BUDGET_MS + Math.ceil(length / 1024) * PER_KB_MS;
}

export class Budget {
  readonly #baseline: number;
  /** The slowest operation and the largest heap growth seen, for the report. */
  readonly worst = { operation: '', ms: 0, heapGrowth: 0 };

  constructor(
    readonly label: string,
    readonly msPerOperation = DEFAULT_BUDGET_MS,
    options: { readonly collect?: boolean } = {},
  ) {
    if (options.collect !== false) collectGarbage();
    this.#baseline = process.memoryUsage().heapUsed;
  }

  /**
   * Runs `operation`, then fails if it took longer than the budget (plus `allowanceMs`, for work
   * that grows with something else than the text) or grew the heap past it.
   */
  run<T>(operation: string, body: () => T, allowanceMs = 0): T {
    const started = process.hrtime.bigint();
    const value = body();
    const ms = Number(process.hrtime.bigint() - started) / 1e6;
    const heapGrowth = process.memoryUsage().heapUsed - this.#baseline;
    if (ms > this.worst.ms) Object.assign(this.worst, { operation, ms });
    this.worst.heapGrowth = Math.max(this.worst.heapGrowth, heapGrowth);
    const limit = this.msPerOperation + allowanceMs;
    if (ms > limit) throw new Error(`${this.label}: ${operation} took ${ms.toFixed(0)} ms (budget ${limit} ms)`);
    if (heapGrowth > HEAP_BUDGET_BYTES) {
      throw new Error(`${this.label}: ${operation} grew the heap by ${(heapGrowth / 2 ** 20).toFixed(0)} MB (budget ${HEAP_BUDGET_BYTES / 2 ** 20} MB)`);
    }
    return value;
  }
}
