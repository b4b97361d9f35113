import * as assert from 'node:assert/strict';
import { checkFiles } from '../../../src/core/check';
import { parseFile } from '../../../src/core/parse/parseFile';
import { findRule } from '../../../src/core/rules/index';
import { WEB_EXAMPLE } from '../helpers';
import { podTemplate } from './fixtures';
import { ruleTester } from './ruleTester';

const affinity = (lines: string) => podTemplate(`      affinity:\n${lines}`);
const rule = findRule('pod-affinity-invalid')!;

ruleTester.run(rule, {
  valid: [
    {
      name: 'accepts what validateAffinity accepts: node terms with every operator, weights 1 and 100, hostname anti-affinity',
      code: [
        WEB_EXAMPLE,
        affinity(`        nodeAffinity:
          requiredDuringSchedulingIgnoredDuringExecution:
            nodeSelectorTerms:
            - matchExpressions:
              - {key: kubernetes.io/arch, operator: In, values: [amd64]}
              - {key: gpu, operator: Exists}
              - {key: cores, operator: Gt, values: ["4"]}
          preferredDuringSchedulingIgnoredDuringExecution:
          - weight: 100
            preference: {matchExpressions: [{key: zone, operator: NotIn, values: [a]}]}
        podAntiAffinity:
          preferredDuringSchedulingIgnoredDuringExecution:
          - weight: 1
            podAffinityTerm: {topologyKey: kubernetes.io/hostname, namespaces: [default]}
`),
      ],
    },
  ],
  invalid: [
    {
      name: 'reports an empty nodeSelectorTerms, Gt with two values and a miscased operator (ValidateNodeSelectorRequirement)',
      code: affinity(`        nodeAffinity:
          requiredDuringSchedulingIgnoredDuringExecution:
            «nodeSelectorTerms»: []
          preferredDuringSchedulingIgnoredDuringExecution:
          - weight: 1
            preference:
              matchExpressions:
              - {key: cores, operator: Gt, «values»: ["1", "2"]}
              - {key: zone, operator: «in», values: [a]}
`),
      errors: [
        { messageId: 'required', message: 'spec.template.spec.affinity.nodeAffinity.requiredDuringSchedulingIgnoredDuringExecution.nodeSelectorTerms: Required value: must have at least one node selector term' },
        {
          messageId: 'required',
          message: "spec.template.spec.affinity.nodeAffinity.preferredDuringSchedulingIgnoredDuringExecution[0].preference.matchExpressions[0].values: Required value: must be specified single value when `operator` is 'Lt' or 'Gt'",
        },
        { messageId: 'invalid', message: 'spec.template.spec.affinity.nodeAffinity.preferredDuringSchedulingIgnoredDuringExecution[0].preference.matchExpressions[1].operator: Invalid value: "in": not a valid selector operator' },
      ],
    },
    {
      name: 'reports a weight of 0 and of 101, and a namespace that is no DNS label (validatePodAffinityTerm)',
      code: affinity(`        podAffinity:
          preferredDuringSchedulingIgnoredDuringExecution:
          - weight: «0»
            podAffinityTerm: {topologyKey: zone, namespaces: [«Prod»]}
          - weight: «101»
            podAffinityTerm: {topologyKey: zone}
`),
      errors: [
        { messageId: 'invalid', message: 'spec.template.spec.affinity.podAffinity.preferredDuringSchedulingIgnoredDuringExecution[0].weight: Invalid value: 0: must be in the range 1-100' },
        {
          messageId: 'invalid',
          args: [
            'spec.template.spec.affinity.podAffinity.preferredDuringSchedulingIgnoredDuringExecution[0].podAffinityTerm.namespace',
            '"Prod"',
            "a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character (e.g. 'my-name', or '123-abc')",
          ],
        },
        { messageId: 'invalid', message: 'spec.template.spec.affinity.podAffinity.preferredDuringSchedulingIgnoredDuringExecution[1].weight: Invalid value: 101: must be in the range 1-100' },
      ],
    },
  ],
});

describe('pod-affinity-invalid without a topologyKey', () => {
  it('reports it as required and, as ValidateLabelName of "" does, twice as an invalid name (validatePodAffinityTerm)', () => {
    const text = affinity('        podAntiAffinity:\n          requiredDuringSchedulingIgnoredDuringExecution:\n          - labelSelector: {matchLabels: {app: web}}\n');
    const messages = checkFiles([{ uri: 'file:///t.yaml', parsed: parseFile(text) }], { rules: [rule] }).get('file:///t.yaml')!.map((d) => d.message);
    const path = 'spec.template.spec.affinity.podAntiAffinity.requiredDuringSchedulingIgnoredDuringExecution[0].topologyKey';
    const format = "must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyName', or 'my.name', or '123-abc')";
    assert.deepEqual(messages, [`${path}: Required value: can not be empty`, `${path}: Invalid value: "": name part must be non-empty`, `${path}: Invalid value: "": name part ${format}`]);
  });
});
