import * as assert from 'node:assert/strict';
import { checkFiles } from '../../../src/core/check';
import { templateContainers } from '../../../src/core/model/podTemplate';
import { toResource } from '../../../src/core/model/resource';
import { parseFile } from '../../../src/core/parse/parseFile';
import { findRule } from '../../../src/core/rules/index';

const CONTAINER_RULES = ['pod-port-invalid', 'pod-env-invalid', 'pod-probe-invalid', 'pod-resources-invalid', 'pod-mount-invalid'].map((id) => findRule(id)!);

function statefulSet(podSpec: string): string {
  return `apiVersion: apps/v1\nkind: StatefulSet\nmetadata:\n  name: web\nspec:\n  template:\n    spec:\n${podSpec}`;
}

function countsByRule(text: string): Record<string, number> {
  const diagnostics = checkFiles([{ uri: 'file:///big.yaml', parsed: parseFile(text) }], { rules: CONTAINER_RULES }).get('file:///big.yaml')!;
  const counts: Record<string, number> = {};
  for (const d of diagnostics) counts[d.ruleId] = (counts[d.ruleId] ?? 0) + 1;
  return counts;
}

describe('the pod template’s containers (ValidatePodTemplateSpec order, one shared walk)', () => {
  it('walks containers, then init containers, then ephemeral containers, once per parsed document', () => {
    const text = statefulSet('      initContainers:\n      - {name: init, image: i, restartPolicy: Always}\n      containers:\n      - {name: app, image: a}\n      - not-a-container\n      ephemeralContainers:\n      - {name: debug, image: d}\n');
    const resource = toResource('file:///t.yaml', parseFile(text).documents[0])!;
    const walked = templateContainers(resource);
    assert.deepEqual(walked.map((c) => [c.path, c.sidecar]), [
      ['spec.template.spec.containers[0]', false],
      ['spec.template.spec.initContainers[0]', true],
      ['spec.template.spec.ephemeralContainers[0]', false],
    ]);
    assert.equal(templateContainers(resource), walked, 'the second rule reuses the first walk');
  });

  it('reports every bad entry of a template with 2,000 containers and one with 5,000 env vars, a malformed one hiding none', function () {
    this.timeout(120_000); // a generous budget for parsing 20,000 lines on a loaded machine; the assertions count findings
    const containers = Array.from({ length: 2000 }, (_, i) =>
      i === 0
        ? '      - bad-container\n'
        : `      - name: c${i}\n        image: x\n        ports: [{name: kafka-controller, containerPort: ${i}}, "bad-port"]\n        env: [{name: A, value: v, valueFrom: {fieldRef: {fieldPath: metadata.name}}}]\n        resources: {requests: {cpu: "2"}, limits: {cpu: "1"}}\n`,
    );
    const counts = countsByRule(statefulSet(`      containers:\n${containers.join('')}`));
    assert.deepEqual(counts, { 'pod-port-invalid': 1999, 'pod-env-invalid': 1999, 'pod-resources-invalid': 1999 });

    const env = Array.from({ length: 5000 }, (_, i) => `        - {name: "V=${i}", value: x}\n`).join('');
    const mounts = Array.from({ length: 5000 }, (_, i) => `        - {name: data, mountPath: /same${i % 2}}\n`).join('');
    const one = statefulSet(`      containers:\n      - name: app\n        image: app\n        env:\n${env}        volumeMounts:\n${mounts}      volumes: [{name: data, emptyDir: {}}]\n`);
    assert.deepEqual(countsByRule(one), { 'pod-env-invalid': 5000, 'pod-mount-invalid': 4998 });
  });
});
