// The server's handlers of open documents and of requests: each hands the question to the
// language service (features.ts, codeActions.ts, rollout.ts) with the files the workspace holds.
// Requests about one open document answer at once, during indexing too; navigation and the
// rollout need the whole workspace and wait for the index, cancellable through their token.
import { fileURLToPath } from 'node:url';
import { LSPErrorCodes, ResponseError, TextDocuments, type CancellationToken, type TextDocumentChangeEvent } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { ResourceSummary } from '../core/index';
import {
  BASELINE_TEXT_REQUEST,
  FIND_SCRIPTS_REQUEST,
  PANEL_PLAN_REQUEST,
  PLAN_ROLLOUT_REQUEST,
  RECHECK_WORKSPACE_REQUEST,
  SIMULATE_REQUEST,
  STATEFUL_SETS_REQUEST,
  type BaselineTextParams,
  type FindScriptsParams,
  type PanelPlanParams,
  type RolloutRequestParams,
} from '../protocol/lsp';
import { changeLensOf, wayOutOf } from './change';
import { codeActionsFor } from './codeActions';
import { codeLensesOf, completionsAt, hoverAt, symbolsOf, toLspLocations } from './features';
import { panelPlanFor, statefulSetsOf } from './panel';
import { planRolloutFor, simulateFor } from './rollout';
import { findScripts } from './scripts';
import type { Session } from './session';
import { resourcesOf, summaryOf, type ServerFile } from './workspace';

type DocumentEvent = TextDocumentChangeEvent<TextDocument>;

/** Open, edited and closed documents: checked at once on open, after the debounce on edits. */
export function handleDocuments(session: Session): void {
  const { connection, workspace, publisher, indexer } = session;
  const documents = new TextDocuments(TextDocument);
  documents.onDidOpen(({ document }: DocumentEvent) => {
    workspace.setOpen(document.uri, document.version, document.getText());
    publisher.checkOpen(document.uri);
    void session.baseline.load([document.uri]); // a file outside the folders may be in a repository of its own
  });
  documents.onDidChangeContent(({ document }: DocumentEvent) => {
    // TextDocuments fires this right after onDidOpen too, with the version just opened: that one is checked already.
    const open = workspace.openFile(document.uri);
    if (!open || open.version === document.version) return;
    const before = summariesOf(open);
    workspace.setOpen(document.uri, document.version, document.getText());
    // What the other files report may follow this one's resources (before and after the edit): dependents.ts.
    const dependents = () => void indexer.recheckDependents(document.uri, before);
    publisher.checkOpenSoon(document.uri, session.settings.debounceMs, dependents);
  });
  documents.onDidClose(({ document }: DocumentEvent) => {
    const before = summariesOf(workspace.openFile(document.uri));
    workspace.close(document.uri);
    publisher.clear(document.uri);
    // Back to its content on disk, which may differ from the editor's (closed without saving).
    if (document.uri.startsWith('file:') && workspace.closed.get(document.uri)) void indexer.fileChanged(fileURLToPath(document.uri), before);
  });
  documents.listen(connection);
}

function summariesOf(file: ServerFile | undefined): ResourceSummary[] {
  return file ? resourcesOf(file).map(summaryOf) : [];
}

/** Hover, completion, quick fixes, the outline and code lenses of an open document; baseline documents' texts. */
export function handleEditing(session: Session): void {
  const { connection, language, workspace, publisher } = session;
  connection.onHover(({ textDocument, position }) => {
    const file = workspace.openFile(textDocument.uri);
    return file ? hoverAt(language, workspace, file, position, publisher.findingsOf(file.uri, file.version), (f) => wayOutOf(session, file, f)) : null;
  });
  connection.onCompletion(({ textDocument, position }) => {
    const file = workspace.openFile(textDocument.uri);
    return file ? completionsAt(language, workspace, file, position) : [];
  });
  connection.onCodeAction((params) => {
    const file = workspace.openFile(params.textDocument.uri);
    return file ? codeActionsFor(language, workspace, file, params, publisher.findingsOf(file.uri, file.version)) : [];
  });
  connection.onDocumentSymbol(({ textDocument }) => {
    const file = workspace.openFile(textDocument.uri);
    return file ? symbolsOf(language, file) : [];
  });
  connection.onCodeLens(({ textDocument }) => {
    const file = workspace.openFile(textDocument.uri);
    return file ? codeLensesOf(language, file, (sts, range) => changeLensOf(session, file, sts, range)) : [];
  });
  connection.onRequest(BASELINE_TEXT_REQUEST, ({ path, ref }: BaselineTextParams) => session.baseline.textAt(path, ref) ?? null);
  connection.onRequest(FIND_SCRIPTS_REQUEST, (params: FindScriptsParams) => findScripts(params));
}

/** Definition, references and the panel's requests, once the index is complete. */
export function handleWorkspaceRequests(session: Session): void {
  const { connection, language, workspace, indexer } = session;
  const afterIndex = async <R>(token: CancellationToken, answer: () => R): Promise<R | ResponseError<void>> => {
    if (!(await indexer.whenComplete(token)) || token.isCancellationRequested) return new ResponseError(LSPErrorCodes.RequestCancelled, 'cancelled');
    return answer();
  };
  connection.onDefinition(({ textDocument, position }, token) =>
    afterIndex(token, () => {
      const file = workspace.file(textDocument.uri);
      if (!file) return [];
      return toLspLocations(language.definitions(workspace.resourceIndexFor([file]), file.uri, file.lines.offsetAt(position)), workspace.linesOf);
    }),
  );
  connection.onReferences(({ textDocument, position, context }, token) =>
    afterIndex(token, () => {
      const file = workspace.file(textDocument.uri);
      if (!file) return [];
      const options = { includeDeclaration: context.includeDeclaration };
      return toLspLocations(language.references(workspace.resourceIndexFor([file]), file.uri, file.lines.offsetAt(position), options), workspace.linesOf);
    }),
  );
  connection.onRequest(PLAN_ROLLOUT_REQUEST, (params: RolloutRequestParams, token: CancellationToken) => afterIndex(token, () => planRolloutFor(language, workspace, params)));
  connection.onRequest(SIMULATE_REQUEST, (params: RolloutRequestParams, token: CancellationToken) => afterIndex(token, () => simulateFor(language, workspace, params)));
  connection.onRequest(PANEL_PLAN_REQUEST, (params: PanelPlanParams, token: CancellationToken) => afterIndex(token, () => panelPlanFor(session, params)));
  connection.onRequest(STATEFUL_SETS_REQUEST, ({ uri }: { uri: string }) => statefulSetsOf(session, uri));
  connection.onRequest(RECHECK_WORKSPACE_REQUEST, () => indexer.reindex());
}
