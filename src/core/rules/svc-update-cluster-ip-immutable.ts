// Only with a baseline (`check --baseline`): cluster IP changes ValidateServiceUpdate refuses
// (docs/change-model.md §2), headless <-> not headless above all, which users expect to be an edit.
import { reportRange } from '../change/paths';
import { findClusterIPChanges } from '../change/serviceUpdate';
import { getPath } from '../model/access';
import type { Resource } from '../model/resource';
import { defineRule } from './defineRule';
import { revertData, revertFixes } from './edit/revert';
import { readsNoOtherFile } from './crossFileReads';

/**
 * What reverting a changed first cluster IP edits: `spec.clusterIP` where the edit writes only that
 * (taken back to the baseline's, or removed, which keeps the live one: patchAllocatedValues); none
 * where it writes `clusterIPs` (which entry the user meant is not knowable).
 */
function revertOf(edited: Resource, baseline: Resource, index: number): Record<string, unknown> {
  if (index !== 0 || getPath(edited.root, 'spec.clusterIPs') !== undefined) return {};
  return { revertPath: 'spec.clusterIP', revert: revertData(baseline, 'spec.clusterIP') };
}

export default defineRule({
  id: 'svc-update-cluster-ip-immutable',
  meta: {
    severity: 'error', appliesTo: ['Service'], scope: 'workspace', dependsOn: readsNoOtherFile,
    docs: {
      summary:
        "Compared with the baseline (`--baseline REF`), the edit changes the Service's cluster IP: `clusterIP`/`clusterIPs` cannot change once set, so a Service cannot become headless (`clusterIP: None`) or stop being headless in place (`spec.clusterIPs[0]: Invalid value: [\"None\"]: may not change once set`). Leaving `clusterIP` out keeps the live value, `None` included, so a headless Service changed to NodePort or LoadBalancer is refused too.",
      remediation:
        'Keep the baseline\'s cluster IP, or delete and recreate the Service (`kubectl delete service NAME`, then apply): clients resolving it see a short gap. For a StatefulSet, create a second Service instead when both a headless and a load-balanced address are needed.',
      url: 'https://kubernetes.io/docs/concepts/services-networking/service/#headless-services',
    },
    comparesWithBaseline: true,
    source: 'ValidateServiceUpdate',
  },
  messages: {
    changed: 'spec.clusterIPs[{0}]: Invalid value: {1}: may not change once set (the baseline has {2})',
    headlessKept:
      "spec.clusterIPs[0]: Invalid value: \"None\": may not be set to 'None' for {0} services (the live Service keeps clusterIP None from the baseline, since this manifest leaves clusterIP out)",
    related: 'baseline cluster IP: {0}',
    'fix.revert': 'Revert to the committed value',
  },
  check(ctx) {
    const baseline = ctx.baseline;
    if (!baseline) return;
    for (const change of findClusterIPChanges(ctx.resource, baseline)) {
      const before = change.kind === 'changed' ? change.before : '["None"]';
      const related = change.baselineNode ? [{ resource: baseline, range: reportRange(change.baselineNode), message: ctx.t('related', before) }] : [];
      const path = change.kind === 'changed' ? `spec.clusterIPs[${change.index}]` : 'spec.type';
      if (change.kind === 'changed') {
        const data = revertOf(ctx.resource, baseline, change.index);
        ctx.report({ range: reportRange(change.node), path, messageId: 'changed', args: [change.index, change.after, change.before], related, data });
      }
      else ctx.report({ range: reportRange(change.node), path, messageId: 'headlessKept', args: [change.type], related });
    }
  },
  fixes: (finding, ctx) => revertFixes(finding, ctx, ctx.t('fix.revert')),
});
