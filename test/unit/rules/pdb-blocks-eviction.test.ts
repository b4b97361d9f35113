import { findRule } from '../../../src/core/rules/index';
import { WEB_EXAMPLE } from '../helpers';
import { ruleTester } from './ruleTester';

/** StatefulSet `web` with `replicas` pods labelled app: db (and role: primary) in `namespace`. */
const statefulSet = (replicas: number, namespace = 'default', name = 'web') => `apiVersion: apps/v1
kind: StatefulSet
metadata:
  name: ${name}
  namespace: ${namespace}
spec:
  replicas: ${replicas}
  serviceName: db
  selector:
    matchLabels:
      app: db
  template:
    metadata:
      labels:
        app: db
        role: primary
    spec:
      containers:
      - name: db
        image: postgres
`;

/** A policy/v1 budget with `amount` lines (indented two spaces) selecting app: db. */
const budget = (amount: string, selector = '    matchLabels:\n      app: db\n', apiVersion = 'policy/v1') => `apiVersion: ${apiVersion}
kind: PodDisruptionBudget
metadata:
  name: db
spec:
${amount}  selector:
${selector}`;

const both = (...docs: string[]) => docs.join('---\n');
const DRAIN = 'so every voluntary eviction is refused and `kubectl drain` waits forever for';

ruleTester.run(findRule('pdb-blocks-eviction')!, {
  valid: [
    {
      name: 'accepts budgets that leave one disruption (getExpectedPodCount): minAvailable below the replicas, maxUnavailable 1, 66% of 3 rounding up to 2',
      code: [
        both(statefulSet(3), budget('  minAvailable: 2\n')),
        both(statefulSet(3), budget('  maxUnavailable: 1\n')),
        both(statefulSet(3), budget('  minAvailable: 66%\n')),
        both(statefulSet(3), budget('  maxUnavailable: 1%\n')),
        WEB_EXAMPLE,
      ],
    },
    {
      name: 'accepts a blocking budget that selects no pod of the set: other namespace, other labels, no selector, no replicas, policy/v1beta1',
      code: [
        both(statefulSet(3, 'prod'), budget('  minAvailable: 3\n')),
        both(statefulSet(3), budget('  minAvailable: 3\n', '    matchLabels:\n      app: web\n')),
        both(statefulSet(3), budget('  maxUnavailable: 0\n', '    null\n')),
        both(statefulSet(0), budget('  maxUnavailable: 0\n')),
        both(statefulSet(3), budget('  maxUnavailable: 0\n', '    matchLabels:\n      app: db\n', 'policy/v1beta1')),
        budget('  maxUnavailable: 0\n'),
      ],
    },
    {
      name: 'leaves a budget with both minAvailable and maxUnavailable to pdb-spec-invalid (the apiserver refuses it)',
      code: both(statefulSet(3), budget('  minAvailable: 3\n  maxUnavailable: 0\n')),
    },
  ],
  invalid: [
    {
      name: 'reports minAvailable equal to the replicas, naming the pods a drain waits for and a quorum-keeping value, and fixes it to replicas - 1',
      code: both(statefulSet(3), budget('  minAvailable: «3»\n')),
      errors: [
        {
          messageId: 'message',
          message: `spec.minAvailable 3: 3 of the 3 pods of StatefulSet web must stay available, ${DRAIN} web-0, web-1, web-2; set maxUnavailable: 1 or minAvailable: 2`,
          related: ['StatefulSet web: 3 replicas, selected by this budget'],
        },
      ],
      output: both(statefulSet(3), budget('  minAvailable: 2\n')),
    },
    {
      name: 'reports maxUnavailable 0 with an empty selector (every pod of the namespace), and fixes it to 1',
      code: both(statefulSet(5), budget('  maxUnavailable: «0»\n', '    {}\n')),
      errors: [{ messageId: 'message', message: `spec.maxUnavailable 0: 5 of the 5 pods of StatefulSet web must stay available, ${DRAIN} web-0, web-1, web-2, …; set maxUnavailable: 1` }],
      output: both(statefulSet(5), budget('  maxUnavailable: 1\n', '    {}\n')),
    },
    {
      name: 'reports percentages as getExpectedPodCount rounds them up: minAvailable 90% of 3 is 3, and a quoted 0% is 0',
      code: both(statefulSet(3), budget('  minAvailable: «90%»\n'), budget('  maxUnavailable: «"0%"»\n', '    matchExpressions:\n    - {key: role, operator: In, values: [primary]}\n')),
      errors: [
        { messageId: 'message', args: ['spec.minAvailable', '"90%"', 3, 3, 'web', 'web-0, web-1, web-2', 'set maxUnavailable: 1 or minAvailable: 2'] },
        { messageId: 'message', args: ['spec.maxUnavailable', '"0%"', 3, 3, 'web', 'web-0, web-1, web-2', 'set maxUnavailable: 1'] },
      ],
    },
    {
      name: 'reports minAvailable 1 on a single replica, and minAvailable above the replicas',
      code: both(statefulSet(1), budget('  minAvailable: «1»\n')) + '---\n' + both(statefulSet(2, 'other', 'cache').replace(/app: db/g, 'app: cache'), budget('  minAvailable: «4»\n', '    matchLabels:\n      app: cache\n').replace('name: db', 'name: cache\n  namespace: other')),
      errors: [
        { messageId: 'message', message: `spec.minAvailable 1: 1 of the 1 pods of StatefulSet web must stay available, ${DRAIN} web-0; a single replica cannot be both protected and drained: run 2 or more replicas, or set maxUnavailable: 1 and accept the pause` },
        { messageId: 'message', args: ['spec.minAvailable', '4', 4, 2, 'cache', 'cache-0, cache-1', 'set maxUnavailable: 1 or minAvailable: 1'] },
      ],
    },
  ],
});
