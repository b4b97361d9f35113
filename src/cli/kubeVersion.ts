// `--kube-version X.Y` of check, plan and explain: the Kubernetes minor to check against, one of
// the versions the product models (src/core/model/kubernetesVersion.ts). A bad value is a usage
// error (exit 2) that lists them.
import { DEFAULT_KUBERNETES_VERSION, KUBERNETES_VERSIONS, parseKubernetesVersion, t, type KubernetesVersion } from '../core/index';
import { ArgumentError } from './errors';

/** The option as node:util parseArgs declares it. */
export const KUBE_VERSION_OPTION = { 'kube-version': { type: 'string' } } as const;

/** The targeted minor, or undefined when the option was not given (the newest applies). */
export function parseKubeVersion(value: string | undefined): KubernetesVersion | undefined {
  if (value === undefined) return undefined;
  const version = parseKubernetesVersion(value);
  if (!version) throw new ArgumentError(t('cli.error.kubeVersion', value, KUBERNETES_VERSIONS.join(', ')));
  return version;
}

/** The usage line of the option, in the current locale. */
export function kubeVersionUsage(): string {
  return t('cli.usage.kubeVersion', KUBERNETES_VERSIONS.join(', '), DEFAULT_KUBERNETES_VERSION);
}
