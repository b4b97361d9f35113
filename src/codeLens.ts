// `▶ Simulate rollout` above every StatefulSet document (at its `kind:` line), from the parse the
// WorkspaceIndex already holds; the lenses refresh whenever the index or the git baseline changes.
// Beside it, for a StatefulSet that differs from its baseline, what applying the edit does to the
// running pods in one line (the core's summarizeChange, remembered per pair, so a keystroke that
// leaves the spec as it was simulates nothing); clicking it opens "Simulate this change".
import * as vscode from 'vscode';
import { toPosition } from './convert';
import { t, type LanguageService } from './core/index';
import type { Resource } from './core/index';
import type { GitBaselineTracker } from './gitBaseline';
import { SIMULATE_CHANGE_COMMAND, SIMULATE_ROLLOUT_COMMAND, type SimulateArgs } from './panel/simulateCommand';
import type { Register } from './services';
import { Disposable } from './util/dispose';
import { YAML_SELECTOR, type WorkspaceIndex } from './workspaceIndex';

/** The lens's title in the current locale (`▶ Simulate rollout` in English). */
export const simulateLensTitle = (): string => t('ui.codeLens.simulate');

export class SimulateCodeLensProvider extends Disposable implements vscode.CodeLensProvider {
  readonly #onDidChange = this._register(new vscode.EventEmitter<void>());
  readonly onDidChangeCodeLenses = this.#onDidChange.event;

  constructor(private readonly language: LanguageService, private readonly index: WorkspaceIndex, private readonly baseline?: GitBaselineTracker) {
    super();
    this._register(index.onDidChange(() => this.#onDidChange.fire()));
    if (baseline) this._register(baseline.onDidChange(() => this.#onDidChange.fire()));
  }

  provideCodeLenses(document: vscode.TextDocument): vscode.CodeLens[] {
    const file = this.index.get(document.uri.toString());
    if (!file) return [];
    return this.language.statefulSets([file]).flatMap((sts) => {
      const line = toPosition(file.positions, sts.doc.offset + sts.kind.range.start).line;
      const range = new vscode.Range(line, 0, line, 0);
      const args: SimulateArgs = { uri: document.uri, documentIndex: sts.doc.index };
      const name = sts.name?.value ?? t('ui.unnamed');
      const simulate = new vscode.CodeLens(range, {
        title: simulateLensTitle(),
        tooltip: t('ui.codeLens.simulateTooltip', name),
        command: SIMULATE_ROLLOUT_COMMAND,
        arguments: [args],
      });
      const change = this.#changeLens(sts, range, args, name);
      return change ? [simulate, change] : [simulate];
    });
  }

  /** The rollout line of a StatefulSet that differs from its baseline; none when it is new or unchanged. */
  #changeLens(sts: Resource, range: vscode.Range, args: SimulateArgs, name: string): vscode.CodeLens | undefined {
    const before = this.baseline?.baselineOf(sts);
    const summary = before && this.language.summarizeChange(sts, before);
    if (!summary) return undefined;
    const ref = this.baseline?.ref ?? '';
    return new vscode.CodeLens(range, summary.refused
      ? { title: summary.text, tooltip: t('ui.codeLens.refusedTooltip', name, ref), command: 'workbench.actions.view.problems' }
      : { title: summary.text, tooltip: t('ui.codeLens.changeTooltip', name, ref), command: SIMULATE_CHANGE_COMMAND, arguments: [args] });
  }
}

export const register: Register = (_context, { language, index, baseline }) => {
  const provider = new SimulateCodeLensProvider(language, index, baseline);
  return [provider, vscode.languages.registerCodeLensProvider(YAML_SELECTOR, provider)];
};
