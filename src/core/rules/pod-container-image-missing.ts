import { t } from '../l10n/messages';
import { getKey, trimmedRange } from '../model/access';
import { containersOf } from '../model/statefulSet';
import { isScalar } from '../model/types';
import { ruleDocs, type Finding, type Rule } from './types';

const ID = 'pod-container-image-missing';

export const podContainerImageMissing: Rule = {
  id: ID,
  appliesTo: ['StatefulSet'],
  severity: 'error',
  scope: 'document',
  docs: ruleDocs('pod-container-image-missing', 'https://kubernetes.io/docs/concepts/containers/images/'),
  check({ resource }) {
    const findings: Finding[] = [];
    for (const { node, list, index } of containersOf(resource)) {
      const image = getKey(node, 'image');
      const unset = image === undefined || (isScalar(image) && (image.value === null || image.value === ''));
      if (!unset) continue; // an image, or a value of the wrong type (the schema check's business)
      const name = getKey(node, 'name');
      // Underline the empty value, else the key, else the container's name, else the whole container.
      const range = isScalar(image) && image.value === '' ? image.range : (image?.keyRange ?? (isScalar(name) ? name.range : trimmedRange(node)));
            const path = `spec.template.spec.${list}[${index}].image`;
      const message =
        isScalar(name) && typeof name.value === 'string'
          ? t('rule.pod-container-image-missing.messageNamed', path, name.value)
          : t('rule.pod-container-image-missing.message', path);
      findings.push({ ruleId: ID, range, path, message });
    }
    return findings;
  },
};
