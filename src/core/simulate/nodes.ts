// The simulated cluster's nodes (script `environment.nodes`), kept beside the store: which pods
// are bound where, what they request, and how many pods each topology domain holds. The counters
// change with each bind, termination and removal, so the scheduler answers "how many pods in zone
// a" in O(1) and a scheduling attempt costs O(nodes), never O(nodes × pods).
import { OrdinalMap } from './ordinalMap';
import type { NodeSpec, NodeState } from './types';

export const HOSTNAME_KEY = 'kubernetes.io/hostname';
export const ZONE_KEY = 'topology.kubernetes.io/zone';

export interface SimNode {
  readonly spec: NodeSpec;
  /** Its place in `Cluster.nodes`. */
  readonly index: number;
  /** The node's labels as the scheduler sees them: its own, hostname and zone. */
  readonly labels: ReadonlyMap<string, string>;
  /** Label key → the index of its topology domain (`key=value`) in the cluster's counters: no string is built per lookup. */
  readonly domains: ReadonlyMap<string, number>;
  /** The same domain indexes as a list: every bind, termination and release counts them, and a Map's iterator is an object per walk. */
  readonly domainIndexes: readonly number[];
  readonly ready: boolean;
  readonly cordoned: boolean;
  readonly outOfService: boolean;
  /** Cancels the taint eviction that tolerationSeconds after NotReady would bring (restoreNode). */
  cancelEviction: () => void;
  /** Pod name → ordinal, of the pods bound to it. */
  readonly pods: Map<string, number>;
  cpu: number;
  memory: number;
}

interface Binding {
  readonly pod: string;
  readonly node: SimNode;
  readonly cpu: number;
  readonly memory: number;
  live: boolean;
}

function labelsOf(spec: NodeSpec): Map<string, string> {
  const labels = new Map(Object.entries(spec.labels));
  labels.set(HOSTNAME_KEY, spec.name);
  if (spec.zone !== null) labels.set(ZONE_KEY, spec.zone);
  return labels;
}

export class Cluster {
  readonly nodes: readonly SimNode[];
  readonly #byName: Map<string, SimNode>;
  readonly #byZone = new Map<string, SimNode[]>();
  /** Pods bound in each topology domain (`key=value` of a node label), by domain index: all, and those not terminating. */
  readonly #all: number[];
  readonly #live: number[];
  /** By the pod's ordinal (one pod per ordinal at a time): a Map keyed by 10,000 pod names was a scattered probe per bind, termination and release. */
  readonly #bindings = new OrdinalMap<Binding>();
  /** Pods the scheduler could not place, retried when the cluster changes. */
  readonly unschedulable = new Set<string>();
  /** Something changed that may let an unschedulable pod fit (a pod left, a node came back). */
  changed = false;
  /** Counts every change a node's state (NodeState) may show: its pods, ready, cordoned, out of service. */
  version = 0;
  /** Each node's NodeState as last built, undefined once the node changed: states() rebuilds only those. */
  readonly #states: (NodeState | undefined)[];
  /** The distinct zones in node order, for Immediate volume binding's round robin. */
  readonly zones: readonly string[];
  #nextZone = 0;

  constructor(specs: readonly NodeSpec[]) {
    const index = new Map<string, number>();
    const domainOf = (key: string, value: string) => {
      const name = `${key}\0${value}`;
      if (!index.has(name)) index.set(name, index.size);
      return index.get(name)!;
    };
    this.nodes = specs.map((spec, index) => {
      const labels = labelsOf(spec);
      const domains = new Map([...labels].map(([key, value]) => [key, domainOf(key, value)]));
      return { spec, index, labels, domains, domainIndexes: [...domains.values()], ready: true, cordoned: false, outOfService: false, cancelEviction: () => {}, pods: new Map(), cpu: 0, memory: 0 };
    });
    this.#states = new Array<NodeState | undefined>(this.nodes.length);
    this.#all = new Array<number>(index.size).fill(0);
    this.#live = new Array<number>(index.size).fill(0);
    this.#byName = new Map(this.nodes.map((node) => [node.spec.name, node]));
    for (const node of this.nodes) if (node.spec.zone !== null) this.#byZone.set(node.spec.zone, [...(this.#byZone.get(node.spec.zone) ?? []), node]);
    this.zones = [...new Set(specs.map((spec) => spec.zone).filter((zone): zone is string => zone !== null))];
  }

