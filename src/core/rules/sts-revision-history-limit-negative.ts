import { getNumber } from '../model/access';
import type { Rule } from './types';

const ID = 'sts-revision-history-limit-negative';
const PATH = 'spec.revisionHistoryLimit';

export const stsRevisionHistoryLimitNegative: Rule = {
  id: ID,
  appliesTo: ['StatefulSet'],
  severity: 'warning',
  scope: 'document',
  docs: {
    summary:
      'Unlike Deployments and DaemonSets, the apiserver does not validate a StatefulSet\'s `revisionHistoryLimit`. A negative value is accepted and the controller then never prunes old ControllerRevisions, so they pile up.',
    remediation: 'Use 0 or a positive number, or remove the field (default 10).',
    url: 'https://kubernetes.io/docs/reference/kubernetes-api/workload-resources/stateful-set-v1/',
  },
  check({ resource }) {
    const limit = getNumber(resource.root, PATH);
    if (!limit || limit.value >= 0) return [];
    return [
      {
        ruleId: ID,
        range: limit.range,
        path: PATH,
        message: `${PATH} is ${limit.value}: a negative limit is accepted but the controller then never deletes old ControllerRevisions`,
      },
    ];
  },
};
