import { getKey } from '../model/access';
import { duplicate, invalid, missingRange, required, shown, type FieldProblem } from '../model/fieldProblem';
import { atLeast } from '../model/kubernetesVersion';
import { dns1123LabelProblem, dns1123SubdomainProblem, quote } from '../model/names';
import { POD_SPEC_PATH, podSpecOf } from '../model/podSpec';
import { templateContainers } from '../model/podTemplate';
import type { Resource } from '../model/resource';
import { isMap, isScalar, isSeq, type YMap, type YNode } from '../model/types';
import { type CheckContext, defineRule } from './defineRule';
import { problemMessages, reportProblems } from './problemReport';

const PATH = `${POD_SPEC_PATH}.resourceClaims`;
/**
 * DynamicResourceAllocation is on by default from v1.34 (GA). Before, with the gate off,
 * dropDisabledDynamicResourceAllocationFields drops `resourceClaims` and every container's
 * `resources.claims` before validation, so nothing is refused (and nothing is allocated).
 */
const CLAIMS_CHECKED_SINCE = '1.34';

const MESSAGES = {
  ...problemMessages('invalid', 'required', 'duplicate'),
  notFound: '{0}: Not found: {1}: must be one of the names in pod.spec.resourceClaims{2}',
  twoSources:
    '{0}: Invalid value: the claim {1} with resourceClaimName {2} and resourceClaimTemplateName {3}: at most one of `resourceClaimName` or `resourceClaimTemplateName` may be specified',
  noSource: '{0}: Invalid value: the claim {1} with neither resourceClaimName nor resourceClaimTemplateName: must specify one of: `resourceClaimName`, `resourceClaimTemplateName`',
} as const;
type Context = CheckContext<keyof typeof MESSAGES>;

export default defineRule({
  id: 'pod-resource-claims-invalid',
  meta: {
    refusedOnCreateSince: '1.34',
    severity: 'error', appliesTo: ['StatefulSet'], scope: 'document',
    docs: {
      summary:
        'Dynamic resource allocation: a `spec.resourceClaims` entry without a name, with a name that is no DNS-1123 label, or with a name used before, with both or neither of `resourceClaimName` and `resourceClaimTemplateName`, or naming a claim or template that is no DNS-1123 subdomain; a container\'s `resources.claims` entry without a name, naming no `spec.resourceClaims` entry, with a `request` that is no DNS-1123 label, or repeating a claim (and request). Checked from v1.34, where the DynamicResourceAllocation gate is on by default; older clusters drop these fields.',
      remediation: 'Declare each claim once under `spec.template.spec.resourceClaims` (with `resourceClaimTemplateName` for a claim per pod) and name it in the container\'s `resources.claims`.',
      url: 'https://kubernetes.io/docs/concepts/scheduling-eviction/dynamic-resource-allocation/',
    },
    source: 'validateResourceClaimNames',
  },
  messages: MESSAGES,
  check(ctx) {
    if (!atLeast(ctx.kubernetesVersion, CLAIMS_CHECKED_SINCE)) return;
    const names = podClaimNames(ctx, ctx.resource);
    for (const container of templateContainers(ctx.resource)) {
      const claims = getKey(getKey(container.node, 'resources'), 'claims');
      if (isSeq(claims)) checkContainerClaims(ctx, claims.items, `${container.path}.resources.claims`, names);
    }
  },
});

type ClaimProblem = FieldProblem<'invalid' | 'required' | 'duplicate'>;

/**
 * validatePodResourceClaim's name checks. The names containers may reference are every non-empty
 * one, valid or not (ValidatePodSpec passes gatherPodResourceClaimNames to the containers), so a
 * container naming an invalid pod claim gets no second error.
 */
