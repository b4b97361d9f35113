// The way out of a forbidden change, as text and exact commands (docs/change-model.md §5): for a
// larger claim template, expand each existing claim and replace the StatefulSet without touching
// its pods; for other immutable fields, the orphan delete and apply, and what it does to the pods.
import { t } from '../l10n/messages';
import { getSeq, getString } from '../model/access';
import type { Resource } from '../model/resource';
import { podNames, serviceNameOf } from '../model/statefulSet';
import { isScalar } from '../model/types';
import { nearestNode } from './paths';
import { compareQuantities } from './quantityValue';
import { claimTemplateIndex, type ForbiddenChange } from './statefulSetUpdate';
import { templateChanges } from './summary';

export interface WayOutStep {
  readonly text: string;
  readonly commands: readonly string[];
}

/** `'…'` for a POSIX shell. */
function shellQuote(text: string): string {
  return /^[\w@%+=:,./-]+$/.test(text) ? text : `'${text.replace(/'/g, `'\\''`)}'`;
}

function scalarAt(resource: Resource, path: string): string | undefined {
  const found = nearestNode(resource.root, path);
  return found.exact && isScalar(found.node) && found.node.value !== null ? String(found.node.value) : undefined;
}

/** `kubectl patch pvc` for every claim of the baseline's pods made from the changed template. */
function expandClaims(edited: Resource, baseline: Resource, change: ForbiddenChange, ns: string): WayOutStep[] {
  const index = claimTemplateIndex(change.path)!;
  const template = getString(getSeq(baseline.root, 'spec.volumeClaimTemplates')?.items[index], 'metadata.name')?.value;
  const [before, after] = [scalarAt(baseline, change.path), scalarAt(edited, change.path)];
  if (template === undefined || after === undefined) return [];
  if (compareQuantities(after, before) === -1) return [{ text: t('change.way.shrink', change.path, before ?? ''), commands: [] }];
  const patch = JSON.stringify({ spec: { resources: { requests: { storage: after } } } });
  const commands = podNames(baseline).map((pod) => `kubectl patch pvc ${shellQuote(`${template}-${pod}`)} -n ${shellQuote(ns)} -p ${shellQuote(patch)}`);
  return [{ text: t('change.way.expand'), commands }];
}

/** Deleting the pods one at a time, in the order given, so the new StatefulSet recreates them. */
function deletePods(pods: readonly string[], ns: string): string[] {
  return pods.map((pod) => `kubectl delete pod ${shellQuote(pod)} -n ${shellQuote(ns)}`);
}

/** What to run, in order, to get a forbidden StatefulSet edit applied; `file` is the edited manifest. */
export function statefulSetWayOut(edited: Resource, baseline: Resource, changes: readonly ForbiddenChange[], file: string): WayOutStep[] {
  const ns = baseline.namespace;
  const name = baseline.name?.value ?? '';
  const pods = podNames(baseline);
  const steps = changes.filter((c) => c.storage).flatMap((c) => expandClaims(edited, baseline, c, ns));
  steps.push({ text: t('change.way.orphan'), commands: [`kubectl delete statefulset ${shellQuote(name)} -n ${shellQuote(ns)} --cascade=orphan`] });
  const apply = `kubectl apply -f ${shellQuote(file)}`;
  if (changes.some((c) => c.path.startsWith('spec.selector'))) {
    steps.push({ text: t('change.way.applyNoAdopt'), commands: [apply, ...deletePods(pods, ns)] });
    return steps;
  }
  const rolls = templateChanges(edited, baseline).length > 0;
  steps.push({ text: t(rolls ? 'change.way.applyRoll' : 'change.way.apply', pods.join(', ')), commands: [apply] });
  const [oldService, newService] = [serviceNameOf(baseline)?.value ?? '', serviceNameOf(edited)?.value ?? ''];
  if (changes.some((c) => c.path === 'spec.serviceName') && pods.length > 0) {
    steps.push({ text: t('change.way.recreate', oldService, newService), commands: deletePods([...pods].reverse(), ns) });
  }
  return steps;
}

/** Deleting and applying a Service whose cluster IP changed. */
export function serviceWayOut(baseline: Resource, file: string): WayOutStep[] {
  const command = `kubectl delete service ${shellQuote(baseline.name?.value ?? '')} -n ${shellQuote(baseline.namespace)}`;
  return [{ text: t('change.way.service'), commands: [command, `kubectl apply -f ${shellQuote(file)}`] }];
}
