// The simulated cluster: pods, claims, revisions, a virtual clock with timers, and the event log.
// Everything that changes state goes through a method here, which records the event.
import { t } from '../l10n/messages';
import type { SimService } from './input';
import { Heap, OrdinalSet } from './ordinalSet';
import type { EffectiveSpec } from './spec';
import type { Environment, EventType, Outcome, PodStatus, SimEvent } from './types';

export interface Pod {
  readonly name: string;
  readonly ordinal: number;
  readonly revision: string;
  readonly createdAt: number;
  /** Bumped on each (re)creation, so timers of a previous incarnation are ignored. */
  readonly incarnation: number;
  phase: 'Pending' | 'Running' | 'Failed';
  status: PodStatus;
  ready: boolean;
  available: boolean;
  terminating: boolean;
  ip: string | null;
  restarts: number;
  readinessFailing: boolean;
  published: boolean;
  reason?: string;
}

export interface Pvc {
  readonly name: string;
  readonly claimTemplate: string;
  readonly pod: string;
  readonly ordinal: number;
  phase: 'Pending' | 'Bound';
  volume: string | null;
  owners: string[];
  reason?: string;
}

export interface Revision {
  readonly name: string;
  readonly template: unknown;
  readonly number: number;
}

export type TimerKind = 'start' | 'ready' | 'available' | 'gone';

interface Timer {
  readonly time: number;
  readonly seq: number;
  readonly kind: TimerKind;
  readonly pod: string;
  readonly incarnation: number;
}

export const NO_STORAGE_CLASS = 'no persistent volumes available for this claim and no storage class is set';

export class World {
  time = 0;
  manifest: unknown;
  spec!: EffectiveSpec;
  applied = false;
  deleted = false;
  readonly pods = new Map<string, Pod>();
  readonly pvcs = new Map<string, Pvc>();
  readonly revisions: Revision[] = [];
  currentRevision = '';
  updateRevision = '';
  /** status.currentReplicas as last written (newVersionedStatefulSetPod reads it). */
  currentReplicas = 0;
  /** Image -> what running it does (setImage's outcome); images not listed are fine. */
  readonly outcomes = new Map<string, Outcome>();
  readonly events: SimEvent[] = [];
  readonly #timers = new Heap<Timer>((a, b) => a.time < b.time || (a.time === b.time && a.seq < b.seq));
  /** Pods by ordinal. */
  readonly byOrdinal = new Map<number, Pod>();
  // Indexes the controller reads on every sync, kept current by refresh() (see ordinalSet.ts).
  /** In-range ordinals whose pod is missing or not healthy (Running, Ready, available, not terminating). */
  readonly unhealthy = new OrdinalSet();
  /** In-range ordinals with no pod. */
  readonly missing = new OrdinalSet();
  /** In-range ordinals whose pod failed and is not being deleted yet. */
  readonly failed = new OrdinalSet();
  /** Ordinals of pods outside the range (scale-down candidates). */
  readonly condemned = new OrdinalSet();
  /** In-range ordinals of pods, not terminating, whose revision is not the update revision. */
  readonly outdated = new OrdinalSet();
  readyCount = 0;
  availableCount = 0;
  /** Non-terminating pods per revision. */
  readonly revisionCounts = new Map<string, number>();
  readonly #counted = new Map<number, { ready: boolean; available: boolean; revision: string | null }>();
  #seq = 0;
  #ipCount = 0;
  #incarnations = 0;
  lastBlock = '';

  constructor(
    readonly env: Environment,
    readonly service: SimService | undefined,
    readonly onEvent: (world: World) => void,
  ) {}

  emit(type: EventType, object: string, extra: Omit<SimEvent, 'time' | 'type' | 'object'> = {}): void {
    this.events.push({ time: this.time, type, object, ...extra });
    this.onEvent(this);
  }

  schedule(delay: number, kind: TimerKind, pod: Pod): void {
    this.#timers.push({ time: this.time + delay, seq: this.#seq++, kind, pod: pod.name, incarnation: pod.incarnation });
  }

  nextTimerTime(): number | undefined {
    return this.#timers.peek()?.time;
  }

  /** Removes and returns the timers due now whose pod incarnation still exists. */
  takeDueTimers(): Array<{ kind: TimerKind; pod: Pod }> {
    const due: Array<{ kind: TimerKind; pod: Pod }> = [];
    while (this.#timers.size > 0 && this.#timers.peek()!.time <= this.time) {
      const timer = this.#timers.pop()!;
      const pod = this.pods.get(timer.pod);
      if (pod && pod.incarnation === timer.incarnation) due.push({ kind: timer.kind, pod });
    }
    return due;
  }

  nextIp(): string {
    const n = this.#ipCount++;
    return `10.244.${Math.floor(n / 250) % 256}.${(n % 250) + 2}`;
  }

  podName(ordinal: number): string {
    return `${this.spec.name}-${ordinal}`;
  }

