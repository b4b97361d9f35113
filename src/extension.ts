// Wiring only: every piece is created here and handed to context.subscriptions.
//
// Localisation: the manifest (command titles, settings) is localised by VS Code itself from
// package.nls.json / package.nls.zh-cn.json. Everything we say at runtime (diagnostics, hovers,
// code actions, messages, the panel) goes through the core's t() rather than vscode.l10n: the same
// keyed tables serve the CLI (no vscode there) and the webview (locale sent in `init`), so one set of
// translations, checked complete by test/unit/l10n.test.ts, covers all three. setLocale() picks the
// table for VS Code's display language first thing in activate.
//
// The long-lived pieces (settings, the workspace index, the diagnostics publisher) are created in
// order, each needing the previous ones; then every adapter registers the same way,
// `register(context, services)`, and what it returns goes into context.subscriptions.
import * as vscode from 'vscode';
import * as baselineDocuments from './baselineDocuments';
import * as codeActions from './codeActions';
import * as codeLens from './codeLens';
import * as commands from './commands';
import * as completion from './completion';
import { createLanguageService, setLocale } from './core/index';
import { DiagnosticsPublisher } from './diagnostics';
import { GitBaselineTracker } from './gitBaseline';
import * as hover from './hover';
import * as navigation from './navigation';
import * as panel from './panel/register';
import type { Register, Services } from './services';
import { SettingsStore } from './settings';
import { WorkspaceIndex } from './workspaceIndex';

const ADAPTERS: readonly { readonly register: Register }[] = [codeActions, commands, hover, completion, navigation, codeLens, panel, baselineDocuments];

export function activate(context: vscode.ExtensionContext): void {
  setLocale(vscode.env.language);
  const log = vscode.window.createOutputChannel('StatefulSet Studio', { log: true });
  context.subscriptions.push(log);
  const settings = new SettingsStore(log);
  context.subscriptions.push(settings);
  // Asked on every call: a changed kubernetesVersion applies at once (the publisher re-checks on the change).
  const language = createLanguageService({ kubernetesVersion: () => settings.current.kubernetesVersion });
  const index = new WorkspaceIndex(settings, log);
  context.subscriptions.push(index);
  const baseline = new GitBaselineTracker(settings, index, log);
  context.subscriptions.push(baseline);
  const diagnostics = new DiagnosticsPublisher(language, index, settings, log, baseline);
  context.subscriptions.push(diagnostics);
  const services: Services = { language, settings, index, diagnostics, baseline, log };
  for (const adapter of ADAPTERS) context.subscriptions.push(...adapter.register(context, services));
}

export function deactivate(): void {}
