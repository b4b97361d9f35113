import { getKey } from '../model/access';
import { quote } from '../model/names';
import { workloadContainers } from '../model/podTemplate';
import { compareQuantities, isWholeQuantity, quantityValue, type QuantityValue } from '../model/quantityValue';
import { isMap, isScalar, type YMap, type YNode } from '../model/types';
import { type CheckContext, defineRule } from './defineRule';

const MESSAGES = {
  name: '{0}: Invalid value: {1}: {2}',
  negative: '{0}: Invalid value: {1}: must be greater than or equal to 0',
  notInteger: '{0}: Invalid value: {1}: must be an integer',
  aboveLimit: '{0}: Invalid value: {1}: must be less than or equal to {2} limit of {3}',
  notEqual: '{0}: Invalid value: {1}: must be equal to {2} limit of {3}',
  limitRequired: '{0}: Required value: Limit must be set for non overcommitable resources',
  hugePages: '{0}: Forbidden: HugePages require cpu or memory',
} as const;
type Context = CheckContext<keyof typeof MESSAGES>;

interface Entry {
  readonly name: string;
  readonly node: YNode;
  /** The quantity as written (the apiserver prints it in canonical form instead). */
  readonly written: string;
  readonly value: QuantityValue | undefined;
}

// helper.standardResources: names without a domain that validateResourceName knows.
const STANDARD = new Set([
  'cpu', 'memory', 'ephemeral-storage', 'requests.cpu', 'requests.memory', 'requests.ephemeral-storage', 'limits.cpu', 'limits.memory',
  'limits.ephemeral-storage', 'pods', 'resourcequotas', 'services', 'replicationcontrollers', 'secrets', 'persistentvolumeclaims', 'configmaps',
  'services.nodeports', 'services.loadbalancers', 'requests.storage', 'storage',
]);
const CONTAINER_STANDARD = new Set(['cpu', 'memory', 'ephemeral-storage']);

const isHugePages = (name: string) => name.startsWith('hugepages-');
/** helper.IsNativeResource: no domain, or a kubernetes.io one. */
const isNative = (name: string) => !name.includes('/') || name.includes('kubernetes.io/');
/** helper.IsOvercommitAllowed: extended resources and huge pages must be requested exactly as limited. */
const overcommitAllowed = (name: string) => isNative(name) && !isHugePages(name);

export default defineRule({
  id: 'pod-resources-invalid',
  meta: {
    refusedOnCreateSince: '1.34',
    severity: 'error', appliesTo: ['StatefulSet'], scope: 'document',
    docs: {
      summary:
        "A container's `resources` that the apiserver refuses: a request above its limit, a negative quantity, a resource name without a domain other than `cpu`, `memory`, `ephemeral-storage` and `hugepages-<size>`, an extended resource (such as `nvidia.com/gpu`) or huge pages requested without a limit or with a request different from the limit, a fractional extended resource, or huge pages without cpu or memory. Since v1.34 the apiserver rejects the StatefulSet; older clusters accept it and then fail every pod creation (`FailedCreate`). Quantities are shown as written; the apiserver prints them in canonical form (`0.5` as `500m`).",
      remediation:
        'Lower the request to at most the limit (or raise the limit), give extended resources a limit equal to the request, and spell resource names as Kubernetes does (`memory`, not `mem`).',
      url: 'https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/',
    },
    source: 'ValidateResourceRequirements',
  },
  messages: MESSAGES,
  check(ctx) {
    for (const container of workloadContainers(ctx.resource)) {
      const resources = getKey(container.node, 'resources');
      if (isMap(resources)) checkRequirements(ctx, `${container.path}.resources`, resources);
    }
  },
});

function checkRequirements(ctx: Context, path: string, resources: YMap): void {
  const limits = entriesOf(getKey(resources, 'limits'));
  const requests = entriesOf(getKey(resources, 'requests'));
  const limitByName = new Map(limits.map((l) => [l.name, l]));
  for (const entry of limits) checkEntry(ctx, `${path}.limits[${entry.name}]`, entry);
  for (const entry of requests) {
    checkEntry(ctx, `${path}.requests[${entry.name}]`, entry);
    checkAgainstLimit(ctx, path, entry, limitByName.get(entry.name));
  }
  const all = [...limits, ...requests];
  if (all.some((e) => isHugePages(e.name)) && !all.some((e) => e.name === 'cpu' || e.name === 'memory')) {
    ctx.report({ range: resources.keyRange ?? resources.range, path, messageId: 'hugePages', args: [path] });
  }
}

/** The quantities of a resource list; values of another type are the schema check's. */
function entriesOf(list: YNode | undefined): Entry[] {
  if (!isMap(list)) return [];
  const out: Entry[] = [];
  for (const pair of list.pairs) {
    const node = pair.value;
    if (!isScalar(node) || (typeof node.value !== 'string' && typeof node.value !== 'number')) continue;
    out.push({ name: pair.key, node, written: String(node.value), value: quantityValue(node.value) });
  }
  return out;
}

/** validateContainerResourceName and ValidateResourceQuantityValue for one entry. */
function checkEntry(ctx: Context, path: string, entry: Entry): void {
  const problems = nameProblems(entry.name);
  if (problems.length > 0) ctx.report({ range: entry.node.keyRange ?? entry.node.range, path, messageId: 'name', args: [path, quote(entry.name), problems.join(', ')] });
  if (!entry.value) return;
  if (entry.value.num < 0n) ctx.report({ range: entry.node.range, path, messageId: 'negative', args: [path, quote(entry.written)] });
  // helper.IsIntegerResourceName: extended resources count whole units.
  if (!isNative(entry.name) && !isWholeQuantity(entry.value)) ctx.report({ range: entry.node.range, path, messageId: 'notInteger', args: [path, quote(entry.written)] });
}

/** validateResourceName then validateContainerResourceName, for names without a domain (domain names are left to the apiserver). */
function nameProblems(name: string): string[] {
  if (name.includes('/') || CONTAINER_STANDARD.has(name) || isHugePages(name)) return [];
  const standard = STANDARD.has(name) || name.startsWith('requests.hugepages-');
  return [...(standard ? [] : ['must be a standard resource type or fully qualified']), 'must be a standard resource for containers'];
}

/** The request against the limit of the same name; both paths are the lists themselves, as upstream reports them. */
function checkAgainstLimit(ctx: Context, path: string, request: Entry, limit: Entry | undefined): void {
  if (!limit) {
    if (!overcommitAllowed(request.name)) ctx.report({ range: request.node.range, path: `${path}.limits`, messageId: 'limitRequired', args: [`${path}.limits`] });
    return;
  }
  if (!request.value || !limit.value) return;
  const order = compareQuantities(request.value, limit.value);
  const args = [`${path}.requests`, quote(request.written), request.name, limit.written];
  if (order !== 0 && !overcommitAllowed(request.name)) ctx.report({ range: request.node.range, path: `${path}.requests`, messageId: 'notEqual', args });
  else if (order > 0) ctx.report({ range: request.node.range, path: `${path}.requests`, messageId: 'aboveLimit', args });
}
