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
