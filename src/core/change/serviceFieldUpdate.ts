// ValidateServiceUpdate's refusals besides the cluster IP (serviceUpdate.ts), for the rule
// svc-update-forbidden: validateLoadBalancerClassField and validateServiceExternalTrafficFieldsUpdate
// (kubernetes pkg/apis/core/validation/validation.go; docs/change-model.md §2). Remembered per pair
// of parses, as the other update comparisons are, so a check against an unchanged baseline costs a
// look-up per Service.
import { getPath, getString } from '../model/access';
import type { Resource } from '../model/resource';
import { effectiveServiceType } from '../model/service';
import { needsHealthCheck } from '../model/serviceFields';
import { isScalar, type YNode } from '../model/types';
import { memoByPair } from './memo';

export interface ServiceFieldChange {
  readonly field: 'loadBalancerClass' | 'healthCheckNodePort';
  /** Where to report it in the edited document (the field, or `spec.type` when the class was removed). */
  readonly node: YNode;
  /** The values as the messages show them: `"x"`/`null` for a class, the number for a port. */
  readonly before: string;
  readonly after: string;
  /** The baseline's written value, when it wrote one. */
  readonly baselineNode?: YNode;
}

const isLoadBalancer = (svc: Resource) => effectiveServiceType(svc) === 'LoadBalancer';

function numberAt(svc: Resource, path: string): { value: number; node: YNode } | undefined {
  const node = getPath(svc.root, path);
  return isScalar(node) && typeof node.value === 'number' && node.value !== 0 ? { value: node.value, node } : undefined;
}

/** validateLoadBalancerClassField: a LoadBalancer staying one keeps its class (added and removed count). */
function loadBalancerClassChange(edited: Resource, baseline: Resource): ServiceFieldChange | undefined {
  if (!isLoadBalancer(edited) || !isLoadBalancer(baseline)) return undefined;
  const [before, after] = [getString(baseline.root, 'spec.loadBalancerClass'), getString(edited.root, 'spec.loadBalancerClass')];
  if (before?.value === after?.value) return undefined;
  const node = getPath(edited.root, after ? 'spec.loadBalancerClass' : 'spec.type')!;
  const show = (value: { value: string } | undefined) => (value ? JSON.stringify(value.value) : 'null');
  return { field: 'loadBalancerClass', node, before: show(before), after: show(after), baselineNode: getPath(baseline.root, 'spec.loadBalancerClass') };
}

/** validateServiceExternalTrafficFieldsUpdate; patchAllocatedValues keeps the live port when the manifest leaves it out (or writes 0). */
function healthCheckNodePortChange(edited: Resource, baseline: Resource): ServiceFieldChange | undefined {
  if (!needsHealthCheck(edited) || !needsHealthCheck(baseline)) return undefined;
  const [before, after] = [numberAt(baseline, 'spec.healthCheckNodePort'), numberAt(edited, 'spec.healthCheckNodePort')];
  if (!before || !after || before.value === after.value) return undefined;
  return { field: 'healthCheckNodePort', node: after.node, before: String(before.value), after: String(after.value), baselineNode: before.node };
}

function serviceFieldChanges(edited: Resource, baseline: Resource): ServiceFieldChange[] {
  return [loadBalancerClassChange(edited, baseline), healthCheckNodePortChange(edited, baseline)].filter((c) => c !== undefined);
}

/** What ValidateServiceUpdate refuses besides the cluster IP, going from `baseline` to `edited`. */
export const findServiceFieldChanges = memoByPair(serviceFieldChanges);
