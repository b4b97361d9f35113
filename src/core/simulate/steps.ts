// What each script step does to the simulated cluster, as a user's kubectl command would.
import { t } from '../l10n/messages';
import { deleteStatefulSet } from './garbageCollector';
import { failPod, setReadiness, terminatePod } from './kubelet';
import { canonicalJson, effectiveSpec, isObject, mergePatch } from './spec';
import { getStatefulSetRevisions } from './statefulSetControl';
import type { PodStep, Step } from './types';
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

/** The apiserver takes a new manifest (or refuses it); the controller then records its revision. */
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
  getStatefulSetRevisions(world);
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
    default: // the cluster's steps (issue #11), until they are simulated
      return `${step.kind} ${'node' in step ? step.node : step.pod}`;
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
      deleteStatefulSet(world);
      return undefined;
    case 'wait':
      return undefined;
    default:
      // The cluster's steps (issue #11) are not simulated yet: there are no nodes to name, and no
      // pod is left Terminating by a lost node for a force delete to remove.
      if ('node' in step) return t('sim.notFound.pod', step.node);
      if (step.kind === 'forceDeletePod') return t('sim.notFound.pod', step.pod);
      return applyPodStep(world, step);
  }
}
