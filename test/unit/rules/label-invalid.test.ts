import { findRule } from '../../../src/core/rules/index';
import { WEB_EXAMPLE } from '../helpers';
import { podTemplate, service, statefulSetWith } from './fixtures';
import { ruleTester } from './ruleTester';

const NAME_FORMAT =
  "must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyName', or 'my.name', or '123-abc')";
const VALUE_FORMAT =
  "a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyValue', or 'my_value', or '12345')";
const SUBDOMAIN =
  "a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com')";

ruleTester.run(findRule('label-invalid')!, {
  valid: [
    {
      name: 'accepts what IsQualifiedName and IsValidLabelValue accept: prefixed keys, dots, underscores, empty values',
      code: [
        WEB_EXAMPLE,
        statefulSetWith('metadata:\n  name: web\n  labels:\n    app.kubernetes.io/name: web\n    tier: ""\n    My_Label.v2: A-1_b.c\n'),
        service('  selector:\n    app.kubernetes.io/instance: db-0\n'),
      ],
    },
    { name: 'leaves values of other types to the schema check', code: statefulSetWith('metadata:\n  name: web\n  labels:\n    version: 1.10\n') },
  ],
  invalid: [
    {
      name: 'reports a metadata label key with a space (ValidateLabels prints the map path)',
      code: statefulSetWith('metadata:\n  name: web\n  labels:\n    «my app»: web\n'),
      errors: [{ messageId: 'invalid', message: `metadata.labels: Invalid value: "my app": name part ${NAME_FORMAT}` }],
    },
    {
      name: 'reports a template label value of 64 characters',
      code: podTemplate('      containers: []\n').replace('  template:\n', `  template:\n    metadata:\n      labels:\n        app: «${'a'.repeat(64)}»\n`),
      errors: [{ messageId: 'invalid', args: ['spec.template.metadata.labels', `"${'a'.repeat(64)}"`, 'must be no more than 63 characters'] }],
    },
    {
      name: 'reports a Service selector value with a slash',
      code: service('  selector:\n    app: «web/v1»\n'),
      errors: [{ messageId: 'invalid', args: ['spec.selector', '"web/v1"', VALUE_FORMAT] }],
    },
    {
      name: 'reports a nodeSelector key with two slashes and one with an uppercase prefix (IsQualifiedName)',
      code: podTemplate('      nodeSelector:\n        «a/b/c»: "x"\n        «Example.com/zone»: a\n'),
      errors: [
        { messageId: 'invalid', args: ['spec.template.spec.nodeSelector', '"a/b/c"', `a qualified name ${NAME_FORMAT} with an optional DNS subdomain prefix and '/' (e.g. 'example.com/MyName')`] },
        { messageId: 'invalid', args: ['spec.template.spec.nodeSelector', '"Example.com/zone"', `prefix part ${SUBDOMAIN}`] },
      ],
    },
    {
      name: 'reports a claim template label (checked when each claim is created)',
      code: statefulSetWith('spec:\n  volumeClaimTemplates:\n  - metadata:\n      name: data\n      labels:\n        «-bad»: x\n'),
      errors: [{ messageId: 'invalid', args: ['spec.volumeClaimTemplates[0].metadata.labels', '"-bad"', `name part ${NAME_FORMAT}`] }],
    },
  ],
});
