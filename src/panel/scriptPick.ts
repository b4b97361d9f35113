// "StatefulSet: Simulate Rollout with a Script…": the panel starts from one of the workspace's
// simulator scripts (what `simulate --script` reads), e.g. one whose `environment.nodes` brings
// the node lanes and the cluster what-ifs. Scripts are told from manifests by their top-level keys
// (isScriptText); a broken script is still offered, and the panel says what is wrong with it.
import * as vscode from 'vscode';
import { isScriptText, t } from '../core/index';
import { MAX_SCRIPT_LENGTH, type PanelScript } from './session';

/** More candidates than anyone picks from; findFiles stops there. */
const MAX_CANDIDATES = 500;
/** toSession keeps a script's id only up to this length. */
const MAX_ID_LENGTH = 100;

/** Asks for one of the workspace's scripts; undefined when there is none or nothing was picked. */
export async function pickScript(): Promise<PanelScript | undefined> {
  const scripts = await findScripts();
  if (scripts.length === 0) return void vscode.window.showInformationMessage(t('ui.simulate.noScript'));
  const items = scripts.map((script) => ({ label: baseName(script.id), description: script.id, script }));
  const picked = await vscode.window.showQuickPick(items, {
    title: t('ui.simulate.script.title'),
    placeHolder: t('ui.simulate.script.placeholder'),
    matchOnDescription: true,
  });
  return picked?.script;
}

/** The workspace's YAML files that are scripts, by path; each one's id is its workspace-relative path. */
async function findScripts(): Promise<PanelScript[]> {
  const uris = await vscode.workspace.findFiles('**/*.{yaml,yml}', '**/node_modules/**', MAX_CANDIDATES);
  const read = await Promise.all(uris.map(readScript));
  return read.filter((s): s is PanelScript => s !== undefined).sort((a, b) => a.id.localeCompare(b.id));
}

async function readScript(uri: vscode.Uri): Promise<PanelScript | undefined> {
  try {
    if ((await vscode.workspace.fs.stat(uri)).size > MAX_SCRIPT_LENGTH) return undefined;
    const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
    return isScriptText(text) ? { id: vscode.workspace.asRelativePath(uri).slice(-MAX_ID_LENGTH), text } : undefined;
  } catch {
    return undefined; // gone or unreadable since findFiles: not a candidate
  }
}

const baseName = (path: string) => path.slice(path.lastIndexOf('/') + 1);
