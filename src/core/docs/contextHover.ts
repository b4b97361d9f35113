// What a hover adds that only this manifest can tell: the governing Service and the pods' DNS
// names, pod and PVC names, and (controllerHover.ts) what the controller does with a value.
// Facts from docs/controller-model.md §3 (identity, DNS) and §4 (storage).
import { t } from './strings';
import { getSeq, getString, toStringMap } from '../model/access';
import { mapSelects } from '../model/labels';
import { isKind, type Resource } from '../model/resource';
import { isHeadless, serviceSelectorNode } from '../model/service';
import { serviceNameOf, templateLabels } from '../model/statefulSet';
import type { ResourceIndex } from '../model/resourceIndex';
import { chosenService, lookUpService, type ServiceLookup } from '../model/serviceLookup';
import { controllerSections } from './controllerHover';
import { bulletNames, code, listNames } from './markdown';
import { fieldKey, type NodeAt } from './nodeAt';
import { podCount, podNameAt } from './pods';

export const CLUSTER_DOMAIN = 'cluster.local';

/** The contextual sections for a hovered field; empty when there is nothing to add. */
export function contextSections(at: NodeAt, index: ResourceIndex): string[] {
  const resource = at.resource;
  if (!resource) return [];
  const key = fieldKey(at.segments);
  if (isKind(resource, 'Service')) return key === 'metadata.name' ? governedSets(resource, index) : [];
  switch (key) {
    case 'spec.serviceName':
      return serviceNameSections(resource, index);
    case 'spec.replicas':
    case 'spec.ordinals':
    case 'spec.ordinals.start':
      return podSections(resource);
    case 'spec.volumeClaimTemplates':
    case 'spec.volumeClaimTemplates.metadata':
    case 'spec.volumeClaimTemplates.metadata.name':
      return claimSections(resource, at);
    default:
      return controllerSections(resource, key);
  }
}

function podSections(sts: Resource): string[] {
  const count = podCount(sts);
  if (count === undefined || !sts.name) return [];
  if (count === 0) return [t('hover.pods.none')];
  const names = listNames(count, (i) => podNameAt(sts, i), t('list.and'));
  return [count === 1 ? t('hover.pods.one', names) : t('hover.pods.many', count, names)];
}

function claimSections(sts: Resource, at: NodeAt): string[] {
  const list = at.segments[2];
  const templates = claimTemplateNames(sts);
  if (typeof list === 'number') {
    const name = templates[list];
    return name ? [claimLine(sts, name)] : [];
  }
  const named = templates.filter((name): name is string => name !== undefined);
  return named.length > 0 ? [named.map((name) => `- ${claimLine(sts, name)}`).join('\n')] : [];
}

/** `metadata.name` of every claim template, by list index (undefined where unnamed). */
function claimTemplateNames(sts: Resource): (string | undefined)[] {
  const list = getSeq(sts.root, 'spec.volumeClaimTemplates');
  return (list?.items ?? []).map((item) => getString(item, 'metadata.name')?.value || undefined);
}

function claimLine(sts: Resource, template: string): string {
  const count = podCount(sts);
  const pattern = code(`${template}-${sts.name?.value ?? ''}-<ordinal>`);
  if (count === undefined || count === 0 || !sts.name) return t('hover.claims.none', code(template), pattern);
  const names = listNames(count, (i) => `${template}-${podNameAt(sts, i)}`, t('list.and'));
  return t('hover.claims', code(template), names);
}

function serviceNameSections(sts: Resource, index: ResourceIndex): string[] {
  const written = serviceNameOf(sts);
  if (!written || written.value === '') return [t('hover.serviceName.unset')];
  const lookup = lookUpService(sts, index);
  if (!lookup) return [t('hover.serviceName.invalid', code(written.value))];
  const svc = chosenService(lookup);
  const problems = svc ? serviceProblems(svc, lookup) : [];
  const status = !svc
    ? missingService(lookup)
    : problems.length === 0
      ? t('hover.service.ok', code(lookup.serviceName.value), code(lookup.namespace), whereIs(svc, sts))
      : [t('hover.service.notQualifying', code(lookup.serviceName.value), code(lookup.namespace), whereIs(svc, sts)), ...problems.map((p) => `- ${p}`)].join('\n');
  return [status, dnsSection(sts, lookup, svc !== undefined && problems.length === 0)];
}

function missingService(lookup: ServiceLookup): string {
  const name = code(lookup.serviceName.value);
  if (lookup.otherNamespaces.length === 0) return t('hover.service.notFound', name, code(lookup.namespace));
  const elsewhere = [...new Set(lookup.otherNamespaces.map((svc) => svc.namespace))].map(code).join(', ');
  return t('hover.service.otherNamespace', name, code(lookup.namespace), elsewhere);
}

function serviceProblems(svc: Resource, lookup: ServiceLookup): string[] {
  const problems: string[] = [];
  if (!isHeadless(svc)) problems.push(t('hover.service.notHeadless'));
  const selector = serviceSelectorNode(svc);
  if (!selector) problems.push(t('hover.service.noSelector'));
  else if (!mapSelects(toStringMap(selector), lookup.labels)) {
    problems.push(t('hover.service.selectorMismatch', code(labelText(toStringMap(selector))), code(labelText(lookup.labels) || '{}')));
  }
  return problems;
}

function labelText(labels: ReadonlyMap<string, string>): string {
  return [...labels].map(([key, value]) => `${key}=${value}`).join(',');
}

/** The file a related resource is in, by name; "this file" when it is the hovered one's. */
function whereIs(other: Resource, from: Resource): string {
  if (other.uri === from.uri) return t('hover.service.sameFile');
  const name = other.uri.slice(other.uri.lastIndexOf('/') + 1);
  try {
    return code(decodeURIComponent(name));
  } catch {
    return code(name);
  }
}

function dnsSection(sts: Resource, lookup: ServiceLookup, qualifies: boolean): string {
  const domain = `${lookup.serviceName.value}.${lookup.namespace}.svc.${CLUSTER_DOMAIN}`;
  const count = podCount(sts);
  const head = qualifies ? t('hover.dns.title', code(domain)) : t('hover.dns.titlePending', code(domain));
  if (count === undefined || !sts.name) return head;
  if (count === 0) return `${head}\n\n${t('hover.pods.none')}`;
  return `${head}\n\n${bulletNames(count, (i) => `${podNameAt(sts, i)}.${domain}`)}\n\n${t('hover.dns.ready')}`;
}

/** On a Service's name: the StatefulSets in its namespace that name it in serviceName. */
function governedSets(svc: Resource, index: ResourceIndex): string[] {
  const name = svc.name?.value;
  if (!name) return [];
  const sets = index.ofKind('StatefulSet').filter((sts) => sts.namespace === svc.namespace && serviceNameOf(sts)?.value === name);
  return sets.map((sts) => {
    const selects = serviceSelectorNode(svc) !== undefined && mapSelects(toStringMap(serviceSelectorNode(svc)), templateLabels(sts));
    const line = t('hover.service.governs', code(sts.name?.value ?? ''), whereIs(sts, svc));
    return isHeadless(svc) && selects ? line : `${line} ${t('hover.service.governsBroken')}`;
  });
}
