import { findRule } from '../../../src/core/rules/index';
import { WEB_EXAMPLE } from '../helpers';
import { appPod, podTemplate } from './fixtures';
import { ruleTester } from './ruleTester';

const C = 'spec.template.spec.containers[0]';
/** One container `app` with extra lines (indented eight spaces). */
const app = (lines: string) => appPod('', lines);

ruleTester.run(findRule('pod-probe-invalid')!, {
  valid: [
    {
      name: 'accepts what validateProbe and validateLifecycle accept: one handler, port names, zero thresholds (defaulted), sidecar probes',
      code: [
        app(
          '        ports: [{name: http, containerPort: 8080}]\n' +
            '        livenessProbe:\n          httpGet: {port: http}\n          successThreshold: 0\n          terminationGracePeriodSeconds: 10\n' +
            '        readinessProbe:\n          tcpSocket: {port: 8080}\n          successThreshold: 3\n          initialDelaySeconds: 0\n' +
            '        startupProbe:\n          grpc: {port: 9090}\n          failureThreshold: 30\n' +
            '        lifecycle:\n          preStop:\n            sleep: {seconds: 5}\n          postStart:\n            exec: {command: [sh, -c, "true"]}\n',
        ),
        podTemplate(
          '      initContainers:\n      - name: proxy\n        image: proxy\n        restartPolicy: Always\n        readinessProbe:\n          httpGet: {path: /ready, port: 15021, scheme: HTTPS}\n' +
            '      containers:\n      - name: app\n        image: app\n',
        ),
        WEB_EXAMPLE,
      ],
    },
  ],
  invalid: [
    {
      name: 'reports a second handler as validateHandler does, and a probe without any',
      code: app('        readinessProbe:\n          exec: {command: [cat, /ready]}\n          «httpGet»: {path: /ready, port: 8080}\n        «livenessProbe»:\n          periodSeconds: 5\n'),
      errors: [
        { messageId: 'secondHandler', message: `${C}.readinessProbe.httpGet: Forbidden: may not specify more than 1 handler type` },
        { messageId: 'noHandler', message: `${C}.livenessProbe: Required value: must specify a handler type` },
      ],
    },
    {
      name: 'reports the timings and thresholds validateProbe, validateLivenessProbe, validateStartupProbe and validateReadinessProbe refuse',
      code: app(
        '        livenessProbe:\n          tcpSocket: {port: 80}\n          timeoutSeconds: «-1»\n          successThreshold: «2»\n' +
          '        startupProbe:\n          tcpSocket: {port: 80}\n          terminationGracePeriodSeconds: «0»\n' +
          '        readinessProbe:\n          tcpSocket: {port: 80}\n          terminationGracePeriodSeconds: «30»\n',
      ),
      errors: [
        { messageId: 'negative', message: `${C}.livenessProbe.timeoutSeconds: Invalid value: -1: must be greater than or equal to 0` },
        { messageId: 'notOne', message: `${C}.livenessProbe.successThreshold: Invalid value: 2: must be 1` },
        { messageId: 'gracePositive', message: `${C}.startupProbe.terminationGracePeriodSeconds: Invalid value: 0: must be greater than 0` },
        { messageId: 'readinessGrace', message: `${C}.readinessProbe.terminationGracePeriodSeconds: Invalid value: 30: must not be set for readinessProbes` },
      ],
    },
    {
      name: 'sets a liveness successThreshold to 1 as a quick fix',
      code: app('        livenessProbe:\n          tcpSocket: {port: 80}\n          successThreshold: «3»\n'),
      errors: [{ messageId: 'notOne' }],
      output: app('        livenessProbe:\n          tcpSocket: {port: 80}\n          successThreshold: 1\n'),
    },
    {
      name: 'capitalises a miscased scheme as a quick fix',
      code: app('        readinessProbe:\n          httpGet: {port: 80, scheme: «https»}\n'),
      errors: [{ messageId: 'scheme' }],
      output: app('        readinessProbe:\n          httpGet: {port: 80, scheme: HTTPS}\n'),
    },
    {
      name: 'reports ports ValidatePortNumOrName refuses, an unknown scheme and an exec without command (validateHTTPGetAction, validateExecAction)',
      code: app(
        '        livenessProbe:\n          httpGet: {path: /, port: «"8080"», scheme: «http»}\n' +
          '        readinessProbe:\n          «tcpSocket»: {host: localhost}\n' +
          '        lifecycle:\n          preStop:\n            «exec»: {}\n          postStart:\n            tcpSocket: {port: «0»}\n',
      ),
      errors: [
        { messageId: 'port', message: `${C}.livenessProbe.httpGet.port: Invalid value: "8080": must contain at least one letter (a-z)` },
        { messageId: 'scheme', message: `${C}.livenessProbe.httpGet.scheme: Unsupported value: "http": supported values: "HTTP", "HTTPS"` },
        { messageId: 'port', message: `${C}.readinessProbe.tcpSocket.port: Invalid value: 0: must be between 1 and 65535, inclusive` },
        { messageId: 'required', message: `${C}.lifecycle.preStop.exec.command: Required value` },
        { messageId: 'port', message: `${C}.lifecycle.postStart.tcpSocket.port: Invalid value: 0: must be between 1 and 65535, inclusive` },
      ],
    },
    {
      name: 'reports a preStop sleep beyond the defaulted or written grace period (validateSleepAction), but not a sleep that is a second handler',
      code: app('        lifecycle:\n          preStop:\n            sleep: {seconds: «60»}\n          postStart:\n            exec: {command: ["true"]}\n            «sleep»: {seconds: 99}\n'),
      errors: [
        { messageId: 'sleep', message: `${C}.lifecycle.preStop.sleep: Invalid value: 60: must be non-negative and less than terminationGracePeriodSeconds (30)` },
        { messageId: 'secondHandler', message: `${C}.lifecycle.postStart.sleep: Forbidden: may not specify more than 1 handler type` },
      ],
    },
    {
      name: 'accepts a sleep within a longer grace period and reports a negative one (validateSleepAction)',
      code: podTemplate('      terminationGracePeriodSeconds: 120\n      containers:\n      - name: app\n        image: app\n        lifecycle:\n          preStop: {sleep: {seconds: 90}}\n          postStart: {sleep: {seconds: «-1»}}\n'),
      errors: [{ messageId: 'sleep', message: `${C}.lifecycle.postStart.sleep: Invalid value: -1: must be non-negative and less than terminationGracePeriodSeconds (120)` }],
    },
    {
      name: 'reports probes and hooks on a plain init container as validateInitContainers does, but checks a sidecar’s',
      code: podTemplate(
        '      initContainers:\n      - name: init\n        image: busybox\n        «readinessProbe»:\n          exec: {command: ["true"]}\n        «lifecycle»:\n          postStart: {exec: {command: ["true"]}}\n' +
          '      - name: sidecar\n        image: proxy\n        restartPolicy: Always\n        «startupProbe»: {}\n' +
          '      containers:\n      - name: app\n        image: app\n',
      ),
      errors: [
        { messageId: 'initForbidden', message: 'spec.template.spec.initContainers[0].readinessProbe: Forbidden: may not be set for init containers without restartPolicy=Always' },
        { messageId: 'initForbidden', message: 'spec.template.spec.initContainers[0].lifecycle: Forbidden: may not be set for init containers without restartPolicy=Always' },
        { messageId: 'noHandler', message: 'spec.template.spec.initContainers[1].startupProbe: Required value: must specify a handler type' },
      ],
    },
  ],
});
