// What the editor shows of an edited resource against its baseline (docs/change-model.md §4, §5):
// the one line of a StatefulSet's CodeLens ("template changed (image nginx:1.24 → nginx:1.25):
// RollingUpdate replaces web-2, web-1 and web-0 one at a time, each waits Ready") and the way out
// of a refused update for a hover. Both come from the same functions as `plan`. The line costs a
// simulation, so it is remembered per pair of parses and, behind that, per pair of decoded values:
// a keystroke that leaves both specs as they were (a comment, key order, quoting) simulates nothing.
import { t } from '../l10n/messages';
import type { Resource } from '../model/resource';
import { memoByPair } from './memo';
import { contentKey } from './normalize';
import { simulateChange } from './rollout';
import { findClusterIPChanges } from './serviceUpdate';
import { findServiceFieldChanges } from './serviceFieldUpdate';
import { findForbiddenStatefulSetChanges } from './statefulSetUpdate';
import { describeRollout } from './summary';
import { serviceWayOut, statefulSetWayOut } from './wayOut';
import { wayOutMarkdown } from './wayOutMarkdown';

export interface ChangeSummary {
  /** The rollout in one line, or why there is none (refused, beyond the simulator's limits). */
  readonly text: string;
  /** The apiserver refuses the update: nothing happens to the pods. */
  readonly refused: boolean;
}

/** Distinct edits remembered by value; more are computed again (oldest forgotten first). */
const MAX_REMEMBERED = 200;
const byValue = new Map<string, ChangeSummary>();

function computeSummary(edited: Resource, baseline: Resource): ChangeSummary {
  const refused = findForbiddenStatefulSetChanges(edited, baseline);
  if (refused.length > 0) return { text: t('change.lens.refused', refused.map((c) => c.path).join(', ')), refused: true };
  const rollout = simulateChange(edited, baseline);
  if ('problem' in rollout) return { text: t('change.notSimulated', rollout.problem), refused: false };
  return { text: describeRollout(edited, baseline, rollout), refused: false };
}

function summarize(edited: Resource, baseline: Resource): ChangeSummary | undefined {
  if (edited.type !== 'StatefulSet' || baseline.type !== 'StatefulSet') return undefined;
  const [before, after] = [contentKey(baseline), contentKey(edited)];
  if (before === undefined || after === undefined || before === after) return undefined; // no change
  const key = `${before}\u0000${after}`;
  let summary = byValue.get(key);
  if (!summary) {
    summary = computeSummary(edited, baseline);
    if (byValue.size >= MAX_REMEMBERED) byValue.delete(byValue.keys().next().value!);
    byValue.set(key, summary);
  }
  return summary;
}

/** What applying the edited StatefulSet does, in one line; undefined when nothing changed. */
export const summarizeChange = memoByPair(summarize);

/** The way out of a refused update, as Markdown; undefined when the apiserver accepts it. `file` names the edited manifest in `kubectl apply -f`. */
export function describeWayOut(edited: Resource, baseline: Resource, file: string): string | undefined {
  if (edited.type === 'StatefulSet') {
    const changes = findForbiddenStatefulSetChanges(edited, baseline);
    return changes.length > 0 ? wayOutMarkdown(statefulSetWayOut(edited, baseline, changes, file)).join('\n') : undefined;
  }
  if (edited.type !== 'Service') return undefined;
  const refused = findClusterIPChanges(edited, baseline).length + findServiceFieldChanges(edited, baseline).length;
  return refused > 0 ? wayOutMarkdown(serviceWayOut(baseline, file)).join('\n') : undefined;
}
