// Each claim template's `spec` with the path the apiserver prints for it
// (validateVolumeClaimTemplates → ValidatePersistentVolumeClaimSpec at
// `spec.volumeClaimTemplates[i].spec`). Templates whose `spec` is not a map are skipped: missing
// specs are vct-access-modes-missing's, wrong types the schema check's.
import { getKey, getSeq } from './access';
import { memoByRoot } from './memoByRoot';
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
  return out;
});
