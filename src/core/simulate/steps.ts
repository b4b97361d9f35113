// What each script step does to the simulated cluster, as a user's kubectl command would.
import { t } from '../l10n/messages';
import { syncAllClaimOwners } from './claims';
import { collectDeletedSet, failPod, setReadiness, terminatePod } from './lifecycle';
import { canonicalJson, effectiveSpec, isObject, mergePatch, revisionName } from './spec';
import type { PodStep, Step } from './types';
import type { World } from './world';

// Fields the apiserver refuses to change on an existing StatefulSet (validation-rules.md §4).
const IMMUTABLE = ['selector', 'serviceName', 'volumeClaimTemplates', 'podManagementPolicy'] as const;
// The apiserver's own words, as kubectl prints them: never translated.
const FORBIDDEN =
  "spec: Forbidden: updates to statefulset spec for fields other than 'replicas', 'ordinals', 'template', 'updateStrategy', 'revisionHistoryLimit', 'persistentVolumeClaimRetentionPolicy' and 'minReadySeconds' are forbidden";

function specField(manifest: unknown, key: string): string {
  const spec = isObject(manifest) ? manifest.spec : undefined;
  return canonicalJson(isObject(spec) ? spec[key] : undefined);
}

/** Takes a new manifest: records the revision its template makes, created or reused (a rollback). */
function applyManifest(world: World, manifest: unknown): void {
  if (world.applied) {
    const changed = IMMUTABLE.filter((key) => specField(world.manifest, key) !== specField(manifest, key));
    if (changed.length > 0) {
      world.emit('Blocked', world.spec.name, {
        reason: 'Forbidden',
        message: t('sim.forbidden', FORBIDDEN, changed.join(', ')),
      });
      return;
    }
  }
  world.manifest = manifest;
  world.spec = effectiveSpec(manifest);
  world.applied = true;
  const name = revisionName(world.spec.name, world.spec.template);
  if (name !== world.updateRevision) {
    const existing = world.revisions.find((r) => r.name === name);
    if (existing) {
      world.revisions.splice(world.revisions.indexOf(existing), 1);
      world.revisions.push({ ...existing, number: world.revisions.length + 1 });
      world.updateRevision = name;
      world.emit('RevisionReused', name, { revision: name, message: t('sim.revision.reused', name) });
    } else {
      world.revisions.push({ name, template: world.spec.template, number: world.revisions.length + 1 });
      world.updateRevision = name;
      world.emit('RevisionCreated', name, { revision: name, message: t('sim.revision.created', name) });
    }
  }
  if (world.currentRevision === '') world.currentRevision = name;
  world.rebuild();
  syncAllClaimOwners(world);
}

function withImage(manifest: unknown, image: string, container: string | undefined): unknown | undefined {
  const copy = JSON.parse(JSON.stringify(manifest ?? {}));
  const containers = copy?.spec?.template?.spec?.containers;
  if (!Array.isArray(containers) || containers.length === 0) return undefined;
  const target = container === undefined ? containers[0] : containers.find((c: { name?: unknown }) => isObject(c) && c.name === container);
  if (!isObject(target)) return undefined;
  target.image = image;
  return copy;
}

function deleteSet(world: World): void {
  world.deleted = true;
  const pods = [...world.pods.values()].sort((a, b) => a.ordinal - b.ordinal);
  for (const pod of pods) {
    terminatePod(world, pod, 'GarbageCollector', t('sim.pod.deletedByGc', pod.name, world.spec.name));
  }
  collectDeletedSet(world);
}

/** What the StepStarted event says about a step. */
export function describeStep(step: Step): string {
  switch (step.kind) {
    case 'apply':
      return Object.keys(step.patch).length ? t('sim.step.applyPatch', JSON.stringify(step.patch)) : t('sim.step.apply');
    case 'scale':
      return t('sim.step.scale', step.replicas);
    case 'setImage': {
      const { image, container, outcome = 'ready' } = step;
      return container ? t('sim.step.setImageIn', image, container, outcome) : t('sim.step.setImage', image, outcome);
    }
    // kubectl commands read the same in every language.
    case 'deletePod':
      return `kubectl delete pod ${step.pod}`;
    case 'failPod':
      return t('sim.step.failPod', step.pod);
    case 'failReadiness':
      return t('sim.step.failReadiness', step.pod);
    case 'restoreReadiness':
      return t('sim.step.restoreReadiness', step.pod);
    case 'deleteStatefulSet':
      return step.scaleToZeroFirst ? t('sim.step.scaleToZeroThenDelete') : 'kubectl delete statefulset';
    case 'wait':
      return t('sim.step.wait', step.seconds);
  }
}

function applyPodStep(world: World, step: PodStep): string | undefined {
  const pod = world.pods.get(step.pod);
  if (!pod) return t('sim.notFound.pod', step.pod);
  if (step.kind === 'deletePod') terminatePod(world, pod, 'User', t('sim.pod.deletedByUser', step.pod));
  else if (step.kind === 'failPod') failPod(world, pod);
  else setReadiness(world, pod, step.kind === 'failReadiness');
  return undefined;
}

/**
 * Applies a step; returns why it could not, if it could not. `settle` runs the cluster until
 * nothing is left to happen (deleteStatefulSet with scaleToZeroFirst waits for the ordered
 * scale-down before deleting).
 */
export function applyStep(world: World, step: Step, settle: () => void): string | undefined {
  switch (step.kind) {
    case 'apply':
      applyManifest(world, mergePatch(world.manifest, step.patch));
      return undefined;
    case 'scale':
      applyManifest(world, mergePatch(world.manifest, { spec: { replicas: step.replicas } }));
      return undefined;
    case 'setImage': {
      world.outcomes.set(step.image, step.outcome ?? 'ready');
      const manifest = withImage(world.manifest, step.image, step.container);
      if (!manifest) return t('sim.notFound.container', step.container ?? '');
      applyManifest(world, manifest);
      return undefined;
    }
    case 'deleteStatefulSet':
      if (step.scaleToZeroFirst) {
        applyManifest(world, mergePatch(world.manifest, { spec: { replicas: 0 } }));
        settle();
      }
      deleteSet(world);
      return undefined;
    case 'wait':
      return undefined;
    default:
      return applyPodStep(world, step);
  }
}
