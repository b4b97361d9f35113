import * as assert from 'node:assert/strict';
import { findRule } from '../../../src/core/rules/index';
import { checkTexts, findingsOf, WEB_EXAMPLE } from '../helpers';
import { governedStatefulSet } from './fixtures';
import { markedRanges, ruleTester } from './ruleTester';

const ID = 'sts-service-selector-mismatch';
// Pods labelled app: nginx and tier: web.
const STS = governedStatefulSet('«nginx»').replace('        app: nginx\n    spec:', '        app: nginx\n        tier: web\n    spec:');
const unmarked = (text: string) => markedRanges(text).text;
const service = (selector: string) => `apiVersion: v1\nkind: Service\nmetadata:\n  name: nginx\nspec:\n  clusterIP: None\n${selector}`;
const MISMATCH = `${STS}---\n${service('  selector:\n    app: web\n    role: db\n')}`;

ruleTester.run(findRule(ID)!, {
  valid: [
    {
      name: 'accepts a selector that is a subset of the pod labels',
      code: [`${unmarked(STS)}---\n${service('  selector:\n    app: nginx\n')}`, `${unmarked(STS)}---\n${service('  selector: {tier: web, app: nginx}\n')}`],
    },
    { name: 'leaves a Service without selector to sts-service-no-selector', code: `${unmarked(STS)}---\n${service('')}` },
    { name: 'accepts the docs example', code: WEB_EXAMPLE },
  ],
  invalid: [
    {
      name: 'reports a selector that does not select the pods and names each difference',
      code: MISMATCH,
      errors: [
        {
          messageId: 'message',
          message:
            'spec.serviceName "nginx": the selector of Service "nginx" does not select this StatefulSet\'s pods (app="web" but the pods have app="nginx"; role="db" but the pods have no role label)',
          related: ['selector of Service "nginx"'],
        },
      ],
    },
  ],
});

describe(`${ID} related location and data`, () => {
  it('points at the selector and carries both label sets for the fix', () => {
    const text = unmarked(MISMATCH);
    const [finding] = findingsOf(ID, text);
    const at = text.indexOf('selector:\n    app: web');
    assert.deepEqual(finding.related, [{ uri: 'file:///test.yaml', range: { start: at, end: at + 8 }, message: 'selector of Service "nginx"' }]);
    assert.deepEqual(finding.data?.selector, { app: 'web', role: 'db' });
    assert.deepEqual(finding.data?.templateLabels, { app: 'nginx', tier: 'web' });
  });

  it('points at the selector in the other file, and fixing it clears the finding', () => {
    const sts = markedRanges(STS);
    const svcText = service('  selector:\n    app: web\n');
    const [finding] = checkTexts({ 'file:///sts.yaml': sts.text, 'file:///svc.yaml': svcText })
      .get('file:///sts.yaml')!
      .filter((d) => d.ruleId === ID);
    assert.deepEqual(finding.range, sts.ranges[0]);
    assert.equal(finding.related[0].uri, 'file:///svc.yaml');
    assert.equal(finding.related[0].range.start, svcText.indexOf('selector:'));
    const after = checkTexts({ 'file:///sts.yaml': sts.text, 'file:///svc.yaml': service('  selector:\n    app: nginx\n') });
    assert.deepEqual(after.get('file:///sts.yaml')!.filter((d) => d.ruleId === ID), []);
  });
});
