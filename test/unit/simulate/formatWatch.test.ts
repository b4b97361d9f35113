import * as assert from 'node:assert/strict';
import * as fc from 'fast-check';
import { formatWatch, humanDuration, simulateWatch, WatchPrinter } from '../../../src/core/simulate/formatWatch';
import { simulate } from '../../../src/core/simulate/simulate';
import { changedPodObject } from '../../../src/core/simulate/snapshot';
import { DEFAULT_ENVIRONMENT, type PodState, type PodStatus, type SimEvent, type SimResult, type SimState } from '../../../src/core/simulate/types';
import { scenario } from './arbitraries';
import { NGINX, run, toEngineSteps, webManifest } from './scenario';

const STATUS = {
  replicas: 0, readyReplicas: 0, availableReplicas: 0, currentReplicas: 0, updatedReplicas: 0,
  currentRevision: 'web-1', updateRevision: 'web-1', revisions: ['web-1'],
};

function pod(name: string, createdAt: number, status: PodStatus, extra: Partial<PodState> = {}): PodState {
  return {
    name, ordinal: Number(name.split('-').pop()), phase: 'Running', status, ready: false, available: false, terminating: status === 'Terminating',
    revision: 'web-1', ip: null, hostname: name, dnsName: null, dnsPublished: false, claims: [], restarts: 0, createdAt, node: null, ...extra,
  };
}

function state(time: number, pods: PodState[]): SimState {
  return { time, deleted: false, pods, pvcs: [], status: STATUS, dns: { serviceName: null, serviceAnswers: [], records: {} }, nodes: [], budgets: [] };
}

function result(states: SimState[]): SimResult {
  const events: SimEvent[] = states.map((s) => ({ time: s.time, type: 'StatusUpdated', object: 'web' }));
  return { statefulset: 'web', namespace: 'default', events, states, final: states[states.length - 1] };
}

