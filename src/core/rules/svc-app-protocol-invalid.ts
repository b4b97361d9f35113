import { getKey } from '../model/access';
import { invalid, type FieldProblem } from '../model/fieldProblem';
import { labelKeyProblems } from '../model/labelSyntax';
import type { Resource } from '../model/resource';
import { servicePorts } from '../model/service';
import { isScalar } from '../model/types';
import { defineRule } from './defineRule';
import { problemMessages, reportProblems } from './problemReport';

export default defineRule({
  id: 'svc-app-protocol-invalid',
  meta: {
    severity: 'error', appliesTo: ['Service'], scope: 'document',
    docs: {
      summary:
        '`spec.ports[].appProtocol` must be a qualified name: an IANA service name (`http`, `h2c`), a `kubernetes.io/` name (`kubernetes.io/ws`) or `domain/name` (`example.com/custom`), at most 63 characters after the prefix, letters, digits, `-`, `_` and `.` only. `HTTP/1.1` or `grpc+tls` are refused.',
      remediation: 'Use a standard name such as `http`, `https`, `grpc` or `kubernetes.io/h2c`, or a `domain/name` of your own.',
      url: 'https://kubernetes.io/docs/concepts/services-networking/service/#application-protocol',
    },
    source: 'validateServicePort',
  },
  messages: problemMessages('invalid'),
  check(ctx) {
    reportProblems(ctx, appProtocolProblems(ctx.resource));
  },
});

/** validateServicePort: ValidateQualifiedName on a set appProtocol ("" included: only null is unset). */
function appProtocolProblems(svc: Resource): FieldProblem<'invalid'>[] {
  return servicePorts(svc).flatMap((port) => {
    const node = getKey(port.node, 'appProtocol');
    if (!isScalar(node) || typeof node.value !== 'string') return [];
    const path = `spec.ports[${port.index}].appProtocol`;
    const value = node.value;
    return labelKeyProblems(value).map((detail) => invalid(path, node.range, value, detail));
  });
}
