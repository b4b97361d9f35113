import { INVALID_IP_DETAIL, invalid, type FieldProblem } from '../model/fieldProblem';
import type { Resource } from '../model/resource';
import { isValidIP } from '../model/service';
import { specialIPProblems, stringItems } from '../model/serviceFields';
import { defineRule } from './defineRule';
import { problemMessages, reportProblems } from './problemReport';

export default defineRule({
  id: 'svc-external-ips-invalid',
  meta: {
    severity: 'error', appliesTo: ['Service'], scope: 'document',
    docs: {
      summary:
        'Each `spec.externalIPs` entry must be an IP address, and not an unspecified (`0.0.0.0`, `::`), loopback (`127.0.0.0/8`, `::1`), link-local (`169.254.0.0/16`, `fe80::/10`) or link-local multicast (`224.0.0.0/24`, `ff02::/10`) one: nodes route these addresses to the Service, and those ranges are the node\'s own.',
      remediation: 'List only routable addresses that reach a node (without a port or prefix), or remove `externalIPs` and use a LoadBalancer or NodePort Service.',
      url: 'https://kubernetes.io/docs/concepts/services-networking/service/#external-ips',
    },
    source: 'ValidateNonSpecialIP',
  },
  messages: problemMessages('invalid'),
  check(ctx) {
    reportProblems(ctx, externalIPProblems(ctx.resource));
  },
});

/** ValidateService's externalIPs loop: IsValidIP, then ValidateNonSpecialIP for valid ones. */
function externalIPProblems(svc: Resource): FieldProblem<'invalid'>[] {
  return stringItems(svc, 'spec.externalIPs').flatMap((item) => {
    const path = `spec.externalIPs[${item.index}]`;
    if (!isValidIP(item.value)) return [invalid(path, item.range, item.value, INVALID_IP_DETAIL)];
    return specialIPProblems(item.value).map((detail) => invalid(path, item.range, item.value, detail));
  });
}
