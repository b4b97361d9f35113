// Only with a baseline (`check --baseline`): an edit the apiserver refuses as an update of the
// running StatefulSet (ValidateStatefulSetUpdate; docs/change-model.md §2), reported on each changed
// field with the baseline's value as related information.
import { reportRange } from '../change/paths';
import { findForbiddenStatefulSetChanges, STATEFULSET_FORBIDDEN } from '../change/statefulSetUpdate';
import { defineRule } from './defineRule';
import { revertData, revertFixes } from './edit/revert';
import { readsNoOtherFile } from './crossFileReads';

export default defineRule({
  id: 'sts-update-forbidden',
  meta: {
    severity: 'error', appliesTo: ['StatefulSet'], scope: 'workspace', dependsOn: readsNoOtherFile,
    docs: {
      summary:
        'Compared with the baseline (`--baseline REF`), the edit changes a StatefulSet field that cannot change once the set exists: anything in `spec` except `replicas`, `ordinals`, `template`, `updateStrategy`, `revisionHistoryLimit`, `persistentVolumeClaimRetentionPolicy` and `minReadySeconds` (notably `selector`, `serviceName`, `volumeClaimTemplates`, `podManagementPolicy`). `kubectl apply`, Helm, Flux and Argo CD all fail with `spec: Forbidden: updates to statefulset spec for fields other than …`.',
      remediation:
        'Revert the field to its baseline value, or replace the StatefulSet: `kubectl delete statefulset NAME --cascade=orphan` keeps the pods and claims running, then apply the new manifest (`statefulset-studio plan --baseline REF` prints the exact commands, including expanding each claim for a larger storage request).',
      url: 'https://kubernetes.io/docs/concepts/workloads/controllers/statefulset/#limitations',
    },
    comparesWithBaseline: true,
    source: 'ValidateStatefulSetUpdate',
  },
  messages: {
    changed: `${STATEFULSET_FORBIDDEN} ({0}: {1} in the baseline, {2} now)`,
    storage: `${STATEFULSET_FORBIDDEN} ({0}: the claim template's storage request changed from {1} to {2}; a claim template cannot be resized: expand the existing claims instead)`,
    related: 'baseline value of {0}: {1}',
    'fix.revert': 'Revert to the committed value',
  },
  check(ctx) {
    const baseline = ctx.baseline;
    if (!baseline) return;
    for (const change of findForbiddenStatefulSetChanges(ctx.resource, baseline)) {
      ctx.report({
        range: reportRange(change.node), path: change.path,
        messageId: change.storage ? 'storage' : 'changed', args: [change.path, change.before, change.after],
        related: [{ resource: baseline, range: reportRange(change.baselineNode), message: ctx.t('related', change.path, change.before) }],
        data: { before: change.before, after: change.after, storage: change.storage, revert: revertData(baseline, change.path) },
      });
    }
  },
  fixes: (finding, ctx) => revertFixes(finding, ctx, ctx.t('fix.revert')),
});
