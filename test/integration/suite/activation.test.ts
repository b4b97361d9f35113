import * as assert from 'assert';
import * as vscode from 'vscode';
import { EXTENSION_ID, openFixture, waitForRule } from './helpers';

describe('activation', () => {
  after(() => vscode.commands.executeCommand('workbench.action.closeAllEditors'));

  it('is active once a YAML file is open, and checks that file', async () => {
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(extension, `extension ${EXTENSION_ID} is not installed in this VS Code`);
    const opened = Date.now();
    const document = await openFixture('settings/search.yaml');
    assert.strictEqual(document.languageId, 'yaml');
    // A diagnostic of ours on the file shows the extension was activated and ran its first check.
    const diagnostic = await waitForRule(document.uri, 'sts-service-not-found');
    console.log(`      first diagnostics ${Date.now() - opened} ms after opening the file (activation and server start included)`);
    assert.ok(extension.isActive, 'the extension published diagnostics but is not reported active');
    assert.strictEqual(diagnostic.source, 'statefulset');
    assert.strictEqual(diagnostic.severity, vscode.DiagnosticSeverity.Warning);
  });
});
