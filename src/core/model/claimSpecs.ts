// Each PersistentVolumeClaim spec the apiserver validates with ValidatePersistentVolumeClaimSpec,
// with the path it prints: every claim template's `spec` (validateVolumeClaimTemplates, at
// `spec.volumeClaimTemplates[i].spec`), then every ephemeral volume's claim template
// (validateEphemeralVolumeSource → ValidatePersistentVolumeClaimTemplate, at
// `spec.template.spec.volumes[i].ephemeral.volumeClaimTemplate.spec`, indexed as podVolumes.ts
// indexes the validated volume list). Specs that are not maps are skipped: missing specs are
// vct-access-modes-missing's and pod-ephemeral-volume-invalid's, wrong types the schema check's.
import { getKey, getSeq } from './access';
import { memoByRoot } from './memoByRoot';
import { primarySource, validatedVolumes } from './podVolumes';
import type { Resource } from './resource';
import { isMap, type YMap } from './types';

export interface ClaimSpec {
  readonly spec: YMap;
  readonly path: string;
}

/** Once per document: every claim-template rule reads them. */
export const claimSpecs = memoByRoot((sts: Resource): readonly ClaimSpec[] => {
  const out: ClaimSpec[] = [];
  getSeq(sts.root, 'spec.volumeClaimTemplates')?.items.forEach((item, index) => {
    const spec = getKey(item, 'spec');
    if (isMap(spec)) out.push({ spec, path: `spec.volumeClaimTemplates[${index}].spec` });
  });
  for (const ephemeral of ephemeralClaimSpecs(sts)) out.push(ephemeral);
  return out;
});

/** The claim template specs of the ephemeral volumes (validateVolumeSource validates only a volume's first source). */
export function ephemeralClaimSpecs(sts: Resource): ClaimSpec[] {
  const out: ClaimSpec[] = [];
  for (const volume of validatedVolumes(sts).volumes) {
    const source = primarySource(volume);
    if (source?.key !== 'ephemeral') continue;
    const spec = getKey(getKey(source.node, 'volumeClaimTemplate'), 'spec');
    if (isMap(spec)) out.push({ spec, path: `${source.path}.volumeClaimTemplate.spec` });
  }
  return out;
}
