// Finds the panel's StatefulSet again in the workspace index (opening its file when a restored
// panel's file is not indexed yet) and gathers what its plan is made of.
import * as vscode from 'vscode';
import { t, type LanguageService, type Resource, type SimInput } from '../core/index';
import type { FindingSource } from '../diagnostics';
import type { GitBaselineTracker } from '../gitBaseline';
import type { WorkspaceIndex } from '../workspaceIndex';
import { workspaceResources } from '../workspaceResources';
import { findTarget, simInputOf, type ChangeRun } from './plan';
import { problemsOf, type LinkedProblem } from './problems';
import type { PanelSession } from './session';
import type { Step } from '../core/index';

/** What resolving needs of the panel's services. */
export interface ResolveServices {
  readonly language: LanguageService;
  readonly index: WorkspaceIndex;
  readonly findings: FindingSource;
  readonly baseline: GitBaselineTracker;
}

export type Resolved =
  | { readonly input: SimInput; readonly session: PanelSession; readonly problems: readonly LinkedProblem[]; readonly change?: ChangeRun }
  | { readonly error: string };

/** `session` comes back with its target updated when the StatefulSet was renamed in the editor. */
export async function resolveSession({ language, index, findings, baseline }: ResolveServices, session: PanelSession): Promise<Resolved> {
  await index.ready; // the Service may be in a workspace file
  const uri = vscode.Uri.parse(session.target.uri);
  const fileName = vscode.workspace.asRelativePath(uri);
  let file = index.get(session.target.uri);
  if (!file) {
    await Promise.resolve(vscode.workspace.openTextDocument(uri)).catch(() => undefined); // opening indexes it
    file = index.get(session.target.uri);
  }
  if (!file) return { error: t('ui.panel.unreadable', fileName) };
  const found = findTarget(language, file, session.target, fileName);
  if ('error' in found) return found;
  const resources = workspaceResources(index);
  const base = { session: { ...session, target: found.target }, problems: problemsOf(found.statefulSet, file, findings) };
  if (!session.change) return { ...base, input: simInputOf(language, found.statefulSet, resources, session.policy) };
  const change = changeOf({ language, baseline }, found.statefulSet);
  if ('error' in change) return change;
  return { ...base, input: simInputOf(language, change.before, resources, session.policy), change: { steps: change.steps, ref: change.ref } };
}

/** The baseline of the StatefulSet and the steps that take it to the edit; an error when there is none. */
function changeOf(
  { language, baseline }: Pick<ResolveServices, 'language' | 'baseline'>, sts: Resource,
): { readonly before: Resource; readonly steps: readonly Step[]; readonly ref: string } | { readonly error: string } {
  const ref = baseline.ref;
  if (ref === undefined) return { error: t('ui.panel.baselineOff') };
  const before = baseline.baselineOf(sts);
  if (!before) return { error: t('ui.panel.noBaseline', sts.name?.value ?? '', ref) };
  const steps = language.changeSteps(sts, before);
  return 'problem' in steps ? { error: steps.problem } : { before, steps: steps.steps, ref };
}
