import { getString } from '../model/access';
import { quote } from '../model/names';
import { defineRule } from './defineRule';

const BASE = 'spec.persistentVolumeClaimRetentionPolicy';
const SUPPORTED = ['Retain', 'Delete'];

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
  },
  messages: {
    message: '{0}: Unsupported value: {1}: supported values: "Retain", "Delete"',
  },
  check(ctx) {
    const { resource } = ctx;
    for (const field of ['whenDeleted', 'whenScaled']) {
      const path = `${BASE}.${field}`;
      const value = getString(resource.root, path);
      // "" is defaulted to Retain.
      if (!value || value.value === '' || SUPPORTED.includes(value.value)) continue;
      const suggestion = SUPPORTED.find((s) => s.toLowerCase() === value.value.toLowerCase());
      ctx.report({
        range: value.range,
        path,
        messageId: 'message', args: [path, quote(value.value)],
        data: suggestion ? { suggestion } : undefined,
      });
    }
  },
});
