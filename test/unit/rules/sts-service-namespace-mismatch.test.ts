import * as assert from 'node:assert/strict';
import { findRule } from '../../../src/core/rules/index';
import { checkTexts, findingsOf, WEB_EXAMPLE } from '../helpers';
import { governedStatefulSet as statefulSet } from './fixtures';
import { markedRanges, ruleTester } from './ruleTester';

const ID = 'sts-service-namespace-mismatch';

function service(metadata: string): string {
  return `apiVersion: v1\nkind: Service\nmetadata:\n  name: nginx\n${metadata}spec:\n  clusterIP: None\n  selector:\n    app: nginx\n`;
}

const ELSEWHERE = `${statefulSet('«nginx»')}---\n${service('  namespace: db\n')}`;

ruleTester.run(findRule(ID)!, {
  valid: [
    {
      name: 'treats an omitted namespace as default',
      code: [`${statefulSet('nginx')}---\n${service('  namespace: default\n')}`, `${statefulSet('nginx', '  namespace: default\n')}---\n${service('')}`],
    },
    {
      name: 'is silent when a Service of that name also exists in the same namespace',
      code: `${statefulSet('nginx')}---\n${service('  namespace: db\n')}---\n${service('')}`,
    },
    { name: 'accepts the docs example', code: WEB_EXAMPLE },
  ],
  invalid: [
    {
      name: 'reports a Service that exists only in another namespace',
      code: ELSEWHERE,
      errors: [
        {
          messageId: 'message',
          message:
            'spec.serviceName "nginx": Service "nginx" exists only in namespace "db", but this StatefulSet is in namespace "default"; pods resolve their Service in their own namespace',
          related: ['Service "nginx" is in namespace "db"'],
        },
      ],
    },
  ],
});

describe(`${ID} across files`, () => {
  it('points at the namespace of the Service and names it in data', () => {
    const { text } = markedRanges(ELSEWHERE);
    const [finding] = findingsOf(ID, text);
    const at = text.indexOf('db\n');
    assert.deepEqual(finding.related, [{ uri: 'file:///test.yaml', range: { start: at, end: at + 2 }, message: 'Service "nginx" is in namespace "db"' }]);
    assert.deepEqual(finding.data?.serviceNamespaces, ['db']);
  });

  it('points at the Service in the other file, and fixing the namespace there clears it', () => {
    const sts = markedRanges(statefulSet('«nginx»', '  namespace: shop\n'));
    const svcText = service('  namespace: db\n');
    const before = checkTexts({ 'file:///sts.yaml': sts.text, 'file:///svc.yaml': svcText }).get('file:///sts.yaml')!.filter((d) => d.ruleId === ID);
    assert.equal(before.length, 1);
    assert.deepEqual(before[0].range, sts.ranges[0]);
    assert.match(before[0].message, /but this StatefulSet is in namespace "shop"/);
    assert.equal(before[0].related[0].uri, 'file:///svc.yaml');
    assert.equal(before[0].related[0].range.start, svcText.indexOf('db\n'));
    const after = checkTexts({ 'file:///sts.yaml': sts.text, 'file:///svc.yaml': service('  namespace: shop\n') });
    assert.deepEqual(after.get('file:///sts.yaml')!.filter((d) => d.ruleId === ID), []);
  });
});