  claimName(template: string, ordinal: number): string {
    return `${template}-${this.spec.name}-${ordinal}`;
  }

  newPod(ordinal: number, revision: string): Pod {
    const pod: Pod = {
      name: this.podName(ordinal), ordinal, revision, createdAt: this.time, incarnation: ++this.#incarnations,
      phase: 'Pending', status: 'Pending', ready: false, available: false, terminating: false, ip: null,
      restarts: 0, readinessFailing: false, published: false,
    };
    this.pods.set(pod.name, pod);
    this.byOrdinal.set(ordinal, pod);
    this.refresh(ordinal);
    return pod;
  }

  removePod(pod: Pod): void {
    this.pods.delete(pod.name);
    this.byOrdinal.delete(pod.ordinal);
    this.refresh(pod.ordinal);
  }

  inRange(ordinal: number): boolean {
    return ordinal >= this.spec.startOrdinal && ordinal < this.spec.startOrdinal + this.spec.replicas;
  }

  /** Brings the indexes and counters up to date for one ordinal, after its pod changed. */
  refresh(ordinal: number): void {
    const pod = this.byOrdinal.get(ordinal);
    const inRange = this.inRange(ordinal);
    const healthy = pod !== undefined && pod.phase === 'Running' && pod.ready && pod.available && !pod.terminating;
    this.unhealthy.set(ordinal, inRange && !healthy);
    this.missing.set(ordinal, inRange && pod === undefined);
    this.failed.set(ordinal, inRange && pod !== undefined && pod.phase === 'Failed' && !pod.terminating);
    this.condemned.set(ordinal, !inRange && pod !== undefined);
    this.outdated.set(ordinal, inRange && pod !== undefined && !pod.terminating && pod.revision !== this.updateRevision);
    const before = this.#counted.get(ordinal);
    const now = pod && { ready: pod.phase === 'Running' && pod.ready, available: pod.ready && pod.available, revision: pod.terminating ? null : pod.revision };
    if (before) this.#count(before, -1);
    if (now) this.#count(now, 1);
    if (now) this.#counted.set(ordinal, now);
    else this.#counted.delete(ordinal);
  }

  #count(entry: { ready: boolean; available: boolean; revision: string | null }, by: number): void {
    if (entry.ready) this.readyCount += by;
    if (entry.available) this.availableCount += by;
    if (entry.revision !== null) this.revisionCounts.set(entry.revision, (this.revisionCounts.get(entry.revision) ?? 0) + by);
  }

  /** Rebuilds every index: after a spec change (replicas, ordinals) or a new update revision. */
  rebuild(): void {
    for (const set of [this.unhealthy, this.missing, this.failed, this.condemned, this.outdated]) set.clear();
    const { startOrdinal, replicas } = this.spec;
    for (let ordinal = startOrdinal; ordinal < startOrdinal + replicas; ordinal++) this.refresh(ordinal);
    for (const ordinal of this.byOrdinal.keys()) this.refresh(ordinal);
  }

  /** The pod's per-pod DNS name, or null when no headless Service governs the pods. */
  dnsName(pod: Pod): string | null {
    const service = this.service;
    if (!service?.governs) return null;
    return `${pod.name}.${service.name}.${service.namespace}.svc.${this.env.clusterDomain}`;
  }

  /** The pod a DNS event names (by its DNS name, or by its name when it has none). */
  podOfDnsName(name: string): Pod | undefined {
    const service = this.service;
    const suffix = service?.governs ? `.${service.name}.${service.namespace}.svc.${this.env.clusterDomain}` : undefined;
    return this.pods.get(suffix !== undefined && name.endsWith(suffix) ? name.slice(0, -suffix.length) : name);
  }

  /** Publishes or withdraws the pod's DNS record to match its state (Ready, or any IP with publishNotReadyAddresses). */
  syncDns(pod: Pod): void {
    const name = this.dnsName(pod);
    const wanted = name !== null && pod.ip !== null && !pod.terminating && pod.phase !== 'Failed' && (pod.ready || this.service!.publishNotReadyAddresses);
    if (wanted === pod.published) return;
    pod.published = wanted;
    if (wanted) this.emit('DNSRecordAdded', name!, { ip: pod.ip!, message: `${name} -> ${pod.ip}` });
    else this.emit('DNSRecordRemoved', name ?? pod.name, { ip: pod.ip ?? undefined, message: t('sim.dns.removed', String(name)) });
  }

  claimsOf(pod: Pod): Pvc[] {
    return this.spec.claimTemplates.map((template) => this.pvcs.get(this.claimName(template.name, pod.ordinal))).filter((p): p is Pvc => p !== undefined);
  }

  deletePvc(pvc: Pvc, why: string): void {
    this.pvcs.delete(pvc.name);
    this.emit('PVCDeleted', pvc.name, { reason: 'GarbageCollector', message: why });
  }
}
