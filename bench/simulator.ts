// Simulator benchmarks: events per second, and how the cost grows from 10 to 1,000 replicas
// (it must stay linear: the ratio of time per event at 1,000 to 10 replicas stays near 1).
import { simulate } from '../src/core/simulate/simulate';
import { DEFAULT_ENVIRONMENT, type Step } from '../src/core/simulate/types';
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

function measure(replicas: number, policy: string, rounds: number): { ms: number; events: number } {
  const input = { manifest: manifest(replicas, policy), service: { name: 'nginx', namespace: 'default', governs: true, publishNotReadyAddresses: false } };
  let events = 0;
  const times: number[] = [];
  for (let i = 0; i < rounds; i++) {
    const t = nowMs();
    events = simulate(input, { environment: DEFAULT_ENVIRONMENT, steps: STEPS }).events.length;
    times.push(nowMs() - t);
  }
  return { ms: median(times), events };
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
