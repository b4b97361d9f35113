// Simulator benchmarks: events per second, and how the cost grows from 10 to 1,000 replicas
// (it must stay linear: the ratio of time per event at 1,000 to 10 replicas stays near 1).
import { simulate } from '../src/core/simulate/simulate';
import { DEFAULT_ENVIRONMENT, type Environment, type NodeSpec, type Step } from '../src/core/simulate/types';
import { median, nowMs } from './measure';

function manifest(replicas: number, policy: string): Record<string, unknown> {
  return {
    metadata: { name: 'web' },
    spec: {
      replicas, serviceName: 'nginx', podManagementPolicy: policy,
      selector: { matchLabels: { app: 'nginx' } },
      template: { metadata: { labels: { app: 'nginx' } }, spec: { containers: [{ name: 'nginx', image: 'nginx:1.24' }] } },
      volumeClaimTemplates: [{ metadata: { name: 'www' } }],
    },
  };
}

const STEPS: Step[] = [
  { kind: 'apply', patch: {} },
  { kind: 'setImage', image: 'nginx:1.25' },
  { kind: 'deletePod', pod: 'web-0' },
  { kind: 'scale', replicas: 1 },
];

/** CPU milliseconds of this process: steadier than the wall clock on a machine shared with other work. */
function cpuMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

function measure(replicas: number, policy: string, rounds: number, environment = DEFAULT_ENVIRONMENT, clock = nowMs): { ms: number; events: number } {
  const input = { manifest: manifest(replicas, policy), service: { name: 'nginx', namespace: 'default', governs: true, publishNotReadyAddresses: false } };
  let events = 0;
  const times: number[] = [];
  for (let i = 0; i < rounds; i++) {
    const t = clock();
    events = simulate(input, { environment, steps: STEPS }).events.length;
    times.push(clock() - t);
  }
  return { ms: median(times), events };
}

/** `count` nodes in three zones, each with room for `pods` pods, 4 cores and 16 GiB. */
function cluster(count: number, pods: number): Environment {
  const nodes: NodeSpec[] = Array.from({ length: count }, (_, i) => ({
    name: `node-${i}`, zone: `zone-${i % 3}`, capacity: { pods, cpu: 4, memory: 16 * 1024 ** 3 }, labels: {},
  }));
  return { ...DEFAULT_ENVIRONMENT, nodes };
}

/**
 * The scheduler keeps per-node counters and per-domain counts, so an attempt costs O(nodes), not
 * O(nodes × pods). Measured in CPU time (the machine is shared): the cost per event at 10,000
 * replicas on 100 nodes against 10 replicas on 1 node (target: at most 1.5x), and against the same
 * 10,000 replicas without nodes (what scheduling adds).
 */
export function benchCluster(): string[] {
  const lines: string[] = [];
  for (const policy of ['OrderedReady', 'Parallel']) {
    measure(10, policy, 50, cluster(1, 110), cpuMs);
    const small = measure(10, policy, 201, cluster(1, 110), cpuMs);
    const large = measure(10_000, policy, 3, cluster(100, 110), cpuMs);
    const bare = measure(10_000, policy, 3, DEFAULT_ENVIRONMENT, cpuMs);
    const perEvent = (r: { ms: number; events: number }) => r.ms / r.events;
    lines.push(`${policy.padEnd(12)} 10,000 replicas on 100 nodes: ${large.events} events in ${large.ms.toFixed(0)} ms; 10 replicas on 1 node: ${small.events} events in ${small.ms.toFixed(2)} ms`);
    lines.push(`${policy.padEnd(12)} CPU cost per event, 10,000 replicas on 100 nodes vs 10 on 1 node: ${(perEvent(large) / perEvent(small)).toFixed(2)}x   (the target is at most 1.5x)`);
    lines.push(`${policy.padEnd(12)} CPU cost per event, 10,000 replicas on 100 nodes vs the same without nodes: ${(perEvent(large) / perEvent(bare)).toFixed(2)}x   (what the scheduler adds)`);
  }
  return lines;
}

export function benchSimulator(): string[] {
  const lines: string[] = [];
  for (const policy of ['OrderedReady', 'Parallel']) {
    measure(10, policy, 20);
    const results = [10, 100, 1000].map((n) => ({ n, ...measure(n, policy, n >= 1000 ? 5 : 15) }));
    for (const r of results) {
      const rate = Math.round(r.events / (r.ms / 1000)).toLocaleString('en-US');
      lines.push(`${policy.padEnd(12)} ${String(r.n).padStart(5)} replicas (create, rolling update, delete a pod, scale to 1): ${r.events} events in ${r.ms.toFixed(1)} ms = ${rate} events/s`);
    }
    const perEvent = (r: { ms: number; events: number }) => r.ms / r.events;
    lines.push(`${policy.padEnd(12)} cost per event at 1,000 replicas vs 10: ${(perEvent(results[2]) / perEvent(results[0])).toFixed(2)}x   (linear scaling keeps this near or below 1)`);
  }
  return lines;
}
