import { defineRule } from './defineRule';
import { subdomainFieldProblems } from './podNameFields';
import { problemMessages, reportProblems } from './problemReport';

export default defineRule({
  id: 'pod-priority-class-name-invalid',
  meta: {
    refusedOnCreateSince: '1.34',
    severity: 'error', appliesTo: ['StatefulSet'], scope: 'document',
    docs: {
      summary:
        'The pod template\'s `priorityClassName` must be a DNS-1123 subdomain (lowercase letters, digits, `-` and `.`), as every PriorityClass name is. Since v1.34 the apiserver rejects the StatefulSet; older clusters fail every pod creation instead.',
      remediation: 'Use the PriorityClass\'s exact name as `kubectl get priorityclasses` lists it (for example `system-cluster-critical`).',
      url: 'https://kubernetes.io/docs/concepts/scheduling-eviction/pod-priority-preemption/#priorityclass',
    },
    source: 'ValidatePodSpec',
  },
  messages: problemMessages('invalid'),
  check(ctx) {
    reportProblems(ctx, subdomainFieldProblems(ctx.resource, 'priorityClassName'));
  },
});
