import * as assert from 'node:assert/strict';
import { findRule } from '../../../src/core/rules/index';
import { checkTexts, findingsOf, WEB_EXAMPLE } from '../helpers';
import { governedStatefulSet } from './fixtures';
import { markedRanges, ruleTester } from './ruleTester';

const ID = 'sts-service-not-headless';
const STS = governedStatefulSet('«nginx»');
const unmarked = (text: string) => markedRanges(text).text;
const service = (spec: string) => `apiVersion: v1\nkind: Service\nmetadata:\n  name: nginx\nspec:\n${spec}  selector:\n    app: nginx\n`;
const PORTS = '  ports:\n  - port: 80\n';
const withService = (spec: string) => `${STS}---\n${service(spec)}`;

ruleTester.run(findRule(ID)!, {
  valid: [
    {
      name: 'accepts clusterIP: None and clusterIPs: [None]',
      code: ['  clusterIP: None\n', '  clusterIP: "None"\n', '  clusterIPs: [None]\n'].map((spec) => unmarked(withService(spec))),
    },
    {
      name: 'picks the headless one when the same Service is defined twice',
      code: unmarked(STS),
      others: { 'file:///a.yaml': service(PORTS), 'file:///b.yaml': service('  clusterIP: None\n') },
    },
    { name: 'accepts the docs example', code: WEB_EXAMPLE },
  ],
  invalid: [
    {
      name: 'reports a Service without clusterIP',
      code: withService(PORTS),
      errors: [
        {
          messageId: 'message',
          message:
            'spec.serviceName "nginx": Service "nginx" is not headless (it has no spec.clusterIP, so it gets a cluster IP); pods get stable DNS names only from a Service with clusterIP: None',
          related: ['Service "nginx" has no clusterIP: None'],
        },
      ],
    },
    {
      name: 'reports a Service with a cluster IP address',
      code: withService(`  clusterIP: 10.96.0.12\n${PORTS}`),
      errors: [{ messageId: 'message', args: ['"nginx"', 'spec.clusterIP "10.96.0.12"'], related: ['clusterIP of Service "nginx"'] }],
    },
    ...['none', 'NONE'].map((value) => ({
      name: `says that ${value} must be written None`,
      code: withService(`  clusterIP: ${value}\n`),
      errors: [{ messageId: 'message', args: ['"nginx"', `spec.clusterIP "${value}" must be written "None", case-sensitive`] }],
    })),
    {
      name: 'reports an ExternalName Service',
      code: withService('  type: ExternalName\n  externalName: db.example.com\n'),
      errors: [{ messageId: 'message', args: ['"nginx"', 'spec.type "ExternalName"'] }],
    },
  ],
});

describe(`${ID} related locations and data`, () => {
  it('points at the name of a Service without clusterIP', () => {
    const text = unmarked(withService(PORTS));
    const at = text.indexOf('name: nginx\nspec') + 'name: '.length;
    assert.deepEqual(findingsOf(ID, text)[0].related, [{ uri: 'file:///test.yaml', range: { start: at, end: at + 5 }, message: 'Service "nginx" has no clusterIP: None' }]);
  });

  it('points at a cluster IP address and passes it as data', () => {
    const text = unmarked(withService(`  clusterIP: 10.96.0.12\n${PORTS}`));
    const [finding] = findingsOf(ID, text);
    const at = text.indexOf('10.96.0.12');
    assert.deepEqual(finding.related[0].range, { start: at, end: at + 10 });
    assert.equal(finding.data?.clusterIP, '10.96.0.12');
  });

  it('resolves the Service in another file, and making it headless clears the finding', () => {
    const sts = markedRanges(STS);
    const before = checkTexts({ 'file:///sts.yaml': sts.text, 'file:///svc.yaml': service(PORTS) }).get('file:///sts.yaml')!;
    const [finding] = before.filter((d) => d.ruleId === ID);
    assert.deepEqual(finding.range, sts.ranges[0]);
    assert.equal(finding.related[0].uri, 'file:///svc.yaml');
    assert.equal(finding.data?.serviceUri, 'file:///svc.yaml');
    const after = checkTexts({ 'file:///sts.yaml': sts.text, 'file:///svc.yaml': service(`  clusterIP: None\n${PORTS}`) });
    assert.deepEqual(after.get('file:///sts.yaml')!.filter((d) => d.ruleId === ID), []);
  });
});
