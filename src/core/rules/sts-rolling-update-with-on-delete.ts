import { getKey, getPath, getString, isSet } from '../model/access';
import type { YNode } from '../model/types';
import { defineRule } from './defineRule';


/** The block as compact JSON for the message (the apiserver prints the Go struct). */
function render(node: YNode): string {
  const plain = (n: YNode): unknown =>
    n.kind === 'scalar' ? n.value : n.kind === 'seq' ? n.items.map(plain) : Object.fromEntries(n.pairs.map((p) => [p.key, plain(p.value)]));
  const text = JSON.stringify(plain(node)) ?? 'null';
  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}

export default defineRule({
  id: 'sts-rolling-update-with-on-delete',
  meta: {
    severity: 'error', appliesTo: ['StatefulSet'], scope: 'document',
    docs: {
      summary:
        '`spec.updateStrategy.rollingUpdate` (partition, maxUnavailable) only applies to the `RollingUpdate` strategy; with `type: OnDelete` the apiserver rejects the StatefulSet.',
      remediation: 'Remove the `rollingUpdate` block, or change `type` to `RollingUpdate` if you meant a staged rollout with `partition`.',
      url: 'https://kubernetes.io/docs/concepts/workloads/controllers/statefulset/#update-strategies',
    },
    source: 'ValidateStatefulSetSpec',
  },
  messages: {
    message:
      'spec.updateStrategy.rollingUpdate: Invalid value: {0}: only allowed for updateStrategy \'RollingUpdate\' (spec.updateStrategy.type is "OnDelete")',
  },
  check(ctx) {
    const { resource } = ctx;
    const strategy = getPath(resource.root, 'spec.updateStrategy');
    if (getString(strategy, 'type')?.value !== 'OnDelete') return;
    const rollingUpdate = getKey(strategy, 'rollingUpdate');
    // `rollingUpdate:` alone decodes as nil, which is allowed.
    if (!rollingUpdate || !isSet(rollingUpdate)) return;
    return ctx.report({
      range: rollingUpdate.keyRange ?? rollingUpdate.range,
      path: 'spec.updateStrategy.rollingUpdate',
      messageId: 'message', args: [render(rollingUpdate)],
    });
  },
});
