// `▶ Simulate rollout` above every StatefulSet document (at its `kind:` line), from the parse the
// WorkspaceIndex already holds; the lenses refresh whenever the index changes.
import * as vscode from 'vscode';
import { toPosition } from './convert';
import { t, type LanguageService } from './core/index';
import { SIMULATE_ROLLOUT_COMMAND, type SimulateArgs } from './panel/simulateCommand';
import type { Register } from './services';
import { Disposable } from './util/dispose';
import { YAML_SELECTOR, type WorkspaceIndex } from './workspaceIndex';

/** The lens's title in the current locale (`▶ Simulate rollout` in English). */
export const simulateLensTitle = (): string => t('ui.codeLens.simulate');

export class SimulateCodeLensProvider extends Disposable implements vscode.CodeLensProvider {
  readonly #onDidChange = this._register(new vscode.EventEmitter<void>());
  readonly onDidChangeCodeLenses = this.#onDidChange.event;

  constructor(private readonly language: LanguageService, private readonly index: WorkspaceIndex) {
    super();
    this._register(index.onDidChange(() => this.#onDidChange.fire()));
  }

  provideCodeLenses(document: vscode.TextDocument): vscode.CodeLens[] {
    const file = this.index.get(document.uri.toString());
    if (!file) return [];
    return this.language.statefulSets([file]).map((sts) => {
      const line = toPosition(file.positions, sts.doc.offset + sts.kind.range.start).line;
      const args: SimulateArgs = { uri: document.uri, documentIndex: sts.doc.index };
      const name = sts.name?.value ?? t('ui.unnamed');
      return new vscode.CodeLens(new vscode.Range(line, 0, line, 0), {
        title: simulateLensTitle(),
        tooltip: t('ui.codeLens.simulateTooltip', name),
        command: SIMULATE_ROLLOUT_COMMAND,
        arguments: [args],
      });
    });
  }
}

export const register: Register = (_context, { language, index }) => {
  const provider = new SimulateCodeLensProvider(language, index);
  return [provider, vscode.languages.registerCodeLensProvider(YAML_SELECTOR, provider)];
};
