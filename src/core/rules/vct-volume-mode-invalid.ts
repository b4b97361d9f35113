import { getKey } from '../model/access';
import { claimSpecs } from '../model/claimSpecs';
import { unsupported } from '../model/fieldProblem';
import { isScalar } from '../model/types';
import { PERSISTENT_VOLUME_MODES } from '../model/enums';
import { defineRule } from './defineRule';
import { problemMessages, replacementFix, reportProblems } from './problemReport';

export default defineRule({
  id: 'vct-volume-mode-invalid',
  meta: {
    refusedOnCreateSince: '1.34',
    severity: 'error', appliesTo: ['StatefulSet'], scope: 'document',
    docs: {
      summary:
        'A claim template\'s `spec.volumeMode` must be `Filesystem` (the default) or `Block`, spelled exactly so. Since v1.34 the apiserver rejects the StatefulSet; older clusters fail to create every claim, so no pod starts.',
      remediation: 'Write `Filesystem` (or remove the field) for a mounted file system, `Block` for a raw device used through `volumeDevices`.',
      url: 'https://kubernetes.io/docs/concepts/storage/persistent-volumes/#volume-mode',
    },
    source: 'ValidatePersistentVolumeClaimSpec',
  },
  messages: { ...problemMessages('unsupported'), 'fix.spelling': 'Change to {0}' },
  check(ctx) {
    for (const { spec, path } of claimSpecs(ctx.resource)) {
      const mode = getKey(spec, 'volumeMode');
      // Unset and null are nil; `""` is a value upstream refuses as well.
      if (!isScalar(mode) || typeof mode.value !== 'string' || PERSISTENT_VOLUME_MODES.includes(mode.value)) continue;
      reportProblems(ctx, [unsupported(`${path}.volumeMode`, mode.range, mode.value, PERSISTENT_VOLUME_MODES)]);
    }
  },
  fixes(finding, ctx) {
    return replacementFix(finding, ctx, 'suggestion', (mode) => ctx.t('fix.spelling', mode));
  },
});
