import * as assert from 'assert';
import * as vscode from 'vscode';
import { openFixture, quickFixesAt, revertAndClose, titlesOf, waitForNoRule, waitForRule } from './helpers';

const RULE = 'sts-api-version-removed';

describe('quick fixes on an apps/v1beta1 StatefulSet', () => {
  let document: vscode.TextDocument;
  let original: string;

  beforeEach(async () => {
    document = await openFixture('quick-fix/zookeeper.yaml');
    original = document.getText();
    assert.ok(original.includes('\napiVersion: apps/v1beta1\n'), 'quick-fix/zookeeper.yaml should start out with apps/v1beta1');
  });

  afterEach(() => revertAndClose(document));

  it('offers "Change apiVersion to apps/v1", which rewrites the apiVersion and clears the diagnostic', async () => {
    const diagnostic = await waitForRule(document.uri, RULE);
    assert.strictEqual(document.getText(diagnostic.range), 'apps/v1beta1');
    const actions = await quickFixesAt(document.uri, diagnostic);
    const fix = actions.find((action) => action.title === 'Change apiVersion to apps/v1');
    assert.ok(fix, `no "Change apiVersion to apps/v1" among ${titlesOf(actions)}`);
    assert.ok(fix.edit, 'the fix has no edit');
    assert.strictEqual(fix.isPreferred, true);
    assert.ok(fix.kind && vscode.CodeActionKind.QuickFix.contains(fix.kind), `kind is ${fix.kind?.value}`);
    assert.ok(await vscode.workspace.applyEdit(fix.edit), 'the fix was not applied');
    assert.strictEqual(document.getText(), original.replace('\napiVersion: apps/v1beta1\n', '\napiVersion: apps/v1\n'));
    await waitForNoRule(document.uri, RULE);
  });

  it(`offers "Disable ${RULE} for this line", which inserts a suppression comment and clears the diagnostic`, async () => {
    const diagnostic = await waitForRule(document.uri, RULE);
    const actions = await quickFixesAt(document.uri, diagnostic);
    const disable = actions.find((action) => action.title === `Disable ${RULE} for this line`);
    assert.ok(disable?.edit, `no "Disable ${RULE} for this line" among ${titlesOf(actions)}`);
    assert.ok(await vscode.workspace.applyEdit(disable.edit), 'the action was not applied');
    assert.strictEqual(
      document.getText(),
      original.replace('\napiVersion: apps/v1beta1\n', `\n# statefulset-studio-disable-next-line ${RULE}\napiVersion: apps/v1beta1\n`),
    );
    await waitForNoRule(document.uri, RULE);
  });
});
