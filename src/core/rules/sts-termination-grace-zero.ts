import { getNumber } from '../model/access';
import type { Rule } from './types';

const ID = 'sts-termination-grace-zero';
const PATH = 'spec.template.spec.terminationGracePeriodSeconds';

export const stsTerminationGraceZero: Rule = {
  id: ID,
  appliesTo: ['StatefulSet'],
  severity: 'warning',
  scope: 'document',
  docs: {
    summary:
      'A `terminationGracePeriodSeconds` of 0 kills pods without a graceful shutdown. For a StatefulSet the Kubernetes documentation calls this unsafe and strongly discouraged: a force-deleted pod may still be running while its replacement with the same identity and storage starts.',
    remediation: 'Remove the field (default 30 seconds) or give the application enough seconds to shut down cleanly.',
    url: 'https://kubernetes.io/docs/concepts/workloads/controllers/statefulset/#deployment-and-scaling-guarantees',
  },
  check({ resource }) {
    const grace = getNumber(resource.root, PATH);
    if (!grace || grace.value !== 0) return [];
    return [
      {
        ruleId: ID,
        range: grace.range,
        path: PATH,
        message: `${PATH} is 0: pods are killed without a graceful shutdown, which the StatefulSet documentation calls unsafe and strongly discouraged`,
      },
    ];
  },
};
