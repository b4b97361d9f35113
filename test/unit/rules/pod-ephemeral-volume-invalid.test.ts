import { findRule } from '../../../src/core/rules/index';
import { WEB_EXAMPLE } from '../helpers';
import { podTemplate } from './fixtures';
import { ruleTester } from './ruleTester';

/** One container and a volume `scratch` with `ephemeral` lines (indented ten spaces). */
const ephemeral = (lines: string, claimTemplates = '') =>
  podTemplate(`      containers:\n      - {name: app, image: app}\n      volumes:\n      - name: scratch\n        ephemeral:\n${lines}`) + claimTemplates;
const SPEC = '          volumeClaimTemplate:\n            spec:\n';

ruleTester.run(findRule('pod-ephemeral-volume-invalid')!, {
  valid: [
    {
      name: 'accepts what validateEphemeralVolumeSource accepts: a claim template with an access mode and a storage request',
      code: [WEB_EXAMPLE, ephemeral(`${SPEC}              accessModes: [ReadWriteOnce]\n              resources: {requests: {storage: 1Gi}}\n`)],
    },
  ],
  invalid: [
    {
      name: 'reports an ephemeral volume without volumeClaimTemplate (validateEphemeralVolumeSource)',
      code: ephemeral('          «volumeClaimTemplate»:\n'),
      errors: [{ messageId: 'required', message: 'spec.template.spec.volumes[0].ephemeral.volumeClaimTemplate: Required value' }],
    },
    {
      name: 'reports what ValidatePersistentVolumeClaimSpec requires, at the volume index after the claim template volumes',
      code: ephemeral(`${SPEC}              «accessModes»: []\n              resources: {requests: {storage: «0Gi»}}\n`, '  volumeClaimTemplates:\n  - metadata: {name: data}\n    spec: {accessModes: [ReadWriteOnce], resources: {requests: {storage: 1Gi}}}\n'),
      errors: [
        { messageId: 'required', message: 'spec.template.spec.volumes[1].ephemeral.volumeClaimTemplate.spec.accessModes: Required value: at least 1 access mode is required' },
        { messageId: 'invalid', message: 'spec.template.spec.volumes[1].ephemeral.volumeClaimTemplate.spec.resources[storage]: Invalid value: "0": must be greater than zero' },
      ],
    },
    {
      name: 'reports a claim spec without a storage request at the spec, as Required value at resources[storage]',
      code: ephemeral('          volumeClaimTemplate:\n            «spec»: {accessModes: [ReadWriteOnce]}\n'),
      errors: [{ messageId: 'required', message: 'spec.template.spec.volumes[0].ephemeral.volumeClaimTemplate.spec.resources[storage]: Required value' }],
    },
  ],
});
