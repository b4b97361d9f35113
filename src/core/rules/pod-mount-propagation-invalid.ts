import { getKey } from '../model/access';
import { forbidden, unsupported, type FieldProblem } from '../model/fieldProblem';
import { templateContainers, type TemplateContainer } from '../model/podTemplate';
import { isScalar, isSeq } from '../model/types';
import { defineRule } from './defineRule';
import { problemMessages, replacementFix, reportProblems } from './problemReport';

// supportedMountPropagations, sorted as sets.String.List() prints them.
const PROPAGATIONS = ['Bidirectional', 'HostToContainer', 'None'];

export default defineRule({
  id: 'pod-mount-propagation-invalid',
  meta: {
    refusedOnCreateSince: '1.34',
    severity: 'error', appliesTo: ['StatefulSet'], scope: 'document',
    docs: {
      summary:
        'A `volumeMounts[].mountPropagation` other than `None`, `HostToContainer` or `Bidirectional` (case-sensitive), or `Bidirectional` in a container that is not `privileged: true`. Upstream prints the path of the list without the index (`…volumeMounts.mountPropagation`), and so do we. Since v1.34 the apiserver rejects the StatefulSet; older clusters fail every pod creation (`FailedCreate`).',
      remediation: 'Use `HostToContainer` to see mounts the host adds later; keep `Bidirectional` for privileged containers (CSI drivers) only.',
      url: 'https://kubernetes.io/docs/concepts/storage/volumes/#mount-propagation',
    },
    source: 'validateMountPropagation',
  },
  messages: { ...problemMessages('unsupported', 'forbidden'), 'fix.spelling': 'Change to {0}' },
  check(ctx) {
    for (const container of templateContainers(ctx.resource)) reportProblems(ctx, propagationProblems(container));
  },
  fixes(finding, ctx) {
    return replacementFix(finding, ctx, 'suggestion', (value) => ctx.t('fix.spelling', value));
  },
});

/** ValidateVolumeMounts → validateMountPropagation, with the container (a pod template has it). */
function propagationProblems(container: TemplateContainer): FieldProblem<'unsupported' | 'forbidden'>[] {
  const mounts = getKey(container.node, 'volumeMounts');
  if (!isSeq(mounts)) return [];
  const out: FieldProblem<'unsupported' | 'forbidden'>[] = [];
  let privileged: boolean | undefined;
  for (const mount of mounts.items) {
    // Most mounts have no mountPropagation: one look-up each, and no path built until there is a problem.
    const node = getKey(mount, 'mountPropagation');
    if (!isScalar(node) || typeof node.value !== 'string') continue;
    const path = `${container.path}.volumeMounts.mountPropagation`;
    if (!PROPAGATIONS.includes(node.value)) out.push(unsupported(path, node.range, node.value, PROPAGATIONS));
    if (node.value !== 'Bidirectional') continue;
    privileged ??= isPrivileged(container);
    if (!privileged) out.push(forbidden(path, node.range, 'Bidirectional mount propagation is available only to privileged containers'));
  }
  return out;
}

function isPrivileged(container: TemplateContainer): boolean {
  const flag = getKey(getKey(container.node, 'securityContext'), 'privileged');
  return isScalar(flag) && flag.value === true;
}
