// The pod template's spec, which the pod-level rules read (ValidatePodSpec runs on it).
import { getMap } from './access';
import type { Resource } from './resource';
import type { YMap } from './types';

export const POD_SPEC_PATH = 'spec.template.spec';

export function podSpecOf(sts: Resource): YMap | undefined {
  return getMap(sts.root, POD_SPEC_PATH);
}
