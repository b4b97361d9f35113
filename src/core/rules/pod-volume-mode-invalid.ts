import { invalid } from '../model/fieldProblem';
import { validatedVolumes } from '../model/podVolumes';
import { isScalar } from '../model/types';
import { volumeFilesOf, type ModeField } from '../model/volumeFiles';
import { defineRule, type CheckContext } from './defineRule';
import { problemMessages, replacementFix, reportProblems } from './problemReport';

const MODE_MAX = 0o777;
const MODE_DETAIL = 'must be a number between 0 and 0777 (octal), both inclusive';

export default defineRule({
  id: 'pod-volume-mode-invalid',
  meta: {
    refusedOnCreateSince: '1.34',
    severity: 'error', appliesTo: ['StatefulSet'], scope: 'document',
    docs: {
      summary:
        'File modes of Secret, ConfigMap, downward API and projected volumes (`defaultMode`, `items[].mode`) must be between 0 and 0777 (511). YAML 1.1, which Kubernetes uses, reads `0644` as octal (420) but `644` as the decimal number 644, which is out of range. Since v1.34 the apiserver rejects the StatefulSet; older clusters fail every pod creation instead.',
      remediation: 'Write the mode in octal with a leading zero (`defaultMode: 0644`, or `0400` for a private key), or as its decimal value (`420`). In JSON, which has no octal, use the decimal value.',
      url: 'https://kubernetes.io/docs/concepts/configuration/secret/#secret-files-permissions',
    },
    source: 'validateSecretVolumeSource',
  },
  messages: {
    ...problemMessages('invalid'),
    decimal:
      '{0}: Invalid value: {1}: must be a number between 0 and 0777 (octal), both inclusive; YAML reads {1} as a decimal number, write {2} (with the leading 0, YAML 1.1 reads it as octal)',
    'fix.octal': 'Write {0} (octal)',
  },
  check(ctx) {
    for (const volume of validatedVolumes(ctx.resource).volumes) {
      for (const mode of volumeFilesOf(volume).modes) checkMode(ctx, mode);
    }
  },
  fixes(finding, ctx) {
    return replacementFix(finding, ctx, 'replacement', (octal) => ctx.t('fix.octal', octal));
  },
});

function checkMode(ctx: CheckContext<'invalid' | 'decimal'>, { node, path }: ModeField): void {
  if (!isScalar(node) || typeof node.value !== 'number' || !Number.isInteger(node.value)) return; // the schema's business
  const value = node.value;
  if (value >= 0 && value <= MODE_MAX) return;
  const octal = octalSpelling(value);
  if (octal) {
    ctx.report({ messageId: 'decimal', args: [path, String(value), octal], range: node.range, path, data: { replacement: octal } });
  } else {
    reportProblems(ctx, [invalid(path, node.range, value, MODE_DETAIL)]);
  }
}

/** `0644` for 644: a three-digit decimal whose digits read as an octal mode (what was meant). */
function octalSpelling(value: number): string | undefined {
  const digits = String(value);
  return /^[0-7]{3}$/.test(digits) ? `0${digits}` : undefined;
}
