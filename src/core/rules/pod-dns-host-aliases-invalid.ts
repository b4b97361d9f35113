import { getKey, getSeq } from '../model/access';
import { INVALID_IP_DETAIL, invalid, missingRange, type FieldProblem } from '../model/fieldProblem';
import { dns1123SubdomainProblem } from '../model/names';
import { POD_SPEC_PATH } from '../model/podSpec';
import { isValidIP } from '../model/service';
import { isMap, isScalar, type YMap } from '../model/types';
import { defineRule } from './defineRule';
import { problemMessages, reportProblems } from './problemReport';

const PATH = `${POD_SPEC_PATH}.hostAliases`;

export default defineRule({
  id: 'pod-dns-host-aliases-invalid',
  meta: {
    refusedOnCreateSince: '1.34',
    severity: 'error', appliesTo: ['StatefulSet'], scope: 'document',
    docs: {
      summary:
        'Each `hostAliases` entry of the pod template (lines added to the pods\' /etc/hosts) needs an `ip` that is an IP address, and `hostnames` that are DNS subdomains (lowercase). Since v1.34 the apiserver rejects the StatefulSet; older clusters fail every pod creation instead.',
      remediation: 'Write the address as an IP (`10.0.0.5`, not a host name) and the host names in lowercase.',
      url: 'https://kubernetes.io/docs/tasks/network/customize-hosts-file-for-pods/',
    },
    source: 'ValidateHostAliases',
  },
  messages: problemMessages('invalid'),
  check(ctx) {
    getSeq(ctx.resource.root, PATH)?.items.forEach((item, i) => {
      if (isMap(item)) reportProblems(ctx, aliasProblems(item, `${PATH}[${i}]`));
    });
  },
});

function aliasProblems(item: YMap, path: string): FieldProblem<'invalid'>[] {
  const out: FieldProblem<'invalid'>[] = [];
  const ip = getKey(item, 'ip');
  const text = ip === undefined || (isScalar(ip) && ip.value === null) ? '' : isScalar(ip) && typeof ip.value === 'string' ? ip.value : undefined;
  if (text !== undefined && !isValidIP(text)) out.push(invalid(`${path}.ip`, text === '' ? missingRange(item, ip) : ip!.range, text, INVALID_IP_DETAIL));
  getSeq(item, 'hostnames')?.items.forEach((name, j) => {
    if (!isScalar(name) || typeof name.value !== 'string') return;
    const problem = dns1123SubdomainProblem(name.value);
    if (problem) out.push(invalid(`${path}.hostnames[${j}]`, name.range, name.value, problem));
  });
  return out;
}
