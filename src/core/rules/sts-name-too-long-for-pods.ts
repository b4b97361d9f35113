import { isDns1123Label, quote } from '../model/names';
import { effectiveReplicas, startOrdinal } from '../model/statefulSet';
import { defineRule, type Translate } from './defineRule';

const LABEL_VALUE_MAX = 63;
/** `rand.SafeEncodeString(fnv32)` is up to 10 characters (`ControllerRevisionName`, docs/validation.md §5). */
const HASH_MAX = 10;
const MAX_STS_NAME = LABEL_VALUE_MAX - 1 - HASH_MAX; // 52

/**
 * The hash is the decimal fnv32 of the revision, re-encoded char for char, so it has as many
 * characters as that number has digits: 10 for about 77% of revisions.
 */
function consequence(t: Translate<'consequence.never' | 'consequence.sometimes'>, length: number): string {
  const room = LABEL_VALUE_MAX - 1 - length;
  if (room < 1) return t('consequence.never');
  const failing = Math.round(100 * (1 - 10 ** room / 2 ** 32));
  return t('consequence.sometimes', room, failing);
}

export default defineRule({
  id: 'sts-name-too-long-for-pods',
  meta: {
    severity: 'error', appliesTo: ['StatefulSet'], scope: 'document',
    docs: {
      summary:
        'The apiserver accepts StatefulSet names up to 63 characters, but the controller labels every pod `controller-revision-hash: <name>-<hash>` (the ControllerRevision name, hash up to 10 characters), and a label value may not exceed 63 characters. With a name over 52 characters pod creation fails with `FailedCreate` and the set never gets a pod. The pod name `<name>-<ordinal>` is also the pod hostname, itself limited to 63 characters.',
      remediation:
        'Shorten `metadata.name` to at most 52 characters. The name cannot be changed in place: delete the StatefulSet (with `--cascade=orphan` to keep pods and claims) and create it under the new name.',
      url: 'https://github.com/kubernetes/kubernetes/issues/64023',
    },
  },
  messages: {
    'message.nameTooLong':
      'metadata.name {0} is {1} characters, more than {2}: every pod gets the label controller-revision-hash: "{3}-<hash>" (hash up to {4} characters) and a label value may have at most {5}, {6}{7}',
    'message.hostnameAlso': '; the pod name {0} is also too long for a hostname ({1} > {2})',
    'message.hostname':
      'pod name {0} (metadata.name + "-" + highest ordinal {1}) is {2} characters: pod hostnames are DNS-1123 labels of at most {3}, so the controller cannot create that pod',
    'consequence.never': 'so the controller can never create a pod',
    'consequence.sometimes':
      'so pod creation fails (FailedCreate) whenever the hash is longer than {0} characters, for about {1}% of template revisions',
  },
  check(ctx) {
    const { resource } = ctx;
    const name = resource.name;
    // Names that are not DNS-1123 labels at all are sts-name-invalid's business.
    if (!name || !isDns1123Label(name.value)) return;
    const replicas = effectiveReplicas(resource);
    const highest = replicas > 0 ? startOrdinal(resource) + replicas - 1 : undefined;
    const podName = highest === undefined ? undefined : `${name.value}-${highest}`;
    const hostnameTooLong = podName !== undefined && podName.length > LABEL_VALUE_MAX;
    const length = name.value.length;
    const at = { range: name.range, path: 'metadata.name', data: { length, max: MAX_STS_NAME } };
    if (length > MAX_STS_NAME) {
      const hostname = hostnameTooLong ? ctx.t('message.hostnameAlso', quote(podName), podName!.length, LABEL_VALUE_MAX) : '';
      const args = [quote(name.value), length, MAX_STS_NAME, name.value, HASH_MAX, LABEL_VALUE_MAX, consequence(ctx.t, length), hostname];
      ctx.report({ ...at, messageId: 'message.nameTooLong', args });
    } else if (hostnameTooLong) {
      ctx.report({ ...at, messageId: 'message.hostname', args: [quote(podName), highest!, podName!.length, LABEL_VALUE_MAX] });
    }
  },
});
