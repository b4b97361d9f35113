import { getKey } from '../model/access';
import { dns1123LabelProblem, quote } from '../model/names';
import { isScalar, type YNode } from '../model/types';
import { defineRule, type CheckContext } from './defineRule';


/** `NameIsDNSLabel(name, prefix)`: a generateName prefix may end in `-` (masked as `a`). */
function labelProblem(value: string, prefix: boolean): string | undefined {
  const masked = prefix && value.length > 1 && value.endsWith('-') ? `${value.slice(0, -1)}a` : value;
  return dns1123LabelProblem(masked);
}

function stringValue(node: YNode | undefined): string | undefined {
  return isScalar(node) && typeof node.value === 'string' ? node.value : undefined;
}

export default defineRule({
  id: 'sts-name-invalid',
  meta: {
    severity: 'error', appliesTo: ['StatefulSet'], scope: 'document',
    docs: {
      summary:
        'A StatefulSet needs `metadata.name` (or `generateName`), and since Kubernetes v1.27 the name must be a DNS-1123 label: at most 63 lowercase letters, digits and `-`, starting and ending with a letter or digit, no dots.',
      remediation:
        'Give the StatefulSet a short lowercase name such as `web` or `mysql-primary`; it becomes the prefix of every pod name (`web-0`).',
      url: 'https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#dns-label-names',
    },
    source: 'ValidateStatefulSetName',
  },
  messages: {
    'message.required': 'metadata.name: Required value: name or generateName is required',
    'message.invalid': '{0}: Invalid value: {1}: {2}',
  },
  check(ctx) {
    const { resource } = ctx;
    const metadata = getKey(resource.root, 'metadata');
    const name = getKey(metadata, 'name');
    const generateName = getKey(metadata, 'generateName');
    const nameText = stringValue(name);
    const prefix = stringValue(generateName);
    if (nameText) {
      const problem = labelProblem(nameText, false);
      if (problem) reportInvalid(ctx, name!, 'metadata.name', nameText, problem);
    } else if (!prefix && (name === undefined || nameText === '' || (isScalar(name) && name.value === null))) {
      const range = nameText === '' ? name!.range : (name?.keyRange ?? metadata?.keyRange ?? resource.kind.range);
      ctx.report({ range, path: 'metadata.name', messageId: 'message.required' });
    }
    if (prefix) {
      const problem = labelProblem(prefix, true);
      if (problem) reportInvalid(ctx, generateName!, 'metadata.generateName', prefix, problem);
    }
  },
});

function reportInvalid(ctx: CheckContext<'message.invalid'>, node: YNode, path: string, value: string, problem: string): void {
  ctx.report({ range: node.range, path, messageId: 'message.invalid', args: [path, quote(value), problem] });
}
