// Simulator benchmarks: events per second, and how the cost per event grows with the replica count
// (it must stay linear: the ratio of CPU time per event at many replicas to 10 stays near 1).
//
// How it is measured, and why: a 10-replica run lasts well under a millisecond, too short to time
// alone, and its time swung by half from run to run. The engine's functions are optimised over
// the first thousand runs or so, deoptimised when a collection frees the object shapes they were
// built for (one full collection between two batches of runs threw away 45 to 65 of them), and
// optimised again; a 10,000-replica run pays that back in milliseconds, a 10-replica run never
// does. So a sample of a small side is many fresh simulations back to back (tens of ms), every
// side is warmed up first, the sides take turns, a small side settles untimed before each sample,
// and each side's median cost per event is compared (measure.ts costsPerUnit). What is simulated
// is the same as ever.
//
// How long "settle" takes was measured, not guessed: a 10-replica run alone in a process costs
// 2 to 11 µs per event over its first 500,000 events (the CPU time twice the wall time: the
// compiler threads still at work) and then 0.9 to 1.1 µs, steadily. With 200,000 events of
// warm-up and 50,000 before each sample, as this bench had until December 2026, the small side
// read anywhere from 1.0 to 3.5 µs, and the ratio over it flattered the large side in most runs.
import { simulateWatch } from '../src/core/simulate/formatWatch';
import { simulate } from '../src/core/simulate/simulate';
import { DEFAULT_ENVIRONMENT, type Environment, type NodeSpec, type Step } from '../src/core/simulate/types';
import { costsPerUnit, type Side } from './measure';

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

/** Samples per side; each side's median is reported. */
const ROUNDS = 5;
/** Untimed events of each side before timing (four runs of a large side): enough for the engine's functions to settle in optimised code. */
const WARM_UP_EVENTS = 1_000_000;
/** Untimed events of a small side before each of its samples (about 800 runs of 10 replicas), after a large side's collections threw its code away. */
const SETTLE_EVENTS = 200_000;

interface Simulations extends Side {
  /** Events of one simulation. */
  readonly events: number;
}

interface SimulationOptions {
  readonly environment?: Environment;
  /** Each run is the CLI's default output, `kubectl get pods -w` streamed while it runs (simulateWatch: no event kept; its lines are). */
  readonly watch?: boolean;
  /** Keep the results of the last runs alive until they hold this many events, as one large run holds its own until it ends. */
  readonly keepAliveEvents?: number;
}

/** `runs` fresh simulations back to back; a side that samples several runs settles before each sample. */
function simulations(replicas: number, policy: string, runs: number, options: SimulationOptions = {}): Simulations {
  const input = { manifest: manifest(replicas, policy), service: { name: 'nginx', namespace: 'default', governs: true, publishNotReadyAddresses: false } };
  const script = { environment: options.environment ?? DEFAULT_ENVIRONMENT, steps: STEPS };
  const events = simulate(input, script).events.length;
  const alive = new Array<unknown>(Math.ceil((options.keepAliveEvents ?? 0) / events));
  let next = 0;
  const keep = (result: unknown) => {
    if (alive.length === 0) return;
    alive[next] = result;
    next = (next + 1) % alive.length;
  };
  const simulateOnce = options.watch
    ? () => (simulateWatch(input, script, 1), events)
    : () => {
        const result = simulate(input, script);
        keep(result);
        return result.events.length;
      };
  const work = () => {
    let total = 0;
    for (let i = 0; i < runs; i++) total += simulateOnce();
    return total;
  };
  return { work, events, settle: runs > 1 ? SETTLE_EVENTS : 0 };
}

/** Each side's median CPU ms per event, the sides timed in turn after WARM_UP_EVENTS untimed events each. */
function costsPerEvent(sides: readonly Side[]): number[] {
  return costsPerUnit(ROUNDS, sides, WARM_UP_EVENTS);
}

/** `count` nodes in three zones, each with room for `pods` pods, 4 cores and 16 GiB. */
function cluster(count: number, pods: number): Environment {
  const nodes: NodeSpec[] = Array.from({ length: count }, (_, i) => ({
    name: `node-${i}`, zone: `zone-${i % 3}`, capacity: { pods, cpu: 4, memory: 16 * 1024 ** 3 }, labels: {},
  }));
  return { ...DEFAULT_ENVIRONMENT, nodes };
}

const microseconds = (msPerEvent: number) => `${(msPerEvent * 1000).toFixed(2)} µs`;

/**
 * The scheduler keeps per-node counters and per-domain counts, so an attempt costs O(nodes), not
 * O(nodes × pods). In CPU time (the machine is shared): the cost per event at 10,000 replicas on
 * 100 nodes against 10 replicas on 1 node (target: at most 1.5x; a small sample is 50 runs), and
 * against the same 10,000 replicas without nodes (what scheduling adds).
 *
 * Two more lines say where the difference is. A large run keeps its 240,000 events alive until it
 * ends, and each object kept costs it about 0.45 µs in copies and marking; a 10-replica run's
 * results die young. So: the CLI's watch, which keeps no event; and 10-replica runs whose results
 * are kept alive until they hold as many events as one large run.
 */
