// A Kubernetes object found in a document: recognised by its `apiVersion` and `kind`, with the
// namespace Kubernetes would give it (`default` when omitted).
import type { FileDocument } from '../parse/parseFile';
import { getString } from './access';
import { isMap, type Located, type YMap } from './types';

export interface Resource {
  readonly uri: string;
  readonly doc: FileDocument;
  readonly apiVersion: Located<string> | undefined;
  readonly kind: Located<string>;
  readonly name: Located<string> | undefined;
  /** Effective namespace: the one written, or `default`. */
  readonly namespace: string;
  readonly root: YMap;
}

export const DEFAULT_NAMESPACE = 'default';

export function toResource(uri: string, doc: FileDocument): Resource | undefined {
  const root = doc.chunk.root;
  if (!isMap(root)) return undefined;
  const kind = getString(root, 'kind');
  if (!kind) return undefined;
  const namespace = getString(root, 'metadata.namespace')?.value;
  return {
    uri,
    doc,
    apiVersion: getString(root, 'apiVersion'),
    kind,
    name: getString(root, 'metadata.name'),
    namespace: namespace && namespace.length > 0 ? namespace : DEFAULT_NAMESPACE,
    root,
  };
}

export function isKind(resource: Resource, kind: string): boolean {
  return resource.kind.value === kind;
}

/** `StatefulSet web` — how resources are named in messages and the outline. */
export function describeResource(resource: Resource): string {
  return `${resource.kind.value} ${resource.name?.value ?? '(unnamed)'}`;
}

