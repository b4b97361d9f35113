import * as assert from 'assert';
import * as vscode from 'vscode';
import { codeOf, fixture, insertAfterLine, openFixture, revertAndClose, waitForNoRule, waitForRule, workspaceFolder } from './helpers';

const RULE = 'sts-service-not-headless';
const HEADLESS = '  clusterIP: None\n';

describe('diagnostics across files', () => {
  describe('a StatefulSet whose Service, in another file, is not headless', () => {
    const statefulSet = fixture('cross-file/cache-statefulset.yaml');
    const service = fixture('cross-file/cache-service.yaml');
    let serviceDocument: vscode.TextDocument | undefined;

    after(async () => {
      if (serviceDocument) await revertAndClose(serviceDocument);
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    });

    it('is reported at spec.serviceName, with the Service as related information', async () => {
      assert.ok(!vscode.workspace.textDocuments.some((d) => d.uri.toString() === service.toString()), 'the Service file must start out closed');
      const document = await openFixture('cross-file/cache-statefulset.yaml');
      const diagnostic = await waitForRule(statefulSet, RULE);
      assert.strictEqual(diagnostic.severity, vscode.DiagnosticSeverity.Error);
      assert.strictEqual(document.getText(diagnostic.range), 'cache');
      assert.strictEqual(document.lineAt(diagnostic.range.start.line).text, '  serviceName: cache');
      const related = diagnostic.relatedInformation ?? [];
      assert.ok(
        related.some((info) => info.location.uri.toString() === service.toString()),
        `relatedInformation should point at cache-service.yaml: ${JSON.stringify(related.map((r) => r.location.uri.toString()))}`,
      );
    });

    it('goes away when the open Service document is edited to add clusterIP: None', async () => {
      serviceDocument = await openFixture('cross-file/cache-service.yaml');
      await insertAfterLine(serviceDocument, 'spec:', HEADLESS);
      assert.match(serviceDocument.getText(), /spec:\n {2}clusterIP: None\n {2}selector:/);
      await waitForNoRule(statefulSet, RULE);
    });

    it('comes back when the edit is reverted', async () => {
      assert.ok(serviceDocument, 'the previous test did not open the Service');
      await revertAndClose(serviceDocument);
      assert.doesNotMatch((await vscode.workspace.fs.readFile(service)).toString(), /^\s*clusterIP:/m, 'the fixture on disk was changed');
      await waitForRule(statefulSet, RULE);
    });
  });

  describe('files written in the workspace (in a tmp-* folder the tests delete)', () => {
    let tmp: vscode.Uri;
    let template: { statefulSet: string; service: string };

    /** A StatefulSet and its non-headless Service in their own namespace and files under tmp. */
    async function writePair(name: string): Promise<{ statefulSet: vscode.Uri; service: vscode.Uri }> {
      const inNamespace = (text: string) => text.replace('namespace: cross-file', `namespace: ${name}`);
      const pair = { statefulSet: vscode.Uri.joinPath(tmp, `${name}-statefulset.yaml`), service: vscode.Uri.joinPath(tmp, `${name}-service.yaml`) };
      await vscode.workspace.fs.writeFile(pair.service, Buffer.from(inNamespace(template.service)));
      await vscode.workspace.fs.writeFile(pair.statefulSet, Buffer.from(inNamespace(template.statefulSet)));
      return pair;
    }

    before(async () => {
      const root = workspaceFolder().uri;
      for (const [name, type] of await vscode.workspace.fs.readDirectory(root)) {
        if (type === vscode.FileType.Directory && name.startsWith('tmp-')) await deleteFolder(vscode.Uri.joinPath(root, name)); // an interrupted run's
      }
      tmp = vscode.Uri.joinPath(root, `tmp-${process.pid}-${Date.now().toString(36)}`);
      await vscode.workspace.fs.createDirectory(tmp);
      const read = async (relative: string) => (await vscode.workspace.fs.readFile(fixture(relative))).toString();
      template = { statefulSet: await read('cross-file/cache-statefulset.yaml'), service: await read('cross-file/cache-service.yaml') };
    });

    after(async () => {
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
      if (tmp) await deleteFolder(tmp);
    });

    it('follows a Service made headless with a WorkspaceEdit and saved', async () => {
      const pair = await writePair('saved');
      const document = await vscode.workspace.openTextDocument(pair.statefulSet);
      await vscode.window.showTextDocument(document);
      await waitForRule(pair.statefulSet, RULE); // the Service is found through the workspace scan
      const service = await vscode.workspace.openTextDocument(pair.service);
      await insertAfterLine(service, 'spec:', HEADLESS);
      assert.ok(await service.save(), 'saving the Service failed');
      assert.match((await vscode.workspace.fs.readFile(pair.service)).toString(), /clusterIP: None/);
      await waitForNoRule(pair.statefulSet, RULE);
      assert.deepStrictEqual(
        vscode.languages.getDiagnostics(pair.statefulSet).map(codeOf),
        [],
        'the StatefulSet should have no diagnostics left',
      );
    });

    it('follows a Service file that changes on disk while it is not open', async () => {
      const pair = await writePair('on-disk');
      const document = await vscode.workspace.openTextDocument(pair.statefulSet);
      await vscode.window.showTextDocument(document);
      await waitForRule(pair.statefulSet, RULE);
      assert.ok(!vscode.workspace.textDocuments.some((d) => d.uri.toString() === pair.service.toString()), 'the Service file must not be open');
      const headless = (await vscode.workspace.fs.readFile(pair.service)).toString().replace('spec:\n', `spec:\n${HEADLESS}`);
      await vscode.workspace.fs.writeFile(pair.service, Buffer.from(headless));
      await waitForNoRule(pair.statefulSet, RULE);
    });
  });
});

async function deleteFolder(uri: vscode.Uri): Promise<void> {
  await vscode.workspace.fs.delete(uri, { recursive: true, useTrash: false });
}
