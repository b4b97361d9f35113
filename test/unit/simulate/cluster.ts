// Scenario helpers for the simulated cluster: nodes, budgets and a StorageClass given in their script
// form (through the script's environment parser, so a typo fails loudly), and a trace that shows
// the cluster's events with their node, zone or message.
import type { SimBudget, SimInput } from '../../../src/core/simulate/input';
import { toEnvironment } from '../../../src/core/simulate/scriptEnvironment';
import { simulate } from '../../../src/core/simulate/simulate';
import type { Script, SimEvent, SimResult } from '../../../src/core/simulate/types';
import * as assert from 'node:assert/strict';
import type { World } from '../../../src/core/simulate/world';
import { assertInvariants } from './invariants';
import { NGINX, toEngineSteps, webManifest, type ScriptStep } from './scenario';

export interface ClusterOptions {
  readonly environment?: Record<string, unknown>;
  readonly manifest?: Record<string, unknown>;
  readonly budgets?: readonly SimBudget[];
  readonly recordStates?: boolean;
}

/** Runs the steps on `nodes` (the script's `environment.nodes`), checking the invariants after every event. */
/** The input and script runOn simulates, for callers that run them another way (the panel's plan). */
export function clusterInput(nodes: readonly unknown[], steps: readonly ScriptStep[], options: ClusterOptions = {}): { input: SimInput; script: Script } {
  const environment = toEnvironment({ nodes, ...options.environment });
  if ('error' in environment) throw new Error(environment.error);
  const input: SimInput = { manifest: options.manifest ?? webManifest(), service: NGINX, ...(options.budgets ? { budgets: options.budgets } : {}) };
  return { input, script: { environment: environment.value, steps: toEngineSteps(steps) } };
}

export function runOn(nodes: readonly unknown[], steps: readonly ScriptStep[], options: ClusterOptions = {}): SimResult {
  const { input, script } = clusterInput(nodes, steps, options);
  return simulate(input, script, {
    recordStates: options.recordStates,
    observe: (world) => {
      assertInvariants(world);
      assertClusterInvariants(world);
    },
  });
}

/** `n` nodes `node-a`, `node-b`, … spread over `zones` in turn, with `capacity`. */
export function nodes(n: number, zones: readonly string[] = [], capacity: Record<string, unknown> = {}): Record<string, unknown>[] {
  return Array.from({ length: n }, (_, i) => ({
    name: `node-${String.fromCharCode(97 + i)}`,
    ...(zones.length > 0 ? { zone: zones[i % zones.length] } : {}),
    capacity,
  }));
}

const SHOWN = new Set([
  'PodCreated', 'PodScheduled', 'FailedScheduling', 'PodReady', 'PodNotReady', 'PodTerminating', 'PodDeleted', 'PVCBound', 'PVCPending',
  'PVCZoneBound', 'PVCDeleted', 'NodeNotReady', 'NodeReady', 'EvictionRefused', 'PodEvicted', 'Blocked', 'StepStarted',
]);

function detail(e: SimEvent): string {
  if (e.type === 'PodScheduled' || e.type === 'PodEvicted') return ` ${e.node}`;
  if (e.type === 'PVCZoneBound') return ` ${e.zone}`;
  if (e.type === 'FailedScheduling' || e.type === 'EvictionRefused' || e.type === 'Blocked') return `: ${e.message}`;
  if (e.type === 'PodTerminating' || e.type === 'PodNotReady' || e.type === 'PodDeleted') return e.reason ? ` (${e.reason})` : '';
  if (e.type === 'StepStarted') return ` ${e.object}`;
  return '';
}

/** One line per cluster-relevant event: `time Type object detail`. */
export function clusterTrace(result: SimResult, from = 0): string[] {
  return result.events.filter((e) => SHOWN.has(e.type) && e.time >= from).map((e) => `${e.time} ${e.type} ${e.type === 'StepStarted' ? '' : e.object}${detail(e)}`.replace('  ', ' '));
}

/** The cluster's own invariants, after every event: the node indexes agree with the pods, and no node holds more than it can. */
export function assertClusterInvariants(world: World): void {
  const cluster = world.cluster;
  if (!cluster) return;
  const event = world.events[world.events.length - 1];
  const at = `after event ${world.events.length - 1} (${event.time} ${event.type} ${event.object})`;
  for (const node of cluster.nodes) {
    const { pods, cpu } = node.spec.capacity;
    assert.ok(pods === undefined || node.pods.size <= pods, `${node.spec.name} holds ${node.pods.size} pods, ${at}`);
    assert.ok(cpu === undefined || node.cpu <= cpu + 1e-9, `${node.spec.name} is over its cpu, ${at}`);
    for (const name of node.pods.keys()) assert.equal(world.pods.get(name)?.node, node.spec.name, `${name} on ${node.spec.name}, ${at}`);
  }
  for (const pod of world.pods.values()) {
    if (pod.node !== null) assert.ok(cluster.node(pod.node)?.pods.has(pod.name), `${pod.name} is not in its node's pods, ${at}`);
  }
}
