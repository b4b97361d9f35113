import { findRule } from '../../../src/core/rules/index';
import { WEB_EXAMPLE } from '../helpers';
import { appWithSecurityContext, podTemplate } from './fixtures';
import { ruleTester } from './ruleTester';

const SPEC = 'spec.template.spec';
const C = `${SPEC}.containers[0].securityContext`;
/** Pod spec lines (six spaces), then one container `app` whose securityContext has `sc` lines (ten spaces). */
const withPod = appWithSecurityContext;
const WINDOWS = 'cannot be set for a windows pod';

ruleTester.run(findRule('pod-os-invalid')!, {
  valid: [
    {
      name: 'accepts what validateOS, validateLinux and validateWindows accept: each system with its own options, and no os at all',
      code: [
        WEB_EXAMPLE,
        withPod('      os: {name: linux}\n      hostPID: false\n      securityContext:\n        runAsUser: 1000\n        sysctls: []\n', '          privileged: true\n          capabilities: {add: [NET_ADMIN]}\n'),
        withPod('      os:\n        name: windows\n      hostNetwork: true\n      securityContext:\n        windowsOptions: {runAsUserName: "NT AUTHORITY\\\\SYSTEM"}\n', '          windowsOptions: {hostProcess: true}\n          runAsNonRoot: false\n'),
        withPod('      securityContext:\n        windowsOptions: {gmsaCredentialSpecName: spec}\n'),
      ],
    },
    {
      name: 'leaves Windows pods their hostUsers and procMount before v1.33, where the gates that drop these fields are off',
      kubernetesVersion: '1.32',
      code: withPod('      os: {name: windows}\n      hostUsers: false\n', '          procMount: Default\n'),
    },
  ],
  invalid: [
    {
      name: 'reports an empty os.name (validateOS) and stops there',
      code: withPod('      os: {«name»: ""}\n      hostPID: true\n'),
      errors: [{ messageId: 'required', message: `${SPEC}.os.name: Required value: cannot be empty` }],
    },
    {
      name: 'reports an unknown os.name at spec.os, as NotSupported does, and fixes its case',
      code: withPod('      os: {name: «Windows»}\n      hostPID: true\n'),
      errors: [{ messageId: 'unsupported', message: `${SPEC}.os: Unsupported value: "Windows": supported values: "linux", "windows"` }],
      output: withPod('      os: {name: windows}\n      hostPID: true\n'),
    },
    {
      name: 'reports windowsOptions in a linux pod, in the pod and in every container (validateLinux)',
      code: podTemplate(
        '      os: {name: linux}\n      securityContext:\n        «windowsOptions»: {runAsUserName: x}\n      containers:\n      - name: app\n        image: app\n        securityContext:\n          «windowsOptions»: {hostProcess: false}\n' +
          '      initContainers:\n      - name: init\n        image: init\n        securityContext: {«windowsOptions»: {}}\n',
      ),
      errors: [
        { messageId: 'forbidden', message: `${SPEC}.securityContext.windowsOptions: Forbidden: windows options cannot be set for a linux pod` },
        { messageId: 'forbidden', message: `${C}.windowsOptions: Forbidden: windows options cannot be set for a linux pod` },
        { messageId: 'forbidden', args: [`${SPEC}.initContainers[0].securityContext.windowsOptions`, 'windows options cannot be set for a linux pod'] },
      ],
    },
    {
      name: 'reports the Linux-only fields of a windows pod at the paths validateWindows prints: the pod spec, its security context, each container',
      code: withPod(
        '      os: {name: windows}\n      «hostUsers»: true\n      «hostPID»: true\n      hostIPC: false\n      «shareProcessNamespace»: false\n      securityContext:\n' +
          '        «runAsUser»: 1000\n        «fsGroup»: 2000\n        sysctls: []\n        «supplementalGroups»: []\n        «seccompProfile»: {type: RuntimeDefault}\n        runAsGroup: null\n',
        '          «privileged»: false\n          «readOnlyRootFilesystem»: true\n          «capabilities»:\n            drop: [ALL]\n          «procMount»: Default\n          runAsNonRoot: true\n',
      ),
      errors: [
        { messageId: 'forbidden', message: `${SPEC}.hostUsers: Forbidden: ${WINDOWS}` },
        { messageId: 'forbidden', args: [`${SPEC}.hostPID`, WINDOWS] },
        { messageId: 'forbidden', args: [`${SPEC}.shareProcessNamespace`, WINDOWS] },
        { messageId: 'forbidden', args: [`${SPEC}.securityContext.runAsUser`, WINDOWS] },
        { messageId: 'forbidden', args: [`${SPEC}.securityContext.fsGroup`, WINDOWS] },
        { messageId: 'forbidden', args: [`${SPEC}.securityContext.supplementalGroups`, WINDOWS] },
        { messageId: 'forbidden', args: [`${SPEC}.securityContext.seccompProfile`, WINDOWS] },
        { messageId: 'forbidden', args: [`${C}.privileged`, WINDOWS] },
        { messageId: 'forbidden', args: [`${C}.readOnlyRootFilesystem`, WINDOWS] },
        { messageId: 'forbidden', args: [`${C}.capabilities`, WINDOWS] },
        { messageId: 'forbidden', args: [`${C}.procMount`, WINDOWS] },
      ],
    },
  ],
});
