import { getKey } from '../model/access';
import { isPortNumber, PORT_RANGE, portNameProblems, quote } from '../model/names';
import { servicePorts } from '../model/service';
import { isScalar, type YScalar } from '../model/types';
import { defineRule, type Translate } from './defineRule';

export default defineRule({
  id: 'svc-port-invalid',
  meta: {
    severity: 'error', appliesTo: ['Service'], scope: 'document',
    docs: {
      summary:
        '`spec.ports[].port` must be 1–65535. `targetPort` is a number 1–65535 or the name of a container port (an IANA service name: at most 15 lower-case letters, digits and `-`, with at least one letter). A quoted number such as `"8080"` is a name, and an invalid one. An omitted or 0 `targetPort` defaults to `port`.',
      remediation: 'Use a port number in range; write a numeric `targetPort` without quotes, or use the `name` of a container port.',
      url: 'https://kubernetes.io/docs/reference/kubernetes-api/service-resources/service-v1/#ServiceSpec',
    },
    source: 'validateServicePort',
  },
  messages: {
    quotedNumber: ' (a quoted number is read as a port name: write {0} without quotes)',
    port: '{0}.port {1}: must be between 1 and 65535, inclusive',
    targetPort: '{0}.targetPort {1}',
  },
  check(ctx) {
    const { resource } = ctx;
    for (const port of servicePorts(resource)) {
      const base = `spec.ports[${port.index}]`;
      if (port.port && !isPortNumber(port.port.value)) {
        ctx.report({ range: port.port.range, path: `${base}.port`, messageId: 'port', args: [base, port.port.value] });
      }
      const target = getKey(port.node, 'targetPort');
      const problem = isScalar(target) ? targetPortProblem(ctx.t, target) : undefined;
      if (problem) ctx.report({ range: target!.range, path: `${base}.targetPort`, messageId: 'targetPort', args: [base, problem] });
    }
  },
});

function targetPortProblem(t: Translate<'quotedNumber'>, node: YScalar): string | undefined {
  const value = node.value;
  // 0 and "" are defaulted to `port` (SetDefaults_Service).
  if (typeof value === 'number') return value === 0 || !Number.isInteger(value) || isPortNumber(value) ? undefined : `${value}: ${PORT_RANGE}`;
  if (typeof value !== 'string' || value === '') return undefined;
  const problems = portNameProblems(value);
  if (problems.length === 0) return undefined;
  const hint = /^\d+$/.test(value) ? t('quotedNumber', value) : '';
  return `${quote(value)}: ${problems.join(', ')}${hint}`;
}
