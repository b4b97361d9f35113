// From the workspace to the panel's `init`: finds the panel's StatefulSet again in its file and
// plans its rollout with the session's steps, environment and what-if policy. No vscode import:
// the adapter hands in the files and the problems.
import {
  defaultScript,
  experimentById,
  isExperimentId,
  findAliasExpansionProblem,
  MAX_PANEL_EVENTS,
  parseScript,
  t,
  type LanguageService,
  type Resource,
  type ResourceIndex,
  type RolloutPlan,
  type SimInput,
  type SourceFile,
  type Step,
} from '../core/index';
import type { PanelProblem, Policy, ToWebview, VolumeLesson } from '../protocol/messages';
import { stepsOf } from './session';
import type { PanelSession, RolloutTarget } from './sessionState';


/** "Simulate this change": the steps from the baseline settled to the edit, and the ref compared with. */
export interface ChangeRun {
  readonly steps: readonly Step[];
  readonly ref: string;
}

export type Found = { readonly statefulSet: Resource; readonly target: RolloutTarget } | { readonly error: string };

/** The target's StatefulSet: by name and namespace, else the StatefulSet now at its document index (renamed). */
export function findTarget(language: LanguageService, file: SourceFile, target: RolloutTarget, fileName: string): Found {
  if (file.parsed.skipped) return { error: t('ui.panel.skipped', fileName, file.parsed.skipped) };
  if (file.parsed.helm) return { error: t('ui.panel.helm', fileName) };
  const sets = language.statefulSets([file]);
  const byName = sets.find((sts) => sts.name?.value === target.name && sts.namespace === target.namespace);
  const byIndex = target.documentIndex === undefined ? undefined : sets.find((sts) => sts.doc.index === target.documentIndex);
  const sts = byName ?? byIndex;
  if (!sts) return { error: t('ui.panel.gone', target.name, fileName) };
  const name = sts.name?.value;
  if (!name) return { error: t('ui.simulate.noName', fileName) };
  const problem = sts.doc.chunk.problems.find((p) => p.severity === 'error');
  if (problem) return { error: t('ui.panel.invalidYaml', name, fileName, problem.message) };
  const tooManyAliases = findAliasExpansionProblem(sts.root);
  if (tooManyAliases) return { error: t('ui.panel.skipped', fileName, tooManyAliases) };
  return { statefulSet: sts, target: { uri: target.uri, name, namespace: sts.namespace, documentIndex: sts.doc.index } };
}

/** The simulator's input: the StatefulSet with the what-if policy patched in, and its Service. */
export function simInputOf(language: LanguageService, sts: Resource, resources: ResourceIndex, policy: Policy | undefined): SimInput {
  const input = language.simulationInput(sts, resources);
  if (!policy) return input;
  const spec = input.manifest.spec;
  const patched = { ...(isPlain(spec) ? spec : {}), podManagementPolicy: policy };
  return { ...input, manifest: { ...input.manifest, spec: patched } };
}

/** `locale`: VS Code's display language (vscode.env.language), for the webview's own texts. */
export function buildInit(
  language: LanguageService,
  input: SimInput,
  session: PanelSession,
  problems: readonly PanelProblem[],
  locale: string,
  keepTime?: number,
  change?: ChangeRun,
): ToWebview {
  const base = scriptOf(session, change);
  if ('error' in base) return { type: 'error', message: base.error };
  const steps = stepsOf(session, base.script.steps);
  const environment = { ...base.script.environment, storageClass: session.storageClass ?? base.script.environment.storageClass };
  try {
    const plan = language.planRollout(input, { environment, steps }, MAX_PANEL_EVENTS);
    if ('error' in plan) return { type: 'error', message: plan.error };
    return {
      type: 'init',
      title: change ? changeHeading(plan, change.ref) : t('ui.panel.heading', plan.statefulset),
      locale,
      plan,
      containers: containerCount(input.manifest),
      policy: policyOf(input.manifest),
      steps,
      environment,
      // A plan that stopped at its budget says so among the problems, never silently.
      problems: plan.truncated === undefined ? problems : [...problems, { message: plan.truncated, index: problems.length }],
      ...(keepTime === undefined ? {} : { keepTime }),
      ...(session.script ? { reportShown: true, ...volumeLessonOf(session, plan) } : {}),
    };
  } catch (error) {
    return { type: 'error', message: t('ui.panel.simulationFailed', error instanceof Error ? error.message : String(error)) };
  }
}

/** A walkthrough step that writes into the volumes (docs/learn.md §4): the learner's writes, and where playback waits for one. */
function volumeLessonOf(session: PanelSession, plan: RolloutPlan): { volumes: VolumeLesson } | object {
  const id = session.script?.id;
  const writeBefore = isExperimentId(id) ? experimentById(id).writeBefore : undefined;
  if (!writeBefore) return {};
  return { volumes: { writes: session.writes ?? [], writeBefore: writeBefore(plan.frames.map((f) => f.event)) } };
}

/** The steps before the panel's own: a prepared script's, the change's (baseline settled, then the edit), or applying the manifest. */
function scriptOf(session: PanelSession, change: ChangeRun | undefined): ReturnType<typeof parseScript> {
  if (change) return { script: { ...defaultScript(), steps: [...change.steps] } };
  return session.script ? parseScript(session.script.text) : { script: defaultScript() };
}

/** `StatefulSet web: HEAD (web-7b9…) → this edit (web-5c4…)`: both revisions, as the controller names them. */
function changeHeading(plan: RolloutPlan, ref: string): string {
  const revisions = plan.frames.map((f) => f.event).filter((e) => e.type === 'RevisionCreated' || e.type === 'RevisionReused').map((e) => e.object);
  const [from, to] = [revisions[0] ?? '', revisions[revisions.length - 1] ?? ''];
  return t('ui.panel.changeHeading', plan.statefulset, ref, from, to);
}

function policyOf(manifest: Readonly<Record<string, unknown>>): Policy {
  const spec = manifest.spec;
  return isPlain(spec) && spec.podManagementPolicy === 'Parallel' ? 'Parallel' : 'OrderedReady';
}

function containerCount(manifest: Readonly<Record<string, unknown>>): number {
  const spec = manifest.spec;
  const template = isPlain(spec) ? spec.template : undefined;
  const podSpec = isPlain(template) ? template.spec : undefined;
  const containers = isPlain(podSpec) ? podSpec.containers : undefined;
  return Array.isArray(containers) ? Math.max(containers.length, 1) : 1;
}

function isPlain(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
