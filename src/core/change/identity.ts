// Who a resource is, across versions of the files: API group (the apiVersion without its version),
// kind, namespace and name — never the file it is written in, so a moved or split file still finds
// its baseline (docs/change-model.md §1). The version is left out because the apiserver serves one
// object under every version of its group: apps/v1beta2 and apps/v1 name the same StatefulSet.
import type { Resource } from '../model/resource';

/** The group of an apiVersion: `apps` for `apps/v1`, '' for the core group (`v1`). */
export function groupOf(apiVersion: string | undefined): string {
  if (apiVersion === undefined) return '';
  const slash = apiVersion.indexOf('/');
  return slash === -1 ? '' : apiVersion.slice(0, slash);
}

/**
 * `apps/StatefulSet/default/web`; undefined for a resource without a name (it cannot be matched).
 * The namespace is the effective one (`default` when unset, resource.ts), so writing
 * `namespace: default` or leaving it out is the same object, and a resource moved to another
 * namespace is another object.
 */
export function identityOf(resource: Resource): string | undefined {
  const name = resource.name?.value;
  if (name === undefined || name === '') return undefined;
  return [groupOf(resource.apiVersion?.value), resource.kind.value, resource.namespace, name].join('/');
}
