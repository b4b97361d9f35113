// What every adapter is handed when it registers: the core's language service and the extension's
// long-lived pieces. Each adapter module exports `register(context, services)`, which returns what
// it registered; extension.ts puts all of it into context.subscriptions.
import type * as vscode from 'vscode';
import type { LanguageService } from './core/index';
import type { DiagnosticsPublisher } from './diagnostics';
import type { GitBaselineTracker } from './gitBaseline';
import type { SettingsStore } from './settings';
import type { WorkspaceIndex } from './workspaceIndex';

export interface Services {
  /** The core: every question about manifests goes through it. */
  readonly language: LanguageService;
  readonly settings: SettingsStore;
  /** The parsed YAML files of the workspace and the open documents. */
  readonly index: WorkspaceIndex;
  /** The findings last published per file: adapters read them here, never back from VS Code. */
  readonly diagnostics: DiagnosticsPublisher;
  /** The git baseline the update rules, the change lenses and "Simulate this change" compare with. */
  readonly baseline: GitBaselineTracker;
  readonly log: vscode.LogOutputChannel;
}

/** The one shape of an adapter's registration. */
export type Register = (context: vscode.ExtensionContext, services: Services) => vscode.Disposable[];
