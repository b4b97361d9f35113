import { getKey } from '../model/access';
import { claimSpecs } from '../model/claimSpecs';
import { invalid } from '../model/fieldProblem';
import { dns1123SubdomainProblem } from '../model/names';
import { isScalar } from '../model/types';
import { defineRule } from './defineRule';
import { problemMessages, reportProblems } from './problemReport';

export default defineRule({
  id: 'vct-storage-class-invalid',
  meta: {
    refusedOnCreateSince: '1.34',
    severity: 'error', appliesTo: ['StatefulSet'], scope: 'document',
    docs: {
      summary:
        'A claim template\'s `spec.storageClassName` must be a DNS-1123 subdomain (lowercase letters, digits, `-` and `.`), as every StorageClass name is: `Premium_LRS` is refused. Since v1.34 the apiserver rejects the StatefulSet; older clusters fail to create every claim, so no pod starts.',
      remediation: 'Use the name of a StorageClass of the cluster exactly as `kubectl get storageclass` lists it (on AKS, for example, `managed-csi-premium`), or `""` for pre-provisioned volumes without a class.',
      url: 'https://kubernetes.io/docs/concepts/storage/storage-classes/',
    },
    source: 'ValidatePersistentVolumeClaimSpec',
  },
  messages: problemMessages('invalid'),
  check(ctx) {
    for (const { spec, path } of claimSpecs(ctx.resource)) {
      const name = getKey(spec, 'storageClassName');
      if (!isScalar(name) || typeof name.value !== 'string' || name.value === '') continue;
      const problem = dns1123SubdomainProblem(name.value);
      if (problem) reportProblems(ctx, [invalid(`${path}.storageClassName`, name.range, name.value, problem)]);
    }
  },
});
