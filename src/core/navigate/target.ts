// What a position in a manifest refers to, for go-to-definition and find-references: a Service
// (by a StatefulSet's `serviceName` or the Service's own name), a pod volume (a mount, a claim
// template or a template volume of one StatefulSet), or a label (a template label, a selector pair).
// Pure: offsets in, offsets out. Locations carry absolute offsets in their file.
import { getPath, pathOf } from '../model/access';
import type { Resource } from '../model/resource';
import { isMap, isScalar, isSeq, type Range, type YMap, type YNode, type YPair } from '../model/types';
import { innermostResource, type ResourceIndex } from '../model/resourceIndex';

export interface Location {
  readonly uri: string;
  /** Absolute offsets in the file. */
  readonly range: Range;
}

export type NavTarget =
  | { readonly kind: 'service'; readonly name: string; readonly namespace: string; readonly declaration: boolean }
  | { readonly kind: 'volume'; readonly sts: Resource; readonly name: string; readonly declaration: boolean }
  | { readonly kind: 'label'; readonly owner: Resource; readonly key: string; readonly value: string; readonly role: LabelRole };

/** Where a label pair sits: the pod template's labels, a StatefulSet's matchLabels, a Service's selector. */
export type LabelRole = 'template' | 'matchLabels' | 'serviceSelector';

const MOUNT_NAME = /^spec\.template\.spec\.(initContainers|containers)\[\d+\]\.(volumeMounts|volumeDevices)\[\d+\]\.name$/;
const CLAIM_NAME = /^spec\.volumeClaimTemplates\[\d+\]\.metadata\.name$/;
const VOLUME_NAME = /^spec\.template\.spec\.volumes\[\d+\]\.name$/;
// A Map, not an object: the path looked up is built from the user's keys (`constructor`, `__proto__`).
const LABEL_MAPS: ReadonlyMap<string, { type: string; role: LabelRole }> = new Map([
  ['spec.template.metadata.labels', { type: 'StatefulSet', role: 'template' }],
  ['spec.selector.matchLabels', { type: 'StatefulSet', role: 'matchLabels' }],
  ['spec.selector', { type: 'Service', role: 'serviceSelector' }],
]);

export function toLocation(resource: Resource, range: Range): Location {
  const offset = resource.doc.offset;
  return { uri: resource.uri, range: { start: range.start + offset, end: range.end + offset } };
}

/** A `key: value` pair's span, from the key to the end of the value. */
export function pairRange(pair: YPair): Range {
  return { start: pair.keyRange.start, end: Math.max(pair.keyRange.end, pair.value.range.end) };
}

const within = (range: Range, offset: number) => range.start <= offset && offset <= range.end;

interface Hit {
  readonly node: YNode;
  readonly onKey: boolean;
}

/** The scalar value or key at a document-relative offset (pairs merged in with `<<` are skipped). */
function hitAt(node: YNode, offset: number, depth = 0): Hit | undefined {
  if (depth > 100) return undefined;
  if (isMap(node)) {
    for (const pair of node.pairs) {
      if (pair.value.parent !== node) continue;
      if (within(pair.keyRange, offset)) return { node: pair.value, onKey: true };
      if (within(pair.value.range, offset)) return hitAt(pair.value, offset, depth + 1);
    }
  } else if (isSeq(node)) {
    for (const item of node.items) if (item.parent === node && within(item.range, offset)) return hitAt(item, offset, depth + 1);
  } else if (within(node.range, offset)) return { node, onKey: false };
  return undefined;
}

/** The resource of a file whose document holds an absolute offset. */
export function resourceAt(index: ResourceIndex, uri: string, offset: number): Resource | undefined {
  const inDocument = index.inFile(uri).filter((r) => r.doc.offset <= offset && offset <= r.doc.offset + r.doc.length);
  // Two documents touch at a boundary offset: the first one's resources come first, as before.
  const first = inDocument.filter((r) => r.doc === inDocument[0]?.doc);
  return innermostResource(first, offset - (first[0]?.doc.offset ?? 0));
}

/** What the position refers to, if it is one of the names or labels we navigate between. */
export function targetAt(index: ResourceIndex, uri: string, offset: number): NavTarget | undefined {
  const resource = resourceAt(index, uri, offset);
  const hit = resource && hitAt(resource.root, offset - resource.doc.offset);
  if (!resource || !hit) return undefined;
  const { node } = hit;
  const path = pathOf(node);
  const text = isScalar(node) && node.value !== null ? String(node.value) : undefined;
  const label = labelMapRole(resource, node.parent);
  if (label && typeof node.key === 'string' && text !== undefined) return { kind: 'label', owner: resource, key: node.key, value: text, role: label };
  if (hit.onKey || text === undefined) return undefined;
  if (resource.type === 'StatefulSet' && path === 'spec.serviceName') return { kind: 'service', name: text, namespace: resource.namespace, declaration: false };
  if (resource.type === 'Service' && path === 'metadata.name') return { kind: 'service', name: text, namespace: resource.namespace, declaration: true };
  if (resource.type !== 'StatefulSet') return undefined;
  if (MOUNT_NAME.test(path)) return { kind: 'volume', sts: resource, name: text, declaration: false };
  if (CLAIM_NAME.test(path) || VOLUME_NAME.test(path)) return { kind: 'volume', sts: resource, name: text, declaration: true };
  return undefined;
}

function labelMapRole(resource: Resource, parent: YNode | undefined): LabelRole | undefined {
  if (!isMap(parent)) return undefined;
  const entry = LABEL_MAPS.get(pathOf(parent));
  return entry && entry.type === resource.type && getPath(resource.root, pathOf(parent)) === parent ? entry.role : undefined;
}

/** The pair of a map written under `key` (not merged in), if any. */
export function ownPair(map: YMap | undefined, key: string): YPair | undefined {
  return map?.pairs.find((p) => p.key === key && p.value.parent === map);
}
