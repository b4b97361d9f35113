// The language server: the core behind the Language Server Protocol (issue #12). Wiring only: the
// lifecycle and settings here, the handlers in handlers.ts, the index in workspaceIndexer.ts, and
// every answer is the language service's, converted by convert.ts. Never imports vscode; any LSP
// client can drive it.
import { fileURLToPath } from 'node:url';
import {
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  FileChangeType,
  TextDocumentSyncKind,
  type Connection,
  type DidChangeConfigurationParams,
  type DidChangeWatchedFilesParams,
  type InitializeParams,
  type InitializeResult,
} from 'vscode-languageserver/node';
import { setLocale } from '../core/index';
import { REFRESH_BASELINE_NOTIFICATION, REINDEX_REQUEST, SETTINGS_SECTION, YAML_EXTENSION_NOTIFICATION, type InitializationOptions, type YamlExtensionParams } from '../protocol/lsp';
import { handleDocuments, handleEditing, handleWorkspaceRequests } from './handlers';
import { isInScope } from './indexer';
import { logInternalErrors } from './internalErrorLog';
import { Session, type ClientCapabilities } from './session';
import { toServerSettings, type ServerSettings } from './settings';

const TRIGGER_CHARACTERS = [':', ' ', '-'];
const GIT_HEADS = '**/.git/HEAD';

export function startServer(connection: Connection): void {
  const session = new Session(connection);
  const client = session.client;
  connection.onInitialize((params) => initialize(session, client, params));
  connection.onInitialized(async () => {
    if (client.registerConfiguration) void connection.client.register(DidChangeConfigurationNotification.type, { section: SETTINGS_SECTION }).catch(() => undefined);
    // Every HEAD too: a repository created in the workspace after the start (`git init`, a clone) is noticed.
    const watchers = [...session.settings.include, GIT_HEADS].map((globPattern) => ({ globPattern }));
    void connection.client.register(DidChangeWatchedFilesNotification.type, { watchers }).catch(() => undefined);
    session.settings = await readSettings(session, client);
    void session.baseline.applySettings(session.workspace.openFiles().map((file) => file.uri));
    await session.indexer.reindex();
  });
  // Clients that push settings instead of answering workspace/configuration send `{statefulsetStudio: {…}}`: kept for a re-read.
  let pushed: unknown;
  connection.onDidChangeConfiguration((change: DidChangeConfigurationParams) => applySettings(session, client, (pushed = pushedSection(change))));
  connection.onNotification(YAML_EXTENSION_NOTIFICATION, ({ installed }: YamlExtensionParams) => {
    client.yamlExtension = installed === true;
    void applySettings(session, client, pushed);
  });
  connection.onDidChangeWatchedFiles((change: DidChangeWatchedFilesParams) => onWatchedFiles(session, change));
  connection.onRequest(REINDEX_REQUEST, () => session.indexer.reindexOnRequest());
  connection.onNotification(REFRESH_BASELINE_NOTIFICATION, () => session.baseline.scheduleRefresh());
  handleDocuments(session);
  handleEditing(session);
  handleWorkspaceRequests(session);
  const stopLogging = logInternalErrors(connection);
  connection.onShutdown(() => (stopLogging(), session.publisher.dispose(), session.baseline.dispose()));
  connection.listen();
}

function initialize(session: Session, client: ClientCapabilities, params: InitializeParams): InitializeResult {
  const options = (params.initializationOptions ?? {}) as InitializationOptions;
  setLocale(options.locale ?? params.locale ?? 'en');
  client.yamlExtension = options.yamlExtensionInstalled === true;
  client.pullConfiguration = params.capabilities.workspace?.configuration === true;
  client.registerConfiguration = params.capabilities.workspace?.didChangeConfiguration?.dynamicRegistration === true;
  client.relativePatterns = params.capabilities.workspace?.didChangeWatchedFiles?.relativePatternSupport === true;
  client.codeLensRefresh = params.capabilities.workspace?.codeLens?.refreshSupport === true;
  const folders = params.workspaceFolders?.map((folder) => folder.uri) ?? (params.rootUri ? [params.rootUri] : []);
  session.roots = folders.filter((uri) => uri.startsWith('file:')).map((uri) => fileURLToPath(uri).replace(/\/$/, ''));
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
      // The process the editor talks to (the extension's crash test stops it).
      experimental: { processId: process.pid },
    },
    serverInfo: { name: 'statefulset-studio' },
  };
}

async function readSettings(session: Session, client: ClientCapabilities): Promise<ServerSettings> {
  if (!client.pullConfiguration) return session.settings;
  const [section, files] = await session.connection.workspace.getConfiguration([{ section: SETTINGS_SECTION }, { section: 'files' }]);
  return toServerSettings(section, files, client.yamlExtension);
}

/** Settings apply without a restart: a new file scope re-indexes, anything else re-checks. */
async function applySettings(session: Session, client: ClientCapabilities, pushed: unknown): Promise<void> {
  const { publisher, workspace, indexer } = session;
  const previous = session.settings;
  session.settings = client.pullConfiguration ? await readSettings(session, client) : toServerSettings(pushed, undefined, client.yamlExtension);
  void session.baseline.applySettings(workspace.openFiles().map((file) => file.uri)); // re-checks when the baseline changed
  const scope = (s: ServerSettings) => JSON.stringify([s.include, s.exclude, s.excludeWhen, s.maxFileSize, s.maxIndexedFiles]);
  if (scope(previous) !== scope(session.settings)) return indexer.reindex();
  if (!session.settings.workspaceDiagnostics) for (const uri of publisher.publishedUris()) if (!workspace.isOpen(uri)) publisher.clear(uri);
  await indexer.recheckAll();
}

function pushedSection(change: DidChangeConfigurationParams): unknown {
  return typeof change.settings === 'object' && change.settings !== null ? (change.settings as Record<string, unknown>)[SETTINGS_SECTION] : undefined;
}

async function onWatchedFiles({ workspace, indexer, roots, settings, baseline }: Session, { changes }: DidChangeWatchedFilesParams): Promise<void> {
  for (const { uri, type } of changes) {
    if (baseline.onFileEvent(uri) || !uri.startsWith('file:') || workspace.isOpen(uri)) continue;
    if (type === FileChangeType.Deleted) await indexer.fileDeleted(uri);
    else if (await isInScope(fileURLToPath(uri), roots, settings)) await indexer.fileChanged(fileURLToPath(uri));
  }
}