  /** The nodes of a zone, in node order (a bound volume's pod can only go there). */
  nodesInZone(zone: string): readonly SimNode[] {
    return this.#byZone.get(zone) ?? [];
  }

  node(name: string): SimNode | undefined {
    return this.#byName.get(name);
  }

  /** Pods bound in the node's domain of `key` (0 when the node has no such label); `live` leaves out terminating pods. */
  countIn(node: SimNode, key: string, live: boolean): number {
    const domain = node.domains.get(key);
    if (domain === undefined) return 0;
    return (live ? this.#live : this.#all)[domain];
  }

  bind(pod: string, ordinal: number, node: SimNode, requests: { cpu: number; memory: number }): void {
    this.#bindings.set(ordinal, { pod, node, cpu: requests.cpu, memory: requests.memory, live: true });
    node.pods.set(pod, ordinal);
    this.#touch(node);
    node.cpu += requests.cpu;
    node.memory += requests.memory;
    this.#countDomains(node, this.#all, 1);
    this.#countDomains(node, this.#live, 1);
  }

  /** The pod is terminating: topology spread stops counting it (anti-affinity still does). */
  markTerminating(ordinal: number): void {
    const binding = this.#bindings.get(ordinal);
    if (!binding?.live) return;
    binding.live = false;
    this.#countDomains(binding.node, this.#live, -1);
    this.changed = true;
  }

  /** The pod object is gone: its node's resources and domains are free again. */
  release(pod: string, ordinal: number): void {
    this.unschedulable.delete(pod);
    const binding = this.#bindings.get(ordinal);
    if (!binding) return;
    this.#bindings.delete(ordinal);
    const { node } = binding;
    node.pods.delete(binding.pod);
    this.#touch(node);
    node.cpu -= binding.cpu;
    node.memory -= binding.memory;
    this.#countDomains(node, this.#all, -1);
    if (binding.live) this.#countDomains(node, this.#live, -1);
    this.changed = true;
  }

  #countDomains(node: SimNode, counts: number[], by: number): void {
    for (const domain of node.domainIndexes) counts[domain] += by;
  }

  /** Immediate binding's zone for the next claim: the zones in turn (deterministic), null without zones. */
  nextZone(): string | null {
    if (this.zones.length === 0) return null;
    return this.zones[this.#nextZone++ % this.zones.length];
  }

  /** The one way a node's own state changes (node lifecycle, cordon, drain). */
  updateNode(node: SimNode, patch: Partial<Pick<SimNode, 'ready' | 'cordoned' | 'outOfService'>>): void {
    Object.assign(node, patch);
    this.#touch(node);
  }

  #touch(node: SimNode): void {
    this.#states[node.index] = undefined;
    this.version++;
  }

  /** Every node's state; a node that did not change since the last call keeps the same object (planRollout compares by identity). */
  states(): NodeState[] {
    return this.nodes.map((node) => (this.#states[node.index] ??= toNodeState(node)));
  }
}

function toNodeState(node: SimNode): NodeState {
  return {
    name: node.spec.name,
    zone: node.spec.zone,
    ready: node.ready,
    cordoned: node.cordoned,
    outOfService: node.outOfService,
    pods: [...node.pods].sort((a, b) => a[1] - b[1]).map(([name]) => name),
  };
}

/** Whether the kubelet of the pod's node is there to act on it (false while its node is NotReady). */
export function kubeletRuns(cluster: Cluster | null, pod: { readonly node: string | null }): boolean {
  return cluster === null || pod.node === null || cluster.node(pod.node)?.ready !== false;
}
