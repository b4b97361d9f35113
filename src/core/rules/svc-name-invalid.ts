import { dns1035LabelProblem, quote } from '../model/names';
import type { Rule } from './types';

export const svcNameInvalid: Rule = {
  id: 'svc-name-invalid',
  appliesTo: ['Service'],
  severity: 'error',
  scope: 'document',
  docs: {
    summary:
      'A Service name must be a DNS-1035 label: at most 63 lower-case letters, digits and `-`, starting with a letter and ending with a letter or digit. The apiserver rejects anything else (so a StatefulSet `serviceName` such as `2nginx`, a valid DNS-1123 label, can never name a real Service).',
    remediation: 'Rename the Service (and every `serviceName` that refers to it), e.g. `nginx-2` instead of `2nginx`.',
    url: 'https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#rfc-1035-label-names',
  },
  check({ resource }) {
    const name = resource.name;
    if (!name || name.value === '') return [];
    const problem = dns1035LabelProblem(name.value);
    if (!problem) return [];
    return [{ ruleId: this.id, range: name.range, path: 'metadata.name', message: `metadata.name ${quote(name.value)} is not a valid Service name: ${problem}` }];
  },
};
