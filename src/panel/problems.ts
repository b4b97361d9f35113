// The diagnostics that change what the simulation shows (no headless Service → no per-pod DNS; a
// claim template that is missing or unused; a volume mount that names nothing), as the panel lists
// them, and revealing one in its editor when the panel's link is followed. The diagnostics are the
// findings the publisher last published, as it published them.
import * as vscode from 'vscode';
import { toRange } from '../convert';
import { changesRollout, type Resource } from '../core/index';
import type { FindingSource } from '../diagnostics';
import type { PanelProblem } from '../protocol/messages';
import type { IndexedFile } from '../workspaceIndex';

export interface LinkedProblem {
  readonly problem: PanelProblem;
  readonly uri: vscode.Uri;
  readonly range: vscode.Range;
}


/** Our published findings inside the StatefulSet's document that change the outcome. */
export function problemsOf(sts: Resource, file: IndexedFile, findings: FindingSource): LinkedProblem[] {
  const documentRange = toRange(file.positions, { start: sts.doc.offset, end: sts.doc.offset + sts.doc.length });
  const linked: LinkedProblem[] = [];
  for (const { diagnostic, range } of findings.findingsOf(file.uri)) {
    const { ruleId, message } = diagnostic;
    if (!changesRollout(ruleId) || !documentRange.contains(range)) continue;
    linked.push({ problem: { message, ruleId, index: linked.length }, uri: file.resource, range });
  }
  return linked;
}

/** Opens the problem's file with the range selected, in the editor group that already shows it. */
export async function revealProblem(problem: LinkedProblem): Promise<void> {
  const key = problem.uri.toString();
  const shown = vscode.window.visibleTextEditors.find((editor) => editor.document.uri.toString() === key);
  const document = shown?.document ?? (await vscode.workspace.openTextDocument(problem.uri));
  await vscode.window.showTextDocument(document, { selection: problem.range, viewColumn: shown?.viewColumn ?? vscode.ViewColumn.One });
}
