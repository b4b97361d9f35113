import { findRule } from '../../../src/core/rules/index';
import { WEB_EXAMPLE } from '../helpers';
import { ruleTester } from './ruleTester';

const list = (items: string, kind = 'List') => `apiVersion: v1\nkind: ${kind}\nitems:\n${items}`;

ruleTester.run(findRule('list-item-invalid')!, {
  valid: [
    {
      name: 'accepts items with a kind, and typed-list items that write neither kind nor apiVersion (decodeToList)',
      code: [
        WEB_EXAMPLE,
        list('- apiVersion: v1\n  kind: ConfigMap\n  metadata:\n    name: a\n'),
        list('- metadata:\n    name: a\n  spec:\n    clusterIP: None\n', 'ServiceList'),
        list('[]'),
      ],
    },
  ],
  invalid: [
    {
      name: 'reports a list inside a List, which meta.ExtractList cannot expand (ExtractList)',
      code: list('- «apiVersion»: v1\n  kind: List\n  items:\n  - {apiVersion: v1, kind: ConfigMap, metadata: {name: a}}\n  - {apiVersion: v1, kind: ConfigMap, metadata: {name: b}}\n'),
      errors: [{ messageId: 'nested', message: 'items[0]: a list inside a List is not expanded: kubectl fails with "is not a list: no Items field in this object" and creates none of its 2 items' }],
    },
    {
      name: 'reports an item of a plain List without kind, and a typed-list item that writes only an apiVersion',
      code: `${list('- «metadata»:\n    name: a\n')}---\n${list('- «apiVersion»: v1\n  metadata:\n    name: b\n', 'ServiceList')}`,
      errors: [
        { messageId: 'kindMissing', message: "items[0]: Object 'Kind' is missing: kubectl cannot send this item of a List" },
        { messageId: 'kindMissing', args: [0, 'ServiceList'] },
      ],
    },
  ],
});
