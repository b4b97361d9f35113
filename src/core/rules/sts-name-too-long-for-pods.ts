import { isDns1123Label, quote } from '../model/names';
import { effectiveReplicas, startOrdinal } from '../model/statefulSet';
import type { Rule } from './types';

const ID = 'sts-name-too-long-for-pods';
const LABEL_VALUE_MAX = 63;
/** `rand.SafeEncodeString(fnv32)` is up to 10 characters (HIST `ControllerRevisionName`). */
const HASH_MAX = 10;
const MAX_STS_NAME = LABEL_VALUE_MAX - 1 - HASH_MAX; // 52

/**
 * The hash is the decimal fnv32 of the revision, re-encoded char for char, so it has as many
 * characters as that number has digits: 10 for about 77% of revisions.
 */
function consequence(length: number): string {
  const room = LABEL_VALUE_MAX - 1 - length;
  if (room < 1) return 'so the controller can never create a pod';
  const failing = Math.round(100 * (1 - 10 ** room / 2 ** 32));
  return `so pod creation fails (FailedCreate) whenever the hash is longer than ${room} characters, for about ${failing}% of template revisions`;
}

export const stsNameTooLongForPods: Rule = {
  id: ID,
  appliesTo: ['StatefulSet'],
  severity: 'error',
  scope: 'document',
  docs: {
    summary:
      'The apiserver accepts StatefulSet names up to 63 characters, but the controller labels every pod `controller-revision-hash: <name>-<hash>` (the ControllerRevision name, hash up to 10 characters), and a label value may not exceed 63 characters. With a name over 52 characters pod creation fails with `FailedCreate` and the set never gets a pod. The pod name `<name>-<ordinal>` is also the pod hostname, itself limited to 63 characters.',
    remediation: 'Shorten `metadata.name` to at most 52 characters. The name cannot be changed in place: delete the StatefulSet (with `--cascade=orphan` to keep pods and claims) and create it under the new name.',
    url: 'https://github.com/kubernetes/kubernetes/issues/64023',
  },
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
      message =
        `metadata.name ${quote(name.value)} is ${length} characters, more than ${MAX_STS_NAME}: every pod gets the label ` +
        `controller-revision-hash: "${name.value}-<hash>" (hash up to ${HASH_MAX} characters) and a label value may have at most ${LABEL_VALUE_MAX}, ${consequence(length)}`;
      if (hostnameTooLong) message += `; the pod name ${quote(podName)} is also too long for a hostname (${podName!.length} > ${LABEL_VALUE_MAX})`;
    } else if (hostnameTooLong) {
      message =
        `pod name ${quote(podName)} (metadata.name + "-" + highest ordinal ${highest}) is ${podName!.length} characters: ` +
        `pod hostnames are DNS-1123 labels of at most ${LABEL_VALUE_MAX}, so the controller cannot create that pod`;
    } else {
      return [];
    }
    return [{ ruleId: ID, range: name.range, path: 'metadata.name', message, data: { length, max: MAX_STS_NAME } }];
  },
};
