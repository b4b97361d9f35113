// Writing a manifest in VS Code: hover, completion, go to definition and the outline through the
// vscode.execute*Provider commands (what the editor asks), and every quick fix of the rules through
// vscode.executeCodeActionProvider, applied as a WorkspaceEdit, until its diagnostic goes away.
// Fixtures: test/integration/workspace/authoring and fixes (one namespace per file); nothing is saved.
import * as assert from 'assert';
import * as path from 'path';
import * as vscode from 'vscode';
import { fixture, openFixture, quickFixesAt, revertAndClose, titlesOf, waitForNoRule, waitForRule } from './helpers';

/** The docs example (a Service `nginx` and the StatefulSet `web`, namespace default), outside the test workspace. */
const WEB_YAML = vscode.Uri.file(path.resolve(__dirname, '../../../examples/web.yaml'));

/** The hover as the reader sees it: the markdown of every part, markdown escapes removed. */
function hoverText(hovers: readonly vscode.Hover[] | undefined): string {
  return (hovers ?? [])
    .flatMap((hover) => hover.contents)
    .map((part) => (typeof part === 'string' ? part : part.value))
    .join('\n\n')
    .replace(/\\([\\`*_{}[\]()#+\-.!<>])/g, '$1');
}

/** The position of the first occurrence of `needle` on the line that is exactly `line` (plus `shift`). */
function positionIn(document: vscode.TextDocument, line: string, needle: string, shift = 0): vscode.Position {
  const lines = document.getText().split(/\r?\n/);
  const index = lines.indexOf(line);
  assert.ok(index >= 0, `${vscode.workspace.asRelativePath(document.uri)} has no line ${JSON.stringify(line)}`);
  const character = lines[index].indexOf(needle);
  assert.ok(character >= 0, `${JSON.stringify(needle)} is not on line ${JSON.stringify(line)}`);
  return new vscode.Position(index, character + shift);
}

async function hoverAt(document: vscode.TextDocument, position: vscode.Position): Promise<string> {
  const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, position);
  return hoverText(hovers);
}

/** Replaces the line that is exactly `line` with `replacement` (an unsaved edit) and returns the end of the new line. */
async function replaceLine(document: vscode.TextDocument, line: string, replacement: string): Promise<vscode.Position> {
  const index = document.getText().split(/\r?\n/).indexOf(line);
  assert.ok(index >= 0, `${vscode.workspace.asRelativePath(document.uri)} has no line ${JSON.stringify(line)}`);
  const edit = new vscode.WorkspaceEdit();
  edit.replace(document.uri, document.lineAt(index).range, replacement);
  assert.ok(await vscode.workspace.applyEdit(edit), 'the WorkspaceEdit was not applied');
  return new vscode.Position(index, replacement.length);
}

async function valueCompletions(document: vscode.TextDocument, position: vscode.Position): Promise<vscode.CompletionItem[]> {
  const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', document.uri, position);
  return (list?.items ?? []).filter((item) => item.kind === vscode.CompletionItemKind.Value);
}

const labelOf = (item: vscode.CompletionItem) => (typeof item.label === 'string' ? item.label : item.label.label);

describe('authoring', () => {
  describe('hover', () => {
    let document: vscode.TextDocument;

    before(async () => {
      document = await vscode.workspace.openTextDocument(WEB_YAML);
      await vscode.window.showTextDocument(document);
    });

    after(() => vscode.commands.executeCommand('workbench.action.closeAllEditors'));

    it('on serviceName shows the field docs and the pods\' DNS names under the governing Service', async () => {
      const text = await hoverAt(document, positionIn(document, '  serviceName: "nginx"', 'serviceName', 3));
      assert.match(text, /\*\*serviceName\*\* `string`/, `no serviceName field heading in the hover:\n${text}`);
      assert.ok(text.includes('web-0.nginx.default.svc.cluster.local'), `no pod DNS name web-0.nginx.default.svc.cluster.local in the hover:\n${text}`);
      assert.ok(text.includes('web-1.nginx.default.svc.cluster.local'), `no pod DNS name web-1.nginx.default.svc.cluster.local (replicas: 2) in the hover:\n${text}`);
    });

    it('on a plain field (replicas) shows its type and the Kubernetes description', async () => {
      const text = await hoverAt(document, positionIn(document, '  replicas: 2 # by default is 1', 'replicas', 2));
      assert.match(text, /\*\*replicas\*\* `int(eger|32)`/, `no "replicas" heading with an integer type in the hover:\n${text}`);
      assert.match(text, /desired number of replicas of the given Template/, `no Kubernetes description in the hover:\n${text}`);
      assert.match(text, /`spec\.replicas`/, `no field path in the hover:\n${text}`);
    });

    it('is empty outside any field (on a comment)', async () => {
      const text = await hoverAt(document, new vscode.Position(0, 5));
      assert.strictEqual(text, '', `a comment line should have no hover, got:\n${text}`);
    });
  });

  describe('completion, go to definition and the outline on authoring/db-statefulset.yaml', () => {
    let document: vscode.TextDocument;

    beforeEach(async () => {
      document = await openFixture('authoring/db-statefulset.yaml');
    });

    afterEach(() => revertAndClose(document));

    it('completes podManagementPolicy: with the enum values OrderedReady and Parallel', async () => {
      const position = await replaceLine(document, '  podManagementPolicy: OrderedReady', '  podManagementPolicy: ');
      const labels = (await valueCompletions(document, position)).map(labelOf);
      assert.deepStrictEqual([...labels].sort(), ['OrderedReady', 'Parallel'], `value completions: ${JSON.stringify(labels)}`);
    });

    it('completes serviceName: with the headless Services of the namespace (db), not the ClusterIP one (db-read)', async () => {
      const position = await replaceLine(document, '  serviceName: db', '  serviceName: ');
      const items = await valueCompletions(document, position);
      const labels = items.map(labelOf);
      assert.ok(labels.includes('db'), `no headless Service "db" among ${JSON.stringify(labels)}`);
      assert.ok(!labels.includes('db-read'), `the ClusterIP Service "db-read" should not be offered: ${JSON.stringify(labels)}`);
      const db = items.find((item) => labelOf(item) === 'db')!;
      assert.strictEqual(db.insertText, 'db');
    });

    it('goes from serviceName to metadata.name of the Service in authoring/db-service.yaml', async () => {
      const results = await vscode.commands.executeCommand<(vscode.Location | vscode.LocationLink)[]>(
        'vscode.executeDefinitionProvider',
        document.uri,
        positionIn(document, '  serviceName: db', 'db', 1),
      );
      const locations = (results ?? []).map((r) => ('targetUri' in r ? { uri: r.targetUri, range: r.targetSelectionRange ?? r.targetRange } : r));
      const service = fixture('authoring/db-service.yaml');
      assert.strictEqual(locations.length, 1, `one definition expected, got ${JSON.stringify(locations.map((l) => `${l.uri.toString()}:${l.range.start.line + 1}`))}`);
      const [location] = locations;
      assert.strictEqual(location.uri.toString(), service.toString());
      const target = await vscode.workspace.openTextDocument(service);
      assert.strictEqual(target.lineAt(location.range.start.line).text, '  name: db', 'the definition should be the Service\'s metadata.name line');
      assert.ok(target.getText(location.range).includes('db'), `the range covers ${JSON.stringify(target.getText(location.range))}`);
      assert.ok(target.lineAt(location.range.start.line - 1).text === 'metadata:', 'the name should be under metadata');
    });

    it('lists "StatefulSet db" in the outline with its containers and claim templates', async () => {
      const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', document.uri);
      const names = (symbols ?? []).map((s) => s.name);
      assert.deepStrictEqual(names, ['StatefulSet db'], `top-level symbols: ${JSON.stringify(names)}`);
      const [sts] = symbols;
      assert.strictEqual(sts.detail, 'authoring');
      const flatten = (list: readonly vscode.DocumentSymbol[]): string[] => list.flatMap((s) => [s.name, ...flatten(s.children)]);
      const all = flatten(sts.children);
      for (const name of ['spec', 'postgres', 'data']) assert.ok(all.includes(name), `no symbol ${name} under StatefulSet db: ${JSON.stringify(all)}`);
    });
  });

  describe('the outline of examples/web.yaml', () => {
    after(() => vscode.commands.executeCommand('workbench.action.closeAllEditors'));

    it('has "Service nginx" and "StatefulSet web"', async () => {
      const document = await vscode.workspace.openTextDocument(WEB_YAML);
      await vscode.window.showTextDocument(document);
      const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', document.uri);
      const names = (symbols ?? []).map((s) => s.name);
      assert.deepStrictEqual(names, ['Service nginx', 'StatefulSet web'], `top-level symbols: ${JSON.stringify(names)}`);
      const sts = symbols[1];
      assert.strictEqual(document.getText(sts.selectionRange), 'web', 'the selection range should be the name');
    });
  });
});

/**
 * Each quick fix of the rules, from the diagnostic it fixes: offered by the code action provider,
 * applied as its WorkspaceEdit (unsaved), the text has what the fix adds, the diagnostic goes away.
 */
describe('quick fixes of the rules', () => {
  const opened: vscode.TextDocument[] = [];

  afterEach(async () => {
    // The fix may have edited another file (opened by applyEdit, not in an editor): revert every touched one.
    const touched = new Map([...opened, ...vscode.workspace.textDocuments.filter((d) => d.isDirty)].map((d) => [d.uri.toString(), d]));
    for (const document of touched.values()) await revertAndClose(document);
    opened.length = 0;
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  /** Opens `relative`, waits for `rule`, applies the fix titled `title`; returns the document and its text before. */
  async function applyFix(relative: string, rule: string, title: string | RegExp) {
    const document = await openFixture(relative);
    opened.push(document);
    const before = document.getText();
    const diagnostic = await waitForRule(document.uri, rule);
    const actions = await quickFixesAt(document.uri, diagnostic);
    const fix = actions.find((action) => (typeof title === 'string' ? action.title === title : title.test(action.title)));
    assert.ok(fix, `no fix ${title} for ${rule} among ${titlesOf(actions)}`);
    assert.ok(fix.edit, `the fix "${fix.title}" has no edit`);
    assert.ok(fix.kind && vscode.CodeActionKind.QuickFix.contains(fix.kind), `the fix's kind is ${fix.kind?.value}`);
    // (fix.diagnostics is not checked: executeCodeActionProvider does not hand them back.)
    assert.ok(await vscode.workspace.applyEdit(fix.edit), `the fix "${fix.title}" was not applied`);
    return { document, before, diagnostic, fix, actions };
  }

  it('sts-service-not-headless: "Make Service "mq" headless …" adds clusterIP: None to the Service in the other file', async () => {
    const service = fixture('fixes/not-headless-service.yaml');
    assert.ok(!vscode.workspace.textDocuments.some((d) => d.uri.toString() === service.toString() && d.isDirty), 'the Service file must start out unedited');
    const { document, fix } = await applyFix(
      'fixes/not-headless-statefulset.yaml',
      'sts-service-not-headless',
      /^Make Service "mq" headless \(clusterIP: None\)/,
    );
    assert.strictEqual(fix.isPreferred, true);
    assert.ok(fix.edit!.entries().every(([uri]) => uri.toString() === service.toString()), 'the fix should edit only the Service\'s file');
    const serviceDocument = vscode.workspace.textDocuments.find((d) => d.uri.toString() === service.toString());
    assert.ok(serviceDocument, 'the edited Service document is not open');
    opened.push(serviceDocument);
    const onDisk = (await vscode.workspace.fs.readFile(service)).toString();
    assert.strictEqual(serviceDocument.getText(), `${onDisk}  clusterIP: None\n`, 'the fix should add clusterIP: None at the end of the Service\'s spec');
    assert.ok(!document.isDirty, 'the StatefulSet file should be unchanged');
    await waitForNoRule(document.uri, 'sts-service-not-headless');
  });

  it('sts-service-not-found: "Create headless Service "etcd"" appends a headless Service selecting the pods', async () => {
    const { document, before, fix } = await applyFix('fixes/service-missing.yaml', 'sts-service-not-found', 'Create headless Service "etcd"');
    assert.strictEqual(fix.isPreferred, true);
    const text = document.getText();
    assert.ok(text.startsWith(before), 'the fix should append, leaving the StatefulSet as it was');
    const added = text.slice(before.length);
    assert.match(added, /^---\n/m, `the added text should start a new YAML document:\n${added}`);
    for (const line of ['kind: Service', '  name: etcd', '  namespace: fix-service-missing', '  clusterIP: None', '    app: etcd']) {
      assert.ok(added.split('\n').includes(line), `no line ${JSON.stringify(line)} in the added Service:\n${added}`);
    }
    await waitForNoRule(document.uri, 'sts-service-not-found');
  });

  it('sts-service-not-found: "Change serviceName to "kafka-headless"" fixes a typo to the existing headless Service', async () => {
    const { document, before, actions } = await applyFix('fixes/service-name-typo.yaml', 'sts-service-not-found', 'Change serviceName to "kafka-headless"');
    assert.ok(actions.some((a) => a.title === 'Create headless Service "kafka-headles"'), `the create fix should be offered too: ${titlesOf(actions)}`);
    assert.strictEqual(document.getText(), before.replace('  serviceName: kafka-headles\n', '  serviceName: kafka-headless\n'));
    await waitForNoRule(document.uri, 'sts-service-not-found');
  });

  it('sts-service-selector-mismatch: "Set the selector of Service "queue" to the pod labels"', async () => {
    const { document, before, fix } = await applyFix(
      'fixes/service-selector.yaml',
      'sts-service-selector-mismatch',
      'Set the selector of Service "queue" to the pod labels',
    );
    assert.strictEqual(fix.isPreferred, true);
    assert.strictEqual(document.getText(), before.replace('  selector:\n    app: rabbit\n', '  selector:\n    app: queue\n'));
    await waitForNoRule(document.uri, 'sts-service-selector-mismatch');
  });

  it('sts-selector-mismatch: "Copy spec.selector.matchLabels into the template labels"', async () => {
    const { document, before, fix } = await applyFix(
      'fixes/selector-mismatch.yaml',
      'sts-selector-mismatch',
      'Copy spec.selector.matchLabels into the template labels',
    );
    assert.strictEqual(fix.isPreferred, true);
    assert.strictEqual(document.getText(), before.replace('      labels:\n        app: cass\n', '      labels:\n        app: cassandra\n'));
    await waitForNoRule(document.uri, 'sts-selector-mismatch');
  });

  it('sts-selector-mismatch: "Copy the template labels into spec.selector.matchLabels"', async () => {
    const { document, before } = await applyFix('fixes/selector-mismatch.yaml', 'sts-selector-mismatch', 'Copy the template labels into spec.selector.matchLabels');
    assert.strictEqual(document.getText(), before.replace('    matchLabels:\n      app: cassandra\n', '    matchLabels:\n      app: cass\n'));
    await waitForNoRule(document.uri, 'sts-selector-mismatch');
  });

  it('pod-volume-mount-not-found: "Add a volumeClaimTemplate "data"" adds spec.volumeClaimTemplates', async () => {
    const { document, before, fix } = await applyFix('fixes/missing-claim.yaml', 'pod-volume-mount-not-found', 'Add a volumeClaimTemplate "data"');
    assert.strictEqual(fix.isPreferred, true);
    const text = document.getText();
    assert.ok(text.length > before.length, 'the fix should add text');
    const statefulSet = text.split('\n---\n')[0];
    assert.match(statefulSet, /\n {2}volumeClaimTemplates:\n {2}- metadata:\n {6}name: data\n/, `no claim template "data" in spec:\n${statefulSet}`);
    assert.match(statefulSet, /ReadWriteOnce/, 'the claim template should have an access mode');
    assert.match(statefulSet, /storage: 1Gi/, 'the claim template should request storage');
    await waitForNoRule(document.uri, 'pod-volume-mount-not-found');
  });

  it('svc-port-name-invalid: "Add port names" names every unnamed port of a multi-port Service', async () => {
    const { document, before, fix } = await applyFix('fixes/port-names.yaml', 'svc-port-name-invalid', 'Add port names');
    assert.strictEqual(fix.isPreferred, true);
    const text = document.getText();
    assert.ok(text.startsWith(before.slice(0, before.indexOf('  ports:\n'))), 'only the ports should change');
    const ports = text.slice(text.indexOf('  ports:\n'));
    assert.strictEqual((ports.match(/^ {4}name: \S+$/gm) ?? []).length, 2, `each of the two ports should get a name:\n${ports}`);
    await waitForNoRule(document.uri, 'svc-port-name-invalid');
  });
});
