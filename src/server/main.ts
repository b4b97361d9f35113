// Starts the language server (dist/server.js through bin.ts, and `statefulset-studio lsp --stdio`): a connection
// over the transport the arguments name (`--stdio`, `--node-ipc`, `--socket=N`), with every
// proposed LSP feature the library offers.
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { snapshotProcessEnv } from './processEnv';
import { startServer } from './server';

export function runLanguageServer(): void {
  snapshotProcessEnv();
  startServer(createConnection(ProposedFeatures.all));
}
