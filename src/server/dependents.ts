// Which open documents a change of another file can change the findings of. Only the rules that
// look across files (meta.scope 'workspace') can; each reads other resources by a few keys, and
// DEPENDENCIES says, per type those rules check, which changed resources may matter: an edit of a
// ConfigMap, or of a Service in another namespace that no StatefulSet names, re-checks nothing.
// A type with a workspace rule and no entry here is re-checked on every change (never missed).
import type { ResourceSummary, Rule } from '../core/index';

/** Whether `changed` (a resource of the changed file, before or after the change) may change what `dependent` reports. */
type DependsOn = (dependent: ResourceSummary, changed: ResourceSummary) => boolean;

/** EndpointSlices name their Service in this label (sts-service-no-selector looks them up by it). */
const SERVICE_NAME_LABEL = 'kubernetes.io/service-name';

export const DEPENDENCIES: Readonly<Record<string, DependsOn>> = {
  // sts-service-*: the governing Service by spec.serviceName in any namespace (namespace mismatch),
  // the Services of its namespace (the nearest name, the headless ones a fix offers, selecting its
  // pods), and the governing Service's Endpoints and EndpointSlices (sts-service-no-selector).
  StatefulSet: (sts, changed) => {
    const name = sts.serviceName;
    if (changed.type === 'Service') return changed.namespace === sts.namespace || (name !== undefined && changed.name === name);
    if (changed.type === 'Endpoints') return name !== undefined && changed.name === name;
    return changed.type === 'EndpointSlice' && name !== undefined && changed.labels.some(([key, value]) => key === SERVICE_NAME_LABEL && value === name);
  },
  // pdb-blocks-eviction: the StatefulSets of its namespace (which it selects, and their replicas).
  PodDisruptionBudget: (budget, changed) => changed.type === 'StatefulSet' && changed.namespace === budget.namespace,
  // svc-update-*: compare the Service with its git baseline only, never with another file.
  Service: () => false,
};

/** The types the workspace rules check (`*`: every type). */
export function crossFileTypes(rules: readonly Rule[]): ReadonlySet<string> {
  return new Set(rules.filter((rule) => rule.meta.scope === 'workspace').flatMap((rule) => rule.meta.appliesTo));
}

/** Whether a file with `resources` may report otherwise after a change of `changed` (another file's resources, before and after). */
export function dependsOnChange(resources: readonly ResourceSummary[], changed: readonly ResourceSummary[], types: ReadonlySet<string>): boolean {
  if (changed.length === 0) return false;
  if (types.has('*')) return true;
  return resources.some((resource) => {
    if (!types.has(resource.type)) return false;
    const dependsOn = Object.hasOwn(DEPENDENCIES, resource.type) ? DEPENDENCIES[resource.type] : undefined;
    return !dependsOn || changed.some((other) => dependsOn(resource, other));
  });
}
