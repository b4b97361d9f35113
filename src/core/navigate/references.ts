// Find references, the reverse of definitions.ts: from a Service name (or a `serviceName` naming
// it) to every `serviceName` that names it; from a claim template or pod volume (or a mount) to the
// mounts using it; from a pod template label (or a selector pair) to the selectors selecting it —
// the StatefulSet's `matchLabels` / `matchExpressions` and the selectors of Services in its
// namespace that select its pods.
import { getMap, getSeq, getString, toStringMap } from '../model/access';
import { mapSelects } from '../model/labels';
import type { Resource } from '../model/resource';
import { serviceNameOf, templateLabels, volumeDevices, volumeMounts } from '../model/statefulSet';
import { isMap } from '../model/types';
import type { ResourceIndex } from '../model/resourceIndex';
import { labelDeclarations, podOwners, serviceDeclarations, volumeDeclarations } from './definitions';
import { ownPair, pairRange, targetAt, toLocation, type Location } from './target';

export interface ReferenceOptions {
  /** Also list the declaration (the Service name, the claim template, the template label). */
  readonly includeDeclaration: boolean;
}

export function findReferences(index: ResourceIndex, uri: string, offset: number, options: ReferenceOptions): Location[] {
  const target = targetAt(index, uri, offset);
  if (!target) return [];
  let declarations: Location[];
  let references: Location[];
  switch (target.kind) {
    case 'service':
      declarations = serviceDeclarations(index, target.name, target.namespace);
      references = serviceNameReferences(index, target.name, target.namespace);
      break;
    case 'volume':
      declarations = volumeDeclarations(target.sts, target.name);
      references = [...volumeMounts(target.sts), ...volumeDevices(target.sts)]
        .filter((mount) => mount.name.value === target.name)
        .map((mount) => toLocation(target.sts, mount.name.range));
      break;
    case 'label': {
      const owners = podOwners(index, target);
      declarations = labelDeclarations(index, target);
      references = owners.flatMap((sts) => selectorReferences(index, sts, target.key));
      break;
    }
  }
  return dedupe(options.includeDeclaration ? [...declarations, ...references] : references);
}

function serviceNameReferences(index: ResourceIndex, name: string, namespace: string): Location[] {
  return index.ofKind('StatefulSet').flatMap((sts) => {
    const serviceName = serviceNameOf(sts);
    return sts.namespace === namespace && serviceName?.value === name ? [toLocation(sts, serviceName.range)] : [];
  });
}

/** Selector pairs on the template label `key` of a StatefulSet: its own selector's, and Services' that select its pods. */
function selectorReferences(index: ResourceIndex, sts: Resource, key: string): Location[] {
  const labels = templateLabels(sts);
  if (!labels.has(key)) return [];
  const out: Location[] = [];
  const matchLabel = ownPair(getMap(sts.root, 'spec.selector.matchLabels'), key);
  if (matchLabel) out.push(toLocation(sts, pairRange(matchLabel)));
  for (const expression of getSeq(sts.root, 'spec.selector.matchExpressions')?.items ?? []) {
    if (isMap(expression) && getString(expression, 'key')?.value === key) out.push(toLocation(sts, expression.range));
  }
  for (const svc of index.ofKind('Service')) {
    const selector = getMap(svc.root, 'spec.selector');
    const pair = ownPair(selector, key);
    if (svc.namespace === sts.namespace && pair && mapSelects(toStringMap(selector), labels)) out.push(toLocation(svc, pairRange(pair)));
  }
  return out;
}

function dedupe(locations: Location[]): Location[] {
  const seen = new Set<string>();
  return locations.filter((l) => {
    const key = `${l.uri}#${l.range.start}-${l.range.end}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

