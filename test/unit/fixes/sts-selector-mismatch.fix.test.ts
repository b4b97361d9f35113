import * as assert from 'node:assert/strict';
import { applyFix, findingsOf } from '../helpers';
import { fixTitles } from './fixHelpers';

const ID = 'sts-selector-mismatch';
const INTO_TEMPLATE = 'Copy spec.selector.matchLabels into the template labels';
const INTO_SELECTOR = 'Copy the template labels into spec.selector.matchLabels';

const statefulSet = (selector: string, metadata: string) => `apiVersion: apps/v1
kind: StatefulSet
metadata:
  name: web
spec:
  selector:
${selector}  template:
${metadata}    spec:
      containers:
      - name: nginx
        image: nginx
`;

function fix(text: string, title: string): string {
  const fixed = applyFix(ID, text, title);
  assert.deepEqual(findingsOf(ID, fixed), []);
  assert.deepEqual(findingsOf('sts-selector-missing', fixed), []);
  return fixed;
}

describe('sts-selector-mismatch fixes', () => {
  const block = statefulSet('    matchLabels:\n      app: nginx # sel\n      tier: web\n', '    metadata:\n      labels:\n        app: nginx\n        # only app\n');

  it('offers both directions, copying into the template first (the selector is immutable)', () => {
    assert.deepEqual(fixTitles(ID, { 'file:///test.yaml': block }), [INTO_TEMPLATE, INTO_SELECTOR]);
  });

  it('adds the missing selector labels after the last template label', () => {
    assert.equal(
      fix(block, INTO_TEMPLATE),
      statefulSet('    matchLabels:\n      app: nginx # sel\n      tier: web\n', '    metadata:\n      labels:\n        app: nginx\n        tier: web\n        # only app\n'),
    );
  });

  it('drops selector labels the template lacks', () => {
    assert.equal(
      fix(block, INTO_SELECTOR),
      statefulSet('    matchLabels:\n      app: nginx # sel\n', '    metadata:\n      labels:\n        app: nginx\n        # only app\n'),
    );
  });

  it('works on flow maps, replacing values and keeping quotes', () => {
    const flow = statefulSet('    matchLabels: {app: "nginx", tier: web}\n', '    metadata:\n      labels: {app: web}\n');
    assert.equal(fix(flow, INTO_TEMPLATE), statefulSet('    matchLabels: {app: "nginx", tier: web}\n', '    metadata:\n      labels: {app: nginx, tier: web}\n'));
    assert.equal(fix(flow, INTO_SELECTOR), statefulSet('    matchLabels: {app: "web"}\n', '    metadata:\n      labels: {app: web}\n'));
  });

  it('creates the template labels when there are none', () => {
    const text = statefulSet('    matchLabels:\n      app: nginx\n', '    metadata:\n      annotations:\n        a: b\n');
    assert.deepEqual(fixTitles(ID, { 'file:///test.yaml': text }), [INTO_TEMPLATE]);
    assert.equal(
      fix(text, INTO_TEMPLATE),
      statefulSet('    matchLabels:\n      app: nginx\n', '    metadata:\n      annotations:\n        a: b\n      labels:\n        app: nginx\n'),
    );
  });

  it('copies into the selector only when its matchExpressions hold for the template labels', () => {
    const text = statefulSet('    matchLabels:\n      app: web\n    matchExpressions:\n    - {key: tier, operator: Exists}\n', '    metadata:\n      labels:\n        app: nginx\n');
    assert.deepEqual(fixTitles(ID, { 'file:///test.yaml': text }), []);
  });
});
