// The rollout panel's requests (issue #12 item 1): the panel keeps its session in the extension and
// asks the server to plan it (`statefulsetStudio/panelPlan`), as src/panel/resolve.ts planned it
// in-process: the StatefulSet found again in its file (src/panel/plan.ts findTarget), its Service
// from the workspace, the what-if policy, "Simulate this change" from the git baseline, and the
// published findings that change the rollout. `statefulsetStudio/statefulSets` lists a file's
// StatefulSets for the Simulate commands.
import { changesRollout, t, type Resource, type Step } from '../core/index';
import { buildInit, findTarget, simInputOf, type ChangeRun } from '../panel/plan';
import { toSession } from '../panel/session';
import type { PanelSession } from '../panel/sessionState';
import type { PanelPlanParams, PanelPlanResult, PanelProblemLink, StatefulSetInfo } from '../protocol/lsp';
import { baselineOf, displayPath } from './change';
import type { Session } from './session';
import type { ServerFile } from './workspace';

const failed = (message: string): PanelPlanResult => ({ message: { type: 'error', message }, problems: [] });

export function panelPlanFor(session: Session, params: PanelPlanParams): PanelPlanResult {
  const panel = toSession(params.session);
  if (!panel) return failed(t('ui.panel.lost'));
  const { language, workspace } = session;
  const fileName = displayPath(session.roots, panel.target.uri);
  const file = workspace.file(panel.target.uri);
  if (!file) return failed(t('ui.panel.unreadable', fileName));
  const found = findTarget(language, file, panel.target, fileName);
  if ('error' in found) return failed(found.error);
  const resolved: PanelSession = { ...panel, target: found.target };
  const problems = problemsOf(session, file, found.statefulSet);
  let statefulSet = found.statefulSet;
  let change: ChangeRun | undefined;
  if (panel.change) {
    const run = changeOf(session, file, found.statefulSet);
    if ('error' in run) return failed(run.error);
    statefulSet = run.before;
    change = { steps: run.steps, ref: run.ref };
  }
  const input = simInputOf(language, statefulSet, workspace.resourceIndexFor([file]), panel.policy);
  const message = buildInit(language, input, resolved, problems.map((p) => p.problem), params.locale, params.keepTime, change);
  return { message, target: found.target, problems };
}

/** The published findings inside the StatefulSet's document that change what the simulation shows. */
function problemsOf({ publisher }: Session, file: ServerFile, sts: Resource): PanelProblemLink[] {
  const [start, end] = [sts.doc.offset, sts.doc.offset + sts.doc.length];
  const links: PanelProblemLink[] = [];
  for (const { core, lsp } of publisher.findingsOf(file.uri, file.version)) {
    if (!changesRollout(core.ruleId) || core.range.start < start || core.range.end > end) continue;
    links.push({ problem: { message: core.message, ruleId: core.ruleId, index: links.length }, uri: file.uri, range: lsp.range });
  }
  return links;
}

/** The baseline of the StatefulSet and the steps that take it to the edit; an error when there is none. */
function changeOf(session: Session, file: ServerFile, sts: Resource): { before: Resource; steps: readonly Step[]; ref: string } | { error: string } {
  const ref = session.baseline.ref;
  if (ref === undefined) return { error: t('ui.panel.baselineOff') };
  const before = baselineOf(session, file, sts);
  if (!before) return { error: t('ui.panel.noBaseline', sts.name?.value ?? '', ref) };
  const steps = session.language.changeSteps(sts, before);
  return 'problem' in steps ? { error: steps.problem } : { before, steps: steps.steps, ref };
}

export function statefulSetsOf({ language, workspace }: Session, uri: string): StatefulSetInfo[] {
  const file = workspace.file(uri);
  if (!file) return [];
  const lineAt = (offset: number) => file.lines.positionAt(offset).line;
  return language.statefulSets([file]).map((sts) => ({
    documentIndex: sts.doc.index,
    ...(sts.name?.value ? { name: sts.name.value } : {}),
    namespace: sts.namespace,
    kindLine: lineAt(sts.doc.offset + sts.kind.range.start),
    firstLine: lineAt(sts.doc.offset),
    lastLine: lineAt(sts.doc.offset + sts.doc.length),
  }));
}
