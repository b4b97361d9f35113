import { quote } from '../model/names';
import { lookUpService, lookupData } from './serviceLookup';
import type { Rule } from './types';

export const stsServiceNotFound: Rule = {
  id: 'sts-service-not-found',
  appliesTo: ['StatefulSet'],
  severity: 'warning',
  scope: 'workspace',
  docs: {
    summary:
      'No Service named by `spec.serviceName` was found in any file checked. The StatefulSet controller does not create it: without a headless Service of that name the pods get no stable DNS names (web-0.nginx). It may be defined in a file that was not checked.',
    remediation:
      'Create a headless Service (`clusterIP: None`) with that name in the StatefulSet\'s namespace, whose `spec.selector` matches the pod template labels, or point `spec.serviceName` at the existing one.',
    url: 'https://kubernetes.io/docs/concepts/workloads/controllers/statefulset/#limitations',
  },
  check({ resource, index }) {
    const lookup = lookUpService(resource, index);
    if (!lookup || lookup.sameNamespace.length > 0 || lookup.otherNamespaces.length > 0) return [];
    const { serviceName } = lookup;
    const names = lookup.headlessServices;
    const listed = names.slice(0, 3).map((n) => quote(n)).join(', ') + (names.length > 3 ? ', …' : '');
    const hint = names.length > 0 ? `; headless Services in this namespace: ${listed}` : '';
    return [
      {
        ruleId: this.id,
        range: serviceName.range,
        path: 'spec.serviceName',
        message: `spec.serviceName ${quote(serviceName.value)} matches no Service in the files checked (it may be defined elsewhere): pods get DNS names only from a headless Service of that name in namespace ${quote(lookup.namespace)}${hint}`,
        data: lookupData(lookup),
      },
    ];
  },
};
