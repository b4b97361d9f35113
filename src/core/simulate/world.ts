// The simulated cluster's store (the apiserver and etcd of this model): pods, claims, revisions, a
// virtual clock with timers, and the event log. Every pod change goes through updatePod and every
// claim change through updatePvc, which keep the indexes and status counters the controller reads
// right; the controller, kubelet, volume provisioner and garbage collector only ask for changes.
import { flat } from './flatText';
import type { SimBudget, SimService } from './input';
import { Cluster } from './nodes';
import { OrdinalMap } from './ordinalMap';
import { Heap, OrdinalSet } from './ordinalSet';
import { getPersistentVolumeClaimName, getPodName, isHealthy, isRunningAndReady, podInOrdinalRange } from './statefulSetUtils';
import type { Pod, PodFields, Pvc, PvcFields } from './objects';
import type { EffectiveSpec } from './spec';
import type { Environment, Outcome, SimEvent } from './types';

export type { Pod, PodFields, Pvc, PvcFields };

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

export interface Revision {
  readonly name: string;
  readonly template: unknown;
  readonly number: number;
}

export type TimerKind = 'start' | 'ready' | 'available' | 'gone';

interface Timer {
  readonly time: number;
  readonly seq: number;
  readonly kind: TimerKind | 'call';
  /** The pod's ordinal (-1 for a call): timers find their pod by it, as its incarnation tells whether it is still the same pod. */
  readonly ordinal: number;
  readonly incarnation: number;
  /** A call timer (node lifecycle, drain retries): what to run, bound to no pod; null once cancelled. */
  readonly call?: { run: (() => void) | null };
}

/** What one ordinal's pod adds to the counters (readyCount, availableCount, budgetHealthyCount, revisionCounts). */
interface Counted {
  ready: boolean;
  available: boolean;
  healthyForBudget: boolean;
  revision: string | null;
}

