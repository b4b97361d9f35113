import { t } from '../l10n/messages';
import { getKey, getPath, getString, isSet } from '../model/access';
import type { YNode } from '../model/types';
import { ruleDocs, type Rule } from './types';

const ID = 'sts-rolling-update-with-on-delete';

/** The block as compact JSON for the message (the apiserver prints the Go struct). */
function render(node: YNode): string {
  const plain = (n: YNode): unknown =>
    n.kind === 'scalar' ? n.value : n.kind === 'seq' ? n.items.map(plain) : Object.fromEntries(n.pairs.map((p) => [p.key, plain(p.value)]));
  const text = JSON.stringify(plain(node)) ?? 'null';
  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}

export const stsRollingUpdateWithOnDelete: Rule = {
  id: ID,
  appliesTo: ['StatefulSet'],
  severity: 'error',
  scope: 'document',
  docs: ruleDocs('sts-rolling-update-with-on-delete', 'https://kubernetes.io/docs/concepts/workloads/controllers/statefulset/#update-strategies'),
  check({ resource }) {
    const strategy = getPath(resource.root, 'spec.updateStrategy');
    if (getString(strategy, 'type')?.value !== 'OnDelete') return [];
    const rollingUpdate = getKey(strategy, 'rollingUpdate');
    // `rollingUpdate:` alone decodes as nil, which is allowed.
    if (!rollingUpdate || !isSet(rollingUpdate)) return [];
    return [
      {
        ruleId: ID,
        range: rollingUpdate.keyRange ?? rollingUpdate.range,
        path: 'spec.updateStrategy.rollingUpdate',
        message: t('rule.sts-rolling-update-with-on-delete.message', render(rollingUpdate)),
      },
    ];
  },
};
