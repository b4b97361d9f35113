// The panel's custom requests over LSP (`statefulsetStudio/planRollout`, `statefulsetStudio/simulate`):
// the StatefulSet at a document index of a file, its governing Service from the workspace (open
// files and the relevant closed ones), and the core's planRollout or simulate, as the panel and the
// CLI call them. Errors travel as data (`{error}`), as the core returns them.
import { defaultScript, findLimitProblem, MAX_PANEL_EVENTS, t, type LanguageService, type SimInput } from '../core/index';
import type { PlanRolloutResult, RolloutRequestParams, SimulateResult } from '../protocol/lsp';
import type { Workspace } from './workspace';

function inputOf(language: LanguageService, workspace: Workspace, params: RolloutRequestParams): SimInput | { readonly error: string } {
  const file = workspace.file(params.uri);
  if (!file) return { error: t('ui.panel.unreadable', params.uri) };
  const sts = language.statefulSets([file]).find((candidate) => candidate.doc.index === params.documentIndex);
  if (!sts) return { error: t('ui.panel.gone', `#${params.documentIndex}`, params.uri) };
  if (!sts.name) return { error: t('ui.simulate.noName', params.uri) };
  return language.simulationInput(sts, workspace.resourceIndexFor([file]));
}

export function planRolloutFor(language: LanguageService, workspace: Workspace, params: RolloutRequestParams): PlanRolloutResult {
  const input = inputOf(language, workspace, params);
  if ('error' in input) return input;
  return language.planRollout(input, params.script ?? defaultScript(), params.maxEvents ?? MAX_PANEL_EVENTS);
}

export function simulateFor(language: LanguageService, workspace: Workspace, params: RolloutRequestParams): SimulateResult {
  const input = inputOf(language, workspace, params);
  if ('error' in input) return input;
  const script = params.script ?? defaultScript();
  const limit = findLimitProblem(input, script);
  return limit === undefined ? language.simulate(input, script) : { error: limit };
}
