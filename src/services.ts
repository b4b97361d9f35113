// What every adapter is handed when it registers: the language server's client and the log. Each
// adapter module exports `register(context, services)`, which returns what it registered;
// extension.ts puts all of it into context.subscriptions.
import type * as vscode from 'vscode';
import type { StudioClient } from './client/studioClient';

export interface Services {
  /** The language server: every question about manifests goes to it (issue #12). */
  readonly client: StudioClient;
  readonly log: vscode.LogOutputChannel;
}

/** The one shape of an adapter's registration. */
export type Register = (context: vscode.ExtensionContext, services: Services) => vscode.Disposable[];
