// Pod names of a StatefulSet as the controller forms them (docs/controller-model.md §3).
import type { Resource } from '../model/resource';
import { effectiveReplicas, startOrdinal } from '../model/statefulSet';

/** How many pods the StatefulSet asks for, when that is a whole number (undefined otherwise). */
export function podCount(sts: Resource): number | undefined {
  const replicas = effectiveReplicas(sts);
  return Number.isInteger(replicas) && replicas >= 0 ? replicas : undefined;
}

/** The pod at index `i`: `<name>-<ordinals.start + i>`. */
export function podNameAt(sts: Resource, i: number): string {
  return `${sts.name?.value ?? ''}-${startOrdinal(sts) + i}`;
}
