// What each script step does to the simulated cluster, as a user's kubectl command would.
import { syncAllClaimOwners } from './claims';
import { collectDeletedSet, failPod, setReadiness, terminatePod } from './lifecycle';
import { canonicalJson, effectiveSpec, isObject, mergePatch, revisionName } from './spec';
import type { Step } from './types';
import type { World } from './world';

// Fields the apiserver refuses to change on an existing StatefulSet (validation-rules.md §4).
const IMMUTABLE = ['selector', 'serviceName', 'volumeClaimTemplates', 'podManagementPolicy'] as const;

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
        message: `the apiserver refuses the change: spec: Forbidden: updates to statefulset spec for fields other than 'replicas', 'ordinals', 'template', 'updateStrategy', 'revisionHistoryLimit', 'persistentVolumeClaimRetentionPolicy' and 'minReadySeconds' are forbidden (changed: ${changed.join(', ')})`,
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
      world.emit('RevisionReused', name, { revision: name, message: `the template equals revision ${name} again (a rollback): its name is reused` });
    } else {
      world.revisions.push({ name, template: world.spec.template, number: world.revisions.length + 1 });
      world.updateRevision = name;
      world.emit('RevisionCreated', name, { revision: name, message: `ControllerRevision ${name} records spec.template` });
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
    terminatePod(world, pod, 'GarbageCollector', `${pod.name} deleted by the garbage collector with StatefulSet ${world.spec.name}: there is no ordering guarantee when a StatefulSet is deleted (scale it to 0 first for ordered termination)`);
  }
  collectDeletedSet(world);
}

export function describeStep(step: Step): { kind: string; text: string } {
  if ('apply' in step) return { kind: 'apply', text: Object.keys(step.apply).length ? `apply the StatefulSet with ${JSON.stringify(step.apply)}` : 'apply the StatefulSet as written' };
  if ('scale' in step) return { kind: 'scale', text: `scale to ${step.scale} replicas` };
  if ('setImage' in step) return { kind: 'setImage', text: `set image ${step.setImage.image}${step.setImage.container ? ` in container ${step.setImage.container}` : ''} (outcome: ${step.setImage.outcome ?? 'ready'})` };
  if ('deletePod' in step) return { kind: 'deletePod', text: `kubectl delete pod ${step.deletePod}` };
  if ('failPod' in step) return { kind: 'failPod', text: `${step.failPod} fails (phase Failed, e.g. evicted)` };
  if ('failReadiness' in step) return { kind: 'failReadiness', text: `${step.failReadiness}'s readiness probe starts failing` };
  if ('restoreReadiness' in step) return { kind: 'restoreReadiness', text: `${step.restoreReadiness}'s readiness probe passes again` };
  if ('deleteStatefulSet' in step) return { kind: 'deleteStatefulSet', text: step.deleteStatefulSet.scaleToZeroFirst ? 'scale to 0, then delete the StatefulSet' : 'kubectl delete statefulset' };
  return { kind: 'wait', text: `wait ${step.wait}s` };
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
    if (!manifest) return `no container ${step.setImage.container ?? ''} to set the image of`;
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
    if (!pod) return `${name} does not exist right now`;
    if ('deletePod' in step) terminatePod(world, pod, 'User', `kubectl delete pod ${name}: the controller recreates it with the same name, hostname and claims, and a new IP`);
    else if ('failPod' in step) failPod(world, pod);
    else setReadiness(world, pod, 'failReadiness' in step);
  }
  return undefined;
}
