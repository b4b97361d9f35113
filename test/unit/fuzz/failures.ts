// What a failing fuzz case leaves behind: its input in test-output/fuzz/, and a message naming
// the seed and that file, so the failure can be replayed (FUZZ_SEED, or the file itself).
import * as fs from 'node:fs';
import * as path from 'node:path';
import { shorten } from '../../../src/core/model/names';
import { rules } from '../../../src/core/rules/index';
import type { Fix, Rule } from '../../../src/core/rules/types';
import { ROOT } from '../cliRun';

export const FAILURES_DIR = path.join(ROOT, 'test-output', 'fuzz');

/** Writes the input of `label` to test-output/fuzz/ and returns the file. */
export function writePending(label: string, input: string | Uint8Array): string {
  fs.mkdirSync(FAILURES_DIR, { recursive: true });
  const file = path.join(FAILURES_DIR, `${label.replace(/[^\w.-]+/g, '-').slice(0, 80)}.yaml`);
  fs.writeFileSync(file, input);
  return file;
}

/** Writes the input and rethrows `error` with where to find it and how to replay it. */
export function reportFailure(error: unknown, label: string, input: string | Uint8Array, replay: string): never {
  const file = writePending(label, input);
  const reason = error instanceof Error ? (error.stack ?? error.message) : String(error);
  // A message can quote the input, and the input can be megabytes.
  throw new Error(`${label} failed (${replay}); input written to ${file}\n${shorten(reason, 2_000, 1_000)}`);
}

/**
 * fixesFor turns a crashing fix into no fix, which the editor must do; the fuzzer must see the
 * crash. Wraps every rule's fixes to record what they throw; returns the undo.
 */
export function watchFixCrashes(crashes: string[]): () => void {
  const originals = new Map<Rule, Rule['fixes']>();
  for (const rule of rules) {
    const fixes = rule.fixes;
    if (!fixes) continue;
    originals.set(rule, fixes);
    (rule as { fixes?: Rule['fixes'] }).fixes = (finding, ctx): Fix[] => {
      try {
        return fixes(finding, ctx);
      } catch (error) {
        crashes.push(`${rule.id}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
        throw error;
      }
    };
  }
  return () => {
    for (const [rule, fixes] of originals) (rule as { fixes?: Rule['fixes'] }).fixes = fixes;
  };
}
