// The extension's side of the language server (issue #12 item 1): starts dist/server.js in a Node
// process of its own (IPC) with vscode-languageclient, for YAML files and untitled YAML documents.
// Diagnostics, hover, completion, code actions, navigation, symbols and code lenses are the
// client library's; settings travel through `workspace/configuration` (the server asks, and
// registers for changes). What the extension's own UI needs goes through typed requests here, and
// two events: a file's findings were published (the panel re-plans), the git baseline moved.
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import {
  BASELINE_CHANGED_NOTIFICATION,
  BASELINE_TEXT_REQUEST,
  FIND_SCRIPTS_REQUEST,
  PANEL_PLAN_REQUEST,
  RECHECK_WORKSPACE_REQUEST,
  REFRESH_BASELINE_NOTIFICATION,
  STATEFUL_SETS_REQUEST,
  YAML_EXTENSION_NOTIFICATION,
  type BaselineTextParams,
  type InitializationOptions,
  type PanelPlanParams,
  type PanelPlanResult,
  type ScriptFile,
  type StatefulSetInfo,
} from '../protocol/lsp';
import { Disposable } from '../util/dispose';
import { RestartingErrorHandler } from './errorHandler';
import { YamlExtensionWatch } from './yamlExtension';

export const DIAGNOSTIC_COLLECTION = 'statefulset';

export class StudioClient extends Disposable {
  readonly #client: LanguageClient;
  readonly #onDidPublish = this._register(new vscode.EventEmitter<string>());
  /** A file's findings were published (its uri string). */
  readonly onDidPublish = this.#onDidPublish.event;
  readonly #onDidChangeBaseline = this._register(new vscode.EventEmitter<void>());
  readonly onDidChangeBaseline = this.#onDidChangeBaseline.event;

  constructor(context: vscode.ExtensionContext, readonly log: vscode.LogOutputChannel) {
    super();
    const module = context.asAbsolutePath('dist/server.js');
    const serverOptions: ServerOptions = { run: { module, transport: TransportKind.ipc }, debug: { module, transport: TransportKind.ipc } };
    // Installed or removed while the window runs: the running server is told; a restarted one asks again.
    const yaml = this._register(new YamlExtensionWatch(vscode.extensions, (installed) => this.#yamlExtensionChanged(installed)));
    const initializationOptions = (): InitializationOptions => ({ locale: vscode.env.language, yamlExtensionInstalled: yaml.installed });
    const clientOptions: LanguageClientOptions = {
      documentSelector: [{ language: 'yaml', scheme: 'file' }, { language: 'yaml', scheme: 'untitled' }],
      diagnosticCollectionName: DIAGNOSTIC_COLLECTION,
      initializationOptions,
      outputChannel: log,
      errorHandler: new RestartingErrorHandler(log),
      middleware: {
        handleDiagnostics: (uri, diagnostics, next) => {
          next(uri, diagnostics);
          this.#onDidPublish.fire(uri.toString());
        },
      },
    };
    this.#client = new LanguageClient('statefulsetStudio', 'StatefulSet Studio', serverOptions, clientOptions);
    // Registered once: the client registers its handlers again on every (re)start.
    this._register(this.#client.onNotification(BASELINE_CHANGED_NOTIFICATION, () => this.#onDidChangeBaseline.fire()));
    // A commit made outside the editor (a terminal, another tool) is noticed when the window regains focus too.
    this._register(vscode.window.onDidChangeWindowState((state) => {
      if (state.focused && this.#client.isRunning()) void this.#client.sendNotification(REFRESH_BASELINE_NOTIFICATION).catch(() => undefined);
    }));
    this._register({ dispose: () => void this.#client.dispose().catch(() => undefined) });
  }

  #yamlExtensionChanged(installed: boolean): void {
    this.log.info(`Red Hat's YAML extension is ${installed ? 'installed' : 'gone'}: YAML syntax errors follow statefulsetStudio.yamlSyntaxDiagnostics.`);
    if (this.#client.isRunning()) void this.#client.sendNotification(YAML_EXTENSION_NOTIFICATION, { installed }).catch(() => undefined);
  }

  start(): Promise<void> {
    return this.#client.start();
  }

  /** The server's process id (the crash test kills it); undefined while it is not running. */
  get serverProcessId(): number | undefined {
    const experimental = this.#client.initializeResult?.capabilities.experimental as { processId?: number } | undefined;
    return this.#client.isRunning() ? experimental?.processId : undefined;
  }

  planPanel(params: PanelPlanParams): Promise<PanelPlanResult> {
    return this.#client.sendRequest(PANEL_PLAN_REQUEST, params);
  }

  statefulSets(uri: vscode.Uri): Promise<StatefulSetInfo[]> {
    return this.#client.sendRequest(STATEFUL_SETS_REQUEST, { uri: uri.toString() });
  }

  baselineText(params: BaselineTextParams): Promise<string | null> {
    return this.#client.sendRequest(BASELINE_TEXT_REQUEST, params);
  }

  /** Of these files, the simulator scripts with their texts (the server reads and tells them apart). */
  findScripts(uris: readonly vscode.Uri[]): Promise<ScriptFile[]> {
    return this.#client.sendRequest(FIND_SCRIPTS_REQUEST, { uris: uris.map((uri) => uri.toString()) });
  }

  recheckWorkspace(): Promise<void> {
    return this.#client.sendRequest(RECHECK_WORKSPACE_REQUEST);
  }

  /** An LSP range of the server's answers as a vscode.Range. */
  toRange(range: PanelPlanResult['problems'][number]['range']): vscode.Range {
    return this.#client.protocol2CodeConverter.asRange(range);
  }
}
