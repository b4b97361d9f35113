// The StatefulSet's ControllerRevisions, after kubernetes pkg/controller/statefulset/stateful_set_control.go
// (getStatefulSetRevisions, truncateHistory) and pkg/controller/history (FindEqualRevisions,
// UpdateControllerRevision): a revision per distinct template, renumbered when a rollback reuses it,
// and pruned to spec.revisionHistoryLimit (docs/controller-model.md §1).
import { t } from '../l10n/messages';
import { revisionName } from './spec';
import type { World } from './world';

/** nextRevision: one more than the highest revision number (1 for the first). */
function nextRevision(world: World): number {
  return world.revisions.reduce((max, r) => Math.max(max, r.number), 0) + 1;
}

/**
 * getStatefulSetRevisions: the revision of the current template. An equal revision that is not the
 * newest is a rollback: UpdateControllerRevision gives it the next number and keeps its name. A
 * template whose revision truncateHistory pruned gets a new revision (same name, new number).
 * Upstream runs it every sync; its answer only changes when the spec does, so the simulator runs it then.
 */
export function getStatefulSetRevisions(world: World): void {
  const name = revisionName(world.spec.name, world.spec.template);
  if (name !== world.updateRevision) {
    const existing = world.revisions.find((r) => r.name === name);
    const number = nextRevision(world);
    if (existing) world.revisions.splice(world.revisions.indexOf(existing), 1);
    world.revisions.push({ name, template: existing?.template ?? world.spec.template, number });
    world.updateRevision = name;
    if (existing) world.emit({ time: world.time, type: 'RevisionReused', object: name, revision: name, message: t('sim.revision.reused', name) });
    else world.emit({ time: world.time, type: 'RevisionCreated', object: name, revision: name, message: createdMessage(world, name, number) });
  }
  if (world.currentRevision === '') world.currentRevision = name;
}

function createdMessage(world: World, name: string, number: number): string {
  return world.prunedRevisions.has(name) ? t('sim.revision.recreated', name, number, world.spec.revisionHistoryLimit) : t('sim.revision.created', name);
}

/**
 * truncateHistory: deletes the oldest revisions that are not live (the current and update
 * revisions, and any revision a pod, terminating or not, carries) until at most
 * revisionHistoryLimit of them remain; a negative limit keeps them all. O(1) while the history
 * is within the limit, so running it every sync keeps the simulation linear.
 */
export function truncateHistory(world: World): void {
  const limit = world.spec.revisionHistoryLimit;
  if (limit < 0 || world.revisions.length <= limit) return;
  const isLive = (name: string) => name === world.currentRevision || name === world.updateRevision || (world.podsAtRevision.get(name) ?? 0) > 0;
  const history = world.revisions.filter((r) => !isLive(r.name)).sort((a, b) => a.number - b.number);
  const excess = history.slice(0, Math.max(0, history.length - limit));
  if (excess.length === 0) return;
  const pruned = new Set(excess.map((r) => r.name));
  for (const name of pruned) world.prunedRevisions.add(name);
  world.revisions.splice(0, world.revisions.length, ...world.revisions.filter((r) => !pruned.has(r.name)));
}
