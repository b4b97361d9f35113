// Random scripts for property tests: steps in their YAML form over the docs' web StatefulSet.
import * as fc from 'fast-check';
import type { ScriptStep } from './scenario';
import { webManifest } from './scenario';

export const scriptStep: fc.Arbitrary<ScriptStep> = fc.oneof(
  fc.integer({ min: 0, max: 6 }).map((n): ScriptStep => ({ scale: n })),
  fc.constantFrom<ScriptStep>(
    { setImage: { image: 'nginx:2' } },
    { setImage: { image: 'nginx:bad', outcome: 'imagePullError' } },
    { setImage: { image: 'nginx:crash', outcome: 'crashLoop' } },
    { setImage: { image: 'nginx:1.24' } },
    { deletePod: 'web-0' },
    { deletePod: 'web-2' },
    { failPod: 'web-1' },
    { failReadiness: 'web-0' },
    { restoreReadiness: 'web-0' },
    { wait: 3 },
  ),
);

/** A web StatefulSet of 3 replicas, OrderedReady or Parallel, and a few random steps after applying it. */
export const scenario = fc.record({
  steps: fc.array(scriptStep, { maxLength: 6 }).map((steps): ScriptStep[] => [{ apply: {} }, ...steps]),
  parallel: fc.boolean(),
}).map(({ steps, parallel }) => ({ steps, parallel, manifest: webManifest({ spec: { replicas: 3, podManagementPolicy: parallel ? 'Parallel' : 'OrderedReady' } }) }));

const podStep = fc
  .tuple(fc.constantFrom('deletePod', 'failPod', 'failReadiness', 'restoreReadiness'), fc.integer({ min: 0, max: 6 }))
  .map(([kind, ordinal]): ScriptStep => ({ [kind]: `web-${ordinal}` }));

/** Any step of a script, the StatefulSet's deletion and patches of the spec fields the controller reads included. */
export const anyStep: fc.Arbitrary<ScriptStep> = fc.oneof(
  scriptStep,
  podStep,
  fc.integer({ min: 0, max: 4 }).map((partition): ScriptStep => ({ apply: { spec: { updateStrategy: { rollingUpdate: { partition } } } } })),
  fc.constantFrom<ScriptStep>(
    { apply: { spec: { updateStrategy: { type: 'OnDelete', rollingUpdate: null } } } },
    { apply: { spec: { persistentVolumeClaimRetentionPolicy: { whenScaled: 'Delete', whenDeleted: 'Delete' } } } },
    { setImage: { image: 'nginx:slow', outcome: 'neverReady' } },
    { deleteStatefulSet: {} },
    { deleteStatefulSet: { scaleToZeroFirst: true } },
  ),
);

const retention = fc.constantFrom('Retain', 'Delete');

/** A web StatefulSet with random spec fields, environment and up to 8 random steps. */
export const anyScenario = fc.record({
  replicas: fc.integer({ min: 0, max: 5 }),
  parallel: fc.boolean(),
  // 100,000: past OrdinalMap's dense range, so the store's sparse path is run too.
  start: fc.constantFrom(0, 2, 2, 100_000),
  minReadySeconds: fc.constantFrom(0, 2),
  maxUnavailable: fc.constantFrom(1, 2, '50%'),
  whenScaled: retention,
  whenDeleted: retention,
  gate: fc.boolean(),
  storageClass: fc.constantFrom<'default' | 'none'>('default', 'default', 'none'),
  steps: fc.array(anyStep, { maxLength: 8 }),
}).map((s) => ({
  steps: [{ apply: {} }, ...s.steps] as ScriptStep[],
  env: { storageClass: s.storageClass, featureGates: { MaxUnavailableStatefulSet: s.gate } },
  manifest: webManifest({
    spec: {
      replicas: s.replicas,
      podManagementPolicy: s.parallel ? 'Parallel' : 'OrderedReady',
      ordinals: { start: s.start },
      minReadySeconds: s.minReadySeconds,
      updateStrategy: { rollingUpdate: { maxUnavailable: s.maxUnavailable } },
      persistentVolumeClaimRetentionPolicy: { whenScaled: s.whenScaled, whenDeleted: s.whenDeleted },
    },
  }),
}));
