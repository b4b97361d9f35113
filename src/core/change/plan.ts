// The plan of an edit: every resource of the working tree (and every baseline resource gone from
// it) with what applying it does — created, deleted, updated or unchanged; the update rules'
// refusals; the simulated rollout of a StatefulSet; the way out of a refusal. What `statefulset-
// studio plan` prints; pure, from parsed resources and a BaselineIndex.
import { ResourceIndex } from '../model/resourceIndex';
import type { Resource } from '../model/resource';
import stsUpdateForbidden from '../rules/sts-update-forbidden';
import svcUpdateClusterIpImmutable from '../rules/svc-update-cluster-ip-immutable';
import svcUpdateForbidden from '../rules/svc-update-forbidden';
import type { KubernetesVersion } from '../model/kubernetesVersion';
import type { Rule } from '../rules/types';
import type { BaselineIndex } from './baselineIndex';
import { identityOf } from './identity';
import { contentKey } from './normalize';
import { simulateChange, type RolloutChange } from './rollout';
import { findForbiddenStatefulSetChanges } from './statefulSetUpdate';
import { describeRollout } from './summary';
import { serviceWayOut, statefulSetWayOut, type WayOutStep } from './wayOut';

export type ChangeKind = 'created' | 'deleted' | 'updated' | 'unchanged';

export interface PlannedForbidden {
  readonly path: string;
  readonly rule: string;
  readonly message: string;
}

export interface PlannedRollout extends RolloutChange {
  readonly waitsFor: string;
}

export interface PlannedResource {
  /** The working-tree resource; the baseline's for `deleted`. */
  readonly resource: Resource;
  readonly change: ChangeKind;
  readonly forbidden: readonly PlannedForbidden[];
  readonly rollout: PlannedRollout | null;
  readonly wayOut: readonly WayOutStep[];
  /** Its identity is written more than once (on either side), so it was compared with nothing. */
  readonly duplicate: boolean;
  /** Why a changed StatefulSet has no rollout (beyond the simulator's limits). */
  readonly notSimulated?: string;
}

export interface PlanInput {
  readonly working: readonly Resource[];
  readonly baseline: BaselineIndex;
  /** Whether a baseline resource missing from the working tree counts as deleted (its file is among the inputs). */
  readonly inScope: (baselineResource: Resource) => boolean;
  /** How a file is named in commands (`kubectl apply -f FILE`). */
  readonly fileOf: (uri: string) => string;
  /** The Kubernetes minor the update rules follow (`plan --kube-version`); the newest when unset. */
  readonly kubernetesVersion?: KubernetesVersion;
}

function sameObject(a: Resource, b: Resource): boolean {
  const key = contentKey(a);
  return key !== undefined && key === contentKey(b);
}

/** The update rules, by the resource type they check. */
const UPDATE_RULES: Readonly<Record<string, readonly Rule[]>> = { StatefulSet: [stsUpdateForbidden], Service: [svcUpdateClusterIpImmutable, svcUpdateForbidden] };

function forbiddenOf(resource: Resource, baseline: Resource, index: ResourceIndex, kubernetesVersion?: KubernetesVersion): PlannedForbidden[] {
  const rules = Object.hasOwn(UPDATE_RULES, resource.type) ? UPDATE_RULES[resource.type] : [];
  return rules
    .flatMap((rule) => rule.check({ resource, index, baseline, kubernetesVersion }))
    .map((f) => ({ path: f.path, rule: f.ruleId, message: f.message }));
}

function wayOutOf(resource: Resource, baseline: Resource, file: string): WayOutStep[] {
  if (resource.type === 'Service') return serviceWayOut(baseline, file);
  return statefulSetWayOut(resource, baseline, findForbiddenStatefulSetChanges(resource, baseline), file);
}

function planUpdate(resource: Resource, baseline: Resource, index: ResourceIndex, file: string, version?: KubernetesVersion): PlannedResource {
  const forbidden = forbiddenOf(resource, baseline, index, version);
  const base = { resource, change: 'updated' as const, forbidden, duplicate: false };
  if (forbidden.length > 0) return { ...base, rollout: null, wayOut: wayOutOf(resource, baseline, file) };
  if (resource.type !== 'StatefulSet') return { ...base, rollout: null, wayOut: [] };
  const rollout = simulateChange(resource, baseline);
  if ('problem' in rollout) return { ...base, rollout: null, wayOut: [], notSimulated: rollout.problem };
  return { ...base, rollout: { ...rollout, waitsFor: describeRollout(resource, baseline, rollout) }, wayOut: [] };
}

/** Every resource's change, working-tree resources in order, then the deleted ones in baseline order. */
export function planChanges(input: PlanInput): PlannedResource[] {
  const { working, baseline } = input;
  const index = new ResourceIndex(working);
  const lookup = baseline.lookupFor(working);
  const ids = new Map<string, number>();
  for (const id of working.map(identityOf)) if (id !== undefined) ids.set(id, (ids.get(id) ?? 0) + 1);
  const planned = working.map((resource): PlannedResource => {
    const id = identityOf(resource);
    const before = lookup(resource);
    const duplicate = id !== undefined && ((ids.get(id) ?? 0) > 1 || baseline.duplicated.has(id));
    if (!before) return { resource, change: 'created', forbidden: [], rollout: null, wayOut: [], duplicate };
    if (sameObject(resource, before)) return { resource, change: 'unchanged', forbidden: [], rollout: null, wayOut: [], duplicate };
    return planUpdate(resource, before, index, input.fileOf(resource.uri), input.kubernetesVersion);
  });
  const deleted = baseline
    .resources()
    .filter((r) => !ids.has(identityOf(r)!) && input.inScope(r))
    .map((resource): PlannedResource => ({ resource, change: 'deleted', forbidden: [], rollout: null, wayOut: [], duplicate: false }));
  return [...planned, ...deleted];
}
