import { getString } from '../model/access';
import { quote } from '../model/names';
import type { Rule } from './types';

const ID = 'sts-restart-policy-invalid';
const PATH = 'spec.template.spec.restartPolicy';

export const stsRestartPolicyInvalid: Rule = {
  id: ID,
  appliesTo: ['StatefulSet'],
  severity: 'error',
  scope: 'document',
  docs: {
    summary: 'StatefulSet pods run forever, so the pod template\'s `restartPolicy` may only be `Always` (the default when omitted); the apiserver rejects `OnFailure` and `Never`.',
    remediation: 'Remove `restartPolicy` from the pod template (or write `Always`). For run-to-completion work use a Job.',
    url: 'https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle/#restart-policy',
  },
  check({ resource }) {
    const policy = getString(resource.root, PATH);
    // "" is defaulted to Always.
    if (!policy || policy.value === '' || policy.value === 'Always') return [];
    return [{ ruleId: ID, range: policy.range, path: PATH, message: `${PATH}: Unsupported value: ${quote(policy.value)}: supported values: "Always"` }];
  },
};
