import { getKey } from '../model/access';
import { invalid, missingRange, required, type FieldProblem } from '../model/fieldProblem';
import { ephemeralClaimSpecs } from '../model/claimSpecs';
import { primarySource, validatedVolumes } from '../model/podVolumes';
import { decodeQuantity } from '../schema/quantity';
import { isMap, isScalar, isSeq, type YMap, type YNode } from '../model/types';
import { defineRule } from './defineRule';
import { problemMessages, reportProblems } from './problemReport';

type EphemeralProblem = FieldProblem<'invalid' | 'required'>;

export default defineRule({
  id: 'pod-ephemeral-volume-invalid',
  meta: {
    refusedOnCreateSince: '1.34',
    severity: 'error', appliesTo: ['StatefulSet'], scope: 'document',
    docs: {
      summary:
        'An `ephemeral` volume without a `volumeClaimTemplate`, or whose claim spec lacks what every PersistentVolumeClaim needs: at least one access mode and a positive `resources.requests.storage`. The rest of that spec (access mode values, storage class, volume mode, data sources) is checked by the claim-template rules, which validate it as the same PVC spec. Since v1.34 the apiserver rejects the StatefulSet; older clusters fail every pod creation (`FailedCreate`).',
      remediation: 'Give the volume `ephemeral.volumeClaimTemplate.spec` with `accessModes: ["ReadWriteOnce"]` and `resources.requests.storage` (for example `1Gi`).',
      url: 'https://kubernetes.io/docs/concepts/storage/ephemeral-volumes/#generic-ephemeral-volumes',
    },
    source: 'validateEphemeralVolumeSource',
  },
  messages: problemMessages('invalid', 'required'),
  check(ctx) {
    const problems: EphemeralProblem[] = [];
    for (const volume of validatedVolumes(ctx.resource).volumes) {
      const source = primarySource(volume);
      if (source?.key !== 'ephemeral') continue;
      const template = getKey(source.node, 'volumeClaimTemplate');
      if (template === undefined || (isScalar(template) && template.value === null)) {
        problems.push(required(`${source.path}.volumeClaimTemplate`, missingRange(source.node, template)));
      } else if (isMap(template) && !isMap(getKey(template, 'spec'))) {
        problems.push(...specProblems(template, undefined, `${source.path}.volumeClaimTemplate.spec`));
      }
    }
    for (const { spec, path } of ephemeralClaimSpecs(ctx.resource)) problems.push(...specProblems(spec, spec, path));
    reportProblems(ctx, problems);
  },
});

/**
 * ValidatePersistentVolumeClaimSpec's required parts: `accessModes` (at least one) and the storage
 * request, positive (ValidatePositiveQuantityValue). `anchor` is where a missing field is pointed at.
 */
function specProblems(anchor: YMap, spec: YMap | undefined, path: string): EphemeralProblem[] {
  const out: EphemeralProblem[] = [];
  const modes = getKey(spec, 'accessModes');
  if (!isSeq(modes) || modes.items.length === 0) {
    if (modes === undefined || isSeq(modes) || (isScalar(modes) && modes.value === null)) out.push(required(`${path}.accessModes`, missingRange(anchor, modes), 'at least 1 access mode is required'));
  }
  const storagePath = `${path}.resources[storage]`;
  const storage = getKey(getKey(getKey(spec, 'resources'), 'requests'), 'storage');
  if (storage === undefined || (isScalar(storage) && storage.value === null)) out.push(required(storagePath, missingRange(anchor, storage)));
  else if (isNotPositive(storage) && isScalar(storage)) out.push(invalid(storagePath, storage.range, canonical(storage.value), 'must be greater than zero'));
  return out;
}

/** Quantity.String() of a value found not positive: zero in any unit prints `0`. */
function canonical(value: unknown): string {
  const text = String(value);
  return decodeQuantity(text)?.sign === 0 ? '0' : text;
}

function isNotPositive(node: YNode): boolean {
  if (!isScalar(node)) return false;
  if (typeof node.value === 'number') return node.value <= 0;
  return typeof node.value === 'string' && (decodeQuantity(node.value)?.sign ?? 1) <= 0;
}
