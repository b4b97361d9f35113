// Go to definition: from a StatefulSet's `serviceName` to the Service's `metadata.name` (any file
// checked together, same namespace); from a `volumeMounts[].name` to the claim template or pod
// volume of that name; from a selector pair to the pod template label it selects (for a Service
// selector: in every StatefulSet of the namespace whose pods it selects).
import { getMap, toStringMap } from '../model/access';
import { mapSelects } from '../model/labels';
import type { Resource } from '../model/resource';
import { claimTemplates, templateLabels, templateVolumes } from '../model/statefulSet';
import type { ResourceIndex } from '../model/resourceIndex';
import { ownPair, pairRange, targetAt, toLocation, type Location, type NavTarget } from './target';

export function findDefinitions(index: ResourceIndex, uri: string, offset: number): Location[] {
  const target = targetAt(index, uri, offset);
  if (!target) return [];
  switch (target.kind) {
    case 'service':
      return target.declaration ? [] : serviceDeclarations(index, target.name, target.namespace);
    case 'volume':
      return target.declaration ? [] : volumeDeclarations(target.sts, target.name);
    case 'label':
      return target.role === 'template' ? [] : labelDeclarations(index, target);
  }
}

export function serviceDeclarations(index: ResourceIndex, name: string, namespace: string): Location[] {
  return index
    .named('Service', name)
    .filter((svc) => svc.namespace === namespace && svc.name)
    .map((svc) => toLocation(svc, svc.name!.range));
}

export function volumeDeclarations(sts: Resource, name: string): Location[] {
  return [...claimTemplates(sts), ...templateVolumes(sts)].filter((item) => item.name.value === name).map((item) => toLocation(sts, item.name.range));
}

/** The StatefulSets whose pods a label pair is about: its own, or those a Service selector selects. */
export function podOwners(index: ResourceIndex, target: Extract<NavTarget, { kind: 'label' }>): Resource[] {
  if (target.role !== 'serviceSelector') return [target.owner];
  const selector = toStringMap(getMap(target.owner.root, 'spec.selector'));
  return index.ofKind('StatefulSet').filter((sts) => sts.namespace === target.owner.namespace && mapSelects(selector, templateLabels(sts)));
}

/** The template label pair `key` of each StatefulSet concerned. */
export function labelDeclarations(index: ResourceIndex, target: Extract<NavTarget, { kind: 'label' }>): Location[] {
  return podOwners(index, target).flatMap((sts) => {
    const pair = ownPair(getMap(sts.root, 'spec.template.metadata.labels'), target.key);
    return pair ? [toLocation(sts, pairRange(pair))] : [];
  });
}