/** A timer due now: a pod's (the kubelet's), or a call of the cluster around it. */
export type DueTimer = { readonly kind: TimerKind; readonly pod: Pod } | { readonly kind: 'call'; readonly run: () => void };

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
  /** Every event so far, unless the simulation streams them (`keepEvents: false`). */
  readonly events: SimEvent[] = [];
  /** The event just emitted (what `observe` callbacks read), kept or not. */
  lastEvent: SimEvent | undefined;
  /** Events emitted so far, kept or not (the event budget counts these). */
  eventCount = 0;
  readonly #timers = new Heap<Timer>((a, b) => a.time < b.time || (a.time === b.time && a.seq < b.seq));
  /** Pods by ordinal. */
  readonly byOrdinal = new OrdinalMap<Pod>();
  // Indexes the controller reads on every sync, kept current by refresh() (see ordinalSet.ts).
  /** In-range ordinals whose pod is missing or not healthy (Running, Ready, available, not terminating). */
  readonly unhealthy = new OrdinalSet();
  /** In-range ordinals whose pod is Running, Ready and not terminating, but not yet available (minReadySeconds). */
  readonly readyNotAvailable = new OrdinalSet();
  /** In-range ordinals with no pod. */
  readonly missing = new OrdinalSet();
  /** In-range ordinals whose pod failed and is not being deleted yet. */
  readonly failed = new OrdinalSet();
  /** Ordinals of pods outside the range (scale-down candidates). */
  readonly condemned = new OrdinalSet();
  /**
   * Ordinals of pods (in range, and condemned) whose claims' owner references the controller has
   * to check against the retention policy when its sync reaches them (marked on every spec change;
   * a sync that checks one clears it), so a sync does not look at every claim.
   */
  readonly claimOwnersToCheck = new OrdinalSet();
  readonly condemnedClaimOwnersToCheck = new OrdinalSet();
  /** Pods gone whose claims the garbage collector has yet to look at (it acts after the controller's sync). */
  readonly goneForCollection: Pod[] = [];
  /** In-range ordinals of pods, not terminating, whose revision is not the update revision. */
  readonly outdated = new OrdinalSet();
  readyCount = 0;
  availableCount = 0;
  /** Pods Ready and not terminating (the disruption controller's countHealthyPods). */
  budgetHealthyCount = 0;
  /** Pods per revision, terminating ones included (truncateHistory keeps these revisions). */
  readonly podsAtRevision = new Map<string, number>();
  /** Revisions truncateHistory deleted (a template seen again gets a new revision). */
  readonly prunedRevisions = new Set<string>();
  /** Non-terminating pods per revision. */
  readonly revisionCounts = new Map<string, number>();
  readonly #counted = new OrdinalMap<Counted>();
  #seq = 0;
  #ipCount = 0;
  #incarnations = 0;
  lastBlock = '';
  /** The nodes of `environment.nodes`; null with none given (one implicit node, no scheduling events). */
  readonly cluster: Cluster | null;
  /** The PodDisruptionBudgets that select the set's pods (disruptionBudget.ts). */
  budgets: readonly SimBudget[] = [];
  /**
   * What follows a pod's name in its DNS name (`.nginx.default.svc.cluster.local`), or null when no
   * headless Service governs the pods (dns.ts). Built once: a DNS name built from its five parts
   * per event was a chain of five concatenated strings, kept in the event.
   */
  readonly podDnsSuffix: string | null;
  #calls = 0;

  constructor(
    readonly env: Environment,
    readonly service: SimService | undefined,
    readonly onEvent: (world: World) => void,
    /** false: events are not kept in `events`, only passed on (a streaming caller's memory stays that of the pods). */
    readonly keepEvents = true,
  ) {
    this.cluster = env.nodes.length > 0 ? new Cluster(env.nodes) : null;
    this.podDnsSuffix = service?.governs ? `.${service.name}.${service.namespace}.svc.${env.clusterDomain}` : null;
  }

  /**
   * Records an event, written whole at the call site as one object literal (`{ time: world.time,
   * type, object, ...its fields }`, in the order the JSON shows them). A literal keeps every field
   * in the object itself; spreading the fields into `{ time, type, object }` had added them to a
   * separate property array and made an extra object per event (187 bytes kept per event at 10,000
   * replicas, 166 since).
   */
  emit(event: SimEvent): void {
    this.lastEvent = event;
    this.eventCount++;
    if (this.keepEvents) this.events.push(event);
    this.onEvent(this);
  }

  schedule(delay: number, kind: TimerKind, pod: Pod): void {
    // `call` undefined rather than absent: pod and call timers share one hidden class in the heap.
    this.#timers.push({ time: this.time + delay, seq: this.#seq++, kind, ordinal: pod.ordinal, incarnation: pod.incarnation, call: undefined });
  }

  /** Runs `run` after `delay` seconds, on the same clock as the pods' timers; returns how to cancel it. */
  scheduleCall(delay: number, run: () => void): () => void {
    this.#calls++;
    const call: { run: (() => void) | null } = { run };
    this.#timers.push({ time: this.time + delay, seq: this.#seq++, kind: 'call', ordinal: -1, incarnation: 0, call });
    return () => {
      call.run = null;
    };
  }

  /** When the next timer is due; a cancelled call is dropped, so it never holds up a step. */
  nextTimerTime(): number | undefined {
    while (this.#timers.peek()?.call?.run === null) {
      this.#timers.pop();
      this.#calls--;
    }
    return this.#timers.peek()?.time;
  }

  /** Whether anything but call timers is still to come (a drain retry needs something that can change). */
  hasPodTimers(): boolean {
    return this.#timers.size > this.#calls;
  }

  /** Removes and returns the timers due now: calls, and pod timers whose pod incarnation still exists. */
  takeDueTimers(): DueTimer[] {
    const due: DueTimer[] = [];
    while (this.#timers.size > 0 && this.#timers.peek()!.time <= this.time) {
      const timer = this.#timers.pop()!;
      if (timer.call) {
        this.#calls--;
        if (timer.call.run) due.push({ kind: 'call', run: timer.call.run });
        continue;
      }
      const pod = this.byOrdinal.get(timer.ordinal);
      if (pod && pod.incarnation === timer.incarnation && timer.kind !== 'call') due.push({ kind: timer.kind, pod });
    }
    return due;
  }

  nextIp(): string {
    const n = this.#ipCount++;
    return flat`10.244.${Math.floor(n / 250) % 256}.${(n % 250) + 2}`;
  }

  /**
   * Stores a new pod (a new incarnation of its ordinal) at `revision`, Pending. Every field is set
   * here, the optional ones undefined: a field added later would give the pod another hidden class,
   * and the code reading pods would see several (slower property access, more memory per pod).
   */
  addPod(ordinal: number, revision: string): Pod {
    const pod: Pod = {
      name: getPodName(this.spec.name, ordinal), ordinal, revision, createdAt: this.time, incarnation: ++this.#incarnations,
      phase: 'Pending', status: 'Pending', ready: false, available: false, terminating: false, ip: null,
      restarts: 0, readinessFailing: false, published: false, reason: undefined, node: null, unschedulable: undefined,
    };
    this.pods.set(pod.name, pod);
    this.byOrdinal.set(ordinal, pod);
    this.podsAtRevision.set(revision, (this.podsAtRevision.get(revision) ?? 0) + 1);
    this.refresh(ordinal);
    return pod;
  }

  /**
   * The one way a pod changes: applies the patch and keeps the indexes and counters right. Only
   * phase, ready, available and terminating feed them (revision never changes on a pod), so a
   * patch of other fields skips the refresh.
   */
  updatePod(pod: Pod, patch: Partial<PodFields>): void {
    Object.assign(pod as Mutable<Pod>, patch);
    if (patch.terminating) this.cluster?.markTerminating(pod.ordinal);
    if ('phase' in patch || 'ready' in patch || 'available' in patch || 'terminating' in patch) this.refresh(pod.ordinal);
  }

  removePod(pod: Pod): void {
    this.cluster?.release(pod.name, pod.ordinal);
    this.pods.delete(pod.name);
    this.byOrdinal.delete(pod.ordinal);
    this.podsAtRevision.set(pod.revision, (this.podsAtRevision.get(pod.revision) ?? 1) - 1);
    this.refresh(pod.ordinal);
  }

  addPvc(pvc: Pvc): void {
    this.pvcs.set(pvc.name, pvc);
  }

  /** The one way a claim changes. */
  updatePvc(pvc: Pvc, patch: Partial<PvcFields>): void {
    Object.assign(pvc as Mutable<Pvc>, patch);
  }

  removePvc(pvc: Pvc): void {
    this.pvcs.delete(pvc.name);
  }

  inRange(ordinal: number): boolean {
    return podInOrdinalRange(this.spec, ordinal);
  }

  /** Brings the indexes and counters up to date for one ordinal, after its pod changed. */
  refresh(ordinal: number): void {
    const pod = this.byOrdinal.get(ordinal);
    const inRange = this.inRange(ordinal);
    const healthy = isHealthy(pod);
    this.unhealthy.set(ordinal, inRange && !healthy);
    this.missing.set(ordinal, inRange && pod === undefined);
    this.readyNotAvailable.set(ordinal, inRange && pod !== undefined && isRunningAndReady(pod) && !pod.terminating && !pod.available);
    this.failed.set(ordinal, inRange && pod !== undefined && pod.phase === 'Failed' && !pod.terminating);
    this.condemned.set(ordinal, !inRange && pod !== undefined);
    this.outdated.set(ordinal, inRange && pod !== undefined && !pod.terminating && pod.revision !== this.updateRevision);
    if (pod === undefined) this.#setClaimCheck(ordinal, false);
    this.#recount(ordinal, pod);
  }

  /** Moves the ordinal's contribution to the counters from what it was to what its pod is now, reusing its entry (no garbage per change). */
  #recount(ordinal: number, pod: Pod | undefined): void {
    let entry = this.#counted.get(ordinal);
    if (entry) this.#count(entry, -1);
    if (!pod) {
      this.#counted.delete(ordinal);
      return;
    }
    if (!entry) this.#counted.set(ordinal, (entry = { ready: false, available: false, healthyForBudget: false, revision: null }));
    entry.ready = isRunningAndReady(pod);
    entry.available = pod.ready && pod.available;
    entry.healthyForBudget = pod.ready && !pod.terminating;
    entry.revision = pod.terminating ? null : pod.revision;
    this.#count(entry, 1);
  }

  #count(entry: Counted, by: number): void {
    if (entry.ready) this.readyCount += by;
    if (entry.available) this.availableCount += by;
    if (entry.healthyForBudget) this.budgetHealthyCount += by;
    if (entry.revision !== null) this.revisionCounts.set(entry.revision, (this.revisionCounts.get(entry.revision) ?? 0) + by);
  }

  #setClaimCheck(ordinal: number, member: boolean): void {
    const inRange = member && this.inRange(ordinal);
    this.claimOwnersToCheck.set(ordinal, inRange);
    this.condemnedClaimOwnersToCheck.set(ordinal, member && !inRange);
  }

  /** Rebuilds every index: after a spec change (replicas, ordinals, retention policy) or a new update revision. */
  rebuild(): void {
    for (const set of [this.unhealthy, this.readyNotAvailable, this.missing, this.failed, this.condemned, this.outdated]) set.clear();
    const { startOrdinal, replicas } = this.spec;
    for (let ordinal = startOrdinal; ordinal < startOrdinal + replicas; ordinal++) this.refresh(ordinal);
    for (const { ordinal } of this.byOrdinal.values()) {
      this.refresh(ordinal);
      this.#setClaimCheck(ordinal, true);
    }
  }

  /**
   * claimsOf for an ordinal, whether or not it has a pod. The array is sized for every template
   * and cut to the claims found: pushing into an empty array gave it room for 17 (a 150-byte store
   * per look-up, the simulator's largest garbage after its messages).
   */
  claimsAt(ordinal: number): Pvc[] {
    const templates = this.spec.claimTemplates;
    const claims = new Array<Pvc>(templates.length);
    let found = 0;
    for (const template of templates) {
      const pvc = this.pvcs.get(getPersistentVolumeClaimName(this.spec.name, template.name, ordinal));
      if (pvc) claims[found++] = pvc;
    }
    claims.length = found;
    return claims;
  }

  claimsOf(pod: Pod): Pvc[] {
    return this.claimsAt(pod.ordinal);
  }
}
