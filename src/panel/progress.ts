// How far the learner has played a panel that started from a prepared script (a walkthrough
// experiment): the walkthrough ticks a step once its proving event has been shown. Panels opened
// on the user's own manifests report nothing.
import * as vscode from 'vscode';
import type { RolloutFrame } from '../core/index';

export interface PanelProgress {
  /** The `id` of the session's PanelScript. */
  readonly scriptId: string;
  /** Every frame of the plan the panel shows (the same array until the plan changes). */
  readonly frames: readonly RolloutFrame[];
  /** The simulated times the learner wrote into the volumes (a new plan comes with every write). */
  readonly writes: readonly number[];
  /** The furthest frame shown so far. */
  readonly shown: number;
}

const progress = new vscode.EventEmitter<PanelProgress>();
export const onDidShowProgress: vscode.Event<PanelProgress> = progress.event;

export function reportProgress(report: PanelProgress): void {
  progress.fire(report);
}
