// Scenario tests for maxUnavailable as the target Kubernetes version has it: the
// MaxUnavailableStatefulSet gate's default and updateStatefulSetAfterInvariantEstablished's budget
// accounting (docs/controller-model.md §6).
import * as assert from 'node:assert/strict';
import { parseScript } from '../../../src/core/simulate/script';
import type { Environment, SimResult } from '../../../src/core/simulate/types';
import { run } from './scenario';

const parallel = (extra: Record<string, unknown> = {}) => ({ apply: { spec: { replicas: 3, podManagementPolicy: 'Parallel', ...extra } } });
const brokenThenReverted = [{ setImage: { image: 'nginx:bad', outcome: 'crashLoop' } }, { setImage: { image: 'nginx:1.24' } }];
/** The environment a script with `kubernetesVersion: <version>` gets (the gate's default is resolved there). */
function environmentOf(version: string): Environment {
  const parsed = parseScript(`environment: {kubernetesVersion: "${version}"}`);
  if ('error' in parsed) throw new Error(parsed.error);
  return parsed.script.environment;
}
const terminations = (result: SimResult) => result.events.filter((e) => e.type === 'PodTerminating').map((e) => `${e.time} ${e.object}`);

describe('simulator scenarios: maxUnavailable and the Kubernetes version', () => {
  it('lets a broken old-revision pod spend the budget, so a Parallel set on 1.35.0–1.35.3 never replaces it (updateStatefulSetAfterInvariantEstablished; kubernetes/kubernetes#137409)', () => {
    const stuck = run([parallel(), ...brokenThenReverted], { env: { kubernetesVersion: '1.35', featureGates: { MaxUnavailableStatefulSet: true } } });
    const [reused] = stuck.events.filter((e) => e.type === 'RevisionReused');
    assert.deepEqual(stuck.final.pods.map((p) => [p.name, p.revision === reused.object ? 'reverted' : 'broken']), [['web-0', 'reverted'], ['web-1', 'reverted'], ['web-2', 'broken']]);
    assert.deepEqual(terminations(stuck), ['3 web-2'], 'nothing deleted after the rollback');
    const lastWait = stuck.events.filter((e) => e.type === 'Blocked').at(-1);
    assert.equal(lastWait?.message, 'the rolling update waits: 1 pod(s) unavailable, maxUnavailable is 1');
    const recovered = run([parallel(), ...brokenThenReverted]);
    assert.equal(recovered.final.pods.every((p) => p.revision === reused.object), true, 'gate off (1.35.4 and later): the legacy loop deletes the broken pod');
  });

  it('takes the gate default from environment.kubernetesVersion: 1.35.2 has it on, 1.35 (its newest patch) off (kube_features.go)', () => {
    const script = [parallel({ updateStrategy: { rollingUpdate: { maxUnavailable: 2 } } }), { setImage: { image: 'nginx:1.25' } }];
    const at = (version: string) => terminations(run(script, { env: environmentOf(version) })).slice(0, 2);
    assert.deepEqual(at('1.35'), ['3 web-2', '7 web-1'], 'one at a time');
    assert.deepEqual(at('1.35.2'), ['3 web-2', '3 web-1'], 'two at once');
  });

  it('counts a Ready pod not yet available for minReadySeconds against the budget from 1.35 only (isUnavailable vs. the alpha code\'s isHealthy)', () => {
    const script = [parallel({ replicas: 4, minReadySeconds: 10, updateStrategy: { rollingUpdate: { maxUnavailable: 2 } } }), { setImage: { image: 'nginx:1.25' } }];
    const gateOn = { MaxUnavailableStatefulSet: true };
    const v135 = terminations(run(script, { env: { kubernetesVersion: '1.35', featureGates: gateOn } }));
    const v134 = terminations(run(script, { env: { kubernetesVersion: '1.34', featureGates: gateOn } }));
    assert.deepEqual(v135, ['13 web-3', '13 web-2', '27 web-1', '27 web-0']);
    assert.deepEqual(v134, ['13 web-3', '13 web-2', '17 web-1', '17 web-0']);
  });
});
