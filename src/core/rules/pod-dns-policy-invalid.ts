import { getKey } from '../model/access';
import { required, unsupported, type FieldProblem } from '../model/fieldProblem';
import { POD_SPEC_PATH, podSpecOf } from '../model/podSpec';
import { isMap, isScalar, isSeq, type YMap } from '../model/types';
import { defineRule } from './defineRule';
import { problemMessages, replacementFix, reportProblems } from './problemReport';

const POLICIES = ['ClusterFirstWithHostNet', 'ClusterFirst', 'Default', 'None'];

export default defineRule({
  id: 'pod-dns-policy-invalid',
  meta: {
    refusedOnCreateSince: '1.34',
    severity: 'error', appliesTo: ['StatefulSet'], scope: 'document',
    docs: {
      summary:
        'The pod template\'s `dnsPolicy` must be `ClusterFirst` (the default), `ClusterFirstWithHostNet`, `Default` or `None`, spelled exactly so; `None` needs a `dnsConfig` with at least one nameserver. Since v1.34 the apiserver rejects the StatefulSet; older clusters fail every pod creation instead.',
      remediation: 'Fix the spelling, or with `dnsPolicy: None` add `dnsConfig: {nameservers: [<IP>]}`. Remove the field to keep the cluster DNS.',
      url: 'https://kubernetes.io/docs/concepts/services-networking/dns-pod-service/#pod-s-dns-policy',
    },
    source: 'validateDNSPolicy',
  },
  messages: { ...problemMessages('unsupported', 'required'), 'fix.spelling': 'Change to {0}' },
  check(ctx) {
    const spec = podSpecOf(ctx.resource);
    if (spec) reportProblems(ctx, policyProblems(spec));
  },
  fixes(finding, ctx) {
    return replacementFix(finding, ctx, 'suggestion', (policy) => ctx.t('fix.spelling', policy));
  },
});

function policyProblems(spec: YMap): FieldProblem<'unsupported' | 'required'>[] {
  const policy = getKey(spec, 'dnsPolicy');
  // `""` and unset are defaulted to ClusterFirst (SetDefaults_PodSpec); other types are the schema's.
  if (!isScalar(policy) || typeof policy.value !== 'string' || policy.value === '') return [];
  if (!POLICIES.includes(policy.value)) return [unsupported(`${POD_SPEC_PATH}.dnsPolicy`, policy.range, policy.value, POLICIES)];
  if (policy.value !== 'None') return [];
  // validatePodDNSConfig: `None` takes the whole resolver configuration from dnsConfig.
  const config = getKey(spec, 'dnsConfig');
  if (!isMap(config)) {
    if (config !== undefined && !(isScalar(config) && config.value === null)) return [];
    return [required(`${POD_SPEC_PATH}.dnsConfig`, policy.range, 'must provide `dnsConfig` when `dnsPolicy` is None')];
  }
  const nameservers = getKey(config, 'nameservers');
  if (isSeq(nameservers) && nameservers.items.length > 0) return [];
  const range = nameservers?.keyRange ?? config.keyRange ?? policy.range;
  return [required(`${POD_SPEC_PATH}.dnsConfig.nameservers`, range, 'must provide at least one DNS nameserver when `dnsPolicy` is None')];
}
