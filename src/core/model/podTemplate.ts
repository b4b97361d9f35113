// The containers of a StatefulSet's pod template as ValidatePodTemplateSpec walks them
// (validateContainers, then validateInitContainers, then validateEphemeralContainers), with the
// field path the apiserver prints for each. The walk is done once per parsed document and shared by
// every container rule, so adding rules does not add walks of a template with thousands of containers.
import { getKey, getSeq, getString } from './access';
import { memoByRoot } from './memoByRoot';
import type { Resource } from './resource';
import { isMap, isScalar, isSeq, type Range, type YMap, type YNode, type YScalar } from './types';

export type ContainerList = 'containers' | 'initContainers' | 'ephemeralContainers';

export interface TemplateContainer {
  readonly node: YMap;
  readonly list: ContainerList;
  readonly index: number;
  /** `spec.template.spec.containers[0]`: the prefix of every path the apiserver reports in it. */
  readonly path: string;
  /** An init container with `restartPolicy: Always` (a sidecar): it may have probes and lifecycle hooks. */
  readonly sidecar: boolean;
}

const LISTS: readonly ContainerList[] = ['containers', 'initContainers', 'ephemeralContainers'];
const walked = new WeakMap<YMap, readonly TemplateContainer[]>();

/** Every container of the pod template, in the apiserver's order; items that are not maps are skipped (the schema check reports them). */
export function templateContainers(sts: Resource): readonly TemplateContainer[] {
  const cached = walked.get(sts.root);
  if (cached) return cached;
  const out: TemplateContainer[] = [];
  for (const list of LISTS) {
    getSeq(sts.root, `spec.template.spec.${list}`)?.items.forEach((node, index) => {
      if (!isMap(node)) return;
      const sidecar = list === 'initContainers' && getString(node, 'restartPolicy')?.value === 'Always';
      out.push({ node, list, index, path: `spec.template.spec.${list}[${index}]`, sidecar });
    });
  }
  walked.set(sts.root, out);
  return out;
}

/** The regular containers and the init containers: the lists whose ports, probes and resources the apiserver validates. */
export const workloadContainers = memoByRoot((sts: Resource): readonly TemplateContainer[] => templateContainers(sts).filter((c) => c.list !== 'ephemeralContainers'));

const named = new WeakMap<YMap, ReadonlySet<string>>();

/** The names of the regular and init containers (what the kubelet's findContainerInPod searches), computed once per document. */
export function workloadContainerNames(sts: Resource): ReadonlySet<string> {
  const cached = named.get(sts.root);
  if (cached) return cached;
  const names = new Set<string>();
  for (const container of workloadContainers(sts)) {
    const name = nonEmptyString(container.node, 'name');
    if (name !== undefined) names.add(name);
  }
  named.set(sts.root, names);
  return names;
}

export interface ListItem {
  readonly node: YNode;
  readonly index: number;
  /** `spec.template.spec.containers[0].ports[1]`. */
  readonly path: string;
}

const listed = new WeakMap<YMap, Map<string, readonly ListItem[]>>();

/**
 * The items of a list field of a container (`ports`, `env`, …) with their paths; nothing when it is
 * not a list. Once per container and field: several rules read the same lists.
 */
export function itemsOf(container: TemplateContainer, key: string): readonly ListItem[] {
  let byKey = listed.get(container.node);
  if (!byKey) listed.set(container.node, (byKey = new Map()));
  let items = byKey.get(key);
  if (!items) byKey.set(key, (items = listItems(container, key)));
  return items;
}

function listItems(container: TemplateContainer, key: string): readonly ListItem[] {
  const seq = getKey(container.node, key);
  if (!isSeq(seq)) return [];
  return seq.items.map((node, index) => ({ node, index, path: `${container.path}.${key}[${index}]` }));
}

/** A string field's value when it is a non-empty string; undefined when unset, empty or of another type. */
export function nonEmptyString(node: YNode | undefined, key: string): string | undefined {
  const value = getKey(node, key);
  return isScalar(value) && typeof value.value === 'string' && value.value !== '' ? value.value : undefined;
}

/** The scalar written exactly at `range` (a finding's), for quick fixes: one descent, not a walk of the tree. */
export function scalarAt(root: YNode, range: Range): YScalar | undefined {
  let current: YNode | undefined = root;
  while (current && !isScalar(current)) {
    const children: readonly YNode[] = isMap(current) ? current.pairs.map((pair) => pair.value) : current.items;
    current = children.find((child) => child.range.start <= range.start && range.end <= child.range.end);
  }
  return current && current.range.start === range.start && current.range.end === range.end ? current : undefined;
}
