// Wiring only: every piece is created here and handed to context.subscriptions.
//
// The engine runs in the language server (src/server, dist/server.js), another process: the
// client (src/client) starts it and VS Code's language features come from it. What is left here is
// UI glue: the commands, the rollout panel and the walkthrough, the read-only baseline documents.
//
// Localisation: the manifest (command titles, settings) is localised by VS Code itself from
// package.nls.json / package.nls.zh-cn.json. Everything we say at runtime (diagnostics, hovers,
// code actions, messages, the panel) goes through the core's tables rather than vscode.l10n: the same
// keyed tables serve the CLI (no vscode there), the server (its locale sent in `initialize`) and
// the webview (locale sent in `init`), so one set of translations, checked complete by
// test/unit/l10n.test.ts, covers all of them. setUiLocale() picks the locale for VS Code's display
// language first thing in activate; the extension host shows only the UI table (uiText).
import * as vscode from 'vscode';
import * as baselineDocuments from './baselineDocuments';
import { StudioClient } from './client/studioClient';
import * as commands from './commands';
import { setUiLocale } from './core/index';
import * as panel from './panel/register';
import type { Register, Services } from './services';

const ADAPTERS: readonly { readonly register: Register }[] = [commands, panel, baselineDocuments];

/** What the extension exports: the tests find the language server's process here. */
export interface StudioApi {
  readonly serverProcessId: () => number | undefined;
}

export async function activate(context: vscode.ExtensionContext): Promise<StudioApi> {
  setUiLocale(vscode.env.language);
  const log = vscode.window.createOutputChannel('StatefulSet Studio', { log: true });
  context.subscriptions.push(log);
  const client = new StudioClient(context, log);
  context.subscriptions.push(client);
  const services: Services = { client, log };
  for (const adapter of ADAPTERS) context.subscriptions.push(...adapter.register(context, services));
  await client.start().catch((error: unknown) => log.error(`Starting the language server failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`));
  return { serverProcessId: () => client.serverProcessId };
}

export function deactivate(): void {}
