// A walkthrough step's button: the step's manifest in a fresh untitled YAML document (the learner may
// edit it, nothing on disk changes) and the rollout panel beside it, started from the step's script.
import * as vscode from 'vscode';
import type { StudioClient } from '../client/studioClient';
import type { Experiment } from '../core/index';
import { RolloutPanel, type PanelServices } from '../panel/rolloutPanel';
import type { RolloutTarget } from '../panel/sessionState';

/** The untitled document of each experiment, reused while it stays open (with the learner's edits). */
const opened = new Map<string, vscode.TextDocument>();

export async function openExperiment(experiment: Experiment, services: PanelServices): Promise<void> {
  const [manifest, script] = await Promise.all([experiment.manifest, experiment.script].map((file) => readShipped(services.extensionUri, file)));
  let document = opened.get(experiment.id);
  if (!document || document.isClosed) {
    document = await vscode.workspace.openTextDocument({ language: 'yaml', content: manifest });
    opened.set(experiment.id, document);
  }
  await vscode.window.showTextDocument(document, { viewColumn: vscode.ViewColumn.One, preview: false });
  const target = await targetOf(services.client, document);
  if (!target) throw new Error(`${experiment.manifest} has no named StatefulSet`);
  // A fresh panel plays the experiment from its start: a panel kept open would stay at the simulated
  // time it showed (what a re-plan of the same rollout should do, not another experiment).
  RolloutPanel.currentPanel?.dispose();
  RolloutPanel.createOrShow(services.extensionUri, target, services, { id: experiment.id, text: script });
}

/** The examples ship in the VSIX (.vscodeignore): read them from the installed extension. */
async function readShipped(extensionUri: vscode.Uri, file: string): Promise<string> {
  return new TextDecoder().decode(await vscode.workspace.fs.readFile(vscode.Uri.joinPath(extensionUri, file)));
}

/** The document's StatefulSet, found the way the panel finds it again (name, namespace, document index). */
async function targetOf(client: StudioClient, document: vscode.TextDocument): Promise<RolloutTarget | undefined> {
  const sts = (await client.statefulSets(document.uri))[0];
  return sts?.name ? { uri: document.uri.toString(), name: sts.name, namespace: sts.namespace, documentIndex: sts.documentIndex } : undefined;
}
