// From the workspace model to the simulator's input: the StatefulSet as plain JSON and what the
// workspace knows about its governing Service (found the way the sts-service-* rules find it).
import { collectResources, type SourceFile } from '../check';
import { t } from '../l10n/messages';
import { getPath, toStringMap } from '../model/access';
import { mapSelects, selectorMatches, toLabelSelector } from '../model/labels';
import type { Resource } from '../model/resource';
import { clusterIPOf, clusterIPsOf, effectiveServiceType, isHeadless, serviceSelectorNode } from '../model/service';
import { serviceNameOf, templateLabels } from '../model/statefulSet';
import { isScalar } from '../model/types';
import type { ResourceIndex } from '../model/resourceIndex';
import { chosenService, lookUpService } from '../model/serviceLookup';
import { toPlainValue } from '../parse/toPlainValue';
import type { SimBudget, SimInput, SimService } from './input';

export function toSimInput(sts: Resource, index: ResourceIndex): SimInput {
  const manifest = toPlainValue(sts.root) as Record<string, unknown>;
  const service = toSimService(sts, index);
  const budgets = toSimBudgets(sts, index);
  return { manifest, ...(service ? { service } : {}), ...(budgets.length > 0 ? { budgets } : {}) };
}

/** The policy/v1 PodDisruptionBudgets of the set's namespace that select its pods (getPdbForPod). */
function toSimBudgets(sts: Resource, index: ResourceIndex): SimBudget[] {
  const labels = templateLabels(sts);
  const budgets: SimBudget[] = [];
  for (const pdb of index.ofKind('PodDisruptionBudget')) {
    if (pdb.namespace !== sts.namespace || !pdb.apiVersion?.value.startsWith('policy/') || !pdb.name) continue;
    const selector = toLabelSelector(getPath(pdb.root, 'spec.selector'));
    if (!selector || !selectorMatches(selector, labels)) continue;
    const amount = (key: string) => {
      const node = getPath(pdb.root, `spec.${key}`);
      return isScalar(node) && (typeof node.value === 'number' || typeof node.value === 'string') ? { [key]: node.value } : {};
    };
    budgets.push({ name: pdb.name.value, ...amount('minAvailable'), ...amount('maxUnavailable') });
  }
  return budgets;
}

function toSimService(sts: Resource, index: ResourceIndex): SimService | undefined {
  const serviceName = serviceNameOf(sts)?.value;
  if (serviceName === undefined || serviceName === '') return undefined;
  const base = { name: serviceName, namespace: sts.namespace, governs: false, publishNotReadyAddresses: false };
  const lookup = lookUpService(sts, index);
  if (!lookup) return { ...base, problem: t('sim.service.invalidName', serviceName) };
  const svc = chosenService(lookup);
  if (!svc) {
    const elsewhere = [...new Set(lookup.otherNamespaces.map((other) => other.namespace))].map((ns) => `"${ns}"`);
    const problem =
      elsewhere.length > 0
        ? t('sim.service.notFoundElsewhere', serviceName, sts.namespace, elsewhere.join(', '))
        : t('sim.service.notFound', serviceName, sts.namespace);
    return { ...base, problem };
  }
  const publish = getPath(svc.root, 'spec.publishNotReadyAddresses');
  const publishNotReadyAddresses = isScalar(publish) && publish.value === true;
  const problems = [headlessProblem(svc, serviceName), selectorProblem(svc, serviceName, lookup.labels)].filter((p) => p !== undefined);
  if (problems.length > 0) return { ...base, publishNotReadyAddresses, problem: problems.join(t('sim.service.problemSeparator')) };
  return { ...base, governs: true, publishNotReadyAddresses };
}

function headlessProblem(svc: Resource, name: string): string | undefined {
  if (isHeadless(svc)) return undefined;
  const type = effectiveServiceType(svc);
  if (type === 'ExternalName') return t('sim.service.externalName', name);
  const ips = clusterIPsOf(svc).map((ip) => ip.value);
  const ip = clusterIPOf(svc)?.value;
  if (ips.length > 1) return t('sim.service.clusterIPs', name, ips.join(', '));
  if (ip !== undefined || ips.length === 1) return t('sim.service.clusterIP', name, String(ip ?? ips[0]));
  return t('sim.service.clusterIPUnset', name);
}

function selectorProblem(svc: Resource, name: string, labels: ReadonlyMap<string, string>): string | undefined {
  const selector = serviceSelectorNode(svc);
  const podLabels = labels.size > 0 ? t('sim.service.podLabels', formatLabels(labels)) : t('sim.service.noPodLabels');
  if (!selector) return t('sim.service.noSelector', name, podLabels);
  const wanted = toStringMap(selector);
  if (mapSelects(wanted, labels)) return undefined;
  return t('sim.service.selectorMismatch', name, formatLabels(wanted), podLabels);
}

function formatLabels(labels: ReadonlyMap<string, string>): string {
  return [...labels].map(([key, value]) => `${key}=${value}`).join(',');
}

/** Every StatefulSet (apps/*) in the files, in file and document order. */
export function findStatefulSets(files: readonly SourceFile[]): Resource[] {
  return collectResources(files).filter((resource) => resource.type === 'StatefulSet');
}

export type Selection =
  | { readonly statefulSet: Resource }
  | { readonly problem: 'none' | 'several' | 'notFound' | 'ambiguous'; readonly names: readonly string[] };

/**
 * The StatefulSet `--statefulset NAME` (or `NAMESPACE/NAME`) picks; without a name, the only one.
 * `names` lists the candidates for the message (`namespace/name` where that tells them apart).
 */
export function selectStatefulSet(sets: readonly Resource[], wanted?: string): Selection {
  const names = displayNames(sets);
  if (sets.length === 0) return { problem: 'none', names };
  if (wanted === undefined) return sets.length === 1 ? { statefulSet: sets[0] } : { problem: 'several', names };
  const slash = wanted.indexOf('/');
  const matches = sets.filter((sts) =>
    slash === -1 ? sts.name?.value === wanted : sts.namespace === wanted.slice(0, slash) && sts.name?.value === wanted.slice(slash + 1),
  );
  if (matches.length === 1) return { statefulSet: matches[0] };
  return matches.length === 0 ? { problem: 'notFound', names } : { problem: 'ambiguous', names: displayNames(matches, true) };
}

function displayNames(sets: readonly Resource[], qualified = false): string[] {
  const namespaces = new Set(sets.map((sts) => sts.namespace));
  const both = qualified || namespaces.size > 1;
  return sets.map((sts) => {
    const name = sts.name?.value ?? '(unnamed)';
    return both ? `${sts.namespace}/${name}` : name;
  });
}
