import { findRule } from '../../../src/core/rules/index';
import { WEB_EXAMPLE } from '../helpers';
import { statefulSet } from './fixtures';
import { ruleTester } from './ruleTester';

const sts = (spec: string, podSpec: string) => statefulSet(`${spec}  template:\n    spec:\n${podSpec}`);
const NO_PROBE = '      «containers»:\n      - name: db\n        image: db\n';
const unmarked = (text: string) => text.replace(/[«»]/g, '');
const SIDECAR = '      initContainers:\n      - name: proxy\n        image: envoy\n        restartPolicy: Always\n        readinessProbe: {tcpSocket: {port: 80}}\n';

ruleTester.run(findRule('sts-no-readiness-probe')!, {
  valid: [
    {
      name: 'says nothing for Parallel sets, single replicas, or when a container or sidecar has a probe',
      code: [
        sts('  replicas: 3\n  podManagementPolicy: Parallel\n', unmarked(NO_PROBE)),
        sts('  replicas: 1\n', unmarked(NO_PROBE)),
        sts('  replicas: 3\n', SIDECAR + unmarked(NO_PROBE)),
        WEB_EXAMPLE,
      ],
    },
  ],
  invalid: [
    {
      name: 'notes an OrderedReady set whose containers have no readinessProbe, as information',
      code: sts('  replicas: 3\n', NO_PROBE),
      errors: [
        {
          messageId: 'message',
          message:
            'no container in spec.template.spec.containers has a readinessProbe: with podManagementPolicy OrderedReady each pod counts as Ready as soon as it runs, so the next pod starts before this one can serve',
          severity: 'information',
        },
      ],
    },
  ],
});
