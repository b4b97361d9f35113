// Scenario tests for the kubelet model: readiness taken from the pod template's readinessProbe, as
// the kubelet's prober manager derives it (docs/controller-model.md §11).
import * as assert from 'node:assert/strict';
import { mergePatch } from '../../../src/core/simulate/spec';
import { NO_PROBE, run, trace, webManifest } from './scenario';

const withProbe = (probe: Record<string, unknown>, extra: Record<string, unknown> = {}) =>
  webManifest({ spec: { template: { spec: { containers: [{ name: 'nginx', image: 'nginx:1.24', readinessProbe: probe }], ...extra } } } });

describe('simulator scenarios: the kubelet', () => {
  it('makes a pod without a readinessProbe Ready as it starts running, so OrderedReady creates the next pod at once (prober_manager.go UpdatePodStatus)', () => {
    assert.deepEqual(trace(run([{ apply: {} }], { manifest: webManifest(NO_PROBE), env: { readySeconds: 5 } })), [
      '0 RevisionCreated r1',
      '0 PVCCreated www-web-0',
      '0 PodCreated web-0 @r1',
      '0 Blocked web (Waiting) web-1 waits for web-0 to be Running and Ready',
      '2 PodRunning web-0 10.244.0.2',
      '2 PodReady web-0',
      '2 PVCCreated www-web-1',
      '2 PodCreated web-1 @r1',
      '4 PodRunning web-1 10.244.0.3',
      '4 PodReady web-1',
      '4 Settled web',
    ]);
  });

  it("waits for the probe's initialDelaySeconds and its first success before Ready (prober worker doProbe: InitialDelaySeconds)", () => {
    const manifest = mergePatch(withProbe({ httpGet: { path: '/', port: 80 }, initialDelaySeconds: 10 }), { spec: { replicas: 1 } }) as Record<string, unknown>;
    const times = run([{ apply: {} }], { manifest, env: { readySeconds: 3 } }).events.filter((e) => e.object === 'web-0').map((e) => `${e.time} ${e.type}`);
    assert.deepEqual(times.filter((line) => /PodRunning|PodReady/.test(line)), ['2 PodRunning', '15 PodReady']);
  });

  it('waits for a sidecar whose readinessProbe is the only one (UpdatePodStatus over init containers that restart Always)', () => {
    const sidecar = { name: 'proxy', image: 'envoy', restartPolicy: 'Always', readinessProbe: { tcpSocket: { port: 15021 } } };
    const manifest = mergePatch(webManifest(NO_PROBE), { spec: { replicas: 1, template: { spec: { initContainers: [sidecar] } } } }) as Record<string, unknown>;
    const ready = run([{ apply: {} }], { manifest }).events.find((e) => e.type === 'PodReady');
    assert.equal(ready?.time, 3, 'Running at 2, the sidecar probe passes one readySeconds later');
    const init = { name: 'setup', image: 'busybox', readinessProbe: sidecar.readinessProbe };
    const plainInit = mergePatch(manifest, { spec: { template: { spec: { initContainers: [init] } } } }) as Record<string, unknown>;
    assert.equal(run([{ apply: {} }], { manifest: plainInit }).events.find((e) => e.type === 'PodReady')?.time, 2, 'an init container that runs to completion has no say');
  });
});
