// What a language server keeps of a resource in a file that is not open (issue #12, "a compact
// index for closed files"): the fields cross-file rules and navigation look a resource up by, and
// where they are, without the parsed tree. The server re-parses the document when a rule or a
// navigation request needs the resource itself; the summary only says which documents to re-parse.
import { getMap, getPath, getString, toStringMap } from './access';
import type { Resource } from './resource';
import { isHeadless, serviceSelectorNode, servicePorts } from './service';
import { claimTemplates, serviceNameOf, templateLabels } from './statefulSet';
import type { Range } from './types';

/** Label maps as `[key, value]` pairs: smaller than a Map per resource. */
export type LabelPairs = readonly (readonly [string, string])[];

export interface ResourceSummary {
  /** Where the document is in its file: 0-based index, offset and length of its text. */
  readonly document: { readonly index: number; readonly offset: number; readonly length: number };
  /** As Resource.type: `StatefulSet`, `Service`, or `group/Kind` for other groups' kinds. */
  readonly type: string;
  readonly kind: string;
  /** The API group (`apps`, '' for the core group); undefined without an apiVersion. */
  readonly group: string | undefined;
  readonly name: string | undefined;
  readonly namespace: string;
  readonly labels: LabelPairs;
  /** A Service's `spec.selector`, a StatefulSet's `spec.selector.matchLabels`. */
  readonly selector: LabelPairs | undefined;
  /** A StatefulSet's pod template labels. */
  readonly templateLabels: LabelPairs | undefined;
  /** A StatefulSet's `spec.serviceName`. */
  readonly serviceName: string | undefined;
  /** A Service with `clusterIP: None`. */
  readonly headless: boolean;
  /** A Service's numeric `spec.ports[].port`. */
  readonly ports: readonly number[];
  /** A StatefulSet's claim template names. */
  readonly claimTemplates: readonly string[];
  /** Absolute offsets in the file of the fields above that are written. */
  readonly ranges: Readonly<Partial<Record<'kind' | 'name' | 'namespace' | 'serviceName' | 'selector' | 'labels', Range>>>;
}

export function summarizeResource(resource: Resource): ResourceSummary {
  const { doc } = resource;
  const isSts = resource.type === 'StatefulSet';
  const isSvc = resource.type === 'Service';
  const selectorNode = isSvc ? serviceSelectorNode(resource) : isSts ? getMap(resource.root, 'spec.selector.matchLabels') : undefined;
  return {
    document: { index: doc.index, offset: doc.offset, length: doc.length },
    type: resource.type,
    kind: resource.kind.value,
    group: groupOf(resource.apiVersion?.value),
    name: resource.name?.value,
    namespace: resource.namespace,
    labels: pairs(toStringMap(getPath(resource.root, 'metadata.labels'))),
    selector: selectorNode ? pairs(toStringMap(selectorNode)) : undefined,
    templateLabels: isSts ? pairs(templateLabels(resource)) : undefined,
    serviceName: isSts ? serviceNameOf(resource)?.value : undefined,
    headless: isSvc && isHeadless(resource),
    ports: isSvc ? servicePorts(resource).flatMap((port) => (port.port ? [port.port.value] : [])) : [],
    claimTemplates: isSts ? claimTemplates(resource).map((claim) => claim.name.value) : [],
    ranges: rangesOf(resource, selectorNode?.range),
  };
}

function rangesOf(resource: Resource, selector: Range | undefined): ResourceSummary['ranges'] {
  const shift = (range: Range | undefined) => range && { start: range.start + resource.doc.offset, end: range.end + resource.doc.offset };
  return {
    kind: shift(resource.kind.range),
    name: shift(resource.name?.range),
    namespace: shift(getString(resource.root, 'metadata.namespace')?.range),
    serviceName: shift(resource.type === 'StatefulSet' ? serviceNameOf(resource)?.range : undefined),
    selector: shift(selector),
    labels: shift(getPath(resource.root, 'metadata.labels')?.range),
  };
}

function groupOf(apiVersion: string | undefined): string | undefined {
  if (apiVersion === undefined) return undefined;
  const slash = apiVersion.indexOf('/');
  return slash === -1 ? '' : apiVersion.slice(0, slash);
}

function pairs(map: ReadonlyMap<string, string>): LabelPairs {
  return [...map];
}

/** Whether every pair of `selector` is among `labels` (an empty selector selects everything). */
export function pairsSelect(selector: LabelPairs, labels: LabelPairs): boolean {
  return selector.every(([key, value]) => labels.some(([k, v]) => k === key && v === value));
}
