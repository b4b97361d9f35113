import { dns1123LabelProblem } from '../model/names';
import { invalid } from '../model/fieldProblem';
import { validatedVolumes } from '../model/podVolumes';
import { defineRule } from './defineRule';
import { problemMessages, reportProblems } from './problemReport';

export default defineRule({
  id: 'vct-name-invalid',
  meta: {
    refusedOnCreateSince: '1.34',
    severity: 'error', appliesTo: ['StatefulSet'], scope: 'document',
    docs: {
      summary:
        'Each claim template becomes a pod volume of the same name, so `metadata.name` of a claim template must be a DNS-1123 label (at most 63 lowercase letters, digits and `-`). Since v1.34 the apiserver rejects the StatefulSet (at the volume it adds to the pod template for the claim); older clusters fail every pod creation instead.',
      remediation: 'Rename the claim template to a short lowercase name such as `data`, and rename the `volumeMounts` that use it. Claim templates cannot be changed after creation: recreate the StatefulSet if it exists.',
      url: 'https://kubernetes.io/docs/concepts/workloads/controllers/statefulset/#volume-claim-templates',
    },
    source: 'ValidateStatefulSetSpec',
  },
  messages: problemMessages('invalid'),
  check(ctx) {
    // Paths name the volume the apiserver adds for the claim (volumesToAddForTemplates), as it prints them.
    for (const claim of validatedVolumes(ctx.resource).claims) {
      const problem = claim.name.value === '' ? undefined : dns1123LabelProblem(claim.name.value);
      if (problem) reportProblems(ctx, [invalid(`${claim.path}.name`, claim.name.range, claim.name.value, problem)]);
    }
  },
});
