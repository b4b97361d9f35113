// What each script step does to the simulated cluster, as a user's kubectl command would.
import { t } from '../l10n/messages';
import { syncAllClaimOwners } from './claims';
import { collectDeletedSet, failPod, setReadiness, terminatePod } from './lifecycle';
import { canonicalJson, effectiveSpec, isObject, mergePatch, revisionName } from './spec';
import type { Step } from './types';
import type { World } from './world';

// Fields the apiserver refuses to change on an existing StatefulSet (docs/validation.md §4).
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

export function describeStep(step: Step): { kind: string; text: string } {
  if ('apply' in step) return { kind: 'apply', text: Object.keys(step.apply).length ? t('sim.step.applyPatch', JSON.stringify(step.apply)) : t('sim.step.apply') };
  if ('scale' in step) return { kind: 'scale', text: t('sim.step.scale', step.scale) };
  if ('setImage' in step) {
    const { image, container, outcome = 'ready' } = step.setImage;
    return { kind: 'setImage', text: container ? t('sim.step.setImageIn', image, container, outcome) : t('sim.step.setImage', image, outcome) };
  }
  // kubectl commands read the same in every language.
  if ('deletePod' in step) return { kind: 'deletePod', text: `kubectl delete pod ${step.deletePod}` };
  if ('failPod' in step) return { kind: 'failPod', text: t('sim.step.failPod', step.failPod) };
  if ('failReadiness' in step) return { kind: 'failReadiness', text: t('sim.step.failReadiness', step.failReadiness) };
  if ('restoreReadiness' in step) return { kind: 'restoreReadiness', text: t('sim.step.restoreReadiness', step.restoreReadiness) };
  if ('deleteStatefulSet' in step) return { kind: 'deleteStatefulSet', text: step.deleteStatefulSet.scaleToZeroFirst ? t('sim.step.scaleToZeroThenDelete') : 'kubectl delete statefulset' };
  return { kind: 'wait', text: t('sim.step.wait', step.wait) };
}

/**
 * Applies a step. `settle` runs the cluster until nothing is left to happen (deleteStatefulSet
 * with scaleToZeroFirst waits for the ordered scale-down before deleting).
 */
export function applyStep(world: World, step: Step, settle: () => void): string | undefined {
  if ('apply' in step) applyManifest(world, mergePatch(world.manifest, step.apply));
  else if ('scale' in step) applyManifest(world, mergePatch(world.manifest, { spec: { replicas: step.scale } }));
  else if ('setImage' in step) {
    world.outcomes.set(step.setImage.image, step.setImage.outcome ?? 'ready');
    const manifest = withImage(world.manifest, step.setImage.image, step.setImage.container);
    if (!manifest) return t('sim.notFound.container', step.setImage.container ?? '');
    applyManifest(world, manifest);
  } else if ('deleteStatefulSet' in step) {
    if (step.deleteStatefulSet.scaleToZeroFirst) {
      applyManifest(world, mergePatch(world.manifest, { spec: { replicas: 0 } }));
      settle();
    }
    deleteSet(world);
  } else if (!('wait' in step)) {
    const name = 'deletePod' in step ? step.deletePod : 'failPod' in step ? step.failPod : 'failReadiness' in step ? step.failReadiness : step.restoreReadiness;
    const pod = world.pods.get(name);
    if (!pod) return t('sim.notFound.pod', name);
    if ('deletePod' in step) terminatePod(world, pod, 'User', t('sim.pod.deletedByUser', name));
    else if ('failPod' in step) failPod(world, pod);
    else setReadiness(world, pod, 'failReadiness' in step);
  }
  return undefined;
}
