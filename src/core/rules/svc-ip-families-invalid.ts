import { getPath, getSeq, getString } from '../model/access';
import { IP_FAMILIES, IP_FAMILY_POLICIES } from '../model/enums';
import { duplicate, forbidden, invalid, unsupported, type FieldProblem } from '../model/fieldProblem';
import type { Resource } from '../model/resource';
import { clusterIPOf, clusterIPsOf, effectiveServiceType, isHeadless, isIPv6Address, isValidIP } from '../model/service';
import { stringItems } from '../model/serviceFields';
import type { Located } from '../model/types';
import { defineRule } from './defineRule';
import { problemMessages, replacementFix, reportProblems } from './problemReport';

type FamilyProblem = FieldProblem<'invalid' | 'unsupported' | 'duplicate' | 'forbidden'>;

const EXTERNAL_NAME = 'may not be set for ExternalName services';

export default defineRule({
  id: 'svc-ip-families-invalid',
  meta: {
    severity: 'error', appliesTo: ['Service'], scope: 'document',
    docs: {
      summary:
        '`spec.ipFamilies` holds `IPv4` and/or `IPv6`, each at most once (so at most two), and each `clusterIPs` entry must be of the family at the same index; `ipFamilyPolicy` is `SingleStack`, `PreferDualStack` or `RequireDualStack`, and `SingleStack` cannot go with two families or two cluster IPs. ExternalName Services take neither field.',
      remediation:
        'Spell the families `IPv4`/`IPv6` and list each once, in the order of `clusterIPs`; use `PreferDualStack` or `RequireDualStack` for two families; remove both fields from ExternalName Services.',
      url: 'https://kubernetes.io/docs/concepts/services-networking/dual-stack/#services',
    },
    source: 'ValidateServiceClusterIPsRelatedFields',
  },
  messages: { ...problemMessages('invalid', 'unsupported', 'duplicate', 'forbidden'), 'fix.spelling': 'Change to {0}' },
  check(ctx) {
    const svc = ctx.resource;
    const isExternalName = effectiveServiceType(svc) === 'ExternalName';
    reportProblems(ctx, isExternalName ? externalNameProblems(svc) : [...familyProblems(svc), ...policyProblems(svc), ...mismatchProblems(svc)]);
  },
  fixes(finding, ctx) {
    return replacementFix(finding, ctx, 'suggestion', (value) => ctx.t('fix.spelling', value));
  },
});

/** ValidateService, ExternalName case: no families and no policy. */
function externalNameProblems(svc: Resource): FamilyProblem[] {
  const out: FamilyProblem[] = [];
  const families = getSeq(svc.root, 'spec.ipFamilies');
  if (families && families.items.length > 0) out.push(forbidden('spec.ipFamilies', families.keyRange ?? families.range, EXTERNAL_NAME));
  const policy = getPath(svc.root, 'spec.ipFamilyPolicy');
  if (policy && !(policy.kind === 'scalar' && policy.value === null)) out.push(forbidden('spec.ipFamilyPolicy', policy.keyRange ?? policy.range, EXTERNAL_NAME));
  return out;
}

/** Each family supported, none twice (which also keeps the list at two). */
function familyProblems(svc: Resource): FamilyProblem[] {
  const out: FamilyProblem[] = [];
  const seen = new Set<string>();
  for (const item of stringItems(svc, 'spec.ipFamilies')) {
    const path = `spec.ipFamilies[${item.index}]`;
    if (!IP_FAMILIES.includes(item.value)) out.push(unsupported(path, item.range, item.value, IP_FAMILIES));
    if (seen.has(item.value)) out.push(duplicate(path, item.range, item.value));
    seen.add(item.value);
  }
  return out;
}

/** The policy's value, and (initIPFamilyFields, at allocation) SingleStack with two of anything. */
function policyProblems(svc: Resource): FamilyProblem[] {
  const policy = getString(svc.root, 'spec.ipFamilyPolicy');
  if (!policy) return [];
  const path = 'spec.ipFamilyPolicy';
  if (!IP_FAMILY_POLICIES.includes(policy.value)) return [unsupported(path, policy.range, policy.value, IP_FAMILY_POLICIES)];
  if (policy.value !== 'SingleStack') return [];
  const out: FamilyProblem[] = [];
  if (clusterIPsOf(svc).length === 2) out.push(invalid(path, policy.range, policy.value, "must be 'RequireDualStack' or 'PreferDualStack' when multiple cluster IPs are specified"));
  if ((getSeq(svc.root, 'spec.ipFamilies')?.items.length ?? 0) === 2) {
    out.push(invalid(path, policy.range, policy.value, "must be 'RequireDualStack' or 'PreferDualStack' when multiple IP families are specified"));
  }
  return out;
}

/** The last step of ValidateServiceClusterIPsRelatedFields: each valid cluster IP against the family at its index. */
function mismatchProblems(svc: Resource): FamilyProblem[] {
  const ips = effectiveClusterIPs(svc);
  // Upstream stops before this step when a cluster IP is invalid (svc-cluster-ip-invalid reports it).
  if (isHeadless(svc) || ips.some((ip) => !isValidIP(ip.value))) return [];
  const families = getSeq(svc.root, 'spec.ipFamilies')?.items ?? [];
  const out: FamilyProblem[] = [];
  ips.forEach((ip, i) => {
    const family = families[i];
    if (family?.kind !== 'scalar' || (family.value !== 'IPv4' && family.value !== 'IPv6')) return;
    if ((family.value === 'IPv6') === isIPv6Address(ip.value)) return;
    out.push(invalid(`spec.clusterIPs[${i}]`, ip.range, ip.value, `expected an ${family.value} value as indicated by \`ipFamilies[${i}]\``));
  });
  return out;
}

/** `clusterIPs` as the create strategy leaves them: the list, else `clusterIP` copied into it. */
function effectiveClusterIPs(svc: Resource): Located<string>[] {
  const ips = clusterIPsOf(svc).map((ip) => ({ value: ip.value as string, range: ip.range }));
  if (ips.length > 0) return ips;
  const single = clusterIPOf(svc);
  return single ? [single] : [];
}
