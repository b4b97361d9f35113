// The engine's own crashes (a rule whose check or quick fix throws, src/core/internalErrors.ts) go
// to the LSP log (`window/logMessage`, which VS Code's client writes to the StatefulSet Studio
// output channel) with the rule and the stage that failed and the stack, besides the
// `internal-error` finding the user sees. The other findings are published as usual.
import type { Connection } from 'vscode-languageserver/node';
import { onInternalError, type InternalError } from '../core/index';

/** Logs every internal error on `connection` until the returned function is called. */
export function logInternalErrors(connection: Connection): () => void {
  return onInternalError((error) => connection.console.error(describeInternalError(error)));
}

export function describeInternalError({ ruleId, phase, message, error }: InternalError): string {
  const stage = phase === 'check' ? 'checking' : 'computing a quick fix';
  const stack = error instanceof Error ? (error.stack ?? error.message) : String(error);
  return `Internal error in rule ${ruleId} while ${stage}: ${message}\n${stack}`;
}
