import { t } from '../l10n/messages';
import { getKey, getMap, isSet } from '../model/access';
import { isEmptySelector, toLabelSelector } from '../model/labels';
import { isMap } from '../model/types';
import { ruleDocs, type Rule } from './types';

const ID = 'sts-selector-missing';

export const stsSelectorMissing: Rule = {
  id: ID,
  appliesTo: ['StatefulSet'],
  severity: 'error',
  scope: 'document',
  docs: ruleDocs('sts-selector-missing', 'https://kubernetes.io/docs/concepts/workloads/controllers/statefulset/#pod-selector'),
  check({ resource }) {
    const spec = getMap(resource.root, 'spec');
    const selector = getKey(spec, 'selector');
    if (!selector || !isSet(selector)) {
      // apps/v1beta1 (no longer served: sts-api-version-removed) defaulted the selector; apps/v1 does not.
      const message =
        resource.apiVersion?.value === 'apps/v1beta1' ? t('rule.sts-selector-missing.message.requiredV1beta1') : t('rule.sts-selector-missing.message.required');
      const range = selector?.keyRange ?? spec?.keyRange ?? resource.kind.range;
      return [{ ruleId: ID, range, path: 'spec.selector', message }];
    }
    // A selector of the wrong type is the schema check's business.
    const parsed = toLabelSelector(selector);
    if (!isMap(selector) || !parsed || !isEmptySelector(parsed)) return [];
    return [
      {
        ruleId: ID,
        range: selector.keyRange ?? selector.range,
        path: 'spec.selector',
        message: t('rule.sts-selector-missing.message.empty'),
      },
    ];
  },
};
