import { findRule } from '../../../src/core/rules/index';
import { WEB_EXAMPLE } from '../helpers';
import { appPod } from './fixtures';
import { ruleTester } from './ruleTester';

/** One container `app` with `securityContext` lines, mounting volume `data` with `mountPropagation: value`. */
const mounting = (value: string, sc = '') =>
  appPod('', `${sc}        volumeMounts:\n        - {name: data, mountPath: /data, mountPropagation: ${value}}\n      volumes:\n      - {name: data, emptyDir: {}}\n`);
const PATH = 'spec.template.spec.containers[0].volumeMounts.mountPropagation';

ruleTester.run(findRule('pod-mount-propagation-invalid')!, {
  valid: [
    {
      name: 'accepts what validateMountPropagation accepts: None, HostToContainer, and Bidirectional in a privileged container',
      code: [WEB_EXAMPLE, mounting('None'), mounting('HostToContainer'), mounting('Bidirectional', '        securityContext: {privileged: true}\n')],
    },
  ],
  invalid: [
    {
      name: 'reports an unknown mode at the list path without the index, as validateMountPropagation does, with the exact spelling as fix',
      code: mounting('«hostToContainer»'),
      errors: [{ messageId: 'unsupported', message: `${PATH}: Unsupported value: "hostToContainer": supported values: "Bidirectional", "HostToContainer", "None"` }],
      output: mounting('HostToContainer'),
    },
    {
      name: 'reports Bidirectional in a container that is not privileged (validateMountPropagation)',
      code: mounting('«Bidirectional»', '        securityContext: {privileged: false}\n'),
      errors: [{ messageId: 'forbidden', message: `${PATH}: Forbidden: Bidirectional mount propagation is available only to privileged containers` }],
    },
  ],
});
