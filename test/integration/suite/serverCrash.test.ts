// Issue #12 "Bad input": the language server runs in a process of its own; killing it must not
// take the extension host down, must not leave its diagnostics behind, and the client restarts it
// (src/client/errorHandler.ts), after which the file's diagnostics come back.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { EXTENSION_ID, eventually, ourDiagnostics, openFixture, waitForRule, withCode } from './helpers';

const RULE = 'sts-service-not-found';

/** What the extension exports (src/extension.ts StudioApi). */
interface StudioApi {
  readonly serverProcessId: () => number | undefined;
}

describe('the language server crashing', () => {
  after(() => vscode.commands.executeCommand('workbench.action.closeAllEditors'));

  it('is restarted after a kill, clearing its diagnostics on the way, and the diagnostics come back', async () => {
    const document = await openFixture('settings/search.yaml');
    await waitForRule(document.uri, RULE);
    const extension = vscode.extensions.getExtension<StudioApi>(EXTENSION_ID)!;
    const pid = extension.exports.serverProcessId();
    assert.ok(pid, 'no server process id');
    let cleared = false;
    const listener = vscode.languages.onDidChangeDiagnostics(() => {
      if (!withCode(RULE)(ourDiagnostics(document.uri))) cleared = true;
    });
    try {
      process.kill(pid, 'SIGKILL');
      const restarted = await eventually('a new server process', () => {
        const next = extension.exports.serverProcessId();
        return next !== undefined && next !== pid ? next : undefined;
      });
      assert.notStrictEqual(restarted, pid);
      await waitForRule(document.uri, RULE);
      assert.ok(cleared, 'the crashed server\'s diagnostics were never cleared');
      assert.ok(extension.isActive, 'the extension is not active any more');
    } finally {
      listener.dispose();
    }
  });
});
