// A scripted LSP client over stdio for the server's tests and `npm run bench` (bench/lsp.ts): it
// starts `node dist/cli.js lsp --stdio` (the bundle `npm run build` writes), answers the server's
// requests (configuration, progress creation, registrations) and records what the server sends
// (diagnostics, progress, messages) with the time each arrived, so callers can wait on them.
import { spawn, type ChildProcess } from 'node:child_process';
import * as path from 'node:path';
import { PassThrough } from 'node:stream';
import { pathToFileURL } from 'node:url';
import {
  createProtocolConnection,
  StreamMessageReader,
  StreamMessageWriter,
  type Diagnostic,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
} from 'vscode-languageserver-protocol/node';

export const REPO_ROOT = path.resolve(__dirname, '../../../..');
export const CLI = path.join(REPO_ROOT, 'dist', 'cli.js');

export interface Received<T> {
  readonly at: number;
  readonly value: T;
}

export interface ClientOptions {
  /** The workspace folder; none for a single-file session. */
  readonly root?: string;
  /** What `workspace/configuration` answers per section (`statefulsetStudio`, `files`). */
  readonly settings?: Record<string, unknown>;
  readonly locale?: string;
  /** `initialize`'s trace: with `verbose`, the server's `$/logTrace` (each check it runs) is recorded. */
  readonly trace?: 'off' | 'messages' | 'verbose';
  /** `initializationOptions`. */
  readonly initializationOptions?: Record<string, unknown>;
}

/** How the client reaches its server: a child process, or a server started in this process (in-process tests). */
interface ServerHandle {
  readonly child?: ChildProcess;
  stop(connection: ProtocolConnection): Promise<void>;
}

export class ScriptedClient {
  readonly diagnostics: Received<PublishDiagnosticsParams>[] = [];
  readonly progress: Received<{ kind: string; message?: string; percentage?: number }>[] = [];
  readonly messages: Received<{ type: number; message: string }>[] = [];
  /** `window/logMessage`: what an editor shows in the server's output channel. */
  readonly logs: Received<{ type: number; message: string }>[] = [];
  /** `$/logTrace` (with `trace: 'verbose'`). */
  readonly traces: Received<{ message: string }>[] = [];
  #waiters: (() => void)[] = [];
  readonly #progressTokens: (string | number)[] = [];

  private constructor(readonly connection: ProtocolConnection, readonly server: ServerHandle, private settings: Record<string, unknown>) {}

  /** The server's process (the benchmark reads its memory); an in-process server has none. */
  get child(): ChildProcess {
    if (!this.server.child) throw new Error('an in-process server has no process of its own');
    return this.server.child;
  }

