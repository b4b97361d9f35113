import * as assert from 'node:assert/strict';
import { findRule } from '../../../src/core/rules/index';
import { checkTexts, findingsOf, WEB_EXAMPLE } from '../helpers';
import { governedStatefulSet } from './fixtures';
import { markedRanges, ruleTester } from './ruleTester';

const ID = 'sts-service-no-selector';
const STS = governedStatefulSet('«nginx»');
const unmarked = (text: string) => markedRanges(text).text;
const service = (extra = '') => `apiVersion: v1\nkind: Service\nmetadata:\n  name: nginx\nspec:\n  clusterIP: None\n${extra}`;
const SLICE = `apiVersion: discovery.k8s.io/v1
kind: EndpointSlice
metadata:
  name: nginx-manual
  labels:
    kubernetes.io/service-name: nginx
addressType: IPv4
endpoints: []
`;
const MESSAGE =
  'spec.serviceName "nginx": Service "nginx" has no spec.selector, so its endpoints never list this StatefulSet\'s pods and they get no per-pod DNS records';

ruleTester.run(findRule(ID)!, {
  valid: [
    { name: 'accepts a Service whose EndpointSlices are written by hand', code: `${unmarked(STS)}---\n${service()}---\n${SLICE}` },
    { name: 'accepts the docs example', code: WEB_EXAMPLE },
  ],
  invalid: [
    {
      name: 'reports a Service without spec.selector',
      code: `${STS}---\n${service()}`,
      errors: [{ messageId: 'message', message: MESSAGE, related: ['Service "nginx" has no selector'] }],
    },
    { name: 'treats an empty selector as none', code: `${STS}---\n${service('  selector: {}\n')}`, errors: [{ messageId: 'message', message: MESSAGE }] },
  ],
});

describe(`${ID} related location`, () => {
  it('points at the name of a Service without selector', () => {
    const text = `${unmarked(STS)}---\n${service()}`;
    const at = text.indexOf('nginx\nspec:\n  clusterIP');
    assert.deepEqual(findingsOf(ID, text)[0].related, [{ uri: 'file:///test.yaml', range: { start: at, end: at + 5 }, message: 'Service "nginx" has no selector' }]);
  });

  it('points at an empty selector', () => {
    const text = `${unmarked(STS)}---\n${service('  selector: {}\n')}`;
    assert.equal(findingsOf(ID, text)[0].related[0].range.start, text.indexOf('selector: {}'));
  });

  it('resolves the Service in another file, and adding a selector clears the finding', () => {
    const [finding] = checkTexts({ 'file:///sts.yaml': unmarked(STS), 'file:///svc.yaml': service() })
      .get('file:///sts.yaml')!
      .filter((d) => d.ruleId === ID);
    assert.equal(finding.related[0].uri, 'file:///svc.yaml');
    const after = checkTexts({ 'file:///sts.yaml': unmarked(STS), 'file:///svc.yaml': service('  selector:\n    app: nginx\n') });
    assert.deepEqual(after.get('file:///sts.yaml')!.filter((d) => d.ruleId === ID), []);
  });
});
