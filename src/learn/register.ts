// The "Learn StatefulSets" walkthrough's extension side: the command that opens the walkthrough,
// the steps' buttons (statefulsetStudio.learn.openExperiment with the step id), and ticking a step
// once the rollout panel has shown its proving event: a context key per step, which the step's
// `completionEvents: ["onContext:…"]` in package.json waits for (docs/learn.md §2).
import * as vscode from 'vscode';
import { doneContextKey, experimentById, isExperimentId, uiText, VolumeContents, type ExperimentId } from '../core/index';
import { onDidShowProgress, type PanelProgress } from '../panel/progress';
import type { PanelServices } from '../panel/rolloutPanel';
import { guard } from '../util/dispose';
import { openExperiment } from './experiment';

export const LEARN_COMMAND = 'statefulsetStudio.learn';
export const OPEN_EXPERIMENT_COMMAND = 'statefulsetStudio.learn.openExperiment';
export const WALKTHROUGH_ID = 'learnStatefulSets';

/** The walkthrough's commands and step ticking; registered with the panel, whose services it uses. */
export function registerLearn(context: vscode.ExtensionContext, services: PanelServices): vscode.Disposable[] {
  const steps = new StepProgress();
  return [
    vscode.commands.registerCommand(LEARN_COMMAND, () =>
      vscode.commands.executeCommand('workbench.action.openWalkthrough', `${context.extension.id}#${WALKTHROUGH_ID}`, false)),
    vscode.commands.registerCommand(OPEN_EXPERIMENT_COMMAND, (id: unknown) => {
      if (!isExperimentId(id)) return; // command links are input: only the steps' own ids
      steps.restart(id);
      return runExperiment(id, services);
    }),
    onDidShowProgress(guard(services.log, 'Ticking a walkthrough step', (p: PanelProgress) => steps.onProgress(p))),
  ];
}

/** Which steps the learner has proven since their experiment was last opened. */
class StepProgress {
  readonly #done = new Set<ExperimentId>();
  /** The proof's index per plan: the frames array stays the same while the plan (and the learner's writes) do. */
  readonly #proofs = new WeakMap<readonly unknown[], number>();

  /**
   * Opening the experiment again clears its key, so that proving it again fires the step's
   * onContext event again (VS Code ticks a step when the key turns true; clearing never unticks it,
   * but the learner may have marked the step undone in the walkthrough).
   */
  restart(id: ExperimentId): void {
    this.#done.delete(id);
    void vscode.commands.executeCommand('setContext', doneContextKey(id), false);
  }

  onProgress({ scriptId, frames, writes, shown }: PanelProgress): void {
    if (!isExperimentId(scriptId) || this.#done.has(scriptId)) return;
    let proof = this.#proofs.get(frames);
    if (proof === undefined) this.#proofs.set(frames, (proof = proofOf(scriptId, frames, writes)));
    if (proof < 0 || shown < proof) return;
    this.#done.add(scriptId);
    void vscode.commands.executeCommand('setContext', doneContextKey(scriptId), true);
  }
}

/** The step's proving frame; a step that writes into the volumes is proven by a read-back (docs/learn.md §4). */
function proofOf(id: ExperimentId, frames: PanelProgress['frames'], writes: readonly number[]): number {
  const experiment = experimentById(id);
  const readBacks = experiment.writeBefore ? new VolumeContents(frames, writes).readBacks : [];
  return experiment.proof(frames.map((f) => f.event), readBacks);
}

async function runExperiment(id: ExperimentId, services: PanelServices): Promise<void> {
  try {
    await openExperiment(experimentById(id), services);
  } catch (error) {
    services.log.error(`Opening the experiment ${id} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    void vscode.window.showErrorMessage(uiText('ui.learn.failed'));
  }
}
