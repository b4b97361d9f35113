// `statefulset-studio simulate` with a cluster in the script: nodes, a PodDisruptionBudget from the
// manifest, the new events in `--format json`, and bad cluster input refused with exit 2.
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { runCli, tempDir } from './cliRun';

const MANIFEST = `apiVersion: v1
kind: Service
metadata: {name: nginx}
spec: {clusterIP: None, selector: {app: nginx}}
---
apiVersion: policy/v1
kind: PodDisruptionBudget
metadata: {name: web-pdb}
spec: {minAvailable: 2, selector: {matchLabels: {app: nginx}}}
---
apiVersion: apps/v1
kind: StatefulSet
metadata: {name: web}
spec: {serviceName: nginx, replicas: 3, selector: {matchLabels: {app: nginx}}, template: {metadata: {labels: {app: nginx}}, spec: {containers: [{name: nginx, image: nginx}]}}}
`;
const NODES = 'environment:\n  nodes: [{name: node-a}, {name: node-b}]\n';

function simulate(script: string): ReturnType<typeof runCli> & { scriptPath: string } {
  const dir = tempDir({ 'web.yaml': MANIFEST, 'steps.yaml': script });
  const scriptPath = path.join(dir, 'steps.yaml');
  return { ...runCli(['simulate', path.join(dir, 'web.yaml'), '--script', scriptPath, '--format', 'json']), scriptPath };
}

describe('statefulset-studio simulate on a cluster of nodes', () => {
  it("drains a node under the manifest's PodDisruptionBudget and prints the cluster's events and each pod's node", () => {
    const { code, stdout, stderr } = simulate(`${NODES}steps:\n- apply: {}\n- drainNode: node-a\n`);
    assert.equal(code, 0, stderr);
    const json = JSON.parse(stdout);
    const types = new Set(json.events.map((e: { type: string }) => e.type));
    for (const type of ['PodScheduled', 'PodEvicted', 'EvictionRefused']) assert.ok(types.has(type), type);
    const refused = json.events.find((e: { type: string }) => e.type === 'EvictionRefused');
    assert.equal(refused.message, "Cannot evict pod as it would violate the pod's disruption budget.");
    assert.deepEqual(json.final.pods.map((p: { node: string }) => p.node), ['node-b', 'node-b', 'node-b']);
  });

  it('exits 2 with a clear message for an unknown node, duplicate nodes, a zero-capacity node, a bad version and a bad force delete', () => {
    const cases: [string, string][] = [
      [`${NODES}steps:\n- apply: {}\n- failNode: node-z\n`, 'steps[1].failNode: no node named "node-z" in environment.nodes (nodes: node-a, node-b)'],
      ['steps:\n- apply: {}\n- drainNode: node-a\n', 'steps[1].drainNode: no node named "node-a" in environment.nodes (nodes: none (environment.nodes is empty: one implicit node))'],
      ['environment:\n  nodes: [{name: node-a}, {name: node-a}]\n', 'environment.nodes[1].name: node "node-a" is listed twice: node names are unique in a cluster'],
      ['environment:\n  nodes: [{name: node-a, capacity: {pods: 0}}]\n', 'environment.nodes[0].capacity.pods is 0: a node that can hold no pod cannot run the set (leave the entry out for unlimited)'],
      ['environment: {kubernetesVersion: "1.12"}\n', 'environment.kubernetesVersion: "1.12" is not a Kubernetes version the simulator targets (expected one of 1.30, 1.31, 1.32, 1.33, 1.34, 1.35, 1.36, e.g. "1.33" or "1.35.2")'],
      [`${NODES}steps:\n- apply: {}\n- forceDeletePod: web-1\n`, 'forceDeletePod web-1: the pod is not terminating right now'],
    ];
    for (const [script, message] of cases) {
      const { code, stdout, stderr, scriptPath } = simulate(script);
      assert.equal(code, 2, script);
      assert.equal(stdout, '', script);
      assert.ok(stderr.startsWith(`statefulset-studio: bad script ${scriptPath}: ${message}`), stderr);
    }
  });

  it('plays the README example (examples/cluster.yaml, examples/scripts/node-failure.yaml): db-2 stays Terminating on the failed node-b1', () => {
    const args = ['simulate', 'examples/cluster.yaml', '--script', 'examples/scripts/node-failure.yaml'];
    const watch = runCli(args);
    assert.equal(watch.code, 0, watch.stderr);
    assert.deepEqual(watch.stdout.trimEnd().split('\n').slice(-2).map((line) => line.split(/\s+/).join(' ')), ['db-2 0/1 Running 0 3s', 'db-2 0/1 Terminating 0 5m3s']);
    const json = JSON.parse(runCli([...args, '--format', 'json']).stdout);
    const cluster = json.events
      .filter((e: { type: string; message: string }) => ['PVCZoneBound', 'NodeNotReady', 'PodTerminating', 'Blocked'].includes(e.type) && !/waits for db-\d to be/.test(e.message))
      .map((e: { time: number; type: string; object: string; zone?: string; reason?: string }) => `${e.time} ${e.type} ${e.object} ${e.zone ?? e.reason ?? ''}`.trim());
    assert.deepEqual(cluster, [
      '0 PVCZoneBound data-db-0 eu-1a',
      '3 PVCZoneBound data-db-1 eu-1a',
      '6 PVCZoneBound data-db-2 eu-1b',
      '9 NodeNotReady node-b1',
      '309 PodTerminating db-2 TaintManagerEviction',
      '309 Blocked db Waiting',
    ]);
    assert.deepEqual(json.final.pods.map((p: { name: string; node: string }) => `${p.name} ${p.node}`), ['db-0 node-a1', 'db-1 node-a2', 'db-2 node-b1']);
  });
});
