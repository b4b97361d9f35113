import * as assert from 'node:assert/strict';
import { simulate } from '../../../src/core/simulate/simulate';
import { DEFAULT_ENVIRONMENT, type SimEvent } from '../../../src/core/simulate/types';
import { NGINX, run, toEngineSteps, webManifest } from './scenario';

describe('simulator state', () => {
  it('gives each pod its hostname, DNS name and claim, and the Service name answers with the ready pods', () => {
    const { final } = run([{ apply: {} }]);
    assert.deepEqual(
      final.pods.map((p) => [p.name, p.hostname, p.dnsName, p.claims, p.ip, p.status, p.ready]),
      [
        ['web-0', 'web-0', 'web-0.nginx.default.svc.cluster.local', ['www-web-0'], '10.244.0.2', 'Running', true],
        ['web-1', 'web-1', 'web-1.nginx.default.svc.cluster.local', ['www-web-1'], '10.244.0.3', 'Running', true],
      ],
    );
    assert.deepEqual(final.dns, {
      serviceName: 'nginx.default.svc.cluster.local',
      serviceAnswers: ['10.244.0.2', '10.244.0.3'],
      records: { 'web-0.nginx.default.svc.cluster.local': '10.244.0.2', 'web-1.nginx.default.svc.cluster.local': '10.244.0.3' },
    });
    assert.deepEqual(final.pvcs.map((c) => [c.name, c.phase, c.volume, c.pod]), [
      ['www-web-0', 'Bound', 'pv-www-web-0', 'web-0'],
      ['www-web-1', 'Bound', 'pv-www-web-1', 'web-1'],
    ]);
  });

  it('keeps name, DNS name and claim of a recreated pod and gives it a new IP', () => {
    const before = run([{ apply: {} }]).final.pods[0];
    const after = run([{ apply: {} }, { deletePod: 'web-0' }]).final.pods[0];
    assert.deepEqual([after.name, after.dnsName, after.claims], [before.name, before.dnsName, before.claims]);
    assert.notEqual(after.ip, before.ip);
  });

  it('shows in the state after each event that web-0 is Ready when web-1 is created', () => {
    const result = run([{ apply: {} }], { recordStates: true });
    assert.equal(result.states.length, result.events.length);
    const created = result.events.findIndex((e) => e.type === 'PodCreated' && e.object === 'web-1');
    const web0 = result.states[created].pods.find((p) => p.name === 'web-0')!;
    assert.equal(web0.ready, true);
  });

  it('gives no per-pod DNS names without a governing headless Service, and says why', () => {
    const problem = 'Service "nginx" is not headless (it has a cluster IP)';
    const result = run([{ apply: { spec: { replicas: 1 } } }], { service: { ...NGINX, governs: false, problem } });
    assert.equal(result.final.pods[0].dnsName, null);
    assert.equal(result.final.dns.problem, problem);
    assert.ok(!result.events.some((e) => e.type === 'DNSRecordAdded'));
    assert.equal(result.events.find((e) => e.type === 'PodReady')?.message, `web-0 is Ready; no per-pod DNS name: ${problem}`);
  });

  it('says that pods get no DNS name when serviceName is empty', () => {
    const result = run([{ apply: {} }], { service: null, manifest: webManifest({ spec: { serviceName: null } }) });
    assert.match(result.final.dns.problem ?? '', /serviceName is empty/);
  });

  it('moves currentRevision to the update revision only when the rolling update completes', () => {
    const result = run([{ apply: {} }, { setImage: { image: 'nginx:1.25' } }], { recordStates: true });
    const revisions = result.events.filter((e) => e.type === 'RevisionCreated').map((e) => e.object);
    const midway = result.states[result.events.findIndex((e) => e.type === 'PodReady' && e.time > 6)];
    assert.deepEqual([midway.status.currentRevision, midway.status.updateRevision], revisions);
    assert.deepEqual([result.final.status.currentRevision, result.final.status.updateRevision], [revisions[1], revisions[1]]);
    assert.equal(result.final.status.updatedReplicas, 2);
  });

  it('is deterministic: the same input gives the same events', () => {
    const steps = [{ apply: { spec: { replicas: 5 } } }, { setImage: { image: 'nginx:1.25' } }, { deletePod: 'web-3' }, { scale: 2 }] as const;
    assert.deepEqual(run(steps).events, run(steps).events);
  });

  it('stops at the event budget and says so instead of running away', () => {
    const result = run([{ apply: { spec: { replicas: 50 } } }], { maxEvents: 100 });
    assert.equal(result.events.length, 100);
    assert.equal(result.truncated, 'stopped after 100 events');
  });

  it('reports a step on a pod that does not exist', () => {
    const result = run([{ apply: {} }, { deletePod: 'web-7' }]);
    const blocked = result.events.find((e) => e.type === 'Blocked' && e.reason === 'NotFound');
    assert.equal(blocked?.message, 'web-7 does not exist right now');
  });
});

