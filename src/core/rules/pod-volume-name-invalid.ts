import { getKey } from '../model/access';
import { invalid, missingRange, required, type FieldProblem } from '../model/fieldProblem';
import { dns1123LabelProblem } from '../model/names';
import { validatedVolumes, type TemplateVolume } from '../model/podVolumes';
import { isScalar } from '../model/types';
import { defineRule } from './defineRule';
import { problemMessages, reportProblems } from './problemReport';

export default defineRule({
  id: 'pod-volume-name-invalid',
  meta: {
    refusedOnCreateSince: '1.34',
    severity: 'error', appliesTo: ['StatefulSet'], scope: 'document',
    docs: {
      summary:
        'Every volume in `spec.template.spec.volumes` needs a `name` that is a DNS-1123 label (at most 63 lowercase letters, digits and `-`). Since v1.34 the apiserver rejects the StatefulSet; older clusters fail every pod creation instead. The apiserver validates a copy of the template with one volume per claim template first, so its paths count those volumes too.',
      remediation: 'Give the volume a short lowercase name such as `config` or `tls-certs`, and use the same name in the `volumeMounts` that refer to it.',
      url: 'https://kubernetes.io/docs/concepts/storage/volumes/',
    },
    source: 'ValidateVolumes',
  },
  messages: problemMessages('invalid', 'required'),
  check(ctx) {
    for (const volume of validatedVolumes(ctx.resource).volumes) reportProblems(ctx, nameProblems(volume));
  },
});

function nameProblems(volume: TemplateVolume): FieldProblem<'invalid' | 'required'>[] {
  const path = `${volume.path}.name`;
  const name = getKey(volume.node, 'name');
  if (name === undefined || (isScalar(name) && (name.value === null || name.value === ''))) {
    return [required(path, isScalar(name) && name.value === '' ? name.range : missingRange(volume.node, name))];
  }
  if (!isScalar(name) || typeof name.value !== 'string') return []; // wrong type: the schema check's business
  const problem = dns1123LabelProblem(name.value);
  return problem ? [invalid(path, name.range, name.value, problem)] : [];
}
