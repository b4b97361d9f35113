import { getKey } from '../model/access';
import { claimSpecs } from '../model/claimSpecs';
import { forbidden, unsupported, type FieldProblem } from '../model/fieldProblem';
import { isScalar, isSeq, type YMap } from '../model/types';
import { defineRule } from './defineRule';
import { problemMessages, replacementFix, reportProblems } from './problemReport';

// supportedAccessModes, in the sorted order NotSupported lists them.
const ACCESS_MODES = ['ReadOnlyMany', 'ReadWriteMany', 'ReadWriteOnce', 'ReadWriteOncePod'];
const RWOP = 'ReadWriteOncePod';

export default defineRule({
  id: 'vct-access-modes-invalid',
  meta: {
    refusedOnCreateSince: '1.34',
    severity: 'error', appliesTo: ['StatefulSet'], scope: 'document',
    docs: {
      summary:
        'A claim template\'s `spec.accessModes` may only hold `ReadWriteOnce`, `ReadOnlyMany`, `ReadWriteMany` and `ReadWriteOncePod` (case-sensitive), and `ReadWriteOncePod` only alone. Since v1.34 the apiserver rejects the StatefulSet; older clusters fail to create every claim, so no pod starts.',
      remediation: 'Spell the mode exactly (`ReadWriteOnce` for a disk used by one node); keep `ReadWriteOncePod` as the only mode when one pod must own the volume.',
      url: 'https://kubernetes.io/docs/concepts/storage/persistent-volumes/#access-modes',
    },
    source: 'ValidatePersistentVolumeClaimSpec',
  },
  messages: { ...problemMessages('unsupported', 'forbidden'), 'fix.spelling': 'Change to {0}' },
  check(ctx) {
    for (const { spec, path } of claimSpecs(ctx.resource)) reportProblems(ctx, modeProblems(spec, `${path}.accessModes`));
  },
  fixes(finding, ctx) {
    return replacementFix(finding, ctx, 'suggestion', (mode) => ctx.t('fix.spelling', mode));
  },
});

function modeProblems(spec: YMap, path: string): FieldProblem<'unsupported' | 'forbidden'>[] {
  const modes = getKey(spec, 'accessModes');
  if (!isSeq(modes)) return []; // missing: vct-access-modes-missing; another type: the schema check
  const out: FieldProblem<'unsupported' | 'forbidden'>[] = [];
  let podOnly = false;
  let others = false;
  for (const mode of modes.items) {
    if (!isScalar(mode) || typeof mode.value !== 'string') continue;
    if (!ACCESS_MODES.includes(mode.value)) out.push(unsupported(path, mode.range, mode.value, ACCESS_MODES));
    else if (mode.value === RWOP) podOnly = true;
    else others = true;
  }
  if (podOnly && others) out.push(forbidden(path, modes.keyRange ?? modes.range, 'may not use ReadWriteOncePod with other access modes'));
  return out;
}
