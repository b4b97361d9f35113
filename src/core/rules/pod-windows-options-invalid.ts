// Windows security options as ValidatePodSpec checks them whatever the pod's `os.name`:
// validateWindowsSecurityContextOptions in the pod's and each container's security context
// (validatePodSpecSecurityContext, ValidateSecurityContext), then validateWindowsHostProcessPod.
import { getKey } from '../model/access';
import { invalid, type FieldProblem } from '../model/fieldProblem';
import { POD_SPEC_PATH, podSpecOf } from '../model/podSpec';
import { templateContainers, type TemplateContainer } from '../model/podTemplate';
import { isMap, isScalar, type Range, type YMap, type YNode } from '../model/types';
import { defineRule } from './defineRule';
import { problemMessages, reportProblems } from './problemReport';
import { windowsOptionsOf, windowsOptionsProblems } from './windowsOptionsChecks';

type Problem = FieldProblem<'invalid'>;

export default defineRule({
  id: 'pod-windows-options-invalid',
  meta: {
    refusedOnCreateSince: '1.34',
    severity: 'error', appliesTo: ['StatefulSet'], scope: 'document',
    docs: {
      summary:
        'Pod or container `securityContext.windowsOptions` the apiserver refuses: a `gmsaCredentialSpecName` that is no DNS-1123 subdomain, an empty `gmsaCredentialSpec` or one over 64 KiB, a `runAsUserName` that is empty, has control characters or more than one `\\`, a domain over 255 bytes or in neither NetBIOS nor DNS form, a user that is empty, over 104 bytes, only dots and spaces, or holds one of `"/\\:;|=,+*?<>@[]`; and HostProcess pods where a container\'s `hostProcess` differs from the pod\'s, only some containers are HostProcess containers, or `hostNetwork` is not true. Since v1.34 the apiserver rejects the StatefulSet; older clusters fail every pod creation (`FailedCreate`).',
      remediation: 'Name a GMSACredentialSpec object in `gmsaCredentialSpecName`; write `runAsUserName` as `DOMAIN\\user` or `user`; for HostProcess containers set `hostProcess: true` once at the pod level and `hostNetwork: true`.',
      url: 'https://kubernetes.io/docs/tasks/configure-pod-container/create-hostprocess-pod/',
    },
    source: 'validateWindowsHostProcessPod',
  },
  messages: problemMessages('invalid'),
  check(ctx) {
    const podSpec = podSpecOf(ctx.resource);
    if (!podSpec) return;
    const podOptions = windowsOptionsOf(contextOf(podSpec));
    const podPath = `${POD_SPEC_PATH}.securityContext.windowsOptions`;
    const containers = templateContainers(ctx.resource).map((c) => ({ container: c, options: windowsOptionsOf(contextOf(c.node)) }));
    const problems = podOptions ? windowsOptionsProblems(podOptions, podPath) : [];
    for (const { container, options } of containers) if (options) problems.push(...windowsOptionsProblems(options, `${container.path}.securityContext.windowsOptions`));
    reportProblems(ctx, [...problems, ...hostProcessProblems(podSpec, podOptions, containers)]);
  },
});

function contextOf(node: YMap): YMap | undefined {
  const context = getKey(node, 'securityContext');
  return isMap(context) ? context : undefined;
}

/** `hostProcess` when it is a bool; undefined when unset (or of another type: the schema check's). */
function hostProcessOf(options: YMap | undefined): { value: boolean; node: YNode } | undefined {
  const node = getKey(options, 'hostProcess');
  return isScalar(node) && typeof node.value === 'boolean' ? { value: node.value, node } : undefined;
}

interface ContainerOptions {
  readonly container: TemplateContainer;
  readonly options: YMap | undefined;
}

/** validateWindowsHostProcessPod: containers agree with the pod, all or none are HostProcess, and then hostNetwork. */
function hostProcessProblems(podSpec: YMap, podOptions: YMap | undefined, containers: readonly ContainerOptions[]): Problem[] {
  const pod = hostProcessOf(podOptions);
  const out: Problem[] = [];
  const plain: TemplateContainer[] = [];
  let firstTrue = pod?.value ? pod.node : undefined;
  for (const { container, options } of containers) {
    const own = hostProcessOf(options);
    if (pod && own && pod.value !== own.value) {
      const detail = `pod hostProcess value must be identical if both are specified, was ${pod.value}`;
      out.push(invalid(`${container.path}.securityContext.windowsOptions.hostProcess`, own.node.range, own.value, detail));
    }
    if (own?.value) firstTrue ??= own.node;
    if (!(own ? own.value : pod?.value)) plain.push(container);
  }
  if (!firstTrue || plain.length === containers.length) return out;
  if (plain.length > 0) out.push(invalid(POD_SPEC_PATH, containerRange(plain[0]), '', 'If pod contains any hostProcess containers then all containers must be HostProcess containers'));
  const hostNetwork = getKey(podSpec, 'hostNetwork');
  if (!(isScalar(hostNetwork) && hostNetwork.value === true)) {
    out.push(invalid(`${POD_SPEC_PATH}.hostNetwork`, (hostNetwork ?? firstTrue).range, false, 'hostNetwork must be true if pod contains any hostProcess containers'));
  }
  return out;
}

/** A container is pointed at by its name (or its first key when it has none). */
function containerRange(container: TemplateContainer): Range {
  const name = getKey(container.node, 'name');
  return name?.range ?? container.node.pairs[0]?.keyRange ?? container.node.range;
}
