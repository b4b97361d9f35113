// Bad input for the pod-template rules of labels, selectors, volumes and pod-level fields: a huge
// template is walked once per rule in linear time (checked by counting findings, not timing), a
// malformed entry hides nothing in the others, and values of the wrong type crash nothing.
import * as assert from 'node:assert/strict';
import { checkFiles, INTERNAL_ERROR } from '../../../src/core/check';
import { parseFile } from '../../../src/core/parse/parseFile';
import { findRule } from '../../../src/core/rules/index';
import type { Rule } from '../../../src/core/rules/types';
import { podTemplate } from './fixtures';

const RULE_IDS = [
  'label-invalid', 'selector-invalid', 'pod-volume-name-invalid', 'pod-volume-source-invalid', 'pod-volume-mode-invalid',
  'pod-volume-items-invalid', 'pod-volume-object-name-invalid', 'pod-toleration-invalid', 'pod-topology-spread-invalid',
  'pod-dns-policy-invalid', 'vct-name-invalid', 'vct-access-modes-invalid',
];
const RULES: Rule[] = RULE_IDS.map((id) => findRule(id)!);

/** Findings per rule id (an internal error counts under its own id). */
function countByRule(text: string): Record<string, number> {
  const diagnostics = checkFiles([{ uri: 'file:///big.yaml', parsed: parseFile(text) }], { rules: RULES }).get('file:///big.yaml')!;
  const counts: Record<string, number> = {};
  for (const d of diagnostics) counts[d.ruleId] = (counts[d.ruleId] ?? 0) + 1;
  return counts;
}

function lines(count: number, line: (i: number) => string): string {
  return Array.from({ length: count }, (_, i) => line(i)).join('');
}

/** `n` volumes with a decimal 644 mode, `n` bad tolerations, `n` repeated spread constraints, 5 000 labels with a bad value. */
function hugeTemplate(n: number): string {
  const labels = lines(5000, (i) => `        l${i}: "bad value ${i}"\n`);
  return podTemplate(
    `      volumes:\n${lines(n, (i) => `      - {name: v${i}, secret: {secretName: s${i}, defaultMode: 644}}\n`)}` +
      `      tolerations:\n${lines(n, (i) => `      - {key: k${i}, operator: Exists, effect: noSchedule}\n`)}` +
      `      topologySpreadConstraints:\n${lines(n, () => '      - {maxSkew: 1, topologyKey: zone, whenUnsatisfiable: DoNotSchedule}\n')}`,
  ).replace('  template:\n', `  template:\n    metadata:\n      labels:\n${labels}`);
}

describe('the pod-template rules on huge and malformed templates', () => {
  it('report every one of 2,000 volumes, tolerations and spread constraints and 5,000 labels, without a crash', () => {
    assert.deepEqual(countByRule(hugeTemplate(2000)), {
      'label-invalid': 5000,
      'pod-volume-mode-invalid': 2000,
      'pod-toleration-invalid': 2000,
      // ValidateSpreadConstraintNotRepeat: every constraint but the last has a later twin.
      'pod-topology-spread-invalid': 1999,
    });
  });

  it('let a malformed volume, toleration or selector requirement hide nothing in the others', () => {
    const text = podTemplate(`      volumes:
      - not a volume
      - {name: a, secret: {secretName: s, defaultMode: 644}}
      - {name: [1, 2], configMap: {name: c}}
      - {name: c, configMap: {name: c, defaultMode: 999, items: [{key: k, path: /abs}]}}
      - {name: d, secret: 7}
      tolerations:
      - 42
      - {key: [x], operator: Exists}
      - {key: a, operator: Exists, value: b}
      topologySpreadConstraints:
      - {maxSkew: many, topologyKey: zone, whenUnsatisfiable: DoNotSchedule, labelSelector: {matchExpressions: [7, {key: a, operator: in}]}}
`);
    assert.deepEqual(countByRule(text), {
      'pod-volume-mode-invalid': 2,
      'pod-volume-items-invalid': 1,
      'pod-toleration-invalid': 1,
      // `in` is no operator (and has no values to judge).
      'selector-invalid': 1,
    });
    assert.equal(countByRule(text)[INTERNAL_ERROR], undefined);
  });
});
