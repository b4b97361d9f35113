// The Kubernetes minor versions the product can target, in one place: the editor's
// `statefulsetStudio.kubernetesVersion` setting, the CLI's `--kube-version` and a simulator script's
// `environment.kubernetesVersion` all accept exactly these. Behaviour that changed between minors
// (a validation the apiserver added, a feature gate whose default flipped) asks `atLeast` instead of
// comparing strings, so "1.9" < "1.10" holds.

/** Oldest first. The newest is the default: it is the API the generated schema was built from. */
export const KUBERNETES_VERSIONS = ['1.30', '1.31', '1.32', '1.33', '1.34', '1.35'] as const;

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

/** True when `version` is `minimum` or newer. */
export function atLeast(version: KubernetesVersion, minimum: KubernetesVersion): boolean {
  return KUBERNETES_VERSIONS.indexOf(version) >= KUBERNETES_VERSIONS.indexOf(minimum);
}
