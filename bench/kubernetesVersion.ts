// The targeted Kubernetes version must not cost the check (docs/validation.md §11): an older API is
// built from its diff once per process, and a check against it costs what a check against the
// newest costs.
import { checkFiles } from '../src/core/check';
import type { KubernetesVersion } from '../src/core/model/kubernetesVersion';
import { parseFile } from '../src/core/parse/parseFile';
import { loadNewerSchema, loadSchema } from '../src/core/schema/loadSchema';
import { generate } from './languageService';
import { compare, fmt, nowMs } from './measure';

/** ms to build the schemas a target needs (its API, and the next newer one between two releases). */
function firstLoad(version: KubernetesVersion): number {
  const started = nowMs();
  loadSchema(version);
  loadNewerSchema(version);
  return nowMs() - started;
}

function check(text: string, kubernetesVersion: KubernetesVersion): void {
  checkFiles([{ uri: 'big.yaml', parsed: parseFile(text) }], { kubernetesVersion });
}

export function benchKubernetesVersion(): string[] {
  const first = firstLoad('1.31');
  const again = firstLoad('1.31');
  const big = generate(['--lines', '20000', '--seed', '42']);
  return [
    `building the 1.27 and 1.33 APIs from their diffs (for 1.31), first time / again: ${first.toFixed(2)} ms / ${again.toFixed(3)} ms`,
    `full check, 20k-line manifest, --kube-version 1.31 vs the newest: ${fmt(compare(9, () => check(big, '1.36'), () => check(big, '1.31')))}   (target ~1.0x)`,
    `full check, 20k-line manifest, --kube-version 1.33 vs the newest: ${fmt(compare(9, () => check(big, '1.36'), () => check(big, '1.33')))}   (target ~1.0x)`,
  ];
}
