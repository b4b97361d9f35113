// The commands of the language service: re-index and re-check the workspace, show the log.
import * as vscode from 'vscode';
import type { StudioClient } from './client/studioClient';
import { uiText } from './core/index';
import type { Register } from './services';

export const RECHECK_WORKSPACE_COMMAND = 'statefulsetStudio.recheckWorkspace';
export const SHOW_OUTPUT_COMMAND = 'statefulsetStudio.showOutput';

export const register: Register = (_context, { client, log }) => [
  vscode.commands.registerCommand(RECHECK_WORKSPACE_COMMAND, () => recheckWorkspace(client, log)),
  vscode.commands.registerCommand(SHOW_OUTPUT_COMMAND, () => log.show(true)),
];

async function recheckWorkspace(client: StudioClient, output: vscode.LogOutputChannel): Promise<void> {
  const title = uiText('ui.recheck.progress');
  try {
    await vscode.window.withProgress({ location: vscode.ProgressLocation.Window, title }, () => client.recheckWorkspace());
    output.info('Re-indexed the workspace and re-checked every file.');
  } catch (error) {
    output.error(`Re-checking the workspace failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    void vscode.window.showErrorMessage(uiText('ui.recheck.failed'));
  }
}
