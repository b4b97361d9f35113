// Wiring only: every piece is created here and handed to context.subscriptions.
//
// Localisation: the manifest (command titles, settings) is localised by VS Code itself from
// package.nls.json / package.nls.zh-cn.json. Everything we say at runtime (diagnostics, hovers,
// code actions, messages, the panel) goes through the core's t() rather than vscode.l10n: the same
// keyed tables serve the CLI (no vscode there) and the webview (locale sent in `init`), so one set of
// translations, checked complete by test/unit/l10n.test.ts, covers all three. setLocale() picks the
// table for VS Code's display language first thing in activate.
import * as vscode from 'vscode';
import { QuickFixProvider } from './codeActions';
import { registerCompletionProvider } from './completion';
import { SimulateCodeLensProvider } from './codeLens';
import { registerCommands } from './commands';
import { setLocale } from './core/l10n/messages';
import { DiagnosticsPublisher } from './diagnostics';
import { registerNavigation } from './navigation';
import { registerHoverProvider } from './hover';
import { registerLearn } from './learn/register';
import { RolloutPanel, type PanelServices } from './panel/rolloutPanel';
import { RolloutPanelSerializer } from './panel/serializer';
import { registerSimulateCommand } from './panel/simulateCommand';
import { TranscriptChannel } from './panel/transcript';
import { SettingsStore } from './settings';
import { WorkspaceIndex, YAML_SELECTOR } from './workspaceIndex';

export function activate(context: vscode.ExtensionContext): void {
  setLocale(vscode.env.language);
  const output = vscode.window.createOutputChannel('StatefulSet Studio', { log: true });
  context.subscriptions.push(output);
  const settings = new SettingsStore(output);
  context.subscriptions.push(settings);
  const index = new WorkspaceIndex(settings, output);
  context.subscriptions.push(index);
  const diagnostics = new DiagnosticsPublisher(index, settings, output);
  context.subscriptions.push(diagnostics);
  context.subscriptions.push(
    vscode.languages.registerCodeActionsProvider(YAML_SELECTOR, new QuickFixProvider(diagnostics, index, output), {
      providedCodeActionKinds: QuickFixProvider.providedCodeActionKinds,
    }),
    ...registerCommands({ index, diagnostics, output }),
  );
  registerHoverProvider(context, index, output);
  registerCompletionProvider(context, index, output);
  registerNavigation(context.subscriptions, index);
  const transcript = new TranscriptChannel();
  const codeLens = new SimulateCodeLensProvider(index);
  const panel: PanelServices = { extensionUri: context.extensionUri, index, memento: context.workspaceState, transcript, log: output };
  context.subscriptions.push(
    transcript,
    codeLens,
    vscode.languages.registerCodeLensProvider(YAML_SELECTOR, codeLens),
    registerSimulateCommand(panel),
    vscode.window.registerWebviewPanelSerializer(RolloutPanel.viewType, new RolloutPanelSerializer(panel)),
  );
  registerLearn(context, panel);
}

export function deactivate(): void {}
