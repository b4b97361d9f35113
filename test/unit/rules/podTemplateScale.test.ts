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
  'pod-dns-policy-invalid', 'pod-dns-config-invalid', 'pod-dns-host-aliases-invalid', 'pod-affinity-invalid',
  'pod-service-account-name-invalid', 'pod-priority-class-name-invalid', 'vct-name-invalid', 'vct-storage-class-invalid',
  'vct-access-modes-invalid', 'vct-volume-mode-invalid', 'vct-data-source-invalid',
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

  it('never crash when any field they read has the wrong type (a number, a list, a map or null)', () => {
    const fields = [
      (v: string) => `  selector: ${v}\n`, (v: string) => `  selector: {matchExpressions: [{key: ${v}, operator: ${v}, values: ${v}}]}\n`,
      (v: string) => `  volumeClaimTemplates: [{metadata: {name: ${v}, labels: ${v}}, spec: {accessModes: ${v}, storageClassName: ${v}, volumeMode: ${v}, dataSource: ${v}, dataSourceRef: {kind: ${v}, apiGroup: ${v}, namespace: ${v}}}]\n`,
      (v: string) => `  template: {metadata: {labels: ${v}}, spec: {volumes: [{name: ${v}, secret: {secretName: ${v}, defaultMode: ${v}, items: [{key: ${v}, path: ${v}, mode: ${v}}]}}]}}\n`,
      (v: string) => `  template: {spec: {volumes: [{name: a, projected: {sources: [{secret: ${v}}, {downwardAPI: {items: ${v}}}]}}, ${v}]}}\n`,
      (v: string) => `  template: {spec: {tolerations: [{key: ${v}, operator: ${v}, value: ${v}, effect: ${v}, tolerationSeconds: ${v}}], dnsPolicy: ${v}, dnsConfig: {nameservers: ${v}, searches: [${v}], options: [{name: ${v}}]}}}\n`,
      (v: string) => `  template: {spec: {topologySpreadConstraints: [{maxSkew: ${v}, topologyKey: ${v}, whenUnsatisfiable: ${v}, minDomains: ${v}}], hostAliases: [{ip: ${v}, hostnames: ${v}}], serviceAccountName: ${v}, priorityClassName: ${v}}}\n`,
      (v: string) => `  template: {spec: {affinity: {nodeAffinity: {requiredDuringSchedulingIgnoredDuringExecution: {nodeSelectorTerms: [{matchExpressions: [{key: ${v}, operator: ${v}, values: ${v}}]}]}, preferredDuringSchedulingIgnoredDuringExecution: [{weight: ${v}, preference: ${v}}]}, podAntiAffinity: {requiredDuringSchedulingIgnoredDuringExecution: [{topologyKey: ${v}, namespaces: ${v}}]}}}}\n`,
    ];
    for (const field of fields) {
      for (const value of ['7', '[1, [2]]', '{a: {b: 1}}', 'null']) {
        const text = `apiVersion: apps/v1\nkind: StatefulSet\nmetadata: {name: web, labels: ${value}}\nspec:\n${field(value)}`;
        assert.equal(countByRule(text)[INTERNAL_ERROR], undefined, text);
      }
    }
  });
});
