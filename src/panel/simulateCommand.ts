// "StatefulSet: Simulate Rollout": from the CodeLens ({ uri, documentIndex }), the editor title
// (the editor's uri) or the palette (the StatefulSet under the cursor, or the only one, or asked).
// "StatefulSet: Simulate This Change" finds its StatefulSet the same way and opens the panel on the
// edit played from the git baseline settled. "StatefulSet: Simulate Rollout with a Script…" starts
// it from a simulator script of the workspace, picked after the StatefulSet.
import * as path from 'node:path';
import * as vscode from 'vscode';
import { uiText } from '../core/index';
import type { StatefulSetInfo } from '../protocol/lsp';
import { RolloutPanel, type PanelServices } from './rolloutPanel';
import { pickScript } from './scriptPick';

export const SIMULATE_ROLLOUT_COMMAND = 'statefulsetStudio.simulateRollout';
export const SIMULATE_CHANGE_COMMAND = 'statefulsetStudio.simulateChange';
export const SIMULATE_SCRIPT_COMMAND = 'statefulsetStudio.simulateWithScript';

/** How the panel starts: the manifest as written, the edit from the git baseline, or a picked script. */
type Start = 'rollout' | 'change' | 'script';

export interface SimulateArgs {
  readonly uri: vscode.Uri;
  readonly documentIndex?: number;
}

export function registerSimulateCommands(services: PanelServices): vscode.Disposable[] {
  const command = (id: string, start: Start) =>
    vscode.commands.registerCommand(id, async (arg?: unknown) => {
      try {
        await simulateRollout(toArgs(arg), services, start);
      } catch (error) {
        services.log.error(`${id} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
        void vscode.window.showErrorMessage(uiText('ui.simulate.failed'));
      }
    });
  return [command(SIMULATE_ROLLOUT_COMMAND, 'rollout'), command(SIMULATE_CHANGE_COMMAND, 'change'), command(SIMULATE_SCRIPT_COMMAND, 'script')];
}

/** `{ uri, documentIndex }` (uri as a Uri or a string), or a bare Uri (editor title); anything else is ignored. */
function toArgs(arg: unknown): SimulateArgs | undefined {
  const toUri = (x: unknown) => (x instanceof vscode.Uri ? x : typeof x === 'string' ? vscode.Uri.parse(x, true) : undefined);
  if (arg instanceof vscode.Uri) return { uri: arg };
  if (typeof arg !== 'object' || arg === null) return undefined;
  const { uri, documentIndex } = arg as Record<string, unknown>;
  const parsed = toUri(uri);
  if (!parsed) return undefined;
  return Number.isInteger(documentIndex) && (documentIndex as number) >= 0 ? { uri: parsed, documentIndex: documentIndex as number } : { uri: parsed };
}

async function simulateRollout(args: SimulateArgs | undefined, services: PanelServices, start: Start): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  const uri = args?.uri ?? editor?.document.uri;
  if (!uri) return void vscode.window.showInformationMessage(uiText('ui.simulate.noEditor'));
  const key = uri.toString();
  const fileName = path.posix.basename(uri.path);
  await vscode.workspace.openTextDocument(uri); // open, the server checks it as it is in the editor
  const sets = await services.client.statefulSets(uri);
  if (sets.length === 0) {
    return void vscode.window.showInformationMessage(uiText('ui.simulate.noStatefulSet', fileName));
  }
  const cursor = editor?.document.uri.toString() === key ? editor.selection.active.line : undefined;
  const atIndex = args?.documentIndex === undefined ? undefined : sets.find((s) => s.documentIndex === args.documentIndex);
  const sts = atIndex ?? (await choose(sets, cursor)); // a stale CodeLens index falls back to choosing
  if (!sts) return;
  if (!sts.name) return void vscode.window.showWarningMessage(uiText('ui.simulate.noName', fileName));
  const target = { uri: key, name: sts.name, namespace: sts.namespace, documentIndex: sts.documentIndex };
  const script = start === 'script' ? await pickScript(services.client) : undefined;
  if (start === 'script' && !script) return;
  RolloutPanel.createOrShow(services.extensionUri, target, services, script, start === 'change');
}

/** The one under the cursor (its document's lines), the only one, or the one picked. */
async function choose(sets: readonly StatefulSetInfo[], cursorLine: number | undefined): Promise<StatefulSetInfo | undefined> {
  const under = cursorLine === undefined ? undefined : sets.find((s) => cursorLine >= s.firstLine && cursorLine <= s.lastLine);
  if (under || sets.length === 1) return under ?? sets[0];
  const items = sets.map((sts) => ({
    label: sts.name ?? uiText('ui.unnamed'),
    description: uiText('ui.simulate.pick.namespace', sts.namespace),
    detail: uiText('ui.simulate.pick.line', sts.kindLine + 1),
    sts,
  }));
  const picked = await vscode.window.showQuickPick(items, { placeHolder: uiText('ui.simulate.pick.placeholder'), title: uiText('ui.simulate.pick.title') });
  return picked?.sts;
}
