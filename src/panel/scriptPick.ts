// "StatefulSet: Simulate Rollout with a Script…": the panel starts from one of the workspace's
// simulator scripts (what `simulate --script` reads), e.g. one whose `environment.nodes` brings
// the node lanes and the cluster what-ifs. The language server tells scripts from manifests by
// their top-level keys (`statefulsetStudio/findScripts`); a broken script is still offered, and the
// panel says what is wrong with it.
import * as vscode from 'vscode';
import type { StudioClient } from '../client/studioClient';
import { uiText } from '../core/index';
import { MAX_SCRIPT_ID_LENGTH, type PanelScript } from './sessionState';

/** More candidates than anyone picks from; findFiles stops there. */
const MAX_CANDIDATES = 500;

/** Asks for one of the workspace's scripts; undefined when there is none or nothing was picked. */
export async function pickScript(client: StudioClient): Promise<PanelScript | undefined> {
  const scripts = await findScripts(client);
  if (scripts.length === 0) return void vscode.window.showInformationMessage(uiText('ui.simulate.noScript'));
  const items = scripts.map((script) => ({ label: baseName(script.id), description: script.id, script }));
  const picked = await vscode.window.showQuickPick(items, {
    title: uiText('ui.simulate.script.title'),
    placeHolder: uiText('ui.simulate.script.placeholder'),
    matchOnDescription: true,
  });
  return picked?.script;
}

/** The workspace's YAML files that are scripts, by path; each one's id is its workspace-relative path. */
async function findScripts(client: StudioClient): Promise<PanelScript[]> {
  const uris = await vscode.workspace.findFiles('**/*.{yaml,yml}', '**/node_modules/**', MAX_CANDIDATES);
  const scripts = uris.length === 0 ? [] : await client.findScripts(uris);
  const id = (uri: string) => vscode.workspace.asRelativePath(vscode.Uri.parse(uri, true)).slice(-MAX_SCRIPT_ID_LENGTH);
  return scripts.map((script) => ({ id: id(script.uri), text: script.text })).sort((a, b) => a.id.localeCompare(b.id));
}

const baseName = (path: string) => path.slice(path.lastIndexOf('/') + 1);
