import { findRule } from '../../../src/core/rules/index';
import { WEB_EXAMPLE } from '../helpers';
import { statefulSet } from './fixtures';
import { ruleTester } from './ruleTester';

const sts = (name: string, spec = '  replicas: 3\n') => statefulSet(spec, name);
const long = (length: number) => 'a'.repeat(length);
const LABEL = (name: string, length: number) =>
  `metadata.name "${name}" is ${length} characters, more than 52: every pod gets the label controller-revision-hash: "${name}-<hash>" (hash up to 10 characters) and a label value may have at most 63, `;

ruleTester.run(findRule('sts-name-too-long-for-pods')!, {
  valid: [
    { name: 'accepts a 52-character name', code: [sts(long(52)), WEB_EXAMPLE] },
    { name: 'leaves names that are not DNS-1123 labels to sts-name-invalid', code: [sts(long(64)), sts(`A${long(55)}`)] },
  ],
  invalid: [
    {
      name: 'reports a 53-character name and explains the controller-revision-hash label',
      code: sts(`«${long(53)}»`),
      errors: [
        {
          messageId: 'message.nameTooLong',
          message: `${LABEL(long(53), 53)}so pod creation fails (FailedCreate) whenever the hash is longer than 9 characters, for about 77% of template revisions`,
        },
      ],
    },
    {
      name: 'says that no pod can ever be created once the name leaves no room for the hash',
      code: sts(`«${long(62)}»`, '  replicas: 1\n'),
      errors: [
        {
          messageId: 'message.nameTooLong',
          message: `${LABEL(long(62), 62)}so the controller can never create a pod; the pod name "${long(62)}-0" is also too long for a hostname (64 > 63)`,
        },
      ],
    },
    {
      name: 'also names the pod hostname when it is longer than 63 characters',
      code: sts(`«${long(62)}»`, '  replicas: 10\n'),
      errors: [
        {
          messageId: 'message.nameTooLong',
          message: `${LABEL(long(62), 62)}so the controller can never create a pod; the pod name "${long(62)}-9" is also too long for a hostname (64 > 63)`,
        },
      ],
    },
  ],
});
