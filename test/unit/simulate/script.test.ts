import * as assert from 'node:assert/strict';
import { defaultScript, findPodNameProblem, parseScript } from '../../../src/core/simulate/script';
import { DEFAULT_ENVIRONMENT, type Script } from '../../../src/core/simulate/types';

function errorOf(text: string): string {
  const result = parseScript(text);
  assert.ok('error' in result, `expected an error for:\n${text}`);
  return result.error;
}

function scriptOf(text: string): Script {
  const result = parseScript(text);
  assert.ok('script' in result, 'error' in result ? result.error : '');
  return result.script;
}

describe('parseScript', () => {
  it('reads the example script of the issue, filling omitted environment keys from the defaults', () => {
    const script = scriptOf(`environment:
  podStartSeconds: 5
  featureGates: {MaxUnavailableStatefulSet: true}
steps:
  - apply: {spec: {replicas: 5}}
  - scale: 5
  - setImage: {image: nginx:1.25, container: nginx, outcome: ready}
  - deletePod: web-1
  - failPod: web-2
  - failReadiness: web-2
  - restoreReadiness: web-2
  - deleteStatefulSet: {scaleToZeroFirst: false}
  - wait: 30
    at: 100
`);
    assert.deepEqual(script, {
      environment: { ...DEFAULT_ENVIRONMENT, podStartSeconds: 5, featureGates: { MaxUnavailableStatefulSet: true } },
      steps: [
        { kind: 'apply', patch: { spec: { replicas: 5 } } },
        { kind: 'scale', replicas: 5 },
        { kind: 'setImage', image: 'nginx:1.25', container: 'nginx', outcome: 'ready' },
        { kind: 'deletePod', pod: 'web-1' },
        { kind: 'failPod', pod: 'web-2' },
        { kind: 'failReadiness', pod: 'web-2' },
        { kind: 'restoreReadiness', pod: 'web-2' },
        { kind: 'deleteStatefulSet', scaleToZeroFirst: false },
        { kind: 'wait', seconds: 30, at: 100 },
      ],
    });
  });

  it('gives the default script for an empty file and applies the set as written when steps are omitted', () => {
    assert.deepEqual(defaultScript(), { environment: DEFAULT_ENVIRONMENT, steps: [{ kind: 'apply', patch: {} }] });
    assert.deepEqual(scriptOf('# nothing yet\n'), defaultScript());
    assert.deepEqual(scriptOf('environment: {storageClass: none}\n').steps, [{ kind: 'apply', patch: {} }]);
    assert.equal(scriptOf('environment: {storageClass: none}\n').environment.storageClass, 'none');
  });

  it('reads YAML 1.1 like the manifests: yes is a boolean and dates stay strings', () => {
    const script = scriptOf('environment: {featureGates: {MaxUnavailableStatefulSet: yes}}\nsteps: [{apply: {metadata: {annotations: {day: 2024-01-02}}}}]\n');
    assert.equal(script.environment.featureGates.MaxUnavailableStatefulSet, true);
    assert.deepEqual(script.steps, [{ kind: 'apply', patch: { metadata: { annotations: { day: '2024-01-02' } } } }]);
  });

  it('reports YAML syntax errors with their line and several documents', () => {
    assert.equal(errorOf('steps: [\n'), 'the script is not valid YAML (line 2, column 1): Flow sequence in block collection must be sufficiently indented and end with a ]');
    assert.equal(errorOf('steps: []\nsteps: []\n'), 'the script is not valid YAML (line 2, column 1): Map keys must be unique');
    assert.equal(errorOf('steps: []\n---\nsteps: []\n'), 'the script must be one YAML document (found several, separated by ---)');
  });

  it('reports a script that is not a map and unknown top-level keys', () => {
    assert.equal(errorOf('- scale: 3\n'), 'the script must be a map with the keys environment and steps (got a list)');
    assert.equal(errorOf('step: []\n'), 'unknown top-level key "step" (expected environment or steps)');
  });

  it('reports every kind of bad environment value', () => {
    const cases: Record<string, string> = {
      'environment: fast': 'environment must be a map (got "fast")',
      'environment: {podStart: 1}':
        'environment: unknown key "podStart" (expected clusterDomain, podStartSeconds, readySeconds, terminationSeconds, storageClass, featureGates, nodes, kubernetesVersion)',
      'environment: {clusterDomain: ""}': 'environment.clusterDomain must be a non-empty string (got "")',
      'environment: {clusterDomain: 5}': 'environment.clusterDomain must be a non-empty string (got 5)',
      'environment: {podStartSeconds: -1}': 'environment.podStartSeconds must be a non-negative number of seconds (got -1)',
      'environment: {readySeconds: "1s"}': 'environment.readySeconds must be a non-negative number of seconds (got "1s")',
      'environment: {terminationSeconds: .inf}': 'environment.terminationSeconds must be a non-negative number of seconds (got Infinity)',
      'environment: {storageClass: standard}': 'environment.storageClass must be default or none (got "standard")',
      'environment: {featureGates: [MaxUnavailableStatefulSet]}': 'environment.featureGates must be a map (got a list)',
      'environment: {featureGates: {StatefulSetAutoDeletePVC: true}}':
        'environment.featureGates: unknown feature gate "StatefulSetAutoDeletePVC" (the simulator knows MaxUnavailableStatefulSet)',
      'environment: {featureGates: {MaxUnavailableStatefulSet: "on"}}': 'environment.featureGates.MaxUnavailableStatefulSet must be true or false (got "on")',
    };
    for (const [text, message] of Object.entries(cases)) assert.equal(errorOf(text), message, text);
  });

  it('reads environment.kubernetesVersion as the editor does, and says to quote a YAML number such as 1.30', () => {
    const envOf = (text: string) => {
      const result = parseScript(text);
      if ('error' in result) throw new Error(result.error);
      return result.script.environment;
    };
    assert.equal(envOf('steps: []').kubernetesVersion, '1.36');
    assert.equal(envOf('environment: {kubernetesVersion: "1.30"}').kubernetesVersion, '1.30');
    assert.equal(envOf('environment: {kubernetesVersion: v1.33.4}').kubernetesVersion, '1.33');
    assert.equal(envOf('environment: {kubernetesVersion: 1.32}').kubernetesVersion, '1.32', 'a number that reads right is fine');
    assert.equal(
      errorOf('environment: {kubernetesVersion: 1.30}'),
      'environment.kubernetesVersion: 1.3 is not a Kubernetes version the simulator targets (expected one of 1.30, 1.31, 1.32, 1.33, 1.34, 1.35, 1.36): YAML reads an unquoted version as a number, so 1.30 is 1.3; quote it: "1.30"',
    );
    assert.equal(
      errorOf('environment: {kubernetesVersion: "1.29"}'),
      'environment.kubernetesVersion: "1.29" is not a Kubernetes version the simulator targets (expected one of 1.30, 1.31, 1.32, 1.33, 1.34, 1.35, 1.36, e.g. "1.33" or "1.35.2")',
    );
    assert.match(errorOf('environment: {kubernetesVersion: latest}'), /^environment\.kubernetesVersion: "latest" is not/);
  });

  it("defaults MaxUnavailableStatefulSet from the version: on only in 1.35.0–1.35.3, off again from 1.35.4 (kube_features.go; kubernetes/kubernetes#137926)", () => {
    const gate = (version: string, explicit = '') => {
      const result = parseScript(`environment: {kubernetesVersion: "${version}"${explicit}}`);
      if ('error' in result) throw new Error(result.error);
      return result.script.environment.featureGates.MaxUnavailableStatefulSet;
    };
    assert.deepEqual(['1.34', '1.34.9', '1.35.0', '1.35.3', '1.35.4', '1.35'].map((v) => gate(v)), [false, false, true, true, false, false]);
    assert.equal(gate('1.30', ', featureGates: {MaxUnavailableStatefulSet: true}'), true, 'an explicit gate wins');
    assert.equal(gate('1.35.1', ', featureGates: {MaxUnavailableStatefulSet: false}'), false);
  });

  it('reports every kind of bad step, naming its index and key', () => {
    const cases: Record<string, string> = {
      'steps: {scale: 3}': 'steps must be a list (got a map)',
      'steps: [scale 3]': 'steps[0] must be a map with one step type, e.g. {scale: 3} (got "scale 3")',
      'steps: [{apply: {}}, {scael: 3}]':
        'steps[1]: unknown step type "scael" (expected one of apply, scale, setImage, deletePod, failPod, failReadiness, restoreReadiness, deleteStatefulSet, wait, cordonNode, uncordonNode, drainNode, failNode, restoreNode, addOutOfServiceTaint, forceDeletePod)',
      'steps: [{at: 3}]':
        'steps[0] has no step type (expected one of apply, scale, setImage, deletePod, failPod, failReadiness, restoreReadiness, deleteStatefulSet, wait, cordonNode, uncordonNode, drainNode, failNode, restoreNode, addOutOfServiceTaint, forceDeletePod)',
      'steps: [{scale: 3, wait: 2}]': 'steps[0] has 2 step types (scale, wait): write one per step',
      'steps: [{scale: 3, at: -1}]': 'steps[0].at must be a non-negative number of seconds (got -1)',
      'steps: [{scale: 3, at: soon}]': 'steps[0].at must be a non-negative number of seconds (got "soon")',
      'steps: [{scale: 3, at: 10}, {wait: 1, at: 5}]': 'steps[1].at (5) is earlier than steps[0].at (10): steps run in order',
      'steps: [{apply: }]': 'steps[0].apply must be a map: {} for the StatefulSet as written, or a patch such as {spec: {replicas: 5}} (got null)',
      'steps: [{apply: [1]}]': 'steps[0].apply must be a map: {} for the StatefulSet as written, or a patch such as {spec: {replicas: 5}} (got a list)',
      'steps: [{scale: -1}]': 'steps[0].scale must be a non-negative integer (got -1)',
      'steps: [{scale: 2.5}]': 'steps[0].scale must be a non-negative integer (got 2.5)',
      'steps: [{scale: "3"}]': 'steps[0].scale must be a non-negative integer (got "3")',
      'steps: [{wait: -2}]': 'steps[0].wait must be a non-negative number of seconds (got -2)',
      'steps: [{deletePod: 1}]': 'steps[0].deletePod must be a pod name, e.g. web-1 (got 1)',
      'steps: [{failPod: ""}]': 'steps[0].failPod must be a pod name, e.g. web-1 (got "")',
      'steps: [{failReadiness: [web-0]}]': 'steps[0].failReadiness must be a pod name, e.g. web-1 (got a list)',
      'steps: [{restoreReadiness: }]': 'steps[0].restoreReadiness must be a pod name, e.g. web-1 (got null)',
      'steps: [{setImage: "nginx:1.25"}]': 'steps[0].setImage must be a map such as {image: nginx:1.25, container: nginx, outcome: ready} (got "nginx:1.25")',
      'steps: [{setImage: {image: x, tag: y}}]': 'steps[0].setImage: unknown key "tag" (expected image, container, outcome)',
      'steps: [{setImage: {container: nginx}}]': 'steps[0].setImage.image must be a non-empty string (got nothing)',
      'steps: [{setImage: {image: x, container: 3}}]': 'steps[0].setImage.container must be a container name (got 3)',
      'steps: [{setImage: {image: x, outcome: crash}}]': 'steps[0].setImage.outcome must be one of ready, imagePullError, crashLoop, neverReady (got "crash")',
      'steps: [{deleteStatefulSet: true}]': 'steps[0].deleteStatefulSet must be a map: {} or {scaleToZeroFirst: true} (got true)',
      'steps: [{deleteStatefulSet: {cascade: orphan}}]': 'steps[0].deleteStatefulSet: unknown key "cascade" (expected scaleToZeroFirst)',
      'steps: [{deleteStatefulSet: {scaleToZeroFirst: 1}}]': 'steps[0].deleteStatefulSet.scaleToZeroFirst must be true or false (got 1)',
    };
    for (const [text, message] of Object.entries(cases)) assert.equal(errorOf(text), message, text);
  });

  it('never throws, whatever the text', () => {
    for (const text of ['*x', '!!binary', '[', '{a: *b}', ':', '\t', 'steps: &a [*a]']) {
      const result = parseScript(text);
      assert.ok('error' in result || 'script' in result);
    }
  });
});

describe('findPodNameProblem', () => {
  const script = (pod: string): Script => ({ environment: DEFAULT_ENVIRONMENT, steps: [{ kind: 'apply', patch: {} }, { kind: 'deletePod', pod }] });

  it('accepts any ordinal of the set, even one a later scale-up creates', () => {
    assert.equal(findPodNameProblem(script('web-0'), 'web'), undefined);
    assert.equal(findPodNameProblem(script('web-12'), 'web'), undefined);
  });

  it('names the step of a pod that can never belong to the set', () => {
    for (const pod of ['db-1', 'web', 'web-', 'web--1', 'web-01', 'web-1a', 'webby-1']) {
      assert.equal(
        findPodNameProblem(script(pod), 'web'),
        `steps[1].deletePod: pod "${pod}" can never exist in StatefulSet web: its pods are named web-<ordinal> (web-0, web-1, …)`,
        pod,
      );
    }
  });
});