describe('formatWatch', () => {
  it('prints kubectl short durations', () => {
    const cases: [number, string][] = [
      [-3, '0s'], [0, '0s'], [0.9, '0s'], [12, '12s'], [119, '119s'], [120, '2m'], [125, '2m5s'], [599, '9m59s'], [600, '10m'],
      [3 * 3600 - 1, '179m'], [3 * 3600, '3h'], [3 * 3600 + 1200, '3h20m'], [8 * 3600, '8h'], [48 * 3600, '2d'], [50 * 3600, '2d2h'],
      [8 * 86400, '8d'], [730 * 86400, '2y'], [731 * 86400, '2y1d'], [9 * 365 * 86400, '9y'],
    ];
    for (const [seconds, text] of cases) assert.equal(humanDuration(seconds), text, String(seconds));
  });

  it('prints one line per visible change, widening columns as kubectl -w does', () => {
    const out = formatWatch(
      result([
        state(0, [pod('web-0', 0, 'Pending', { phase: 'Pending' })]),
        state(0, [pod('web-0', 0, 'Pending', { phase: 'Pending' })]),
        state(1, [pod('web-0', 0, 'ContainerCreating', { phase: 'Pending' })]),
        state(2, [pod('web-0', 0, 'Running')]),
        state(3, [pod('web-0', 0, 'Running', { ready: true })]),
        state(13, [pod('web-0', 0, 'Running', { ready: true, available: true }), pod('web-1', 13, 'Pending', { phase: 'Pending' })]),
        state(140, [pod('web-0', 0, 'Running', { ready: true, available: true }), pod('web-1', 13, 'Running', { ready: true })]),
      ]),
      2,
    );
    assert.equal(
      out,
      [
        'NAME    READY   STATUS    RESTARTS   AGE',
        'web-0   0/2     Pending   0          0s',
        'web-0   0/2     ContainerCreating   0          1s',
        'web-0   0/2     Running             0          2s',
        'web-0   2/2     Running             0          3s',
        'web-1   0/2     Pending             0          0s',
        'web-1   2/2     Running             0          2m7s',
        '',
      ].join('\n'),
    );
  });

  it('ends a deleted pod with its Terminating line and starts its next incarnation with a new age', () => {
    const out = formatWatch(
      result([
        state(10, [pod('web-0', 0, 'Running', { ready: true })]),
        state(20, [pod('web-0', 0, 'Terminating', { ready: true })]),
        state(21, []),
        state(21, [pod('web-0', 21, 'Pending', { phase: 'Pending' })]),
        state(25, [pod('web-0', 21, 'Running', { ready: true })]),
      ]),
      1,
    );
    assert.equal(
      out,
      [
        'NAME    READY   STATUS    RESTARTS   AGE',
        'web-0   1/1     Running   0          10s',
        'web-0   1/1     Terminating   0          20s',
        'web-0   0/1     Pending       0          0s',
        'web-0   1/1     Running       0          4s',
        '',
      ].join('\n'),
    );
  });

  it('shows restarts with the time since the last one, as kubectl 1.22+ does', () => {
    const out = formatWatch(
      result([
        state(2, [pod('web-0', 0, 'Running')]),
        state(5, [pod('web-0', 0, 'Error', { restarts: 1 })]),
        state(30, [pod('web-0', 0, 'CrashLoopBackOff', { restarts: 1 })]),
        state(50, [pod('web-0', 0, 'CrashLoopBackOff', { restarts: 1 })]),
        state(62, [pod('web-0', 0, 'Running', { restarts: 2 })]),
      ]),
      1,
    );
    assert.equal(
      out,
      [
        'NAME    READY   STATUS    RESTARTS   AGE',
        'web-0   0/1     Running   0          2s',
        'web-0   0/1     Error     1 (0s ago)   5s',
        'web-0   0/1     CrashLoopBackOff   1 (25s ago)   30s',
        'web-0   0/1     Running            2 (0s ago)    62s',
        '',
      ].join('\n'),
    );
  });

  it('prints the final state alone when no states were recorded, and says when there are no pods', () => {
    const final = state(40, [pod('web-0', 0, 'Running', { ready: true })]);
    assert.equal(formatWatch({ ...result([final]), states: [] }, 1), 'NAME    READY   STATUS    RESTARTS   AGE\nweb-0   1/1     Running   0          40s\n');
    assert.equal(formatWatch(result([state(0, [])]), 1), 'No resources found in default namespace.\n');
  });
});

describe('simulateWatch (the CLI streams the watch instead of keeping a snapshot per event)', () => {
  it('prints exactly what formatWatch prints from a snapshot after every event, for any script', () => {
    fc.assert(
      fc.property(scenario, ({ steps, manifest }) => {
        const recorded = run(steps, { manifest, recordStates: true });
        const streamed = simulateWatch({ manifest, service: NGINX }, { environment: DEFAULT_ENVIRONMENT, steps: toEngineSteps(steps) }, 1);
        assert.equal(streamed.output, formatWatch(recorded, 1));
        // It keeps no event (keepEvents false), and ends where the recorded run ends.
        assert.deepEqual(streamed.result.events, []);
        assert.deepEqual(streamed.result.final, recorded.final);
      }),
      { numRuns: 60 },
    );
  });

  it('joins its lines in chunks of 1,024 and prints the same text as a printer that keeps each line', () => {
    const input = { manifest: webManifest({ spec: { replicas: 300, podManagementPolicy: 'Parallel' } }), service: NGINX };
    const script = { environment: DEFAULT_ENVIRONMENT, steps: toEngineSteps([{ apply: {} }, { setImage: { image: 'nginx:1.25' } }]) };
    const streamed = simulateWatch(input, script, 1);
    // The same run fed to a printer without a sink: its lines kept one by one.
    const printer = new WatchPrinter(1);
    simulate(input, script, { keepEvents: false, observe: (world) => {
      const pod = changedPodObject(world);
      if (pod) printer.observe(pod, world.time);
    } });
    assert.ok(printer.lines.length > 2 * 1024 && printer.lines.length % 1024 !== 0, `${printer.lines.length} lines: two full chunks and a part`);
    assert.equal(streamed.output, printer.lines.join(''));
  });
});
