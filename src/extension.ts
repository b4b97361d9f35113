// Wiring only: every piece is created here and handed to context.subscriptions.
import * as vscode from 'vscode';
import { QuickFixProvider } from './codeActions';
import { registerCompletionProvider } from './completion';
import { SimulateCodeLensProvider } from './codeLens';
import { registerCommands } from './commands';
import { DiagnosticsPublisher } from './diagnostics';
import { registerNavigation } from './navigation';
import { registerHoverProvider } from './hover';
import { RolloutPanel, type PanelServices } from './panel/rolloutPanel';
import { RolloutPanelSerializer } from './panel/serializer';
import { registerSimulateCommand } from './panel/simulateCommand';
import { TranscriptChannel } from './panel/transcript';
import { SettingsStore } from './settings';
import { WorkspaceIndex, YAML_SELECTOR } from './workspaceIndex';

export function activate(context: vscode.ExtensionContext): void {
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
}

export function deactivate(): void {}
