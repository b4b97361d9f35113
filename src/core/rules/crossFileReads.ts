// What the cross-file rules (meta.scope 'workspace') read of other files, as each rule declares in
// `meta.dependsOn`: whether a change of another file's resource `changed` (before or after the
// change) may change what the rule reports on `resource`. The language server re-checks an open
// document after another file changes only when one of its rules says so (src/server/dependents.ts):
// an edit of a ConfigMap, or of a Service in another namespace that no StatefulSet names, re-checks nothing.
import type { ResourceSummary } from '../model/resourceSummary';

export type DependsOn = (resource: ResourceSummary, changed: ResourceSummary) => boolean;

/** EndpointSlices name their Service in this label (sts-service-no-selector looks them up by it). */
const SERVICE_NAME_LABEL = 'kubernetes.io/service-name';

/**
 * The sts-service-* rules (model/serviceLookup.ts): the governing Service by `spec.serviceName` in
 * any namespace (namespace mismatch), the Services of the StatefulSet's namespace (the nearest
 * name, the headless ones a fix offers, those selecting its pods), and the governing Service's
 * Endpoints and EndpointSlices.
 */
export const readsGoverningService: DependsOn = (sts, changed) => {
  const name = sts.serviceName;
  if (changed.type === 'Service') return changed.namespace === sts.namespace || (name !== undefined && changed.name === name);
  if (changed.type === 'Endpoints') return name !== undefined && changed.name === name;
  return changed.type === 'EndpointSlice' && name !== undefined && changed.labels.some(([key, value]) => key === SERVICE_NAME_LABEL && value === name);
};

/** A budget (pdb-blocks-eviction): the StatefulSets of its namespace, which it may select, and their replicas. */
export const readsStatefulSetsOfNamespace: DependsOn = (budget, changed) => changed.type === 'StatefulSet' && changed.namespace === budget.namespace;

/** The update rules: they compare a resource with its git baseline only, never with another file. */
export const readsNoOtherFile: DependsOn = () => false;
