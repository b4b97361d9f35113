// What a language server keeps of a resource in a file that is not open (issue #12, "a compact
// index for closed files"): the fields cross-file rules and navigation look a resource up by, and
// where they are, without the parsed tree. The server re-parses the document when a rule or a
// navigation request needs the resource itself; the summary only says which documents to re-parse.
import { getMap, getPath, getString, toStringMap } from './access';
import type { Resource } from './resource';
import { isHeadless, serviceSelectorNode, servicePorts } from './service';
import { claimTemplates, serviceNameOf, templateLabels } from './statefulSet';
import type { Range, YMap } from './types';

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
  /**
   * A Service's `spec.selector`, a StatefulSet's `spec.selector.matchLabels`, a
   * PodDisruptionBudget's `spec.selector.matchLabels` (empty when it selects by expressions only,
   * or everything: the StatefulSets it may guard are then all those of its namespace).
   */
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
  /**
   * Absolute offsets in the file of the fields above that are written, read with `summaryRange`:
   * start and end per field of SUMMARY_RANGE_FIELDS, -1 for one not written. One array of small
   * integers, not an object of Ranges: the index of a 2,000-file workspace keeps 28,000 summaries,
   * and seven objects each were 8.5 MB of the server's heap.
   */
  readonly ranges: readonly number[];
}

/** The fields whose ranges a summary keeps, in the order of `ResourceSummary.ranges`. */
export const SUMMARY_RANGE_FIELDS = ['kind', 'name', 'namespace', 'serviceName', 'selector', 'labels'] as const;
export type SummaryRangeField = (typeof SUMMARY_RANGE_FIELDS)[number];

/** Where a summarised field is written in its file; undefined when it is not. */
export function summaryRange(summary: ResourceSummary, field: SummaryRangeField): Range | undefined {
  const at = 2 * SUMMARY_RANGE_FIELDS.indexOf(field);
  const start = summary.ranges[at];
  return start === undefined || start < 0 ? undefined : { start, end: summary.ranges[at + 1] };
}

export function summarizeResource(resource: Resource): ResourceSummary {
  const { doc } = resource;
  const isSts = resource.type === 'StatefulSet';
  const isSvc = resource.type === 'Service';
  const selectorNode = selectorNodeOf(resource);
  return {
    document: { index: doc.index, offset: doc.offset, length: doc.length },
    type: resource.type,
    kind: resource.kind.value,
    group: groupOf(resource.apiVersion?.value),
    name: resource.name?.value,
    namespace: resource.namespace,
    labels: pairs(toStringMap(getPath(resource.root, 'metadata.labels'))),
    selector: selectorNode ? pairs(toStringMap(resource.type === 'PodDisruptionBudget' ? getMap(selectorNode, 'matchLabels') : selectorNode)) : undefined,
    templateLabels: isSts ? pairs(templateLabels(resource)) : undefined,
    serviceName: isSts ? serviceNameOf(resource)?.value : undefined,
    headless: isSvc && isHeadless(resource),
    ports: isSvc ? servicePorts(resource).flatMap((port) => (port.port ? [port.port.value] : [])) : [],
    claimTemplates: isSts ? claimTemplates(resource).map((claim) => claim.name.value) : [],
    ranges: rangesOf(resource, selectorNode?.range),
  };
}

/** The label map (or, for a budget, the label selector) a resource selects pods by. */
function selectorNodeOf(resource: Resource): YMap | undefined {
  if (resource.type === 'Service') return serviceSelectorNode(resource);
  if (resource.type === 'StatefulSet') return getMap(resource.root, 'spec.selector.matchLabels');
  return resource.type === 'PodDisruptionBudget' ? getMap(resource.root, 'spec.selector') : undefined;
}

function rangesOf(resource: Resource, selector: Range | undefined): number[] {
  const written: Record<SummaryRangeField, Range | undefined> = {
    kind: resource.kind.range,
    name: resource.name?.range,
    namespace: getString(resource.root, 'metadata.namespace')?.range,
    serviceName: resource.type === 'StatefulSet' ? serviceNameOf(resource)?.range : undefined,
    selector,
    labels: getPath(resource.root, 'metadata.labels')?.range,
  };
  const { offset } = resource.doc;
  // Sized once: an array grown entry by entry (flatMap, push) keeps spare room in every summary.
  const ranges = new Array<number>(2 * SUMMARY_RANGE_FIELDS.length);
  SUMMARY_RANGE_FIELDS.forEach((field, i) => {
    const range = written[field];
    ranges[2 * i] = range ? range.start + offset : -1;
    ranges[2 * i + 1] = range ? range.end + offset : -1;
  });
  return ranges;
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
