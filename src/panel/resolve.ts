// Finds the panel's StatefulSet again in the workspace index (opening its file when a restored
// panel's file is not indexed yet) and gathers what its plan is made of.
import * as vscode from 'vscode';
import { t, type LanguageService, type SimInput } from '../core/index';
import type { FindingSource } from '../diagnostics';
import type { WorkspaceIndex } from '../workspaceIndex';
import { workspaceResources } from '../workspaceResources';
import { findTarget, simInputOf } from './plan';
import { problemsOf, type LinkedProblem } from './problems';
import type { PanelSession } from './session';

/** What resolving needs of the panel's services. */
export interface ResolveServices {
  readonly language: LanguageService;
  readonly index: WorkspaceIndex;
  readonly findings: FindingSource;
}

export type Resolved =
  | { readonly input: SimInput; readonly session: PanelSession; readonly problems: readonly LinkedProblem[] }
  | { readonly error: string };

/** `session` comes back with its target updated when the StatefulSet was renamed in the editor. */
export async function resolveSession({ language, index, findings }: ResolveServices, session: PanelSession): Promise<Resolved> {
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
  return {
    input: simInputOf(language, found.statefulSet, workspaceResources(index), session.policy),
    session: { ...session, target: found.target },
    problems: problemsOf(found.statefulSet, file, findings),
  };
}
