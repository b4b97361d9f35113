// What applying the edit does to the running pods, found by running the simulator: the baseline is
// applied and left to settle (every pod Ready at the baseline's revision), then the edited manifest
// is applied as `kubectl apply` would patch it, and the events after that apply say which pods the
// controller replaces, in its order, which it creates and deletes (docs/change-model.md §4).
import { toPlainValue } from '../parse/toPlainValue';
import { findLimitProblem } from '../simulate/limits';
import { simulate } from '../simulate/simulate';
import { isObject } from '../simulate/spec';
import { DEFAULT_ENVIRONMENT, type Script, type SimEvent, type Step } from '../simulate/types';
import type { Resource } from '../model/resource';
import { MUTABLE_STATEFULSET_FIELDS } from './statefulSetUpdate';

export interface RolloutChange {
  readonly fromRevision: string;
  readonly toRevision: string;
  /** Pods deleted and recreated at the new revision, in the order the controller deletes them. */
  readonly replaced: readonly string[];
  readonly created: readonly string[];
  readonly deleted: readonly string[];
  /** Baseline pods the edit leaves running, by ordinal. */
  readonly unchanged: readonly string[];
  readonly claimsCreated: readonly string[];
}

/**
 * The JSON merge patch (RFC 7386) from `before` to `after`: what `kubectl apply` sends for fields
 * it manages. Lists are replaced whole; a field left out is removed.
 */
export function mergePatchFrom(before: unknown, after: unknown): unknown {
  if (!isObject(before) || !isObject(after)) return after;
  const patch: Record<string, unknown> = {};
  for (const key of Object.keys(before)) if (!(key in after)) patch[key] = null;
  for (const [key, value] of Object.entries(after)) {
    if (JSON.stringify(before[key]) === JSON.stringify(value)) continue;
    patch[key] = key in before ? mergePatchFrom(before[key], value) : value;
  }
  return patch;
}

function uniqueInOrder(names: Iterable<string>): string[] {
  return [...new Set(names)];
}

function byOrdinal(names: Iterable<string>): string[] {
  const ordinal = (name: string) => Number(name.slice(name.lastIndexOf('-') + 1));
  return [...names].sort((a, b) => ordinal(a) - ordinal(b));
}

function lastRevision(events: readonly SimEvent[]): string {
  const found = events.filter((e) => e.type === 'RevisionCreated' || e.type === 'RevisionReused').pop();
  return found?.object ?? '';
}

/** Sorts the events after the edit's apply into the change; the pods before it are the settled baseline. */
function classify(before: readonly SimEvent[], after: readonly SimEvent[]): RolloutChange {
  const running = new Set(before.filter((e) => e.type === 'PodCreated').map((e) => e.object));
  const terminated = uniqueInOrder(after.filter((e) => e.type === 'PodTerminating').map((e) => e.object));
  const recreated = new Set(after.filter((e) => e.type === 'PodCreated').map((e) => e.object));
  const fromRevision = lastRevision(before);
  return {
    fromRevision,
    toRevision: lastRevision(after) || fromRevision,
    replaced: terminated.filter((pod) => running.has(pod) && recreated.has(pod)),
    created: byOrdinal([...recreated].filter((pod) => !running.has(pod))),
    deleted: terminated.filter((pod) => !recreated.has(pod)),
    unchanged: byOrdinal([...running].filter((pod) => !terminated.includes(pod))),
    claimsCreated: uniqueInOrder(after.filter((e) => e.type === 'PVCCreated').map((e) => e.object)),
  };
}

/**
 * The edited manifest with the baseline's values of the fields that cannot change. Only edits the
 * update rules allow are simulated, so those fields are equal as the apiserver compares them
 * (normalize.ts), though perhaps not as written (`1Gi` / `1024Mi`); the simulator's own refusal
 * (steps.ts) compares as written.
 */
function withBaselineImmutables(before: Record<string, unknown>, after: unknown): unknown {
  if (!isObject(after) || !isObject(before.spec) || !isObject(after.spec)) return after;
  const spec: Record<string, unknown> = { ...after.spec };
  const keys = new Set([...Object.keys(before.spec), ...Object.keys(spec)]);
  for (const key of keys) {
    if ((MUTABLE_STATEFULSET_FIELDS as readonly string[]).includes(key)) continue;
    if (key in before.spec) spec[key] = before.spec[key];
    else delete spec[key];
  }
  return { ...after, spec };
}

/**
 * The simulator's input for an edit: the baseline manifest, applied first and left to settle, then
 * the edit applied as `kubectl apply` patches it (a step without `at` waits for the set to settle).
 * The panel's "Simulate this change" plays these steps; `simulateChange` classifies their events.
 */
export function changeSteps(edited: Resource, baseline: Resource): { readonly manifest: Record<string, unknown>; readonly steps: Step[] } | { readonly problem: string } {
  try {
    const before = toPlainValue(baseline.root) as Record<string, unknown>;
    const patch = mergePatchFrom(before, withBaselineImmutables(before, toPlainValue(edited.root)));
    return { manifest: before, steps: [{ kind: 'apply', patch: {} }, { kind: 'apply', patch: isObject(patch) ? patch : {} }] };
  } catch (error) {
    return { problem: (error as Error).message };
  }
}

/** The rollout, or why there is none to show (the simulator's limits, or an apply it refuses). */
export function simulateChange(edited: Resource, baseline: Resource): RolloutChange | { readonly problem: string } {
  const change = changeSteps(edited, baseline);
  if ('problem' in change) return change;
  const script: Script = { environment: DEFAULT_ENVIRONMENT, steps: change.steps };
  const limit = findLimitProblem({ manifest: change.manifest }, script);
  if (limit !== undefined) return { problem: limit };
  const result = simulate({ manifest: change.manifest }, script);
  if (result.truncated) return { problem: result.truncated };
  const split = result.events.findIndex((e) => e.type === 'StepStarted' && e.step === 1);
  const afterEdit = result.events.slice(split);
  const refused = afterEdit.find((e) => e.type === 'Blocked' && e.reason === 'Forbidden');
  if (refused) return { problem: refused.message ?? '' };
  return classify(result.events.slice(0, split), afterEdit);
}
