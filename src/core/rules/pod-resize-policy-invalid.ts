import { atLeast } from '../model/kubernetesVersion';
import { getKey } from '../model/access';
import { duplicate, missingRange, required, unsupported, type FieldProblem } from '../model/fieldProblem';
import { templateContainers, type TemplateContainer } from '../model/podTemplate';
import { isMap, isScalar, isSeq, type YMap } from '../model/types';
import { defineRule } from './defineRule';
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

type ResizeProblem = FieldProblem<'required' | 'unsupported' | 'duplicate'>;

export default defineRule({
  id: 'pod-resize-policy-invalid',
  meta: {
    refusedOnCreateSince: '1.34',
    severity: 'error', appliesTo: ['StatefulSet'], scope: 'document',
    docs: {
      summary:
        'A container\'s `resizePolicy` entry whose `resourceName` is not `cpu` or `memory`, whose `restartPolicy` is not `NotRequired` or `RestartContainer`, or that repeats a resource. Upstream reports the first two at the list\'s path. Checked from v1.33, where the InPlacePodVerticalScaling gate is on by default; older clusters drop the field. Since v1.34 the apiserver rejects the StatefulSet; v1.33 fails every pod creation (`FailedCreate`).',
      remediation: 'List `cpu` and `memory` at most once each, with `restartPolicy: NotRequired` (resize in place) or `RestartContainer`.',
      url: 'https://kubernetes.io/docs/tasks/configure-pod-container/resize-container-resources/',
    },
    source: 'validateResizePolicy',
  },
  messages: { ...problemMessages('required', 'unsupported', 'duplicate'), 'fix.spelling': 'Change to {0}' },
  check(ctx) {
    if (!atLeast(ctx.kubernetesVersion, RESIZE_CHECKED_SINCE)) return;
    for (const container of templateContainers(ctx.resource)) reportProblems(ctx, resizeProblems(container));
  },
  fixes(finding, ctx) {
    return replacementFix(finding, ctx, 'suggestion', (value) => ctx.t('fix.spelling', value));
  },
});

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
