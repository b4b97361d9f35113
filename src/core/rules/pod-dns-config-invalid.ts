import { getKey, getSeq } from '../model/access';
import { INVALID_IP_DETAIL, invalid, missingRange, required, type FieldProblem } from '../model/fieldProblem';
import { atLeast, type KubernetesVersion } from '../model/kubernetesVersion';
import { dns1123SubdomainProblem, dns1123SubdomainWithUnderscoreProblem } from '../model/names';
import { POD_SPEC_PATH, podSpecOf } from '../model/podSpec';
import { isValidIP } from '../model/service';
import { isMap, isScalar, type YMap } from '../model/types';
import { defineRule } from './defineRule';
import { problemMessages, reportProblems } from './problemReport';

const PATH = `${POD_SPEC_PATH}.dnsConfig`;
// The limits validatePodDNSConfig applies (MaxDNSNameservers, MaxDNSSearchPaths, MaxDNSSearchListChars).
const MAX_NAMESERVERS = 3;
const MAX_SEARCHES = 32;
const MAX_SEARCH_CHARS = 2048;
/**
 * RelaxedDNSSearchValidation (alpha in v1.32, beta and on by default from v1.33, GA in v1.34) sets
 * PodValidationOptions.AllowRelaxedDNSSearchValidation (useRelaxedDNSSearchValidation): search
 * names may then hold underscores and may be a lone `.`.
 */
const RELAXED_SEARCHES_SINCE: KubernetesVersion = '1.33';

export default defineRule({
  id: 'pod-dns-config-invalid',
  meta: {
    refusedOnCreateSince: '1.34',
    severity: 'error', appliesTo: ['StatefulSet'], scope: 'document',
    docs: {
      summary:
        'The pod template\'s `dnsConfig`: at most 3 `nameservers`, each an IP address; at most 32 `searches` (2048 characters together), each a DNS subdomain (a trailing dot is fine; from v1.33 labels may also hold underscores, as in `_sip._tcp.example.com`, and `.` alone is accepted); every `options` entry has a `name`. Since v1.34 the apiserver rejects the StatefulSet; older clusters fail every pod creation instead.',
      remediation: 'Write nameservers as IP addresses (not host names), keep the search list short and lowercase, and give every option a name (`{name: ndots, value: "2"}`).',
      url: 'https://kubernetes.io/docs/concepts/services-networking/dns-pod-service/#pod-dns-config',
    },
    source: 'validatePodDNSConfig',
  },
  messages: problemMessages('invalid', 'required'),
  check(ctx) {
    const config = getKey(podSpecOf(ctx.resource), 'dnsConfig');
    if (isMap(config)) reportProblems(ctx, configProblems(config, atLeast(ctx.kubernetesVersion, RELAXED_SEARCHES_SINCE)));
  },
});

type ConfigProblem = FieldProblem<'invalid' | 'required'>;

function configProblems(config: YMap, relaxedSearches: boolean): ConfigProblem[] {
  const out: ConfigProblem[] = [];
  const nameservers = getSeq(config, 'nameservers');
  if (nameservers && nameservers.items.length > MAX_NAMESERVERS) {
    out.push(invalid(`${PATH}.nameservers`, nameservers.keyRange ?? nameservers.range, `${nameservers.items.length} nameservers`, `must not have more than ${MAX_NAMESERVERS} nameservers`));
  }
  nameservers?.items.forEach((item, i) => {
    if (isScalar(item) && typeof item.value === 'string' && !isValidIP(item.value)) out.push(invalid(`${PATH}.nameservers[${i}]`, item.range, item.value, INVALID_IP_DETAIL));
  });
  out.push(...searchProblems(config, relaxedSearches));
  getSeq(config, 'options')?.items.forEach((item, i) => {
    if (!isMap(item)) return;
    const name = getKey(item, 'name');
    if (name === undefined || (isScalar(name) && (name.value === null || name.value === ''))) out.push(required(`${PATH}.options[${i}]`, missingRange(item, name), 'must not be empty'));
  });
  return out;
}

/** validatePodDNSConfig's searches, with or without AllowRelaxedDNSSearchValidation. */
function searchProblems(config: YMap, relaxed: boolean): ConfigProblem[] {
  const searches = getSeq(config, 'searches');
  if (!searches) return [];
  const out: ConfigProblem[] = [];
  const texts = searches.items.map((item) => (isScalar(item) && typeof item.value === 'string' ? item.value : ''));
  const at = searches.keyRange ?? searches.range;
  if (texts.length > MAX_SEARCHES) out.push(invalid(`${PATH}.searches`, at, `${texts.length} search paths`, `must not have more than ${MAX_SEARCHES} search paths`));
  if (texts.join(' ').length > MAX_SEARCH_CHARS) {
    out.push(invalid(`${PATH}.searches`, at, `${texts.join(' ').length} characters`, `must not have more than ${MAX_SEARCH_CHARS} characters (including spaces) in the search list`));
  }
  searches.items.forEach((item, i) => {
    if (!isScalar(item) || typeof item.value !== 'string' || (relaxed && item.value === '.')) return;
    const search = item.value.endsWith('.') ? item.value.slice(0, -1) : item.value; // a trailing dot is fine
    const problem = relaxed ? dns1123SubdomainWithUnderscoreProblem(search) : dns1123SubdomainProblem(search);
    if (problem) out.push(invalid(`${PATH}.searches[${i}]`, item.range, search, problem));
  });
  return out;
}
