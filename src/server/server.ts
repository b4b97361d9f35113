// The language server: the core behind the Language Server Protocol (issue #12). Wiring only:
// documents, settings and the index are kept by their modules, and every answer is the language
// service's, converted by convert.ts. Never imports vscode; any LSP client can drive it.
import { fileURLToPath } from 'node:url';
import {
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  FileChangeType,
  LSPErrorCodes,
  ResponseError,
  TextDocuments,
  TextDocumentSyncKind,
  type CancellationToken,
  type Connection,
  type DidChangeConfigurationParams,
  type DidChangeWatchedFilesParams,
  type TextDocumentChangeEvent,
  type InitializeParams,
  type InitializeResult,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { createLanguageService, setLocale } from '../core/index';
import { PLAN_ROLLOUT_REQUEST, SETTINGS_SECTION, SIMULATE_REQUEST, type InitializationOptions, type RolloutRequestParams } from '../protocol/lsp';
import { codeActionsFor } from './codeActions';
import { DiagnosticsPublisher } from './diagnostics';
import { codeLensesOf, completionsAt, hoverAt, symbolsOf, toLspLocations } from './features';
import { isInScope } from './indexer';
import { planRolloutFor, simulateFor } from './rollout';
import { DEFAULT_SETTINGS, toServerSettings, type ServerSettings } from './settings';
import { Workspace, type ServerFile } from './workspace';
import { WorkspaceIndexer } from './workspaceIndexer';

type DocumentEvent = TextDocumentChangeEvent<TextDocument>;

const TRIGGER_CHARACTERS = [':', ' ', '-'];

const cancelled = () => new ResponseError(LSPErrorCodes.RequestCancelled, 'cancelled');

export function startServer(connection: Connection): void {
  const language = createLanguageService();
  const documents = new TextDocuments(TextDocument);
  let settings: ServerSettings = DEFAULT_SETTINGS;
  let roots: string[] = [];
  let yamlExtension = false;
  let canPullConfiguration = false;
  let canRegister = false;
  const workspace = new Workspace(() => settings.maxFileSize);
  const publisher: DiagnosticsPublisher = new DiagnosticsPublisher({
    connection, language, workspace, settings: () => settings, indexComplete: (): boolean => indexer.complete,
  });
  const indexer: WorkspaceIndexer = new WorkspaceIndexer({ connection, workspace, publisher, settings: () => settings, roots: () => roots });

  /** The file of an open document, parsed at its version; requests on other files get nothing. */
  const openFile = (uri: string): ServerFile | undefined => workspace.openFile(uri);

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    const options = (params.initializationOptions ?? {}) as InitializationOptions;
    setLocale(options.locale ?? params.locale ?? 'en');
    yamlExtension = options.yamlExtensionInstalled === true;
    const folders = params.workspaceFolders?.map((folder) => folder.uri) ?? (params.rootUri ? [params.rootUri] : []);
    roots = folders.filter((uri) => uri.startsWith('file:')).map((uri) => fileURLToPath(uri).replace(/\/$/, ''));
    canPullConfiguration = params.capabilities.workspace?.configuration === true;
    canRegister = params.capabilities.workspace?.didChangeConfiguration?.dynamicRegistration === true;
    return {
      capabilities: {
        textDocumentSync: TextDocumentSyncKind.Incremental,
        hoverProvider: true,
        completionProvider: { triggerCharacters: TRIGGER_CHARACTERS },
        codeActionProvider: { codeActionKinds: ['quickfix'] },
        definitionProvider: true,
        referencesProvider: true,
        documentSymbolProvider: true,
        codeLensProvider: { resolveProvider: false },
      },
      serverInfo: { name: 'statefulset-studio' },
    };
  });

  const readSettings = async (): Promise<ServerSettings> => {
    if (!canPullConfiguration) return settings;
    const [section, files] = await connection.workspace.getConfiguration([{ section: SETTINGS_SECTION }, { section: 'files' }]);
    return toServerSettings(section, files, yamlExtension);
  };

  connection.onInitialized(async () => {
    if (canRegister) void connection.client.register(DidChangeConfigurationNotification.type, { section: SETTINGS_SECTION });
    void connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: settings.include.map((globPattern) => ({ globPattern })) }).catch(() => undefined);
    settings = await readSettings();
    await indexer.reindex();
  });

  connection.onDidChangeConfiguration(async (change: DidChangeConfigurationParams) => {
    const previous = settings;
    settings = canPullConfiguration ? await readSettings() : toServerSettings(asSection(change.settings), undefined, yamlExtension);
    const scope = (s: ServerSettings) => JSON.stringify([s.include, s.exclude, s.maxFileSize, s.maxIndexedFiles]);
    if (scope(previous) !== scope(settings)) return indexer.reindex();
    if (!settings.workspaceDiagnostics) for (const uri of publisher.publishedUris()) if (!workspace.isOpen(uri)) publisher.clear(uri);
    await indexer.recheckAll();
  });

  connection.onDidChangeWatchedFiles(async ({ changes }: DidChangeWatchedFilesParams) => {
    for (const { uri, type } of changes) {
      if (!uri.startsWith('file:') || workspace.isOpen(uri)) continue;
      if (type === FileChangeType.Deleted) await indexer.fileDeleted(uri);
      else if (await isInScope(fileURLToPath(uri), roots, settings)) await indexer.fileChanged(fileURLToPath(uri));
    }
  });

  documents.onDidOpen(({ document }: DocumentEvent) => {
    workspace.setOpen(document.uri, document.version, document.getText());
    publisher.checkOpen(document.uri);
  });
  documents.onDidChangeContent(({ document }: DocumentEvent) => {
    if (!workspace.isOpen(document.uri)) return; // the open notification checks it
    workspace.setOpen(document.uri, document.version, document.getText());
    publisher.checkOpenSoon(document.uri, settings.debounceMs);
  });
  documents.onDidClose(({ document }: DocumentEvent) => {
    workspace.close(document.uri);
    publisher.clear(document.uri);
    if (document.uri.startsWith('file:') && workspace.closed.get(document.uri)) void indexer.fileChanged(fileURLToPath(document.uri));
  });

  connection.onHover(({ textDocument, position }) => {
    const file = openFile(textDocument.uri);
    return file ? hoverAt(language, workspace, file, position, publisher.findingsOf(file.uri, file.version)) : null;
  });
  connection.onCompletion(({ textDocument, position }) => {
    const file = openFile(textDocument.uri);
    return file ? completionsAt(language, workspace, file, position) : [];
  });
  connection.onCodeAction((params) => {
    const file = openFile(params.textDocument.uri);
    return file ? codeActionsFor(language, workspace, file, params, publisher.findingsOf(file.uri, file.version)) : [];
  });
  connection.onDocumentSymbol(({ textDocument }) => {
    const file = openFile(textDocument.uri);
    return file ? symbolsOf(language, file) : [];
  });
  connection.onCodeLens(({ textDocument }) => {
    const file = openFile(textDocument.uri);
    return file ? codeLensesOf(language, file) : [];
  });

  /** Navigation and the rollout need the whole workspace: they wait for the index (cancellable). */
  const afterIndex = async <R>(token: CancellationToken, answer: () => R): Promise<R | ResponseError<void>> => {
    if (!(await indexer.whenComplete(token)) || token.isCancellationRequested) return cancelled();
    return answer();
  };
  connection.onDefinition(({ textDocument, position }, token) =>
    afterIndex(token, () => {
      const file = workspace.file(textDocument.uri);
      if (!file) return [];
      const found = language.definitions(workspace.resourceIndexFor([file]), file.uri, file.lines.offsetAt(position));
      return toLspLocations(found, workspace.linesOf);
    }),
  );
  connection.onReferences(({ textDocument, position, context }, token) =>
    afterIndex(token, () => {
      const file = workspace.file(textDocument.uri);
      if (!file) return [];
      const found = language.references(workspace.resourceIndexFor([file]), file.uri, file.lines.offsetAt(position), { includeDeclaration: context.includeDeclaration });
      return toLspLocations(found, workspace.linesOf);
    }),
  );
  connection.onRequest(PLAN_ROLLOUT_REQUEST, (params: RolloutRequestParams, token: CancellationToken) => afterIndex(token, () => planRolloutFor(language, workspace, params)));
  connection.onRequest(SIMULATE_REQUEST, (params: RolloutRequestParams, token: CancellationToken) => afterIndex(token, () => simulateFor(language, workspace, params)));

  connection.onShutdown(() => publisher.dispose());
  documents.listen(connection);
  connection.listen();
}

/** `workspace/didChangeConfiguration` from clients that push settings: `{statefulsetStudio: {…}}`. */
function asSection(settings: unknown): unknown {
  return typeof settings === 'object' && settings !== null ? (settings as Record<string, unknown>)[SETTINGS_SECTION] : undefined;
}
