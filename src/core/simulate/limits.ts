// Limits on what the simulator takes (issue #15, hostile input). Without them `replicas:
// 1000000000` (a valid int32) ran for 42 s and 2 GB before failing, and `wait: 1e12` silently
// ran past the time budget. Checked before any work, so the CLI and the panel answer at once. The
// controller behaves the same at any size, so a smaller set shows the same thing.
import { t } from '../l10n/messages';
import type { SimInput } from './input';
import type { Environment, Script, Step } from './types';
import { describe, isPlain } from './values';

/** The most replicas a simulated StatefulSet may have, in the manifest or after any step. */
export const MAX_REPLICAS = 10_000;
/** The longest `wait`, `at` or environment duration: one simulated day. */
export const MAX_SECONDS = 86_400;
/** The most events a simulation records before it stops and says so. */
export const MAX_EVENTS = 1_000_000;
/**
 * The longest name the simulator takes: no Kubernetes object name is longer (a DNS subdomain,
 * IsDNS1123Subdomain). Names are repeated in every event and output line: a 1 MB name with 300
 * replicas ran 80 s and 3 GB, then failed with "Invalid string length".
 */
export const MAX_NAME_LENGTH = 253;
/** Frames the rollout panel plans and posts to its webview at most; the plan says when it stopped early. */
export const MAX_PANEL_EVENTS = 50_000;

/** Why `value` is not a number of seconds the simulator takes, or undefined when it is. */
export function secondsProblem(where: string, value: unknown): string | undefined {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) return t('sim.script.seconds', where, describe(value));
  return value > MAX_SECONDS ? t('sim.limit.seconds', where, value, MAX_SECONDS) : undefined;
}

function nameProblem(where: string, name: unknown): string | undefined {
  return typeof name === 'string' && name.length > MAX_NAME_LENGTH ? t('sim.limit.name', where, name.length, MAX_NAME_LENGTH) : undefined;
}

/** The names the simulator repeats in its output: the set's, its namespace's, its Service's and its claims'. */
function manifestNameProblem(manifest: Readonly<Record<string, unknown>>): string | undefined {
  const { metadata, spec } = manifest;
  const templates = isPlain(spec) && Array.isArray(spec.volumeClaimTemplates) ? spec.volumeClaimTemplates : [];
  return (
    nameProblem('metadata.name', isPlain(metadata) ? metadata.name : undefined) ??
    nameProblem('metadata.namespace', isPlain(metadata) ? metadata.namespace : undefined) ??
    nameProblem('spec.serviceName', isPlain(spec) ? spec.serviceName : undefined) ??
    templates.map((claim: unknown, i) => nameProblem(`spec.volumeClaimTemplates[${i}].metadata.name`, isPlain(claim) && isPlain(claim.metadata) ? claim.metadata.name : undefined)).find((p) => p !== undefined)
  );
}

function replicasProblem(where: string, replicas: unknown): string | undefined {
  return typeof replicas === 'number' && replicas > MAX_REPLICAS ? t('sim.limit.replicas', where, replicas, MAX_REPLICAS) : undefined;
}

/** The replicas a step asks for, if it asks for any. */
function replicasOf(step: Step): unknown {
  if (step.kind === 'scale') return step.replicas;
  const spec = step.kind === 'apply' ? step.patch.spec : undefined;
  return isPlain(spec) ? spec.replicas : undefined;
}

function stepProblem(step: Step, where: string): string | undefined {
  const field = step.kind === 'apply' ? 'apply.spec.replicas' : step.kind;
  return (
    replicasProblem(`${where}.${field}`, replicasOf(step)) ??
    (step.at === undefined ? undefined : secondsProblem(`${where}.at`, step.at)) ??
    (step.kind === 'wait' ? secondsProblem(`${where}.wait`, step.seconds) : undefined)
  );
}

function environmentProblem(env: Environment): string | undefined {
  const domain = nameProblem('environment.clusterDomain', env.clusterDomain);
  if (domain !== undefined) return domain;
  for (const key of ['podStartSeconds', 'readySeconds', 'terminationSeconds'] as const) {
    const problem = secondsProblem(`environment.${key}`, env[key]);
    if (problem !== undefined) return problem;
  }
  return undefined;
}

/** The first thing in the input or script beyond the limits, as a message naming it. */
export function findLimitProblem(input: SimInput, script: Script): string | undefined {
  const spec = input.manifest.spec;
  const manifest = manifestNameProblem(input.manifest) ?? replicasProblem('spec.replicas', isPlain(spec) ? spec.replicas : undefined);
  if (manifest !== undefined) return manifest;
  for (let index = 0; index < script.steps.length; index++) {
    const problem = stepProblem(script.steps[index], `steps[${index}]`);
    if (problem !== undefined) return problem;
  }
  return environmentProblem(script.environment);
}
