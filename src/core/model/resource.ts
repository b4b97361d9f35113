// A Kubernetes object found in a document: recognised by its `apiVersion` and `kind`, with the
// namespace Kubernetes would give it (`default` when omitted).
import type { FileDocument } from '../parse/parseFile';
import { getString } from './access';
import { inheritedKind, isNestedList, listItemsOf } from './listDocument';
import { isMap, type Located, type Range, type YMap } from './types';

export interface Resource {
  readonly uri: string;
  readonly doc: FileDocument;
  readonly apiVersion: Located<string> | undefined;
  readonly kind: Located<string>;
  /**
   * What rules and look-ups match on: the kind for Kubernetes' own groups (`StatefulSet` for
   * apps/*, `Service` for v1), `group/Kind` for anything else, so an OpenKruise StatefulSet or a
   * Knative Service is never taken for the built-in one.
   */
  readonly type: string;
  readonly name: Located<string> | undefined;
  /** Effective namespace: the one written, or `default`. */
  readonly namespace: string;
  readonly root: YMap;
}

/** A place in another resource that explains a finding (the Service a StatefulSet names, …). */
export interface RelatedInfo {
  readonly resource: Resource;
  /** Range in the related resource's document (document-relative, like every model range). */
  readonly range: Range;
  readonly message: string;
}

export const DEFAULT_NAMESPACE = 'default';

export function toResource(uri: string, doc: FileDocument): Resource | undefined {
  const root = doc.chunk.root;
  return isMap(root) ? resourceOf(uri, doc, root, undefined) : undefined;
}

/** A list's kind and apiVersion, for items that write neither (decodeToList). */
interface Inherited {
  readonly kind: Located<string>;
  readonly apiVersion: Located<string> | undefined;
}

function resourceOf(uri: string, doc: FileDocument, root: YMap, inherited: Inherited | undefined): Resource | undefined {
  const written = getString(root, 'kind');
  const inherits = inherited !== undefined && !written?.value && !getString(root, 'apiVersion')?.value;
  const kind = inherits ? inherited.kind : written;
  if (!kind) return undefined;
  const namespace = getString(root, 'metadata.namespace')?.value;
  const apiVersion = inherits ? inherited.apiVersion : getString(root, 'apiVersion');
  return {
    uri,
    doc,
    apiVersion,
    kind,
    type: typeOf(apiVersion?.value, kind.value),
    name: getString(root, 'metadata.name'),
    namespace: namespace && namespace.length > 0 ? namespace : DEFAULT_NAMESPACE,
    root,
  };
}

/**
 * The resources of a document: the object it holds and, when that is a list, each item kubectl
 * sends on its own (docs/yaml-decoding.md §8). Items that are lists themselves are not expanded.
 */
export function toResources(uri: string, doc: FileDocument): Resource[] {
  const own = toResource(uri, doc);
  const items = listItemsOf(own?.root);
  if (!own || !items) return own ? [own] : [];
  const kind = inheritedKind(own.kind.value);
  const inherited = kind ? { kind: { value: kind, range: own.kind.range }, apiVersion: own.apiVersion } : undefined;
  const out = [own];
  for (const item of items.items) {
    const resource = isMap(item) && !isNestedList(item) ? resourceOf(uri, doc, item, inherited) : undefined;
    if (resource) out.push(resource);
  }
  return out;
}

/** The group of an apiVersion: `apps` for `apps/v1`, '' for the core group (`v1`). */
function groupOf(apiVersion: string | undefined): string | undefined {
  if (apiVersion === undefined) return undefined;
  const slash = apiVersion.indexOf('/');
  return slash === -1 ? '' : apiVersion.slice(0, slash);
}

// Kinds whose group we know; every other kind keeps its plain name (rules do not target them).
const BUILT_IN_GROUPS: Readonly<Record<string, readonly string[]>> = {
  StatefulSet: ['apps'],
  Service: [''],
  Endpoints: [''],
  EndpointSlice: ['discovery.k8s.io'],
  PodDisruptionBudget: ['policy'],
};

function typeOf(apiVersion: string | undefined, kind: string): string {
  // `kind` is the user's: `kind: constructor` must not find Object.prototype's member.
  const groups = Object.hasOwn(BUILT_IN_GROUPS, kind) ? BUILT_IN_GROUPS[kind] : undefined;
  const group = groupOf(apiVersion);
  if (!groups || group === undefined || groups.includes(group)) return kind;
  return `${group}/${kind}`;
}

export function isKind(resource: Resource, kind: string): boolean {
  return resource.type === kind;
}

/** `StatefulSet web` — how resources are named in messages and the outline. */
export function describeResource(resource: Resource): string {
  return `${resource.kind.value} ${resource.name?.value ?? '(unnamed)'}`;
}

