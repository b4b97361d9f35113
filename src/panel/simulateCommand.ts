// "StatefulSet: Simulate Rollout": from the CodeLens ({ uri, documentIndex }), the editor title
// (the editor's uri) or the palette (the StatefulSet under the cursor, or the only one, or asked).
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { Resource } from '../core/model/resource';
import { findStatefulSets } from '../core/simulate/fromModel';
import { RolloutPanel, type PanelServices } from './rolloutPanel';

export const SIMULATE_ROLLOUT_COMMAND = 'statefulsetStudio.simulateRollout';

export interface SimulateArgs {
  readonly uri: vscode.Uri;
  readonly documentIndex?: number;
}

export function registerSimulateCommand(services: PanelServices): vscode.Disposable {
  return vscode.commands.registerCommand(SIMULATE_ROLLOUT_COMMAND, async (arg?: unknown) => {
    try {
      await simulateRollout(toArgs(arg), services);
    } catch (error) {
      services.log.error(`Simulate Rollout failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
      void vscode.window.showErrorMessage('StatefulSet Studio could not simulate the rollout. See the output for details.');
    }
  });
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

async function simulateRollout(args: SimulateArgs | undefined, services: PanelServices): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  const uri = args?.uri ?? editor?.document.uri;
  if (!uri) return void vscode.window.showInformationMessage('Open a YAML file with a StatefulSet to simulate its rollout.');
  const key = uri.toString();
  const fileName = path.posix.basename(uri.path);
  if (!services.index.get(key)) await vscode.workspace.openTextDocument(uri); // opening indexes it
  const file = services.index.get(key);
  const sets = file ? findStatefulSets([file]) : [];
  if (sets.length === 0) {
    return void vscode.window.showInformationMessage(`There is no StatefulSet in ${fileName} to simulate (a document with apiVersion apps/v1 and kind StatefulSet).`);
  }
  const cursor = editor?.document.uri.toString() === key ? editor.document.offsetAt(editor.selection.active) : undefined;
  const atIndex = args?.documentIndex === undefined ? undefined : sets.find((s) => s.doc.index === args.documentIndex);
  const sts = atIndex ?? (await choose(sets, cursor, file!.positions)); // a stale CodeLens index falls back to choosing
  if (!sts) return;
  if (!sts.name?.value) return void vscode.window.showWarningMessage(`The StatefulSet in ${fileName} has no metadata.name, so its pods have no names.`);
  RolloutPanel.createOrShow(services.extensionUri, { uri: key, name: sts.name.value, namespace: sts.namespace, documentIndex: sts.doc.index }, services);
}

/** The one under the cursor, the only one, or the one picked. */
async function choose(sets: readonly Resource[], cursor: number | undefined, positions: { positionAt(offset: number): { line: number } }): Promise<Resource | undefined> {
  const under = cursor === undefined ? undefined : sets.find((s) => cursor >= s.doc.offset && cursor <= s.doc.offset + s.doc.length);
  if (under || sets.length === 1) return under ?? sets[0];
  const items = sets.map((sts) => ({
    label: sts.name?.value ?? '(unnamed)',
    description: `namespace ${sts.namespace}`,
    detail: `line ${positions.positionAt(sts.doc.offset + sts.kind.range.start).line + 1}`,
    sts,
  }));
  const picked = await vscode.window.showQuickPick(items, { placeHolder: 'Which StatefulSet should be simulated?', title: 'Simulate Rollout' });
  return picked?.sts;
}
