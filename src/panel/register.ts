// The rollout panel's registration: the Simulate Rollout command, the serializer that restores the
// panel after a reload, and the transcript channel both hand to the panel.
import * as vscode from 'vscode';
import type { Register } from '../services';
import { RolloutPanel, type PanelServices } from './rolloutPanel';
import { RolloutPanelSerializer } from './serializer';
import { registerSimulateCommands } from './simulateCommand';
import { TranscriptChannel } from './transcript';
import { registerLearn } from '../learn/register';

export const register: Register = (context, { client, log }) => {
  const transcript = new TranscriptChannel();
  const services: PanelServices = { extensionUri: context.extensionUri, client, memento: context.workspaceState, transcript, log };
  return [
    transcript,
    ...registerSimulateCommands(services),
    vscode.window.registerWebviewPanelSerializer(RolloutPanel.viewType, new RolloutPanelSerializer(services)),
    ...registerLearn(context, services), // the walkthrough's steps open this panel
  ];
};
