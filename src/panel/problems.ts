// The diagnostics that change what the simulation shows (no headless Service → no per-pod DNS; a
// claim template that is missing or unused; a volume mount that names nothing), as the panel lists
// them, and revealing one in its editor when the panel's link is followed. The language server
// picks them from the findings it published (src/server/panel.ts calls its publisher's findingsOf),
// never read back from VS Code; here they become places to reveal.
import * as vscode from 'vscode';
import type { StudioClient } from '../client/studioClient';
import type { PanelProblemLink } from '../protocol/lsp';
import type { PanelProblem } from '../protocol/messages';

export interface LinkedProblem {
  readonly problem: PanelProblem;
  readonly uri: vscode.Uri;
  readonly range: vscode.Range;
}

export function linkProblems(client: StudioClient, links: readonly PanelProblemLink[]): LinkedProblem[] {
  return links.map(({ problem, uri, range }) => ({ problem, uri: vscode.Uri.parse(uri, true), range: client.toRange(range) }));
}

/** Opens the problem's file with the range selected, in the editor group that already shows it. */
export async function revealProblem(problem: LinkedProblem): Promise<void> {
  const key = problem.uri.toString();
  const shown = vscode.window.visibleTextEditors.find((editor) => editor.document.uri.toString() === key);
  const document = shown?.document ?? (await vscode.workspace.openTextDocument(problem.uri));
  await vscode.window.showTextDocument(document, { selection: problem.range, viewColumn: shown?.viewColumn ?? vscode.ViewColumn.One });
}