  static async start(options: ClientOptions = {}): Promise<ScriptedClient> {
    const child = spawn(process.execPath, [CLI, 'lsp', '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
    const connection = createProtocolConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
    const stop = async () => {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      try {
        await connection.sendRequest('shutdown');
        await connection.sendNotification('exit');
      } catch {
        child.kill();
      }
      await exited;
    };
    return ScriptedClient.#initialize(connection, { child, stop }, options, process.pid);
  }

  /**
   * A server started in this process by `startServer` (src/server/server.ts), over in-memory
   * streams: a test can reach into the core it runs. Never sent `exit` (the library would end the
   * process): stop() shuts it down and closes both ends.
   */
  static async inProcess(startServer: (reader: StreamMessageReader, writer: StreamMessageWriter) => { dispose(): void }, options: ClientOptions = {}): Promise<ScriptedClient> {
    const [toServer, toClient] = [new PassThrough(), new PassThrough()];
    const server = startServer(new StreamMessageReader(toServer), new StreamMessageWriter(toClient));
    const connection = createProtocolConnection(new StreamMessageReader(toClient), new StreamMessageWriter(toServer));
    const stop = async (c: ProtocolConnection) => {
      await c.sendRequest('shutdown');
      server.dispose();
    };
    return ScriptedClient.#initialize(connection, { stop }, options, null);
  }

  static async #initialize(connection: ProtocolConnection, server: ServerHandle, options: ClientOptions, processId: number | null): Promise<ScriptedClient> {
    const client = new ScriptedClient(connection, server, options.settings ?? {});
    client.#listen();
    connection.listen();
    const rootUri = options.root === undefined ? null : pathToFileURL(options.root).href;
    await connection.sendRequest('initialize', {
      processId,
      rootUri,
      locale: options.locale,
      workspaceFolders: rootUri === null ? null : [{ uri: rootUri, name: 'root' }],
      capabilities: {
        workspace: { configuration: true, didChangeConfiguration: { dynamicRegistration: true }, didChangeWatchedFiles: { dynamicRegistration: true } },
        window: { workDoneProgress: true },
        textDocument: { publishDiagnostics: { relatedInformation: true } },
      },
      ...(options.trace ? { trace: options.trace } : {}),
      ...(options.initializationOptions ? { initializationOptions: options.initializationOptions } : {}),
    });
    await connection.sendNotification('initialized', {});
    return client;
  }

  #listen(): void {
    const { connection } = this;
    const record = <T>(list: Received<T>[], value: T) => {
      list.push({ at: performance.now(), value });
      for (const waiter of this.#waiters.splice(0)) waiter();
    };
    connection.onNotification('textDocument/publishDiagnostics', (params: PublishDiagnosticsParams) => record(this.diagnostics, params));
    connection.onNotification('window/showMessage', (params: { type: number; message: string }) => record(this.messages, params));
    connection.onNotification('window/logMessage', (params: { type: number; message: string }) => record(this.logs, params));
    connection.onNotification('$/logTrace', (params: { message: string }) => record(this.traces, params));
    connection.onNotification('$/progress', (params: { value: { kind: string; message?: string; percentage?: number } }) => record(this.progress, params.value));
    connection.onRequest('workspace/configuration', (params: { items: { section?: string }[] }) => params.items.map((item) => this.settings[item.section ?? ''] ?? null));
    connection.onRequest('window/workDoneProgress/create', (params: { token: string | number }) => (this.#progressTokens.push(params.token), null));
    connection.onRequest('client/registerCapability', () => null);
    connection.onRequest('window/showMessageRequest', (params: { type: number; message: string }) => (record(this.messages, params), null));
  }

  /** Resolves when `condition` holds, checked after each message; fails after `timeoutMs`. */
  async waitFor<T>(what: string, condition: () => T | undefined, timeoutMs = 60_000): Promise<T> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const value = condition();
      if (value !== undefined && value !== false) return value;
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
      await new Promise<void>((resolve) => {
        this.#waiters.push(resolve);
        setTimeout(resolve, 200);
      });
    }
  }

  /** The last diagnostics published for `uri` (undefined until some are). */
  latest(uri: string): Diagnostic[] | undefined {
    for (let i = this.diagnostics.length - 1; i >= 0; i--) if (this.diagnostics[i].value.uri === uri) return this.diagnostics[i].value.diagnostics;
    return undefined;
  }

  indexDone(): boolean {
    return this.progress.some((p) => p.value.kind === 'end');
  }

  open(uri: string, text: string, version = 1): Promise<void> {
    return this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'yaml', version, text } });
  }

  replace(uri: string, text: string, version: number): Promise<void> {
    return this.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ text }] });
  }

  /** Changes what `workspace/configuration` answers and tells the server, as an editor does. */
  async configure(settings: Record<string, unknown>): Promise<void> {
    this.settings = settings;
    await this.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
  }

  /** Cancels the server's indexing through the progress it created (the cancel button). */
  cancelIndexing(): Promise<void> {
    return this.connection.sendNotification('window/workDoneProgress/cancel', { token: this.#progressTokens[0] });
  }

  async stop(): Promise<void> {
    await this.server.stop(this.connection);
    this.connection.dispose();
  }
}
