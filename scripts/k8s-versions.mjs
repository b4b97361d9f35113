// Which kubernetes-models release carries which Kubernetes API, and how an older API is written
// down: as the types that differ from the newest one (the base schema), so that each older minor
// costs the bundle kilobytes, not a second schema.
//
// The packages do not say which Kubernetes they were generated from in their metadata (the README
// badge of every 4.x and 5.x release still reads 1.27.1), so each entry names its evidence: the
// package's changelog, and fields of the StatefulSet and Service trees that a minor added.

/**
 * Newest first; the first is the base. `dir` is the folder under node_modules (older releases are
 * npm aliases in package.json: `"kubernetes-models-1.33": "npm:kubernetes-models@4.5.1"`).
 */
export const MODEL_PACKAGES = [
  // Changelog 5.0.0 "Update to Kubernetes v1.36.0"; PodSpec has `schedulingGroup`, which replaced
  // 1.35's `workloadRef` in 1.36, and no `workloadRef`.
  { dir: 'kubernetes-models', version: '5.1.0', kubernetes: '1.36' },
  // Changelog 4.5.0 "Update schema version to v1.33.0"; StatefulSetSpec.serviceName is optional
  // (kubernetes/kubernetes#130233, v1.33) and PodSpec has `resources` (v1.32), not `hostnameOverride` (v1.34).
  { dir: 'kubernetes-models-1.33', version: '4.5.1', kubernetes: '1.33' },
  // Changelog 4.3.0 "Update schema version to v1.27.1" (4.4.x changed the build only);
  // serviceName is still required and Container has no `restartPolicy` (sidecars, v1.28).
  { dir: 'kubernetes-models-1.27', version: '4.4.2', kubernetes: '1.27' },
];

/**
 * The older schema as a difference from the base: every type whose definition differs, whole
 * (`null` when the older API lacks it), and the roots. Keys are sorted, so the bytes are stable;
 * src/core/schema/loadSchema.ts `applySchemaDiff` turns it back into the older schema.
 */
export function diffSchema(base, older) {
  const types = {};
  const names = [...new Set([...Object.keys(base.types), ...Object.keys(older.types)])].sort();
  for (const name of names) {
    const before = older.types[name] ?? null;
    if (JSON.stringify(before) !== JSON.stringify(base.types[name] ?? null)) types[name] = before;
  }
  return { kubernetesVersion: older.kubernetesVersion, source: older.source, roots: older.roots, types };
}

/**
 * The older API's descriptions as a difference from the base's, per field: for each type whose
 * descriptions differ, its description when it differs and the properties whose text differs
 * (`null` for a property the older API lacks); `null` for a type it lacks. A type only the older
 * API has comes whole. src/core/schema/loadSchema.ts `applyDocsDiff` turns it back.
 */
export function diffDocs(base, older) {
  const types = {};
  const names = [...new Set([...Object.keys(base.types), ...Object.keys(older.types)])].sort();
  for (const name of names) {
    const before = older.types[name];
    const now = base.types[name];
    if (!before || !now) {
      if (before !== now) types[name] = before ?? null;
      continue;
    }
    const properties = {};
    for (const prop of [...new Set([...Object.keys(now.properties), ...Object.keys(before.properties)])].sort()) {
      if (before.properties[prop] !== now.properties[prop]) properties[prop] = before.properties[prop] ?? null;
    }
    const description = before.description !== now.description ? { description: before.description } : {};
    if (Object.keys(properties).length > 0 || 'description' in description) types[name] = { ...description, properties };
  }
  return { kubernetesVersion: older.kubernetesVersion, source: older.source, types };
}
