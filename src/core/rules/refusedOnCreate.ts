// What a rule's finding means on a cluster older than the validation it follows. Upstream added
// checks to StatefulSet creation over time (docs/validation.md §11): `serviceName` in v1.33
// (kubernetes/kubernetes#130233), the whole pod template and the claim templates in v1.34
// (#131790). Before that the apiserver accepts the StatefulSet and the same mistake fails every
// pod (or claim) the controller creates, so the finding stays an error and its message says so.
import { t } from '../l10n/messages';
import { atLeast, type KubernetesVersion } from '../model/kubernetesVersion';

/** Fields older apiservers skipped on create: what the controller copies into pods and claims. */
const CLAIM_PATH = 'spec.volumeClaimTemplates';
const POD_PATHS = ['spec.template', 'spec.serviceName'];

/**
 * `message`, with what happens instead on `target` when that is older than `since`; unchanged
 * when the target refuses it already or the finding is about a field validated on every version.
 */
export function withOlderClusterNote(message: string, path: string, since: KubernetesVersion | undefined, target: KubernetesVersion): string {
  if (!since || atLeast(target, since)) return message;
  if (path.startsWith(CLAIM_PATH)) return t('engine.acceptedThenClaimsFail', message, target);
  if (POD_PATHS.some((prefix) => path.startsWith(prefix))) return t('engine.acceptedThenPodsFail', message, target);
  return message;
}
