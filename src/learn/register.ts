// The "Learn StatefulSets" walkthrough's extension side: the command that opens the walkthrough,
// the steps' buttons (statefulsetStudio.learn.openExperiment with the step id), and ticking a step
// once the rollout panel has shown its proving event: a context key per step, which the step's
// `completionEvents: ["onContext:…"]` in package.json waits for (docs/learn.md §2).
import * as vscode from 'vscode';
import { doneContextKey, experimentById, isExperimentId, type ExperimentId } from '../core/learn/experiments';
import { t } from '../core/l10n/messages';
import { onDidShowProgress, type PanelProgress } from '../panel/progress';
import type { PanelServices } from '../panel/rolloutPanel';
import { guard } from '../util/dispose';
import { openExperiment } from './experiment';

export const LEARN_COMMAND = 'statefulsetStudio.learn';
export const OPEN_EXPERIMENT_COMMAND = 'statefulsetStudio.learn.openExperiment';
export const WALKTHROUGH_ID = 'learnStatefulSets';

export function registerLearn(context: vscode.ExtensionContext, services: PanelServices): void {
  const done = new Set<ExperimentId>();
  /** The proof's index per plan: the events array stays the same while the plan does. */
  const proofs = new WeakMap<readonly unknown[], number>();
  const onProgress = ({ scriptId, events, shown }: PanelProgress) => {
    if (!isExperimentId(scriptId) || done.has(scriptId)) return;
    let proof = proofs.get(events);
    if (proof === undefined) proofs.set(events, (proof = experimentById(scriptId).proof(events)));
    if (proof < 0 || shown < proof) return;
    done.add(scriptId);
    void vscode.commands.executeCommand('setContext', doneContextKey(scriptId), true);
  };
  context.subscriptions.push(
    vscode.commands.registerCommand(LEARN_COMMAND, () =>
      vscode.commands.executeCommand('workbench.action.openWalkthrough', `${context.extension.id}#${WALKTHROUGH_ID}`, false)),
    vscode.commands.registerCommand(OPEN_EXPERIMENT_COMMAND, (id: unknown) => runExperiment(id, services)),
    onDidShowProgress(guard(services.log, 'Ticking a walkthrough step', onProgress)),
  );
}

async function runExperiment(id: unknown, services: PanelServices): Promise<void> {
  if (!isExperimentId(id)) return; // command links are input: only the steps' own ids
  try {
    await openExperiment(experimentById(id), services);
  } catch (error) {
    services.log.error(`Opening the experiment ${id} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    void vscode.window.showErrorMessage(t('ui.learn.failed'));
  }
}
