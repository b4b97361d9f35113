import { quote } from '../model/names';
import { CLAIM_RETENTION_POLICIES } from '../model/enums';
import { defineRule } from './defineRule';
import { unsupportedValue, suggestionData } from './fields';

const BASE = 'spec.persistentVolumeClaimRetentionPolicy';

export default defineRule({
  id: 'sts-retention-policy-invalid',
  meta: {
    severity: 'error', appliesTo: ['StatefulSet'], scope: 'document',
    docs: {
      summary:
        '`spec.persistentVolumeClaimRetentionPolicy.whenDeleted` and `.whenScaled` accept exactly `Retain` (the default) or `Delete`; the values are case-sensitive and the apiserver rejects anything else.',
      remediation:
        'Write `Retain` to keep the claims (and data) or `Delete` to remove them, with that capitalisation, or remove the field to keep the default `Retain`.',
      url: 'https://kubernetes.io/docs/concepts/workloads/controllers/statefulset/#persistentvolumeclaim-retention',
    },
    source: 'ValidateStatefulSetSpec',
  },
  messages: {
    message: '{0}: Unsupported value: {1}: supported values: "Retain", "Delete"',
  },
  check(ctx) {
    for (const field of ['whenDeleted', 'whenScaled']) {
      const path = `${BASE}.${field}`;
      const found = unsupportedValue(ctx.resource.root, path, CLAIM_RETENTION_POLICIES);
      if (found) ctx.report({ range: found.value.range, path, messageId: 'message', args: [path, quote(found.value.value)], data: suggestionData(found) });
    }
  },
});
