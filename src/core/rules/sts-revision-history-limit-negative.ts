import { getNumber } from '../model/access';
import { defineRule } from './defineRule';

const PATH = 'spec.revisionHistoryLimit';

export default defineRule({
  id: 'sts-revision-history-limit-negative',
  meta: {
    severity: 'warning', appliesTo: ['StatefulSet'], scope: 'document',
    docs: {
      summary:
        "Unlike Deployments and DaemonSets, the apiserver does not validate a StatefulSet's `revisionHistoryLimit`. A negative value is accepted and the controller then never prunes old ControllerRevisions, so they pile up.",
      remediation: 'Use 0 or a positive number, or remove the field (default 10).',
      url: 'https://kubernetes.io/docs/reference/kubernetes-api/workload-resources/stateful-set-v1/',
    },
    source: 'truncateHistory',
  },
  messages: {
    message: '{0} is {1}: a negative limit is accepted but the controller then never deletes old ControllerRevisions',
  },
  check(ctx) {
    const { resource } = ctx;
    const limit = getNumber(resource.root, PATH);
    if (!limit || limit.value >= 0) return;
    return ctx.report({
      range: limit.range,
      path: PATH,
      messageId: 'message', args: [PATH, limit.value],
    });
  },
});
