import { t } from '../l10n/messages';
import { getKey } from '../model/access';
import { dns1123LabelProblem, quote } from '../model/names';
import { isScalar, type YNode } from '../model/types';
import { ruleDocs, type Finding, type Rule } from './types';

const ID = 'sts-name-invalid';

/** `NameIsDNSLabel(name, prefix)`: a generateName prefix may end in `-` (masked as `a`). */
function labelProblem(value: string, prefix: boolean): string | undefined {
  const masked = prefix && value.length > 1 && value.endsWith('-') ? `${value.slice(0, -1)}a` : value;
  return dns1123LabelProblem(masked);
}

function stringValue(node: YNode | undefined): string | undefined {
  return isScalar(node) && typeof node.value === 'string' ? node.value : undefined;
}

export const stsNameInvalid: Rule = {
  id: ID,
  appliesTo: ['StatefulSet'],
  severity: 'error',
  scope: 'document',
  docs: ruleDocs('sts-name-invalid', 'https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#dns-label-names'),
  check({ resource }) {
    const metadata = getKey(resource.root, 'metadata');
    const findings: Finding[] = [];
    const name = getKey(metadata, 'name');
    const generateName = getKey(metadata, 'generateName');
    const nameText = stringValue(name);
    const prefix = stringValue(generateName);
    if (nameText) {
      const problem = labelProblem(nameText, false);
      if (problem) findings.push(invalid(name!, 'metadata.name', nameText, problem));
    } else if (!prefix && (name === undefined || nameText === '' || (isScalar(name) && name.value === null))) {
      const range = nameText === '' ? name!.range : (name?.keyRange ?? metadata?.keyRange ?? resource.kind.range);
      findings.push({ ruleId: ID, range, path: 'metadata.name', message: t('rule.sts-name-invalid.message.required') });
    }
    if (prefix) {
      const problem = labelProblem(prefix, true);
      if (problem) findings.push(invalid(generateName!, 'metadata.generateName', prefix, problem));
    }
    return findings;
  },
};

function invalid(node: YNode, path: string, value: string, problem: string): Finding {
  return { ruleId: ID, range: node.range, path, message: t('rule.sts-name-invalid.message.invalid', path, quote(value), problem) };
}
