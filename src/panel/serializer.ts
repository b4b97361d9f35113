// Restores the rollout panel after a reload. The webview's own state (setState: position, speed)
// comes back with the webview; which StatefulSet it showed, and the steps added, come from
// workspaceState (see session.ts), since the fixed protocol has no field to carry them.
import type * as vscode from 'vscode';
import { RolloutPanel, type PanelServices } from './rolloutPanel';

export class RolloutPanelSerializer implements vscode.WebviewPanelSerializer<unknown> {
  constructor(private readonly services: PanelServices) {}

  async deserializeWebviewPanel(panel: vscode.WebviewPanel, _state: unknown): Promise<void> {
    RolloutPanel.revive(panel, this.services);
  }
}
