import { getNumber, getPath, getString } from '../model/access';
import { TRAFFIC_POLICIES } from '../model/enums';
import { invalid, unsupported, type FieldProblem } from '../model/fieldProblem';
import { isPortNumber, PORT_RANGE } from '../model/names';
import type { Resource } from '../model/resource';
import { isExternallyAccessible, needsHealthCheck } from '../model/serviceFields';
import { isScalar } from '../model/types';
import { defineRule } from './defineRule';
import { problemMessages, replacementFix, reportProblems } from './problemReport';

type TrafficProblem = FieldProblem<'invalid' | 'unsupported'>;

export default defineRule({
  id: 'svc-traffic-policy-invalid',
  meta: {
    severity: 'error', appliesTo: ['Service'], scope: 'document',
    docs: {
      summary:
        '`externalTrafficPolicy` (`Cluster` or `Local`) is only allowed on externally accessible Services: NodePort, LoadBalancer, or ClusterIP with `externalIPs`; so never on a headless Service. `healthCheckNodePort` only with `type: LoadBalancer` and `externalTrafficPolicy: Local`, as a port 1–65535. `internalTrafficPolicy` is `Cluster` or `Local` (an empty string is refused).',
      remediation:
        'Remove `externalTrafficPolicy` and `healthCheckNodePort` from ClusterIP and headless Services (set them on the NodePort or LoadBalancer Service that exposes the pods), and spell policies exactly `Cluster` or `Local`.',
      url: 'https://kubernetes.io/docs/reference/networking/virtual-ips/#traffic-policies',
    },
    source: 'validateServiceExternalTrafficPolicy',
  },
  messages: { ...problemMessages('invalid', 'unsupported'), 'fix.spelling': 'Change to {0}' },
  check(ctx) {
    const svc = ctx.resource;
    reportProblems(ctx, [...externalPolicyProblems(svc), ...healthCheckProblems(svc), ...internalPolicyProblems(svc)]);
  },
  fixes(finding, ctx) {
    return replacementFix(finding, ctx, 'suggestion', (value) => ctx.t('fix.spelling', value));
  },
});

/** validateServiceExternalTrafficPolicy; "" counts as unset (SetDefaults_Service fills in Cluster where it may be set). */
function externalPolicyProblems(svc: Resource): TrafficProblem[] {
  const path = 'spec.externalTrafficPolicy';
  const policy = getString(svc.root, path);
  if (!policy || policy.value === '') return [];
  if (!isExternallyAccessible(svc)) return [invalid(path, policy.range, policy.value, 'may only be set for externally-accessible services')];
  return TRAFFIC_POLICIES.includes(policy.value) ? [] : [unsupported(path, policy.range, policy.value, TRAFFIC_POLICIES)];
}

/** The healthCheckNodePort half of validateServiceExternalTrafficPolicy; 0 is unset (then allocated). */
function healthCheckProblems(svc: Resource): TrafficProblem[] {
  const path = 'spec.healthCheckNodePort';
  const port = getNumber(svc.root, path);
  if (!port || port.value === 0) return [];
  if (!needsHealthCheck(svc)) {
    return [invalid(path, port.range, port.value, "may only be set when `type` is 'LoadBalancer' and `externalTrafficPolicy` is 'Local'")];
  }
  return isPortNumber(port.value) ? [] : [invalid(path, port.range, port.value, PORT_RANGE)];
}

/** validateServiceInternalTrafficFieldsValue: any string but Cluster and Local, "" included (only null is unset). */
function internalPolicyProblems(svc: Resource): TrafficProblem[] {
  const path = 'spec.internalTrafficPolicy';
  const node = getPath(svc.root, path);
  if (!isScalar(node) || typeof node.value !== 'string' || TRAFFIC_POLICIES.includes(node.value)) return [];
  return [unsupported(path, node.range, node.value, TRAFFIC_POLICIES)];
}
