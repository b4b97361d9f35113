import * as assert from 'assert';
import * as vscode from 'vscode';
import { codeOf, openFixture, waitForDiagnostics, waitForNoRule, waitForRule } from './helpers';

const RULE = 'sts-service-not-found';

describe('the statefulsetStudio.rules setting', () => {
  let document: vscode.TextDocument;
  const rules = () => vscode.workspace.getConfiguration('statefulsetStudio');
  const setRules = (value: Record<string, string> | undefined) => rules().update('rules', value, vscode.ConfigurationTarget.Global);

  before(async () => {
    document = await openFixture('settings/search.yaml');
    const diagnostic = await waitForRule(document.uri, RULE);
    assert.strictEqual(diagnostic.severity, vscode.DiagnosticSeverity.Warning, 'the rule should start out at its own severity');
  });

  after(async () => {
    await setRules(undefined);
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it(`removes the ${RULE} diagnostic when the rule is set to "off"`, async () => {
    await setRules({ [RULE]: 'off' });
    await waitForNoRule(document.uri, RULE);
  });

  it('reports it again when the setting is removed', async () => {
    await setRules(undefined);
    await waitForRule(document.uri, RULE);
  });

  it('reports it with the severity the setting gives', async () => {
    await setRules({ [RULE]: 'error' });
    await waitForDiagnostics(
      document.uri,
      (diagnostics) => diagnostics.some((d) => codeOf(d) === RULE && d.severity === vscode.DiagnosticSeverity.Error),
      undefined,
      `an ${RULE} error`,
    );
  });
});