function podClaimNames(ctx: Context, sts: Resource): Set<string> {
  const names = new Set<string>();
  const problems: ClaimProblem[] = [];
  const claims = getKey(podSpecOf(sts), 'resourceClaims');
  (isSeq(claims) ? claims.items : []).forEach((item, index) => {
    if (!isMap(item)) return;
    checkClaimSource(ctx, item, `${PATH}[${index}]`);
    const path = `${PATH}[${index}].name`;
    const node = getKey(item, 'name');
    const name = stringOf(node);
    if (name === '') problems.push(required(path, missingRange(item, node)));
    else if (name === undefined || !node) return;
    else if (names.has(name)) problems.push(duplicate(path, node.range, name));
    else {
      const problem = dns1123LabelProblem(name);
      if (problem) problems.push(invalid(path, node.range, name, problem));
      names.add(name);
    }
  });
  reportProblems(ctx, problems);
  return names;
}

/**
 * validatePodResourceClaim's source checks: exactly one of `resourceClaimName` and
 * `resourceClaimTemplateName` (set means present, even empty), each a DNS-1123 subdomain. Upstream
 * prints the whole claim as a Go struct for the first two; we say which fields it has instead.
 */
function checkClaimSource(ctx: Context, claim: YMap, path: string): void {
  const claimName = getKey(claim, 'resourceClaimName');
  const templateName = getKey(claim, 'resourceClaimTemplateName');
  const label = shownOf(getKey(claim, 'name'));
  if (isSet(claimName) && isSet(templateName) && templateName) {
    ctx.report({ range: templateName.range, path, messageId: 'twoSources', args: [path, label, shownOf(claimName), shownOf(templateName)] });
  } else if (!isSet(claimName) && !isSet(templateName)) {
    ctx.report({ range: missingRange(claim, getKey(claim, 'name')), path, messageId: 'noSource', args: [path, label] });
  }
  const problems: ClaimProblem[] = [];
  for (const [key, node] of [['resourceClaimName', claimName], ['resourceClaimTemplateName', templateName]] as const) {
    const value = isScalar(node) && typeof node.value === 'string' ? node.value : undefined;
    const problem = value === undefined ? undefined : dns1123SubdomainProblem(value);
    if (problem && node) problems.push(invalid(`${path}.${key}`, node.range, value, problem));
  }
  reportProblems(ctx, problems);
}

/** A pointer field upstream: nil when absent or null. */
const isSet = (node: YNode | undefined): boolean => node !== undefined && !(isScalar(node) && node.value === null);

/** A value as written in the message: quoted strings, `<unset>` for none. */
function shownOf(node: YNode | undefined): string {
  return isScalar(node) && node.value !== null ? shown(node.value) : '<unset>';
}

/** validateResourceClaimNames: a name; a request that is a DNS label; name/request once; the name among the pod's. */
function checkContainerClaims(ctx: Context, items: readonly YNode[], listPath: string, names: ReadonlySet<string>): void {
  const seen = new Set<string>();
  const known = names.size === 0 ? ' which is empty' : `: ${[...names].sort().join(', ')}`;
  items.forEach((item, index) => {
    if (!isMap(item)) return;
    const path = `${listPath}[${index}]`;
    const node = getKey(item, 'name');
    const name = stringOf(node);
    if (name === '') return void reportProblems(ctx, [required(path, missingRange(item, node))]);
    if (name === undefined || !node) return;
    const requestNode = getKey(item, 'request');
    const request = stringOf(requestNode) ?? '';
    const problem = request !== '' && requestNode ? dns1123LabelProblem(request) : undefined;
    if (problem && requestNode) reportProblems(ctx, [invalid(`${path}.request`, requestNode.range, request, problem)]);
    const key = request === '' ? name : `${name}/${request}`;
    if (seen.has(key)) reportProblems(ctx, [duplicate(path, node.range, key)]);
    seen.add(key);
    if (!names.has(name)) ctx.report({ range: node.range, path, messageId: 'notFound', args: [path, quote(name), known] });
  });
}

/** '' when unset or empty, the string when one, undefined for another type (the schema check's). */
function stringOf(node: YNode | undefined): string | undefined {
  if (node === undefined || (isScalar(node) && (node.value === null || node.value === ''))) return '';
  return isScalar(node) && typeof node.value === 'string' ? node.value : undefined;
}
