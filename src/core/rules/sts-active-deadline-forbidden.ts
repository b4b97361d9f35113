import { getNumber } from '../model/access';
import type { Rule } from './types';

const ID = 'sts-active-deadline-forbidden';
const PATH = 'spec.template.spec.activeDeadlineSeconds';

export const stsActiveDeadlineForbidden: Rule = {
  id: ID,
  appliesTo: ['StatefulSet'],
  severity: 'error',
  scope: 'document',
  docs: {
    summary: '`activeDeadlineSeconds` kills a pod after a fixed time, which makes no sense for the long-running pods of a StatefulSet; the apiserver forbids it in the pod template.',
    remediation: 'Remove `activeDeadlineSeconds` from `spec.template.spec`. For work with a deadline use a Job.',
    url: 'https://kubernetes.io/docs/reference/kubernetes-api/workload-resources/pod-v1/#lifecycle',
  },
  check({ resource }) {
    const value = getNumber(resource.root, PATH);
    if (!value) return [];
    return [{ ruleId: ID, range: value.range, path: PATH, message: `${PATH}: Forbidden: activeDeadlineSeconds in StatefulSet is not Supported (value ${value.value})` }];
  },
};
