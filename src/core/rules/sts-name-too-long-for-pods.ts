import { t } from '../l10n/messages';
import { isDns1123Label, quote } from '../model/names';
import { effectiveReplicas, startOrdinal } from '../model/statefulSet';
import { ruleDocs, type Rule } from './types';

const ID = 'sts-name-too-long-for-pods';
const LABEL_VALUE_MAX = 63;
/** `rand.SafeEncodeString(fnv32)` is up to 10 characters (`ControllerRevisionName`, docs/validation.md §5). */
const HASH_MAX = 10;
const MAX_STS_NAME = LABEL_VALUE_MAX - 1 - HASH_MAX; // 52

/**
 * The hash is the decimal fnv32 of the revision, re-encoded char for char, so it has as many
 * characters as that number has digits: 10 for about 77% of revisions.
 */
function consequence(length: number): string {
  const room = LABEL_VALUE_MAX - 1 - length;
  if (room < 1) return t('rule.sts-name-too-long-for-pods.consequence.never');
  const failing = Math.round(100 * (1 - 10 ** room / 2 ** 32));
  return t('rule.sts-name-too-long-for-pods.consequence.sometimes', room, failing);
}

export const stsNameTooLongForPods: Rule = {
  id: ID,
  appliesTo: ['StatefulSet'],
  severity: 'error',
  scope: 'document',
  docs: ruleDocs('sts-name-too-long-for-pods', 'https://github.com/kubernetes/kubernetes/issues/64023'),
  check({ resource }) {
    const name = resource.name;
    // Names that are not DNS-1123 labels at all are sts-name-invalid's business.
    if (!name || !isDns1123Label(name.value)) return [];
    const replicas = effectiveReplicas(resource);
    const highest = replicas > 0 ? startOrdinal(resource) + replicas - 1 : undefined;
    const podName = highest === undefined ? undefined : `${name.value}-${highest}`;
    const hostnameTooLong = podName !== undefined && podName.length > LABEL_VALUE_MAX;
    const length = name.value.length;
    let message: string;
    if (length > MAX_STS_NAME) {
      message = t(
        'rule.sts-name-too-long-for-pods.message.nameTooLong',
        quote(name.value),
        length,
        MAX_STS_NAME,
        name.value,
        HASH_MAX,
        LABEL_VALUE_MAX,
        consequence(length),
      );
      if (hostnameTooLong) message += t('rule.sts-name-too-long-for-pods.message.hostnameAlso', quote(podName), podName!.length, LABEL_VALUE_MAX);
    } else if (hostnameTooLong) {
      message = t('rule.sts-name-too-long-for-pods.message.hostname', quote(podName), highest!, podName!.length, LABEL_VALUE_MAX);
    } else {
      return [];
    }
    return [{ ruleId: ID, range: name.range, path: 'metadata.name', message, data: { length, max: MAX_STS_NAME } }];
  },
};
