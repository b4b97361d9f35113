// A language server in this process for the tests that reach into the core it runs (a rule made to
// throw): startServer over in-memory streams, driven by the scripted client.
import { createConnection } from 'vscode-languageserver/node';
import { startServer } from '../../../src/server/server';
import { ScriptedClient, type ClientOptions } from './scriptedClient';

export function startInProcess(options: ClientOptions = {}): Promise<ScriptedClient> {
  return ScriptedClient.inProcess((reader, writer) => {
    const connection = createConnection(reader, writer);
    startServer(connection);
    return connection;
  }, options);
}
