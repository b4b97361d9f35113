import { defineRule } from './defineRule';
import { subdomainFieldProblems } from './podNameFields';
import { problemMessages, reportProblems } from './problemReport';

export default defineRule({
  id: 'pod-service-account-name-invalid',
  meta: {
    refusedOnCreateSince: '1.34',
    severity: 'error', appliesTo: ['StatefulSet'], scope: 'document',
    docs: {
      summary:
        'The pod template\'s `serviceAccountName` must be a DNS-1123 subdomain (lowercase letters, digits, `-` and `.`), as every ServiceAccount name is. Since v1.34 the apiserver rejects the StatefulSet; older clusters fail every pod creation instead.',
      remediation: 'Use the ServiceAccount\'s exact name as `kubectl get serviceaccounts` lists it (lowercase, `-` instead of `_`).',
      url: 'https://kubernetes.io/docs/concepts/security/service-accounts/',
    },
    source: 'ValidatePodSpec',
  },
  messages: problemMessages('invalid'),
  check(ctx) {
    reportProblems(ctx, subdomainFieldProblems(ctx.resource, 'serviceAccountName'));
  },
});
