// Scenario helpers: a small StatefulSet, a governing Service, and the event trace in one line per
// event (`time Type object [detail]`) so tests can compare whole sequences exactly.
import type { SimInput, SimService } from '../../../src/core/simulate/input';
import { toSteps } from '../../../src/core/simulate/script';
import { assertInvariants } from './invariants';
import { simulate } from '../../../src/core/simulate/simulate';
import { mergePatch } from '../../../src/core/simulate/spec';
import { DEFAULT_ENVIRONMENT, type Environment, type SimEvent, type SimResult, type Step } from '../../../src/core/simulate/types';

export const NGINX: SimService = { name: 'nginx', namespace: 'default', governs: true, publishNotReadyAddresses: false };

/**
 * The docs' `web` StatefulSet (one `www` claim), without minReadySeconds unless patched in. Its
 * container has a readinessProbe, so a pod turns Ready `readySeconds` after Running and the
 * controller's waiting shows in the traces; `NO_PROBE` patches it away.
 */
export function webManifest(patch: Record<string, unknown> = {}): Record<string, unknown> {
  const base = {
    apiVersion: 'apps/v1',
    kind: 'StatefulSet',
    metadata: { name: 'web' },
    spec: {
      serviceName: 'nginx',
      replicas: 2,
      selector: { matchLabels: { app: 'nginx' } },
      template: { metadata: { labels: { app: 'nginx' } }, spec: { containers: [{ name: 'nginx', image: 'nginx:1.24', readinessProbe: { httpGet: { path: '/', port: 80 } } }] } },
      volumeClaimTemplates: [{ metadata: { name: 'www' }, spec: { accessModes: ['ReadWriteOnce'], resources: { requests: { storage: '1Gi' } } } }],
    },
  };
  return mergePatch(base, patch) as Record<string, unknown>;
}

/** webManifest's pod template without its readinessProbe (a merge patch replaces a list whole). */
export const NO_PROBE = { spec: { template: { spec: { containers: [{ name: 'nginx', image: 'nginx:1.24' }] } } } };

/** A step as a script writes it: `{scale: 3}`, `{deletePod: web-1}`, `{apply: {...}, at: 5}`. */
export type ScriptStep = Readonly<Record<string, unknown>>;

/** The steps of a script in their YAML form, through the script parser (so a typo fails loudly). */
export function toEngineSteps(steps: readonly ScriptStep[]): Step[] {
  const parsed = toSteps(steps);
  if ('error' in parsed) throw new Error(parsed.error);
  return parsed.value;
}

export function run(
  steps: readonly ScriptStep[],
  options: { manifest?: Record<string, unknown>; env?: Partial<Environment>; service?: SimService | null; recordStates?: boolean; maxEvents?: number } = {},
): SimResult {
  const input: SimInput = { manifest: options.manifest ?? webManifest(), service: options.service === null ? undefined : options.service ?? NGINX };
  // Every scenario is checked against the invariants after every event.
  const script = { environment: { ...DEFAULT_ENVIRONMENT, ...options.env }, steps: toEngineSteps(steps) };
  return simulate(input, script, { recordStates: options.recordStates, maxEvents: options.maxEvents, observe: assertInvariants });
}

const HIDDEN = new Set(['StatusUpdated', 'PVCBound', 'DNSRecordAdded', 'DNSRecordRemoved', 'PodAvailable', 'StepStarted']);

/**
 * One line per event; `keep` lists event types to show besides the default ones. Revisions are
 * named r1, r2, … in the order they were created, since their names carry a hash.
 */
export function trace(result: SimResult, keep: readonly string[] = []): string[] {
  const tags = new Map<string, string>();
  for (const e of result.events) if (e.type === 'RevisionCreated') tags.set(e.object, `r${tags.size + 1}`);
  return result.events
    .filter((e) => !HIDDEN.has(e.type) || keep.includes(e.type))
    .map((e: SimEvent) => `${e.time} ${e.type} ${tags.get(e.object) ?? e.object}${detail(e, tags)}`);
}

function detail(e: SimEvent, tags: ReadonlyMap<string, string>): string {
  if (e.type === 'PodCreated') return ` @${tags.get(e.revision ?? '') ?? e.revision}`;
  if (e.type === 'Blocked' || e.type === 'PVCPending' || e.type === 'PodTerminating' || e.type === 'PodNotReady') return ` (${e.reason}) ${e.message ?? ''}`.trimEnd();
  if (e.type === 'PodRunning' || e.type === 'DNSRecordAdded') return ` ${e.ip}`;
  return '';
}
