import * as assert from 'assert';
import * as path from 'path';
import * as vscode from 'vscode';
import { eventually, rolloutTabs } from './helpers';

const COMMAND = 'statefulsetStudio.simulateRollout';
const LENS_TITLE = '▶ Simulate rollout';
/** The docs example (a Service `nginx` and the StatefulSet `web`), outside the test workspace. */
const WEB_YAML = vscode.Uri.file(path.resolve(__dirname, '../../../examples/web.yaml'));

async function lensesOf(uri: vscode.Uri): Promise<vscode.CodeLens[] | undefined> {
  const lenses = await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', uri);
  const ours = (lenses ?? []).filter((lens) => lens.command?.command === COMMAND);
  return ours.length > 0 ? ours : undefined;
}

describe('the "Simulate rollout" panel', () => {
  let document: vscode.TextDocument;

  before(async () => {
    document = await vscode.workspace.openTextDocument(WEB_YAML);
    await vscode.window.showTextDocument(document);
  });

  after(() => vscode.commands.executeCommand('workbench.action.closeAllEditors'));

  it('puts a "▶ Simulate rollout" CodeLens at the kind line of the StatefulSet, with the command and its document', async () => {
    const lenses = await eventually('our CodeLens on examples/web.yaml', () => lensesOf(document.uri));
    assert.strictEqual(lenses.length, 1, 'one StatefulSet, one lens (the Service gets none)');
    const [lens] = lenses;
    assert.strictEqual(lens.command?.title, LENS_TITLE);
    assert.strictEqual(document.lineAt(lens.range.start.line).text, 'kind: StatefulSet');
    const [arg] = lens.command?.arguments ?? [];
    assert.strictEqual(String(arg?.uri), document.uri.toString());
    assert.strictEqual(arg?.documentIndex, 1);
  });

  it('opens one webview panel from the palette (cursor in the StatefulSet), and keeps one when run again from the lens', async () => {
    assert.strictEqual(rolloutTabs().length, 0, 'no rollout panel should be open yet');
    const editor = await vscode.window.showTextDocument(document);
    const line = document.getText().split('\n').indexOf('  serviceName: "nginx"');
    assert.ok(line > 0, 'examples/web.yaml changed: no serviceName line');
    editor.selection = new vscode.Selection(line, 2, line, 2);
    await vscode.commands.executeCommand(COMMAND);
    const [tab] = await eventually('a rollout panel tab', () => (rolloutTabs().length > 0 ? rolloutTabs() : undefined));
    assert.strictEqual(tab.label, 'Rollout: web');

    const lenses = await eventually('our CodeLens', () => lensesOf(document.uri));
    await vscode.commands.executeCommand(COMMAND, ...(lenses[0].command?.arguments ?? []));
    await vscode.commands.executeCommand(COMMAND, { uri: document.uri.toString(), documentIndex: 1 });
    assert.strictEqual(rolloutTabs().length, 1, `one panel, got ${rolloutTabs().map((t) => t.label).join(', ')}`);
  });

  it('contributes the transcript language and the command', async () => {
    assert.ok((await vscode.languages.getLanguages()).includes('statefulset-rollout'), 'language statefulset-rollout is not contributed');
    assert.ok((await vscode.commands.getCommands(true)).includes(COMMAND), `${COMMAND} is not registered`);
  });
});
