import { getPath } from '../model/access';
import { invalid, missingRange, required, type FieldProblem } from '../model/fieldProblem';
import { dns1123SubdomainProblem } from '../model/names';
import type { Resource } from '../model/resource';
import { effectiveServiceType } from '../model/service';
import { isMap, isScalar } from '../model/types';
import { defineRule } from './defineRule';
import { problemMessages, reportProblems } from './problemReport';

export default defineRule({
  id: 'svc-external-name-invalid',
  meta: {
    severity: 'error', appliesTo: ['Service'], scope: 'document',
    docs: {
      summary:
        'A Service of `type: ExternalName` needs `spec.externalName`, the DNS name it is an alias (CNAME) for: a DNS-1123 subdomain such as `db.example.com` (a trailing dot is allowed), not an IP address with a port or a URL. Such a Service has no cluster IP and no endpoints: its selector and ports are ignored, so it cannot govern a StatefulSet.',
      remediation:
        'Set `externalName` to a lowercase host name (`my.database.example.com`); to reach pods of a StatefulSet use a headless Service (`clusterIP: None`) with a selector instead.',
      url: 'https://kubernetes.io/docs/concepts/services-networking/service/#externalname',
    },
    source: 'ValidateService',
  },
  messages: problemMessages('invalid', 'required'),
  check(ctx) {
    if (effectiveServiceType(ctx.resource) === 'ExternalName') reportProblems(ctx, externalNameProblems(ctx.resource));
  },
});

/** ValidateService, ExternalName case: the name without its trailing dot must be a DNS subdomain. */
function externalNameProblems(svc: Resource): FieldProblem<'invalid' | 'required'>[] {
  const path = 'spec.externalName';
  const node = getPath(svc.root, path);
  if (node !== undefined && !(isScalar(node) && (node.value === null || typeof node.value === 'string'))) return [];
  const cname = isScalar(node) && typeof node.value === 'string' ? node.value.replace(/\.$/, '') : '';
  if (cname === '') {
    const spec = getPath(svc.root, 'spec');
    return [required(path, isMap(spec) ? missingRange(spec, node) : (node?.keyRange ?? svc.kind.range))];
  }
  const problem = dns1123SubdomainProblem(cname);
  return problem ? [invalid(path, node!.range, cname, problem)] : [];
}
