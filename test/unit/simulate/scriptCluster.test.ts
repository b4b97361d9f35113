// The script's cluster keys: environment.nodes, the StorageClass object, kubernetesVersion and the
// node steps, through parseScript as the CLI and the panel read them.
import * as assert from 'node:assert/strict';
import { parseScript } from '../../../src/core/simulate/script';

function environmentOf(text: string) {
  const parsed = parseScript(text);
  if ('error' in parsed) throw new Error(parsed.error);
  return parsed.script.environment;
}

function errorOf(text: string): string {
  const parsed = parseScript(text);
  return 'error' in parsed ? parsed.error : '(no error)';
}

describe('parseScript: the cluster', () => {
  it('reads nodes with zones, labels and capacities as numbers or quantities', () => {
    const env = environmentOf('environment:\n  nodes:\n  - {name: node-a, zone: eu-1a, capacity: {pods: 10, cpu: 500m, memory: 8Gi}, labels: {disktype: ssd}}\n  - {name: node-b}\n');
    assert.deepEqual(env.nodes, [
      { name: 'node-a', zone: 'eu-1a', capacity: { pods: 10, cpu: 0.5, memory: 8 * 1024 ** 3 }, labels: { disktype: 'ssd' } },
      { name: 'node-b', zone: null, capacity: {}, labels: {} },
    ]);
    assert.deepEqual(environmentOf('steps: [{apply: {}}]\n').nodes, [], 'no nodes by default: one implicit node');
  });

  it('reads a StorageClass object with upstream defaults, and the target Kubernetes version', () => {
    const env = environmentOf('environment: {storageClass: {name: zonal, volumeBindingMode: WaitForFirstConsumer}, kubernetesVersion: v1.33.2}\n');
    assert.deepEqual(env.storageClass, { name: 'zonal', volumeBindingMode: 'WaitForFirstConsumer', reclaimPolicy: 'Delete', allowVolumeExpansion: false });
    assert.equal(env.kubernetesVersion, '1.33');
    assert.equal(environmentOf('environment: {}\n').kubernetesVersion, '1.36');
  });

  it('names the key of every bad cluster value', () => {
    const cases: Record<string, string> = {
      'environment: {nodes: node-a}': 'environment.nodes must be a list (got "node-a")',
      'environment: {nodes: [{zone: a}]}': 'environment.nodes[0].name must be a non-empty string (got nothing)',
      'environment: {nodes: [{name: a, cpu: 1}]}': 'environment.nodes[0]: unknown key "cpu" (expected name, zone, capacity, labels)',
      'environment: {nodes: [{name: a, capacity: {cpu: lots}}]}': 'environment.nodes[0].capacity.cpu must be a non-negative number or a quantity such as 500m or 8Gi, pods a whole number (got "lots")',
      'environment: {nodes: [{name: a, capacity: {pods: 1.5}}]}': 'environment.nodes[0].capacity.pods must be a non-negative number or a quantity such as 500m or 8Gi, pods a whole number (got 1.5)',
      'environment: {nodes: [{name: a, labels: {tier: 1}}]}': 'environment.nodes[0].labels must be a map of label names to strings (got a map)',
      'environment: {storageClass: {volumeBindingMode: Lazy}}': 'environment.storageClass.volumeBindingMode must be one of Immediate, WaitForFirstConsumer (got "Lazy")',
      'environment: {storageClass: {reclaimPolicy: Recycle}}': 'environment.storageClass.reclaimPolicy must be one of Delete, Retain (got "Recycle")',
      'environment: {storageClass: {size: 1}}': 'environment.storageClass: unknown key "size" (expected name, volumeBindingMode, reclaimPolicy, allowVolumeExpansion)',
      'steps: [{cordonNode: 3}]': 'steps[0].cordonNode must be a node name of environment.nodes, e.g. node-a (got 3)',
      'steps: [{forceDeletePod: ""}]': 'steps[0].forceDeletePod must be a pod name, e.g. web-1 (got "")',
    };
    for (const [text, message] of Object.entries(cases)) assert.equal(errorOf(`${text}\n`), message, text);
  });

  it('parses every node step into its kind and node', () => {
    const text = 'environment: {nodes: [{name: n1}]}\nsteps:\n- apply: {}\n- cordonNode: n1\n- uncordonNode: n1\n- drainNode: n1\n- failNode: n1\n- addOutOfServiceTaint: n1\n- restoreNode: n1\n- forceDeletePod: web-0\n';
    const parsed = parseScript(text);
    assert.ok('script' in parsed);
    assert.deepEqual(parsed.script.steps.slice(1), [
      { kind: 'cordonNode', node: 'n1' }, { kind: 'uncordonNode', node: 'n1' }, { kind: 'drainNode', node: 'n1' }, { kind: 'failNode', node: 'n1' },
      { kind: 'addOutOfServiceTaint', node: 'n1' }, { kind: 'restoreNode', node: 'n1' }, { kind: 'forceDeletePod', pod: 'web-0' },
    ]);
  });
});
