// Completion items for a caret in a StatefulSet or Service: field names valid in the map at the
// caret (from the generated schema, minus those present), enum and known values, and values only
// the workspace knows (values.ts): headless Services, volume names, selector labels.
import type { SourceFile } from '../check';
import { childFields, describeField, type ChildField, type DocumentedKind } from '../docs/fieldDocs';
import { escapeMarkdown } from '../docs/markdown';
import { documentedKind, fieldKey, toSchemaPath, type Segment } from '../docs/nodeAt';
import { t } from '../docs/strings';
import { ownValue } from '../schema/schemaTypes';
import type { KubernetesVersion } from '../model/kubernetesVersion';
import type { Resource } from '../model/resource';
import type { Range } from '../model/types';
import type { ResourceIndex } from '../model/resourceIndex';
import type { CompletionItem } from './completionItem';
import { completionContext, type KeyContext } from './context';
import { labelItems, workspaceValues, type ItemDraft } from './values';

export type { CompletionItem };

/** What can be typed at `offset` in the API of `version` (the newest by default): empty where we know nothing to offer. */
export function completionsAt(file: SourceFile, offset: number, index: ResourceIndex, version?: KubernetesVersion): CompletionItem[] {
  const ctx = completionContext(file, offset, index);
  const kind = documentedKind(ctx?.resource);
  if (!ctx || !ctx.resource || !kind) return [];
  switch (ctx.kind) {
    case 'key':
      return keyItems(kind, ctx.resource, ctx, index, version);
    case 'value':
      return valueItems(kind, ctx.resource, ctx.path, ctx, index, version);
    case 'item': {
      if (childFields(kind, toSchemaPath(ctx.path), version).length === 0) return valueItems(kind, ctx.resource, ctx.path, ctx, index, version);
      const asKey: KeyContext = { ...ctx, kind: 'key', parent: ctx.path };
      return [...keyItems(kind, ctx.resource, asKey, index, version), ...itemSnippets(kind, ctx.path, asKey)];
    }
  }
}

function keyItems(kind: DocumentedKind, resource: Resource, ctx: KeyContext, index: ResourceIndex, version?: KubernetesVersion): CompletionItem[] {
  const labels = labelItems(kind, resource, fieldKey(ctx.parent), index);
  if (labels) {
    return labels
      .filter((label) => !ctx.present.has(label.key))
      .map((label) => ({ ...label.item, insertText: ctx.prefix + label.item.insertText, range: ctx.range }));
  }
  const parent = toSchemaPath(ctx.parent);
  return childFields(kind, parent, version)
    .filter((field) => !ctx.present.has(field.name) && !isStatus(field))
    .map((field) => fieldItem(kind, parent, field, ctx, version));
}

function fieldItem(kind: DocumentedKind, parent: string, field: ChildField, ctx: KeyContext, version?: KubernetesVersion): CompletionItem {
  const doc = describeField(kind, parent === '' ? field.name : `${parent}.${field.name}`, version);
  return {
    label: field.name,
    kind: 'field',
    insertText: ctx.prefix + (ctx.hasColon ? field.name : fieldInsert(field, ctx.column)),
    detail: field.required ? `${field.type} · ${t('complete.required')}` : field.type,
    documentation: doc?.description ? escapeMarkdown(doc.description) : undefined,
    range: ctx.range,
    sortText: `${field.required ? 0 : 1}${field.name}`,
  };
}

/** `status` is written by controllers, never in a manifest. */
function isStatus(field: ChildField): boolean {
  return field.name === 'status' && field.type.endsWith('Status');
}

const SCALAR_TYPES: ReadonlySet<string> = new Set(['string', 'integer', 'number', 'boolean', 'IntOrString', 'Quantity']);

/** `name: ` for scalars; lists and objects open their block on the next line, indented from `column`. */
function fieldInsert(field: ChildField, column: number): string {
  const pad = ' '.repeat(column);
  if (field.type.startsWith('[]')) return `${field.name}:\n${pad}- `;
  if (SCALAR_TYPES.has(field.type)) return `${field.name}: `;
  return `${field.name}:\n${pad}  `;
}

function valueItems(
  kind: DocumentedKind, resource: Resource, path: readonly Segment[], ctx: { range: Range; prefix: string }, index: ResourceIndex, version?: KubernetesVersion,
): CompletionItem[] {
  const doc = describeField(kind, toSchemaPath(path), version);
  const type = doc && typeof path[path.length - 1] === 'number' ? doc.type.replace(/^\[\]/, '') : doc?.type;
  const known = ownValue(KNOWN_VALUES, `${kind}:${fieldKey(path)}`) ?? [];
  const fromSchema = (doc?.enum ?? []).filter((value) => value !== '').map((value) => ({ value, detail: undefined }));
  const booleans = doc?.type === 'boolean' ? ['true', 'false'].map((value) => ({ value, detail: undefined })) : [];
  const drafts: ItemDraft[] = [
    ...workspaceValues(kind, resource, path, index),
    ...[...known, ...fromSchema, ...booleans].map(({ value, detail }): ItemDraft => ({ label: value, kind: 'value', insertText: value, detail: detail ?? type })),
  ];
  const seen = new Set<string>();
  return drafts
    .filter((item) => !seen.has(item.label) && seen.add(item.label))
    .map((item) => ({ ...item, insertText: ctx.prefix + item.insertText, range: ctx.range }));
}

/** Values the schema has no enum for, by `Kind:field.path` (indices dropped). */
const KNOWN_VALUES: Readonly<Record<string, readonly { readonly value: string; readonly detail?: string }[]>> = {
  'StatefulSet:spec.persistentVolumeClaimRetentionPolicy.whenDeleted': retentionValues(),
  'StatefulSet:spec.persistentVolumeClaimRetentionPolicy.whenScaled': retentionValues(),
  'StatefulSet:spec.selector.matchExpressions.operator': ['In', 'NotIn', 'Exists', 'DoesNotExist'].map((value) => ({ value })),
  'Service:spec.clusterIP': [{ value: 'None', get detail() { return t('complete.value.headless'); } }],
};

function retentionValues(): { value: string; detail: string }[] {
  return [
    { value: 'Retain', get detail() { return t('complete.value.retain'); } },
    { value: 'Delete', get detail() { return t('complete.value.delete'); } },
  ];
}

/** A claim template skeleton for an empty `volumeClaimTemplates` item. */
function itemSnippets(kind: DocumentedKind, path: readonly Segment[], ctx: KeyContext): CompletionItem[] {
  if (kind !== 'StatefulSet' || fieldKey(path) !== 'spec.volumeClaimTemplates' || ctx.present.size > 0) return [];
  const pad = ' '.repeat(ctx.column);
  const body = [
    'metadata:',
    `${pad}  name: \${1:data}`,
    `${pad}spec:`,
    `${pad}  accessModes: [ "\${2:ReadWriteOnce}" ]`,
    `${pad}  resources:`,
    `${pad}    requests:`,
    `${pad}      storage: \${3:1Gi}$0`,
  ].join('\n');
  return [{ label: 'claim template', kind: 'snippet', insertText: ctx.prefix + body, detail: t('complete.snippet.claimTemplate'), range: ctx.range, sortText: '0' }];
}
