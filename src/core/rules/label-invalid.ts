import { getKey, getPath, getSeq } from '../model/access';
import type { FieldProblem } from '../model/fieldProblem';
import { labelMapProblems } from '../model/labelSyntax';
import { isKind, type Resource } from '../model/resource';
import { defineRule } from './defineRule';
import { problemMessages, reportProblems } from './problemReport';

export default defineRule({
  id: 'label-invalid',
  meta: {
    refusedOnCreateSince: '1.34',
    severity: 'error', appliesTo: ['StatefulSet', 'Service'], scope: 'document',
    docs: {
      summary:
        'Label keys must be qualified names (an optional DNS subdomain prefix and `/`, then at most 63 letters, digits, `-`, `_` or `.`, starting and ending with a letter or digit) and label values at most 63 such characters (or empty). This holds for `metadata.labels`, the pod template labels, the claim template labels, a Service `spec.selector` and the pod `nodeSelector`. The apiserver rejects the object otherwise (the pod template since v1.34; older clusters fail every pod creation instead).',
      remediation:
        'Shorten the key or value and replace spaces, `:` and other characters by `-`, `_` or `.`; quote values that YAML would otherwise read as numbers or booleans.',
      url: 'https://kubernetes.io/docs/concepts/overview/working-with-objects/labels/#syntax-and-character-set',
    },
    source: 'ValidateLabels',
  },
  messages: problemMessages('invalid'),
  check(ctx) {
    reportProblems(ctx, labelProblemsOf(ctx.resource));
  },
});

/** Every label map the apiserver passes to ValidateLabels for this resource (or for its pods and claims). */
function labelProblemsOf(resource: Resource): FieldProblem<'invalid'>[] {
  const { root } = resource;
  const out = labelMapProblems(getPath(root, 'metadata.labels'), 'metadata.labels');
  if (isKind(resource, 'Service')) return out.concat(labelMapProblems(getPath(root, 'spec.selector'), 'spec.selector'));
  out.push(...labelMapProblems(getPath(root, 'spec.template.metadata.labels'), 'spec.template.metadata.labels'));
  out.push(...labelMapProblems(getPath(root, 'spec.template.spec.nodeSelector'), 'spec.template.spec.nodeSelector'));
  // Claim labels are checked when the controller creates each claim (ValidateObjectMeta of the PVC).
  getSeq(root, 'spec.volumeClaimTemplates')?.items.forEach((item, index) => {
    const path = `spec.volumeClaimTemplates[${index}].metadata.labels`;
    out.push(...labelMapProblems(getKey(getKey(item, 'metadata'), 'labels'), path));
  });
  return out;
}
