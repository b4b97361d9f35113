// What each script step does to the simulated cluster, as a user's kubectl command would.
import { defaultStatefulSetSpec, normalizeValue } from '../change/normalize';
import { STATEFULSET_FORBIDDEN } from '../change/statefulSetUpdate';
import { t } from '../l10n/messages';
import { deleteStatefulSet } from './garbageCollector';
import { resumeDrains } from './drain';
import { failPod, setReadiness, terminatePod } from './kubelet';
import { applyClusterStep, describeClusterStep, isClusterStep } from './nodeSteps';
import { canonicalJson, effectiveSpec, isObject, mergePatch } from './spec';
import { getStatefulSetRevisions } from './controllerHistory';
import type { PodStep, Step } from './types';
import type { World } from './world';

// Fields the apiserver refuses to change on an existing StatefulSet (docs/validation.md §4).
const IMMUTABLE = ['selector', 'serviceName', 'volumeClaimTemplates', 'podManagementPolicy'] as const;

const specOf = (manifest: unknown): Record<string, unknown> => (isObject(manifest) && isObject(manifest.spec) ? manifest.spec : {});

/**
 * The immutable fields as the apiserver compares them on update (apiequality.Semantic after
 * SetDefaults_StatefulSet): an explicit `podManagementPolicy: OrderedReady` equals an omitted one
 * (docs/change-model.md §3).
 */
function immutableFields(manifest: unknown): Readonly<Record<string, string>> {
  const spec = defaultStatefulSetSpec(specOf(manifest));
  return Object.fromEntries(IMMUTABLE.map((key) => [key, canonicalJson(normalizeValue(spec[key], key))]));
}

/** The immutable fields an update changes; a field a merge patch did not touch is the same object, and is skipped cheaply. */
function changedImmutableFields(before: unknown, after: unknown): string[] {
  const touched = IMMUTABLE.filter((key) => specOf(before)[key] !== specOf(after)[key]);
  if (touched.length === 0) return [];
  const [old, now] = [immutableFields(before), immutableFields(after)];
  return touched.filter((key) => old[key] !== now[key]);
}

/** The apiserver takes a new manifest (or refuses it); the controller then records its revision. */
function applyManifest(world: World, manifest: unknown): void {
  if (world.applied) {
    const changed = changedImmutableFields(world.manifest, manifest);
    if (changed.length > 0) {
      world.emit({ time: world.time, type: 'Blocked', object: world.spec.name,
        reason: 'Forbidden',
        message: t('sim.forbidden', STATEFULSET_FORBIDDEN, changed.join(', ')),
      });
      return;
    }
  }
  world.manifest = manifest;
  world.spec = effectiveSpec(manifest);
  world.applied = true;
  getStatefulSetRevisions(world);
  // Every pod's claims are checked against the (maybe new) retention policy as syncs reach them.
  world.rebuild();
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
  if (isClusterStep(step)) return describeClusterStep(step);
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
  resumeDrains(world);
  if (isClusterStep(step)) {
    applyClusterStep(world, step);
    return undefined;
  }
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
      return applyPodStep(world, step);
  }
}
