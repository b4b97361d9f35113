// ValidateStatefulSetUpdate (kubernetes pkg/apis/apps/validation/validation.go): the new spec, with
// the mutable fields copied from the old one, must equal the old spec (apiequality.Semantic), or
// the update is refused with one `spec: Forbidden` error. The apiserver names no field; this names
// each changed one, on the edited manifest (docs/change-model.md §2).
import { getKey } from '../model/access';
import type { Resource } from '../model/resource';
import type { YNode } from '../model/types';
import { toPlainValue } from '../parse/toPlainValue';
import { isObject } from '../simulate/spec';
import { defaultStatefulSetSpec, diffValues, normalizeValue } from './normalize';
import { memoByPair } from './memo';
import { nearestNode, showNode } from './paths';

/** The spec fields ValidateStatefulSetUpdate lets change (copied from the old spec before comparing). */
export const MUTABLE_STATEFULSET_FIELDS = [
  'replicas', 'ordinals', 'template', 'updateStrategy', 'revisionHistoryLimit', 'persistentVolumeClaimRetentionPolicy', 'minReadySeconds',
] as const;

/** The apiserver's own words (validation.go), never translated. */
export const STATEFULSET_FORBIDDEN =
  "spec: Forbidden: updates to statefulset spec for fields other than 'replicas', 'ordinals', 'template', 'updateStrategy', 'revisionHistoryLimit', 'persistentVolumeClaimRetentionPolicy' and 'minReadySeconds' are forbidden";

const STORAGE_PATH = /^spec\.volumeClaimTemplates\[(\d+)\]\.spec\.resources\.requests\.storage$/;

export interface ForbiddenChange {
  readonly path: string;
  /** A claim template's storage request changed: the way out is to expand the claims. */
  readonly storage: boolean;
  readonly before: string;
  readonly after: string;
  /** Where to report it in the edited document (the field, or its nearest parent when removed). */
  readonly node: YNode;
  /** The baseline's value, or its nearest parent when the field was added. */
  readonly baselineNode: YNode;
}

/**
 * The other fields of StatefulSetSpec (Kubernetes 1.35). A key that is not a field at all is dropped
 * by the decoder or refused by strict field validation (the k8s-schema rule says so), never stored,
 * so it cannot be a forbidden change.
 */
const IMMUTABLE_STATEFULSET_FIELDS = ['selector', 'serviceName', 'volumeClaimTemplates', 'podManagementPolicy'] as const;

/** The fields that cannot change, defaulted and normalised; undefined when the spec cannot be read. */
function immutablePart(resource: Resource): unknown {
  let spec: unknown;
  try {
    spec = toPlainValue(getKey(resource.root, 'spec'));
  } catch {
    return undefined; // too many aliases to expand: the schema and parse checks say so
  }
  const defaulted = defaultStatefulSetSpec(isObject(spec) ? spec : {});
  const immutable: Record<string, unknown> = {};
  for (const field of IMMUTABLE_STATEFULSET_FIELDS) if (field in defaulted) immutable[field] = defaulted[field];
  return normalizeValue(immutable);
}

/** Each changed place outside the mutable fields; [] when the update is allowed. Remembered per pair of parses. */
export const findForbiddenStatefulSetChanges = memoByPair(forbiddenChanges);

function forbiddenChanges(edited: Resource, baseline: Resource): ForbiddenChange[] {
  const before = immutablePart(baseline);
  const after = immutablePart(edited);
  if (before === undefined || after === undefined) return [];
  return diffValues(before, after, 'spec').map(({ path }) => {
    const now = nearestNode(edited.root, path);
    const then = nearestNode(baseline.root, path);
    return { path, storage: STORAGE_PATH.test(path), before: showNode(then), after: showNode(now), node: now.node, baselineNode: then.node };
  });
}

/** The claim template index of a storage change (`spec.volumeClaimTemplates[1]…` → 1). */
export function claimTemplateIndex(path: string): number | undefined {
  const match = STORAGE_PATH.exec(path);
  return match ? Number(match[1]) : undefined;
}
