// The git baseline in the real VS Code (issue #10): a repository made here, in os.tmpdir(), with a
// committed StatefulSet. Editing an immutable field shows sts-update-forbidden with the committed
// value as related information (a read-only baseline document); the revert quick fix restores it;
// an allowed edit gets a CodeLens with its rollout, which opens "Simulate this change"; committing
// the edit moves HEAD, and the refusal disappears (the edited value is now the baseline).
import * as assert from 'assert';
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as vscode from 'vscode';
import { eventually, quickFixesAt, revertAndClose, rolloutTabs, waitForNoRule, waitForRule } from './helpers';

const RULE = 'sts-update-forbidden';
/** Service `nginx` and StatefulSet `web`, as the unit tests of the language server's baseline commit them too. */
const COMMITTED = fs.readFileSync(path.resolve(__dirname, '../../../test/fixtures/baseline/web.yaml'), 'utf8');

function git(cwd: string, ...args: string[]): void {
  const config = ['user.name=t', 'user.email=t@t', 'init.defaultBranch=main', 'commit.gpgsign=false', 'core.hooksPath=/dev/null'].flatMap((c) => ['-c', c]);
  execFileSync('git', [...config, ...args], { cwd, stdio: 'pipe' });
}

async function replaceText(document: vscode.TextDocument, from: string, to: string): Promise<void> {
  const at = document.getText().indexOf(from);
  assert.ok(at >= 0, `no ${JSON.stringify(from)} in the document`);
  const edit = new vscode.WorkspaceEdit();
  edit.replace(document.uri, new vscode.Range(document.positionAt(at), document.positionAt(at + from.length)), to);
  assert.ok(await vscode.workspace.applyEdit(edit));
}

async function changeLens(uri: vscode.Uri): Promise<vscode.CodeLens | undefined> {
  const lenses = await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', uri);
  return (lenses ?? []).find((lens) => lens.command?.command === 'statefulsetStudio.simulateChange');
}

describe('changes against git (the baseline)', () => {
  let dir: string;
  let document: vscode.TextDocument;

  before(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sss-baseline-'));
    fs.writeFileSync(path.join(dir, 'web.yaml'), COMMITTED);
    git(dir, 'init', '-q');
    git(dir, 'add', '-A');
    git(dir, 'commit', '-qm', 'web');
    document = await vscode.workspace.openTextDocument(vscode.Uri.file(path.join(dir, 'web.yaml')));
    await vscode.window.showTextDocument(document);
  });

  after(async () => {
    await revertAndClose(document); // closing a dirty editor must never be asked to save it
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('reports a changed serviceName with the committed value in a read-only baseline document', async () => {
    await replaceText(document, 'serviceName: nginx', 'serviceName: nginx-headless');
    const diagnostic = await waitForRule(document.uri, RULE);
    assert.strictEqual(document.getText(diagnostic.range), 'nginx-headless');
    const [related] = diagnostic.relatedInformation ?? [];
    assert.ok(related, 'no related information');
    assert.strictEqual(related.message, 'baseline value of spec.serviceName: "nginx"');
    assert.strictEqual(related.location.uri.scheme, 'statefulset-baseline');
    const baseline = await vscode.workspace.openTextDocument(related.location.uri);
    assert.strictEqual(baseline.getText(), COMMITTED);
    assert.strictEqual(baseline.getText(related.location.range), 'nginx');
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, diagnostic.range.start);
    const text = (hovers ?? []).flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
    assert.ok(text.includes('kubectl delete statefulset web -n default --cascade=orphan'), `no way out in the hover:\n${text}`);
  });

  it('reverts to the committed value with the quick fix, and the error goes', async () => {
    const diagnostic = await waitForRule(document.uri, RULE);
    const revert = (await quickFixesAt(document.uri, diagnostic)).find((a) => a.title === 'Revert to the committed value');
    assert.ok(revert?.edit, 'no "Revert to the committed value" quick fix');
    assert.ok(await vscode.workspace.applyEdit(revert.edit));
    assert.strictEqual(document.getText(), COMMITTED);
    await waitForNoRule(document.uri, RULE);
  });

  it('puts the rollout of an image change in a CodeLens that opens "Simulate this change"', async () => {
    await replaceText(document, 'image: nginx:1.24', 'image: nginx:1.25');
    const lens = await eventually('the change CodeLens', () => changeLens(document.uri));
    assert.strictEqual(lens.command?.title, 'template changed (image nginx:1.24 → nginx:1.25): RollingUpdate replaces web-2, web-1 and web-0 one at a time, each waits Ready');
    assert.strictEqual(document.lineAt(lens.range.start.line).text, 'kind: StatefulSet');
    await vscode.commands.executeCommand(lens.command!.command, ...(lens.command!.arguments ?? []));
    await eventually('the rollout panel', () => (rolloutTabs().length === 1 ? true : undefined));
  });

  it('forgets the refusal once the edit is committed (HEAD moved, the edited value is the baseline)', async () => {
    await vscode.window.showTextDocument(document);
    await replaceText(document, 'serviceName: nginx', 'serviceName: nginx-headless');
    await waitForRule(document.uri, RULE);
    assert.ok(await document.save());
    git(dir, 'commit', '-qam', 'rename the governing Service');
    await waitForNoRule(document.uri, RULE);
    assert.strictEqual(await changeLens(document.uri), undefined, 'no change against the new HEAD, so no change lens');
  });
});