describe('maxUnavailable (MaxUnavailableStatefulSet on)', () => {
  const gate = { featureGates: { MaxUnavailableStatefulSet: true } };
  const deletedTogether = (steps: Parameters<typeof run>[0]) => {
    const result = run(steps, { env: gate });
    const start = result.events.findIndex((e) => e.type === 'RevisionCreated' && e.time > 0);
    const firstBatch = result.events.slice(start).filter((e) => e.type === 'PodTerminating' && e.time === result.events[start].time);
    return firstBatch.map((e) => e.object);
  };
  const base = { apply: { spec: { replicas: 5, updateStrategy: { rollingUpdate: { partition: 3, maxUnavailable: 2 } } } } };

  it('deletes two outdated pods at once from the top, never below the partition', () => {
    assert.deepEqual(deletedTogether([base, { setImage: { image: 'nginx:1.25' } }]), ['web-4', 'web-3']);
  });

  it('counts an unavailable pod below the partition against the budget (Parallel, so Phase A does not stop at it)', () => {
    const parallel = { apply: { spec: { ...base.apply.spec, podManagementPolicy: 'Parallel' } } };
    assert.deepEqual(deletedTogether([parallel, { setImage: { image: 'nginx:1.25' } }]), ['web-4', 'web-3']);
    assert.deepEqual(deletedTogether([parallel, { failReadiness: 'web-0' }, { setImage: { image: 'nginx:1.25' } }]), ['web-4']);
  });

  it('with OrderedReady, does not update at all while a pod below the partition is not Ready', () => {
    assert.deepEqual(deletedTogether([base, { failReadiness: 'web-0' }, { setImage: { image: 'nginx:1.25' } }]), []);
  });
});

describe('streaming (SimulateOptions.keepEvents false, the CLI watch)', () => {
  const input = { manifest: webManifest({ spec: { replicas: 5 } }), service: NGINX };
  const script = {
    environment: DEFAULT_ENVIRONMENT,
    steps: toEngineSteps([{ apply: {} }, { setImage: { image: 'nginx:1.25' } }, { deletePod: 'web-3' }, { scale: 2 }]),
  };

  it('passes every event to observe in order and keeps none; the final state is the same', () => {
    const kept = simulate(input, script);
    const seen: SimEvent[] = [];
    const streamed = simulate(input, script, { keepEvents: false, observe: (world) => seen.push(world.lastEvent!) });
    assert.ok(kept.events.length > 100);
    assert.deepEqual(seen, kept.events);
    assert.deepEqual(streamed.events, []);
    assert.deepEqual(streamed.final, kept.final);
  });

  it('stops at the same event budget, counting the events it did not keep', () => {
    const seen: SimEvent[] = [];
    const streamed = simulate(input, script, { keepEvents: false, maxEvents: 40, observe: (world) => seen.push(world.lastEvent!) });
    assert.equal(seen.length, 40);
    assert.equal(streamed.truncated, 'stopped after 40 events');
    assert.deepEqual(seen, simulate(input, script, { maxEvents: 40 }).events);
  });
});
