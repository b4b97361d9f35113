// The commands of the language service: re-index and re-check the workspace, show the log.
import * as vscode from 'vscode';
import { t } from './core/l10n/messages';
import type { DiagnosticsPublisher } from './diagnostics';
import type { WorkspaceIndex } from './workspaceIndex';

export const RECHECK_WORKSPACE_COMMAND = 'statefulsetStudio.recheckWorkspace';
export const SHOW_OUTPUT_COMMAND = 'statefulsetStudio.showOutput';

export interface CommandTargets {
  readonly index: WorkspaceIndex;
  readonly diagnostics: DiagnosticsPublisher;
  readonly output: vscode.LogOutputChannel;
}

export function registerCommands({ index, diagnostics, output }: CommandTargets): vscode.Disposable[] {
  return [
    vscode.commands.registerCommand(RECHECK_WORKSPACE_COMMAND, () => recheckWorkspace(index, diagnostics, output)),
    vscode.commands.registerCommand(SHOW_OUTPUT_COMMAND, () => output.show(true)),
  ];
}

async function recheckWorkspace(index: WorkspaceIndex, diagnostics: DiagnosticsPublisher, output: vscode.LogOutputChannel): Promise<void> {
  const title = t('ui.recheck.progress');
  try {
    await vscode.window.withProgress({ location: vscode.ProgressLocation.Window, title }, () => index.rescan());
    diagnostics.recheckAll();
    output.info('Re-indexed the workspace and re-checked every file.');
  } catch (error) {
    output.error(`Re-checking the workspace failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    void vscode.window.showErrorMessage(t('ui.recheck.failed'));
  }
}
