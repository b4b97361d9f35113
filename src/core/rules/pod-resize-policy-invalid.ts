import { atLeast } from '../model/kubernetesVersion';
import { getKey } from '../model/access';
import { duplicate, missingRange, required, unsupported, type FieldProblem } from '../model/fieldProblem';
import { quote } from '../model/names';
import { templateContainers, type TemplateContainer } from '../model/podTemplate';
import { isMap, isScalar, isSeq, type YMap } from '../model/types';
import { type CheckContext, defineRule } from './defineRule';
import { problemMessages, replacementFix, reportProblems } from './problemReport';
import { stringField } from './securityContextChecks';

// supportedResizeResources and supportedResizePolicies, sorted as sets.List prints them.
const RESOURCES = ['cpu', 'memory'];
const POLICIES = ['NotRequired', 'RestartContainer'];
/**
 * InPlacePodVerticalScaling is on by default from v1.33 (alpha since v1.27). While it is off,
 * dropDisabledPodFields drops every `resizePolicy` before validation, so nothing is refused.
 */
const RESIZE_CHECKED_SINCE = '1.33';
/**
 * From v1.33 (AllowSidecarResizePolicy follows the gate) any init container may carry a
 * resizePolicy, validated like a container's; only sidecars are ever resized. v1.36 refuses
 * `RestartContainer` on the others (kubernetes/kubernetes#137458, CHANGELOG-1.36).
 */
const PLAIN_INIT_RESTART_REFUSED_SINCE = '1.36';

type ResizeProblem = FieldProblem<'required' | 'unsupported' | 'duplicate'>;

export default defineRule({
  id: 'pod-resize-policy-invalid',
  meta: {
    refusedOnCreateSince: '1.34',
    severity: 'error', appliesTo: ['StatefulSet'], scope: 'document',
    docs: {
      summary:
        'A container\'s `resizePolicy` entry whose `resourceName` is not `cpu` or `memory`, whose `restartPolicy` is not `NotRequired` or `RestartContainer`, or that repeats a resource (init containers too); and, from v1.36, `RestartContainer` on an init container without `restartPolicy: Always`, which is never resized (kubernetes/kubernetes#137458; sidecars may use it). Upstream reports the first two at the list\'s path. Checked from v1.33, where the InPlacePodVerticalScaling gate is on by default; older clusters drop the field. Since v1.34 the apiserver rejects the StatefulSet; v1.33 fails every pod creation (`FailedCreate`).',
      remediation: 'List `cpu` and `memory` at most once each, with `restartPolicy: NotRequired` (resize in place) or `RestartContainer`.',
      url: 'https://kubernetes.io/docs/tasks/configure-pod-container/resize-container-resources/',
    },
    source: 'validateResizePolicy',
  },
  messages: {
    ...problemMessages('required', 'unsupported', 'duplicate'),
    plainInitRestart:
      '{0}: `RestartContainer` in the resizePolicy of init container {1}, which has no `restartPolicy: Always`: such init containers run to completion and are never resized, and from v1.36 the apiserver refuses this policy on them (kubernetes/kubernetes#137458)',
    'fix.spelling': 'Change to {0}',
  },
  check(ctx) {
    if (!atLeast(ctx.kubernetesVersion, RESIZE_CHECKED_SINCE)) return;
    const refusesPlainInit = atLeast(ctx.kubernetesVersion, PLAIN_INIT_RESTART_REFUSED_SINCE);
    for (const container of templateContainers(ctx.resource)) {
      reportProblems(ctx, resizeProblems(container));
      if (refusesPlainInit && container.list === 'initContainers' && !container.sidecar) checkPlainInit(ctx, container);
    }
  },
  fixes(finding, ctx) {
    return replacementFix(finding, ctx, 'suggestion', (value) => ctx.t('fix.spelling', value));
  },
});

/** kubernetes/kubernetes#137458: no `RestartContainer` on an init container that is not a sidecar. */
function checkPlainInit(ctx: CheckContext<'plainInitRestart'>, container: TemplateContainer): void {
  const policies = getKey(container.node, 'resizePolicy');
  if (!isSeq(policies)) return;
  const name = stringField(container.node, 'name');
  policies.items.forEach((item, index) => {
    const policy = isMap(item) ? stringField(item, 'restartPolicy') : undefined;
    if (policy?.value !== 'RestartContainer') return;
    const path = `${container.path}.resizePolicy[${index}].restartPolicy`;
    ctx.report({ range: policy.node.range, path, messageId: 'plainInitRestart', args: [path, name ? quote(name.value) : container.path], data: { suggestion: 'NotRequired' } });
  });
}

function resizeProblems(container: TemplateContainer): ResizeProblem[] {
  const policies = getKey(container.node, 'resizePolicy');
  if (!isSeq(policies)) return [];
  const out: ResizeProblem[] = [];
  const path = `${container.path}.resizePolicy`;
  const seen = new Set<string>();
  policies.items.forEach((item, index) => {
    if (!isMap(item)) return;
    const name = stringField(item, 'resourceName');
    const key = name?.value ?? '';
    if (seen.has(key)) out.push(duplicate(`${path}[${index}]`, name?.node.range ?? missingRange(item, undefined), key));
    seen.add(key);
    out.push(...enumProblems(item, 'resourceName', RESOURCES, path), ...enumProblems(item, 'restartPolicy', POLICIES, path));
  });
  return out;
}

/** An empty or unset value is `Required value`, another one `Unsupported value`, both at the list's path. */
function enumProblems(entry: YMap, key: string, supported: readonly string[], path: string): ResizeProblem[] {
  const node = getKey(entry, key);
  if (node === undefined || (isScalar(node) && (node.value === null || node.value === ''))) return [required(path, missingRange(entry, node))];
  if (!isScalar(node) || typeof node.value !== 'string' || supported.includes(node.value)) return [];
  return [unsupported(path, node.range, node.value, supported)];
}
