import { t } from '../l10n/messages';
import { getKey } from '../model/access';
import { quote } from '../model/names';
import { servicePorts } from '../model/service';
import { isScalar, type YScalar } from '../model/types';
import { ruleDocs, type Finding, type Rule } from './types';

const PORT_RANGE = 'must be between 1 and 65535, inclusive';

export const svcPortInvalid: Rule = {
  id: 'svc-port-invalid',
  appliesTo: ['Service'],
  severity: 'error',
  scope: 'document',
  docs: ruleDocs('svc-port-invalid', 'https://kubernetes.io/docs/reference/kubernetes-api/service-resources/service-v1/#ServiceSpec'),
  check({ resource }) {
    const out: Finding[] = [];
    for (const port of servicePorts(resource)) {
      const base = `spec.ports[${port.index}]`;
      if (port.port && !isPortNumber(port.port.value)) {
        out.push({ ruleId: this.id, range: port.port.range, path: `${base}.port`, message: `${base}.port ${port.port.value}: ${PORT_RANGE}` });
      }
      const target = getKey(port.node, 'targetPort');
      const problem = isScalar(target) ? targetPortProblem(target) : undefined;
      if (problem) out.push({ ruleId: this.id, range: target!.range, path: `${base}.targetPort`, message: `${base}.targetPort ${problem}` });
    }
    return out;
  },
};

function isPortNumber(value: number): boolean {
  return Number.isInteger(value) && value >= 1 && value <= 65535;
}

function targetPortProblem(node: YScalar): string | undefined {
  const value = node.value;
  // 0 and "" are defaulted to `port` (SetDefaults_Service).
  if (typeof value === 'number') return value === 0 || !Number.isInteger(value) || isPortNumber(value) ? undefined : `${value}: ${PORT_RANGE}`;
  if (typeof value !== 'string' || value === '') return undefined;
  const problems = portNameProblems(value);
  if (problems.length === 0) return undefined;
  const hint = /^\d+$/.test(value) ? t('rule.svc-port-invalid.quotedNumber', value) : '';
  return `${quote(value)}: ${problems.join(', ')}${hint}`;
}

/** validation.IsValidPortName (IANA_SVC_NAME), in the apiserver's words. */
function portNameProblems(name: string): string[] {
  const out: string[] = [];
  if (name.length > 15) out.push('must be no more than 15 characters');
  if (!/^[-a-z0-9]+$/.test(name)) out.push('must contain only alpha-numeric characters (a-z, 0-9), and hyphens (-)');
  if (!/[a-z]/.test(name)) out.push('must contain at least one letter (a-z)');
  if (name.includes('--')) out.push('must not contain consecutive hyphens');
  if (name.startsWith('-') || name.endsWith('-')) out.push('must not begin or end with a hyphen');
  return out;
}
