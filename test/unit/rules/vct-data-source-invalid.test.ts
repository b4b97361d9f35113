import { findRule } from '../../../src/core/rules/index';
import { WEB_EXAMPLE } from '../helpers';
import { withClaimTemplates } from './fixtures';
import { ruleTester } from './ruleTester';

const claim = (spec: string) => withClaimTemplates(`  - metadata: {name: data}\n    spec:\n${spec}`);

ruleTester.run(findRule('vct-data-source-invalid')!, {
  valid: [
    {
      name: 'accepts a claim, a snapshot with its group, and equal dataSource and dataSourceRef (validateDataSource)',
      code: [
        WEB_EXAMPLE,
        claim('      dataSource: {kind: PersistentVolumeClaim, name: seed}\n'),
        claim('      dataSource: {apiGroup: snapshot.storage.k8s.io, kind: VolumeSnapshot, name: snap}\n      dataSourceRef: {apiGroup: snapshot.storage.k8s.io, kind: VolumeSnapshot, name: snap}\n'),
      ],
    },
  ],
  invalid: [
    {
      name: 'reports a snapshot without its apiGroup',
      code: claim('      dataSource: {kind: «VolumeSnapshot», name: snap}\n'),
      errors: [{ messageId: 'invalid', message: `spec.volumeClaimTemplates[0].spec.dataSource: Invalid value: "VolumeSnapshot": must be 'PersistentVolumeClaim' when referencing the default apiGroup` }],
    },
    {
      name: 'reports a missing name and an invalid apiGroup on dataSourceRef',
      code: claim('      «dataSourceRef»: {apiGroup: «Snapshot.Storage», kind: VolumeSnapshot}\n'),
      errors: [
        { messageId: 'required', message: 'spec.volumeClaimTemplates[0].spec.dataSourceRef.name: Required value' },
        {
          messageId: 'invalid',
          args: ['spec.volumeClaimTemplates[0].spec.dataSourceRef.apiGroup', '"Snapshot.Storage"', "a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com')"],
        },
      ],
    },
    {
      name: 'reports a dataSource that differs from dataSourceRef',
      code: claim('      «dataSource»: {kind: PersistentVolumeClaim, name: a}\n      dataSourceRef: {kind: PersistentVolumeClaim, name: b}\n'),
      errors: [{ messageId: 'invalid', message: 'spec.volumeClaimTemplates[0].spec: Invalid value: "spec.volumeClaimTemplates[0].spec.dataSource": must match dataSourceRef' }],
    },
  ],
});
