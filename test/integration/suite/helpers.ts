// Shared by the integration tests: the test workspace, waiting for diagnostics (on
// languages.onDidChangeDiagnostics, never by sleeping), running code actions, reverting edits.
import * as assert from 'assert';
import * as vscode from 'vscode';

export const EXTENSION_ID = 'statefulset-studio.statefulset-studio';
export const SOURCE = 'statefulset';
/** Long enough for a first workspace scan on a slow machine, well under mocha's 60 s. */
export const DIAGNOSTICS_TIMEOUT_MS = 20_000;

export function workspaceFolder(): vscode.WorkspaceFolder {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the test workspace (test/integration/workspace) is not open');
  return folder;
}

/** A file of the test workspace, by its path relative to the folder. */
export function fixture(relative: string): vscode.Uri {
  return vscode.Uri.joinPath(workspaceFolder().uri, ...relative.split('/'));
}

export async function openFixture(relative: string): Promise<vscode.TextDocument> {
  const document = await vscode.workspace.openTextDocument(fixture(relative));
  await vscode.window.showTextDocument(document);
  return document;
}

/** Our diagnostics (source 'statefulset') on a file. */
export function ourDiagnostics(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === SOURCE);
}

/** The rule id a diagnostic carries as its code ({ value, target } for ours). */
export function codeOf(diagnostic: vscode.Diagnostic): string | undefined {
  const { code } = diagnostic;
  if (code === undefined) return undefined;
  return String(typeof code === 'object' ? code.value : code);
}

export const withCode = (ruleId: string) => (diagnostics: readonly vscode.Diagnostic[]) => diagnostics.some((d) => codeOf(d) === ruleId);
export const withoutCode = (ruleId: string) => (diagnostics: readonly vscode.Diagnostic[]) => !diagnostics.some((d) => codeOf(d) === ruleId);

function describe(diagnostics: readonly vscode.Diagnostic[]): string {
  if (diagnostics.length === 0) return 'no diagnostics';
  return diagnostics.map((d) => `${codeOf(d)} at ${d.range.start.line + 1}:${d.range.start.character + 1}`).join(', ');
}

/**
 * Resolves with our diagnostics on `uri` as soon as `predicate` holds for them: right away, or on
 * the onDidChangeDiagnostics event that makes it hold. Rejects after `timeoutMs` with what is there.
 */
export function waitForDiagnostics(
  uri: vscode.Uri,
  predicate: (diagnostics: readonly vscode.Diagnostic[]) => boolean,
  timeoutMs = DIAGNOSTICS_TIMEOUT_MS,
  expectation = 'the expected diagnostics',
): Promise<vscode.Diagnostic[]> {
  return new Promise((resolve, reject) => {
    const key = uri.toString();
    const check = (): void => {
      const diagnostics = ourDiagnostics(uri);
      if (!predicate(diagnostics)) return;
      finish();
      resolve(diagnostics);
    };
    const listener = vscode.languages.onDidChangeDiagnostics((event) => {
      if (event.uris.some((changed) => changed.toString() === key)) check();
    });
    const timer = setTimeout(() => {
      finish();
      const where = vscode.workspace.asRelativePath(uri);
      reject(new Error(`Timed out after ${timeoutMs} ms waiting for ${expectation} on ${where}; it has ${describe(ourDiagnostics(uri))}`));
    }, timeoutMs);
    const finish = (): void => {
      listener.dispose();
      clearTimeout(timer);
    };
    check();
  });
}

/** Waits until `uri` has a diagnostic of rule `ruleId` and returns it. */
export async function waitForRule(uri: vscode.Uri, ruleId: string, timeoutMs = DIAGNOSTICS_TIMEOUT_MS): Promise<vscode.Diagnostic> {
  const diagnostics = await waitForDiagnostics(uri, withCode(ruleId), timeoutMs, `a ${ruleId} diagnostic`);
  return diagnostics.find((d) => codeOf(d) === ruleId)!;
}

/** Waits until `uri` has no diagnostic of rule `ruleId`. */
export async function waitForNoRule(uri: vscode.Uri, ruleId: string, timeoutMs = DIAGNOSTICS_TIMEOUT_MS): Promise<void> {
  await waitForDiagnostics(uri, withoutCode(ruleId), timeoutMs, `no ${ruleId} diagnostic`);
}

/** The quick fixes VS Code offers at a diagnostic (what the light bulb lists). */
export async function quickFixesAt(uri: vscode.Uri, diagnostic: vscode.Diagnostic): Promise<vscode.CodeAction[]> {
  const actions = await vscode.commands.executeCommand<(vscode.CodeAction | vscode.Command)[]>(
    'vscode.executeCodeActionProvider',
    uri,
    diagnostic.range,
    vscode.CodeActionKind.QuickFix.value,
  );
  // A bare Command has a string `command`; a CodeAction's `command`, if any, is a Command.
  return (actions ?? []).filter((action): action is vscode.CodeAction => typeof action.command !== 'string');
}

export function titlesOf(actions: readonly vscode.CodeAction[]): string {
  return JSON.stringify(actions.map((action) => action.title));
}

/** Inserts `text` at the start of the line after the first line that is exactly `afterLine`. */
export async function insertAfterLine(document: vscode.TextDocument, afterLine: string, text: string): Promise<void> {
  const line = document.getText().split(/\r?\n/).indexOf(afterLine);
  assert.ok(line >= 0, `${vscode.workspace.asRelativePath(document.uri)} has no line ${JSON.stringify(afterLine)}`);
  const edit = new vscode.WorkspaceEdit();
  edit.insert(document.uri, new vscode.Position(line + 1, 0), text);
  assert.ok(await vscode.workspace.applyEdit(edit), 'the WorkspaceEdit was not applied');
}

/** Throws away unsaved edits of a document (its text becomes the file's again) and closes its editor. */
export async function revertAndClose(document: vscode.TextDocument): Promise<void> {
  if (document.isClosed) return;
  await vscode.window.showTextDocument(document);
  await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
}

const EVENTUALLY_TIMEOUT_MS = 20_000;

/** Polls `probe` until it returns something, or fails with `what`. */
export async function eventually<T>(what: string, probe: () => T | undefined | Promise<T | undefined>, timeoutMs = EVENTUALLY_TIMEOUT_MS): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** The tabs of the rollout panel (one at a time, normally). */
export function rolloutTabs(): vscode.Tab[] {
  return vscode.window.tabGroups.all
    .flatMap((group) => group.tabs)
    .filter((tab) => tab.input instanceof vscode.TabInputWebview && tab.input.viewType.endsWith('statefulsetStudio.rollout'));
}
