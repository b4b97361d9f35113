// The rollout simulator: a virtual clock, the controller's reconcile loop and the kubelet's timers,
// run step by step. Deterministic: no wall clock, no timers, no randomness.
import { t } from '../l10n/messages';
import type { SimInput } from './input';
import { findLimitProblem, MAX_EVENTS } from './limits';
import { collectAfterPod, collectGarbage } from './garbageCollector';
import { runTimer } from './kubelet';
import { retryUnschedulable } from './scheduler';
import { computeStatus, describeStatus, isStatusUnchanged, snapshot } from './snapshot';
import { effectiveSpec } from './spec';
import { updateStatefulSet } from './statefulSetControl';
import { applyStep, describeStep } from './steps';
import type { Script, SimResult, SimState, StatusState, Step } from './types';
import { World } from './world';

export interface SimulateOptions {
  /** Keep the state after every event (tests compare with it; the CLI and the panel stream through `observe` instead). */
  readonly recordStates?: boolean;
  /** Stop after this many events (default MAX_EVENTS, 1,000,000). */
  readonly maxEvents?: number;
  /** Called after each event with the world as it is then (planRollout builds its frames here). */
  readonly observe?: (world: World) => void;
  /**
   * false: `events` comes back empty, each event only passed to `observe` (world.lastEvent). For
   * callers that stream, like the CLI's watch: at 10,000 replicas the kept events are 40 MB, and
   * keeping them is most of what a large run costs per event (bench/simulator.ts).
   */
  readonly keepEvents?: boolean;
}

const MAX_SYNCS_PER_INSTANT = 10_000;
const MAX_TIME = 10_000_000;

class BudgetExceeded extends Error {}

/** The status last written (StatusUpdated is emitted when a sync changes it). */
interface LastStatus {
  status: StatusState | undefined;
}

/** Runs syncs at the current instant until the controller has nothing more to do now. */
function reconcile(world: World, lastStatus: LastStatus): void {
  for (let i = 0; i < MAX_SYNCS_PER_INSTANT; i++) {
    retryUnschedulable(world);
    const result = updateStatefulSet(world);
    if (world.applied && !isStatusUnchanged(world, lastStatus.status)) {
      const status = computeStatus(world);
      lastStatus.status = status;
      world.emit({ time: world.time, type: 'StatusUpdated', object: world.spec.name, revision: status.updateRevision, message: describeStatus(status) });
    }
    if (result.waiting && result.waiting !== world.lastBlock) {
      world.lastBlock = result.waiting;
      world.emit({ time: world.time, type: 'Blocked', object: world.spec.name, reason: 'Waiting', message: result.waiting });
    }
    if (!result.acted) return;
    if (!result.waiting) world.lastBlock = '';
  }
}

/** Advances the clock through the timers until `limit` (or until nothing is left to happen). */
function runUntil(world: World, lastStatus: LastStatus, limit?: number): void {
  for (;;) {
    reconcile(world, lastStatus);
    // The garbage collector takes its turn after the syncs a deletion triggered; what it deletes
    // (a stale claim) may let the controller go on, so the controller syncs again.
    if (collectGarbage(world)) continue;
    const next = world.nextTimerTime();
    if (next === undefined || (limit !== undefined && next > limit)) break;
    if (next > MAX_TIME) throw new BudgetExceeded(t('sim.budget.time', MAX_TIME));
    world.time = next;
    for (const due of world.takeDueTimers()) {
      if (due.kind === 'call') due.run();
      // The garbage collector watches pod deletions: a pod gone may release the claims it owns.
      else if (runTimer(world, due.kind, due.pod)) collectAfterPod(world, due.pod);
    }
  }
  if (limit !== undefined && limit > MAX_TIME) throw new BudgetExceeded(t('sim.budget.time', MAX_TIME));
  if (limit !== undefined && limit > world.time) world.time = limit;
}

/**
 * Runs the script. Input beyond the limits (limits.ts) is refused with a RangeError before any
 * work: callers check findLimitProblem first and show its message.
 */
export function simulate(input: SimInput, script: Script, options: SimulateOptions = {}): SimResult {
  const limit = findLimitProblem(input, script);
  if (limit !== undefined) throw new RangeError(limit);
  const states: SimState[] = [];
  const maxEvents = options.maxEvents ?? MAX_EVENTS;
  const world = new World(script.environment, input.service, (w) => {
    if (options.recordStates) states.push(snapshot(w));
    options.observe?.(w);
    if (w.eventCount >= maxEvents) throw new BudgetExceeded(t('sim.budget.events', maxEvents));
  }, options.keepEvents ?? true);
  world.manifest = input.manifest;
  world.budgets = input.budgets ?? [];
  world.spec = effectiveSpec(input.manifest);
  const lastStatus: LastStatus = { status: undefined };
  let truncated: string | undefined;
  try {
    const steps: readonly Step[] = script.steps[0]?.kind === 'apply' ? script.steps : [{ kind: 'apply', patch: {} }, ...script.steps];
    const offset = steps.length - script.steps.length;
    steps.forEach((step, i) => {
      if (step.at !== undefined && step.at > world.time) runUntil(world, lastStatus, step.at);
      if (i >= offset) world.emit({ time: world.time, type: 'StepStarted', object: step.kind, step: i - offset, message: describeStep(step) });
      const problem = applyStep(world, step, () => runUntil(world, lastStatus));
      if (problem) world.emit({ time: world.time, type: 'Blocked', object: world.spec.name, reason: 'NotFound', message: problem });
      const next = steps[i + 1];
      if (step.kind === 'wait') runUntil(world, lastStatus, world.time + step.seconds);
      else runUntil(world, lastStatus, next?.at);
    });
    world.emit({ time: world.time, type: 'Settled', object: world.spec.name, message: world.deleted ? t('sim.deleted', world.spec.name) : describeStatus(computeStatus(world)) });
  } catch (error) {
    if (!(error instanceof BudgetExceeded)) throw error;
    truncated = error.message;
  }
  return { statefulset: world.spec.name, namespace: world.spec.namespace, events: world.events, states, final: snapshot(world), ...(truncated ? { truncated } : {}) };
}
