// What happens when the language server crashes: it is restarted (the client clears its
// diagnostics on the way, so nothing stale stays), at most MAX_RESTARTS times within
// RESTART_WINDOW_MS; after that it stays down and the user gets one clear message with a way to
// the log. The extension host itself never goes down with it: the server is another process.
import * as vscode from 'vscode';
import { CloseAction, ErrorAction, type CloseHandlerResult, type ErrorHandler, type ErrorHandlerResult } from 'vscode-languageclient/node';
import { uiText } from '../core/index';

export const MAX_RESTARTS = 4;
export const RESTART_WINDOW_MS = 3 * 60 * 1000;

export class RestartingErrorHandler implements ErrorHandler {
  readonly #restarts: number[] = [];

  constructor(private readonly log: vscode.LogOutputChannel, private readonly now: () => number = Date.now) {}

  /** A message that could not be read or written: the connection goes on, as the default handler does for a few. */
  error(_error: Error, _message: unknown, count: number | undefined): ErrorHandlerResult {
    return { action: count !== undefined && count <= 3 ? ErrorAction.Continue : ErrorAction.Shutdown, handled: true };
  }

  closed(): CloseHandlerResult {
    const now = this.now();
    while (this.#restarts.length > 0 && now - this.#restarts[0] > RESTART_WINDOW_MS) this.#restarts.shift();
    if (this.#restarts.length < MAX_RESTARTS) {
      this.#restarts.push(now);
      this.log.warn(`The language server stopped; restarting it (${this.#restarts.length} of ${MAX_RESTARTS} within 3 minutes).`);
      return { action: CloseAction.Restart, handled: true };
    }
    this.log.error(`The language server stopped ${MAX_RESTARTS + 1} times within 3 minutes; it is not restarted again.`);
    void vscode.window.showErrorMessage(uiText('ui.server.crashed', MAX_RESTARTS + 1), uiText('ui.server.showLog')).then((choice) => choice && this.log.show(true));
    return { action: CloseAction.DoNotRestart, handled: true };
  }
}
