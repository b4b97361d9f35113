// The Kubernetes minor versions the product can target, in one place: the editor's
// `statefulsetStudio.kubernetesVersion` setting, the CLI's `--kube-version` and a simulator script's
// `environment.kubernetesVersion` all accept exactly these. Behaviour that changed between minors
// (a validation the apiserver added, a feature gate whose default flipped) asks `atLeast` instead of
// comparing strings, so "1.9" < "1.10" holds.

/**
 * Oldest first. The newest is the default: the API of the newest kubernetes-models release, which
 * the base schema is generated from; older minors get the schema of the nearest release at or below
 * them (scripts/k8s-versions.mjs, docs/validation.md §11).
 */
export const KUBERNETES_VERSIONS = ['1.30', '1.31', '1.32', '1.33', '1.34', '1.35', '1.36'] as const;

export type KubernetesVersion = (typeof KUBERNETES_VERSIONS)[number];

export const DEFAULT_KUBERNETES_VERSION: KubernetesVersion = KUBERNETES_VERSIONS[KUBERNETES_VERSIONS.length - 1];

/** Accepts `1.33`, `v1.33` and `1.33.2` (the patch does not change the API); undefined for anything else. */
export function parseKubernetesVersion(text: unknown): KubernetesVersion | undefined {
  if (typeof text !== 'string' && typeof text !== 'number') return undefined;
  const match = /^v?(\d+)\.(\d+)(?:\.\d+)?$/.exec(String(text).trim());
  if (!match) return undefined;
  const minor = `${Number(match[1])}.${Number(match[2])}`;
  return KUBERNETES_VERSIONS.find((v) => v === minor);
}

/** `1.33` → 33: the minor, for comparing with versions outside the list (a schema's `1.27`). */
export function minorOf(version: string): number {
  return Number(version.split('.')[1]);
}

/** True when `version` is `minimum` or newer. */
export function atLeast(version: KubernetesVersion, minimum: KubernetesVersion): boolean {
  return KUBERNETES_VERSIONS.indexOf(version) >= KUBERNETES_VERSIONS.indexOf(minimum);
}
