// Completion values only the workspace knows: headless Services for `serviceName`, claim templates
// and volumes for a mount's `name`, and selector labels from the pod template (both ways, and for
// a Service from the StatefulSets that name it).
import type { DocumentedKind } from '../docs/fieldDocs';
import { fieldKey, type Segment } from '../docs/nodeAt';
import { plainText } from '../docs/markdown';
import { podNameAt } from '../docs/pods';
import { t } from '../docs/strings';
import { getPath, toStringMap } from '../model/access';
import { mapSelects } from '../model/labels';
import type { Resource } from '../model/resource';
import { isHeadless, serviceSelectorNode } from '../model/service';
import { claimTemplates, serviceNameOf, templateLabels, templateVolumes } from '../model/statefulSet';
import type { ResourceIndex } from '../model/resourceIndex';
import type { CompletionItem } from './completionItem';

export type ItemDraft = Omit<CompletionItem, 'range'>;

const MOUNT_NAME = /^spec\.template\.spec\.(initContainers|containers)\.(volumeMounts|volumeDevices)\.name$/;

/** Values for the field at `path` that come from this manifest and the workspace. */
export function workspaceValues(kind: DocumentedKind, resource: Resource, path: readonly Segment[], index: ResourceIndex): ItemDraft[] {
  const key = fieldKey(path);
  const last = path[path.length - 1];
  const parent = fieldKey(path.slice(0, -1));
  if (kind === 'StatefulSet') {
    if (key === 'spec.serviceName') return serviceValues(resource, index);
    if (MOUNT_NAME.test(key)) return volumeNameValues(resource);
    if (typeof last === 'string' && (parent === 'spec.selector.matchLabels' || parent === 'spec.template.metadata.labels')) {
      return (labelItems(kind, resource, parent, index) ?? []).filter((l) => l.key === last).map((l) => ({ ...l.item, label: l.value, insertText: quoteIfNeeded(l.value) }));
    }
  }
  if (kind === 'Service' && typeof last === 'string' && parent === 'spec.selector') {
    return (labelItems(kind, resource, parent, index) ?? []).filter((l) => l.key === last).map((l) => ({ ...l.item, label: l.value, insertText: quoteIfNeeded(l.value) }));
  }
  return [];
}

function serviceValues(sts: Resource, index: ResourceIndex): ItemDraft[] {
  const labels = templateLabels(sts);
  const seen = new Set<string>();
  const found = index
    .ofKind('Service')
    .filter((svc) => svc.name && svc.namespace === sts.namespace && isHeadless(svc))
    .map((svc) => {
      const selector = serviceSelectorNode(svc);
      return { name: svc.name!.value, selects: selector !== undefined && mapSelects(toStringMap(selector), labels), svc };
    })
    .sort((a, b) => Number(b.selects) - Number(a.selects) || a.name.localeCompare(b.name))
    .filter((s) => !seen.has(s.name) && seen.add(s.name));
  return found.map((s, i) => ({
    label: s.name,
    kind: 'value',
    insertText: s.name,
    detail: t(s.selects ? 'complete.service.selects' : 'complete.service.other', s.svc.namespace),
    documentation: plainText(decodeURIComponentSafe(s.svc.uri)),
    sortText: `${s.selects ? 0 : 1}${String(i).padStart(4, '0')}`,
    preselect: i === 0 && s.selects,
  }));
}

function volumeNameValues(sts: Resource): ItemDraft[] {
  const claims = claimTemplates(sts).map(({ name }) => ({
    label: name.value,
    kind: 'value' as const,
    insertText: name.value,
    detail: t('complete.claimTemplate', `${name.value}-${podNameAt(sts, 0)}, …`),
    sortText: `0${name.value}`,
  }));
  const claimed = new Set(claims.map((c) => c.label));
  const volumes = templateVolumes(sts)
    .filter(({ name }) => !claimed.has(name.value))
    .map(({ name }) => ({ label: name.value, kind: 'value' as const, insertText: name.value, detail: t('complete.volume'), sortText: `1${name.value}` }));
  return [...claims, ...volumes];
}

export interface LabelItem {
  readonly key: string;
  readonly value: string;
  /** The whole `key: value` pair as an item. */
  readonly item: ItemDraft;
}

/**
 * Labels to offer in a label map at `mapKey` (indices dropped), or undefined when that map is not
 * one we fill: a StatefulSet's `spec.selector.matchLabels` (from the template labels) and template
 * labels (from the selector), a Service's `spec.selector` (from the StatefulSets that name it).
 */
export function labelItems(kind: DocumentedKind, resource: Resource, mapKey: string, index: ResourceIndex): LabelItem[] | undefined {
  const sources: { labels: ReadonlyMap<string, string>; detail: string }[] = [];
  if (kind === 'StatefulSet' && mapKey === 'spec.selector.matchLabels') sources.push({ labels: templateLabels(resource), detail: t('complete.templateLabel') });
  else if (kind === 'StatefulSet' && mapKey === 'spec.template.metadata.labels') {
    sources.push({ labels: toStringMap(getPath(resource.root, 'spec.selector.matchLabels')), detail: t('complete.selectorLabel') });
  } else if (kind === 'Service' && mapKey === 'spec.selector') {
    for (const sts of index.ofKind('StatefulSet')) {
      if (sts.namespace !== resource.namespace || !resource.name || serviceNameOf(sts)?.value !== resource.name.value) continue;
      sources.push({ labels: templateLabels(sts), detail: t('complete.stsLabel', sts.name?.value ?? '') });
    }
  } else return undefined;
  const out: LabelItem[] = [];
  const seen = new Set<string>();
  for (const { labels, detail } of sources) {
    for (const [key, value] of labels) {
      if (seen.has(`${key}=${value}`)) continue;
      seen.add(`${key}=${value}`);
      const text = `${key}: ${quoteIfNeeded(value)}`;
      out.push({ key, value, item: { label: text, kind: 'value', insertText: text, detail, sortText: `0${key}` } });
    }
  }
  return out;
}

/** A label value as a YAML string: quoted when YAML 1.1 would read it as something else. */
function quoteIfNeeded(value: string): string {
  const plain = /^[A-Za-z_][A-Za-z0-9_./-]*$/.test(value) && !/^(y|n|yes|no|on|off|true|false|null)$/i.test(value);
  return plain ? value : JSON.stringify(value);
}

function decodeURIComponentSafe(uri: string): string {
  try {
    return decodeURIComponent(uri);
  } catch {
    return uri;
  }
}
