import { findRule } from '../../../src/core/rules/index';
import { WEB_EXAMPLE } from '../helpers';
import { appWithSecurityContext, podTemplate } from './fixtures';
import { ruleTester } from './ruleTester';

const POD = 'spec.template.spec.securityContext';
const C = 'spec.template.spec.containers[0].securityContext';
/** Pod spec lines (six spaces) before one container `app` whose securityContext has `sc` lines (ten spaces). */
const withContext = appWithSecurityContext;
/** What the messages add for a target before v1.34, where the apiserver accepts the StatefulSet. */
const OLDER = ' (a Kubernetes 1.33 apiserver accepts the StatefulSet, then every pod creation fails: FailedCreate)';
const ID_RANGE = 'must be between 0 and 2147483647, inclusive';
const SYSCTL_REGEX = '^([a-z0-9]([-_a-z0-9]*[a-z0-9])?[\\./])*[a-z0-9]([-_a-z0-9]*[a-z0-9])?$';

ruleTester.run(findRule('pod-security-context-invalid')!, {
  valid: [
    {
      name: 'accepts what validatePodSpecSecurityContext and ValidateSecurityContext accept: ids in range, Localhost with a profile, known sysctls, privilege with escalation',
      code: [
        WEB_EXAMPLE,
        withContext(
          '      hostPID: true\n      securityContext:\n        runAsUser: 0\n        runAsGroup: 2147483647\n        fsGroup: 2000\n        supplementalGroups: [0, 4000]\n' +
            '        fsGroupChangePolicy: OnRootMismatch\n        sysctls:\n        - {name: net.core.somaxconn, value: "1024"}\n        - {name: kernel/shm_rmid_forced, value: "0"}\n' +
            '        seccompProfile: {type: Localhost, localhostProfile: profiles/audit.json}\n        appArmorProfile: {type: RuntimeDefault}\n',
          '          privileged: true\n          allowPrivilegeEscalation: true\n          capabilities: {add: [NET_ADMIN, NOT_A_REAL_CAP]}\n          procMount: Default\n          seccompProfile: {type: RuntimeDefault}\n          appArmorProfile: {type: Localhost, localhostProfile: k8s-nginx}\n',
        ),
      ],
    },
    {
      name: 'accepts sysctls of a namespace the pod does not share with the host (ValidateHostSysctl) and a known supplementalGroupsPolicy',
      code: [
        withContext('      hostNetwork: true\n      securityContext:\n        supplementalGroupsPolicy: Strict\n        sysctls:\n        - {name: kernel.shm_rmid_forced, value: "1"}\n        - {name: kernel.domainname, value: x}\n'),
        withContext('      hostIPC: true\n      securityContext:\n        supplementalGroupsPolicy: Merge\n        sysctls:\n        - {name: net.core.somaxconn, value: "1024"}\n        - {name: kernel.shmall.x, value: "1"}\n'),
      ],
    },
    {
      name: 'leaves supplementalGroupsPolicy alone before v1.33, where the SupplementalGroupsPolicy gate is off and the field is dropped',
      kubernetesVersion: '1.32',
      code: withContext('      securityContext:\n        supplementalGroupsPolicy: Loose\n'),
    },
    {
      name: 'leaves procMount alone before v1.33, where the ProcMountType gate is off and the field is dropped',
      kubernetesVersion: '1.32',
      code: withContext('', '          procMount: Masked\n'),
    },
  ],
  invalid: [
    {
      name: 'reports pod ids out of range, a bad fsGroupChangePolicy and malformed or repeated sysctls (validatePodSpecSecurityContext, validateSysctls)',
      code: withContext(
        '      securityContext:\n        runAsUser: «-1»\n        fsGroup: «2147483648»\n        supplementalGroups: [1000, «-5»]\n        fsGroupChangePolicy: «Sometimes»\n' +
          '        sysctls:\n        - {name: «Net.Core», value: "1"}\n        - {name: kernel.msgmax, value: "1"}\n        - {name: «kernel.msgmax», value: "2"}\n',
      ),
      errors: [
        { messageId: 'invalid', message: `${POD}.runAsUser: Invalid value: -1: ${ID_RANGE}` },
        { messageId: 'invalid', message: `${POD}.fsGroup: Invalid value: 2147483648: ${ID_RANGE}` },
        { messageId: 'invalid', message: `${POD}.supplementalGroups[1]: Invalid value: -5: ${ID_RANGE}` },
        { messageId: 'unsupported', message: `${POD}.fsGroupChangePolicy: Unsupported value: "Sometimes": supported values: "Always", "OnRootMismatch"` },
        { messageId: 'invalid', message: `${POD}.sysctls[0].name: Invalid value: "Net.Core": must have at most 253 characters and match regex ${SYSCTL_REGEX}` },
        { messageId: 'duplicate', message: `${POD}.sysctls[2].name: Duplicate value: "kernel.msgmax"` },
      ],
    },
    {
      name: 'reports allowPrivilegeEscalation: false with privileged: true and with CAP_SYS_ADMIN (ValidateSecurityContext)',
      code: withContext('', '          privileged: true\n          allowPrivilegeEscalation: «false»\n          capabilities:\n            add: [«CAP_SYS_ADMIN»]\n'),
      errors: [
        {
          messageId: 'privilegedNoEscalation',
          message: `${C}: Invalid value: the security context (allowPrivilegeEscalation: false, privileged: true): cannot set \`allowPrivilegeEscalation\` to false and \`privileged\` to true`,
        },
        {
          messageId: 'sysAdminNoEscalation',
          message: `${C}: Invalid value: the security context (allowPrivilegeEscalation: false, capabilities.add: [CAP_SYS_ADMIN]): cannot set \`allowPrivilegeEscalation\` to false and \`capabilities.Add\` CAP_SYS_ADMIN`,
        },
      ],
    },
    {
      name: 'reports seccomp and AppArmor profiles validateSeccompProfileField and ValidateAppArmorProfileField refuse',
      code: withContext(
        '      securityContext:\n        «seccompProfile»: {type: Localhost}\n        appArmorProfile: {type: Unconfined, localhostProfile: «x»}\n',
        '          seccompProfile: {type: RuntimeDefault, localhostProfile: «profiles/a.json»}\n          appArmorProfile: {type: «unconfined»}\n',
      ),
      errors: [
        { messageId: 'required', message: `${POD}.seccompProfile.localhostProfile: Required value: must be set when seccomp type is Localhost` },
        { messageId: 'invalid', message: `${POD}.appArmorProfile.localhostProfile: Invalid value: "x": can only be set when AppArmor type is Localhost` },
        { messageId: 'invalid', message: `${C}.seccompProfile.localhostProfile: Invalid value: "profiles/a.json": can only be set when seccomp type is Localhost` },
        { messageId: 'unsupported', message: `${C}.appArmorProfile.type: Unsupported value: "unconfined": supported values: "Localhost", "RuntimeDefault", "Unconfined"` },
      ],
    },
    {
      name: 'reports Localhost seccomp profiles outside the profile root (validateLocalDescendingPath) and an unknown seccomp type',
      code: podTemplate(
        '      securityContext:\n        seccompProfile: {type: «Default»}\n      containers:\n      - name: a\n        image: a\n        securityContext:\n' +
          '          seccompProfile: {type: Localhost, localhostProfile: «/abs.json»}\n      - name: b\n        image: b\n        securityContext:\n' +
          '          seccompProfile: {type: Localhost, localhostProfile: «a/../b.json»}\n',
      ),
      errors: [
        { messageId: 'unsupported', message: `${POD}.seccompProfile.type: Unsupported value: "Default": supported values: "RuntimeDefault", "Unconfined", "Localhost"` },
        { messageId: 'invalid', message: `${C}.seccompProfile.localhostProfile: Invalid value: "/abs.json": must be a relative path` },
        { messageId: 'invalid', message: `spec.template.spec.containers[1].securityContext.seccompProfile.localhostProfile: Invalid value: "a/../b.json": must not contain '..'` },
      ],
    },
    {
      name: 'reports procMount values ValidateProcMountType refuses from v1.33, and Unmasked without hostUsers: false',
      kubernetesVersion: '1.33',
      code: withContext('', '          procMount: «Masked»\n          runAsGroup: «-1»\n'),
      errors: [
        { messageId: 'unsupported', message: `${C}.procMount: Unsupported value: "Masked": supported values: "Default", "Unmasked"${OLDER}` },
        { messageId: 'invalid', message: `${C}.runAsGroup: Invalid value: -1: ${ID_RANGE}${OLDER}` },
      ],
    },
    {
      name: 'reports network sysctls with hostNetwork and IPC sysctls with hostIPC, slash-separated names too (ValidateHostSysctl via sysctl.GetNamespace)',
      code: withContext(
        '      hostNetwork: true\n      hostIPC: true\n      securityContext:\n        sysctls:\n        - {name: «net.core.somaxconn», value: "1024"}\n' +
          '        - {name: «net/ipv4/conf/eno2.100/rp_filter», value: "1"}\n        - {name: «kernel/shm_rmid_forced», value: "1"}\n        - {name: «fs.mqueue.msg_max», value: "10"}\n' +
          '        - {name: «kernel.sem», value: "1"}\n        - {name: kernel.semx, value: "1"}\n',
      ),
      errors: [
        { messageId: 'invalid', message: `${POD}.sysctls[0].name: Invalid value: "net.core.somaxconn": may not be specified when 'hostNetwork' is true` },
        { messageId: 'invalid', message: `${POD}.sysctls[1].name: Invalid value: "net/ipv4/conf/eno2.100/rp_filter": may not be specified when 'hostNetwork' is true` },
        { messageId: 'invalid', message: `${POD}.sysctls[2].name: Invalid value: "kernel/shm_rmid_forced": may not be specified when 'hostIPC' is true` },
        { messageId: 'invalid', message: `${POD}.sysctls[3].name: Invalid value: "fs.mqueue.msg_max": may not be specified when 'hostIPC' is true` },
        { messageId: 'invalid', message: `${POD}.sysctls[4].name: Invalid value: "kernel.sem": may not be specified when 'hostIPC' is true` },
      ],
    },
    {
      name: 'reports a supplementalGroupsPolicy validateSupplementalGroupsPolicy refuses, and fixes its case',
      code: withContext('      securityContext:\n        supplementalGroupsPolicy: «strict»\n'),
      errors: [{ messageId: 'unsupported', message: `${POD}.supplementalGroupsPolicy: Unsupported value: "strict": supported values: "Merge", "Strict"` }],
      output: withContext('      securityContext:\n        supplementalGroupsPolicy: Strict\n'),
    },
    {
      name: 'reports procMount Unmasked in a pod that shares the host user namespace',
      code: withContext('', '          procMount: «Unmasked»\n'),
      errors: [{ messageId: 'invalid', message: `${C}.procMount: Invalid value: "Unmasked": \`hostUsers\` must be false to use \`Unmasked\`` }],
    },
    {
      name: 'reports hostPID with shareProcessNamespace at the path of the internal security context',
      code: withContext('      hostPID: true\n      shareProcessNamespace: «true»\n'),
      errors: [{ messageId: 'invalid', message: `${POD}.shareProcessNamespace: Invalid value: true: ShareProcessNamespace and HostPID cannot both be enabled` }],
    },
    {
      name: "warns about runAsNonRoot with runAsUser 0, which the kubelet's verifyRunAsNonRoot refuses, once per runAsUser written",
      code: podTemplate(
        '      securityContext:\n        runAsNonRoot: true\n        runAsUser: «0»\n      containers:\n      - name: a\n        image: a\n      - name: b\n        image: b\n' +
          '      - name: c\n        image: c\n        securityContext: {runAsUser: 1000}\n      initContainers:\n      - name: init\n        image: i\n        securityContext: {runAsNonRoot: true, runAsUser: «0»}\n',
      ),
      errors: [
        {
          messageId: 'rootWithNonRoot',
          severity: 'warning',
          message: `${POD}.runAsUser: runAsUser is 0 while runAsNonRoot is true: the apiserver accepts it, but the kubelet refuses to start container "a" (CreateContainerConfigError: container's runAsUser breaks non-root policy)`,
        },
        { messageId: 'rootWithNonRoot', severity: 'warning', args: ['spec.template.spec.initContainers[0].securityContext.runAsUser', '"init"'] },
      ],
    },
  ],
});