export function benchCluster(): string[] {
  const lines: string[] = [];
  for (const policy of ['OrderedReady', 'Parallel']) {
    const small = simulations(10, policy, 50, { environment: cluster(1, 110) });
    const large = simulations(10_000, policy, 1, { environment: cluster(100, 110) });
    const bare = simulations(10_000, policy, 1);
    const [smallCost, largeCost, bareCost] = costsPerEvent([small, large, bare]);
    const name = policy.padEnd(12);
    lines.push(`${name} 10,000 replicas on 100 nodes: ${large.events} events, ${microseconds(largeCost)} each; 10 replicas on 1 node: ${small.events} events, ${microseconds(smallCost)} each (medians of ${ROUNDS}, CPU time)`);
    lines.push(`${name} CPU cost per event, 10,000 replicas on 100 nodes vs 10 on 1 node: ${(largeCost / smallCost).toFixed(2)}x   (the target is at most 1.5x)`);
    const [smallWatch, largeWatch] = costsPerEvent([
      simulations(10, policy, 50, { environment: cluster(1, 110), watch: true }),
      simulations(10_000, policy, 1, { environment: cluster(100, 110), watch: true }),
    ]);
    lines.push(`${name} the same streamed as the CLI's watch prints it (no event kept): ${(largeWatch / smallWatch).toFixed(2)}x  (${microseconds(largeWatch)} vs ${microseconds(smallWatch)})`);
    // Timed apart from the sides above: the kept results would be a larger heap under them too.
    const [smallAlive, largeAgain] = costsPerEvent([simulations(10, policy, 50, { environment: cluster(1, 110), keepAliveEvents: large.events }), large]);
    lines.push(`${name} the same with the 10-replica runs' results kept alive until they hold as many events as one large run: ${(largeAgain / smallAlive).toFixed(2)}x  (${microseconds(largeAgain)} vs ${microseconds(smallAlive)})`);
    lines.push(`${name} CPU cost per event, 10,000 replicas on 100 nodes vs the same without nodes: ${(largeCost / bareCost).toFixed(2)}x   (what the scheduler adds)`);
    lines.push(`${name} ${growth(policy, small)}`);
  }
  return lines;
}

/** Sizes of the growth line: replicas, and nodes of 110 pods each. */
const GROWTH: readonly (readonly [replicas: number, nodes: number])[] = [[100, 1], [1_000, 10], [3_000, 30], [10_000, 100]];

/**
 * The cost per event as a run grows, its events kept, against 10 replicas on 1 node. It does not
 * climb with the replicas; it steps up once a run outlives V8's young generation. Up to 1,000
 * replicas (24,000 events, a few MB) a run's events and pods die young, as a 10-replica run's do;
 * from 3,000 they are copied out of it, promoted and marked again by each major collection of a
 * growing heap. In December 2026 (four runs): 100 replicas 0.77-0.82x, 1,000 0.74-1.11x, 3,000
 * 1.49-2.06x, 10,000 2.20-2.63x. The step is the young generation's edge: with a 64 MB semi-space
 * (node --max-semi-space-size=64, for the experiment only) 3,000 replicas cost 0.97 µs per event
 * against 1.89 µs.
 */
function growth(policy: string, small: Simulations): string {
  const sides = [small, ...GROWTH.map(([replicas, nodes]) => simulations(replicas, policy, Math.max(1, 1_000 / replicas), { environment: cluster(nodes, 110) }))];
  const [base, ...costs] = costsPerEvent(sides);
  const sizes = GROWTH.map(([replicas, nodes], i) => `${replicas.toLocaleString('en-US')} on ${nodes} ${(costs[i] / base).toFixed(2)}x`);
  return `cost per event as the run grows, events kept (10 replicas on 1 node = 1): ${sizes.join(', ')}`;
}

export function benchSimulator(): string[] {
  const lines: string[] = [];
  for (const policy of ['OrderedReady', 'Parallel']) {
    // Each sample lasts tens of ms: 100 runs of 10 replicas, 10 of 100, one of 1,000.
    const sides = [10, 100, 1000].map((n) => ({ n, ...simulations(n, policy, 1000 / n) }));
    const costs = costsPerEvent(sides);
    sides.forEach((s, i) => {
      const rate = Math.round(1000 / costs[i]).toLocaleString('en-US');
      lines.push(`${policy.padEnd(12)} ${String(s.n).padStart(5)} replicas (create, rolling update, delete a pod, scale to 1): ${s.events} events in ${(costs[i] * s.events).toFixed(1)} ms = ${rate} events/s`);
    });
    lines.push(`${policy.padEnd(12)} cost per event at 1,000 replicas vs 10: ${(costs[2] / costs[0]).toFixed(2)}x   (linear scaling keeps this near or below 1)`);
  }
  return lines;
}
