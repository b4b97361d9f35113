import { findRule } from '../../../src/core/rules/index';
import { WEB_EXAMPLE } from '../helpers';
import { appPod, podTemplate } from './fixtures';
import { ruleTester } from './ruleTester';

const C = 'spec.template.spec.containers[0]';
/** One container `app` with `ports` lines (indented eight spaces). */
const withPorts = (ports: string) => appPod('', `        ports:\n${ports}`);

ruleTester.run(findRule('pod-port-invalid')!, {
  valid: [
    {
      name: 'accepts what validateContainerPorts accepts: 15-character names, hostPort 0, SCTP, a defaulted protocol',
      code: [
        withPorts('        - name: kafka-ctrl-1234\n          containerPort: 9093\n        - name: metrics\n          containerPort: 65535\n          hostPort: 0\n          protocol: SCTP\n        - containerPort: 1\n          protocol: ""\n'),
        // the same name in two containers is fine: uniqueness is per container
        podTemplate('      containers:\n      - name: a\n        image: a\n        ports: [{name: http, containerPort: 80}]\n      - name: b\n        image: b\n        ports: [{name: http, containerPort: 81}]\n'),
        WEB_EXAMPLE,
      ],
    },
  ],
  invalid: [
    {
      name: 'reports a 16-character port name as IsValidPortName does, in the apiserver wording',
      code: withPorts('        - name: «kafka-controller»\n          containerPort: 9093\n'),
      errors: [{ messageId: 'name', message: `${C}.ports[0].name: Invalid value: "kafka-controller": must be no more than 15 characters` }],
    },
    {
      name: 'reports every IsValidPortName problem of one name, and a name used twice in a container (validateContainerPorts)',
      code: withPorts('        - name: «-Web--»\n          containerPort: 80\n        - name: web\n          containerPort: 81\n        - name: «web»\n          containerPort: 82\n'),
      errors: [
        {
          messageId: 'name',
          message: `${C}.ports[0].name: Invalid value: "-Web--": must contain only alpha-numeric characters (a-z, 0-9), and hyphens (-), must not contain consecutive hyphens, must not begin or end with a hyphen`,
        },
        { messageId: 'duplicate', message: `${C}.ports[2].name: Duplicate value: "web"` },
      ],
    },
    {
      name: 'reports a missing or zero containerPort, ports out of range and an unknown protocol (validateContainerPorts)',
      code: withPorts('        - «name: a»\n        - containerPort: «0»\n        - containerPort: «70000»\n          hostPort: «-1»\n        - containerPort: 53\n          protocol: «tcp»\n'),
      errors: [
        { messageId: 'required', message: `${C}.ports[0].containerPort: Required value` },
        { messageId: 'required', message: `${C}.ports[1].containerPort: Required value` },
        { messageId: 'range', message: `${C}.ports[2].containerPort: Invalid value: 70000: must be between 1 and 65535, inclusive` },
        { messageId: 'range', message: `${C}.ports[2].hostPort: Invalid value: -1: must be between 1 and 65535, inclusive` },
        { messageId: 'protocol', message: `${C}.ports[3].protocol: Unsupported value: "tcp": supported values: "SCTP", "TCP", "UDP"`, data: { suggestion: 'TCP' } },
      ],
    },
    {
      name: 'reports a host port taken twice across containers, and one per init container, as AccumulateUniqueHostPorts prints it',
      code: podTemplate(
        '      initContainers:\n      - name: i1\n        image: i\n        ports: [{containerPort: 80, hostPort: 80}]\n' +
          '      - name: i2\n        image: i\n        ports: [{containerPort: 80, hostPort: 80}, {containerPort: 81, hostPort: «80»}]\n' +
          '      containers:\n      - name: a\n        image: a\n        ports: [{containerPort: 80, hostPort: 8080}, {containerPort: 81, hostPort: 8080, protocol: UDP}]\n' +
          '      - name: b\n        image: b\n        ports: [{containerPort: 82, hostPort: «8080»}, {containerPort: 83, hostPort: 8080, hostIP: 10.0.0.1}]\n',
      ),
      errors: [
        { messageId: 'duplicate', message: 'spec.template.spec.initContainers[0].ports[1].hostPort: Duplicate value: "TCP//80"' },
        { messageId: 'duplicate', message: 'spec.template.spec.containers[1].ports[0].hostPort: Duplicate value: "TCP//8080"' },
      ],
    },
    {
      name: 'reports a hostPort other than the containerPort on the host network (validatePodHostNetworkDeps)',
      code: podTemplate('      hostNetwork: true\n      containers:\n      - name: a\n        image: a\n        ports: [{containerPort: 80, hostPort: «8080»}, {containerPort: 81}, {containerPort: 82, hostPort: 82}]\n'),
      errors: [{ messageId: 'hostNetwork', message: `${C}.ports[0].hostPort: Invalid value: 8080: must match \`containerPort\` when \`hostNetwork\` is true` }],
    },
    {
      name: 'capitalises a miscased protocol as a quick fix',
      code: withPorts('        - containerPort: 53\n          protocol: «udp»\n'),
      errors: [{ messageId: 'protocol' }],
      output: withPorts('        - containerPort: 53\n          protocol: UDP\n'),
    },
    {
      name: 'checks init containers and sidecars too, and a bad port in one container does not hide another’s',
      code: podTemplate(
        '      initContainers:\n      - name: sidecar\n        image: s\n        restartPolicy: Always\n        ports: [{name: «Metrics», containerPort: 9090}]\n' +
          '      containers:\n      - name: app\n        image: app\n        ports: [{name: web, containerPort: «65536»}]\n',
      ),
      errors: [
        { messageId: 'name', message: 'spec.template.spec.initContainers[0].ports[0].name: Invalid value: "Metrics": must contain only alpha-numeric characters (a-z, 0-9), and hyphens (-)' },
        { messageId: 'range', message: `${C}.ports[0].containerPort: Invalid value: 65536: must be between 1 and 65535, inclusive` },
      ],
    },
  ],
});
